"""Web pages: headline and main-content paragraphs, no boilerplate, text built from them."""
from reader.sources import load, parse_html, safe_display

from .helpers import SAMPLES, assert_spans_sound, kinds, texts


def test_sample_page_keeps_the_story_and_drops_the_boilerplate():
    article = load(SAMPLES / "clinic-closure.html")
    words = article.text
    assert article.format == "html"
    assert article.title == "Tarrow valley clinic to close in June as GPs retire"
    for boilerplate in ("cookies", "Share on Facebook", "Your valley", "Most read", "Bypass plans",
                        "Advertisement", "in your inbox", "All rights reserved", "Privacy", "Photo:",
                        "dataLayer", "font-family", "Health Reporter"):
        assert boilerplate not in words, boilerplate
    assert "“We understand how worrying this news is for patients." in words  # blockquote paragraph
    assert "\"I'm 84 and I don't drive,\" said Margaret Ellison" in words  # entities decoded
    assert_spans_sound(article)


def test_sample_page_metadata():
    article = load(SAMPLES / "clinic-closure.html")
    assert article.byline == "Owen Pritchard"
    assert article.source == "Tarrow Evening Post"
    assert article.published == "2024-02-08T07:30:00Z"
    assert article.url == "https://tarrow-post.example/news/valley-clinic-to-close"
    assert article.standfirst.startswith("More than 4,000 patients")
    assert article.fiction


def test_text_is_headline_blank_line_then_paragraphs_separated_by_blank_lines():
    article = parse_html("<title>T | Site</title><h1>The  headline</h1><p>One\n  two.</p><p>Three &amp; four.</p>")
    assert article.text == "The headline\n\nOne two.\n\nThree & four.\n"
    assert kinds(article) == ["headline", "body", "body"]


def test_headline_prefers_og_title_then_h1_then_title():
    og = '<meta property="og:title" content="From OG"><title>From title</title><h1>From h1</h1><p>x</p>'
    assert parse_html(og).title == "From OG"
    assert parse_html("<title>From title</title><h1>From <em>h1</em></h1><p>x</p>").title == "From h1"
    assert parse_html("<title>From title</title><p>x</p>").title == "From title"
    assert parse_html("<p>Only a paragraph.</p>").paragraphs[0].kind == "body"


def test_only_paragraphs_of_the_article_element_when_there_is_one():
    page = "<div><p>Site blurb.</p></div><article><p>Story one.</p><p>Story two.</p></article><p>After.</p>"
    assert texts(parse_html(page)) == ["Story one.", "Story two."]


def test_unclosed_paragraphs_and_blockquote_text_without_p():
    page = "<h1>H</h1><p>First<p>Second<div>Block</div><blockquote>“A quote,” she said.</blockquote><p>Last"
    assert texts(parse_html(page)) == ["H", "First", "Second", "“A quote,” she said.", "Last"]


def test_a_page_wrapped_in_a_form_or_a_sidebar_class_still_yields_its_paragraphs():
    page = '<form id="aspnetForm"><div class="layout has-sidebar"><p>Story text.</p></div></form>'
    assert texts(parse_html(page)) == ["Story text."]


def test_hidden_and_aria_hidden_elements_are_dropped():
    page = '<p>Seen.</p><p hidden>Unseen.</p><div aria-hidden="true"><p>Also unseen.</p></div>'
    assert texts(parse_html(page)) == ["Seen."]


def test_url_argument_is_used_when_the_page_names_no_address_and_resolves_a_relative_canonical():
    assert parse_html("<p>x</p>", url="https://a.example/s?ref=rss").url == "https://a.example/s?ref=rss"
    page = '<link rel="canonical" href="/story"><p>x</p>'
    assert parse_html(page, url="https://a.example/s?ref=rss").url == "https://a.example/story"


def test_control_characters_stay_in_the_text_but_safe_display_neutralises_them():
    article = parse_html("<h1>Red \x1b[31malert</h1><p>Bell\x07 and \x9b2J.</p>")
    assert "\x1b[31m" in article.title and "\x1b" in article.text
    shown = safe_display(article.title)
    assert "\x1b" not in shown and "␛[31m" in shown
    assert safe_display(texts(article)[1]) == "Bell␇ and \ufffd2J."


def test_empty_page_gives_an_empty_article():
    article = parse_html("<html><body><nav><p>Menu</p></nav></body></html>")
    assert article.paragraphs == () and article.text == ""


def test_a_stray_marked_section_is_read_as_text_not_a_crash():
    # "<![a](b)" (Markdown pasted into a page) made Python 3.11's html.parser raise an
    # AssertionError, a traceback where a browser shows the characters
    page = '<h1>Pier reopens</h1><p>See <![a](b) and "we are open," she said.</p>'
    article = parse_html(page)
    assert article.title == "Pier reopens"
    assert "<![a](b)" in article.text
    assert texts(article) == ["Pier reopens", 'See <![a](b) and "we are open," she said.']
    assert parse_html("<![a](b)").text.strip() in ("", "<![a](b)")
