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
