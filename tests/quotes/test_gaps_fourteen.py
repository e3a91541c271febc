"""Gaps left by earlier sessions (session fourteen): sentences we wrote; people, places and
bodies made up."""
from .reading import who


def test_an_office_with_a_country_or_rank_before_its_title_is_the_office():
    # "the US Secretary of State said": the office, not its last word
    text = '"We will not bend on this," the US Secretary of State said on Tuesday.'
    assert who(text) == [("We will not bend on this,", "the US Secretary of State")]
    text = '"Waiting lists are falling," the Kenyan Minister of Health said.'
    assert who(text) == [("Waiting lists are falling,", "the Kenyan Minister of Health")]
    text = '"The border stays open," the Prime Minister of Westmark said.'
    assert who(text) == [("The border stays open,", "the Prime Minister of Westmark")]
    text = '"The charges stand," the Attorney General of Westmark said.'
    assert who(text) == [("The charges stand,", "the Attorney General of Westmark")]
    text = '"Aid must reach them," the Secretary-General of the United Nations said.'
    assert who(text) == [("Aid must reach them,", "the Secretary-General of the United Nations")]
    # (and the office joins the person the text gives it)
    text = ('Ama Rolle, the US Secretary of State, flew in on Monday. '
            '"We will not bend on this," the US Secretary of State said.')
    assert who(text) == [("We will not bend on this,", "Ama Rolle")]


def test_an_office_with_a_name_after_it_is_still_the_name():
    text = '"We will not bend," the Minister of State Kofi Mensah said.'
    assert who(text) == [("We will not bend,", "Kofi Mensah")]
    text = '"We will not bend," the US Secretary of State Ama Rolle said.'
    assert who(text) == [("We will not bend,", "Ama Rolle")]
    text = '"We will not bend," the Minister of State said.'
    assert who(text) == [("We will not bend,", "the Minister of State")]
    text = '"It is over," the former Secretary of State said.'
    assert who(text) == [("It is over,", "the former Secretary of State")]


def test_a_title_of_a_body_and_its_place_before_a_name_gives_the_name():
    # "Governor of the Bank of Westmark Dana Wirth": the body's "of Westmark" is no part of
    # her name
    text = '"Rates will hold," Governor of the Bank of Westmark Dana Wirth said.'
    assert who(text) == [("Rates will hold,", "Dana Wirth")]
    text = 'Governor of the Bank of Westmark Dana Wirth said: "Rates will hold." "Prices will ease," Wirth added.'
    assert who(text) == [("Rates will hold.", "Dana Wirth"), ("Prices will ease,", "Dana Wirth")]
    text = '"We will not bend," the Prime Minister of Westmark Kofi Mensah said.'
    assert who(text) == [("We will not bend,", "Kofi Mensah")]
    text = '"We will not bend," Governor of Lagos State Kofi Mensah said.'
    assert who(text) == [("We will not bend,", "Kofi Mensah")]
    # (a portfolio of two words, a person's of three, are kept whole)
    text = '"Order," Minister of Foreign Affairs Kofi Mensah said.'
    assert who(text) == [("Order,", "Kofi Mensah")]
    text = '"Order," Minister for Housing Dara Ní Bhriain said.'
    assert who(text) == [("Order,", "Dara Ní Bhriain")]


def test_a_speaker_of_a_house_of_commons_before_a_name_gives_the_name():
    text = '"Order, order," Speaker of the House of Commons Lindsay Varga said.'
    assert who(text) == [("Order, order,", "Lindsay Varga")]
    # (the office alone stays the office)
    text = '"Order," the Speaker of the House of Representatives said.'
    assert who(text) == [("Order,", "the Speaker of the House of Representatives")]


def test_of_and_a_name_after_no_office_is_left_alone():
    # a body's name is no office's title: its last words are not a person's
    text = '"It is over," the Ama Rolle Foundation of Westmark said.'
    assert who(text) == [("It is over,", "Ama Rolle Foundation of Westmark")]
    text = '"Talks will go on," said President Xi Wenming of the Pacific Council.'
    assert who(text) == [("Talks will go on,", "Xi Wenming")]
    text = '"Order," Tom Cole of Oklahoma said.'
    assert who(text) == [("Order,", "Tom Cole")]
    # (after a lower-case "of" the run is her full name: "a friend of Anna Maria Wirth")
    text = 'The mother of Anna Maria Wirth spoke. "It hurts," Wirth said.'
    assert who(text) == [("It hurts,", "Anna Maria Wirth")]
    text = 'Critics of Anna Maria Wirth gathered. "It hurts," Wirth said.'
    assert who(text) == [("It hurts,", "Anna Maria Wirth")]


def test_a_description_with_a_phrase_of_where_and_a_name_after_it_is_the_name():
    # "A union leader in the port, Sam Oduya, said": "the leader" later is Sam Oduya
    text = ('A union leader in the port, Sam Oduya, said the strike would go on. '
            '"We are ready," the leader said.')
    assert who(text) == [("We are ready,", "Sam Oduya")]
    text = ('A nurse at the clinic, Ama Boateng, said the ward was full.\n'
            '"We are tired," the nurse said.')
    assert who(text) == [("We are tired,", "Ama Boateng")]


