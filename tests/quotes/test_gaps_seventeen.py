"""Gaps left by earlier sessions (session seventeen): sentences we wrote; people, places and
bodies made up."""
from .reading import speaker_names, who


def test_a_short_surname_ending_the_sentence_after_an_inverted_verb():
    # "said two-time winner Ann Obi.": the full stop ends the sentence, not the name
    text = '"We train every day," said two-time winner Ann Obi.'
    assert who(text) == [("We train every day,", "Ann Obi")]
    text = '"We train every day," said two-time champion Ann Obi. She won again.'
    assert who(text) == [("We train every day,", "Ann Obi")]
    assert speaker_names(text) == ["Ann Obi"]
    # (an initial's full stop stays in the name, the sentence's does not; a closing "Jr."
    # reads as "Jr" after any inverted verb, as it did before)
    text = '"We train every day," said two-time winner Ann B. Obi.'
    assert who(text) == [("We train every day,", "Ann B. Obi")]
    text = '"We train every day," said two-time winner Dr. Ann Obi.'
    assert who(text) == [("We train every day,", "Ann Obi")]


def test_a_place_set_before_the_subject_is_not_the_role_holder():
    # "In Leeds, the minister said": the place is where he spoke, not the minister's name
    text = 'In Leeds, the minister said: "We will build the line."'
    assert who(text) == [("We will build the line.", "the minister")]
    text = 'Speaking to reporters in Leeds, the minister said: "We will build the line."'
    assert who(text) == [("We will build the line.", "the minister")]
    text = 'At Carrow Docks, the union leader said: "We will strike."'
    assert who(text) == [("We will strike.", "the union leader")]
    # (the minister named elsewhere is the one; a name set off after the role is his)
    text = 'Minister Tom Hale toured the north.\nIn Leeds, the minister said: "We will build the line."'
    assert who(text) == [("We will build the line.", "Tom Hale")]
    text = 'In Leeds, the minister, Ann Obi, said: "We will build the line."'
    assert who(text) == [("We will build the line.", "Ann Obi")]
    text = 'Ann Obi, the minister, said: "We will build the line."'
    assert who(text) == [("We will build the line.", "Ann Obi")]


def test_a_role_in_apposition_to_the_object_of_a_fronted_phrase():
    # "In a letter to Tom Hale, the prime minister, Ann Obi wrote": he is the prime minister,
    # she the writer
    text = ('In a letter to Tom Hale, the prime minister, Ann Obi wrote: "We need help."\n'
            '"We will help," the prime minister said.')
    assert who(text) == [("We need help.", "Ann Obi"), ("We will help,", "Tom Hale")]
    # (one told is not the role either; a role opening the sentence is the name's after it)
    text = ('Speaking to the prime minister, Ann Obi said: "We need help."\n'
            '"We will help," the prime minister said.')
    assert who(text) == [("We need help.", "Ann Obi"), ("We will help,", "the prime minister")]
    text = ('The Commissioner for Health, Dr Ann Obi said: "We need help."\n'
            '"We will help," the commissioner said.')
    assert who(text) == [("We need help.", "Ann Obi"), ("We will help,", "Ann Obi")]
    text = ('Tom Hale, the prime minister, said the talks had failed.\n'
            '"We will help," the prime minister said.')
    assert who(text) == [("We will help,", "Tom Hale")]


def test_a_peer_or_a_bishop_named_by_the_title_and_its_place():
    # "said the Duke of Westmark": the title and its place are the name, not "Duke"
    text = '"We are ready," said the Duke of Westmark.'
    assert who(text) == [("We are ready,", "Duke of Westmark")]
    text = 'The Bishop of Carrow said: "We are ready."'
    assert who(text) == [("We are ready.", "Bishop of Carrow")]
    text = '"We are ready," the Countess of North Carrow said.'
    assert who(text) == [("We are ready,", "Countess of North Carrow")]
    text = '"We are ready," said the Earl of Carrow.\n"We are not," said the Earl of Carrow.'
    assert speaker_names(text) == ["Earl of Carrow"]
    # (a mayor's is an office; a name after the title and place is the holder's)
    text = '"We are ready," said the Mayor of Carrow.'
    assert who(text) == [("We are ready,", "the Mayor of Carrow")]
    text = '"We are ready," said Duke of Westmark Tom Pell.'
    assert who(text) == [("We are ready,", "Tom Pell")]
    text = '"We are ready," said the Duke of Westmark, Tom Pell.'
    assert who(text) == [("We are ready,", "Tom Pell")]


def test_a_name_after_a_place_preposition_before_the_sources_verb():
    # "… soured on Tom Hale, the Post reported": the object of "on" is not the Post
    text = ('The Carrow Post reported that Hale was ousted.\n'
            '"It came to a head," the Post reported, quoting an official.\n'
            'Members of the party long ago soured on Tom Hale, the Post reported.')
    assert who(text) == [("It came to a head,", "the Post")]
    text = text.replace("reported.", "reported, citing a source.")
    assert who(text) == [("It came to a head,", "the Post")]


