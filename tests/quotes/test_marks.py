"""Quote marks: which characters open and close quotations, and which are apostrophes."""
import pytest

from reader.quotes import extract_text


def texts(text):
    return [q.text(text) for q in extract_text(text).quotes]


def test_apostrophes_are_not_quote_marks():
    t = "The MPs' votes don't matter to Starmer's team in the '90s, rock 'n' roll or not."
    assert texts(t) == []


def test_british_single_quotes_in_a_headline():
    t = "Council 'haemorrhages support' as mayor is slammed for 'ignoring the harbour'"
    assert texts(t) == ["haemorrhages support", "ignoring the harbour"]


def test_curly_and_straight_double_marks_mixed():
    t = 'Another said the plan is "infuriating a lot of people\u201d.'
    assert texts(t) == ["infuriating a lot of people"]


def test_quote_inside_a_quote_belongs_to_the_outer_one():
    t = "\u201cShe told me \u2018never again\u2019 and left,\u201d he said."
    assert texts(t) == ["She told me \u2018never again\u2019 and left,"]


def test_guillemets_and_german_marks():
    t = "\u00ab Nous reviendrons \u00bb, a dit Marie. \u201eWir kommen wieder\u201c, sagte Jan."
    assert texts(t) == ["Nous reviendrons", "Wir kommen wieder"]


def test_quote_running_over_paragraphs_is_one_quote_with_two_segments():
    t = 'Venn said: "The first part.\n"The second part."\nShe left.'
    ex = extract_text(t)
    assert len(ex.quotes) == 1
    q = ex.quotes[0]
    assert [t[s:e] for s, e in q.segments] == ["The first part.", "The second part."]
    assert q.text(t) == "The first part. The second part."


def test_unclosed_mark_does_not_swallow_the_rest_of_the_article():
    t = 'Venn said "this never closes.\nThe next paragraph is the writer\'s.\n"A real quote," Lusk said.'
    qs = texts(t)
    assert "A real quote," in qs
    assert not any("writer" in q for q in qs)


def test_possessive_plural_inside_single_quotes():
    t = "\u2018The MPs\u2019 votes matter,\u2019 she said."
    assert texts(t) == ["The MPs\u2019 votes matter,"]


def test_two_apostrophes_are_a_double_mark_only_when_asked():
    text = "''We will win,'' Ann Lee said. Rock 'n' roll played.\n"
    assert texts(text) == []  # not read as two single quotes either
    got = extract_text(text, typewriter=True)
    assert [q.text(text) for q in got.quotes] == ["We will win,"]
    assert got.speakers[0].name == "Ann Lee"


def test_tex_style_quotes_open_with_backticks():
    assert texts("``We will win,'' Ann Lee said.\n") == ["We will win,"]


def test_a_mark_spaced_off_after_an_inner_quote_closes_the_outer_one():
    # American style puts a space between the inner quote's closing mark and the outer's
    t = "Port Ellery\n\n\"They call it 'the quiet district,' \" Dana Okafor told the meeting, adding that nobody asked the residents.\n"
    (q,) = extract_text(t).quotes
    assert q.text(t) == "They call it 'the quiet district,'"
    assert t[q.mention.start:q.mention.end] == "Dana Okafor"


def test_a_lone_spaced_mark_after_a_word_still_opens_nothing():
    t = "The sign read Gate 4 \" and nothing else, said the warden.\n"
    assert texts(t) == []


def test_a_british_single_quote_runs_on_into_the_next_paragraph():
    t = ("Presser\n\nQuill said: 'We haven't been good enough, and it's on me.\n"
         "'But the lads keep running, and they'll get their reward.'\nThen he left.\n")
    (q,) = extract_text(t).quotes
    assert [t[a:b] for a, b in q.segments] == [
        "We haven't been good enough, and it's on me.",
        "But the lads keep running, and they'll get their reward.",
    ]


def test_an_apostrophe_before_a_paragraph_opening_with_a_mark_is_still_an_apostrophe():
    t = "Team news\n\nThe lads' bus was late, said the coach.\n'We go again,' he added.\n"
    assert texts(t) == ["We go again,"]


def _segments_of_run_on(t):
    ex = extract_text(t)
    return [[t[a:b] for a, b in q.segments] for q in ex.quotes], ex


@pytest.mark.parametrize("open_, close", [("\u2018", "\u2019"), ("\u201c", "\u201d")], ids=["british", "us"])
def test_a_quote_opened_after_a_closed_one_runs_on_into_the_next_paragraph(open_, close):
    # the second quote opens mid-paragraph, after a sentence, and has no closing mark
    # before the paragraph break: none of its words may be lost
    t = (f"Derby day\n\n{open_}I\u2019m proud of them, truly,{close} Dowrie told Radio Fenwick. {open_}When you go down "
         "to ten men, it would be easy to stop. They never stopped running.\n"
         f"{open_}Tam has waited for his chance and he\u2019s taken it.{close}\nDowrie was less happy with the referee.\n")
    segs, ex = _segments_of_run_on(t)
    assert segs == [
        ["I\u2019m proud of them, truly,"],
        ["When you go down to ten men, it would be easy to stop. They never stopped running.",
         "Tam has waited for his chance and he\u2019s taken it."],
    ]
    assert [q.speaker for q in ex.quotes] == [ex.quotes[0].speaker] * 2


def test_a_straight_single_quote_opened_after_a_sentence_runs_on_too():
    t = ("Derby day\n\n'It was hard,' Dowrie said. 'We lost our shape. We never stopped.\n"
         "'The lads deserve a rest.'\nThen he left.\n")
    segs, _ = _segments_of_run_on(t)
    assert segs == [["It was hard,"], ["We lost our shape. We never stopped.", "The lads deserve a rest."]]


def test_an_apostrophe_after_a_sentence_does_not_run_on():
    # a word opening with an apostrophe after a full stop, and the next paragraph opening
    # with a quote of its own: no run-on quote is made of the apostrophe
    t = "Derby day\n\nThe fans sang. \u2019Twas ever thus.\n\u2018We go again,\u2019 Dowrie said.\n"
    assert texts(t) == ["We go again,"]
