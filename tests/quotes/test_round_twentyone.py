"""Round twenty-one: South Asian and Middle Eastern English-language outlets (a Pakistani
city desk, a Bangladeshi labour story, a Nepali local-government story, a Sri Lankan
parliament report, an Israeli municipal story, a Saudi festival feature, a Jordanian
water story, a wire-style conflict report). Every sentence here is the project's own,
every name made up."""
from tests.quotes.reading import who, speaker_names


def test_cabinet_portfolios_hold_their_and():
    assert who('The Ministry of Water and Irrigation said the cuts were "unavoidable" this winter.') == [
        ("unavoidable", "Ministry of Water and Irrigation")
    ]
    assert who('The Minister of Ports and Shipping told reporters the harbour was "open again".') == [
        ("open again", "the Minister of Ports and Shipping")
    ]


def test_cabinet_portfolios_must_not_join_a_ministry_to_a_person():
    # the "and" between a ministry and a person is no portfolio's
    assert who(
        'A letter from the Ministry of Information and Bilal Kazmi, the provincial spokesman, '
        'said the ban was "temporary".'
    ) == [("temporary", "Bilal Kazmi")]
    assert who('Information and Broadcasting Minister Tariq Mehmood said the ban was "temporary".') == [
        ("temporary", "Tariq Mehmood")
    ]