def test_a_capitalised_field_before_a_role_and_a_name():
    # "said Olympic gold medallist Dana Reyes": the field's words and the role describe her
    text = '"It was hard," said Olympic gold medallist Dana Reyes.'
    assert who(text) == [("It was hard,", "Dana Reyes")]
    text = '"It was hard," said Carrow software executive Dana Reyes, who founded the firm.'
    assert who(text) == [("It was hard,", "Dana Reyes")]
    text = 'Radio talk host Dana Reyes used her show to discuss what she called a "brilliant" move.'
    assert who(text) == [("brilliant", "Dana Reyes")]
    # (a name before a role is still the name)
    text = '"It was hard," said Olympic champion Dana Reyes.'
    assert who(text) == [("It was hard,", "Dana Reyes")]
    text = '"It was hard," said Tom Hale, a gold medallist.'
    assert who(text) == [("It was hard,", "Tom Hale")]


def test_an_arabic_name_with_a_fathers_name_is_one_speaker():
    # "Abdullah bin Hamad Al Sowaidi", later "Al Sowaidi": his whole name, "bin" and all
    text = ('Abdullah bin Hamad Al Sowaidi, the minister, said the port would open.\n'
            '"It is done," the minister said.\nLater, "We are ready," Al Sowaidi said.')
    assert speaker_names(text) == ["Abdullah bin Hamad Al Sowaidi"]
    text = 'Abdullah bin Hamad Al-Sowaidi said the port would open.\n"We are ready," Al-Sowaidi said.'
    assert speaker_names(text) == ["Abdullah bin Hamad Al-Sowaidi"]
    text = 'Mariam bint Saeed El-Masri said the port would open.\n"We are ready," El-Masri said.'
    assert speaker_names(text) == ["Mariam bint Saeed El-Masri"]
    text = 'Ali bin Nasser bin Khalfan Al Harthy said the port would open.\n"We are ready," Al Harthy said.'
    assert speaker_names(text) == ["Ali bin Nasser bin Khalfan Al Harthy"]
    # (a name without a father's is read as before)
    text = 'Ahmed Hamad Al Sowaidi said the port would open.\n"We are ready," Al Sowaidi said.'
    assert speaker_names(text) == ["Ahmed Hamad Al Sowaidi"]
    text = 'Sheikh Ali bin Nasser Al Harthy said the port would open.\n"We are ready," Al Harthy said.'
    assert speaker_names(text) == ["Ali bin Nasser Al Harthy"]


def test_a_headlines_body_word_before_a_role_is_no_body():
    # "Club chairman quits, says board …": the chairman speaks, named in the body if he is
    text = 'Club chairman quits, says board "failed"\nTom Hale, the chairman of Carrow FC, resigned on Monday.'
    assert who(text, heads=1) == [("failed", "Tom Hale")]
    text = 'Club chairman says board "failed"\nCarrow FC chairman Tom Hale resigned on Monday.'
    assert who(text, heads=1) == [("failed", "Tom Hale")]
    text = 'Club chairman quits, says board "failed"\nThe chairman of Carrow FC resigned on Monday.'
    assert who(text, heads=1) == [("failed", "Club chairman")]
    # (a body's word alone is still the body the text names)
    text = 'Union says board "failed"\nThe Carrow Dockers Union said little.'
    assert who(text, heads=1) == [("failed", "Carrow Dockers Union")]


def test_a_founding_text_speaks_as_a_document_kept_as_written():
    # "the Constitution, which says "…"": a document, written with its article as "the
    # lawsuit" is, not a name "Constitution"
    text = 'He cited the Constitution, which says "all are equal".'
    assert who(text) == [("all are equal", "the Constitution")]
    text = 'The Constitution says "all are equal".'
    assert who(text) == [("all are equal", "the Constitution")]
    text = '"All are equal," the Charter says.'
    assert who(text) == [("All are equal,", "the Charter")]
    # (a named charter is named; a lower-case thing's "which" still names no one)
    text = 'He cited the Carrow Charter, which says "all are equal".'
    assert who(text) == [("all are equal", "Carrow Charter")]
    assert who('The report, which said the plan was "flawed", was leaked.') == [("flawed", None)]


def test_a_ministry_named_either_way_round_is_one_body():
    # "the Labour Ministry" and "the Ministry of Labour": one speaker
    text = 'The Labour Ministry said: "Wages will rise."\nThe Ministry of Labour said: "Jobs will grow."'
    assert speaker_names(text) == ["Ministry of Labour"]
    text = 'The Ministry of Labour said: "Jobs will grow."\n"Wages will rise," the Labour Ministry said.'
    assert speaker_names(text) == ["Ministry of Labour"]
    text = 'The Transport Department said: "Fares will rise."\nThe Department of Transport said: "Buses will run."'
    assert speaker_names(text) == ["Department of Transport"]
    # (another field is another body)
    text = 'The Labour Ministry said: "Wages will rise."\nThe Ministry of Health said: "Wards will open."'
    assert speaker_names(text) == ["Labour Ministry", "Ministry of Health"]


def test_a_group_at_bare_plurals_along_a_place_as_written():
    # "Residents of towns along the Kambala-Masuri highway said": the whole group, place and all
    text = 'Residents of towns along the Kambala-Masuri highway said "the road is unsafe".'
    assert who(text) == [("the road is unsafe", "residents of towns along the Kambala-Masuri highway")]
    text = 'Residents of towns along the Kambala-Masuri highway have told reporters they are "tired of promises".'
    assert who(text) == [("tired of promises", "residents of towns along the Kambala-Masuri highway")]
    # (a phrase of when after a name is still no part of it)
    text = 'Ann Obi, during a visit to Carrow, said: "The road is unsafe."'
    assert who(text) == [("The road is unsafe.", "Ann Obi")]
