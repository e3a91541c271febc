"""Gaps twenty-two: readings known to be wrong, fixed with general rules. Every sentence
here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_a_weekday_between_the_name_and_its_verb_after_the_quote():
    # "'…,' Ann Obi Monday said" (AP style): the day is when, not part of her name
    text = '"The plan is reckless," Ann Hosk Monday said.'
    assert who(text) == [("The plan is reckless,", "Ann Hosk")]
    text = '"The plan is reckless," Ann Hosk Tuesday told reporters.'
    assert who(text) == [("The plan is reckless,", "Ann Hosk")]


def test_a_weekday_after_the_name_with_no_verb_stays_unread():
    # must not fire: no verb after the day, or the day after the verb
    text = '"The plan is reckless," Ann Hosk said Monday.'
    assert who(text) == [("The plan is reckless,", "Ann Hosk")]
    text = 'The talks opened in Carrow.\n"The plan is reckless," Ann Hosk Monday.'
    assert who(text)[0][1] != "Ann Hosk Monday"


def test_state_media_opening_a_sentence_is_the_unnamed_group():
    # "State media said" at a sentence's start: the group, as "…," state media said reads it
    text = 'State media said the plan was "reckless".'
    assert who(text) == [("reckless", "state media")]
    text = 'State media said the plan was "reckless".\n"It will fail," state media added.'
    assert speaker_names(text) == ["state media"]
    text = 'Local media said the plan was "reckless".'
    assert who(text) == [("reckless", "local media")]


def test_a_firm_called_media_is_named():
    # must not fire: a firm whose name ends in a capital "Media" is the firm
    text = 'Kessel Media said the plan was "reckless".'
    assert who(text) == [("reckless", "Kessel Media")]


def test_given_names_that_are_also_words_stay_in_the_name():
    # "Said Ahmed told reporters", "George Will wrote": Said and Will are his names
    text = 'Said Ahmed told reporters the plan was "reckless".\n"It will fail," Ahmed said.'
    assert who(text) == [("reckless", "Said Ahmed"), ("It will fail,", "Said Ahmed")]
    text = '"The plan is reckless," Said Ahmed told reporters.'
    assert who(text) == [("The plan is reckless,", "Said Ahmed")]
    text = 'Gerrit Will wrote that the plan was "reckless".'
    assert who(text) == [("reckless", "Gerrit Will")]
    text = '"The plan is reckless," Gerrit Will wrote.'
    assert who(text) == [("The plan is reckless,", "Gerrit Will")]
    text = 'Ann Still said the plan was "reckless".'
    assert who(text) == [("reckless", "Ann Still")]


def test_said_and_will_as_words_stay_words():
    # must not fire: the inverted "Said the minister", a modal after a name, a father's Said
    text = 'Said the minister: "The plan is reckless."'
    assert who(text) == [("The plan is reckless.", "the minister")]
    text = 'Ann Hosk will say the plan is "reckless".'
    assert who(text) == [("reckless", "Ann Hosk")]
    text = 'Khalid bin Said said the plan was "reckless".'
    assert who(text) == [("reckless", "Khalid bin Said")]
    text = '"The plan is reckless," said Ahmed Khan.'
    assert who(text) == [("The plan is reckless,", "Ahmed Khan")]


def test_the_malaysian_title_written_with_its_apostrophe():
    # "Dato' Ali Hamid said": the title, as "Datuk Ali Hamid" is read
    text = "Dato' Rahim Sulong said the plan was \"reckless\"."
    assert who(text) == [("reckless", "Rahim Sulong")]
    text = "\"The plan is reckless,\" said Dato\u2019 Sri Rahim Sulong.\n\"It will fail,\" Rahim said."
    assert speaker_names(text) == ["Rahim Sulong"]
    text = "\"The plan is reckless,\" Dato' Rahim Sulong said."
    assert who(text) == [("The plan is reckless,", "Rahim Sulong")]


def test_an_apostrophe_after_other_words_is_no_title():
    # must not fire: a plural owner's apostrophe still names the body's person
    text = "\"The plan is reckless,\" said Pendle News' Ria Pascoe."
    assert who(text) == [("The plan is reckless,", "Ria Pascoe")]


def test_the_given_name_an_ends_a_vietnamese_name():
    # "'…,' Nguyen Thi An told reporters": An is her name, not the article
    text = '"The plan is reckless," Tran Thi An told reporters.'
    assert who(text) == [("The plan is reckless,", "Tran Thi An")]
    text = 'Tran Thi An told reporters the plan was "reckless".'
    assert who(text) == [("reckless", "Tran Thi An")]


def test_an_in_title_case_or_before_a_noun_is_the_article():
    # must not fire: a Title Case line's "An", an "An" after one capital
    text = 'Tom Pell wrote An Hour Of Need, calling it "reckless".'
    assert who(text) == [("reckless", "Tom Pell")]
    text = 'Tom Pell Said An Aide Was "Reckless"'
    assert "An" not in " ".join(speaker_names(text))


def test_junk_name_runs_an_adverb_and_i_a_glued_time_a_body_named_for_someone():
    # "Suddenly I", "4:30 PMDonald Trump", "the George W. Bush Presidential Library"
    text = 'Ann Hosk spoke first. Suddenly I said the plan was "reckless".'
    assert "Suddenly I" not in speaker_names(text)
    text = '4:30 PMTom Pell said the plan was "reckless".\n"It will fail," Pell said.'
    assert who(text) == [("reckless", "Tom Pell"), ("It will fail,", "Tom Pell")]
    text = 'Ann Hosk toured the Tom R. Pell Presidential Library on Monday.\n"It is fine," Pell said.'
    assert speaker_names(text) == ["Pell"]


def test_real_names_near_the_junk_stay_names():
    # must not fire: a monarch's numeral, a word that only opens in PM, the person beside
    # the body named for him
    text = 'King Charles I said the plan was "reckless".'
    assert who(text) == [("reckless", "Charles I")]
    text = 'PMax Hosk said the plan was "reckless".'
    assert who(text) == [("reckless", "PMax Hosk")]
    text = 'Tom R. Pell spoke at the Tom R. Pell Presidential Library on Monday.\n"It is fine," Pell said.'
    assert speaker_names(text) == ["Tom R. Pell"]


def test_those_were_the_words_of_a_person_after_the_quote():
    # '"…." Those were the words of Ann Obi, who …': she spoke them
    text = '"The plan is reckless." Those were the words of Ann Hosk, who leads the union.'
    assert who(text) == [("The plan is reckless.", "Ann Hosk")]
    text = '"The plan is reckless." That was the verdict of the union leader.'
    assert who(text) == [("The plan is reckless.", "the union leader")]


def test_the_words_of_a_thing_or_other_nouns_name_no_speaker():
    # must not fire: a song's words, the days of someone
    text = '"Hold on to me." Those were the words of the song.'
    assert who(text) == [("Hold on to me.", None)]
    text = '"The plan is reckless." Those were the days of Ann Hosk.'
    assert who(text) == [("The plan is reckless.", None)]


def test_an_office_word_that_is_the_named_persons_surname():
    # "Ann Sheriff …", then "Sheriff said": her surname, where no one in the story holds the office
    text = 'Ann Sheriff spoke to the council.\nSheriff said the plan was "reckless".'
    assert who(text) == [("reckless", "Ann Sheriff")]
    text = 'Ann Chancellor spoke to the council.\nChancellor said the plan was "reckless".'
    assert who(text) == [("reckless", "Ann Chancellor")]


def test_an_office_word_stays_the_office_where_someone_holds_it():
    # must not fire: the office held in the story, a title before a name, no such surname
    text = 'Ann Mayor spoke. Tom Pell, the mayor, left.\nMayor said the plan was "reckless".'
    assert who(text) == [("reckless", "Tom Pell")]
    text = 'Ann Sheriff spoke. Sheriff Tom Pell left.\nSheriff said the plan was "reckless".'
    assert who(text) == [("reckless", "Tom Pell")]
    text = 'Tom Pell spoke.\nSheriff said the plan was "reckless".'
    assert who(text) == [("reckless", "Sheriff")]
