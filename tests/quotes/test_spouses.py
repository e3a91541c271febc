"""A couple who share a surname, told apart by their honorifics: "Tom Hosk and his wife
Ann … Mrs Hosk said" is Ann Hosk. Sentences and names are the project's own."""
from tests.quotes.reading import speaker_names, who


def test_his_wife_named_beside_him_is_mrs():
    text = (
        "Tom Hosk, 54, and his wife Ann run the village shop.\n"
        'Mr Hosk said trade was "down by half".\n'
        'Mrs Hosk said: "We cannot go on like this."'
    )
    assert who(text) == [("down by half", "Tom Hosk"), ("We cannot go on like this.", "Ann Hosk")]
    assert speaker_names(text) == ["Tom Hosk", "Ann Hosk"]


def test_his_wife_named_in_full_is_mrs_even_after_mr_spoke():
    text = (
        "Tom Hosk and his wife, Ann Hosk, run the village shop.\n"
        'Mr Hosk said trade was "down by half".\n'
        'Mrs Hosk said: "We cannot go on like this."'
    )
    assert who(text)[1] == ("We cannot go on like this.", "Ann Hosk")


def test_her_husband_is_mr():
    text = (
        "Ann Hosk, 54, and her husband Tom run the village shop.\n"
        '"We cannot go on like this," Mrs Hosk said.\n'
        'Mr Hosk said trade was "down by half".'
    )
    assert who(text) == [("We cannot go on like this,", "Ann Hosk"), ("down by half", "Tom Hosk")]


def test_a_son_does_not_take_his_fathers_mr():
    # "his son Dan" is a man too: "Mr Hosk" may be either, and stays the one named in full
    text = "Tom Hosk, 54, runs the village shop with his son Dan.\n" 'Mr Hosk said trade was "down by half".'
    assert who(text) == [("down by half", "Tom Hosk")]


def test_another_familys_wife_lends_no_name():
    # "his wife Ann" is Dan Pell's: Mrs Hosk is not Ann Hosk
    text = (
        "Dan Pell and his wife Ann run the village shop. Tom Hosk owns the mill.\n"
        'Mrs Hosk said: "We cannot go on."'
    )
    assert speaker_names(text) != ["Ann Hosk"]
    assert "Ann Hosk" not in speaker_names(text)
