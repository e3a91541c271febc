"""Gaps left by earlier sessions (session sixteen): sentences we wrote; people, places and
bodies made up."""
from .reading import speaker_names, who


def test_a_concession_set_off_between_a_role_and_its_verb():
    # "the senator, nevertheless, said": the aside is no part of the subject
    text = '"We will not back down," the senator, nevertheless, said.'
    assert who(text) == [("We will not back down,", "the senator")]
    text = 'The governor, nonetheless, said: "The budget will pass."'
    assert who(text) == [("The budget will pass.", "the governor")]
    text = '"We will not back down," Ruth Vale, nevertheless, said.'
    assert who(text) == [("We will not back down,", "Ruth Vale")]
    # (a thing passive after the aside names no one)
    text = '"We lost the vote," he said. It was, nevertheless, said to be close.'
    assert who(text) == [("We lost the vote,", None)]
