"""Sentences that broke round fifteen's rules (reviewed by rv15), each with the right
answer. Sentences we wrote; people, places and bodies made up."""
from .reading import speaker_names as speakers, who


def test_a_father_named_without_jr_is_not_his_son():
    # a name's numeral may be dropped ("Darko" for "Kofi Darko III"), but a given name and
    # surname without "Jr" or "Sr" may be the father
    text = ('Kwame Mensah Jr, a student, said fees had doubled. "We cannot pay," he said.\n'
            'His father, Kwame Mensah, a teacher, agreed. "It is too much," Kwame Mensah said.')
    assert who(text) == [("We cannot pay,", "Kwame Mensah Jr"), ("It is too much,", "Kwame Mensah")]
    # the surname alone is still the one with the numeral
    text = 'Kofi Darko III opened the durbar. "We will act," he said. "Soon," Darko said.'
    assert speakers(text) == ["Kofi Darko III"]


def test_a_plain_surname_named_after_a_double_barrelled_one_is_not_it():
    # "Smith" is "Mark Smith", not "Anna Smith-Jones" introduced before him
    text = ('Tenant Anna Smith-Jones has lived there for ten years. The landlord, Mark Smith, owns the building.\n'
            '"The roof has leaked since March," Smith-Jones said.\n'
            '"We will fix it soon," Smith said.')
    assert who(text) == [("The roof has leaked since March,", "Anna Smith-Jones"),
                         ("We will fix it soon,", "Mark Smith")]


def test_the_lawmaker_after_a_sentence_naming_two_is_not_the_last_named():
    # "the lawmaker" is not "she", the commissioner named last
    text = ('Hon. Ade Bello, who represents Ikeja, met the commissioner, Mrs Funke Ojo, on Monday.\n'
            '"We have asked for more funds," the lawmaker said.')
    assert who(text)[0][1] != "Funke Ojo"


def test_the_septuagenarian_is_the_one_the_text_gives_an_age_in_that_decade():
    # the son named last is not the septuagenarian his mother is
    text = ('Mrs Grace Adu, 72, said she had waited three hours. The septuagenarian\'s son, Kojo Adu, also spoke.\n'
            '"My mother should not have to wait," Kojo said.\n'
            '"I am tired," the septuagenarian said.')
    assert who(text)[1] == ("I am tired,", "Grace Adu")
    text = ('Chief Femi Adeoye, 84, said the farms were gone. His nephew, Tunde Adeoye, drove him.\n'
            '“Nobody listened,” the octogenarian said.')
    assert who(text) == [("Nobody listened,", "Femi Adeoye")]


def test_nana_as_a_given_name_is_kept_and_no_one_elses():
    # a chiefs' title is dropped ("Nana Ampem-Darko"), but Nana is a given name too: a woman
    # named "Nana Akufo" is not "Kwame Akufo", whom the text never calls Nana
    text = ('Nana Akufo, a trader at Makola market, said prices had doubled. Her husband, Kwame Akufo, a driver, blamed fuel.\n'
            '"Everything costs more," Kwame Akufo said.\n'
            '"I can no longer feed my children," Nana Akufo said.')
    assert who(text) == [("Everything costs more,", "Kwame Akufo"),
                         ("I can no longer feed my children,", "Nana Akufo")]
    text = ('Nana Ama Mensah, a nurse at the clinic, said the ward was short of staff. "We are exhausted," she said.')
    assert who(text) == [("We are exhausted,", "Nana Ama Mensah")]


def test_the_lawmaker_is_not_a_minister_named_after_a_senator():
    # the person named last is the minister; the text titles the senator a lawmaker
    text = ('Senator Ruth Kamau tabled the motion. Interior Minister Peter Otieno opposed it.\n'
            '"This motion is reckless," the lawmaker said.')
    assert who(text)[0][1] != "Peter Otieno"
    # one the text calls a legislator, just named, is still the legislator
    text = ('Senator Ruth Kamau tabled the motion on Tuesday. "We will not back down," she said.\n'
            'Another legislator, Paul Njoroge, disagreed. "It is a waste of time," the legislator said.')
    assert who(text)[1] == ("It is a waste of time,", "Paul Njoroge")


def test_a_full_name_given_only_as_is_kept_whole():
    # "who gave his name only as Kwaku" names him; a given name and surname stay whole
    text = ('The trader, who gave her name only as Akosua Mensah, said prices had doubled. '
            '"We cannot cope," she said.')
    assert who(text) == [("We cannot cope,", "Akosua Mensah")]


def test_it_after_the_ministry_said_is_the_nearer_body():
    # "The ministry said it …" is the ministry, but not past another body the sentence names
    text = ('Al Noor Hospital said on Monday that its wards were "fully staffed".\n'
            'The ministry said the hospital had been told to close one ward, but it insisted the ward was '
            '"safe for patients".')
    assert who(text) == [("fully staffed", "Al Noor Hospital"), ("safe for patients", "Al Noor Hospital")]


def test_a_lone_given_name_introduced_on_its_own_is_not_the_double_barrelled_name():
    # "Dr Omar" is "Dr Omar Haddad-Nasser"; a pupil introduced as "Sara, 9" is not "Ms Sara Al-Amiri"
    text = ('Ms Sara Al-Amiri, a teacher, said the heat was unbearable. Her pupil, Sara, 9, fainted.\n'
            '"She was dizzy," Sara said.')
    assert who(text) == [("She was dizzy,", "Sara")]


def test_the_mother_of_the_bride_is_no_cut_phrase():
    # "a mother of four" keeps its number; "the mother of the bride" is no "the mother of the"
    text = '"It hurts," said the mother of the bride, Mrs Ada Obi.'
    assert who(text)[0][1] in ("Ada Obi", "the mother", "the mother of the bride")


def test_a_place_closing_the_sentence_after_the_comma_is_no_name():
    # "said a trader, Mrs Kemi Adebayo." gives her; a state closing it is no one
    text = '"We will appeal," said an official at the ministry, Lagos State.'
    assert who(text) == [("We will appeal,", "an official at the ministry")]
