"""Round twenty-two: a science story, a tech launch, a magazine profile, a UK crime report,
climate talks, a theatre review, a travel feature and an election night. Every sentence
here is the project's own, every name made up."""
from tests.quotes.reading import who, speaker_names

_FILL = (
    "The orchestra's season opens in September with a programme of overtures, and the box office "
    "reports that subscriptions are up by a fifth on last year, the strongest rise since the hall reopened. "
) * 3


def test_object_of_the_same_he_waits_for_a_subject_further_back():
    # a profile's question to its subject names a rival as the object: the next "he says"
    # is still the subject's, though his name lies outside the nearest window
    text = (
        "Emil Varga has led the Harbour Sinfonia for 20 years.\n"
        "\u2018It was not ready,\u2019 Varga says of the cancelled premiere.\n"
        + _FILL + "\nHas he told Declan Moss that?\n"
        "\u2018Not in those words,\u2019 he says."
    )
    assert who(text)[-1] == ("Not in those words,", "Emil Varga")


def test_object_of_the_same_he_must_not_fire_elsewhere():
    # a role before a name opening the sentence, her "she" after it: the nurse speaks
    text = (
        "Pita Hale has run the clinic since 2001.\n" + _FILL
        + "\nAt the nursing station, nurse practitioner Grace Lund said she sees rashes every week.\n"
        '"I can\'t prove every case," she said.'
    )
    assert who(text) == [("I can't prove every case,", "Grace Lund")]
    # another pronoun's object: "she introduced me to Tama Rewi … he says"
    text = (
        "Ruth Kerr has run the guesthouse since 1994.\n" + _FILL
        + "\nShe introduced me to her neighbour, Tama Rewi.\n"
        '"I have fished here all my life," he says.'
    )
    assert who(text) == [("I have fished here all my life,", "Tama Rewi")]
    # nobody further back: the object is all there is
    text = _FILL + '\nHe phoned Declan Moss on Monday.\n"It was a long call," he said.'
    assert who(text) == [("It was a long call,", "Declan Moss")]
    # a governor a senator met, quoted by her own "she"
    text = (
        "Senator Ray Dolan spoke in Cedar Falls on Tuesday.\n" + _FILL
        + '\nOn Wednesday he met Governor Anna Ellison. "We agree on farms," she said.'
    )
    assert who(text) == [("We agree on farms,", "Anna Ellison")]


def test_verb_before_a_colon_is_no_part_of_its_subject():
    # a card at a crime scene: "One read:" names no one; "A card read:" the card, not "a card read"
    text = (
        "Police are appealing for witnesses.\n"
        'Flowers and cards have been left at the scene. One read: "Fly high Danny, gone too soon."'
    )
    assert who(text) == [("Fly high Danny, gone too soon.", None)]
    text = 'Police are appealing for witnesses.\nFlowers have been left. A card read: "Fly high Danny."'
    assert who(text) == [("Fly high Danny.", "a card")]


def test_verb_before_a_colon_must_not_fire_elsewhere():
    assert who('Mayor Ann Hale was blunt: "We are broke."') == [("We are broke.", "Ann Hale")]
    assert who('The council leader said: "We are broke."') == [("We are broke.", "the council leader")]
    assert who('One protester shouted: "Shame!"') == [("Shame!", "one protester")]
    assert who('Senator Ray Dolan wrote: "We are broke."') == [("We are broke.", "Ray Dolan")]


def test_second_quote_joined_by_and_is_the_first_ones_speaker():
    text = (
        "Whitcombe spoke first.\n"
        "Whitcombe called the Halo \u201can everyday product\u201d and \u201cthe first computer you "
        "forget,\u201d and the firm will offer a monthly plan."
    )
    assert who(text) == [("an everyday product", "Whitcombe"), ("the first computer you forget,", "Whitcombe")]


def test_second_quote_joined_by_and_must_not_fire_elsewhere():
    # titles nobody says stay nobody's; two clauses with their own speakers stay theirs
    assert who('The festival opened on Friday.\nIt screened "Up" and "Cars" on the lawn.') == [("Up", None), ("Cars", None)]
    assert who('Critics called it "a mess" and the mayor called it "a triumph."') == [
        ("a mess", "critics"),
        ("a triumph.", "the mayor"),
    ]


