"""Gaps in how a speaker's name or description is cut from the text (session twelve):
sentences we wrote; people, places and bodies made up."""
from .reading import speaker_names, who


def test_an_office_and_its_portfolio_alone_is_the_office_not_its_last_word():
    # "the Minister of Trade and Industry" names an office: not "Industry"
    text = '"Exports are up," said the Minister of Trade and Industry.'
    assert who(text) == [("Exports are up,", "the Minister of Trade and Industry")]
    text = 'The Secretary of Health and Human Services said the rule was "long overdue".'
    assert who(text) == [("long overdue", "the Secretary of Health and Human Services")]
    # (and "the minister" after it is that office again)
    text = ('"Exports are up," the Minister of Trade and Industry said. '
            '"We expect more," the minister added.')
    assert speaker_names(text) == ["the Minister of Trade and Industry"]
    # (the office with the person's name still names the person)
    text = '"Exports are up," the Minister of Trade and Industry, Kofi Mensah, said.'
    assert who(text) == [("Exports are up,", "Kofi Mensah")]
    text = '"Exports are up," said Minister of Trade and Industry Kofi Mensah.'
    assert who(text) == [("Exports are up,", "Kofi Mensah")]
    text = '"Exports are up," said the Minister of Finance Kofi Mensah.'
    assert who(text) == [("Exports are up,", "Kofi Mensah")]


def test_a_body_with_two_portfolios_keeps_both():
    text = '"Exports are up," said the Department of Trade and Industry.'
    assert who(text) == [("Exports are up,", "Department of Trade and Industry")]
    text = 'The Ministry of Health and Social Services said the clinics were "full".'
    assert who(text) == [("full", "Ministry of Health and Social Services")]
    # (an "and" before a name that is no portfolio does not join it to the body)
    text = 'The Ministry of Health and Kofi Mensah said the clinics were "full".'
    assert who(text) != [("full", "Ministry of Health and Kofi Mensah")]


def test_an_office_and_its_place_alone_is_the_office():
    text = '"The roads are shut," said the Mayor of Kessel.'
    assert who(text) == [("The roads are shut,", "the Mayor of Kessel")]
    # (the person named in apposition still speaks)
    text = '"The roads are shut," said the Mayor of Kessel, Ann Hosk.'
    assert who(text) == [("The roads are shut,", "Ann Hosk")]


def test_a_spokeswoman_for_a_body_after_said_keeps_the_body():
    text = '"The figures are wrong," said a spokeswoman for the bureau.'
    assert who(text) == [("The figures are wrong,", "a spokeswoman for the bureau")]
    text = '"The figures are wrong," said a spokeswoman for the bureau on Monday.'
    assert who(text) == [("The figures are wrong,", "a spokeswoman for the bureau")]
    text = '"The figures are wrong," said a lawyer for the family.'
    assert who(text) == [("The figures are wrong,", "a lawyer for the family")]
    text = 'Pat Obi spoke first. "The figures are wrong," a spokeswoman for the bureau said.'
    assert who(text) == [("The figures are wrong,", "a spokeswoman for the bureau")]
    # (but not when or where the speaker spoke)
    text = '"The figures are wrong," said a spokesman at the time.'
    assert who(text) == [("The figures are wrong,", "a spokesman")]


def test_one_of_a_group_after_said_is_kept_whole():
    text = '"The figures are wrong," said one of the officials.'
    assert who(text) == [("The figures are wrong,", "one of the officials")]
    text = '"The figures are wrong," one of the organisers said.'
    assert who(text) == [("The figures are wrong,", "one of the organisers")]
    # (not merged with a person named before)
    text = 'Pat Obi spoke first. "The figures are wrong," said one of the officials, who asked not to be named.'
    assert who(text) == [("The figures are wrong,", "one of the officials")]
    # (the one named in apposition speaks)
    text = '"The figures are wrong," said one of the organisers, Pat Obi, on Monday.'
    assert who(text) == [("The figures are wrong,", "Pat Obi")]
    # (a group that is not people says nothing)
    text = '"The figures are wrong," said one of the reasons.'
    assert who(text) == [("The figures are wrong,", None)]


def test_a_relative_named_in_apposition_speaks():
    # the quote goes to the relative by name, not to the possessor named before
    for rel, name in (("his wife", "Jane"), ("her son", "Tom"), ("their daughter", "Ama")):
        text = f'Kofi Mensah died on Monday. "He was a good man," {rel}, {name}, said.'
        assert who(text) == [("He was a good man,", name)], rel
        text = f'Kofi Mensah died on Monday. "He was a good man," said {rel}, {name}.'
        assert who(text) == [("He was a good man,", name)], rel
    # (the relative without a name stays a description)
    text = 'Kofi Mensah died on Monday. "He was a good man," his wife said.'
    assert who(text) == [("He was a good man,", "his wife")]


def test_a_place_s_letters_end_the_sentence_before_a_word_that_opens_one():
    text = '"We will not back down," said the U.S. He also said the talks would go on.'
    assert who(text) == [("We will not back down,", "U. S.")]
    text = '"Trade must stay open," said an envoy from the U.S. She also said more.'
    assert who(text) == [("Trade must stay open,", "an envoy from the U.S.")]
    text = '"We lost," said Kofi Mensah of Acme Inc. The firm also called it "a blow."'
    assert who(text) == [("We lost,", "Kofi Mensah"), ("a blow.", "the firm")]
    # (a title's honorific before a name that is also a pronoun is no place: "Mr. He")
    text = '"We met," said Mr. He, the envoy.'
    assert who(text) == [("We met,", "He")]


