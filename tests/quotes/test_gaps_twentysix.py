"""Gaps twenty-six: names cut or read wrongly, and speakers credited to the wrong words,
fixed with general rules. Every sentence here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_dean_before_a_surname_alone_is_a_given_name():
    # "Dean Pell", with or without a nickname: his given name, kept when the surname speaks
    text = "In Wenbury, truck driver and part-time farmer Dean 'Dusty' Pell said he expected a busy year.\n'Good for me,' Mr Pell said."
    assert who(text) == [("Good for me,", "Dean Pell")]
    text = 'Dean Pell said he was busy.\n"Good for me," Pell said.'
    assert speaker_names(text) == ["Dean Pell"]


def test_dean_before_a_full_name_is_a_title():
    # must not fire: the dean of a school titled so before both names
    text = 'Dean Ann Pell of the Arden law school said the fees would rise.\n"We have no choice," Pell said.'
    assert speaker_names(text) == ["Ann Pell"]
    # and before the school he is dean of ("of Arden" alone is where a man is from)
    text = 'Dean Pell of Arden College said the fees would rise.\n"We have no choice," Pell said.'
    assert speaker_names(text) == ["Pell"]
    text = 'Dean Pell of Arden said the fees would rise.\n"We have no choice," Pell said.'
    assert speaker_names(text) == ["Dean Pell"]


def test_a_no_break_space_inside_a_name_joins_it():
    text = 'Police Chief Marta\u00a0Okonjo said the road was shut.\n"It is over," Okonjo said.'
    assert who(text) == [("It is over,", "Marta Okonjo")]
    text = 'Marta\u202fOkonjo, the chief, spoke on Monday.\n"It is over," she said.'
    assert speaker_names(text) == ["Marta Okonjo"]


def test_a_no_break_space_between_two_names_keeps_them_apart():
    # must not fire: a no-break space is only a space, not a name's glue across a comma
    text = 'Marta Okonjo and Tom\u00a0Pell met on Monday.\n"It is over," Pell said.'
    assert speaker_names(text) == ["Tom Pell"]


def test_a_firm_named_with_a_possessive_keeps_it():
    text = "\u201cPrices will fall,\u201d Kellow's said in a statement."
    assert who(text) == [("Prices will fall,", "Kellow's")]
    text = "Kellow\u2019s said: \u201cPrices will fall.\u201d\n\u201cWe are sorry,\u201d said Kellow\u2019s."
    assert speaker_names(text) == ["Kellow\u2019s"]
    text = "\u201cPrices will fall,\u201d a Kellow's spokesperson said."
    assert speaker_names(text) == ["a Kellow's spokesperson"]


def test_a_persons_possessive_before_a_verb_is_no_firm():
    # must not fire: what the person owns speaks, or the name written elsewhere without it
    text = "Obi's lawyer said: \u201cHe is innocent.\u201d"
    assert speaker_names(text) == ["Obi's lawyer"]
    text = "Ann Obi is angry. Obi's said \u201cit is over\u201d many times."
    assert speaker_names(text) == ["Ann Obi"]
    text = "Obi's said to be \u201cfurious\u201d."
    assert who(text) == [("furious", None)]


def test_an_adverb_opening_a_sentence_is_no_name():
    text = (
        "Quickly seizing on the fire in Arden \u2015 much as he did after the flood last year \u2015 Pell cast the"
        " blame on his rivals, and stressed the threat that \u201curban decay\u201d poses to the town."
    )
    assert speaker_names(text) == []


def test_a_given_name_in_ly_still_speaks():
    # must not fire: "Kimberly" before a verb, or set off by commas, is her name
    text = "Kimberly seized on the fire and stressed the threat that \u201curban decay\u201d poses to the town."
    assert speaker_names(text) == ["Kimberly"]
    text = "Kelly, seizing on the fire, stressed the threat that \u201curban decay\u201d poses to the town."
    assert speaker_names(text) == ["Kelly"]


def test_the_one_a_thing_surprises_speaks_after_the_colon():
    text = "The timing of the vote doesn't surprise Arden pollster Ann Obi: \u201cThey always wait until the summer.\u201d"
    assert speaker_names(text) == ["Ann Obi"]
    text = "The delay frustrates residents:\n\u201cWe cannot plan.\u201d"
    assert speaker_names(text) == ["residents"]
    text = "The ruling pleased nobody: \u201cWe can plan.\u201d"
    assert who(text) == [("We can plan.", None)]


def test_a_person_who_surprises_others_still_speaks():
    # must not fire: a person's doing; and a feeling after "was"
    text = "The mayor surprised reporters: \u201cI resign.\u201d"
    assert speaker_names(text) == ["the mayor"]
    text = "Tom Pell was pleased with the deal: \u201cWe can plan.\u201d"
    assert speaker_names(text) == ["Tom Pell"]


def test_a_few_in_the_crowd_speak_as_written():
    text = "Two in the crowd said they were \u201cfed up\u201d."
    assert speaker_names(text) == ["two in the crowd"]
    text = "\u201cWe are fed up,\u201d said one in the crowd."
    assert who(text) == [("We are fed up,", "one in the crowd")]


def test_a_time_in_the_morning_is_no_share():
    # must not fire: "five in the morning" is when
    text = "The council at five in the morning said it was \u201cready\u201d."
    assert speaker_names(text) == ["the council at five in the morning"]
    text = "\u201cWe are fed up,\u201d said one in the morning."
    assert who(text) == [("We are fed up,", None)]


def test_counts_above_four_are_shown_in_small_letters():
    text = "Six in 10 voters said the town was \u201con the wrong track\u201d."
    assert speaker_names(text) == ["six in 10 voters"]
    text = "\u201cIt is in trouble,\u201d Nine in ten fans said."
    assert speaker_names(text) == ["nine in ten fans"]


def test_a_count_in_a_name_keeps_its_capital():
    # must not fire: a count inside a name is the name's ("Channel Six" speaks as written)
    text = "Two in 3 fans said the club was \u201cin trouble\u201d."
    assert speaker_names(text) == ["two in 3 fans"]
    text = "\u201cIt is over,\u201d Ann Six said."
    assert speaker_names(text) == ["Ann Six"]


def test_someone_close_to_a_person_is_no_one_named():
    text = "Someone close to the mayor said the plan was \u201cdead\u201d."
    assert speaker_names(text) == ["someone close to the mayor"]
    text = "\u201cIt is dead,\u201d said sources close to Ann Obi."
    assert speaker_names(text) == ["sources close to Ann Obi"]
    text = "People familiar with the talks said the plan was \u201cdead\u201d."
    assert speaker_names(text) == ["people familiar with the talks"]
    text = "\u201cIt is dead,\u201d someone close to the mayor said."
    assert speaker_names(text) == ["someone close to the mayor"]


def test_a_named_person_close_to_tears_still_speaks():
    # must not fire: "close to" after a name or a role set off by a comma is no group's
    text = "\u201cIt is dead,\u201d said the mayor, close to tears."
    assert speaker_names(text) == ["the mayor"]
    text = "\u201cIt is dead,\u201d Ann Obi, close to the mayor, said."
    assert speaker_names(text) == ["Ann Obi"]


def test_the_one_whose_job_it_is_speaks():
    text = "The bus hit a lorry whose driver said he had been \u201cblinded by the sun\u201d."
    assert speaker_names(text) == ["the lorry's driver"]
    text = "Police stopped a van whose owner told them it was \u201cborrowed\u201d."
    assert who(text) == [("borrowed", "the van's owner")]


def test_the_owner_after_an_inverted_verb_is_the_speaker():
    # must not fire: after "said", the one described speaks, not the one "whose" names
    text = "\u201cIt is a death trap,\u201d said a woman whose son died."
    assert speaker_names(text) != ["the woman's son"]
    text = "A woman whose son died said the road was \u201ca death trap\u201d."
    assert "the woman's son" not in speaker_names(text)


def test_a_reports_findings_are_its_words():
    text = "A review of the Arden scheme found it had been \u201cbadly managed\u201d."
    assert speaker_names(text) == ["a review of the Arden scheme"]
    text = "A survey of 500 nurses found they felt \u201cburnt out\u201d."
    assert speaker_names(text) == ["a survey of 500 nurses"]


def test_what_someone_found_is_no_speech():
    # must not fire: a finder that is no document, or a report that is the object before it
    text = "Police found the car \u201cabandoned\u201d near the river."
    assert who(text) == [("abandoned", None)]
    text = "Officers investigating the report of a fire found the house \u201cgutted\u201d."
    assert who(text) == [("gutted", None)]
