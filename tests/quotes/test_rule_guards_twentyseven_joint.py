"""Guards on the joint speaker ("Ann Obi and Tom Pell said": the two as one): the places
beside it where two names meet an "and" but do not speak together. Every sentence here is
the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_two_people_named_together_still_speak_as_one():
    # must fire: at a paragraph's start after another paragraph, and with surnames the text gave in full before
    text = 'Ann Obi spoke first. Tom Pell spoke next.\nObi and Pell said "the talks have failed."'
    assert who(text)[0] == ("the talks have failed.", "Ann Obi and Tom Pell")
    text = 'Mr Obi and Mrs Pell said "the talks have failed."'
    assert who(text) == [("the talks have failed.", "Obi and Pell")]
    text = 'Ann Obi and Tom Pell said "the talks have failed."\n"We are sad," they said.'
    assert speaker_names(text) == ["Ann Obi and Tom Pell"]


def test_the_first_name_after_a_verb_is_its_object():
    # must not fire: "met" takes Pell; Kell alone said it
    text = 'Ann Obi met Tom Pell and Sue Kell said "it went well."'
    assert who(text) == [("it went well.", "Sue Kell")]


def test_a_party_a_place_a_day_or_a_firm_is_no_partner():
    # must not fire: one capitalised word the text never gave more of, or a body's name
    text = 'Labour and Tom Pell said "the vote is rigged."'
    assert speaker_names(text) == ["Tom Pell"]
    text = 'Westmark and Tom Pell said "the vote is rigged."'
    assert speaker_names(text) == ["Tom Pell"]
    text = 'Monday and Tom Pell said "the vote is rigged."'
    assert speaker_names(text) == ["Tom Pell"]
    text = 'Acme Corp and Tom Pell said "the vote is rigged."'
    assert speaker_names(text) == ["Tom Pell"]
    text = 'Tom Pell and Acme Corp said "the vote is rigged."'
    assert "Tom Pell and Acme Corp" not in speaker_names(text)


def test_she_after_the_pair_is_not_the_pair():
    text = 'Ann Obi and Tom Pell said "the talks have failed."\n"I am sad," she said.'
    assert who(text)[1][1] != "Ann Obi and Tom Pell"


def test_one_of_the_pair_alone_later_is_that_one():
    text = 'Ann Obi and Tom Pell said "the talks have failed." Obi added: "I am sad."'
    assert who(text) == [("the talks have failed.", "Ann Obi and Tom Pell"), ("I am sad.", "Ann Obi")]
    text = 'Ann Obi and Tom Pell said "the talks have failed." Later, Obi and Pell said "we will go on."'
    assert speaker_names(text) == ["Ann Obi and Tom Pell"]


def test_owners_and_objects_beside_the_pair():
    # must not fire: a lawyer of the second, people for the two, a letter to them
    text = 'Ann Obi and Tom Pell\'s lawyers said "they are innocent."'
    assert "Ann Obi and Tom Pell" not in speaker_names(text)
    text = 'Supporters of Ann Obi and Tom Pell said "no."'
    assert "Ann Obi and Tom Pell" not in speaker_names(text)
    text = 'A letter to Ann Obi and Tom Pell said "you are fired."'
    assert "Ann Obi and Tom Pell" not in speaker_names(text)
    text = 'Ann Obi, Tom Pell and Sue Kell said "we quit."'
    assert "Tom Pell and Sue Kell" not in speaker_names(text)


def test_the_pair_in_either_order_is_one_entry():
    text = 'Ann Obi and Tom Pell said "no."\n"Yes," said Pell and Obi later.'
    assert speaker_names(text) == ["Ann Obi and Tom Pell"]


def test_the_second_name_stops_at_its_paragraph():
    # (not "Ann Obi and Tom": the next paragraph's first word is no part of the name)
    text = '"No," said Ann Obi and Tom Pell.\nTom Pell spoke on Monday.'
    assert who(text) == [("No,", "Ann Obi and Tom Pell")]
