"""A conjunction or preposition that opens a sentence ("Neither", "Unless", "Including")
stands before a name, never in it: the speaker's full name is the name alone."""
import pytest

from tests.quotes.reading import speaker_names, who


@pytest.mark.parametrize("opener", ["Neither", "Whether", "Unless", "Besides", "Including", "Notably", "Alongside"])
def test_an_opening_word_is_no_given_name(opener):
    text = f'{opener} Tom Kessel nor the others have won a county yet.\n"We will keep going," Kessel said.'
    assert who(text) == [("We will keep going,", "Tom Kessel")]


def test_neither_nor_names_both_people_apart():
    text = (
        "Neither Ann Obi nor Tom Kessel has won a county.\n"
        '"We will keep going," Obi said.\n'
        '"So will we," Kessel said.'
    )
    assert speaker_names(text) == ["Ann Obi", "Tom Kessel"]


def test_per_is_a_given_name_and_stays():
    # (near miss: "Per" opens Scandinavian names, so it is not on the list)
    text = 'Per Lindqvist chairs the board.\n"The vote was close," Lindqvist said.'
    assert who(text) == [("The vote was close,", "Per Lindqvist")]


def test_an_opening_word_inside_a_sentence_changes_nothing():
    # (near miss: a name after "including" in lower case was always read right)
    text = 'Several members, including Tom Kessel, left early.\n"We had a train to catch," Kessel said.'
    assert who(text) == [("We had a train to catch,", "Tom Kessel")]
