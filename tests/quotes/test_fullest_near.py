"""A surname's fullest form is looked for near the mention first: the uses before it and
just after it, the rest of the text only when those give no longer name. Every sentence
here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who

# plain sentences of no names, standing between a mention and a later use of its surname
_FILLER = "\n".join(
    [
        "The school reopened its doors in the spring after a long and difficult winter.",
        "Parents waited at the gates each morning, and teachers kept the classrooms warm.",
        "A new library was built beside the playing field with money raised in the town.",
        "The children planted trees along the path to remember the friends they had lost.",
        "Local shops closed early on the day of the memorial so that everyone could attend.",
        "Volunteers painted the hall and repaired the roof before the first term began.",
        "The bus route was changed so that it no longer passed the old entrance.",
        "Counsellors stayed on for two years, longer than anyone had planned at first.",
    ]
)


def test_a_fuller_name_before_the_mention_beats_a_namesake_far_after():
    # "Senator Pell Varrow" is the one quoted as "Varrow"; the "Maude Ellen Varrow" the text
    # names far on, after the quotes, is another person of the surname
    text = (
        "Senator Pell Varrow spent the morning at the school.\n"
        '"There was no single issue that drove me to run," Varrow said.\n'
        + _FILLER
        + "\nHe spoke of the teacher Maude Ellen Varrow, who died shielding her pupils.\n"
        '"We owe them a law," Varrow said.'
    )
    assert who(text) == [
        ("There was no single issue that drove me to run,", "Pell Varrow"),
        ("We owe them a law,", "Pell Varrow"),
    ]
    assert "Maude Ellen Varrow" not in speaker_names(text)


def test_a_fuller_name_only_far_after_the_mention_is_still_found():
    # must not lose the full name: with no fuller form before the mention or just after it,
    # the rest of the text is read as before
    text = (
        '"There was no single issue that drove me to run," Varrow said.\n'
        + _FILLER
        + "\nSenator Pell Varrow, who was elected in the autumn, visited the school again."
    )
    assert who(text) == [("There was no single issue that drove me to run,", "Pell Varrow")]


def test_a_fuller_name_just_after_the_mention_is_found():
    # the sentence after the mention may give the full name: "…," Varrow said. Pell Varrow, 54, …
    text = (
        '"There was no single issue that drove me to run," Varrow said. Pell Varrow, 54, was elected in the autumn.\n'
        + _FILLER
    )
    assert who(text) == [("There was no single issue that drove me to run,", "Pell Varrow")]
