"""Scrape residue: labels, teasers, credits and cut-off captions are marked, real prose is not."""
import json
from pathlib import Path

import pytest

from reader.sources import load, parse_html, parse_markdown, parse_text
from reader.sources.residue import is_residue

from .helpers import SAMPLES, kinds, line_of, texts

# `not_body` of /work/shared/corpus/dev/labour-crisis-talks.gold.json: the user's article.
GOLD_NOT_BODY = [2, 3, 4, 9, 22, 26, 27]
GOLD_FILE = Path("/work/shared/corpus/dev/labour-crisis-talks.gold.json")


def test_users_article_marks_exactly_the_gold_residue_lines():
    article = load(SAMPLES / "labour-crisis-talks.txt")
    by_line = {line_of(article, p.start): p.kind for p in article.paragraphs}
    assert sorted(line for line, kind in by_line.items() if kind == "residue") == GOLD_NOT_BODY
    assert by_line[0] == "headline" and by_line[1] == "standfirst"
    assert {kind for line, kind in by_line.items() if line > 1 and line not in GOLD_NOT_BODY} == {"body"}
    assert len(by_line) == len(article.text.splitlines())  # one paragraph per line, none lost


@pytest.mark.skipif(not GOLD_FILE.exists(), reason="the shared evaluation corpus is not mounted")
def test_gold_lines_above_match_the_gold_file():
    assert json.loads(GOLD_FILE.read_text(encoding="utf-8"))["not_body"] == GOLD_NOT_BODY


@pytest.mark.parametrize(
    "line",
    [
        "Don't Miss", "Don’t miss", "Most Read", "Trending on Harbour FM", "Related", "Related articles",
        "Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Read more",
        "Read more »", "LATEST DEVELOPMENTS:", "Key Points:", "WATCH: Minister visits flooded town",
        "VIDEO: The moment the roof gave way", "READ MORE: Council tax to rise by 5 per cent",
        "Watch: bridge opens", "PA", "PA Wire", "Getty Images", "AFP", "Reuters", "AP Photo/Jane Doe",
        "REUTERS/Kim Lowe", "Photo: Sam Ellis", "Getty Images for Harbour FM", "(Photo by Ann Lee/Getty Images)",
        "More from Politics", "Image source, Getty Images", "Image caption, Crews staged a protest outside the office",
        "Media caption, Mara Venn says the harbour has let its people down",
    ],
)
def test_navigation_labels_teasers_and_credits_are_residue(line):
    assert is_residue(line)


@pytest.mark.parametrize(
    "line",
    [
        "He declined to comment.", "Nobody answered.", "It was not.", "She added:", "Caddell continued:",
        "The minister said:", "From the council's statement:", "Reuters reported the figures on Monday.",
        "Getty Images later withdrew the photograph.", "Watch what happens next, he warned, if the vote fails.",
        "Related issues were raised by other councillors at the meeting.", "Read more slowly, she told the class.",
        "Most read the report before the vote.", "PA announcements were made every hour.",
        "Advertisement revenue fell by a third last year, the company said.",
        "Watch: " + "the council said the new rules would apply from April and would be reviewed " * 2,
    ],
)
def test_real_short_paragraphs_stay_body(line):
    assert not is_residue(line)


def test_a_label_ending_in_a_colon_that_introduces_a_quote_stays_body():
    assert is_residue("Mr Ortiz:")
    assert not is_residue("Mr Ortiz:", following="“We will not be rushed,” he said.")


def test_truncated_caption_repeating_a_later_paragraph_is_residue_but_the_full_one_is_body():
    full = "Ministers met union leaders at the harbour office, where they agreed to resume talks next week."
    source = f"Headline\nStandfirst here.\nFirst body paragraph.\n{full[:63]}\nPA\nAnother paragraph.\n{full}\n"
    article = parse_text(source)
    assert texts(article, "residue") == [full[:63], "PA"]
    assert full in texts(article, "body")


def test_a_short_paragraph_that_starts_a_later_one_but_ends_a_sentence_stays_body():
    source = "Headline\nStandfirst here.\nThe vote was close.\nThen came the count.\nThe vote was close. But it passed.\n"
    assert texts(parse_text(source), "residue") == []


def test_headline_is_never_residue_and_a_label_under_it_is_not_the_standfirst():
    article = parse_text("Related\nRead more\nOne body.\nTwo body.\n")
    assert kinds(article) == ["headline", "residue", "body", "body"]
    assert article.standfirst is None


def test_markdown_and_html_paragraphs_get_the_same_residue_rules():
    md = parse_markdown("# Title\n\nBody text here.\n\n**Most Read**\n\nREAD MORE: Another story\n\nEnd.\n")
    assert texts(md, "residue") == ["**Most Read**", "READ MORE: Another story"]
    page = parse_html("<h1>Title</h1><p>Body text here.</p><p>Getty Images</p><p>End.</p>")
    assert texts(page, "residue") == ["Getty Images"]


def test_the_short_topic_links_after_related_topics_are_residue_until_prose_returns():
    text = (
        "Harbour fees rise\nA standfirst about the fees.\nThe council approved the rise on Monday.\n"
        "Related Topics\nHarbour fees\nPort Treve\nThe vote was close, the council said.\n"
    )
    assert kinds(parse_text(text))[3:] == ["residue", "residue", "residue", "body"]


