"""Round twenty: US local news (school board, county commission, prep football,
sentencing, weather service, small business, legislative hearing, wildfire meeting).
Every sentence here is the project's own, every name made up."""
from tests.quotes.reading import who, speaker_names


def test_class_year_is_the_player_just_named():
    text = (
        "Kobe Ardmore ran for 140 yards and two scores.\n"
        "\u201cThe line made it easy tonight,\u201d the junior said.\n"
        "Lena Fairbrook hit the winning shot with four seconds left.\n"
        '"I just wanted the ball," said the sophomore, who finished with 22 points.'
    )
    assert who(text) == [
        ("The line made it easy tonight,", "Kobe Ardmore"),
        ("I just wanted the ball,", "Lena Fairbrook"),
    ]


def test_class_year_must_not_fire_on_other_seniors_and_juniors():
    # a senior official, a junior minister, a senior partner: roles, not a class year
    text = (
        "Prime Minister Odile Ferrant met union leaders on Monday.\n"
        '"There is no deal on the table yet," the senior official said.\n'
        '"We will not be rushed," the junior minister said.'
    )
    got = who(text)
    assert got[0][1] != "Odile Ferrant" and got[1][1] != "Odile Ferrant"
    text = (
        "Marcus Pellew founded the firm in 1998.\n"
        '"Clients want certainty," a senior partner said.'
    )
    assert who(text)[0][1] != "Marcus Pellew"


def test_unnamed_person_without_comma_is_the_next_she():
    text = (
        "Trina Kowalczyk, a mother of three, spoke first.\n"
        "A teacher who asked not to be named because she is not authorized to speak for the "
        'union said staff were split. "Half of us love it and half of us coach," she said.'
    )
    assert who(text) == [("Half of us love it and half of us coach,", "a teacher")]


def test_unnamed_person_must_not_take_a_later_named_speaker():
    # the anonymous witness, patient or lobbyist is not who speaks next
    assert who(
        "A witness who asked not to be named called 911 just after midnight. Sgt. Dana Ruiz "
        'said officers arrived within minutes.\n"We found the door open," she said.'
    ) == [("We found the door open,", "Dana Ruiz")]
    assert who(
        "A woman who asked not to be identified was taken to Mercy Hospital with minor injuries.\n"
        'Fire Chief Ellen Marsh said the blaze started in the kitchen. "It spread fast," she said.'
    ) == [("It spread fast,", "Ellen Marsh")]
    assert who(
        "Rep. Ana Lugo questioned a lobbyist who declined to be identified.\n"
        '"That answer is not good enough," she said.'
    ) == [("That answer is not good enough,", "Ana Lugo")]


def test_headline_label_quote_is_the_body_speakers():
    text = (
        "'We lost everything but each other': Sumner Gap residents press officials on rebuild\n"
        "Hundreds packed the hall three weeks after the fire.\n"
        "Her neighbor, Luis Farrington, stood up and faced the crowd.\n"
        '"We lost everything but each other," he said.'
    )
    assert who(text, heads=2)[0] == ("We lost everything but each other", "Luis Farrington")


def test_headline_label_quote_must_not_guess():
    # the words in two people's quotes below: no telling whose the label is
    text = (
        "'No more delays': Sumner Gap residents press officials\n"
        "The bridge has been shut since March.\n"
        '"No more delays, that is all we ask," said Rhoda Finch, who runs the bakery.\n'
        '"No more delays," said Marco Tellini, a bus driver. "We have heard it all before."'
    )
    assert who(text, heads=2)[0] == ("No more delays", None)
    # a scare quote inside a headline is no label: it stays unsaid
    text = (
        "Bridge plan 'going nowhere fast' as closure drags on\n"
        "The bridge has been shut since March.\n"
        'Councillor Amy Roth said critics who call the plan "going nowhere fast" are wrong.'
    )
    assert who(text, heads=2)[0][1] != "Amy Roth"


def test_headline_label_quote_needs_a_body_quote_that_opens_with_it():
    # the label's words deep inside someone's quote (mocked, or quoted back): not enough
    text = (
        "'Not a cent more': nurses press officials over pay\n"
        "The council meets again Friday.\n"
        "Union leader Peter Vance said the offer was an insult.\n"
        '"What they told us was not a cent more for nurses," he said.'
    )
    assert who(text, heads=2)[0] == ("Not a cent more", None)
