"""Guards on the rules of round thirteen: ordinary news sentences that those rules, written
from a few sentences, read wrongly at first (an adversarial review). Sentences we wrote;
people, places and bodies made up."""
from .reading import speaker_names, who

H = "Headline\nStandfirst here.\n"


def test_an_unnamed_worker_whose_who_clause_leads_to_no_speech_is_no_candidate():
    # "A worker at the plant, who was injured, was taken to hospital": the manager said it
    text = (H + 'Pat Obi, the plant manager, said the fire started at noon. A worker at the plant, who was '
            'injured, was taken to hospital. "We are checking the wiring," he said.')
    assert who(text, 2) == [("We are checking the wiring,", "Pat Obi")]
    text = (H + 'Pat Obi, the plant manager, said the fire started at noon. A man from Harlow, who was '
            'driving by, called the police. "We are checking the wiring," he said.')
    assert who(text, 2) == [("We are checking the wiring,", "Pat Obi")]
    # the who clause then a verb of speech still makes the worker the candidate
    text = (H + 'Pat Obi said the fire started at noon. A teacher at the school, who asked not to be named, '
            'said children were safe. "They are safe," she said.')
    assert who(text, 2) == [("They are safe,", "a teacher at the school")]


def test_a_bodys_name_in_apposition_to_a_role_is_no_person():
    # "The chief executive of the lender, Harlow Bank, said": the bank is the lender, not her
    text = (H + 'The chief executive of the lender, Harlow Bank, said profits fell. '
            '"We are struggling," she said.')
    assert who(text, 2) == [("We are struggling,", "the chief executive")]
    # a person's name there still stands for the role
    text = (H + 'The chief executive of the lender, Dana Wirth, said profits fell. '
            '"We are struggling," she said.')
    assert who(text, 2) == [("We are struggling,", "Dana Wirth")]


def test_a_name_after_of_the_company_is_its_official_only_after_a_role():
    # "Shares of the company Harlow Steel fell": the name is the company's own
    text = H + 'Shares of the company Harlow Steel fell. "We are fine," the company said.'
    assert who(text, 2) == [("We are fine,", "Harlow Steel")]
    assert speaker_names(text, 2) == ["Harlow Steel"]
    # after a role it is the body's official: "the company" stays the company
    text = H + 'The director of the company Dana Wirth spoke on Monday. "We are fine," the company said.'
    assert who(text, 2) == [("We are fine,", "the company")]
