"""Gaps twenty-three: readings known to be wrong, fixed with general rules. Every sentence
here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_a_relative_named_by_kin_and_given_name_is_the_pronouns_person():
    # "Her son Fiachra said …" opening a sentence inside a paragraph, or the paragraph
    # before the quote: the son is the "he" that follows, not the woman named first
    text = 'Ann Obi died in March. Her son Fiachra said she loved the sea. "She swam every morning," he said.'
    assert who(text) == [("She swam every morning,", "Fiachra")]
    text = 'Ann Obi died in March. Her son Fiachra said she loved the sea.\n"She swam every morning," he said.'
    assert who(text) == [("She swam every morning,", "Fiachra")]
    text = 'Tom Pell died last week. His wife Mary said he never complained.\n"He was a kind man," she said.'
    assert who(text) == [("He was a kind man,", "Mary")]
    assert speaker_names(text) == ["Mary"]


def test_a_relative_of_the_other_sex_or_another_name_since_is_not_the_pronouns_person():
    # must not fire: a son is no "she"; a person named after the relative is nearer
    text = 'Ann Obi died in March. Her son Fiachra said she loved the sea. "She swam every morning," she said.'
    assert who(text) == [("She swam every morning,", "Ann Obi")]
    text = 'Tom Pell died last week. His wife Mary said he never complained.\n"He was a kind man," he said.'
    assert who(text) == [("He was a kind man,", "Tom Pell")]
    text = ('Ann Obi died in March. Her son Fiachra said she loved the sea.\nTom Pell, her coach, agreed. '
            '"She swam every morning," he said.')
    assert who(text) == [("She swam every morning,", "Tom Pell")]
    text = ('Ann Obi died in March. Her son Fiachra said she loved the sea, as Tom Pell did. '
            '"She swam every morning," he said.')
    assert who(text)[0][1] != "Fiachra"
    # words inside a quote are no subject of the narrative
    text = '"Her son Fiachra said she was fine," Tom Pell said. "She swam every morning," he said.'
    assert who(text)[1] == ("She swam every morning,", "Tom Pell")
