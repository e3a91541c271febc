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
