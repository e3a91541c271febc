"""Gaps left by earlier sessions (session fifteen): sentences we wrote; people, places and
bodies made up."""
from .reading import speaker_names, who


def test_an_office_of_a_place_of_two_words_before_a_name():
    # "Premier of New Westland Chris Minto": the place's two words, then his name
    text = '"The budget is balanced," Premier of New Westland Chris Minto said.'
    assert who(text) == [("The budget is balanced,", "Chris Minto")]
    text = 'Premier of North Varna Ida Kell said: "We will not wait."'
    assert who(text) == [("We will not wait.", "Ida Kell")]
    # (a place of one word leaves a name of two words whole)
    text = '"The budget is balanced," Premier of Westmark Chris Minto said.'
    assert who(text) == [("The budget is balanced,", "Chris Minto")]
    text = '"We will not wait," said Mayor of Westmark Anne Marie Duval.'
    assert who(text) == [("We will not wait,", "Anne Marie Duval")]


def test_an_office_of_a_body_of_several_words_before_a_name():
    # "Chair of the Federal Reserve Jay Pollard": the body's describing word and its head,
    # then the name alone (the quote's own speaker and a "he" after the sentence)
    text = '"Rates will stay where they are," Chair of the Federal Reserve Jay Pollard said.'
    assert who(text) == [("Rates will stay where they are,", "Jay Pollard")]
    text = ('Chair of the Federal Reserve Jay Pollard said rates would hold. '
            '"We are patient," he said.')
    assert who(text) == [("We are patient,", "Jay Pollard")]
    text = ('Speaker of the House Dana Wirth said the vote would go ahead. '
            '"We are ready," she said.')
    assert who(text) == [("We are ready,", "Dana Wirth")]
    # (a body alone after "of the" names no one; nor a committee a member sits on)
    text = '"We are patient," said the chair of the Federal Reserve.'
    assert speaker_names(text) == ["the chair of the Federal Reserve"]
    text = ('A member of the Senate Foreign Relations Committee said the deal was weak. '
            '"It is a bad deal," he said.')
    assert who(text)[0][1] in (None, "a member of the Senate Foreign Relations Committee")
    text = ('The head of the National Weather Service said the storm would weaken. '
            '"It is moving east," she said.')
    assert who(text)[0][1] in (None, "the head of the National Weather Service")


def test_said_an_office_of_a_place_then_a_name():
    # "said Chief Justice of Westmark D. Y. Chandran": the title's "of", the place, the name
    text = '"We will not be rushed," said Chief Justice of Westmark D. Y. Chandran.'
    assert who(text) == [("We will not be rushed,", "D. Y. Chandran")]
    # and the office is no one's name for a "he" after it
    text = ('Chief Justice of Westmark D. Y. Chandran said the court would rule soon. '
            '"We will not be rushed," he said.')
    assert who(text) == [("We will not be rushed,", "D. Y. Chandran")]
    # (an office alone is not its place: no speaker "Westmark")
    text = '"We will not be rushed," said Chief Justice of Westmark.'
    assert who(text)[0][1] != "Westmark"
    text = '"We are honoured," said Crown Prince of Westmark.'
    assert who(text)[0][1] != "Westmark"
    # (nor an office in apposition after the name)
    text = '"We will appeal," said Ida Kell, Attorney General of Westmark.'
    assert who(text) == [("We will appeal,", "Ida Kell")]


def test_a_bodys_name_before_a_name_is_no_part_of_it():
    # "President of the Westmark Football Association Tom Pell": the body ends at its head
    # word ("Association"), and the words after it are his name
    text = '"It was a good day," said President of the Westmark Football Association Tom Pell.'
    assert who(text) == [("It was a good day,", "Tom Pell")]
    # (a rank that opens with a body's word keeps the name after it whole)
    text = 'Group Captain Ann Hale said the jets were ready. "We can fly tonight," Hale said.'
    assert who(text) == [("We can fly tonight,", "Ann Hale")]
    text = ('Ola Bande of the Westmark Teachers Union said the strike would go ahead. '
            '"We are ready," Bande said.')
    assert who(text) == [("We are ready,", "Ola Bande")]


