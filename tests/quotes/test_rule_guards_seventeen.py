"""Ordinary sentences near the triggers of round 17's rules where they must not fire (review
of round 17). Sentences we wrote; people, places and bodies made up."""
from .reading import speaker_names as speakers, who


# (1) a US party-and-home tag after a legislator's name
def test_a_hyphenated_given_name_after_a_role_is_no_party_tag():
    # "I-Wen" is a given name, not an independent from Wen: the name is hers
    text = '"It is a fair deal," said Taiwan\'s trade envoy, I-Wen Lin, on Monday.'
    assert who(text) == [("It is a fair deal,", "I-Wen Lin")]
    text = 'Taiwan\'s envoy to the talks, I-Wen Lin, said the deal was "fair".'
    assert who(text) == [("fair", "I-Wen Lin")]


# (2) Māori tribe names are bodies
def test_a_person_whose_name_opens_like_a_tribes_stays_a_person():
    text = 'Nga Nguyen, a nurse in Houston, said the hospital was full.\n"We are exhausted," she said.'
    assert who(text) == [("We are exhausted,", "Nga Nguyen")]
    text = 'Ngai Ka-ho, a lawmaker, said the bill was flawed.\n"It is rushed," he said.'
    assert who(text) == [("It is rushed,", "Ngai Ka-ho")]
    # the tribe written without its macron is still a body
    text = ('Iwi chair Mereana Tane-Lewis said Ngai Tahu had not been consulted.\n'
            '"The river is our tupuna," she said.')
    assert who(text) == [("The river is our tupuna,", "Mereana Tane-Lewis")]


# (3) a headline's capitalised word after its quote that the body never writes again
def test_a_headline_quote_two_say_below_is_not_given_to_the_first():
    # "Albo" is the prime minister's nickname; the union boss only mocks his words
    text = ("'Not a cent more': Albo draws line on wage claim\n"
            "The prime minister spoke on Monday.\n"
            'Union boss Sally Kerr said workers were sick of hearing "not a cent more" from Canberra. '
            'Prime Minister Anthony Albanese told reporters: "Not a cent more, and that is final."')
    assert who(text, heads=2)[0][1] != "Sally Kerr"
    # one who says them below still gets them
    text = ("'Not a cent more': Albo draws line on wage claim\n"
            "The prime minister spoke on Monday.\n"
            'Prime Minister Anthony Albanese told reporters: "Not a cent more, and that is final."')
    assert who(text, heads=2)[0] == ("Not a cent more", "Anthony Albanese")


# (4) "a spokesperson" and "a spokesperson for …" merge
def test_a_spokesperson_and_a_spokesperson_for_another_body_are_two():
    text = ('"We are reviewing the report," a spokesperson said.\n'
            'A spokesperson for the union said workers "will not accept" the offer.')
    assert speakers(text) == ["a spokesperson", "a spokesperson for the union"]
    text = ('The company said it was reviewing the report. "We take safety seriously," a spokesperson said.\n'
            'The union was less measured. A spokesperson for the union said members "will strike" on Monday.\n'
            '"Our members are angry," the spokesperson said.')
    got = who(text)
    assert got[0][1] == "a spokesperson"
    assert got[1][1] == got[2][1] == "a spokesperson for the union"
    text = ('An official said the talks had "stalled".\n'
            'An official for the rival delegation said the claim was "nonsense".')
    assert len(speakers(text)) == 2
    # the short one read back from "the spokesperson" is still the one described in full
    text = ('A spokesperson for the minister said the levy was fair.\n'
            '"Everyone should contribute," the spokesperson said.\n'
            'A spokesperson for the minister later said it would "consider all feedback".')
    assert speakers(text) == ["a spokesperson for the minister"]


def test_the_spokesperson_named_later_in_the_same_words_is_the_one_who_spoke():
    # "the spokesperson, Tom Baird" is the very spokesperson, named at last
    text = ('A spokesperson for the council said the road would reopen.\n'
            '"We are sorry," the spokesperson said.\n'
            'Later the spokesperson, Tom Baird, told the Herald: "It was a mistake."')
    assert who(text) == [("We are sorry,", "Tom Baird"), ("It was a mistake.", "Tom Baird")]


# (5) a short quoted subhead
def test_a_short_quote_after_a_colon_is_the_speech_it_introduces():
    text = 'Protesters outside the court chanted:\n"No justice no peace"\nPolice said the crowd was peaceful.'
    assert who(text) == [("No justice no peace", "protesters")]
    text = 'Asked if he would run again, Mayor Tom Hale said:\n"Never say never"\nHis term ends in 2027.'
    assert who(text) == [("Never say never", "Tom Hale")]


def test_a_short_quote_whose_words_never_come_back_is_speech_carried_on():
    text = ('Mayor Tom Hale thanked voters after the count.\n"We did it together"\n'
            'He will be sworn in on Monday.')
    assert who(text) == [("We did it together", "Tom Hale")]
    text = ('Hale posted a short message on Facebook after the result.\n"Thank you Ohio"\n'
            'His rival conceded an hour later.')
    assert who(text) == [("Thank you Ohio", "Hale")]


# (7) "As the health economist X has argued": X a subject
def test_a_name_compared_after_as_the_role_stays_an_object():
    text = ('Tom Pike was named captain, the same honour as the striker Dean Mallory. '
            '"We will recover," he said.')
    assert who(text) == [("We will recover,", "Tom Pike")]
    text = ('Tom Pike said the club was shocked.\n'
            'It came on the same day as the defender Sam Ory was sold. "We will recover," he said.')
    assert who(text)[-1] == ("We will recover,", "Tom Pike")
    text = 'Tom Pike was hired as the coach Dean Mallory left. "We will build," he said.'
    assert who(text) == [("We will build,", "Tom Pike")]


# (8) "the EU diplomat" joins the one described in full
def test_the_source_said_again_after_two_described_apart_joins_neither_first():
    # the later of the two is as likely; the first is no better a guess
    text = ('"We were blindsided," a senior official in the mayor\'s office said.\n'
            'A senior official at the transit agency said the plan was "sound".\n'
            '"It was rushed," the senior official said.')
    assert who(text)[2][1] != "a senior official in the mayor's office"
    text = ('"It is late," a source at the ministry said.\n'
            '"It is early," a source close to the president said.\n'
            '"We will see," the source said.')
    assert who(text)[2][1] != "a source at the ministry"


def test_a_subhead_whose_words_two_speakers_quote_is_left_unsaid():
    # the words quoted above as the mayor's, by Hale, and below by her spokesman: whose the
    # subhead is, the text does not tell
    text = ('Tom Hale said the mayor had called his plan "reckless and cruel".\n'
            '"Reckless and cruel"\n'
            'The mayor\'s spokesman, Ben Ory, said: "The plan is reckless and cruel, and the mayor stands by that."')
    assert who(text)[1] == ("Reckless and cruel", None)


def test_a_wire_storys_capitals_subhead_is_no_speech_carried_on():
    text = ('Mayor Tom Hale also announced a new bus route on Tuesday.\n'
            '"EVENTUALLY THE VALLEY WILL GROW"\n'
            'Across the region, councils are cutting services.')
    assert who(text) == [("EVENTUALLY THE VALLEY WILL GROW", None)]
