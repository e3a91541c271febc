"""A headline's quote and the body's speakers of the same words."""
from tests.quotes.reading import who

HEAD = "Landlords warn of 'market collapse'\nRents are falling across Arden.\n"


def test_a_headline_group_that_speaks_its_words_in_the_body_keeps_them_over_a_named_echo():
    text = HEAD + (
        'Landlords say the city faces a "market collapse" as tenants leave.\n'
        'Ann Obi, the housing minister, warned of a "market collapse" too.'
    )
    assert who(text, heads=2) == [
        ("market collapse", "landlords"),
        ("market collapse", "landlords"),
        ("market collapse", "Ann Obi"),
    ]


def test_a_headline_group_silent_in_the_body_still_takes_the_named_speaker_of_its_words():
    text = HEAD + 'Housing minister Ann Obi warned of a "market collapse" as tenants leave.'
    assert who(text, heads=2) == [("market collapse", "Ann Obi"), ("market collapse", "Ann Obi")]


def test_a_name_that_opens_like_a_denial_is_no_denial():
    # "Denise" begins with the letters of "denied": she says the words herself
    text = HEAD + 'Housing minister Denise Obi warned of a "market collapse" as tenants leave.'
    assert who(text, heads=2) == [("market collapse", "Denise Obi"), ("market collapse", "Denise Obi")]


def test_words_a_named_one_denies_are_still_not_hers_in_the_headline():
    text = HEAD + 'Housing minister Ann Obi denied there would be a "market collapse" this year.'
    assert who(text, heads=2)[0] == ("market collapse", "landlords")
