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


def test_a_noun_then_a_known_surname_calling_it_so_speaks():
    # "a problem Vanlandingham called "…"": a clause on the noun, its subject a surname the
    # text gives in full elsewhere
    text = (
        "Calder State coach Terry Vandam watched from the bench.\n"
        'The Falcons turned the ball over 17 times, a problem Vandam called "the one thing that will beat us in March."'
    )
    assert who(text)[-1] == ("the one thing that will beat us in March.", "Terry Vandam")


def test_a_noun_then_a_capital_calling_it_must_not_fire_on_names_given():
    # a title or a product named, a capital that is nobody's surname, a group called something
    text = 'Nora Jones released the record in May, an album Jones called "Blue Rooms".'
    assert who(text) == [("Blue Rooms", None)]
    text = 'Tom Acme runs a shop. The shop sells a phone Acme called "the Nova".'
    assert who(text) == [("the Nova", None)]
    text = 'The hurricane, a storm Kalani called "the worst in memory," hit on Friday.'
    assert who(text) == [("the worst in memory,", None)]
    text = 'Gov. Dan Mercer vetoed the measure, a bill Republicans called "a tax on work."'
    assert who(text) == [("a tax on work.", None)]


def test_the_woman_who_gave_her_name_only_as():
    # a role ("the woman") after the verb, then the one name she gave: hers
    text = "\u2018We came for a birthday,\u2019 said the woman, who gave her name only as Nuala."
    assert who(text) == [("We came for a birthday,", "Nuala")]
    text = '"The water came in at night," said the vendor, identified only as Kofi, who sells yams.'
    assert who(text) == [("The water came in at night,", "Kofi")]


def test_the_woman_who_works_as_keeps_the_role():
    # must not fire: "as" for a job, a rank, or a name given by someone else
    text = '"We came for a birthday," said the woman, who works as a nurse.'
    assert who(text) == [("We came for a birthday,", "the woman")]
    text = '"Nobody warned us," said the mayor, who served as a captain in the navy.'
    assert who(text) == [("Nobody warned us,", "the mayor")]
    text = '"We were not told," said the driver, who was identified by police as Tom Reyes.'
    assert who(text) == [("We were not told,", "the driver")]


def test_another_reader_who_asked_not_to_be_named_writes():
    # an advice column's letters: a reader set up unnamed, then "she wrote"
    text = (
        '"Fifty-fifty is not a cop-out," Nadia Holt said.\n'
        'Another reader, who asked not to be named, took the opposite path. "I invested every spare dollar," she wrote.'
    )
    assert who(text)[-1] == ("I invested every spare dollar,", "another reader")
    text = 'Senator Tom Reyes took calls on the radio. One caller asked him whether the plan was "just a tax by another name."'
    assert who(text) == [("just a tax by another name.", "one caller")]


def test_readers_and_diners_are_no_speakers_where_nobody_speaks():
    # must not fire: a capitalised "Readers" addressed, a diner named in apposition
    text = 'Mayor Ann Obi spoke for an hour. Readers may remember the "Save Our Park" campaign of 2019.'
    assert who(text) == [("Save Our Park", None)]
    text = '"It was delicious," said Ann Obi, a diner at the next table.'
    assert who(text) == [("It was delicious,", "Ann Obi")]


def test_a_role_described_with_a_who_clause_is_the_participles_subject():
    # "the secretary, a former governor … who …, defended …, conceding": the role
    text = (
        "Interior Secretary Carolyn Maddow said the money was spent.\n"
        "The exchange set the tone for a tense hearing in which the secretary, a former governor of "
        "Nevada who was confirmed last year on a 54-46 vote, defended the department's record while "
        'conceding that hiring had "lagged badly."'
    )
    assert who(text)[-1] == ("lagged badly.", "Carolyn Maddow")


def test_a_description_after_an_object_is_not_taken_for_a_role_subject():
    # must not fire: the description follows an object with "a", not "the" and a role
    text = 'At the hall, the mayor met a farmer, a man who lost his herd in the flood, telling him the town would "rebuild."'
    assert who(text) == [("rebuild.", "a man")]


def test_a_columns_name_before_a_headline_quote_is_nobody():
    # "Your Money: '…?'": a column's name with a colon, not a speaker with one
    text = "Your Money: 'Should I pay off the mortgage or invest?' Planners weigh in\nA reader asks the oldest question."
    assert who(text, heads=2) == [("Should I pay off the mortgage or invest?", None)]
    text = 'My View: "The council has lost its way"'
    assert who(text) == [("The council has lost its way", None)]


def test_a_name_and_a_colon_still_speak():
    # must not fire: a person's name or a role and a name before the colon
    assert who('Mayor Dan Mercer: "We will rebuild."') == [("We will rebuild.", "Dan Mercer")]
    assert who('Trump: "We will win."') == [("We will win.", "Trump")]