def test_a_place_s_letters_end_the_sentence_before_a_person_and_their_verb():
    # after a trip's end, or a town and its state, or a name the text gives elsewhere
    text = 'She flew to D.C. Obi called it "a waste of time" on Monday.'
    assert who(text) == [("a waste of time", "Obi")]
    text = 'The vote was held in Concord, N.H. Dana Wirth said, "It was a fair count."'
    assert who(text) == [("It was a fair count.", "Dana Wirth")]
    text = 'Pat Obi is an aide to the mayor. The trip ended in the U.S. Obi said it was "a waste of time".'
    assert who(text) == [("a waste of time", "Pat Obi")]
    text = 'The vote was held in N.H. Dana Wirth said, "It was a fair count."'
    assert who(text) == [("It was a fair count.", "Dana Wirth")]
    # (and after a firm's ending, any name: nothing goes on a firm's name after it)
    text = 'Pat Obi spoke for Acme Corp. Mensah called it "a fluke."'
    assert who(text) == [("a fluke.", "Mensah")]


def test_a_place_s_letters_still_open_a_body_a_title_or_a_person_s_initials():
    text = '"The ruling stands," the U.S. Supreme Court said.'
    assert who(text) == [("The ruling stands,", "U. S. Supreme Court")]
    text = 'U.S. Steel said the deal was "a fluke."'
    assert who(text) == [("a fluke.", "U. S. Steel")]
    text = '"We lost," said U.S. Sen. Pat Obi.'
    assert who(text) == [("We lost,", "Pat Obi")]
    text = '"The talks failed," U.N. envoy Pat Obi said.'
    assert who(text) == [("The talks failed,", "Pat Obi")]
    text = '"It is over," said W.M. Karunaratne, the chairman.'
    assert who(text) == [("It is over,", "W. M. Karunaratne")]
    text = '"We lost everything," R. A. Sumanawathie said.'
    assert who(text) == [("We lost everything,", "R. A. Sumanawathie")]
    text = 'Larry Hagan spoke. "Oil is thick," J.R. Ewing said.'
    assert who(text)[-1] == ("Oil is thick,", "J. R. Ewing")
    # (a person's initials that are a state's too, before a surname the text never gives
    # elsewhere and after no place word, stay initials)
    text = '"The seed is late," N.C. Obi, a farmer, said.'
    assert who(text) == [("The seed is late,", "N. C. Obi")]


def test_a_compound_describing_a_noun_does_not_end_the_description():
    # "one Singapore-based crude oil products trader": the compound needs its noun
    text = '"Prices will rise," said one Singapore-based crude oil products trader.'
    assert who(text) == [("Prices will rise,", "one Singapore-based crude oil products trader")]
    text = '"Prices will rise," one Singapore-based crude trader said.'
    assert who(text) == [("Prices will rise,", "one Singapore-based crude trader")]
    text = '"Prices will rise," said the Kessel-based firm on Monday.'
    assert who(text) == [("Prices will rise,", "the Kessel-based firm")]
    text = '"Prices will rise," the Kessel-based firm said.'
    assert who(text) == [("Prices will rise,", "the Kessel-based firm")]
    # (and before a name it is no part of the name)
    text = '"Prices will rise," said Singapore-based Pat Obi.'
    assert who(text) == [("Prices will rise,", "Pat Obi")]
    # (a short role phrase after the compound still ends at its role, not at a verb's object)
    text = '"Prices will rise," said a Singapore-based trader, adding that supply was short.'
    assert who(text) == [("Prices will rise,", "a Singapore-based trader")]
    # (nor does a hyphenated name lose its second part)
    text = '"Prices will rise," said Ana Ruiz-Lopez.'
    assert who(text) == [("Prices will rise,", "Ana Ruiz-Lopez")]


def test_a_name_closing_the_sentence_after_a_description_speaks():
    text = '"The figures are wrong," said a spokeswoman for the bureau, Ann Hosk.'
    assert who(text) == [("The figures are wrong,", "Ann Hosk")]
    text = '"The figures are wrong," said a spokeswoman, Ann Hosk.'
    assert who(text) == [("The figures are wrong,", "Ann Hosk")]
    # (not two names: the description stays)
    text = '"The figures are wrong," said a lawyer for the family, Ann Hosk and Pat Obi.'
    assert who(text) == [("The figures are wrong,", "a lawyer for the family")]


def test_an_office_of_a_body_or_country_after_the_is_the_office():
    text = '"Rates will hold," said the Governor of the Central Bank.'
    assert who(text) == [("Rates will hold,", "the Governor of the Central Bank")]
    text = '"Rates will hold," said the President of the United States.'
    assert who(text) == [("Rates will hold,", "the President of the United States")]
    # (the body itself still speaks as the body)
    text = '"Rates will hold," the Central Bank said.'
    assert who(text) == [("Rates will hold,", "Central Bank")]


def test_an_office_alone_joins_the_person_given_that_office_not_any_holder_of_the_title():
    text = ('Kofi Mensah, the health minister, said the wards were "full". '
            '"Exports are up," said the Minister of Trade and Industry.')
    assert who(text) == [("full", "Kofi Mensah"), ("Exports are up,", "the Minister of Trade and Industry")]
    text = ('"Exports are up," Kofi Mensah, the Minister of Trade and Industry, said. '
            '"We expect more," said the Minister of Trade and Industry.')
    assert speaker_names(text) == ["Kofi Mensah"]
    text = 'Minister of Trade and Industry Kofi Mensah spoke. "Exports are up," the Minister of Trade and Industry said.'
    assert who(text) == [("Exports are up,", "Kofi Mensah")]
