"""Ordinary news sentences near the triggers of round 30's rules where the rules as first
written misfired (each fails before its narrowing), and a few that guard what was checked.
Sentences we wrote; people, places and firms made up."""
from .reading import who


# "a problem Vandam called "…"": the surname's own clause, after a conjunction or a speech
# verb, is no clause on a noun, and there "called" is often "phoned"


def test_a_surname_called_after_a_conjunction_or_a_speech_verb_is_no_naming():
    text = 'Coach Ray Vandam resigned on Friday. Lena Holt said she was at home when Vandam called "in tears."'
    assert who(text) == [("in tears.", None)]
    text = 'Coach Ray Vandam resigned on Friday. His assistant, Lena Holt, said Vandam called "to apologize" to each player.'
    assert who(text) == [("to apologize", None)]


def test_a_surname_calling_a_noun_so_is_still_the_speaker():
    text = 'Coach Terry Vandam was blunt. The team struggled with a problem Vandam called "a lack of nerve."'
    assert who(text) == [("a lack of nerve.", "Terry Vandam")]
    text = 'Dr Nils Aas runs the clinic. The clinic treats patients Aas called "the forgotten ones."'
    assert who(text) == [("the forgotten ones.", "Nils Aas")]


# "the secretary, a former governor who …, defended …, conceding": the role is the subject
# only where it opens its clause; after a verb it is the object, and the one who speaks is
# the clause's subject before it


def test_a_described_role_after_a_verb_is_the_object_not_the_speaker():
    text = 'Senator Amy Holt questioned the chairman, a banker who joined in 2019, calling his answers "evasive."'
    assert who(text) == [("evasive.", "Amy Holt")]
    text = 'Lawmakers grilled the director, a veteran who has led the agency since 2015, accusing him of "stonewalling."'
    assert who(text) == [("stonewalling.", "lawmakers")]


def test_a_described_role_opening_its_clause_is_the_speaker():
    text = 'The minister, a former teacher who entered politics in 2010, defended the reform, calling it "overdue."'
    assert who(text) == [("overdue.", "the minister")]
    text = 'After the vote, the senator, a Democrat who has served since 2009, left the chamber, saying it was "a sad day."'
    assert who(text) == [("a sad day.", "the senator")]


# a headline's "Your Money:", "My View:" is a column's name; a person after "my" or "our",
# in lower case, is one who speaks


def test_my_father_and_our_correspondent_before_a_colon_speak():
    text = 'My father: "Never sell the land."'
    assert who(text) == [("Never sell the land.", "my father")]
    text = 'Our correspondent: "The streets were empty by noon."'
    assert who(text) == [("The streets were empty by noon.", "our correspondent")]


def test_a_column_name_before_a_colon_is_nobody():
    text = 'Your Money: "Should I pay off my mortgage early?"'
    assert who(text) == [("Should I pay off my mortgage early?", None)]
