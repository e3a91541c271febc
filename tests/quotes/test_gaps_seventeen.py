"""Gaps left by earlier sessions (session seventeen): sentences we wrote; people, places and
bodies made up."""
from .reading import speaker_names, who


def test_a_short_surname_ending_the_sentence_after_an_inverted_verb():
    # "said two-time winner Ann Obi.": the full stop ends the sentence, not the name
    text = '"We train every day," said two-time winner Ann Obi.'
    assert who(text) == [("We train every day,", "Ann Obi")]
    text = '"We train every day," said two-time champion Ann Obi. She won again.'
    assert who(text) == [("We train every day,", "Ann Obi")]
    assert speaker_names(text) == ["Ann Obi"]
    # (an initial's and an abbreviation's full stops stay in the name)
    text = '"We train every day," said two-time winner Ann B. Obi Jr.'
    assert who(text) == [("We train every day,", "Ann B. Obi Jr.")]
    text = '"We train every day," said two-time winner Dr. Ann Obi.'
    assert who(text) == [("We train every day,", "Ann Obi")]


def test_a_place_set_before_the_subject_is_not_the_role_holder():
    # "In Leeds, the minister said": the place is where he spoke, not the minister's name
    text = 'In Leeds, the minister said: "We will build the line."'
    assert who(text) == [("We will build the line.", "the minister")]
    text = 'Speaking to reporters in Leeds, the minister said: "We will build the line."'
    assert who(text) == [("We will build the line.", "the minister")]
    text = 'At Carrow Docks, the union leader said: "We will strike."'
    assert who(text) == [("We will strike.", "the union leader")]
    # (the minister named elsewhere is the one; a name set off after the role is his)
    text = 'Minister Tom Hale toured the north.\nIn Leeds, the minister said: "We will build the line."'
    assert who(text) == [("We will build the line.", "Tom Hale")]
    text = 'In Leeds, the minister, Ann Obi, said: "We will build the line."'
    assert who(text) == [("We will build the line.", "Ann Obi")]
    text = 'Ann Obi, the minister, said: "We will build the line."'
    assert who(text) == [("We will build the line.", "Ann Obi")]


def test_a_role_in_apposition_to_the_object_of_a_fronted_phrase():
    # "In a letter to Tom Hale, the prime minister, Ann Obi wrote": he is the prime minister,
    # she the writer
    text = ('In a letter to Tom Hale, the prime minister, Ann Obi wrote: "We need help."\n'
            '"We will help," the prime minister said.')
    assert who(text) == [("We need help.", "Ann Obi"), ("We will help,", "Tom Hale")]
    # (one told is not the role either; a role opening the sentence is the name's after it)
    text = ('Speaking to the prime minister, Ann Obi said: "We need help."\n'
            '"We will help," the prime minister said.')
    assert who(text) == [("We need help.", "Ann Obi"), ("We will help,", "the prime minister")]
    text = ('The Commissioner for Health, Dr Ann Obi said: "We need help."\n'
            '"We will help," the commissioner said.')
    assert who(text) == [("We need help.", "Ann Obi"), ("We will help,", "Ann Obi")]
    text = ('Tom Hale, the prime minister, said the talks had failed.\n'
            '"We will help," the prime minister said.')
    assert who(text) == [("We will help,", "Tom Hale")]
