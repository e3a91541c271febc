"""Sentences near round thirty-two's rules where they must not fire (the review of branch
r32). Sentences we wrote; people, places and bodies made up."""
from .reading import who


def test_a_title_listing_portfolios_before_a_name_still_ends_at_the_name():
    # the comma of a listed portfolio is kept in a body's name, not in a title's before a name
    text = 'Budget.\nMinister of Finance, Planning and Economic Development Matia Kasaija said the budget was "ready."'
    assert who(text) == [("ready.", "Matia Kasaija")]
    # (and the body's name keeps its list, at the head of a sentence too)
    text = 'Drugs.\nThe Ministry of Health, Labour and Welfare said the drug was "safe."'
    assert who(text) == [("safe.", "Ministry of Health, Labour and Welfare")]


def test_the_official_is_no_one_whose_office_word_is_not_their_title():
    # an office named near a resident's name, not as her title
    text = ('Water.\nAfter a meeting with the governor on Monday, resident Dana Ruiz said the plants were late.\n'
            '"We waited a year," the official said.')
    assert who(text) == [("We waited a year,", "the official")]
    text = ('Water.\nThe minister visited the farm of Dana Ruiz on Monday. Ruiz said the plants were late.\n'
            '"We waited a year," the official said.')
    assert who(text) == [("We waited a year,", "the official")]
    # the sentence before ends with a director; the coach after it holds no office
    text = ('Soccer.\nLeague director Pat Obi said the goal stood. Coach Dana Ruiz disagreed.\n'
            '"It was offside," the official said.')
    assert who(text) == [("It was offside,", "the official")]
    text = ('Trade.\nMinister Pat Obi spoke first. Exporters were angry. Farmer Dana Ruiz said prices fell.\n'
            '"It will be a hard year," the official said.')
    assert who(text) == [("It will be a hard year,", "the official")]


def test_the_official_after_unnamed_officials_is_not_the_named_office_holder():
    text = ('Talks.\nGovernor Pat Obi said the talks went well. Officials from the ministry disagreed.\n'
            '"It was a waste of time," the official said.')
    assert who(text) == [("It was a waste of time,", "the official")]


def test_a_persons_noun_before_a_role_still_brings_that_person_in():
    # "the migrant" is the migrant worker; only a body's noun ("a ministry official") is not
    text = 'Work.\nA migrant worker from Nepal said the pay was "late."\n"We wait months," the migrant said.'
    assert who(text) == [("late.", "a migrant worker from Nepal"), ("We wait months,", "a migrant worker from Nepal")]
