"""Guards for the rules of gaps twenty-two: near misses where a careless version of each
rule would misfire, and the best must-fire sentences. Every sentence is the project's own,
every name made up."""
from tests.quotes.reading import speaker_names, who


# item 1: a weekday between the name after a quote and its verb

def test_a_weekday_after_a_full_name_is_when():
    text = '"The plan is reckless," Ann Hosk Monday said.'
    assert who(text) == [("The plan is reckless,", "Ann Hosk")]


def test_a_weekday_after_one_capitalised_word_is_a_surname():
    # "Joe Friday said": one word before the day is a given name, the day his surname
    text = '"The plan is reckless," Tom Friday said.'
    assert who(text) == [("The plan is reckless,", "Tom Friday")]
    text = '"The plan is reckless," Joe Sunday told reporters.'
    assert who(text) == [("The plan is reckless,", "Joe Sunday")]


def test_a_weekday_opening_the_next_sentence_is_no_part_of_the_name():
    text = '"The plan is reckless," said Ann Hosk. Monday said it would rain.'
    assert who(text) == [("The plan is reckless,", "Ann Hosk")]


# item 2: "State media"

def test_media_in_other_roles():
    text = 'Chinese state media said the plan was "reckless".'
    assert who(text) == [("reckless", "Chinese state media")]
    text = 'Carrow Media Group said the plan was "reckless".'
    assert who(text) == [("reckless", "Carrow Media Group")]
    text = 'State Media Minister Tom Pell said the plan was "reckless".'
    assert who(text) == [("reckless", "Tom Pell")]


# item 3: the given name Said; Will and Still as surnames

def test_said_opening_an_inverted_attribution_is_the_verb():
    text = 'Said Pell: "The plan is reckless."'
    assert who(text) == [("The plan is reckless.", "Pell")]
    text = 'Said Ann Hosk, the union leader: "The plan is reckless."'
    assert who(text) == [("The plan is reckless.", "Ann Hosk")]
    text = '"The plan is reckless," Pell said. Said Khan: "It will fail."'
    assert who(text) == [("The plan is reckless,", "Pell"), ("It will fail.", "Khan")]


def test_said_in_small_letters_before_a_name_is_the_verb():
    text = 'Tom Pell said Ahmed Khan was "reckless".'
    assert who(text) == [("reckless", "Tom Pell")]


def test_a_capitalised_adverb_that_is_no_surname_stays_out_of_the_name():
    # only Will and Still are read as surnames: "Pell Now says" on a mis-cased line is Pell
    text = 'Pell Now says plan is "reckless"\nTom Pell spoke.'
    assert who(text, heads=1) == [("reckless", "Tom Pell")]


def test_title_case_headlines_with_will_and_still():
    text = 'Trump Will Visit Carrow, Calls Plan "Reckless"\nTom Pell spoke.'
    assert "Trump Will" not in speaker_names(text, heads=1)
    text = 'Obi Also Said Plan Was "Reckless"\nTom Pell spoke.'
    assert "Obi Also" not in speaker_names(text, heads=1)


def test_still_as_a_surname_after_the_quote():
    text = '"The plan is reckless," said Ann Still.'
    assert who(text) == [("The plan is reckless,", "Ann Still")]


# item 4: Dato' with its apostrophe

def test_a_plural_owners_apostrophe_before_a_role_is_no_title():
    text = '"The plan is reckless," said the Judges\' spokesman, Tom Pell.'
    assert who(text) == [("The plan is reckless,", "Tom Pell")]
    text = "The Senators' aide, Tom Pell, said the plan was \"reckless\"."
    assert who(text) == [("reckless", "Tom Pell")]


# item 5: the given name An

def test_an_after_a_vietnamese_name_before_a_comma_or_verb():
    text = '"The plan is reckless," Le Van An, the minister, told reporters.'
    assert who(text) == [("The plan is reckless,", "Le Van An")]