def test_an_envoys_place_after_to_is_no_part_of_the_name():
    # "the US Ambassador to Japan Ama Rolle": the place she is sent to, then her name
    text = '"We value the alliance," the US Ambassador to Japan Ama Rolle said.'
    assert who(text) == [("We value the alliance,", "Ama Rolle")]
    text = ('The US Ambassador to Japan Ama Rolle said the talks went well. '
            '"We value the alliance," she said.')
    assert who(text) == [("We value the alliance,", "Ama Rolle")]
    text = '"We value the alliance," said the Special Envoy to Sudan Tom Pell.'
    assert who(text) == [("We value the alliance,", "Tom Pell")]
    # (a "to" after any other word still names whom it is to; an envoy alone names no one)
    text = '"It was a bad call," said the adviser to Tom Pell.'
    assert who(text) == [("It was a bad call,", "Tom Pell")]
    text = '"We are hopeful," said the ambassador to Westmark.'
    assert speaker_names(text) == ["the ambassador to Westmark"]
    text = 'The ambassador spoke to Westmark Radio on Monday. "We are hopeful," she said.'
    assert who(text) == [("We are hopeful,", "the ambassador")]


def test_an_offices_place_before_initials_is_no_part_of_the_name():
    # "Chief Minister of Tamil Varam M. K. Selvan": the place of two words before the
    # initials, though the run before the surname holds three words only
    text = '"The budget is balanced," Chief Minister of Tamil Varam M. K. Selvan said.'
    assert who(text) == [("The budget is balanced,", "M. K. Selvan")]
    # (a name of three words after a place of one stays whole)
    text = '"The budget is balanced," said Prime Minister of Westmark Mary Anne Louise Wirth.'
    assert who(text) == [("The budget is balanced,", "Mary Anne Louise Wirth")]


def test_an_office_after_a_bodys_name_then_a_name():
    # "the Board of Trustees Chairman Tom Pell": the body, his office, then his name
    text = '"It is over," said the Board of Trustees Chairman Tom Pell.'
    assert who(text) == [("It is over,", "Tom Pell")]
    text = '"Rates stay," said Institute for Fiscal Studies Director Paul Johnstone.'
    assert who(text) == [("Rates stay,", "Paul Johnstone")]
    # (a body's name with a title's word inside it stays the body's)
    text = '"We will look into it," said the Department of Justice Civil Rights Division.'
    assert speaker_names(text) == ["Department of Justice Civil Rights Division"]


def test_an_office_of_a_body_set_off_by_commas_before_a_name():
    # "the Governor of the Bank of Westmark, Dana Wirth, said": the body's whole name, then
    # the name in apposition
    text = '"Inflation is easing," the Governor of the Bank of Westmark, Dana Wirth, said.'
    assert who(text) == [("Inflation is easing,", "Dana Wirth")]
    text = '"Inflation is easing," said the Governor of the Bank of Westmark, Dana Wirth.'
    assert who(text) == [("Inflation is easing,", "Dana Wirth")]
    # (a body alone keeps its whole name; a name after it with a possessive is the person's)
    text = '"Rates will rise," said the Bank of Westmark on Tuesday.'
    assert speaker_names(text) == ["Bank of Westmark"]
    text = '"We found no link," said the University of Westmark\'s Ann Hosk.'
    assert who(text) == [("We found no link,", "Ann Hosk")]
    text = '"Rates will rise," said a spokesman for the Bank of Westmark.'
    assert speaker_names(text) == ["a spokesman for the Bank of Westmark"]


def test_a_nickname_of_several_words_inside_a_name():
    # Danny "The Hammer" Ruiz: the nickname is neither a quote nor part of the name
    text = '"I will win," Danny "The Hammer" Ruiz said.'
    assert who(text) == [("I will win,", "Danny Ruiz")]
    text = '"We won," Tom "Big Dog" Pell told reporters.'
    assert who(text) == [("We won,", "Tom Pell")]
    text = 'Danny "The Hammer" Ruiz said: "I will win."'
    assert who(text) == [("I will win.", "Danny Ruiz")]
    # and the name in full for a later surname or pronoun
    text = 'Danny "Hammer" Ruiz said he was ready. "I will win," he said.'
    assert who(text) == [("I will win,", "Danny Ruiz")]
    text = 'Danny "The Hammer" Ruiz said he was ready. "I will win," Ruiz said.'
    assert who(text) == [("I will win,", "Danny Ruiz")]
    # (a title in marks between words that the quote finder reads as a quote stays one)
    text = 'The film "Big Trouble" Ann Hosk made won. "It is great," Hosk said.'
    assert who(text) == [("Big Trouble", None), ("It is great,", "Ann Hosk")]


