"""The persons' index read lazily (name runs read only as far as the pronouns ask), and a
name with a middle initial after "at" or "to". Every sentence here is the project's own,
every name made up."""
from tests.quotes.reading import who


def test_a_pronoun_after_a_name_with_an_initial_after_at():
    # "Just look at Speaker Alma R. Quist. She …": a person, not a place after "at"
    text = (
        "Few in the party agree with the mayor on rates. Just look at Speaker Alma R. Quist. "
        'She has said the rates are "far too low" and must rise.\n'
        "The mayor, Dov Brenner, disagrees.\n"
        'Later in the spring Alma Quist said that was "nonsense".'
    )
    assert who(text) == [("far too low", "Alma Quist"), ("nonsense", "Alma Quist")]
    text = 'The first letter went to Tom B. Pell. He said the plan was "sound".'
    assert who(text) == [("sound", "Pell")]


def test_a_place_with_an_initial_after_at_stays_a_place():
    # must not fire: "at the Tom B. Pell Library", "in Washington D.C." name no one, and
    # a name with no initial after "to" keeps its old reading
    text = 'Dov Brenner spoke at the Tom B. Pell Library. He said the plan was "sound".'
    assert who(text) == [("sound", "Dov Brenner")]
    text = 'Dov Brenner was in Washington D.C. on Monday. He said the plan was "sound".'
    assert who(text) == [("sound", "Dov Brenner")]
    text = 'The first letter went to Tom Pell. He said the plan was "sound".'
    assert who(text) == [("sound", None)]


_FILLER = "The council met on Tuesday to talk about the harbour, the roads and the school.\n"


def test_a_pronoun_whose_person_is_named_just_after_its_window():
    # the index reads name runs a little past each pronoun's window: "Pell" alone before
    # "He" is a surname because "Tom Pell" follows in the next paragraph (or two)
    for gap in ("", _FILLER * 2):
        text = (
            "Mayor Ann Hosk opened the meeting. The budget was debated for hours. Pell was blunt. "
            'He said it was "a fantasy".\n' + gap + "Tom Pell has led the finance committee since 2019."
        )
        assert who(text) == [("a fantasy", "Tom Pell")]


def test_a_long_article_with_the_name_only_near_its_end():
    # the index goes on reading as the pronouns move down a long text: the last one's
    # person, named in full only in the last paragraph, is found
    text = (
        "Mayor Ann Hosk opened the meeting.\n" + _FILLER * 60
        + 'The budget was debated for hours. Pell was blunt. He said it was "a fantasy".\n'
        "Tom Pell has led the finance committee since 2019."
    )
    assert who(text) == [("a fantasy", "Tom Pell")]
