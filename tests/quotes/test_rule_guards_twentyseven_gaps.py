"""Guards on gaps twenty-seven's rules: ordinary sentences near each rule's trigger where it
must not fire. Every sentence here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who

_HEAD = 'Rents fall as fears of "market collapse" grow\nRents fell again in May.\n'


def test_told_by_a_time_or_a_means_is_no_teller():
    text = 'Ann Obi said staff were told "to go home" by the end of the day.'
    assert speaker_names(text) == ["Ann Obi"]
    text = 'Ann Obi said she was told "it was over" by the time she arrived.'
    assert speaker_names(text) == []
    text = 'Ann Obi said she was told "to wait" by letter.'
    assert speaker_names(text) == []


def test_told_by_a_person_or_a_body_is_the_teller():
    text = 'Ann Obi said she was told "it was over" by her doctor.'
    assert speaker_names(text) == ["her doctor"]
    text = 'Ann Obi said workers were told "to leave" by the company.'
    assert speaker_names(text) == ["the company"]


def test_one_of_her_things_is_hers():
    # the count rule reads "of the" only: "her ads" are the owner's
    text = 'Ann Obi ran ads, with one of her ads asking, "Is Tom Pell fit to serve?"'
    assert speaker_names(text) == ["Ann Obi"]
    text = 'One of the nine judges said "the law cannot stand."'
    assert speaker_names(text) == ["one of the nine judges"]


def test_words_said_after_a_passive_or_a_break_are_the_speakers_own():
    for body in (
        'Ann Obi, who was denied a loan, said there could be a "market collapse".',
        'Ann Obi, whose bid was rejected, warned of a "market collapse".',
        'Landlord Ann Obi, denying any wrongdoing, warned of a "market collapse".',
        'Ann Obi brushed her hair and warned of a "market collapse".',
    ):
        assert who(_HEAD + body, heads=2)[0] == ("market collapse", "Ann Obi")


def test_words_turned_away_are_still_not_lent():
    text = _HEAD + 'Ann Obi played down fears of a "market collapse".'
    assert who(text, heads=2)[0] == ("market collapse", None)


def test_a_document_released_by_a_body_speaks_as_it():
    # the document is the "it", not the body that released it
    text = 'The email, released by the Arden Trust, was sent in May. "We have no plan," it said.'
    assert who(text) == [("We have no plan,", "the email")]
    text = 'The report, which was published by Arden Watch, is long. "Costs will rise," it said.'
    assert who(text) == [("Costs will rise,", "the report")]
    # the body itself, no document before it, still speaks as it
    text = 'Arden Watch said the arrests were "arbitrary." It added: "They must end."'
    assert speaker_names(text) == ["Arden Watch"]


def test_a_document_signed_by_a_body_speaks_and_a_person_released_does_not():
    text = 'The letter, signed by the Arden Trust, was sent in May. "We object," it said.'
    assert who(text) == [("We object,", "the letter")]
    # not a document: "it" is not the hostage
    text = 'The hostage, released by the Arden Government on Monday, was flown home. "We are generous," it said.'
    assert speaker_names(text) != ["the hostage"]