def test_a_peer_of_a_place_then_a_name():
    # "the Duke of Westmark Edward Hale": a peer's title holds a place as an office does
    text = '"It is a great honour," the Duke of Westmark Edward Hale said.'
    assert who(text) == [("It is a great honour,", "Edward Hale")]
    text = '"It is a great honour," the Duke of Westmark, Edward Hale, said.'
    assert who(text) == [("It is a great honour,", "Edward Hale")]
    text = '"It is a great honour," said the Duchess of Westmark, Ann Hale, and her husband.'
    assert who(text) == [("It is a great honour,", "Ann Hale")]
    # (a peer alone is not the place; "Duke" as a given name stays one)
    text = '"It is a great honour," said the Duke of Westmark, who opened the hall.'
    assert who(text)[0][1] != "Westmark"
    text = '"It is a great honour," said Duke Ellis, a guard.'
    assert who(text) == [("It is a great honour,", "Duke Ellis")]


def test_an_ampersand_between_two_full_names_joins_them_as_and_does():
    # "Ann Lee & Tom Obi said": two people, read as "Ann Lee and Tom Obi" is, shape by shape
    for tail in ('"We are delighted," {} said.', '"We are delighted," said {}.', '{} said: "We are delighted."'):
        assert who(tail.format("Ann Lee & Tom Obi")) == who(tail.format("Ann Lee and Tom Obi"))
    assert speaker_names('"We are delighted," Ann Lee & Tom Obi said.') == []
    # (a firm's partners, a word each or with the firm's own word, stay one firm)
    assert speaker_names('"Profits rose," Procter & Gamble said.') == ["Procter & Gamble"]
    assert speaker_names('"Sales fell," said Marks & Spencer.') == ["Marks & Spencer"]
    assert speaker_names('"We settled," said Davis Polk & Wardwell.') == ["Davis Polk & Wardwell"]
    # (the firm's stop stays with its name, as before the cue: "Goldman Sachs & Co. said")
    assert speaker_names('"Profits rose," said Goldman Sachs & Co.') == ["Goldman Sachs & Co."]


def test_a_bodys_initials_are_that_body():
    # "the PA said" after "the Planning Authority said" (or before it): one speaker, named
    # in full, the short form an alias
    text = '"It blocks the light," the Planning Authority said. "It is too tall," the PA said.'
    assert speaker_names(text) == ["Planning Authority"]
    text = '"It is too tall," the PA said. "It blocks the light," the Planning Authority said.'
    assert speaker_names(text) == ["Planning Authority"]
    text = '"We will strike," the National Union of Teachers said. "It is unfair," the NUT said.'
    assert speaker_names(text) == ["National Union of Teachers"]
    # (not letters that are not every initial, nor a person's initials)
    text = '"We will strike," the Westmark Teachers Union said. "It is unfair," the UN said.'
    assert speaker_names(text) == ["Westmark Teachers Union", "UN"]
    text = '"We are ready," Ann Bea Carter said. "We report it," ABC said.'
    assert speaker_names(text) == ["Ann Bea Carter", "ABC"]


def test_an_order_passed_on_inside_a_report_stays_the_reporters():
    # "She added that crews were being asked to work '…'": the passive "asked to" is an order
    # the crews were given, told inside what she reports; she is the one speaking
    text = (
        "Union organiser Fiona Baird spoke at the gate. She added that crews were being asked to "
        "work 'longer shifts on older boats' and called the offer 'an insult'."
    )
    assert who(text) == [("longer shifts on older boats", "Fiona Baird"), ("an insult", "Fiona Baird")]
    text = 'Tom Reyes said he had been told to "step aside" before the vote.'
    assert who(text) == [("step aside", "Tom Reyes")]
    # (with no one reporting the order, its words stay no one's; a speaker after the quote
    # still speaks)
    assert who('Residents were told to "stay indoors" until the smoke cleared.') == [("stay indoors", None)]
    assert who('Residents were told to "stay indoors," police said.') == [("stay indoors,", "police")]
