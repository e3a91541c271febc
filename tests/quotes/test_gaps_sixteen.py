"""Gaps left by earlier sessions (session sixteen): sentences we wrote; people, places and
bodies made up."""
from .reading import speaker_names, who


def test_a_concession_set_off_between_a_role_and_its_verb():
    # "the senator, nevertheless, said": the aside is no part of the subject
    text = '"We will not back down," the senator, nevertheless, said.'
    assert who(text) == [("We will not back down,", "the senator")]
    text = 'The governor, nonetheless, said: "The budget will pass."'
    assert who(text) == [("The budget will pass.", "the governor")]
    text = '"We will not back down," Ruth Vale, nevertheless, said.'
    assert who(text) == [("We will not back down,", "Ruth Vale")]
    # (a thing passive after the aside names no one)
    text = '"We lost the vote," he said. It was, nevertheless, said to be close.'
    assert who(text) == [("We lost the vote,", None)]


def test_a_group_a_participle_and_its_object_describe():
    # "lawyers defending the city said": the object of the participle is not the speaker
    text = '"The ruling is wrong," lawyers defending the city said.'
    assert who(text) == [("The ruling is wrong,", "lawyers defending the city")]
    text = '"We were not paid," workers building the stadium told reporters.'
    assert who(text) == [("We were not paid,", "workers building the stadium")]
    text = 'Officials investigating the crash said: "The pilot was not at fault."'
    assert who(text) == [("The pilot was not at fault.", "officials investigating the crash")]
    # (a preposition in -ing is no participle; and the group told is not the teller)
    text = '"We are fine," officials including the mayor said.'
    assert who(text)[0][1] != "officials including the mayor"
    text = 'The judge told jurors hearing the case: "You must ignore that remark."'
    assert who(text) == [("You must ignore that remark.", "the judge")]
    text = '"We are fine," residents told reporters visiting the town.'
    assert who(text) == [("We are fine,", "residents")]


def test_a_group_at_bare_plurals_in_a_place():
    # "Workers at plants in Ohio said": the place is the plants', the group speaks, read as
    # written with its place (session seventeen: as the inverted form reads it)
    text = 'Workers at plants in Ohio said: "We were never told."'
    assert who(text) == [("We were never told.", "workers at plants in Ohio")]
    text = '"We were never told," workers at plants in Ohio said.'
    assert who(text) == [("We were never told,", "workers at plants in Ohio")]
    text = 'Residents of towns near the border said: "We are afraid."'
    assert who(text) == [("We are afraid.", "residents of towns near the border")]
    # (a determiner's phrase was read so already; a name after the place still speaks)
    text = 'Workers at two plants in Ohio said: "We were never told."'
    assert who(text) == [("We were never told.", "workers at two plants")]
    text = 'A union official at plants in Ohio, Dana Wirth, said: "We were never told."'
    assert who(text) == [("We were never told.", "Dana Wirth")]


def test_the_role_after_an_acting_or_interim_holder_titled_as_subject():
    # "Acting Health Minister Tom Reyes said …" then "…," the minister said: he holds the
    # office for now
    text = ('Acting Health Minister Tom Reyes said the wards were full. '
            'Later, "It will pass," the minister said.')
    assert who(text) == [("It will pass,", "Tom Reyes")]
    text = ('Interim Education Minister Ida Kell said the schools would open. '
            '"We are ready," the minister said.')
    assert who(text) == [("We are ready,", "Ida Kell")]
    # (a deputy holds another office; and the acting holder is not the one he stands in for)
    text = ('Deputy Health Minister Tom Reyes said the wards were full. '
            'Later, "It will pass," the minister said.')
    assert who(text) == [("It will pass,", "the minister")]
    text = ('Acting Governor Tom Reyes signed the bill while the governor was abroad. '
            '"It is a fine law," the governor said.')
    assert who(text) == [("It is a fine law,", "the governor")]


def test_a_noble_title_in_ess_of_a_place_before_a_name():
    # "Countess of Westmark Ann Hosk": her title and its place, then her name (as "Duke of
    # Westmark Tom Pell" was read), not a group "Countess … of"
    text = '"We are ready," said Countess of Westmark Ann Hosk.'
    assert who(text) == [("We are ready,", "Ann Hosk")]
    text = 'Duchess of Westmark Ida Kell said: "We are ready."'
    assert who(text) == [("We are ready.", "Ida Kell")]
    # (a plural before "of" is still a group)
    text = 'Nurses of the ward said: "We are tired."'
    assert who(text) == [("We are tired.", "Nurses of the ward")]


def test_the_role_is_not_the_one_who_serves_it():
    # "An aide to the minister said …" then "…," the minister said: the minister speaks,
    # not the aide whose phrase holds the word
    text = ('An aide to the minister said the plan was dead. '
            'Later, "It is alive," the minister said.')
    assert who(text) == [("It is alive,", "the minister")]
    text = ('A spokesman for the mayor said the road would close. '
            '"It will reopen," the mayor said.')
    assert who(text) == [("It will reopen,", "the mayor")]
    # (an unnamed one of that role brought in just before is still the one)
    text = ('A senior party leader said the vote was lost. '
            '"We will fight on," the leader said.')
    assert who(text) == [("We will fight on,", "a senior party leader")]
    text = ('Mayor Ann Obi was away. A spokesman for the mayor said the road would close. '
            '"It will reopen," the mayor said.')
    assert who(text) == [("It will reopen,", "Ann Obi")]


