"""Review of round thirty-three: sentences near each new rule's trigger where it must not
fire (and the forms it must still take). Every sentence here is the review's own, every
name made up."""
from tests.quotes.reading import who


# --- a headline quote nothing credits goes to the one speaker whose body quotes hold its words


def test_a_headline_quote_goes_to_the_one_speaker_who_says_its_words():
    text = (
        "Roman coins found in field are 'incredibly significant'\n"
        "A detectorist found the coins in March.\n"
        '"It is incredibly significant for the region," said Dr Hana Prieto, a curator at the museum.'
    )
    assert who(text, heads=1)[0] == ("incredibly significant", "Hana Prieto")
    text = (
        "Fans told to 'stay away' from stadium\n"
        "The club issued a warning on Saturday.\n"
        '"Please stay away from the ground until it is safe," said club secretary Ivo Brandt.'
    )
    assert who(text, heads=1)[0] == ("stay away", "Ivo Brandt")


def test_a_scare_quote_two_speakers_use_stays_unsaid():
    # the mocked words are in two people's mouths: no telling whose the headline's are
    text = (
        "Anger grows over 'fair deal' for dairy farms\n"
        "The row deepened on Monday.\n"
        '"We were promised a fair deal and got nothing," said Owen Trask, of the growers\' union.\n'
        '"A fair deal would mean a price we can live on," said Dilys Mawr, a dairy farmer.'
    )
    assert who(text, heads=1)[0] == ("fair deal", None)


def test_a_scare_quote_also_in_an_unsaid_quote_stays_unsaid():
    text = (
        "Council defends 'value for money' claim\n"
        "Leaflets promising \"value for money\" went to every home last week.\n"
        '"It was value for money by any measure," said council leader Petra Quayle.'
    )
    assert who(text, heads=1)[0] == ("value for money", None)


def test_a_headline_quote_a_body_speaker_denies_is_not_theirs():
    # the minister rejects the opposition leader's words: they are not his
    text = (
        "Harker hits out at 'reckless spending plans'\n"
        "Opposition leader Jo Harker attacked the budget on Monday.\n"
        '"These are not reckless spending plans, they are investment," said Finance Minister Tom Ellery.\n'
        "Harker said the figures did not add up."
    )
    assert who(text, heads=1)[0] == ("reckless spending plans", None)
    text = (
        "Rovers boss brushes off 'title favourites' tag\n"
        "Rovers top the table after ten games.\n"
        '"We are no title favourites, we just work hard," said Rovers manager Sam Ojo.'
    )
    assert who(text, heads=1)[0] == ("title favourites", None)


def test_a_headline_quote_of_common_words_is_no_ones():
    # "the government", "in the night": one word of substance, anyone's
    text = (
        "Anger in Marlow Cross as 'the government' shuts clinic\n"
        "Villagers in Marlow Cross packed the hall on Tuesday.\n"
        '"The government has simply stopped listening to us," said Ruth Penhallow, who runs the post office.'
    )
    assert who(text, heads=1)[0] == ("the government", None)
    text = (
        "Police appeal after shop raids 'in the night'\n"
        "Shops on Carver Street were hit.\n"
        '"Someone came in the night and took everything," said shop owner Lina Varga.'
    )
    assert who(text, heads=1)[0] == ("in the night", None)


def test_a_headline_quote_only_holds_whole_words():
    text = (
        "Fears of 'no deal' chaos at Wexham market\n"
        "Market traders met on Friday.\n"
        '"There is no dealer left in town who can stock us," said trader Ines Falk.'
    )
    assert who(text, heads=1)[0] == ("no deal", None)


def test_a_standfirst_or_credited_headline_quote_is_left_to_its_own_line():
    # a line a name's label credits: the label's, not the body speaker's
    text = (
        "Varga: council's 'parking plan' is a mistake\n"
        "The council voted on Monday.\n"
        '"The parking plan will bring shoppers back," said council leader Petra Quayle.'
    )
    assert who(text, heads=1)[0][1] != "Petra Quayle"


def test_a_headline_quote_the_line_credits_after_it_is_not_the_spokesmans():
    # the senator's words, credited by the line's end; his spokesman repeats them below
    text = (
        "'Gun owners' are his secret weapon, Corwin hints\n"
        'Senator Alan Corwin spoke at a rally on Tuesday. "We will win this state," Corwin said.\n'
        '"Gun owners have amazing spirit," campaign spokesman Jed Larkin said in a statement.'
    )
    assert who(text, heads=1)[0] == ("Gun owners", None)


def test_a_headline_quote_a_body_speaker_only_quotes_is_not_theirs():
    # the mayor names the phrase to mock it: the words are her critics'
    text = (
        "Mayor rips talk of 'radical waste'\n"
        "Mayor Ines Okoro hit back on Monday.\n"
        "Okoro said: \"There's no magic to the phrase 'radical waste.' It's a talking point.\""
    )
    assert who(text, heads=1)[0] == ("radical waste", None)


# --- a capitalised word opening the sentence before a role's words is the role's own


def test_a_surname_given_before_opening_the_sentence_is_the_subject_not_a_role_word():
    # past verbs the list of object verbs does not hold: the surname is still the subject
    for verb in ("bought", "chose", "taught", "knew"):
        text = (
            '"We were flat," said Gareth Pennock, the manager.\n'
            f"Pennock {verb} striker Dean Mallory last year. "
            '"He has won us more points than he has cost us," he said.'
        )
        assert who(text)[-1] == ("He has won us more points than he has cost us,", "Gareth Pennock"), verb


def test_a_role_word_also_inside_a_longer_name_before_still_opens_the_role():
    text = (
        'The Federal Aviation Administration is investigating. "A report is not enough," said Renata Solberg.\n'
        "Aviation safety consultant Yvette Lamarre said the case echoed earlier crashes. "
        '"Icing doesn\'t forgive hesitation," she said.'
    )
    assert who(text)[-1] == ("Icing doesn't forgive hesitation,", "Yvette Lamarre")


# --- a one-word mention in capitals is the person named in small letters before


def test_a_capitals_headline_word_is_no_label_for_a_body_named_before():
    # "OLYMPIC" in a capitals headline is no "SORENSEN:" label: not the Olympic Committee
    text = (
        "SKATERS SPARED BAN FROM GAMES The International Olympic Committee refused to ban the squad. [Wire]\n"
        'NORDLAND OLYMPIC TEAM REFUSES TO STAY IN OLYMPIC VILLAGE The team cited "broken lifts and dirty floors." [Wire]'
    )
    assert "International Olympic" not in (who(text)[-1][1] or "")
