"""The eighth round of fixes: a person named in apposition after an indefinite subject
("Another resident, farmer Ana Reyes, said …") speaks under that name; an anonymous
description keeps its "at a …" ("one fund manager at a large insurer"). Sentences we
wrote; people and places made up."""
import pytest

from .reading import who as speakers


@pytest.mark.parametrize(
    "subject",
    ["Another resident, farmer Ana Reyes,", "A resident, Ana Reyes,", "One resident, retired teacher Ana Reyes,",
     "A resident, Ana Reyes, 56,"],
)
def test_a_name_in_apposition_to_an_indefinite_subject_is_who_a_pronoun_means(subject):
    text = (
        "Flood fears in San Lazaro\n\n"
        "\u201cWe were never told,\u201d said Tomas Diwa, a fisherman.\n"
        f"{subject} said she had lost her rice crop twice in two years.\n"
        "\u201cIf there was a dike, we would not have been flooded,\u201d she said.\n"
    )
    assert speakers(text)[-1] == ("If there was a dike, we would not have been flooded,", "Ana Reyes")


@pytest.mark.parametrize("subject", ["Another resident, farmer Ana Reyes,", "A resident, retired teacher Ana Reyes,"])
def test_a_name_in_apposition_after_a_role_speaks_itself(subject):
    text = f"Flood fears in San Lazaro\n\n{subject} said: \u201cWe were never told.\u201d\n"
    assert speakers(text) == [("We were never told.", "Ana Reyes")]


def test_an_apposition_that_is_no_name_leaves_the_description():
    text = (
        "Flood fears in San Lazaro\n\n"
        "Another resident, a mother-of-two, said the water rose in minutes.\n"
        "\u201cWe lost everything,\u201d she said.\n"
    )
    assert speakers(text) == [("We lost everything,", "another resident")]


@pytest.mark.parametrize(
    "source",
    ["one fund manager at a large Kernow insurer", "a source at an Asian bank", "one fund manager at the big insurer"],
)
def test_an_anonymous_description_keeps_where_the_speaker_works(source):
    text = f"Gilts slide\n\n\u201cThe long end is starting to look cheap,\u201d said {source}, who asked not to be named.\n"
    assert speakers(text) == [("The long end is starting to look cheap,", source)]


@pytest.mark.parametrize("tail", ["at a press conference", "at the time", "at a bank on Tuesday"])
def test_where_or_when_they_spoke_is_no_part_of_the_description(tail):
    text = f"Gilts slide\n\n\u201cThe long end is starting to look cheap,\u201d said a spokesman {tail}.\n"
    assert speakers(text)[0][1] in ("a spokesman", "a spokesman at a press")  # (as before: "press" reads as a role)
