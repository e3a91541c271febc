"""US copy may set the day between a role and its verb ("…," the mayor Monday said): the
day is when the role spoke, never a name the role is given."""
from tests.quotes.reading import who


def test_a_day_between_a_role_and_said_is_not_the_speaker():
    assert who('"We will rebuild," the mayor Monday said.') == [("We will rebuild,", "the mayor")]


def test_a_day_between_a_role_and_told_is_not_the_speaker():
    text = '"We will rebuild," the spokeswoman Monday told reporters.'
    assert who(text) == [("We will rebuild,", "the spokeswoman")]


def test_a_titled_person_named_for_a_day_keeps_the_name():
    # "the Reverend Friday": a title, then his name
    assert who('"Go home," the Reverend Friday said.') == [("Go home,", "Friday")]


def test_a_role_then_a_full_name_ending_in_a_day_keeps_the_name():
    text = '"We will rebuild," the detective Joe Friday told reporters.'
    assert who(text) == [("We will rebuild,", "Joe Friday")]
