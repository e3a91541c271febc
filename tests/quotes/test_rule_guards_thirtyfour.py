"""Review of round thirty-four's rules: sentences near each rule's trigger where it must
not fire. Every sentence is the project's own, every name made up."""
from tests.quotes.reading import who


def test_a_preposition_before_a_field_and_a_role_keeps_the_name_an_object():
    # "Like housing advocate Helen Okafor, Raman said …": the capital of "Like" opens no
    # place or body; the name is a preposition's object and the sentence's subject speaks next
    for middle in ("Like Sydney housing advocate Helen Okafor, Raman said rents were too high.",
                   "Like housing advocate Helen Okafor, Raman said rents were too high.",
                   "After Sydney transport researcher Helen Okafor resigned, the council said it would review."):
        text = f'"We have been upfront," Raman said.\n{middle}\n"Councils are being asked to deliver," she said.'
        assert who(text)[1] == ("Councils are being asked to deliver,", "Raman")
    # (a time before the place still leaves the place opening the subject)
    text = ('"We have been upfront," Raman said.\n'
            "On Monday, Sydney housing advocate Helen Okafor said rents were too high.\n"
            '"Councils are being asked to deliver," she said.')
    assert who(text)[1] == ("Councils are being asked to deliver,", "Helen Okafor")


def test_calling_on_someone_without_to_is_a_visit():
    # "called on the king at the palace": a visit, no urging; the scare quote stays unsaid
    text = 'The prime minister called on the king at the palace, where he was greeted as "an old friend".'
    assert who(text) == [("an old friend", None)]
    text = 'The envoy called on the family at their home in Kessel, which neighbours call "the fortress".'
    assert who(text)[0][1] != "the envoy"


def test_a_headline_scare_quote_said_below_by_two_people_stays_unsaid():
    # "Fury as Hale 'misled' voters": Penn says Hale "misled" voters and Hale denies he
    # "misled" anyone; the headline's word is not Hale's for being written after his name
    text = ("Fury as Hale 'misled' voters\nStandfirst here.\n"
            'Jo Penn said Tom Hale had "misled" voters. Hale denied he had "misled" anyone.')
    assert who(text, heads=2)[0] == ("misled", None)
    text = ("Teachers' union 'betrayed' by minister\nStandfirst here.\n"
            'The minister denied the union had been "betrayed". The union said it felt "betrayed".')
    assert who(text, heads=2)[0] == ("betrayed", None)
