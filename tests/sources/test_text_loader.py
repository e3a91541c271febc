"""Plain-text articles: headline, standfirst, paragraph styles, line endings."""
from reader.sources import load, parse_text

from .helpers import assert_spans_sound, kinds, texts

ONE_PER_LINE = """Harbour toll to double, council confirms
Drivers will pay £4 from April after a vote on Tuesday
The toll on the Kessock harbour crossing will double in April.
"It's the only way to fund repairs," said the council's finance chief.
Opposition councillors called the rise "daylight robbery".
"""


def test_first_line_is_headline_second_is_standfirst_then_one_paragraph_per_line():
    article = parse_text(ONE_PER_LINE)
    assert kinds(article) == ["headline", "standfirst", "body", "body", "body"]
    assert article.title == "Harbour toll to double, council confirms"
    assert article.standfirst == "Drivers will pay £4 from April after a vote on Tuesday"
    assert texts(article)[3] == '"It\'s the only way to fund repairs," said the council\'s finance chief.'
    assert_spans_sound(article)


def test_second_line_is_body_when_only_one_paragraph_follows_it():
    article = parse_text("Short item\nThe bridge reopened on Monday.\nIt had been shut for a week.\n")
    assert kinds(article) == ["headline", "body", "body"]
    assert article.standfirst is None


def test_blank_line_separated_blocks_wrapped_over_lines_are_one_paragraph_each():
    source = (
        "Mill to reopen as flats\n\n"
        "The old flax mill on the river will be turned into forty flats, the\n"
        "developer said on Friday, ending a decade of uncertainty.\n\n"
        "\"We have waited a long time for this,\" said a neighbour, who has\n"
        "lived opposite the mill since 1979.\n\n"
        "Work is due to start in the spring and take two years to finish, the\n"
        "company said.\n"
    )
    article = parse_text(source)
    assert kinds(article) == ["headline", "standfirst", "body", "body"]
    assert texts(article)[2] == (
        "\"We have waited a long time for this,\" said a neighbour, who has\nlived opposite the mill since 1979."
    )
    assert_spans_sound(article)


def test_blank_line_separated_file_keeps_long_lines_in_one_block_apart():
    long_a = "The minister said the scheme would be reviewed in the autumn, once the first year of figures had been published in full."
    long_b = "Critics said the review came too late for the hundreds of families who had already lost their places on the waiting list."
    article = parse_text(f"Scheme review\n\nFirst paragraph here.\n\n{long_a}\n{long_b}\n")
    assert texts(article)[-2:] == [long_a, long_b]


def test_blank_line_separated_file_keeps_a_stack_of_short_labels_apart():
    article = parse_text("Title here\n\nBody one is a sentence.\n\nDon't Miss\nMost Read\n\nBody two is a sentence.\n")
    assert "Don't Miss" in texts(article, "residue")
    assert "Most Read" in texts(article, "residue")


def test_crlf_and_lone_cr_give_the_same_paragraphs_with_offsets_into_the_original():
    expected = texts(parse_text(ONE_PER_LINE))
    for newline in ("\r\n", "\r"):
        source = ONE_PER_LINE.replace("\n", newline)
        article = parse_text(source)
        assert article.text == source
        assert texts(article) == expected
        assert_spans_sound(article)


def test_crlf_file_loads_as_open_reads_it(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(ONE_PER_LINE.replace("\n", "\r\n").encode("utf-8"))
    article = load(path)
    with open(path, encoding="utf-8") as fh:
        assert article.text == fh.read()
    assert texts(article) == texts(parse_text(ONE_PER_LINE))
    assert article.path == str(path) and article.format == "text"


def test_byte_order_mark_and_indentation_are_not_part_of_the_headline():
    article = parse_text("\ufeff  Headline with a mark  \n  Body line one.\n")
    assert article.title == "Headline with a mark"
    assert texts(article) == ["Headline with a mark", "Body line one."]


def test_by_line_under_the_headline_becomes_the_byline_not_body():
    article = parse_text("Headline\nThe standfirst.\nBy Jane Doe and Sam Okoro\nFirst.\nSecond.\n")
    assert article.byline == "Jane Doe and Sam Okoro"
    assert kinds(article) == ["headline", "standfirst", "residue", "body", "body"]


def test_a_paragraph_starting_with_by_is_still_body():
    article = parse_text("Headline\nStandfirst line\nBy midnight the queue had reached the bridge.\nMore.\n")
    assert article.byline is None
    assert kinds(article)[2] == "body"


def test_closing_fiction_note_marks_the_article_as_fiction():
    article = parse_text("Headline\nOne.\nTwo.\n(Fiction: all people and places in this article are invented.)\n")
    assert article.fiction
    assert kinds(article)[-1] == "residue"
    assert not parse_text(ONE_PER_LINE).fiction


def test_empty_and_blank_text_give_no_paragraphs():
    for source in ("", "\n\n", " \r\n\t"):
        article = parse_text(source)
        assert article.paragraphs == () and article.title == ""
