"""Guards on the rules of round twelve: ordinary news sentences that those rules, written
from a few sentences, read wrongly at first (an adversarial review). Sentences we wrote;
people, places and bodies made up."""
from .reading import speaker_names, who

COURT = "Court\nBail granted.\nMagistrate Joanna Vella granted bail.\n"
MATCH = "Match\nThey lost.\nThe coach, Tom Reyes, spoke after the game.\n"
PLANT = "Batteries\nMakers cut output.\n"


def test_a_group_before_of_is_no_she():
    # "a group of neighbours" is many people, though "group" is singular: no "she"
    for group in ("a group of neighbours", "a crowd of supporters", "a family of the victims",
                  "a number of relatives", "a team of lawyers for the victims"):
        text = COURT + f'Outside court, {group} said they were "angry". "We expected nothing else," she said.'
        assert who(text, 2)[-1][1] != group, group
    # one of a group still is: "a relative of the victims … he said"
    text = COURT + 'Outside court, a relative of the victims said the family was "angry". "We expected nothing else," he said.'
    assert who(text, 2)[-1] == ("We expected nothing else,", "a relative of the victims")


def test_a_persons_possessive_role_takes_no_name_from_the_phrase_before_it():
    # "In response to …, the United States, Ann Cole's right-hand woman rallied": no apposition
    text = ("Storm\nRain fell.\nIn response to the flooding in the United States, Mayor Ann Cole's right-hand "
            'woman rallied volunteers, saying: "We have to be ready."')
    assert who(text, 2)[0][1] != "United States"
    assert "United States" not in speaker_names(text, 2)
    # a name in apposition at the start of its sentence still is the role's
    text = ("Storm\nRain fell.\nJo Hart, Ann Cole's right-hand woman, ran the shelter.\n"
            'Later, Ann Cole\'s right-hand woman rallied volunteers, saying: "We have to be ready."')
    assert who(text, 2) == [("We have to be ready.", "Jo Hart")]


def test_asked_whether_then_a_reply_is_no_speaker():
    # "Asked whether …, his reply was short: "…"": a reply, an answer, says nothing itself
    for subject in ("his reply was one word", "the chairman's answer was one word", "his response was blunt"):
        text = MATCH + f'Asked whether the club could stay up, {subject}: "No."'
        assert who(text, 2) == [("No.", None)], subject
    # a person after it still speaks
    text = MATCH + 'Asked whether the club could stay up, the chairman, Ivo Marn, said only: "We will see."'
    assert who(text, 2) == [("We will see.", "Ivo Marn")]


def test_who_after_a_persons_link_is_the_person_linked_from():
    # "a lawyer for the defendant, who told Vella": the lawyer, not the defendant
    text = COURT + 'The court then heard from a lawyer for the defendant, who told Vella: "My client is innocent."'
    assert who(text, 2) == [("My client is innocent.", "a lawyer for the defendant")]
    assert "the defendant" not in speaker_names(text, 2)


def test_the_company_is_not_a_body_that_spoke_of_another_company():
    # the company answering is the one spoken of, not the analyst, agency or regulator
    for before in ("Analyst firm Brightline Research said Tovel Chem would cut jobs.",
                   "The European Commission said Tovel Chem had misled buyers.",
                   "Moody's Investors Service said Tovel Chem's debt was junk."):
        text = PLANT + before + ' "We disagree," the company said.'
        assert who(text, 2)[-1] == ("We disagree,", "the company"), before


def test_the_company_is_no_name_across_a_full_stop_or_after_of():
    # "Tovel Chem. The European Commission" is no name; "Energy" ends "Department of Energy"
    text = (PLANT + 'Regulators fined Tovel Chem. The European Commission said the firm had '
            '"misled consumers," the company said.')
    assert who(text, 2) == [("misled consumers,", "the company")]
    text = PLANT + 'The Department of Energy said it would fund the plant. "We welcome the grant," the company said.'
    assert who(text, 2) == [("We welcome the grant,", "the company")]


def test_a_plural_title_opening_a_bodys_name_stays_in_it():
    # "Advocates Without Borders", "Judges Farm Estate": a body's and a place's names
    text = 'Court\nBail granted.\nAdvocates Without Borders said the ruling was "a disgrace."'
    assert speaker_names(text, 2) == ["Advocates Without Borders"]
    text = 'Court\nBail granted.\nJudges Farm Estate, the developer, said the plan was "final."'
    assert speaker_names(text, 2) == ["Judges Farm Estate"]
