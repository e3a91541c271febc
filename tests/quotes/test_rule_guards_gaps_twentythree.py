"""Guards for the rules of gaps twenty-three: near misses of ordinary news prose where a
careless reading would misfire. Every sentence is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who

CAPTAIN = 'Ann Obi, the team captain, led the side for six years.\n"I loved every game," Obi said.\n'
CUP = '"We will win the cup," the captain said.'


def test_the_company_is_no_ministry_or_union():
    # a ministry named with "of" is no company, nor is a union
    text = 'The Ministry of Health said "beds are short".\n"We have hired more staff," the company said.'
    assert who(text)[1] == ("We have hired more staff,", "the company")
    text = 'The Carrow Nurses Union said "staff are exhausted".\n"We cannot go on," the company said.'
    assert who(text)[1] == ("We cannot go on,", "the company")


def test_the_company_after_a_firm_and_a_ministrys_officials_is_the_firm():
    text = ('Kessel Ltd said "the plant will close". Officials at the Ministry of Trade said "talks go on".\n'
            '"We regret it," the company said.')
    assert who(text)[2] == ("We regret it,", "Kessel Ltd")


def test_the_group_of_people_the_text_brings_in_is_not_the_body():
    text = ('A group of residents met on Monday. The Carrow Council said "the road will close".\n'
            '"We were never asked," the group said.')
    assert who(text)[1] == ("We were never asked,", "the group")
    text = 'The WHO said "cases are rising".\nA group of nurses gathered outside. "We are tired," the group said.'
    assert who(text)[1] == ("We are tired,", "the group")


def test_the_body_in_copy_about_a_death_is_no_organisation():
    text = ('The Carrow Police Service said "the woman was last seen on Friday". The body was found at dawn '
            'and an inquest will open.\n"We are still appealing for witnesses," the body said.')
    assert who(text)[1][1] != "Carrow Police Service"


def test_the_organisation_after_two_bodies_in_one_subject_stays_unnamed():
    text = 'The Red Cross and the Carrow Council said "aid is late".\n"We are trying," the organisation said.'
    assert who(text)[1] == ("We are trying,", "the organisation")


def test_a_body_named_only_inside_a_quote_is_not_the_organisation():
    text = 'Ann Obi said "the Red Cross told us help would come".\n"We are trying," the organisation said.'
    assert who(text)[1] == ("We are trying,", "the organisation")


def test_an_opening_a_sentence_stays_an_article():
    assert who('An official said "there is no danger".') == [("there is no danger", "an official")]
    text = '"Talks are over." An estimated 300 people said "we want the road reopened".'
    assert who(text)[1] == ("we want the road reopened", "an estimated 300 people")


def test_an_said_to_or_told_to_is_a_passive_not_a_name():
    # "An said to be …", "An told to …": no name before a passive's "to"
    text = 'Nguyen Thi An runs the mill.\n"We are close," An told to leave the room, Tom Pell said.'
    assert who(text) == [("We are close,", "Tom Pell")]
    text = 'Nguyen Thi An runs the mill.\nAn said to be planning a bid, Tom Pell said "we are close".'
    assert who(text) == [("we are close", "Tom Pell")]


def test_irish_an_before_a_body_or_office_is_not_nguyen_thi_an():
    first = 'Nguyen Thi An runs the mill.\n'
    assert "Nguyen Thi An" not in [s for _, s in who(first + 'An Garda Síochána said "enquiries continue".')]
    assert "Nguyen Thi An" not in [s for _, s in who(first + '"It is sound," said An Post.')]


def test_a_kin_or_possessive_of_the_role_is_no_take_over():
    assert who(CAPTAIN + "Tom Pell is the captain's brother.\n" + CUP)[-1] == ("We will win the cup,", "Ann Obi")


def test_a_past_or_hypothetical_take_over_leaves_the_role_with_its_holder():
    for mid in ("Tom Pell became captain in 2019 before Obi took over in 2020.\n",
                "Tom Pell became captain in 2019 and left in 2021.\n",
                "If Tom Pell became captain, things would change.\n",
                "Tom Pell could become captain next year.\n"):
        assert who(CAPTAIN + mid + CUP)[-1] == ("We will win the cup,", "Ann Obi"), mid


def test_the_new_captain_of_another_side_does_not_take_the_role():
    text = CAPTAIN + "Tom Pell, the new captain of Carrow FC, was at the game.\n" + CUP
    assert who(text)[-1][1] != "Tom Pell"
