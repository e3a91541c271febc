"""Guards for round twenty-seven's held-out rules: sentences near each rule's trigger where
it must not fire. Every sentence here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_a_title_case_headline_naming_the_body_alone_still_names_it():
    # "the ministry" has no name in the body text: the headline's "Health Ministry" is it
    text = (
        "Health Ministry Says Clinics Will Reopen\n"
        "Clinics shut last month.\n"
        "\u201cThey will reopen next week,\u201d the ministry said."
    )
    assert who(text, heads=1) == [("They will reopen next week,", "Health Ministry")]


def test_a_quote_a_verb_of_speech_brings_in_before_a_year_is_speech():
    text = 'Ann Obi told the court, "I Was Never There" (2019), according to the transcript.'
    assert who(text) == [("I Was Never There", "Ann Obi")]
    # while a list of works and their years is nobody's words
    text = 'Her albums included "Salt Road" (1974), "Blue Hour" (1979) and "Night Ferry" (1983).'
    assert speaker_names(text) == []


def test_an_owners_pledge_in_title_case_is_the_owners_words():
    text = 'Ann Obi renewed her "No New Taxes" pledge on Monday.'
    assert who(text) == [("No New Taxes", "Ann Obi")]
    text = 'Tom Pell said his "Hands Off Our Land" message would not change.'
    assert who(text) == [("Hands Off Our Land", "Tom Pell")]


def test_a_body_or_place_after_a_bare_role_is_no_person():
    text = '"We lost," member of the party New Dawn said.'
    assert speaker_names(text) != ["New Dawn"]
    text = '"It hurts," fan of the club Kell Rovers said.'
    assert speaker_names(text) != ["Kell Rovers"]
    text = '"It flooded," resident of the district Kell Harbour said.'
    assert speaker_names(text) != ["Kell Harbour"]
    text = '"We will act," head of the local council Kell Harbour said.'
    assert speaker_names(text) != ["Kell Harbour"]


def test_a_bare_role_of_a_village_then_a_name_still_is_the_name():
    # must fire: a place in small letters, then a person
    text = '"We will rebuild," mayor of the town Tom Pell said.'
    assert speaker_names(text) == ["Tom Pell"]
    text = '"We do not know," a resident of the village, Tural Mammadov, said.'
    assert speaker_names(text) == ["Tural Mammadov"]


def test_a_persons_possessive_before_a_team_or_staff():
    # the possessive rule leaves a body's own plural and a person's staff alone
    text = "Arsenal's Gunners beat the visitors on Sunday.\n\"We were the better side,\" manager Tom Pell said."
    assert speaker_names(text) == ["Tom Pell"]
    text = "The mayor's staff said the report was late.\n\"We are working on it,\" Mayor Tom Pell said."
    assert who(text) == [("We are working on it,", "Tom Pell")]


def test_the_union_speaking_after_its_president_is_the_union():
    text = (
        "The Carrow Dockers Union met on Monday. Dwayne Fubler, the union's president, said pensions "
        'had not been addressed.\n"We will strike," the union said.'
    )
    assert who(text) == [("We will strike,", "Carrow Dockers Union")]
    text = (
        "The Carrow Dockers Union met on Monday.\nDwayne Fubler, the union's president, said pensions "
        'had not been addressed.\n"We will strike," he said.'
    )
    assert who(text) == [("We will strike,", "Dwayne Fubler")]
