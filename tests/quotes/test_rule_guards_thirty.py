"""Ordinary news sentences near the triggers of round 30's rules where the rules as first
written misfired (each fails before its narrowing), and a few that guard what was checked.
Sentences we wrote; people, places and firms made up."""
from .reading import who


# "a problem Vandam called "…"": the surname's own clause, after a conjunction or a speech
# verb, is no clause on a noun, and there "called" is often "phoned"


def test_a_surname_called_after_a_conjunction_or_a_speech_verb_is_no_naming():
    text = 'Coach Ray Vandam resigned on Friday. Lena Holt said she was at home when Vandam called "in tears."'
    assert who(text) == [("in tears.", None)]
    text = 'Coach Ray Vandam resigned on Friday. His assistant, Lena Holt, said Vandam called "to apologize" to each player.'
    assert who(text) == [("to apologize", None)]


def test_a_surname_calling_a_noun_so_is_still_the_speaker():
    text = 'Coach Terry Vandam was blunt. The team struggled with a problem Vandam called "a lack of nerve."'
    assert who(text) == [("a lack of nerve.", "Terry Vandam")]
    text = 'Dr Nils Aas runs the clinic. The clinic treats patients Aas called "the forgotten ones."'
    assert who(text) == [("the forgotten ones.", "Nils Aas")]
