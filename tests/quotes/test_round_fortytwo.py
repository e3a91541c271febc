"""Round forty-two: what eight held-out articles (an election night, an obituary of
tributes, an earnings call, a sentencing, a police appeal, a summit, a social-media round-up
and an album review) showed, fixed with general rules. Every sentence here is the
project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_a_handle_after_the_verb_is_the_account_that_posted():
    # "…," posted @meera_kulkarni_.: the handle stands for its account's name
    text = '"Where were the police?" posted @tara_winslow_.'
    assert who(text) == [("Where were the police?", "@tara_winslow_")]
    text = '"Let them dance," wrote @dunmore_dad.'
    assert who(text) == [("Let them dance,", "@dunmore_dad")]


def test_a_network_user_before_a_handle_is_no_part_of_its_name():
    # "wrote X user @dilsedesi_92": the network and "user" are what the account is
    text = '"Let them dance," wrote X user @kelpie_92.'
    assert who(text) == [("Let them dance,", "@kelpie_92")]
    text = '"Let them dance," wrote Instagram user @kelpie_92.'
    assert who(text) == [("Let them dance,", "@kelpie_92")]
    # a user's own name after "user" is still the name
    text = '"Let them dance," wrote Instagram user Tom Hale.'
    assert who(text) == [("Let them dance,", "Tom Hale")]


def test_a_handle_before_who_is_the_one_who_wrote():
    text = 'The clip was shared on X by user @harbour_commuter, who wrote, "Stuck here for 40 minutes."'
    assert who(text) == [("Stuck here for 40 minutes.", "@harbour_commuter")]
    assert speaker_names(text) == ["@harbour_commuter"]


def test_a_handle_quoted_or_mentioned_is_no_speaker():
    # must not fire: a handle inside a quote, or one tagged in a sentence with no verb of
    # its own for the quote, names no speaker in place of the one who spoke
    text = '"Happy to talk, @IngridForAldery," Mayor Tom Hale wrote on X.'
    assert who(text) == [("Happy to talk, @IngridForAldery,", "Tom Hale")]
    text = 'The mayor tagged @harbour_council in a post. "Call me," wrote Ann Obi.'
    assert who(text) == [("Call me,", "Ann Obi")]
    # a stray "@" alone, or an e-mail address, is no handle
    text = 'Email tips @ the desk. "It was loud," said Ann Obi.'
    assert who(text) == [("It was loud,", "Ann Obi")]


def test_a_region_or_record_named_country_is_no_she():
    # "Low Tide Country was recorded …": the record is not the "she" who speaks after it
    text = ('"I got scared of that song," Mere Tawhai told me.\n'
            "So this time she went home. Salt Flat Country was recorded in a woolshed near Kopua.\n"
            '"We had one good microphone," she said.')
    assert who(text) == [("I got scared of that song,", "Mere Tawhai"), ("We had one good microphone,", "Mere Tawhai")]
    assert speaker_names(text) == ["Mere Tawhai"]


def test_a_person_before_the_country_word_is_still_a_person():
    # must not fire: "Country" ends a region's name, not a name that only holds it earlier
    text = ('Country singer Mere Tawhai spoke after the show.\n'
            '"We had one good microphone," she said.')
    assert who(text) == [("We had one good microphone,", "Mere Tawhai")]
