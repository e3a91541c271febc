"""What a court heard someone had said: "The court heard the man had shouted '…'" is the
man's words. The verb "heard" ends the noun phrase; it is not a modifier of it."""
from tests.quotes.reading import who


def test_the_man_the_court_heard_of_is_the_speaker():
    text = 'The court heard the man had shouted "get out" before the attack.'
    assert who(text) == [("get out", "the man")]


def test_a_jury_hearing_of_a_woman_gives_her():
    text = 'The jury heard the woman had screamed "help me" twice.'
    assert who(text) == [("help me", "the woman")]


def test_a_link_before_a_determiner_still_carries_the_phrase_on():
    # (near miss: "with the" and "of a" join the phrase; only a verb ends it)
    text = '"It was overwhelming," said a volunteer with the Carrow Relief Network.'
    assert who(text) == [("It was overwhelming,", "a volunteer with the Carrow Relief Network")]
    text = '"We are truly sorry," the boss of a water company said.'
    assert who(text) == [("We are truly sorry,", "the boss of a water company")]
