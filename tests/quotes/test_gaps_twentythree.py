"""Gaps twenty-three: readings known to be wrong, fixed with general rules. Every sentence
here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_the_agency_after_a_named_body_is_that_body():
    # "The WHO said … "…," the agency added": the one body quoted just before
    text = ('The WHO said "cases are rising".\n"We are worried," the WHO said.\n'
            'The agency added that "vaccines remain the best tool".\n"We urge calm," the agency said.')
    assert [s for _, s in who(text)] == ["WHO"] * 4
    assert speaker_names(text) == ["WHO"]
    text = 'The Red Cross said "aid is blocked".\n"We are trying," the organisation said.'
    assert who(text) == [("aid is blocked", "Red Cross"), ("We are trying,", "Red Cross")]
    text = 'NATO said "the drills will go ahead".\nAnn Obi, a teacher, said "we are scared".\n"We are ready," the body said.'
    assert who(text)[2] == ("We are ready,", "NATO")
    text = 'The Carrow Heritage Foundation said "the hall will reopen".\n"We are delighted," the group said.'
    assert who(text)[1] == ("We are delighted,", "Carrow Heritage Foundation")


def test_the_agency_stays_unnamed_with_two_bodies_a_person_or_its_own_group():
    # must not fire: two bodies spoke, a person is no agency, a group the text brings in
    text = 'The Red Cross said "aid is blocked". Kessel Ltd said "trucks are ready".\n"We are trying," the organisation said.'
    assert who(text)[2] == ("We are trying,", "the organisation")
    text = 'Ann Obi said "the law is unjust".\nThe group added that "people will suffer".'
    assert who(text) == [("the law is unjust", "Ann Obi"), ("people will suffer", "the group")]
    text = 'A group of parents said "the school is unsafe". The WHO said "cases are rising".\n"We are trying," the group said.'
    assert who(text)[2][1] != "WHO"
    text = 'The Carrow Commission said "the port will close".\n"It is a sad day," the company said.'
    assert who(text)[1] == ("It is a sad day,", "the company")


def test_an_alone_before_or_after_its_verb_is_a_given_name():
    # Vietnamese copy calls Nguyen Thi An "An" on second reference: no article before a verb
    first = "Nguyen Thi An told reporters the dam was safe.\n"
    assert who(first + '"There is no danger," An said.') == [("There is no danger,", "Nguyen Thi An")]
    assert who(first + '"There is no danger," said An.') == [("There is no danger,", "Nguyen Thi An")]
    assert who(first + 'An said "there is no danger".') == [("there is no danger", "Nguyen Thi An")]
    assert speaker_names(first + '"There is no danger," An added.') == ["Nguyen Thi An"]


def test_an_as_an_article_stays_an_article():
    # must not fire: "an official", "An added benefit"
    assert who('"There is no danger," an official said.') == [("There is no danger,", "an official")]
    assert who('An official said "there is no danger".') == [("there is no danger", "an official")]
    text = 'Nguyen Thi An told reporters the dam was safe.\n"It is sound." An added benefit is the "lake", Tom Pell said.'
    assert speaker_names(text) == ["Tom Pell"]


CAPTAIN = 'Ann Obi, the team captain, led the side for six years.\n"I loved every game," Obi said.\n'


def test_a_role_taken_over_goes_to_its_new_holder():
    # "Tom Pell is the captain now": "the captain" after it is his, not the one an
    # apposition first gave the role to
    text = CAPTAIN + 'Tom Pell is the captain now.\n"We will win the cup," the captain said.'
    assert who(text) == [("I loved every game,", "Ann Obi"), ("We will win the cup,", "Tom Pell")]
    assert speaker_names(text) == ["Ann Obi", "Tom Pell"]
    text = CAPTAIN + 'Tom Pell became captain in May.\n"We will win the cup," the captain said.'
    assert who(text)[1] == ("We will win the cup,", "Tom Pell")


def test_a_role_named_again_or_another_sides_stays_with_its_holder():
    # must not fire: the same holder again, another team's captain, the role as an
    # object, words inside a quote
    for mid in ("", "Ann Obi is the captain now.\n", "Tom Pell is the captain of Carrow FC.\n",
                "Tom Pell praised the captain.\n", "It is the captain who decides.\n",
                '"Tom Pell is the captain now," Obi said.\n'):
        text = CAPTAIN + mid + '"We will win the cup," the captain said.'
        assert who(text)[-1] == ("We will win the cup,", "Ann Obi"), mid


def test_the_role_read_again_after_a_later_take_over():
    # the role's holder at each mention: before the take-over the first holder, after it
    # the new one (the text is read once, on from the last mention)
    text = (
        CAPTAIN + '"We need a striker," the captain said.\n'
        'Tom Pell is the captain now.\n"We will win the cup," the captain said.\n'
        '"The fans are loud," the captain said.'
    )
    assert [speaker for _, speaker in who(text)] == ["Ann Obi", "Ann Obi", "Tom Pell", "Tom Pell"]
