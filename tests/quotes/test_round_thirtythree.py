"""Round thirty-three: a televised-debate fact check, a royal visit, an air-accident report,
a fashion-week show, a race meeting, an archaeology find, a police briefing with reporters'
questions and a question period. Every sentence here is the project's own, every name
made up."""
from tests.quotes.reading import who, speaker_names


def test_capitalised_role_words_opening_the_sentence_name_the_next_she():
    # "Aviation safety consultant Yvette Lamarre said …": the role's first word opens the
    # sentence, so the name is its subject, and the "she" after it hers
    text = (
        '"A report is not enough," said Renata Solberg, whose son was on board.\n'
        "Aviation safety consultant Yvette Lamarre said the case echoed earlier crashes. "
        '"Icing doesn\'t forgive hesitation," she said.'
    )
    assert who(text)[-1] == ("Icing doesn't forgive hesitation,", "Yvette Lamarre")
    text = (
        '"It was a long night," said Colm Prentice, a fisherman.\n'
        "Harbour safety officer Nils Okonjo said the boats had been warned twice. "
        '"Nobody listened," he said.'
    )
    assert who(text)[-1] == ("Nobody listened,", "Nils Okonjo")


def test_capitalised_subject_before_a_role_object_is_no_role_word():
    # the capital opening the sentence is the subject, the name after the role its object:
    # the "he" is still the subject's
    for verb in ("defended", "also defended", "sold", "praises", "told"):
        text = (
            '"We were flat," said Gareth Pennock, the manager.\n'
            f"Pennock {verb} goalkeeper Ansel Nowicki after the match. "
            '"He has won us more points than he has cost us," he said.'
        )
        assert who(text)[-1] == ("He has won us more points than he has cost us,", "Gareth Pennock"), verb


def test_inverted_said_before_a_bare_field_and_role_takes_the_name():
    # "said agency hydrologist Martin Oyelaran": no article before the role's field, and
    # the field word a body's own noun ("agency"): the person named after the role speaks
    text = (
        "The reservoir stood at 21% of capacity, according to the state Water Resources Agency.\n"
        '"It\'s very low, and it\'s going the wrong way," said agency hydrologist Martin Oyelaran.'
    )
    assert who(text) == [("It's very low, and it's going the wrong way,", "Martin Oyelaran")]
    text = '"The bridge is safe," said county road engineer Tess Abara on Monday.'
    assert who(text) == [("The bridge is safe,", "Tess Abara")]
    text = '"The bridge is safe," said engineer Tess Abara on Monday.'
    assert who(text) == [("The bridge is safe,", "Tess Abara")]


def test_inverted_said_before_a_bare_field_must_not_take_more():
    # no name after the role: the words stay as they are
    assert who('"We will appeal," said agency officials.') == [("We will appeal,", "agency officials")]
    assert who('"We will appeal," said union members outside the gates.') == [("We will appeal,", "union members")]
    text = 'The Harlow Water Agency hired 40 hydrologists last year.\n"We will appeal," said the agency, which employs them.'
    assert who(text)[-1] == ("We will appeal,", "Harlow Water Agency")


def test_a_standfirst_trainer_is_the_trainer_the_body_quotes():
    # "Trainer hails '…'": a role word, the trainer named below who says the words
    text = (
        "Brass Lantern lands the Hill Chase\n"
        "Trainer hails 'the best horse I've had' after a late surge\n"
        "Brass Lantern gave trainer Moira Quill her biggest win on Saturday.\n"
        '"He\'s the best horse I\'ve had," Quill said.'
    )
    assert who(text, heads=2) == [("the best horse I've had", "Moira Quill"), ("He's the best horse I've had,", "Moira Quill")]
    assert speaker_names(text, heads=2) == ["Moira Quill"]


def test_a_trainer_before_a_name_is_a_role():
    text = '"He\'ll have a holiday now," said trainer Moira Quill.\n"He\'s earned it," she said.'
    assert speaker_names(text) == ["Moira Quill"]
    # a personal trainer who is not quoted is not a speaker
    text = 'The actor hired personal trainer Dev Okafor in May.\n"I feel great," said Lena Marsh.'
    assert speaker_names(text) == ["Lena Marsh"]


def test_a_title_word_after_a_role_is_a_given_name():
    # "Watch manager Dean Kettleby": the role is "watch manager", Dean his given name
    text = 'Watch manager Dean Kettleby said: "She asked what it was like going door to door."'
    assert speaker_names(text) == ["Dean Kettleby"]
    text = '"We were lucky," said striker Major Osei-Bonsu.'
    assert speaker_names(text) == ["Major Osei-Bonsu"]


def test_a_title_word_without_a_role_before_it_stays_a_title():
    text = 'Dean Kettleby of the law faculty said: "The exams will go ahead."'
    assert speaker_names(text) == ["Kettleby"]
    text = 'Faculty Dean Kettleby said: "The exams will go ahead."'
    assert speaker_names(text) == ["Kettleby"]
    text = '"No comment," said Judge Amara Quist.'
    assert speaker_names(text) == ["Amara Quist"]


def test_an_age_opening_the_sentence_is_no_part_of_the_name():
    text = 'Eight-year-old Ellie Marchbank, who gave her sunflowers, said: "She said they were her favourite."'
    assert speaker_names(text) == ["Ellie Marchbank"]
    text = 'Twelve-year-old Tom Ngata said: "It hurt."'
    assert speaker_names(text) == ["Tom Ngata"]
    # a body whose name holds the words keeps them
    text = 'The Twelve-Year-Old Club said: "We meet on Fridays."'
    assert speaker_names(text) == ["Twelve-Year-Old Club"]