@pytest.mark.parametrize(
    "line",
    [
        # who reported, wrote, edited; where it ran; copyright; how to reach the writer
        "(Reporting by Ana Velk in Port Treve; Editing by Tom Harrow)",
        "Additional reporting by Jo Penn", "With files from Ravi Mistry", "--With assistance from Kay Obi.",
        "Associated Press writer Dana Reyes in Calder contributed to this report.",
        "This report by Harbour Press was first published Nov. 22, 2026.",
        "This story has been updated with comments from the council.",
        "This investigation was produced with the support of the Coastline Media Fund.",
        "Copyright 2026 Harbour FM. All rights reserved.", "© Westmark Gazette 2026",
        "Contact reporter Ann Obi at aobi@westmark.invalid.", "Writer's email: t.hale@gazette.invalid",
        "Got a story? Email news@gazette.invalid or call 0100 555 0101.", "Edited by: Mara Venn",
        "Published in The Westmark Herald, March 11th, 2026.", "(Pix by Ann Lee)", "Reporting from Port Treve, Calvera",
        "___", "* * *", "kp/rt", "bl-kmh/jdw/rl", "(END)", "– HARBOUR COURIER",
        # pitches for newsletters, apps, accounts and donations
        "Sign up for our weekly Harbour newsletter", "Get our breaking news email, free app or daily podcast",
        "Follow Ann Obi on Twitter @annobi.", "Join our Telegram channel for the latest news.",
        "Support independent journalism. Subscribe to the Gazette",
        "Dear readers, we are facing unprecedented challenges and need your help.",
        "The Gazette relies on its readers. Subscribe today for full access.",
        "Thank you for donating to the Gazette.", "Please log in to leave a comment.", "Listen · 3:42",
        "Related News", "Key events", "UP NEXT", "Read more about: Harbour, Ferries, Fees",
        # date and time lines
        "Updated: Nov. 28, 2026", "Posted Tue 14 Oct 2025 at 6:12am", "Published On 12 Aug 2025",
        "Nov. 24, 2026 5:05 p.m.", "Updated at 4.39pm AEDT", "Published on 27/11/2026 - 14:32 GMT+1",
        "Ann Obi | Published November 26, 2026", "Irina Lupu 15/05/2027 | 10:24", "Posted 3h ago",
        # captions that end or start with their credit
        "Residents queue for water on Friday. Photo: Ann Lee", "The minister at the harbour (Sam Ellis/PA)",
        "Fallen trees in the township. (CNA photo)", "Illustrative: the main street of Port Treve in March.",
    ],
)
def test_sign_offs_pitches_stamps_and_credited_captions_are_residue(line):
    assert is_residue(line)


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money, the auditor told the committee.", "Join the queue early, officials advised residents.",
        "Subscribers will pay £2 more a month from April, the company said.",
        "Support for the plan fell to 41 per cent in the latest poll.",
        "Get out now, the fire chief told residents on Tuesday.",
        "Reporting from the border, she said the camps were full.",
        "Published in The Lancet, the study followed 4,000 patients over ten years.",
        "The report was published in March and updated in June, the ministry said.",
        "Dear me, what a mess, she wrote in her diary.",
        "“Sign up for the newsletter,” the mayor urged residents.",
        "4.52pm", "16.48 GMT", "8:05 p.m.",  # a live blog's entry times are the blog's own
        "He will be back in court on March 3, 2027.",
    ],
)
def test_sentences_near_those_shapes_stay_body(line):
    assert not is_residue(line)


@pytest.mark.parametrize(
    "line, name",
    [
        ("BY ANN OBI-KETT", "ANN OBI-KETT"), ("by: Ann Obi", "Ann Obi"), ("Ann Obi | Port Treve", "Ann Obi"),
        ("Ann Obi in Port Treve", "Ann Obi"), ("Ann Obi Science correspondent", "Ann Obi Science correspondent"),
        ("By Ann Obi (Harbour FM)", "Ann Obi"),
    ],
)
def test_a_byline_without_the_usual_by_under_the_headline_is_metadata(line, name):
    article = parse_text(f"Harbour fees rise\n{line}\nThe council approved the rise on Monday.\nIt was close.\n")
    assert kinds(article)[1] == "residue"
    assert article.byline is not None and article.byline.startswith(name.split()[0])


def test_a_title_case_standfirst_is_not_taken_for_a_byline():
    article = parse_text("Harbour fees rise\nMinisters Meet Unions Over Pay\nThe council approved the rise.\nIt was close.\n")
    assert article.byline is None
    assert article.standfirst == "Ministers Meet Unions Over Pay"


def test_the_moscow_style_appeal_box_and_its_quote_are_left_out_of_the_quotes():
    text = (
        "Heating fails in Belozersk\nResidents wait for repairs.\n"
        "Pipes burst across the town on Monday, the utility said.\n"
        "A Message from The Harbour Times:\n"
        "Dear readers, the authorities have designated The Harbour Times an \"undesirable\" organisation.\n"
    )
    article = parse_text(text)
    assert kinds(article)[-1] == "residue"
    from reader.quotes import extract

    assert [q.text(article.text) for q in extract(article).quotes] == []
