"""Gaps closed in the nineteenth session, each by a rule across outlets: a father's name
Said inside an Arabic name, "underscored" as a verb of speech, named storms in weather
stories, and more below. Every sentence is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_the_given_name_said_inside_an_arabic_name():
    # "Khalid bin Said al-Harthi": "Said" is his father's name, not the verb
    text = ('Khalid bin Said al-Harthi said the talks were "productive".\n'
            '"We agreed on the text," bin Said said.\n'
            '"More will follow," said bin Said.\n'
            '"It is a start," al-Harthi said.')
    assert [s for _, s in who(text)] == ["Khalid bin Said al-Harthi"] * 4
    assert speaker_names(text) == ["Khalid bin Said al-Harthi"]
    text = 'Omar Said al-Qasimi told reporters the deal was "close".'
    assert who(text) == [("close", "Omar Said al-Qasimi")]


def test_said_after_a_name_stays_the_verb():
    # must not fire: the verb after a surname, and "Said" opening a sentence
    text = 'Khalid Hamad said the talks were "productive".\n"We agreed," Hamad said.'
    assert [s for _, s in who(text)] == ["Khalid Hamad", "Khalid Hamad"]
    text = 'Said Omar told reporters the deal was "close".'
    assert who(text) == [("close", "Omar")]


def test_underscored_is_a_verb_of_speech():
    assert who('"This is a red line," Ada Price underscored.') == [("This is a red line,", "Ada Price")]
    assert who('"This is a red line," underscored Ada Price.') == [("This is a red line,", "Ada Price")]
    assert who('Ada Price underscored: "This is a red line."') == [("This is a red line.", "Ada Price")]


def test_a_thing_that_underscores_says_nothing():
    # must not fire: a thing that underscores a need
    text = '"It is over," Ada Price said. The defeat underscored the "deep divisions" in the party.'
    assert who(text) == [("It is over,", "Ada Price"), ("deep divisions", None)]


def test_a_named_storm_is_no_one_to_be_she():
    text = ('Storm Edda battered the coast on Monday.\n'
            '"We lost the roof," said Mara Quill.\n'
            'Storm Edda is expected to weaken by Friday. "It was terrifying," she said.')
    assert [s for _, s in who(text)] == ["Mara Quill", "Mara Quill"]
    assert speaker_names(text) == ["Mara Quill"]
    text = ('Mara Quill runs the harbour cafe. Storm Edda tore off her roof in high winds.\n'
            '"We lost everything," she said.')
    assert who(text) == [("We lost everything,", "Mara Quill")]


def test_storm_as_a_given_name_outside_weather():
    # must not fire: no weather in the story, "Storm" is her given name
    text = 'Storm Kessler starred in the film.\n"It was fun," she said.'
    assert who(text) == [("It was fun,", "Storm Kessler")]
