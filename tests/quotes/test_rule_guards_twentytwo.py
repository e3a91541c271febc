"""Guards from the review of round 22's rules and session 13's gap fixes (rv22): ordinary
sentences near each rule's trigger, with the right answer."""
from tests.quotes.reading import who


def test_state_letters_ending_a_sentence_before_a_name_in_apposition():
    # "N.Y." ends the sentence: the name after it, set off by a comma, is no "N. Y. Jane Doe"
    text = 'He moved to N.Y. Jane Doe, his agent, said: "He is happy."'
    assert who(text) == [("He is happy.", "Jane Doe")]
    # (after "the" the letters still open the name: "the L.A. Galaxy, which …")
    text = '"We will appeal," said the N.Y. Knicks.'
    assert who(text) == [("We will appeal,", "N. Y. Knicks")]
