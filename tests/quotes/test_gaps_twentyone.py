"""Gaps twenty-one: readings known to be wrong, fixed with general rules. Every sentence
here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_a_capitalised_head_of_a_body_with_no_name_is_the_office():
    # "The Head of the Secret Service said": an office over a body, unnamed, not "The Head"
    text = 'The Head of the Secret Service said the plan was "reckless".'
    assert who(text) == [("reckless", "the Head of the Secret Service")]
    text = 'The Head of Security said the plan was "reckless".\n"It will fail," the Head of Security added.'
    assert speaker_names(text) == ["the Head of Security"]


def test_a_head_of_a_body_then_the_name_is_still_the_name():
    # must not fire: the name after the office is the speaker's
    text = 'The Head of the Secret Service Ann Hosk said the plan was "reckless".'
    assert who(text) == [("reckless", "Ann Hosk")]
    text = 'Head of the Secret Service Ann Hosk said the plan was "reckless".'
    assert who(text) == [("reckless", "Ann Hosk")]