def test_a_description_with_a_phrase_of_where_and_no_name_stays_anonymous():
    text = 'A union leader in the port said the strike would go on. "We are ready," the leader said.'
    assert who(text) == [("We are ready,", "a union leader")]
    text = ('A union leader at the port, who asked not to be named, said the strike would go on. '
            '"We are ready," the leader said.')
    assert who(text) == [("We are ready,", "a union leader")]
    # (the name after the comma is the subject, no apposition)
    text = ('Speaking to a union leader in the port, Sam Oduya said the strike would go on. '
            '"We are ready," the leader said.')
    assert who(text) == [("We are ready,", "a union leader")]
    # (a place's name, not a person's)
    text = ('A union leader in the capital, Westmark City, said the strike would go on. '
            '"We are ready," the leader said.')
    assert who(text) == [("We are ready,", "a union leader")]
    text = ('A nurse at the clinic met the minister, Kofi Mensah, on Monday. '
            '"We are tired," the nurse said.')
    assert who(text) == [("We are tired,", "a nurse")]


def test_a_given_name_alone_of_a_he_is_no_she():
    # "Kofi" after "Kofi Mensah", a "he" already: not the "she" after it
    text = ('"I am tired," Kofi Mensah said. "It is late," he added.\n'
            'Kofi, a driver, walked to the depot. "Nobody came," she said.')
    assert who(text)[2] == ("Nobody came,", None)
    text = ('"I am tired," Amara Obi said. "It is late," she added.\n'
            'Amara, a nurse, walked to the depot. "Nobody came," he said.')
    assert who(text)[2] == ("Nobody came,", None)
    # (the pronoun of her own sex is still hers; and one of no known sex stays a candidate)
    text = ('"I am tired," Amara Obi said. "It is late," she added.\n'
            'Amara, a nurse, walked to the depot. "Nobody came," she said.')
    assert who(text)[2] == ("Nobody came,", "Amara Obi")
    text = '"I am tired," Kofi Mensah said.\nKofi, a driver, walked to the depot. "Nobody came," he said.'
    assert who(text)[1] == ("Nobody came,", "Kofi Mensah")


def test_the_states_or_the_prosecutions_claim_is_theirs():
    text = 'The mayor said the state\'s claim that "the bridge is safe" was wrong.'
    assert who(text) == [("the bridge is safe", "the state")]
    text = 'The judge rejected the prosecution\'s argument that the accused was "a flight risk".'
    assert who(text) == [("a flight risk", "the prosecution")]
    # (not a state, her state, a claim with no possessive, or a possessive with no claim)
    text = 'The mayor said a state\'s claim that "the bridge is safe" was wrong.'
    assert who(text) == [("the bridge is safe", "the mayor")]
    text = 'The mayor said her state\'s claim that "the bridge is safe" was wrong.'
    assert who(text) == [("the bridge is safe", "the mayor")]
    text = 'The mayor said the state\'s roads were "a disgrace".'
    assert who(text) == [("a disgrace", "the mayor")]
    text = 'The judge rejected the state\'s argument, saying it was "absurd".'
    assert who(text) == [("absurd", "the judge")]


def test_a_name_with_initials_after_a_verb_is_its_object():
    # "defeated three-time MLA R. Gopinath": the initial is his name's, so the name is the
    # object of "defeated", not the next he
    text = ('Anil Kumar won the seat in 2016. He defeated three-time MLA R. Gopinath. '
            '"It was a fair fight," he said.')
    assert who(text) == [("It was a fair fight,", "Anil Kumar")]
    text = ('Anil Kumar, who defeated three-time MLA R.K. Gopinath, spoke. '
            '"It was a fair fight," he said.')
    assert who(text) == [("It was a fair fight,", "Anil Kumar")]
    # (one opening a sentence is its subject; a place's letters ending one are no initials)
    text = 'Anil Kumar won the seat in 2016. R. Gopinath lost. "It was a fair fight," he said.'
    assert who(text) == [("It was a fair fight,", "R. Gopinath")]
    text = 'Anil Kumar moved to the U.S. Ravi Gopinath stayed. "It was a fair fight," he said.'
    assert who(text) == [("It was a fair fight,", "Ravi Gopinath")]


def test_an_office_of_a_state_or_to_a_country_is_the_office():
    text = '"We will not bend," the new Governor of Lagos State said.'
    assert who(text) == [("We will not bend,", "the new Governor of Lagos State")]
    text = '"We will not bend," the US Ambassador to Japan said.'
    assert who(text) == [("We will not bend,", "the US Ambassador to Japan")]
    # (a name after it is still the name; a party's MP for a seat is left as it was)
    text = '"It is over," Governor of Lagos State Kofi Mensah said.'
    assert who(text) == [("It is over,", "Kofi Mensah")]
    text = '"We will not bend," the Labour MP for Leeds said.'
    assert who(text) == [("We will not bend,", "the Labour MP for Leeds")]
    text = '"We will not bend," the Green leader of Kessel council said.'
    assert who(text) == [("We will not bend,", "the Green leader of Kessel council")]
