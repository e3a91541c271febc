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
