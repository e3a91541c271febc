"""Guards for session fifteen's gap rules (review rvg15): ordinary sentences the rules had
misread; people, places and bodies made up."""
from .reading import speaker_names, who


def test_an_officers_initials_are_no_bodys_short_form():
    # "the SP" (superintendent of police), "the DA" (district attorney), "the DC" (deputy
    # commissioner), "the GP" (a doctor): a person's office in letters, not the body whose
    # initials they happen to be
    text = '"We will contest," the Samajwadi Party said. "The accused fled," the SP said.'
    assert speaker_names(text) == ["Samajwadi Party", "SP"]
    text = '"The accused fled," the SP said. "We will contest," the Samajwadi Party said.'
    assert speaker_names(text) == ["SP", "Samajwadi Party"]
    text = '"No charges will be filed," the DA said. "We will sue," the Democratic Alliance said.'
    assert speaker_names(text) == ["DA", "Democratic Alliance"]
    text = '"We are monitoring," the District Council said. "It is calm," the DC said.'
    assert speaker_names(text) == ["District Council", "DC"]
    text = '"We oppose it," the Green Party said. "It is harmful," the GP said.'
    assert speaker_names(text) == ["Green Party", "GP"]
    # (nor a country's letters: "the US" beside the Union of Students)
    text = '"Fees are too high," the Union of Students said. "We are reviewing it," the US said.'
    assert speaker_names(text) == ["Union of Students", "US"]
    # (a body's own letters still name it)
    text = '"We will play," the Football Association said. "We are sorry," the FA said.'
    assert speaker_names(text) == ["Football Association"]


def test_a_body_of_several_words_after_an_office_keeps_its_rest():
    # "the House Freedom Caucus": the body runs on past "House"; its rest is no one's name
    text = 'A member of the House Freedom Caucus Tom Pell spoke. "We are ready," he said.'
    assert who(text)[0][1] in (None, "Tom Pell")
    text = 'Chair of the House Democratic Caucus Tom Pell spoke. "We are ready," he said.'
    assert who(text)[0][1] in (None, "Tom Pell")
    # (the body of a word or two, then the name, as before)
    text = 'Speaker of the House Dana Wirth spoke. "We are ready," she said.'
    assert who(text) == [("We are ready,", "Dana Wirth")]


def test_a_place_of_two_words_leaves_a_given_name_before_a_middle_initial():
    # "President of South Africa Cyril R. Pell": the place ends at "Africa"; "Cyril" is his
    text = '"We are ready," President of South Africa Cyril R. Pell said.'
    assert who(text) == [("We are ready,", "Cyril R. Pell")]
    text = '"We are ready," Prime Minister of New Zealand Chris J. Hipkins said.'
    assert who(text) == [("We are ready,", "Chris J. Hipkins")]
    # (initials alone after the place, as before)
    text = '"We are ready," Chief Minister of Tamil Nadu M. K. Stalin said.'
    assert who(text) == [("We are ready,", "M. K. Stalin")]


def test_a_peers_title_ending_in_ess_holds_a_place():
    # "Duchess", "Marquess", "Countess" end in "s" but are no plurals ("Critics of …")
    text = '"We are ready," said the Duchess of Westmark Ann Hosk.'
    assert who(text) == [("We are ready,", "Ann Hosk")]
    text = '"We are ready," said the Marquess of Westmark Tom Pell.'
    assert who(text) == [("We are ready,", "Tom Pell")]


def test_a_teams_name_in_marks_before_a_full_name_is_no_nickname():
    # 'Westmark "Red Sox" Tom Pell': a nickname of several words stands before the surname
    # alone (Danny "The Hammer" Ruiz); before a given name and surname it is something else's
    text = 'Westmark "Red Sox" Tom Pell said he was fine. "We won," he said.'
    assert who(text) == [("We won,", "Tom Pell")]
    text = '"We won," Westmark "Red Sox" Tom Pell said.'
    assert who(text)[0][1] in (None, "Tom Pell")
    # (the nickname inside a name still left out)
    text = 'Danny "The Hammer" Ruiz said he was ready. "I will win," Ruiz said.'
    assert who(text) == [("I will win,", "Danny Ruiz")]


def test_a_nickname_of_several_words_in_single_marks_inside_a_name():
    # Dwayne 'The Rock' Johnson: single marks about the nickname as double ones (the name,
    # not "Rock' Johnson")
    text = "\"I am back,\" Dwayne 'The Rock' Johnson said."
    assert who(text) == [("I am back,", "Dwayne Johnson")]
    text = '"I am back," Dwayne ‘The Rock’ Johnson said.'
    assert who(text) == [("I am back,", "Dwayne Johnson")]


def test_an_ampersand_pair_that_owns_or_heads_a_role_stays_one_phrase():
    # "Ann Lee & Tom Obi's lawyer said": the lawyer speaks, not the pair; nor the two papers
    # before their reporters
    text = '"We were shocked," Ann Lee & Tom Obi\'s lawyer said.'
    assert who(text) == [("We were shocked,", "Ann Lee & Tom Obi's lawyer")]
    text = '"It is good," New York Times & Washington Post reporters said.'
    assert who(text)[0][1] == "New York Times & Washington Post reporters"
    # (two people's full names alone, as "and" reads them)
    text = '"We are delighted," Ann Lee & Tom Obi said.'
    assert who(text) == who('"We are delighted," Ann Lee and Tom Obi said.')
