"""Guards for round forty-two's rules (a social-media handle read as a name, "user" a role
before a name, a run of capitals ending in "Country" no he or she): near-miss sentences
where a careless version would misfire. Every sentence here is the project's own, every
name made up."""
from tests.quotes.reading import speaker_names, who


# -- the handle: a word of its own, a name's capital --------------------------------------


def test_a_handle_with_a_possessive_is_the_owner_not_the_speaker():
    # misfired: "@kelpie_92's" was cut into the handle, "'" and "s", and the handle spoke
    text = '"What a day," wrote @kelpie_92\'s owner, Ann Obi.'
    assert who(text) == [("What a day,", "Ann Obi")]


def test_a_handle_after_the_article_is_named_alone():
    # misfired: "The @KellPolice" (the sentence's capital "The" joined the handle's run)
    text = 'The @KellPolice account posted: "Stay away from the river."'
    assert who(text) == [("Stay away from the river.", "@KellPolice")]


def test_an_email_address_or_a_time_is_no_handle():
    text = 'Tips can be sent to ann@kell.org. "It was loud," said Ann Obi.'
    assert who(text) == [("It was loud,", "Ann Obi")]
    text = 'Ann Obi arrived late. Drinks started @3pm. "It was loud," she said.'
    assert who(text) == [("It was loud,", "Ann Obi")]


def test_a_handle_tagged_or_replied_to_is_no_speaker():
    text = '"Call me," the mayor wrote, tagging @harbour_council.'
    assert who(text) == [("Call me,", "the mayor")]
    text = '"No chance," Ann Obi wrote, replying to @kelpie_92.'
    assert who(text) == [("No chance,", "Ann Obi")]
    text = 'Replying to @kelpie_92, Ann Obi wrote: "Not true."'
    assert who(text) == [("Not true.", "Ann Obi")]


def test_a_handle_beside_a_name_leaves_the_name_the_speaker():
    text = '"Stuck again," wrote Ann Obi (@kelpie_92).'
    assert who(text) == [("Stuck again,", "Ann Obi")]
    text = 'Ann Obi, who posts as @kelpie_92, said: "Stuck again."'
    assert who(text) == [("Stuck again.", "Ann Obi")]


def test_a_handle_in_the_paragraph_before_is_no_speaker():
    text = 'The clip was first posted by @kelpie_92.\n"It is a disgrace," Ann Obi said.'
    assert who(text) == [("It is a disgrace,", "Ann Obi")]


def test_a_body_account_that_posts_speaks_by_its_handle():
    text = '"Stay away from the river," Kell Police wrote on @KellPolice.'
    assert who(text) == [("Stay away from the river,", "Kell Police")]
    text = '"Stay away from the river," posted @KellPolice.'
    assert who(text) == [("Stay away from the river,", "@KellPolice")]


# -- the handle before ", who" ------------------------------------------------------------


def test_the_end_of_an_address_before_who_is_no_handle():
    # misfired: "@kelpie" was read out of the middle of "ann@kelpie"
    text = 'Email ann@kelpie, who replied: "Stuck again."'
    assert speaker_names(text) == []


def test_an_account_sent_to_before_who_is_the_one_who_spoke():
    text = 'The clip was sent to @kellpost, who said: "Never again."'
    assert who(text) == [("Never again.", "@kellpost")]


# -- "user" a role before a name ----------------------------------------------------------


def test_a_user_with_no_name_stays_unnamed_and_a_role_before_user_stays_out():
    text = '"It crashed twice," one user wrote.'
    assert who(text) == [("It crashed twice,", "one user")]
    text = '"It is safe," said user experience director Tom Hale.'
    assert who(text) == [("It is safe,", "Tom Hale")]
    text = 'Kell Bank user numbers rose. "It is safe," said Ann Obi.'
    assert who(text) == [("It is safe,", "Ann Obi")]


# -- "Country" ending a run of capitals ---------------------------------------------------


def test_a_party_or_a_region_named_country_leaves_the_person_her_she():
    text = 'Ann Obi of the Country Party spoke. "We are ready," she said.'
    assert who(text) == [("We are ready,", "Ann Obi")]
    text = 'Ann Obi toured the Black Country.\n"It was cold," she said.'
    assert who(text) == [("It was cold,", "Ann Obi")]
    text = 'Kell Country singer Ann Obi spoke. "We are ready," she said.'
    assert who(text) == [("We are ready,", "Ann Obi")]
