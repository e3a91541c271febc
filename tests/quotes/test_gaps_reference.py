"""Gaps in who a later mention refers to (session 12, fxb): a group and a she, a plural
they after a note, words sent by phone or mail, a description for the person just named,
an "it" for a body, a document as the subject of a verb of speech. Each rule with a
sentence where it must not fire. Sentences we wrote; people, places and bodies made up."""
from .reading import speaker_names as speakers, who


def test_texted_messaged_emailed_are_verbs_of_speech():
    # "…," one of those colleagues texted.
    assert who('"I am done," Kim Lao texted.') == [("I am done,", "Kim Lao")]
    assert who('"I am done," Kim Lao emailed.') == [("I am done,", "Kim Lao")]
    assert who('"Call me later," Kim Lao messaged on Sunday.') == [("Call me later,", "Kim Lao")]
    text = ('Two colleagues rolled their eyes. "Full stop, my foot," one of those colleagues texted. '
            '"He is gone."')
    assert who(text) == [("Full stop, my foot,", "one of those colleagues"), ("He is gone.", "one of those colleagues")]
    # the nouns are no verbs: "a campaign message: "…"", "a prepared text, "…""
    text = 'Ana Toma is rolling out a new campaign message: "It is about you."'
    assert who(text)[0][1] != "campaign"
    text = 'Reading from a prepared text, Ana Toma called the plan "a mess".'
    assert who(text) == [("a mess", "Ana Toma")]
