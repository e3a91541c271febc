"""A group named by an adjective that titles share, and a full name followed by where the
person is. Every sentence here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_local_officials_are_a_group_kept_as_written():
    # "Local" is also a union branch's title ("Local 32"), but before a plural of people it
    # describes the group: no one named Local speaks
    assert who('Local officials said the road was "unsafe".') == [("unsafe", "local officials")]
    assert who('Local unions said the plan was "reckless".') == [("reckless", "local unions")]
    # the same group before and after a quote is one entry in the sidebar
    text = 'Local officials said the road was "unsafe".\n"It will close," local officials said.'
    assert speaker_names(text) == ["local officials"]


def test_a_body_named_before_its_people_keeps_its_capitals():
    # must not fire: an adjective that opens a body's name is the name's
    assert who('White House officials said the plan was "reckless".') == [("reckless", "White House officials")]
    assert who('National Guard officials said the road was "unsafe".') == [("unsafe", "National Guard officials")]


def test_a_full_name_then_where_she_is_names_her_not_the_place():
    assert who('"Prices rose," Anna Pell in Westmark said.') == [("Prices rose,", "Anna Pell")]
    assert who('"Prices rose," Tom Obi at Kell Bank said.') == [("Prices rose,", "Tom Obi")]


def test_a_body_with_in_in_its_name_and_a_group_at_a_body_stay_as_they_were():
    # must not fire: one word before "at" is a group's, and a body's field after "in" is its name
    assert who('Analysts at Kell Bank said prices were "sticky".') == [("sticky", "analysts at Kell Bank")]
    assert who('"Prices rose," said analysts at Kell Bank.') == [("Prices rose,", "analysts at Kell Bank")]
    assert who('"Prices rose," the Union of Teachers in March warned.') == [("Prices rose,", "Union of Teachers")]


def test_a_countrys_media_speak_as_a_group():
    assert who('Iranian state media reported that the talks were "productive".') == [("productive", "Iranian state media")]
    assert who('The U.S. media called the trip "a success".') == [("a success", "the U.S. media")]


def test_telling_the_media_leaves_the_teller_speaking():
    # must not fire: the media told something are not its speaker
    assert who('Ann Obi told the media the plan was "reckless".') == [("reckless", "Ann Obi")]
    assert who('"It is over," Ann Obi told the media.') == [("It is over,", "Ann Obi")]
    assert who('Speaking to the media, Ann Obi said: "It is over."') == [("It is over.", "Ann Obi")]


def test_the_title_and_name_before_of_the_body_is_the_person():
    text = 'The President Xi Wenming of the Pacific Council said the deal was "fair".'
    assert who(text) == [("fair", "Xi Wenming")]
    # must not fire: an office of capitals before "of" names no one
    text = 'The Prime Minister of Westmark said the deal was "fair".'
    assert who(text) == [("fair", "the Prime Minister of Westmark")]
    text = 'The Governor of the Bank of Westmark said the deal was "fair".'
    assert who(text) == [("fair", "the Governor of the Bank of Westmark")]


def test_state_media_after_the_quote_are_the_group_not_an_inverted_verb():
    assert who('"The talks were productive," state media said.') == [("The talks were productive,", "state media")]
    assert who('"The talks were productive," state officials said.') == [("The talks were productive,", "state officials")]
    # must not fire: "state" as the verb itself, before who states it
    assert who('"We are ready," state the authors.') == [("We are ready,", "the authors")]


def test_a_full_name_then_from_where_names_the_person():
    assert who('Tom Obi from Kell Bank said prices were "sticky".') == [("sticky", "Tom Obi")]
    assert who('Senator Tom Obi from Westmark said prices were "sticky".') == [("sticky", "Tom Obi")]
    # must not fire: a group from a body is the group, and one person described stays so
    assert who('Officials from Kell Bank said prices were "sticky".') == [("sticky", "officials from Kell Bank")]
    assert who('A man from Westmark said prices were "sticky".') == [("sticky", "a man from Westmark")]