def test_a_named_persons_family_speaks_as_one():
    text = (
        "Police named the victim.\n"
        "In a statement released through police, Mr Okafor-Reid's family said he was "
        '"the kindest soul you could ever meet" and "a devoted dad".'
    )
    assert who(text) == [
        ("the kindest soul you could ever meet", "Mr Okafor-Reid's family"),
        ("a devoted dad", "Mr Okafor-Reid's family"),
    ]


def test_a_named_persons_family_must_not_fire_elsewhere():
    # a family firm is no family speaking; a family as an object is nobody's subject
    assert who('Senator Ray Dolan spoke.\nDolan\'s family business said it was "thriving".') == [("thriving", None)]
    assert who('Senator Ray Dolan spoke.\nDolan said Trump\'s family was "a distraction".') == [
        ("a distraction", "Ray Dolan")
    ]


def test_headline_quote_after_a_colon_is_the_body_speakers():
    text = (
        "The last season of Emil Varga: \u2018I have been wrong about Brahms for forty years\u2019\n"
        "The conductor is stepping down\n"
        "\u2018I have been wrong about Brahms for forty years,\u2019 Varga says, grinning."
    )
    assert who(text, 2)[0] == ("I have been wrong about Brahms for forty years", "Emil Varga")


def test_headline_quote_after_a_colon_must_not_fire_elsewhere():
    # the body only mocks the words: whose they are is not said
    text = (
        "Budget row: 'We cannot go on like this'\nCouncil split\n"
        "\"They say 'we cannot go on like this' and then spend more,\" said Tom Hale."
    )
    assert who(text, 2)[0] == ("We cannot go on like this", None)
    # the quote does not end the headline: a scare quote inside it
    text = (
        "Budget row: 'reckless' plan passes anyway\nCouncil split\n"
        "\"It is reckless and it is late,\" said Tom Hale."
    )
    assert who(text, 2)[0] == ("reckless", None)


def test_the_role_is_the_unnamed_one_just_brought_in():
    text = (
        "Results came in.\n"
        "Its leader, Thomas Kuria, conceded.\n"
        "Party sources said Ms. Rathore would be sworn in. A senior party leader, who did not wish "
        'to be named, said talks had begun. "Nobody is safe," the leader said.'
    )
    assert who(text)[-1] == ("Nobody is safe,", "a senior party leader")


def test_the_role_is_the_unnamed_one_must_not_fire_elsewhere():
    # a name since, or two sentences between: the named leader
    text = (
        "The opposition leader, Tom Hale, spoke first.\n"
        "A leader of the protest said they would march. Later Hale spoke again. "
        '"We will win," the leader said.'
    )
    assert who(text) == [("We will win,", "Tom Hale")]
    # a governor spoken of, opening no sentence, is nobody brought in
    text = 'Governor Ann Lee spoke first.\nShe said a governor must lead. "That is the job," the governor said.'
    assert who(text) == [("That is the job,", "Ann Lee")]
    # a mayor's quote after she met a judge
    text = 'Mayor Ann Lee spoke first.\nShe met a judge on Monday. "It went well," the mayor said.'
    assert who(text) == [("It went well,", "Ann Lee")]


def test_standfirst_item_after_a_semicolon_has_its_own_subject():
    text = (
        "JSP sweeps to power\n"
        "JSP wins 112 of 180 seats; outgoing Chief Minister Harish Venkatraman concedes, says party "
        "will 'introspect'\nCounting ended late."
    )
    assert who(text, 2) == [("introspect", "Harish Venkatraman")]
    text = (
        "Storm hits coast; Governor Ann Lee tours damage, says recovery 'will take years'\n"
        "A long night\nCrews worked until dawn."
    )
    assert who(text, 2) == [("will take years", "Ann Lee")]


def test_standfirst_item_after_a_semicolon_must_not_fire_elsewhere():
    # the item's subject is no name: not the first item's either
    text = "Budget passes; mayor vetoes, says council 'reckless'\nA long night\nCounting ended late."
    assert who(text, 2)[0][1] != "Budget"
