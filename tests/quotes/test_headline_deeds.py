"""A headline's subject, an -ed word and a colon: what was done to someone ("Man jailed
after crash: '…'") names no speaker, but a deed with its object after it is the subject's
own, and so is what one is handed. Sentences and names are the project's own."""
from tests.quotes.reading import who

BODY = "\nThe standfirst is here.\nMayor Tom Pell said the plan was \"reckless\". Striker Joe Ames was banned for two games."


def first(headline):
    return who(headline + BODY, heads=2)[0]


def test_a_deed_with_its_object_is_the_subjects_own():
    assert first('Mayor Pell delivered a retort: "We are not moving"') == ("We are not moving", "Tom Pell")


def test_what_one_is_handed_one_speaks_of():
    assert first('Striker Ames handed a ban: "I am gutted"') == ("I am gutted", "Joe Ames")


def test_what_was_done_to_someone_still_names_no_speaker():
    assert first('Man jailed after crash: "He showed no remorse"') == ("He showed no remorse", None)
    assert first('Nearly 900,000 heaters recalled: "Stop using them"') == ("Stop using them", None)
