"""Guards on session twelve's rules for names and descriptions (review of branch fxa):
ordinary sentences near each rule's trigger where it misfired; people, places and bodies
made up."""
from .reading import speaker_names, who


def test_another_office_of_the_same_title_does_not_join_an_office_named_alone():
    # "the prime minister" is not "the Minister of Trade and Industry"
    text = '"Exports are up," said the Minister of Trade and Industry. "We will act," the prime minister added.'
    assert who(text) == [("Exports are up,", "the Minister of Trade and Industry"), ("We will act,", "the prime minister")]
    text = '"The roads are shut," said the Mayor of Kessel. "We will help," the deputy mayor said.'
    assert speaker_names(text) == ["the Mayor of Kessel", "the deputy mayor"]
    text = '"Rates will stay," said the Governor of the Central Bank. "We will cope," the state governor said.'
    assert speaker_names(text) == ["the Governor of the Central Bank", "the state governor"]
    # (the office's own words still join it)
    text = '"Exports are up," said the Minister of Trade and Industry. "We will act," the trade minister added.'
    assert speaker_names(text) == ["the Minister of Trade and Industry"]


def test_a_body_s_portfolio_that_opens_a_title_is_not_the_body_s():
    text = 'The Ministry of Finance and Trade Minister Pat Obi said the deal was "a good one."'
    assert who(text) == [("a good one.", "Pat Obi")]
    text = 'The Department of Health and Education Secretary Ann Hosk called the cuts "painful."'
    assert who(text) == [("painful.", "Ann Hosk")]


def test_a_firm_named_in_apposition_to_its_trade_is_not_the_speaker():
    text = '"The figures are wrong," said a spokesman for the country\'s biggest lender, Kessel Bank.'
    assert who(text) == [("The figures are wrong,", "a spokesman for Kessel Bank")]
    text = '"The figures are wrong," said a spokesman for the state\'s largest utility, Dunmore Power, on Monday.'
    assert who(text) == [("The figures are wrong,", "a spokesman for Dunmore Power")]
    text = '"We lost everything," said a spokesman for the team, Kessel Rovers.'
    assert who(text) == [("We lost everything,", "a spokesman for Kessel Rovers")]
    text = '"We lost everything," said a spokesman for the district, North Kessel.'
    assert who(text) == [("We lost everything,", "a spokesman for North Kessel")]
    # (a person's name there is the speaker)
    text = '"The figures are wrong," said a spokeswoman for the ministry, Ann Hosk.'
    assert who(text) == [("The figures are wrong,", "Ann Hosk")]


def test_for_the_first_time_is_when_not_whom():
    text = '"We are disappointed," said a spokesman for the first time.'
    assert who(text) == [("We are disappointed,", "a spokesman")]
    text = '"It was a mistake," said an official for the second day running.'
    assert who(text) == [("It was a mistake,", "an official")]
    # (a body after "for the last" is still whom)
    text = '"It was a mistake," said a lawyer for the last owner.'
    assert who(text) == [("It was a mistake,", "a lawyer for the last owner")]


def test_a_day_after_a_firm_s_letters_does_not_end_the_sentence():
    # US business copy: "Kessel Corp. Tuesday said …": the firm is still the subject
    text = 'Kessel Corp. Tuesday said quarterly profit was "well ahead of plan."'
    (quote, name), = who(text)
    assert name is not None and name.startswith("Kessel Corp")
    # (nor a title's letters: "Kessel Corp. CFO Ann Hosk")
    text = '"Sales are strong," Kessel Corp. CFO Ann Hosk told analysts.'
    (quote, name), = who(text)
    assert name is not None and name.endswith("Ann Hosk")


def test_a_person_s_initials_that_spell_a_state_before_the_surname_alone_are_kept():
    # "N.C. Saxena" is a person's initials, not North Carolina
    text = 'The panel was led by N.C. Saxena. "The report is flawed," Saxena said.'
    assert who(text) == [("The report is flawed,", "N.C. Saxena")]
    # (nor before a full name: "N.C. Ram Prasad", with no town before the letters)
    text = '"The plan is unworkable," said N.C. Ram Prasad, a retired judge.'
    assert who(text) == [("The plan is unworkable,", "N. C. Ram Prasad")]
    text = 'The panel was led by N.C. Ram Prasad. "The report is flawed," Prasad said.'
    assert who(text) == [("The report is flawed,", "N.C. Ram Prasad")]
    # (a state's letters before a full name are still dropped)
    text = 'The vote was held in Concord, N.H. Dana Wirth said, "It was a fair count."'
    assert who(text) == [("It was a fair count.", "Dana Wirth")]


def test_an_office_named_alone_joins_no_holder_of_another_office_ending_in_it():
    # "the former Minister of Finance, Kofi Mensah" does not hold the office now
    for office in ("the former Minister of Finance", "the Deputy Minister of Finance", "the shadow Minister of Finance"):
        text = f'"Growth is slow," said {office}, Kofi Mensah. "Taxes will rise," the Minister of Finance said.'
        assert speaker_names(text) == ["Kofi Mensah", "the Minister of Finance"], office
    text = '"Growth is slow," said the Vice President of the Court, Pat Obi. "We will appeal," the President of the Court said.'
    assert speaker_names(text) == ["Pat Obi", "the President of the Court"]
    # (the one given the office exactly is joined)
    text = 'Kofi Mensah, the Minister of Finance, spoke first. "Taxes will rise," the Minister of Finance said.'
    assert speaker_names(text) == ["Kofi Mensah"]


def test_a_title_of_a_body_before_a_name_is_no_office_alone():
    # "Chairman of the Board Ann Hosk" names her: not an office of six words
    from reader.quotes.speakers import classify
    assert classify("Chairman of the Board Ann Hosk") == "named"
    assert classify("President of the Senate Pat Obi") == "named"
    assert classify("the Governor of the Central Bank") == "role"
    assert classify("the President of the Republic of Kessel") == "role"