def test_a_capitals_label_is_the_candidate_named_above():
    # a fact check's "SORENSEN: "…"": the speaker shows by the full name the story gave him
    text = (
        "Republican Dale Sorensen and Democrat Priya Okafor-Lyle clashed in Tuesday's debate.\n"
        "CRIME\n"
        'SORENSEN: "Violent crime is up 40% since my opponent took office."\n'
        "THE FACTS: That's misleading.\n"
        'OKAFOR-LYLE: "My opponent voted to raise the gas tax twice."'
    )
    assert who(text) == [
        ("Violent crime is up 40% since my opponent took office.", "Dale Sorensen"),
        ("My opponent voted to raise the gas tax twice.", "Priya Okafor-Lyle"),
    ]
    assert speaker_names(text) == ["Dale Sorensen", "Priya Okafor-Lyle"]


def test_a_capitals_label_the_text_never_writes_small_stays_as_written():
    text = 'Officials at the agency were upbeat.\nNASA: "We launch on Friday."'
    assert speaker_names(text) == ["NASA"]
    text = 'The board met on Monday.\nWHITLOCK: "We will not sell."'
    assert speaker_names(text) == ["WHITLOCK"]


def test_the_airline_is_the_airline_that_spoke_just_before():
    text = (
        "Coastline Air said in a statement it accepted the findings and had restored the training. "
        '"We have learned painful lessons," the airline said.'
    )
    assert who(text) == [("We have learned painful lessons,", "Coastline Air")]
    text = 'Skyreach Airways said fares would rise in May. "Fuel costs more," the carrier said.'
    assert speaker_names(text) == ["Skyreach Airways"]


def test_the_airline_is_no_public_body_or_person_that_spoke_before():
    text = 'The regulator said it would study the report. "We are not satisfied," the airline said.'
    assert speaker_names(text) == ["the airline"]
    text = 'Pilot Dara Quist said the runway was icy. "We followed procedure," the airline said.'
    assert speaker_names(text) == ["the airline"]


def test_a_peer_shows_by_the_full_style_the_text_gave():
    text = (
        'The Duchess of Wessford told volunteers their work had been "extraordinary".\n'
        'Speaking later, the Duchess said: "You just got on with it."'
    )
    assert speaker_names(text) == ["Duchess of Wessford"]
    assert who(text)[-1] == ("You just got on with it.", "Duchess of Wessford")


def test_a_peer_never_given_a_style_stays_as_written():
    text = 'The Duchess said: "Thank you all."'
    assert speaker_names(text) == ["The Duchess"]


def test_near_misses_of_this_rounds_rules():
    # the trainer word: a trainer named but not quoted, one after the name, one with no name
    text = 'The county hired personal trainer Dev Okafor in May.\n"I feel great," said Lena Marsh.'
    assert speaker_names(text) == ["Lena Marsh"]
    assert who('"It saved money," said Omar Reyes, a trainer at the academy.') == [("It saved money,", "Omar Reyes")]
    assert who('"He is ready," said the trainer.') == [("He is ready,", "the trainer")]
    # an age: a possessive's owner is not the speaker, and "the 12-year-old" is the child named
    assert who('"It hurt," said the 12-year-old\'s mother, Ann Obi.') == [("It hurt,", "Ann Obi")]
    assert who('Tom Ngata, 12, was hurt. "It hurt," the 12-year-old said.') == [("It hurt,", "Tom Ngata")]
    # capitals: a section head and "THE FACTS:" are no speakers
    text = 'Republican Dale Sorensen spoke first.\nCRIME\nSORENSEN: "Crime is up."\nTHE FACTS: That is misleading.'
    assert speaker_names(text) == ["Dale Sorensen"]
    # the carrier: a company that is no airline, or an airline that did not speak just before
    text = 'Harlow Steel said profits fell. "Fuel costs more," the carrier said.'
    assert speaker_names(text) == ["the carrier"]
    text = (
        "Skyreach Airways said fares would rise.\n"
        'The regulator said it would look at the fares. "We are not satisfied," the airline said.'
    )
    assert who(text)[-1] == ("We are not satisfied,", "the airline")
    # "the company" still finds any company
    text = 'Harlow Steel said profits fell. "Fuel costs more," the company said.'
    assert speaker_names(text) == ["Harlow Steel"]


def test_a_name_after_for_the_owner_is_the_owners():
    # "A spokeswoman for the mall's owner, Castlegate Properties, said": the spokeswoman speaks
    text = (
        "A spokeswoman for the mall's owner, Castlegate Properties, said in a statement that "
        'the company was "cooperating fully" with police.'
    )
    assert who(text) == [("cooperating fully", "a spokeswoman for the mall's owner")]
    text = "A lawyer for the club's owners, the Pell family, said the sale was \"off\"."
    assert who(text) == [("off", "a lawyer for the club's owners")]


def test_a_name_after_a_role_for_a_body_is_still_the_roles():
    # no owner between: the name in apposition is the spokesman's own
    text = 'A spokesman for the ministry, Ahmed Ali, said the talks were "going well".'
    assert who(text) == [("going well", "Ahmed Ali")]
    text = "A spokesman for the minister's office, Ahmed Ali, said the talks were \"going well\"."
    assert who(text) == [("going well", "Ahmed Ali")]
    text = "The club's owner, Tom Pell, said the sale was \"off\"."
    assert who(text) == [("off", "Tom Pell")]
