"""Probe twenty-three: parliaments, disasters and war, local news, shared speakers and clause
shapes, read as a reader expects. Every sentence here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_an_arts_or_church_or_field_role_after_a_possessive_or_a_body_speaks():
    # "boss" is left out: a headline's "Water boss" would be a speaker of its own
    assert who('"I love this song," the band\'s rapper said.') == [("I love this song,", "the band's rapper")]
    assert who('"We pray for them," the Kell vicar said.') == [("We pray for them,", "the Kell vicar")]
    assert who('"It is dire," said the UN\'s humanitarian coordinator, Ann Obi.') == [("It is dire,", "Ann Obi")]
    assert who('"It is dire," said the UN\'s humanitarian coordinator.') == [
        ("It is dire,", "the UN's humanitarian coordinator")
    ]
    assert who('"We hold the line," the brigade\'s commander said.') == [("We hold the line,", "the brigade's commander")]
    assert who('"We love it," the show\'s presenter said.') == [("We love it,", "the show's presenter")]
    assert who('"I love this book," the hosts\' poet said.') == [("I love this book,", "the hosts' poet")]


def test_the_many_of_a_disaster_or_a_local_story_speak_bare():
    assert who('"The water came so fast," survivors said.') == [("The water came so fast,", "survivors")]
    assert who('"We lost everything," survivors told Kell News.') == [("We lost everything,", "survivors")]
    assert who('"It spread in minutes," firefighters said.') == [("It spread in minutes,", "firefighters")]
    assert who('"She was loved," mourners said.') == [("She was loved,", "mourners")]


def test_a_role_word_that_is_not_said_by_stays_as_it_was():
    # must not fire: the role is what the speaker talks about, or the object of a verb
    assert who('Ann Obi told the band\'s rapper: "You were late."') == [("You were late.", "Ann Obi")]
    assert who('"We helped the survivors," Ann Obi said.') == [("We helped the survivors,", "Ann Obi")]
    assert speaker_names('"It spread fast," Ann Obi said of the firefighters.') == ["Ann Obi"]


def test_a_mood_before_a_name_is_no_anonymous_speaker():
    assert who('"We lost everything," said a tearful Ann Obi.') == [("We lost everything,", "Ann Obi")]
    assert who('"We lost," a visibly shaken Tom Pell said.') == [("We lost,", "Tom Pell")]
    assert speaker_names('"We lost," said an angry Tom Pell. "Now," Pell added.') == ["Tom Pell"]


def test_an_unnamed_one_after_a_stays_anonymous():
    # must not fire: a role or a body after the words in small letters, or a link to one
    assert who('"We lost," a senior Kell Bank official said.') == [("We lost,", "a senior Kell Bank official")]
    assert who('"We lost," said a spokesman for Kell Bank.') == [("We lost,", "a spokesman for Kell Bank")]
    assert who('"We lost," a local Green councillor said.') == [("We lost,", "a local Green councillor")]
