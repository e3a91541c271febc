"""Gaps left by earlier sessions (session fifteen): sentences we wrote; people, places and
bodies made up."""
from .reading import speaker_names, who


def test_an_office_of_a_place_of_two_words_before_a_name():
    # "Premier of New Westland Chris Minto": the place's two words, then his name
    text = '"The budget is balanced," Premier of New Westland Chris Minto said.'
    assert who(text) == [("The budget is balanced,", "Chris Minto")]
    text = 'Premier of North Varna Ida Kell said: "We will not wait."'
    assert who(text) == [("We will not wait.", "Ida Kell")]
    # (a place of one word leaves a name of two words whole)
    text = '"The budget is balanced," Premier of Westmark Chris Minto said.'
    assert who(text) == [("The budget is balanced,", "Chris Minto")]
    text = '"We will not wait," said Mayor of Westmark Anne Marie Duval.'
    assert who(text) == [("We will not wait,", "Anne Marie Duval")]
