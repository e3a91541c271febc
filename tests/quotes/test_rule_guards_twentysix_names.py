"""Guards for the rules of gaps twenty-six (test_gaps_twentysix.py): sentences near each
rule's trigger where it must not fire. Every sentence here is the project's own, every
name made up."""
from tests.quotes.reading import speaker_names, who


def test_dean_after_a_schools_name_is_the_office():
    # "Dean" between a school's name (or its possessive) and a surname is his office
    text = 'Arden Law School Dean Pell said "we have no choice".\n"It hurts," Pell said.'
    assert speaker_names(text) == ["Pell"]
    # (but after a club's possessive, a player's given name)
    text = 'Arden United\u2019s Dean Pell said the team was "ready".\n"We are," Pell said.'
    assert speaker_names(text) == ["Dean Pell"]
    text = 'The law school Dean Pell said the fees would rise.\n"We have no choice," Pell said.'
    assert speaker_names(text) == ["Pell"]


def test_dean_in_a_text_that_tells_of_a_dean_is_the_office():
    text = 'Pell, the dean, said "we have no choice". Dean Pell added that "costs are up".'
    assert who(text) == [("we have no choice", "Pell"), ("costs are up", "Pell")]
    text = 'The law school\u2019s dean spoke on Monday.\n"We have no choice," Dean Pell said.'
    assert speaker_names(text) == ["Pell"]
    # (the rule itself: "Dean Pell" alone, in a text with no dean, is his name)
    text = 'Dean Pell said he was busy.\n"Good for me," Pell said.'
    assert speaker_names(text) == ["Dean Pell"]


def test_has_said_after_a_common_word_keeps_no_s():
    # "Mum's said", "Nobody's said", "Everyone's said": has said, no firm's name
    text = 'Mum\u2019s said "no" already.'
    assert speaker_names(text) == ["Mum"]
    text = 'Nobody\'s said "it is over" yet.'
    assert speaker_names(text) == ["Nobody"]
    text = '"It is over," Obi said. Everyone\'s said "it is over".'
    assert "Everyone's" not in speaker_names(text)
    # (the rule itself)
    text = '"Prices will fall," Kellow\'s said in a statement.'
    assert speaker_names(text) == ["Kellow's"]


def test_what_surprised_someone_opens_no_speaker():
    # "What surprised Obi was the cost:": no "What" speaks
    text = 'What surprised Obi was the cost: "It doubled."'
    assert speaker_names(text) == []
    text = 'Nothing surprises Ann Obi any more: "I have seen it all."'
    assert "Nothing" not in speaker_names(text)


def test_a_pair_who_surprise_fans_speak():
    # a pair, a couple: people, whose doing it is, not the fans'
    text = 'The pair surprised fans: "We are back."'
    assert speaker_names(text) == ["the pair"]
    text = 'The couple delighted neighbours: "We are staying."'
    assert speaker_names(text) == ["the couple"]


def test_the_one_sources_are_close_to_keeps_a_full_name():
    # "sources close to Tom Pell" speak; Tom Pell, named in it, is still Tom Pell later
    text = 'Sources close to Tom Pell say he is "furious".\n"I am not," Pell said.'
    assert who(text) == [("furious", "sources close to Tom Pell"), ("I am not,", "Tom Pell")]
    text = 'Someone close to Ann Obi said the plan was "dead".\n"It is alive," Obi said.'
    assert who(text) == [("dead", "someone close to Ann Obi"), ("It is alive,", "Ann Obi")]


def test_the_one_an_inquiry_is_into_is_not_its_finder():
    # "The investigation into the death of Tom Pell found": Tom Pell is what it is into
    text = 'The investigation into the death of Tom Pell found he had been "failed" by the hospital.'
    assert who(text) == [("failed", None)]
    # (the rule itself: one link, then what the report is of)
    text = 'A survey of voters found that the mayor was "out of touch".'
    assert speaker_names(text) == ["a survey of voters"]


def test_a_report_after_a_preposition_is_no_finder():
    # "responding to a report of a fire": the report is what they responded to
    text = 'Firefighters responding to a report of a fire found the house "gutted".'
    assert "a report of a fire" not in speaker_names(text)
