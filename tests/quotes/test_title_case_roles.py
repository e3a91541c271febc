"""A Title Case headline capitalises every word, so the words after a role there are the
role's verb and its object, not a name in apposition ("… Water Board Over Bills")."""
from tests.quotes.reading import speaker_names, who

BODY = (
    "\nHouseholds say charges doubled in a year.\n"
    "More than 200 households in Carrow have taken the water board to court over bills.\n"
    '"We were never told why," said Ann Obi, who leads the residents\' group.\n'
    'The board said the rise was "necessary to fund repairs".'
)


def test_the_words_after_a_role_in_a_title_case_headline_are_no_name():
    text = "Residents Sue Carrow Water Board Over Bills" + BODY
    assert who(text, heads=2)[-1] == ("necessary to fund repairs", "the board")
    assert speaker_names(text, heads=2) == ["Ann Obi", "the board"]


def test_a_verb_and_its_object_after_a_body_in_a_title_case_headline_are_no_name():
    text = (
        "Teachers Union Calls Strike Over Pay Across Kellow Region\nTeachers will walk out on Monday.\n"
        "Teachers across the region will stop work from Monday.\n"
        'The union said the offer was "an insult to every teacher".'
    )
    assert who(text, heads=2) == [("an insult to every teacher", "Teachers Union")]  # (the headline names it, no verb)


def test_a_name_ending_a_title_case_headline_after_its_role_still_names_the_role():
    text = "Residents Angry At Water Board Chief Tom Pell" + BODY
    assert who(text, heads=2)[-1] == ("necessary to fund repairs", "Tom Pell")


def test_a_name_before_says_in_a_title_case_headline_still_names_the_role():
    text = "Water Board Chief Tom Pell Says Bills Will Rise Again" + BODY
    assert who(text, heads=2)[-1] == ("necessary to fund repairs", "Tom Pell")


def test_a_capitalised_name_after_a_role_in_prose_is_still_its_name():
    text = (
        "Bills to rise in Carrow\nHouseholds face higher charges.\n"
        "The board's chair, Tom Pell, said the rise was needed.\n"
        '"We will defend the claim," the chair said.'
    )
    assert who(text, heads=2) == [("We will defend the claim,", "Tom Pell")]