def test_an_article_after_names_stays_the_article():
    text = 'Tom Pell said the Carrow Town An official called the plan "reckless".'
    assert who(text) == [("reckless", "an official")]
    text = 'Ann Obi An Inspiration, Says "Proud" Coach\nTom Pell spoke.'
    assert all("An" not in n.split() for n in speaker_names(text, heads=1))


# item 6: an office's word that is the named person's surname

def test_a_place_before_the_office_is_no_given_name():
    # "Carrow Mayor" after "the" or in apposition is the town's mayor, not Ms Mayor
    text = 'Tom Pell, Carrow Mayor, spoke.\nMayor said the plan was "reckless".'
    assert who(text) == [("reckless", "Mayor")]
    text = 'The Carrow Mayor spoke to the council.\nMayor said the plan was "reckless".'
    assert who(text) == [("reckless", "Mayor")]


def test_an_office_given_by_a_body_or_a_country_is_no_surname():
    # a name stands opening a sentence or after "said"; not after "elected" or "met"
    text = 'Tom Pell was elected Club President in May.\nPresident said the plan was "reckless".'
    assert who(text) == [("reckless", "President")]
    text = 'Ann Hosk thanked Carrow Mayor on Monday.\nMayor said the plan was "reckless".'
    assert who(text) == [("reckless", "Mayor")]
    text = 'Chancellor: "The Plan Is Reckless"\nAnn Hosk met German Chancellor on Monday.'
    assert who(text, heads=1) == [("The Plan Is Reckless", "Chancellor")]


def test_the_surname_office_after_said():
    text = '"The plan is reckless," said Ann Sheriff.\nSheriff said the vote was "close".'
    assert who(text) == [("The plan is reckless,", "Ann Sheriff"), ("close", "Ann Sheriff")]


def test_the_office_with_no_such_surname_stays_the_office():
    text = 'Ilona Marsh spoke to the council.\nPresident said the plan was "reckless".'
    assert who(text) == [("reckless", "President")]
    text = 'Tom Pell, the Vice President, spoke.\nPresident said the plan was "reckless".'
    assert who(text) == [("reckless", "President")]
    text = 'Ilona Marsh spoke to the council.\nThe President said the plan was "reckless".'
    assert who(text) == [("reckless", "the President")]


def test_the_surname_office_in_a_headline_and_after_an_age():
    text = 'Mayor: "The Plan Is Reckless"\nAnn Mayor spoke to the council on Monday.'
    assert who(text, heads=1) == [("The Plan Is Reckless", "Ann Mayor")]
    text = 'Ann Sheriff, 45, spoke to the council.\nSheriff said the plan was "reckless".'
    assert who(text) == [("reckless", "Ann Sheriff")]


# item 7: junk name runs

def test_a_surname_gallery_is_a_person():
    text = 'Tom Gallery said the plan was "reckless".\n"It will fail," Gallery added.'
    assert who(text) == [("reckless", "Tom Gallery"), ("It will fail,", "Tom Gallery")]
    text = 'Ann Hosk, director of the Tom Pell Academy, said the plan was "reckless".'
    assert who(text) == [("reckless", "Ann Hosk")]


# item 8: "Those were the words of …"

def test_the_words_of_a_text_name_no_speaker():
    text = '"Never again." Those are the words of the Carrow Accord.'
    assert who(text) == [("Never again.", None)]
    text = '"Never again." Those are the words of the Second Amendment.'
    assert who(text) == [("Never again.", None)]


def test_the_words_of_a_titled_or_late_person():
    text = '"Never again." Those were the words of the late Tom Pell.'
    assert who(text) == [("Never again.", "Tom Pell")]
    text = 'Tom Pell spoke. "Never again." That was the warning of Ann Hosk\'s father, who led the union.'
    assert who(text) == [("Never again.", "Ann Hosk's father")]


def test_an_attributed_quote_keeps_its_speaker():
    text = '"Never again," said Tom Pell. That was the view of Ann Hosk too.'
    assert who(text) == [("Never again,", "Tom Pell")]
