"""A name known with its title: "Pope Francis", "King Charles", "Lord Sugar". Every
sentence here is the project's own; the styles are real, the stories made up."""
from tests.quotes.reading import speaker_names, who


def test_a_one_word_name_keeps_the_style_the_text_gives_it():
    text = 'Pope Francis said war was "a defeat".\n"Pray for peace," the Pope told pilgrims.'
    assert who(text) == [("a defeat", "Pope Francis"), ("Pray for peace,", "Pope Francis")]
    assert speaker_names('Lord Sugar said the plan was "daft". "It is daft," Sugar added.') == ["Lord Sugar"]
    assert speaker_names('Baroness Hale said the ruling was "clear".') == ["Baroness Hale"]


def test_the_king_is_the_king_named_before():
    text = 'King Charles III said the garden was "a joy". "We must plant more," the King added.'
    assert who(text) == [("a joy", "King Charles III"), ("We must plant more,", "King Charles III")]
    assert speaker_names('The Queen said the garden was "a joy".') == ["the Queen"]


def test_a_surname_that_is_a_title_and_a_plain_honorific():
    # must not fire: King is Martin Luther King III's surname; "Mr" is not kept with a surname
    assert who('Martin Luther King III said the march was "for all".') == [("for all", "Martin Luther King III")]
    assert speaker_names('Mr Hosk said the plan was "daft". "It is daft," Hosk added.') == ["Hosk"]
    # a full name shows without its title, as before
    assert speaker_names('Archbishop Justin Welby said it was "a scandal".') == ["Justin Welby"]
