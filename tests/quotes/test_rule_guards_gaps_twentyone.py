"""Guards for gaps twenty-one's rules: near misses where a careless version of each rule
would fire. Every sentence here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


# 21.1: a capitalised Head of a body with no name is the office
def test_head_of_a_body_with_its_holder_in_apposition_is_the_holder():
    text = 'The Head of the Secret Service, Ann Hosk, said the plan was "reckless".'
    assert who(text) == [("reckless", "Ann Hosk")]


def test_the_head_of_a_club_is_the_office_not_the_head():
    text = 'The Head of the Westmark Rowing Club said the race was "a triumph".'
    assert who(text) == [("a triumph", "the Head of the Westmark Rowing Club")]


# 21.3, 21.4: a portfolio's second word after its "and"
def test_a_portfolios_second_word_opening_a_body_after_a_name_is_the_body():
    # "Conservation", "Action" open a body's name after a person's "and", no portfolio
    text = 'The Minister of Health Ann Hosk and Conservation International said the plan was "reckless".'
    assert who(text) == [("reckless", "Conservation International")]
    text = '"The plan is reckless," said Secretary of State Tom Pell and Conservation Westmark.'
    assert who(text) == [("The plan is reckless,", "Tom Pell")]


def test_action_after_a_portfolios_and_opens_a_body():
    text = '"The plan is reckless," said the Department of Justice and Action Westmark.'
    assert who(text) == [("The plan is reckless,", "Department of Justice")]
    text = '"The plan is reckless," said Minister of Water Tom Pell and Action Aid\'s Ann Hosk.'
    assert who(text) == [("The plan is reckless,", "Tom Pell")]


def test_a_second_word_after_a_portfolio_still_joins_it():
    text = '"The plan is reckless," said Minister of Water and Sanitation Ann Hosk and Senator Tom Pell.'
    assert who(text) == [("The plan is reckless,", "Ann Hosk")]


# 21.2: a body whose fields an "and" pairs, then a person's name
def test_a_place_ending_a_bodys_name_is_no_person():
    text = '"The plan is reckless," said the Union of Doctors and Nurses New Zealand.'
    assert who(text) == [("The plan is reckless,", "Union of Doctors and Nurses New Zealand")]
    text = 'The Federation of Farmers and Growers North Wales said the plan was "reckless".'
    assert speaker_names(text) == ["Federation of Farmers and Growers North Wales"]


def test_a_bodys_paired_fields_then_a_portfolios_name():
    text = '"The plan is reckless," said the Chamber of Commerce and Industry Ann Hosk.'
    assert who(text) == [("The plan is reckless,", "Ann Hosk")]


# 21.5: two offices an "and" joins, then a name
def test_a_form_of_address_after_an_offices_and_is_a_second_person():
    # "Dr", "Professor", "Senator" alone address someone else; the first office keeps it
    for second in ("Dr Ann Hosk", "Professor Ann Hosk of Arden University"):
        text = f'"The plan is reckless," said the Minister of Health and {second}.'
        assert who(text) == [("The plan is reckless,", "the Minister of Health")], second
    text = '"The plan is reckless," said the Secretary of State and Senator Tom Pell.'
    assert who(text) == [("The plan is reckless,", "the Secretary of State")]


def test_an_office_of_two_words_after_the_and_still_names_her():
    text = '"The plan is reckless," said the Minister for Health and Deputy Leader Ana Roos.'
    assert who(text) == [("The plan is reckless,", "Ana Roos")]


# 21.7: the many of a body speak as groups do
def test_a_titles_word_opening_a_plural_of_bodies_is_no_name():
    # "Local" is a title's word (a union's Local), not a person's name before "councils"
    for group in ("Local councils", "Local authorities", "Local agencies"):
        text = f'{group} said the plan was "reckless".'
        assert who(text) == [("reckless", group.lower())], group  # (a group opening a sentence is shown in small letters)
    assert who('Union officials said the plan was "reckless".') == [("reckless", "union officials")]
    text = 'Local councils said the plan was "reckless".\n"It will fail," they said.'
    assert speaker_names(text) == ["local councils"]


def test_a_body_of_companies_keeps_its_name_and_the_plural_in_a_clause_is_no_subject():
    assert who('Companies House said the filing was "late".') == [("late", "Companies House")]
    text = '"The plan is reckless," Tom Pell, who runs three companies, said.'
    assert who(text) == [("The plan is reckless,", "Tom Pell")]


# 21.8: a member by the seat, then the name
def test_a_member_by_the_seat_in_apposition_and_a_senator_for_a_state():
    text = 'Tom Pell, the MP for Bath, said the plan was "reckless".'
    assert who(text) == [("reckless", "Tom Pell")]
    text = 'Senator for Tasmania Ann Hosk said the plan was "reckless".'
    assert who(text) == [("reckless", "Ann Hosk")]


# 21.9: a month, a day or last week between a name and its verb after a quote
def test_a_place_or_a_clause_after_the_name_is_no_time():
    text = '"Prices rose," Anna Pell, who in May said she would resign, told reporters.'
    assert who(text) == [("Prices rose,", "Anna Pell")]
    text = '"Prices rose," the Union of Teachers in March said.'
    assert who(text) == [("Prices rose,", "Union of Teachers")]


# 21.6: a role from two bodies an "and" joins
def test_a_role_for_two_bodies_and_a_name_after_the_second():
    text = 'A spokesman for the Guardian and Times said the plan was "reckless".'
    assert who(text) == [("reckless", "a spokesman for the Guardian and Times")]
    text = 'Experts from the UN and Tom Pell said the plan was "reckless".'
    assert who(text) == [("reckless", "Tom Pell")]


# 21.10: an honorific of the other sex than a relative sharing the surname
def test_the_honorific_skips_a_relative_of_the_other_sex():
    # Mr Hosk is neither his wife Ann nor his daughter Kate: Tom, named before them
    text = ('Tom Hosk and his wife, Ann Hosk, ran the farm.\nHis daughter, Kate Hosk, said he was "a giant".\n'
            'Mr Hosk once said: "Farming is a joy."')
    assert who(text) == [("a giant", "Kate Hosk"), ("Farming is a joy.", "Tom Hosk")]


def test_a_bare_surname_after_a_relative_keeps_its_reading():
    text = ('Ann Hosk, a teacher, died on Monday.\nHer son, Tom Hosk, said she was "a giant".\n'
            'Hosk said: "She was kind."')
    assert who(text)[1] == ("She was kind.", "Tom Hosk")


# 21.11: a counted time's possessive inside an unnamed description
def test_a_counted_time_after_a_name_or_after_the_verb_is_no_description():
    text = "Tom Pell, with 14 years' service, said the ship was \"unsafe\"."
    assert who(text) == [("unsafe", "Tom Pell")]
    text = "The crew said 14 years' neglect had left the ship \"unsafe\"."
    assert who(text) == [("unsafe", "the crew")]


# 21.12: a charge before accused is a defendant's description
def test_a_verb_before_the_charged_description_still_speaks():
    text = 'Prosecutors said the murder accused had "lied" to police.'
    assert who(text) == [("lied", "prosecutors")]
    text = 'Ann Hosk said the fraud accused was "a liar".'
    assert who(text) == [("a liar", "Ann Hosk")]


def test_a_charge_word_before_accused_and_its_object_is_one_accusing():
    text = 'Critics of the drug accused the firm of "hiding data".'
    assert who(text) == [("hiding data", "critics of the drug")]
