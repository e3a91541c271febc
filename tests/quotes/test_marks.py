"""Quote marks: which characters open and close quotations, and which are apostrophes."""
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
