"""Gaps found by the sixteenth session's reviewers (second batch)."""
from tests.quotes.reading import who


def test_title_holder_before_name():
    # "said US Open champion Dana Reyes": the event is no one's name; the holder is
    assert who('"We will win," said US Open champion Dana Reyes.') == [("We will win,", "Dana Reyes")]
    assert who('"We will win," said Wimbledon champion Dana Reyes.') == [("We will win,", "Dana Reyes")]
    assert who('"We will win," said Tour de France winner Tom Pell.') == [("We will win,", "Tom Pell")]


def test_title_holder_must_not_fire():
    # the title in apposition after the name, or a winner the speaker talks about
    assert who('"It was close," said Reyes, the US Open champion.') == [("It was close,", "Reyes")]
    assert who('"It was close," said Ann Obi after the winner was named.') == [("It was close,", "Ann Obi")]
    assert who('"We will win," said the champion.') == [("We will win,", "the champion")]
