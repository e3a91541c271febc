"""Guards for round twenty's rules (class year, unnamed subject without a comma, headline
label quote), from an adversarial review. Every sentence is the project's own, every name
made up."""
from tests.quotes.reading import who


def test_class_year_is_not_the_coach_just_named():
    # the coach named between the player and "the junior": the junior is not the coach
    text = (
        "Kobe Ardmore ran for 140 yards. Coach Dale Fisk praised the line.\n"
        '"The line made it easy," the junior said.'
    )
    assert who(text)[0][1] != "Dale Fisk"
    text = (
        "Principal Rosa Diaz opened the assembly on Friday.\n"
        '"We need a later start time," the senior said.'
    )
    assert who(text)[0][1] != "Rosa Diaz"
    # the grown-up named last, by title or in apposition
    text = (
        "Student Jonah Pike and board member Alice Brandt both spoke Tuesday.\n"
        '"We need a later start time," the senior said.'
    )
    assert who(text)[0][1] != "Alice Brandt"
    text = (
        "Jalen Cole threw three touchdowns, and Dale Fisk, the team's coach, was pleased.\n"
        '"We are not done," the junior said.'
    )
    assert who(text)[0][1] != "Dale Fisk"


def test_class_year_still_the_player():
    text = "Mara Quint scored 31 points.\n\"We played together,\" the senior said."
    assert who(text) == [("We played together,", "Mara Quint")]


def test_unnamed_person_is_no_speaker_when_the_sentence_credits_another():
    # "…, Principal Rosa Diaz said.": the teacher is the subject of "filed", not of "said"
    text = (
        "A teacher who asked not to be named filed the complaint, Principal Rosa Diaz said. "
        '"We take it seriously," she said.'
    )
    assert who(text) == [("We take it seriously,", "Rosa Diaz")]
    text = (
        "A teacher who asked not to be named said staff were split. "
        '"Half of us love it," she said.'
    )
    assert who(text) == [("Half of us love it,", "a teacher")]


def test_headline_label_needs_whole_words_not_asked_back():
    # "No dealer …" does not open with the words "No deal"
    text = (
        "'No deal': talks collapse at midnight\nTalks broke down Monday.\n"
        '"No dealer in this town would sell at that price," said Vic Amos, who owns a lot.'
    )
    assert who(text, heads=2)[0] == ("No deal", None)
    # a neighbour asking a sign's words back ("Keep out? …") is not saying them
    text = (
        "'Keep Out': the sign that divided a town\nThe sign went up in May on Route 9.\n"
        "Owner Carl Dunn said he put it up after thefts.\n"
        'Neighbor Rita Sale said it was rude. "Keep out? We are neighbors," she said.'
    )
    assert who(text, heads=2)[0] == ("Keep Out", None)
