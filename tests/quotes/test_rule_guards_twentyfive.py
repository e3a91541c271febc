"""Sentences that broke round twenty-five's rules as first written (review rv25), each with
the right reading. Sentences we wrote; people, places and bodies made up."""
from .reading import who


def test_a_name_set_off_by_two_far_apart_dashes_is_no_dateline():
    # the Title Case dateline rule read "Amara Obi -" as a place, leaving "Chair" the speaker
    text = ('Amara Obi - Chair of the Finance Committee, which oversees spending by the city government '
            'and its agencies - said: "The numbers do not add up."')
    assert who(text) == [("The numbers do not add up.", "Amara Obi")]
    # (an abbreviation's stop between the dashes ends no sentence)
    text = ('Amara Obi - Chair of the committee that Dr. Ken Ade led for a decade until 2019 - said: '
            '"The numbers do not add up."')
    assert who(text) == [("The numbers do not add up.", "Amara Obi")]
    # a place and its dash before a sentence with no second dash still goes
    text = ("Rabat - Morocco's minister of equipment, Nadia Alami, said on Monday the dam would open in June. "
            '"It is ready," she said.')
    assert who(text) == [("It is ready,", "Nadia Alami")]


def test_said_by_email_is_the_verb():
    # the participle rule made "a spokeswoman said by email" no cue
    text = '"We will not close the plant," a spokeswoman said by email on Monday.'
    assert who(text) == [("We will not close the plant,", "a spokeswoman")]


def test_one_council_member_states_is_a_verb():
    # the 'member states' rule read "a council member states that" as the countries
    text = 'A letter from a council member states that the vote was "rigged and unfair".'
    assert who(text) == [("rigged and unfair", "a letter from a council member")]
    # "the member states" are still the countries, no verb
    text = 'The member states of the bloc had agreed the "broad outline" of the deal.'
    assert who(text) == [("broad outline", None)]


def test_a_person_or_body_before_a_verb_and_by_speaks():
    # the participle rule made "announced" and "quoted" after a person or a body no cue
    text = 'The company announced by press release on Monday that "the deal is off."'
    assert who(text) == [("the deal is off.", "the company")]
    text = '"No one told us," a resident quoted by the paper said.'
    assert who(text) == [("No one told us,", "a resident")]


def test_a_title_case_headline_s_says_leaves_the_name_before_it():
    # the 'Says' rule dropped the whole name, so "the minister" named no one
    text = 'Finance Minister Ana Reis Says Budget Is Safe\n"We have the money," the minister told reporters.'
    assert who(text, 1) == [("We have the money,", "Ana Reis")]
