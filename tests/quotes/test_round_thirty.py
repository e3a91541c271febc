"""Round thirty: a Commons select committee, a Senate hearing, a news agency's exclusive, a
space probe, a restaurant review, a port arbitration, a college basketball game and a money
column. Every sentence here is the project's own, every name made up."""
from tests.quotes.reading import who


def test_who_after_a_clause_verb_means_the_name_before_it():
    # the sentence's subject has a name set off by commas, then its verb: the "who" after
    # the agent of "launched by" is that agent, not the subject's apposition
    text = (
        "The unit, known internally as Project Tarn, was launched in 2022 by then-chief executive "
        'Ola Brekke, who called it "the heart of the company\'s future" at the time.'
    )
    assert who(text) == [("the heart of the company's future", "Ola Brekke")]
    text = 'The mayor, Ann Obi, was joined on stage by Tom Reyes, who called the bridge "a lifeline for the valley".'
    assert who(text) == [("a lifeline for the valley", "Tom Reyes")]


def test_who_after_an_apposition_still_means_the_name_before_the_apposition():
    # must not fire: a role set off after the name is still cut away
    text = '"We are ready," said Theo Marsk, an analyst at Halvard Securities, who called the deal "a bargain".'
    assert who(text) == [("We are ready,", "Theo Marsk"), ("a bargain", "Theo Marsk")]
    text = 'Ann Obi, the mayor, who has led the council since 2019, called the bridge "a lifeline".'
    assert who(text) == [("a lifeline", "Ann Obi")]
