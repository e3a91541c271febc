"""Markdown articles: front matter, headline, block markers, offsets into the raw source."""
from reader.sources import parse_markdown

from .helpers import assert_spans_sound, kinds, texts

ARTICLE = """---
title: "Harbour toll to double"
standfirst: Drivers will pay £4 from April
author: Jane Doe
source: The Kessock Courier
url: https://courier.example/toll
published: 2024-01-05
fiction: true
---

# Harbour toll to double

The toll on the harbour crossing will double in April.

> "It's the only way to fund repairs," said the council's
> finance chief.

- Cars: £4
- Vans: *£6*

1. First numbered point

![The bridge at dusk](bridge.jpg)

## Reaction

Opposition councillors called the rise "daylight robbery".
"""


def test_front_matter_fills_the_article_fields():
    article = parse_markdown(ARTICLE, path="toll.md")
    assert article.title == "Harbour toll to double"
    assert article.standfirst == "Drivers will pay £4 from April"
    assert (article.byline, article.source, article.url, article.published) == (
        "Jane Doe", "The Kessock Courier", "https://courier.example/toll", "2024-01-05",
    )
    assert article.fiction and article.format == "markdown" and article.path == "toll.md"


def test_headline_and_standfirst_point_at_the_front_matter_values():
    article = parse_markdown(ARTICLE)
    headline, standfirst = article.paragraphs[:2]
    assert (headline.kind, headline.text(article.text)) == ("headline", "Harbour toll to double")
    assert (standfirst.kind, standfirst.text(article.text)) == ("standfirst", "Drivers will pay £4 from April")
    assert headline.start == ARTICLE.index("Harbour toll")  # inside the quotes of the title line


def test_paragraph_offsets_skip_block_markers_but_cover_every_line():
    article = parse_markdown(ARTICLE)
    assert texts(article, "body") == [
        "The toll on the harbour crossing will double in April.",
        "\"It's the only way to fund repairs,\" said the council's\n> finance chief.",
        "Cars: £4",
        "Vans: *£6*",
        "First numbered point",
        "Reaction",
        "Opposition councillors called the rise \"daylight robbery\".",
    ]
    assert_spans_sound(article)


def test_heading_repeating_the_title_and_an_image_alone_are_residue():
    article = parse_markdown(ARTICLE)
    assert texts(article, "residue") == ["Harbour toll to double", "![The bridge at dusk](bridge.jpg)"]


def test_without_front_matter_the_first_heading_is_the_headline():
    article = parse_markdown("A line before it.\n\n# Title with *emphasis* #\n\nBody one.\n")
    assert article.title == "Title with emphasis"
    assert texts(article, "headline") == ["Title with *emphasis*"]
    assert kinds(article) == ["body", "headline", "body"]
    assert parse_markdown("## A lesser heading\n\nBody.\n").title == "A lesser heading"


def test_a_paragraph_in_italics_under_the_headline_is_the_standfirst():
    article = parse_markdown("# Title\n\n*Councillors split over the plan*\n\nBody.\n\n*Not a standfirst*\n")
    assert article.standfirst == "Councillors split over the plan"
    assert texts(article, "standfirst") == ["Councillors split over the plan"]
    assert kinds(article) == ["headline", "standfirst", "body", "body"]


def test_a_paragraph_with_only_some_words_in_italics_is_body():
    article = parse_markdown("# Title\n\n*Some* words and *others*\n\nBody.\n")
    assert kinds(article) == ["headline", "body", "body"]


def test_setext_headings_and_crlf_line_endings():
    source = "Title\r\n=====\r\n\r\nFirst line\r\nsecond line.\r\n\r\n> Quoted\r\n"
    article = parse_markdown(source)
    assert texts(article) == ["Title", "First line\r\nsecond line.", "Quoted"]
    assert kinds(article) == ["headline", "body", "body"]


def test_front_matter_without_a_closing_line_is_ordinary_markdown():
    article = parse_markdown("---\ntitle: Not front matter\n\nBody.\n")
    assert article.title == ""
    assert "Body." in texts(article)


def test_front_matter_without_a_title_falls_back_to_the_heading():
    article = parse_markdown("---\nauthor: Sam\nfiction: no\n---\n# The heading\n\nBody.\n")
    assert (article.title, article.byline, article.fiction) == ("The heading", "Sam", False)
    assert kinds(article) == ["headline", "body"]


def test_code_blocks_and_raw_html_are_not_paragraphs():
    article = parse_markdown("# T\n\n```\n\"not a quote\"\n```\n\n<div>html</div>\n\nBody.\n")
    assert texts(article) == ["T", "Body."]