def test_a_secretary_of_state_for_a_portfolio_of_two_parts():
    # "The Secretary of State for Health and Social Care, Ann Hale,": the "of State" before
    # the portfolio's "for", and "care" a portfolio's word
    text = 'The Secretary of State for Health and Social Care, Ann Hale, said: "We are ready."'
    assert who(text) == [("We are ready.", "Ann Hale")]
    text = 'Minister of State for Trade and Industry Tom Reyes said: "We are ready."'
    assert who(text) == [("We are ready.", "Tom Reyes")]
    text = 'Minister for Health and Social Care Ann Hale said: "We are ready."'
    assert who(text) == [("We are ready.", "Ann Hale")]
    # (a "State" and a name joined by "and" are two subjects, not one portfolio)
    text = 'The Secretary of State and Tom Reyes said: "We are ready."'
    assert who(text) == [("We are ready.", "Tom Reyes")]


def test_a_name_set_off_after_a_fronted_participles_object():
    # "Speaking to the mayor of Leeds, Ann Obi, the minister said:": Ann Obi is whom he
    # spoke to; the minister speaks
    text = 'Speaking to the mayor of Leeds, Ann Obi, the minister said: "We are ready."'
    assert who(text) == [("We are ready.", "the minister")]
    text = 'Speaking to the BBC\'s Ann Obi, the minister said: "We are ready."'
    assert who(text) == [("We are ready.", "the minister")]
    # (a name with its role in apposition still speaks, after a fronted phrase or none)
    text = 'Speaking after the vote, Ann Obi, the minister, said: "We are ready."'
    assert who(text) == [("We are ready.", "Ann Obi")]
    text = 'Ann Obi, the minister, said: "We are ready."'
    assert who(text) == [("We are ready.", "Ann Obi")]


def test_the_prime_minister_after_a_name_in_apposition_to_the_title():
    # "Dana Whitfield, Britain's prime minister, met …" then "…," the prime minister said
    text = ('Dana Whitfield, Britain\'s prime minister, met Ann Obi on Monday. '
            '"We agreed a great deal," the prime minister said.')
    assert who(text) == [("We agreed a great deal,", "Dana Whitfield")]
    text = ('Dana Whitfield met Ann Obi, Westmark\'s prime minister, on Monday. '
            '"We agreed a great deal," the prime minister said.')
    assert who(text) == [("We agreed a great deal,", "Ann Obi")]
    # (a deputy's or a former one's title names another)
    text = ('Dana Whitfield, Britain\'s deputy prime minister, met Ann Obi on Monday. '
            '"We agreed a great deal," the prime minister said.')
    assert who(text) == [("We agreed a great deal,", "the prime minister")]
    text = ('Dana Whitfield, Britain\'s former prime minister, met Ann Obi on Monday. '
            '"We agreed a great deal," the prime minister said.')
    assert who(text) == [("We agreed a great deal,", "the prime minister")]


def test_a_country_by_its_letters_and_in_full_is_one_speaker():
    # "the United States said" and "the US said" (or "the U.S."): one speaker, either first
    text = '"We object," the United States said in a statement. "We are firm," the US said.'
    assert speaker_names(text) == ["United States"]
    text = '"We are firm," the U.S. said. "We object," the United States said in a statement.'
    assert speaker_names(text) == ["United States"]
    text = '"We are firm," the UK said. "We object," the United Kingdom said.'
    assert speaker_names(text) == ["United Kingdom"]
    text = '"We object," the United Arab Emirates said. "We are firm," the UAE said.'
    assert speaker_names(text) == ["United Arab Emirates"]
    # (another "United" body is not the country, nor a body named after it)
    text = '"We object," the United Nations said in a statement. "We are firm," the US said.'
    assert speaker_names(text) == ["United Nations", "US"]
    text = '"We object," the United States Chamber of Commerce said. "We are firm," the US said.'
    assert speaker_names(text) == ["United States Chamber of Commerce", "US"]


def test_the_chief_justice_of_a_place_is_an_office_not_a_half_title():
    # "the Chief Justice of Westmark" with no name after it: an office, not "Justice" nor
    # the place
    text = 'The Chief Justice of Westmark said: "The court is independent."'
    assert who(text) == [("The court is independent.", "the Chief Justice of Westmark")]
    text = '"The court is independent," said the Chief Justice of Westmark.'
    assert who(text)[0][1] not in ("Justice", "Westmark")
    text = ('He was sworn in as Chief Justice of Westmark. '
            'Later, "We will be fair," the chief justice said.')
    assert who(text) == [("We will be fair,", "the chief justice")]
    # (a name after the office still names its holder; "Justice" before a name is a title)
    text = '"We will be fair," said Chief Justice of Westmark Ida Kell.'
    assert who(text) == [("We will be fair,", "Ida Kell")]
    text = '"We will be fair," said Justice Ida Kell.'
    assert who(text) == [("We will be fair,", "Ida Kell")]
