"""Gaps twenty-one: readings known to be wrong, fixed with general rules. Every sentence
here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_a_capitalised_head_of_a_body_with_no_name_is_the_office():
    # "The Head of the Secret Service said": an office over a body, unnamed, not "The Head"
    text = 'The Head of the Secret Service said the plan was "reckless".'
    assert who(text) == [("reckless", "the Head of the Secret Service")]
    text = 'The Head of Security said the plan was "reckless".\n"It will fail," the Head of Security added.'
    assert speaker_names(text) == ["the Head of Security"]


def test_a_head_of_a_body_then_the_name_is_still_the_name():
    # must not fire: the name after the office is the speaker's
    text = 'The Head of the Secret Service Ann Hosk said the plan was "reckless".'
    assert who(text) == [("reckless", "Ann Hosk")]
    text = 'Head of the Secret Service Ann Hosk said the plan was "reckless".'
    assert who(text) == [("reckless", "Ann Hosk")]


def test_a_portfolio_of_two_then_the_name_after_the_quote():
    # "said Minister of Water and Sanitation Ann Hosk": the portfolio's second word is no
    # name's, the name after it speaks
    text = '"The plan is reckless," said Minister of Water and Sanitation Ann Hosk.'
    assert who(text) == [("The plan is reckless,", "Ann Hosk")]
    text = '"The plan is reckless," said Commissioner for Energy and Climate Action Piet Veld.'
    assert who(text) == [("The plan is reckless,", "Piet Veld")]
    text = 'Minister of Lands and Forestry Piet Veld said the plan was "reckless".'
    assert who(text) == [("reckless", "Piet Veld")]


def test_a_portfolio_of_two_with_no_name_is_the_office():
    # must not fire: the office alone stays the office, and a second person after the
    # name's "and" is no portfolio
    text = '"The plan is reckless," said the Minister of Water and Sanitation.'
    assert who(text) == [("The plan is reckless,", "the Minister of Water and Sanitation")]
    text = '"The plan is reckless," said Minister of Water Ann Hosk.'
    assert who(text) == [("The plan is reckless,", "Ann Hosk")]


def test_a_body_whose_fields_an_and_pairs_then_the_person():
    # "the Union of Doctors and Pharmacists Tom Pell": the body's two fields, then his name
    text = '"The plan is reckless," said the Union of Doctors and Pharmacists Tom Pell.'
    assert who(text) == [("The plan is reckless,", "Tom Pell")]
    text = 'The Union of Doctors and Pharmacists Tom Pell said the plan was "reckless".\n"It is wrong," Pell said.'
    assert speaker_names(text) == ["Tom Pell"]


def test_a_body_whose_fields_an_and_pairs_alone_is_the_body():
    # must not fire: the body with no name after it stays the body; two people stay two
    text = '"The plan is reckless," said the Union of Doctors and Pharmacists.'
    assert who(text) == [("The plan is reckless,", "Union of Doctors and Pharmacists")]
    text = 'Tom Jones and Charles Evans Pell said the plan was "reckless".'
    assert who(text)[0][1] != "Evans Pell"


def test_two_offices_joined_then_the_name_after_the_quote():
    # "said the Minister of Health and Deputy Prime Minister Ana Roos": she speaks, not the
    # first office alone
    for credit in ('said the Minister of Health and Deputy Prime Minister Ana Roos.',
                   'the Minister of Health and Deputy Prime Minister Ana Roos said.'):
        text = f'"The plan is reckless," {credit}'
        assert who(text) == [("The plan is reckless,", "Ana Roos")], credit
    text = 'The Minister of Health and Deputy Prime Minister Ana Roos said the plan was "reckless".'
    assert who(text) == [("reckless", "Ana Roos")]


def test_an_office_holder_named_before_the_and_keeps_the_credit():
    # must not fire: a name after the first office is the first holder's, whoever follows;
    # and two offices with no name stay the first office
    text = '"The plan is reckless," said Minister of Health Ana Roos and Deputy Prime Minister Tom Pell.'
    assert who(text) == [("The plan is reckless,", "Ana Roos")]
    text = '"The plan is reckless," said the Minister of Health and Deputy Prime Minister.'
    assert who(text) == [("The plan is reckless,", "the Minister of Health")]


def test_the_many_of_a_body_speak_after_a_linking_opener():
    # "Meanwhile aid agencies said": the plural of a body that speaks, as "groups" does
    for opener in ("Meanwhile", "But,", "Elsewhere"):
        text = f'{opener} aid agencies said the plan was "reckless".'
        assert who(text) == [("reckless", "aid agencies")], opener
    text = 'Aid agencies said the plan was "reckless".'
    assert who(text) == [("reckless", "Aid agencies")]
    text = 'Meanwhile agencies said the plan was "reckless".'
    assert who(text) == [("reckless", "agencies")]


def test_a_single_agency_named_stays_the_agency():
    # must not fire: a named body keeps its name
    text = 'Meanwhile the Westmark Aid Agency said the plan was "reckless".'
    assert who(text) == [("reckless", "Westmark Aid Agency")]


def test_a_member_by_the_seat_then_the_name():
    # "The MP for Bath Jo Pike said": the seat, then the member's name
    text = 'The MP for Bath Jo Pike said the plan was "reckless".'
    assert who(text) == [("reckless", "Jo Pike")]
    text = '"The plan is reckless," said the MP for Bath Jo Pike.'
    assert who(text) == [("The plan is reckless,", "Jo Pike")]
    text = 'The MP for North Bath Jo Pike said the plan was "reckless".\n"No," Pike said.'
    assert speaker_names(text) == ["Jo Pike"]


def test_a_member_by_the_seat_alone_stays_the_member():
    # must not fire: no name after the seat keeps the member by the seat
    text = 'The MP for Bath said the plan was "reckless".'
    assert who(text) == [("reckless", "the MP for Bath")]


def test_a_month_or_a_day_between_the_name_and_the_verb_after_the_quote():
    # "'Prices rose,' Anna Pell in May said": when she spoke, no part of her name
    for when in ("in May", "on Monday", "last week"):
        text = f'"Prices rose," Anna Pell {when} said.'
        assert who(text) == [("Prices rose,", "Anna Pell")], when


def test_a_body_then_its_link_after_the_quote_keeps_its_whole_phrase():
    # must not fire: a role's link to a body is no time
    text = '"Prices rose," a spokesman for Westmark Dairies said.'
    assert who(text) == [("Prices rose,", "a spokesman for Westmark Dairies")]


def test_a_role_from_two_bodies_is_the_unnamed_group():
    # "Reporters from the Guardian and Times said": the reporters speak, not an outlet
    text = 'Reporters from the Guardian and Times said the plan was "reckless".'
    assert who(text) == [("reckless", "reporters from the Guardian and Times")]
    text = 'Reporters from the Guardian and the Westmark Times said the plan was "reckless".'
    assert who(text) == [("reckless", "reporters from the Guardian and the Westmark Times")]
    text = '"The plan is reckless," reporters from the Guardian and Times said.'
    assert who(text) == [("The plan is reckless,", "reporters from the Guardian and Times")]


def test_a_person_after_the_and_is_no_body_of_the_role():
    # must not fire: a full name after the "and" is a second subject, or a second listed
    text = 'Reporters from the Guardian and Tom Pell said the plan was "reckless".'
    assert who(text) == [("reckless", "Tom Pell")]
    text = '"The plan is reckless," said reporters from the Guardian and Tom Pell.'
    assert who(text) == [("The plan is reckless,", "reporters from the Guardian")]


def test_the_honorific_picks_the_first_named_over_her_relative():
    # an obituary: "Ann Hosk … Her son, Tom Hosk, said … Mrs Hosk once said": Mrs Hosk is
    # Ann, whose son he is, not Tom
    text = ('Ann Hosk, a teacher, died on Monday.\nHer son, Tom Hosk, said she was "a giant".\n'
            'Mrs Hosk once said: "Teaching is a joy."')
    assert who(text) == [("a giant", "Tom Hosk"), ("Teaching is a joy.", "Ann Hosk")]
    text = ('Tom Hosk, a teacher, died on Monday.\nHis daughter, Ann Hosk, said he was "a giant".\n'
            'Mr Hosk once said: "Teaching is a joy."')
    assert who(text) == [("a giant", "Ann Hosk"), ("Teaching is a joy.", "Tom Hosk")]


def test_the_relatives_own_honorific_stays_the_relative():
    # must not fire: "Mr Hosk" is the son the honorific fits; a bare surname keeps its reading
    text = ('Ann Hosk, a teacher, died on Monday.\nHer son, Tom Hosk, said she was "a giant".\n'
            'Mr Hosk said: "She was kind."')
    assert who(text)[1] == ("She was kind.", "Tom Hosk")


def test_a_counted_time_owned_inside_an_unnamed_description():
    # "One deckhand with 14 years' service said": the whole description, not cut at the mark
    for mark in ("'", "’"):
        text = f'One deckhand with 14 years{mark} service said the ship was "unsafe".'
        assert who(text) == [("unsafe", f"one deckhand with 14 years{mark} service")], mark
    text = "\"The ship is unsafe,\" said one deckhand with 14 years' service."
    assert who(text) == [("The ship is unsafe,", "one deckhand with 14 years' service")]


def test_a_named_speaker_before_a_counted_time_keeps_the_name():
    # must not fire: the time after a name is no part of it; a plural owner's body stays whole
    text = "\"The ship is unsafe,\" said Tom Pell after 14 years' service."
    assert who(text) == [("The ship is unsafe,", "Tom Pell")]
    text = "The players' union said the ship was \"unsafe\"."
    assert who(text) == [("unsafe", "the players' union")]


def test_a_charge_and_accused_in_a_headline_is_no_named_speaker():
    # "Murder accused 'lied to police', court told": an unnamed defendant, no "Murder"
    for charge in ("Murder", "Fraud", "Rape"):
        text = f"{charge} accused 'lied to police', court told\nA man lied to detectives, a court heard."
        assert who(text, heads=1) == [("lied to police", None)], charge
        assert speaker_names(text, heads=1) == []
    text = 'The murder accused told the jury he was "innocent".'
    assert who(text)[0][1] != "the murder"


def test_one_who_accuses_still_speaks():
    # must not fire: a person or an office before "accused" accuses
    text = "Ann Hosk accused the minister of being 'reckless'.\nShe spoke on Monday."
    assert who(text) == [("reckless", "Ann Hosk")]
