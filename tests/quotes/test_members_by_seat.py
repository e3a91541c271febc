"""A member named by the seat they hold ("the MP for North Arden") is an unnamed
description, not the place; "the MP" later is the same one. Sentences and names are the
project's own."""
from tests.quotes.reading import speaker_names, who


def test_a_member_by_the_seat_is_the_member_not_the_place():
    assert speaker_names('The MP for North Arden said the closure was "a scandal".') == ["the MP for North Arden"]
    assert speaker_names('The Member of Parliament for North Arden said it was "a scandal".') == [
        "the Member of Parliament for North Arden"
    ]
    assert speaker_names('"It is a scandal," said the MP for Bath.') == ["the MP for Bath"]


def test_the_member_later_is_the_same_one():
    text = 'The MP for North Arden said the closure was "a scandal".\n"It is wrong," the MP said.'
    assert who(text) == [("a scandal", "the MP for North Arden"), ("It is wrong,", "the MP for North Arden")]


def test_a_named_member_keeps_the_name():
    text = (
        'Jo Pike, the MP for North Arden, said the closure was "a scandal".\n'
        'The MP for North Arden said later: "We will fight it."'
    )
    assert speaker_names(text) == ["Jo Pike"]
    assert speaker_names('The MP for North Arden, Jo Pike, said it was "a scandal".') == ["Jo Pike"]


def test_two_seats_are_two_members():
    text = 'The MP for North Arden said it was "a scandal". The MP for Bath said it was "fine".'
    assert speaker_names(text) == ["the MP for North Arden", "the MP for Bath"]


def test_a_fund_for_a_place_is_no_member():
    assert speaker_names('The fund for Arden Schools said the closure was "a scandal".') == ["Arden Schools"]


def test_a_place_before_the_description_is_where_not_who():
    # "In Harle," sets the scene: the member is not called Harle
    text = 'In Harle, the MP for Harle Vale, who organised the letter, said the reply was "feeble".'
    assert who(text) == [("feeble", "the MP for Harle Vale")]
