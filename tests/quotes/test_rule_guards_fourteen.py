"""Guards on the rules of round fourteen: ordinary news sentences that those rules, written
from a few sentences, read wrongly at first (an adversarial review). Sentences we wrote;
people, places and bodies made up."""
from .reading import speaker_names, who


def test_an_asked_clause_whose_subject_hands_the_question_on_leads_into_no_quote():
    # "Asked …, she laughed." leads into her quote; a subject who passes the question to
    # someone else (or hangs up) does not speak the quote that follows
    for main in ("she deferred to her spokesman.", "Lind directed reporters to the city attorney.",
                 "she passed the microphone to her deputy.",
                 "Lind hung up."):
        text = ("Audit\n"
                "Mayor Ada Lind faces a vote on Tuesday.\n"
                f"Asked about the audit, {main}\n"
                "\"The audit was lawful in every respect.\"")
        assert who(text) == [("The audit was lawful in every respect.", None)], main
    # (a gesture still leads in)
    text = ("Audit\n"
            "Mayor Ada Lind faces a vote on Tuesday.\n"
            "Asked about the audit, she let out a sigh.\n"
            "\"We have nothing to hide.\"")
    assert who(text) == [("We have nothing to hide.", "Ada Lind")]


def test_a_short_sentence_handing_the_question_on_leads_into_no_quote():
    text = ("Audit\n"
            "Mayor Ada Lind faces a vote on Tuesday.\n"
            "Lind deferred to her spokesman.\n"
            "\"The mayor has full confidence in the auditors.\"")
    assert who(text) == [("The mayor has full confidence in the auditors.", None)]


def test_a_name_after_and_is_not_inside_the_relative_clause_before_it():
    # "the nurses who treated her and Dr. Tom Reyes said": the and opens a clause of his own
    text = 'She thanked the nurses who treated her and Dr. Tom Reyes said the recovery was "remarkable".'
    assert who(text) == [("remarkable", "Tom Reyes")]
    text = 'Lind praised the voters who elected her and Sen. Tom Reyes called the result "historic".'
    assert who(text) == [("historic", "Tom Reyes")]


def test_the_name_right_after_whose_and_its_noun_is_that_noun_and_speaks():
    # "whose principal Dana Roe": the name is the principal, the subject of described
    text = 'The school whose principal Dana Roe described the report as "unfair" will appeal.'
    assert who(text) == [("unfair", "Dana Roe")]
    # (a clause of its own after the whose and its noun still hangs on the noun)
    text = 'Parents whose son plays for coach Ada Lind said she was "a saint".'
    assert who(text) == [("a saint", "parents")]


def test_a_description_with_a_relative_clause_stands_for_the_name_before_it():
    # "Geoff Vane, a pollster who works with X, said": the speaker is the name, not the description
    text = ('Geoff Vane, a Democratic pollster who is working with Harlow Forward, a local PAC, '
            'said the race was "wide open".')
    assert who(text) == [("wide open", "Geoff Vane")]
    text = ('Marty Vell, an education professor at Dunmore who once worked for Sen. Ada Lind (D-Ore.), '
            'one of the bill\'s authors, called it "a landmark".')
    assert who(text) == [("a landmark", "Marty Vell")]
    # (not a place the sentence opens with)
    text = 'In Harlow, Marty Vell, a professor who worked for Sen. Ada Lind, called it "a landmark".'
    assert who(text) == [("a landmark", "Marty Vell")]


def test_the_relative_clause_rule_keeps_the_people_it_hangs_on():
    text = 'Relatives of the man who killed Officer Dan Kerr said they felt "betrayed".'
    assert who(text) == [("betrayed", "relatives of the man")]
    text = 'A lawyer for the woman who sued Mayor Ada Lind said the case was "far from over".'
    assert who(text) == [("far from over", "a lawyer for the woman")]


def test_coun_opening_a_bodys_name_stays_in_it():
    text = 'The Coun Valley Trust said the plan was "unlawful".'
    assert speaker_names(text) == ["Coun Valley Trust"]
