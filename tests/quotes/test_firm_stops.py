"""A firm's or a son's letters with a full stop ("Kessel Corp.", "Tom Pell Jr.") end a
name, not a sentence: the name before the cue speaks, under one display name whichever
side of the quote it stands. And a day between a subject and its verb ("Kessel Corp.
Tuesday told", "the family Monday said", "the report released Monday said") is when it
spoke, no part of the subject."""
from tests.quotes.reading import speaker_names, who


def test_a_firm_with_a_stop_before_said_speaks_a_partial_quote():
    assert who('Kessel Corp. said sales were "strong".') == [("strong", "Kessel Corp.")]


def test_a_day_after_the_firms_stop_is_when_it_spoke():
    # (AP style: the day between the subject and its verb)
    assert who('Kessel Corp. Tuesday told investors the plan was "on track".') == [("on track", "Kessel Corp.")]
    assert who('Kessel Inc. said Tuesday that sales were "strong".') == [("strong", "Kessel Inc.")]


def test_both_sides_of_a_quote_give_one_speaker():
    text = (
        '"We expect growth," Kessel Corp. said.\n'
        'Kessel Corp. said on Tuesday that sales were "strong".\n'
        '"It is a hard day," Tom Pell Jr. said.\n'
        'Tom Pell Jr. said the plan was "sound".'
    )
    assert [name for _, name in who(text)] == ["Kessel Corp.", "Kessel Corp.", "Tom Pell Jr.", "Tom Pell Jr."]
    assert speaker_names(text) == ["Kessel Corp.", "Tom Pell Jr."]


def test_a_sentence_ending_in_a_firms_stop_is_still_a_sentence():
    # (near miss: the firm ends the sentence before; the next one has its own subject)
    text = 'Shares in Kessel Corp. fell on Monday. Analysts said the results were "grim".'
    assert who(text) == [("grim", "analysts")]


def test_a_day_after_a_phrase_in_small_letters_is_when_it_spoke():
    text = 'Lawyers for the family Monday said the ruling was "a disgrace".'
    assert who(text) == [("a disgrace", "lawyers for the family")]


def test_a_document_released_on_a_day_speaks_as_the_document():
    assert who('The report released Monday said the damage was "extensive".') == [("extensive", "the report")]
    assert who('The statement issued Tuesday said the plan was "dead".') == [("dead", "the statement")]


def test_a_day_after_a_role_word_stays_the_roles():
    # (near miss: the older rule for roles is unchanged)
    assert who('"We are ready," the mayor Monday said.') == [("We are ready,", "the mayor")]


def test_a_document_released_on_a_day_speaks_after_the_quote_too():
    text = '"The plan is dead," the statement issued Tuesday said.'
    assert who(text) == [("The plan is dead,", "the statement")]


def test_a_name_after_a_role_before_a_day_stays_a_name():
    # (near miss: a capitalised word before the day is a name, and the day its surname)
    assert who('"We are ready," the detective Joe Friday said.') == [("We are ready,", "Joe Friday")]
