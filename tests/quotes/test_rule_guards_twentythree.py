"""Sentences that broke round twenty-three's rules as first written (review rv23), each with
the right reading. Sentences we wrote; people, places and bodies made up."""
from reader.quotes.lexicon import PREFIXED_NAME

from .reading import who


def test_a_capitalised_today_after_a_capital_ends_a_name():
    # the day-between-subject-and-verb rule read "USA Today said" as "USA" on a Tuesday
    text = 'USA Today said the plan was "a total mess" in an editorial.'
    assert who(text) == [("a total mess", "USA Today")]
    # a day in lower case, or a weekday, still goes
    text = 'Mayor Lina Obst Friday said the budget was "a fair one".'
    assert who(text) == [("a fair one", "Lina Obst")]


def test_a_run_after_to_is_a_place_when_the_surname_opens_a_clause():
    # the "to Marcus Trotman" rule made "Lagos" and "Congress" given names
    text = 'After returning to Lagos Obi told aides the talks had gone well.\n"It was warm," Obi said.'
    assert who(text) == [("It was warm,", "Obi")]
    text = 'In a letter to Congress Obi asked for more funds.\n"We need it," Obi said.'
    assert who(text) == [("We need it,", "Obi")]
    # the name as the object of "to" keeps its given name
    text = 'The award went to Chelsea Reyes after a long vote.\n"I am thrilled," Reyes said.'
    assert who(text) == [("I am thrilled,", "Chelsea Reyes")]


def test_a_given_name_that_is_a_portfolio_word_stays():
    # "Secretary for Housing Lam" dropped any portfolio word before a surname: "Marine"
    text = 'Local activist Marine Dubois joined the march. "We are angry," Dubois said.'
    assert who(text) == [("We are angry,", "Marine Dubois")]
    # after a title's "for", "of" or "and" the portfolio still goes
    text = 'Minister for Housing and Planning Lam Ka-wai spoke. "It is a partnership," Lam said.'
    assert who(text) == [("It is a partnership,", "Lam Ka-wai")]


def test_accused_of_in_a_relative_clause_is_active():
    # the passive "X accused of" rule blocked the relative clause's subject
    text = 'The mayor, whom Ann Obi accused of "hiding" the cost, did not reply.'
    assert who(text) == [("hiding", "Ann Obi")]
    text = 'Mayor Ann Obi, who was accused of "hiding" the cost, said nothing.'
    assert who(text)[0] == ("hiding", None)


def test_a_maltese_article_before_letters_opens_no_name():
    # "the tax-GDP ratio": "tax-" before an acronym is no article; the article before a word is
    assert PREFIXED_NAME.match("tax-GDP") is None
    assert PREFIXED_NAME.match("tax-EU") is None
    assert PREFIXED_NAME.match("tal-Kampanja") is not None
    assert PREFIXED_NAME.match("iż-Żurrieq") is not None
