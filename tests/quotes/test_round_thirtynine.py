"""Round thirty-nine: an Estonian school-closure vote, a Latvian pier arson appeal, a
Lithuanian bank levy, a Finnish health-centre closure, an Icelandic fish-farm referendum, a
Danish pool closure, a Cypriot water-cut hearing and a Maltese stabbing in court. Every
sentence here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_a_portfolio_of_two_words_after_minister_of_is_no_part_of_the_name():
    # "Minister of Education and Research Tarmo Kivistik": the portfolio's words go with
    # the office, and the holder is Tarmo Kivistik
    text = ('Minister of Education and Research Tarmo Kivistik said the state could not pay. '
            '"We cannot keep classes of six," Kivistik said.')
    assert speaker_names(text) == ["Tarmo Kivistik"]
    text = ('Minister of Economic Affairs and Entrepreneurship Liis Org said so. "It is done," Org said.')
    assert speaker_names(text) == ["Liis Org"]


def test_a_capital_after_an_unknown_of_stays_in_the_name():
    # must not fire: a body's own "of" and "and" ("Bank of Research and Kessel") is no office's portfolio
    text = 'Kasia Bell of the Research and Kessel Institute said it was "a mess".'
    assert who(text) == [("a mess", "Kasia Bell")]


def test_she_after_a_minister_of_a_portfolio_is_the_minister():
    # "Minister of Finance Rasa Vaitkūnienė said …. "…," she told the Seimas": the office
    # and its portfolio open the sentence, so the holder is its subject, not an object a
    # she passes over for the standfirst's role
    text = ("Seimas extends bank levy after heated debate\n"
            'Opposition leader says the tax is "a punishment for success"\n'
            'Minister of Finance Rasa Vaitkūnienė said the levy would raise money. '
            '"The banks are rich," she told the Seimas.')
    assert who(text, heads=2)[1] == ("The banks are rich,", "Rasa Vaitkūnienė")
    # must not fire: a name after a verb and the office stays an object
    text = ("Seimas extends bank levy after heated debate\n"
            'Opposition leader says the tax is "a punishment for success"\n'
            'The opposition leader met Minister of Finance Rasa Vaitkūnienė on Monday. '
            '"The banks are rich," she said.')
    assert who(text, heads=2)[1] == ("The banks are rich,", "the opposition leader")


def test_members_joined_by_and_after_a_bodys_of_are_the_bodys_name():
    # "Vytautas Žemaitis of the Union of Regions and Farmers called …": "Farmers" ends the
    # union's name and is no group speaking
    text = 'Vytautas Žemaitis of the Union of Regions and Farmers called the bill "a punishment for success".'
    assert who(text) == [("a punishment for success", "Vytautas Žemaitis")]
    text = 'Ana Toma of the Association of Builders and Carpenters said the rules were "a maze".'
    assert who(text) == [("a maze", "Ana Toma")]


def test_farmers_after_a_place_and_and_still_speak():
    # must not fire: no body's head before the "of" ("Residents of Kalnėnai and Farmers")
    # leaves the capitalised plural the subject it was
    text = 'Residents of Kalnėnai and Farmers said the rules were "a maze".'
    assert who(text) == [("a maze", "farmers")]
