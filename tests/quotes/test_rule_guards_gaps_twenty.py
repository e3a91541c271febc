"""Near misses of the gaps-twenty rules, found in review."""
from tests.quotes.reading import who


def test_a_month_closing_a_body_s_mention_after_its_quote_is_when_it_spoke():
    # the body's name after the quote, then "in March": not the month as the speaker
    text = '"We will not stop," the Union of Teachers in March warned.'
    assert who(text) == [("We will not stop,", "Union of Teachers")]
    text = '"It will work," the Federation of Farmers in April said.'
    assert who(text) == [("It will work,", "Federation of Farmers")]


def test_a_place_after_a_body_s_in_after_its_quote_stays_its_name():
    # must not fire: a place, not a month, after "in"
    text = '"It will fail," the Union of Teachers in Higher Education said.'
    assert who(text) == [("It will fail,", "Union of Teachers in Higher Education")]
