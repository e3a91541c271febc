"""Guards for the twenty-third session's firm-stop and day rules (attribute.py): near
misses where a careless reading would misfire, and the readings the rules must keep."""
from tests.quotes.reading import speaker_names, who


# 1. a firm's or a son's stop right before the cue stays with the name

def test_a_capitalised_cue_after_a_firms_stop_opens_the_next_sentence():
    # (misfired: "Pell & Co." was read as the subject of "Said")
    text = 'The land was sold to Pell & Co. Said one neighbour: "It is a shame."'
    assert who(text) == [("It is a shame.", "one neighbour")]


def test_a_sons_stop_before_a_new_sentence_is_not_the_cue_subject():
    text = 'The prize went to Tom Pell Jr. Told of the honour, his widow said she was "moved".'
    assert who(text) == [("moved", "his widow")]


def test_a_firm_named_after_its_cue_has_the_same_name_as_before_it():
    # (misfired: "said Kessel Corp." at a sentence's end gave "Kessel Corp", a second
    # speaker beside "Kessel Corp." before the cue)
    text = '"We grew," said Kessel Corp.\nKessel Corp. said the year was "good".'
    assert [name for _, name in who(text)] == ["Kessel Corp.", "Kessel Corp."]
    assert speaker_names(text) == ["Kessel Corp."]
    text = '"It is over," said Tom Pell Jr.\nTom Pell Jr. said the team was "finished".'
    assert speaker_names(text) == ["Tom Pell Jr."]


def test_a_firm_after_according_to_has_the_same_name():
    text = 'The plan was "sound", according to Kessel Corp.\nKessel Corp. said the year was "good".'
    assert speaker_names(text) == ["Kessel Corp."]


def test_a_role_for_a_firm_keeps_the_firms_stop():
    text = '"We will appeal," a spokesman for Kessel Corp. said.'
    assert who(text) == [("We will appeal,", "a spokesman for Kessel Corp.")]


# 2. a day between a subject and its verb, before a quote

def test_a_day_after_a_sons_stop_is_when_he_spoke():
    assert who('Tom Pell Sr. Monday said the deal was "done".') == [("done", "Tom Pell Sr.")]


def test_a_person_released_on_a_day_stays_the_speaker():
    # (near miss: a participle of a person's, not a document's)
    assert who('The prisoner released Tuesday said he was "innocent".') == [("innocent", "the prisoner")]
    assert who('A man released Tuesday said he was "innocent".') == [("innocent", "a man")]


def test_a_newspaper_named_for_a_day_stays_in_the_phrase():
    assert who('A reporter for USA Today said the story was "solid".') == [("solid", "a reporter for USA Today")]
    assert who('A reporter for the Sunday Times said the story was "solid".') == [
        ("solid", "a reporter for the Sunday Times")
    ]


def test_a_day_after_a_verb_in_a_relative_clause_names_no_day():
    # (near miss: "met Monday" is the clause's; the day is no speaker)
    assert who('Those who met Monday said the talks were "useful".') == [("useful", None)]


# 3. the same day after the quote

def test_a_person_released_on_a_day_stays_the_speaker_after_the_quote():
    assert who('"I am innocent," the man released Tuesday said.') == [("I am innocent,", "the man")]


def test_a_named_day_after_a_capital_stays_in_the_phrase_after_the_quote():
    # (near miss: "Black Friday" is a name; the tail's day rule wants small letters before it)
    assert who('"It was packed," shoppers on Black Friday said.') == [("It was packed,", "shoppers on Black Friday")]
