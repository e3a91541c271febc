"""A verb of speech put before its speaker ("Added Ann Obi: …", "Continued Obi: …") opens the
sentence, not the name: the speaker is the person, under the name the text gives in full."""
import pytest

from tests.quotes.reading import speaker_names, who


@pytest.mark.parametrize("verb", ["Added", "Continued", "Stated", "Noted", "Warned", "Insisted", "Explains"])
def test_a_verb_before_the_speaker_is_no_given_name(verb):
    text = f'The council met on Monday.\n{verb} Ann Obi: "We will not give up."'
    assert who(text) == [("We will not give up.", "Ann Obi")]


def test_the_surname_after_the_verb_joins_the_full_name():
    text = (
        "Ann Obi, the mayor of Carrow, spoke to the council on Monday.\n"
        'Stated Obi: "The budget is balanced."\n'
        'Continued Obi: "We will not give up."'
    )
    assert speaker_names(text) == ["Ann Obi"]
    assert [speaker for _, speaker in who(text)] == ["Ann Obi", "Ann Obi"]


def test_said_as_a_given_name_stays():
    # (near miss: "Said" opens Arabic names, "Said Ahmed told …")
    text = 'Said Ahmed told reporters on Monday: "We will not give up."'
    assert who(text) == [("We will not give up.", "Said Ahmed")]


def test_the_same_words_inside_a_name_stay():
    # (near miss: only a run's first word is dropped)
    text = 'The band played on.\n"It was loud," said Tom Pell of the Carrow Notes Society.'
    assert who(text) == [("It was loud,", "Tom Pell")]


@pytest.mark.parametrize("verb", ["Warned", "Continued", "Noted", "Stated", "Concluded"])
def test_a_role_after_the_verb_speaks(verb):
    text = f'Tom Pell spoke first.\n{verb} the mayor: "We will not give up."'
    assert who(text) == [("We will not give up.", "the mayor")]


def test_the_verb_alone_is_no_speaker():
    # (near miss: no one after the verb; the quote stays unattributed, not credited to "Warned")
    text = 'The river rose all week.\nWarned of the risks: "We will not give up."'
    assert who(text) == [("We will not give up.", None)]


def test_an_aside_may_follow_the_speaker():
    text = 'Tom Pell spoke first.\nReplied the minister, stony-faced: "We will not pay."'
    assert who(text) == [("We will not pay.", "the minister")]


@pytest.mark.parametrize("opening, speaker", [
    ("Concluded the report", "the report"), ("Noted Carrow's mayor", "Ann Obi"), ("Added Obi", "Ann Obi"),
])
def test_one_who_can_speak_after_the_verb_speaks(opening, speaker):
    text = f'Ann Obi, the mayor of Carrow, met the council.\n{opening}: "The budget is balanced."'
    assert who(text) == [("The budget is balanced.", speaker)]


@pytest.mark.parametrize("opening", ["Stressed the point", "Recalled the day", "Noted the irony", "Added to the list"])
def test_the_verbs_object_is_no_speaker(opening):
    # (near miss: what the verb is about, not who speaks; no one is named)
    text = f'Ann Obi, the mayor of Carrow, met the council.\n{opening}: "The budget is balanced."'
    assert who(text) == [("The budget is balanced.", None)]
