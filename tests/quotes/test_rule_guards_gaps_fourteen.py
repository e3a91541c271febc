"""Guards from the review of session 14's gap fixes (rvg): ordinary sentences near each
rule's trigger, with the right answer."""
from tests.quotes.reading import who


def test_a_place_of_two_words_between_an_office_and_its_holders_name():
    # the place is not always one word: the holder's name is what follows all of it
    text = '"We stand together," said Prime Minister of New Zealand Chris Hipkins.'
    assert who(text) == [("We stand together,", "Chris Hipkins")]
    text = '"The economy is growing," President of South Africa Cyril Ramaphosa told parliament.'
    assert who(text) == [("The economy is growing,", "Cyril Ramaphosa")]
    text = '"Threats are rising," Director of National Intelligence Jim Calloway said.'
    assert who(text) == [("Threats are rising,", "Jim Calloway")]
    # (a place of one word keeps a name of three)
    text = '"The port is open," said Governor of Westmark Anna Maria Wirth.'
    assert who(text) == [("The port is open,", "Anna Maria Wirth")]


def test_the_name_set_off_after_of_or_with_the_body_may_be_the_bodys():
    # "with the agency, Parks Canada,": the agency's name, not the official's
    text = ('An official with the agency, Parks Canada, said the trail was closed. '
            '"It is unsafe," the official said.')
    assert who(text) == [("It is unsafe,", "an official")]
    # (a phrase of where that is no body's still gives the person)
    text = ('A nurse at the hospital, Grace Mwangi, told reporters that beds were full. '
            '"We are overwhelmed," the nurse said.')
    assert who(text) == [("We are overwhelmed,", "Grace Mwangi")]


def test_offices_with_a_country_before_the_title_and_an_envoys_to():
    text = '"Japan is a close ally," the US Ambassador to Japan told reporters.'
    assert who(text) == [("Japan is a close ally,", "the US Ambassador to Japan")]
    text = '"It is a scandal," said the Kenyan Minister of Health.'
    assert who(text) == [("It is a scandal,", "the Kenyan Minister of Health")]
    # (the office's holder named after it is the speaker)
    text = '"It is a scandal," the Kenyan Minister of Health, Susan Nakhumi, said.'
    assert who(text) == [("It is a scandal,", "Susan Nakhumi")]
