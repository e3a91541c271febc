"""Review of session seventeen's gap fixes: sentences near each new rule's trigger where it
must not take the speaker away (people, places and bodies made up)."""
from .reading import speaker_names, who


def test_a_bishops_name_in_apposition_after_the_title_and_see_is_the_speaker():
    # a bishop, like a duke or a mayor, named after the title and see is the one who spoke
    text = '"We must pray," said the Bishop of Carrow, Ann Obi.'
    assert who(text) == [("We must pray,", "Ann Obi")]
    text = '"We must pray," the Bishop of Carrow, Ann Obi, said.'
    assert who(text) == [("We must pray,", "Ann Obi")]
    text = '"We must pray," said the Archbishop of Westmark, Tom Pell.'
    assert who(text) == [("We must pray,", "Tom Pell")]
    text = 'The Bishop of Carrow, Ann Obi, said: "We must pray."'
    assert who(text) == [("We must pray.", "Ann Obi")]
    # (the title and see alone still name the bishop)
    text = '"We must pray," said the Bishop of Carrow.'
    assert who(text) == [("We must pray,", "Bishop of Carrow")]


def test_a_full_stop_after_a_short_name_ends_the_sentence_in_every_style():
    text = '"We will appeal," said lawyer Jo Ng. "It is unfair."'
    assert who(text) == [("We will appeal,", "Jo Ng"), ("It is unfair.", "Jo Ng")]
    text = '"We train every day," said the mayor, Ann Lo. She left.'
    assert who(text) == [("We train every day,", "Ann Lo")]
    text = '"We train every day," said Sen. Ann Obi.'
    assert who(text) == [("We train every day,", "Ann Obi")]


def test_a_fronted_phrase_keeps_a_name_set_off_after_the_role():
    # the place or the interviewer before the subject takes nothing from the role's own name
    for text in (
        'In Leeds, the minister, Tom Hale, said: "We will build the line."',
        'Speaking to the BBC, the minister, Tom Hale, said: "We will build the line."',
        'Speaking in London, the minister, Tom Hale, said: "We will build the line."',
        'Writing in The Carrow Times, the minister, Tom Hale, said: "We will build the line."',
    ):
        assert who(text) == [("We will build the line.", "Tom Hale")], text
    text = 'Speaking to Tom Hale, the minister said: "We will build it."'
    assert who(text) == [("We will build it.", "the minister")]
    text = 'Tom Hale, the prime minister, said: "We will win."'
    assert who(text) == [("We will win.", "Tom Hale")]


def test_a_field_word_before_a_role_leaves_a_possessive_name_alone():
    text = '"We won," said Olympic gold medallist Dana Reyes\'s coach, Tom Hale.'
    assert who(text) == [("We won,", "Tom Hale")]
    text = '"The vote failed," said Senate Majority Leader Tom Hale.'
    assert who(text) == [("The vote failed,", "Tom Hale")]


def test_the_constitution_party_and_a_constitution_minister_are_not_the_document():
    text = 'The Constitution Party said: "We will run."'
    assert who(text) == [("We will run.", "Constitution Party")]
    text = 'Constitution Minister Tom Hale said: "We will amend it."'
    assert who(text) == [("We will amend it.", "Tom Hale")]


def test_ministries_of_two_countries_or_of_two_kinds_stay_apart():
    text = ('The Westmark Labour Ministry said: "Jobs rose." '
            'The Carrow Ministry of Labour said: "Wages fell."')
    assert speaker_names(text) == ["Westmark Labour Ministry", "Carrow Ministry of Labour"]
    text = 'The Ministry of Health said: "Cases rose." The Health Department said: "Cases fell."'
    assert speaker_names(text) == ["Ministry of Health", "Health Department"]


def test_a_headline_body_word_before_a_role_without_a_named_holder():
    text = 'Club chairman quits\n"I am tired," the chairman said.'
    assert who(text, heads=1) == [("I am tired,", "the chairman")]
    text = 'Party leader hits back\n"It is a lie," said Ann Obi.'
    assert who(text, heads=1) == [("It is a lie,", "Ann Obi")]
