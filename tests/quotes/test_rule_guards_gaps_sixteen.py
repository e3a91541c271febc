"""Guards for session sixteen's gap rules: ordinary sentences near each rule's trigger
where it must not fire (or must keep firing); people, places and bodies made up."""
from .reading import speaker_names, who


def test_the_country_letters_are_not_a_body_whose_name_begins_with_the_country():
    # "the US" is the United States, never "the United States Senate" that spoke before
    text = 'The United States Senate said: "We will act." Later the US said: "We mean it."'
    assert who(text) == [("We will act.", "United States Senate"), ("We mean it.", "US")]
    text = 'The United States Senate said: "We will act." Later the U.S. said: "We mean it."'
    assert who(text)[1][1] != "United States Senate"
    # (the country itself still is one speaker, and bodies named with its letters stay apart)
    text = 'The United States said: "We will act." Later the US said: "We mean it."'
    assert speaker_names(text) == ["United States"]
    text = '"Tariffs hurt members," the U.S. Chamber of Commerce said. The United States said: "We will act."'
    assert speaker_names(text) == ["U. S. Chamber of Commerce", "United States"]
    text = '"Steel prices are up," US Steel said in a statement. The United States said: "We will act."'
    assert speaker_names(text) == ["US Steel", "United States"]
    text = '"We will act," U.S. officials said. The United States has long opposed the plan.'
    assert who(text) == [("We will act,", "U.S. officials")]


def test_a_concession_opening_the_sentence_is_no_speaker():
    # the round read "nevertheless" set off between a role and its verb; opening the
    # sentence it is no name either, as "However," is not
    text = 'Nevertheless, the senator said: "We will win."'
    assert who(text) == [("We will win.", "the senator")]
    text = '"We lost," Ruth Vale said. Nonetheless, the governor said: "We go on."'
    assert who(text) == [("We lost,", "Ruth Vale"), ("We go on.", "the governor")]
    text = '"It is wrong," critics, nevertheless, said.'
    assert who(text) == [("It is wrong,", "critics")]
