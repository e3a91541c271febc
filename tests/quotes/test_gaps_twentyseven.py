"""Gaps twenty-seven: speakers written whole, and words credited to who said them, fixed
with general rules. Every sentence here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_a_named_owner_whose_relative_speaks():
    text = 'Ann Obi, whose son said "the road was shut all week," was not at the meeting.'
    assert who(text) == [("the road was shut all week,", "Ann Obi's son")]
    text = 'Police spoke to Tom Pell, whose lawyer said "he has done nothing wrong."'
    assert speaker_names(text) == ["Tom Pell's lawyer"]
    text = 'The Arden Trust, whose chairman said "the fund is safe," met on Monday.'
    assert speaker_names(text) == ["the Arden Trust's chairman"]


def test_a_named_owner_whose_relative_is_named_or_silent():
    # must not fire: the relative named, the owner speaking after "said", or a thing's "whose"
    text = 'Ann Obi, whose son Tom said "the road was shut," was not there.'
    assert speaker_names(text) == ["Tom"]
    text = '"It is a death trap," said Ann Obi, whose son died on the road.'
    assert who(text) == [("It is a death trap,", "Ann Obi")]
    text = 'The plan, whose author said "it will work," failed.'
    assert speaker_names(text) != ["the plan's author"]


def test_a_count_of_a_group_speaks_whole():
    text = 'Twelve in the village said "the water has been brown for a month."'
    assert speaker_names(text) == ["twelve in the village"]
    text = 'Five of the nine judges said "the law cannot stand as written."'
    assert speaker_names(text) == ["five of the nine judges"]
    text = '"The law cannot stand," five of the judges wrote.'
    assert speaker_names(text) == ["five of the judges"]
    text = 'One of the judges said "the law cannot stand."'
    assert speaker_names(text) == ["one of the judges"]


def test_a_count_that_is_no_group():
    # must not fire: a named band's number, a time of day, a man at one of the stalls
    text = 'Nine of Arden said "we will play again."'
    assert speaker_names(text) != ["nine of Arden"]
    text = 'At five in the morning, Ann Obi said "the water is brown."'
    assert speaker_names(text) == ["Ann Obi"]
    text = 'A man at one of the stalls said "prices are up."'
    assert speaker_names(text) == ["a man at one of the stalls"]


def test_told_by_someone_named_after_the_quote():
    text = 'Ann Obi said staff were told "not to talk to the press" by managers.'
    assert who(text) == [("not to talk to the press", "managers")]
    text = 'Workers were warned "to stay away from the gates" by Tom Pell.'
    assert speaker_names(text) == ["Tom Pell"]
    text = 'Ann Obi said she was told by Tom Pell that "the plant would close in June."'
    assert speaker_names(text) == ["Tom Pell"]


def test_told_by_a_means_or_a_time_after_the_quote():
    # must not fire: "by phone", "by Friday" name no one who told them
    text = 'Ann Obi said staff were told "not to talk to the press" by phone.'
    assert speaker_names(text) == ["Ann Obi"]
    text = 'Ann Obi said staff were told "not to talk to the press" by Friday.'
    assert speaker_names(text) == ["Ann Obi"]


def test_words_a_named_speaker_dismisses_are_not_the_headlines():
    text = (
        'Landlords warn of "market collapse" as rents fall\nRents fell again in May.\n'
        'Housing minister Ann Obi dismissed talk of a "market collapse" on Monday.'
    )
    assert who(text, heads=2)[0] == ("market collapse", "landlords")
    text = (
        'Landlords warn of "market collapse" as rents fall\nRents fell again in May.\n'
        'Housing minister Ann Obi rejected claims of a "market collapse". Landlord Tom Pell said he feared a "market collapse".'
    )
    assert who(text, heads=2)[0] == ("market collapse", "Tom Pell")


def test_words_a_named_speaker_says_are_the_headlines():
    # must not fire: her own words, warned of or said
    text = (
        'Landlords warn of "market collapse" as rents fall\nRents fell again in May.\n'
        'Housing minister Ann Obi said there could be a "market collapse" by June.'
    )
    assert who(text, heads=2)[0] == ("market collapse", "Ann Obi")


def test_two_named_together_speak_as_both():
    text = 'In a joint statement, Ann Obi and Tom Pell said "the talks have failed."'
    assert who(text) == [("the talks have failed.", "Ann Obi and Tom Pell")]
    text = 'Dr Sam Ngata met Lorraine Pike on Monday.\n"The dogs are safe," said Ngata and Pike in a joint statement.'
    assert speaker_names(text) == ["Sam Ngata and Lorraine Pike"]
    text = 'Ann Obi and Tom Pell said "the talks have failed." Pell added: "We will try again."'
    assert speaker_names(text) == ["Ann Obi and Tom Pell", "Tom Pell"]
    text = 'Ann Obi and Tom Pell said "the talks have failed." Later, Obi and Pell said "we will try again."'
    assert speaker_names(text) == ["Ann Obi and Tom Pell"]


def test_a_name_beside_another_is_not_always_joint():
    # must not fire: an office before the name, a list of three, a lawyer for two, a possessive
    text = 'Cooperation Minister Ann Obi said "the talks have failed."'
    assert speaker_names(text) == ["Ann Obi"]
    text = 'Ann Obi, Tom Pell and Sue Kell said "no."'
    assert speaker_names(text) != ["Tom Pell and Sue Kell"]
    text = '"No," said Ann Obi and Pell\'s lawyer.'
    assert speaker_names(text) == ["Ann Obi"]
    text = 'Lawyers for Obi and Pell said "no."'
    assert "Obi and Pell" not in " ".join(speaker_names(text))


def test_everyone_close_to_someone_is_kept_as_written():
    text = 'Everyone close to the mayor said "he is tired."'
    assert speaker_names(text) == ["everyone close to the mayor"]
    text = '"He is tired," said everybody familiar with the talks.'
    assert speaker_names(text) == ["everybody familiar with the talks"]


def test_everyone_alone_or_near_is_no_one_close():
    # must not fire: "everyone" with nothing close after it stays as it was
    text = 'Everyone said "he is tired."'
    assert speaker_names(text) == ["everyone"]
    text = 'Someone close to the mayor said "he is tired."'
    assert speaker_names(text) == ["someone close to the mayor"]


def test_a_watch_or_an_international_is_a_body():
    text = 'Human Rights Watch said the arrests were "arbitrary." It added: "They must end."'
    assert speaker_names(text) == ["Human Rights Watch"]
    text = 'Amnesty International said the arrests were "arbitrary." "They must end," the group said.'
    assert who(text) == [("arbitrary.", "Amnesty International"), ("They must end,", "Amnesty International")]
    text = '"The arrests were arbitrary," said Ann Obi, a researcher at Human Rights Watch.'
    assert speaker_names(text) == ["Ann Obi"]


def test_a_person_is_no_watch():
    # must not fire: a person after the body still speaks as "she"
    text = 'Ann Obi left Arden Watch in May. "It was time," she said.'
    assert speaker_names(text) == ["Ann Obi"]
