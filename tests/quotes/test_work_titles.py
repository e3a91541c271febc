"""A title in marks after a verb of performing or releasing ("sings", "covered",
"released") names a work: nobody's words, so no speaker."""
import pytest

from tests.quotes.reading import who


@pytest.mark.parametrize(
    "text",
    [
        'Ann Obi sings "Carrow Nights" on the new record.',
        'Ann Obi covered "Blue Harbour" in 2019.',
        'Ann Obi released "Carrow Nights" in May.',
        'Tom Pell played "Evening at Westmark" as an encore.',
    ],
)
def test_a_work_after_a_performing_verb_has_no_speaker(text):
    assert who(text)[0][1] is None


def test_a_sung_line_in_small_letters_stays_the_singers():
    # (near miss: not a title)
    assert who('Ann Obi sang "we shall overcome" as the crowd joined in.') == [("we shall overcome", "Ann Obi")]


def test_a_scene_of_singing_keeps_the_singer():
    # (near miss: a participle shows what someone was doing; news annotators credit the words)
    text = 'At the rally, the band leader called the candidates to the stage, singing "It\'s Our Time."'
    assert who(text) == [("It's Our Time.", "the band leader")]
