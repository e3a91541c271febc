"""An award's compound ("Grammy-winning", "Oscar-nominated", "Booker-shortlisted")
describes the words after it, as "Singapore-based" does: never a name of its own."""
from tests.quotes.reading import speaker_names, who


def test_an_award_compound_before_a_role_keeps_the_role():
    text = '"It was a great night," the Grammy-winning singer said.'
    assert who(text) == [("It was a great night,", "the Grammy-winning singer")]


def test_a_shortlisted_writer_is_a_role_not_a_name():
    text = '"I wrote it in a shed," the Booker-shortlisted novelist said.'
    assert speaker_names(text) == ["the Booker-shortlisted novelist"]


def test_an_award_compound_before_a_name_is_dropped_from_it():
    text = '"It was a great night," Grammy-winning Ann Obi said.'
    assert who(text) == [("It was a great night,", "Ann Obi")]


def test_a_double_barrelled_surname_ending_in_winning_stays_a_name():
    # (near miss: the compound is a word in small letters after the hyphen)
    assert who('"We are hiring," said Tom Pell-Winning.') == [("We are hiring,", "Tom Pell-Winning")]
