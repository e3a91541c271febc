"""Rules the nineteenth held-out round of articles (bench/round19 at first: MercoPress on a
squid licence row, Mexico News Daily on a city's water cuts, the Trinidad Guardian on robberies
at sea, the Post-Courier on a mine road, The Namibian on drought, a Mail & Guardian long read
on a rural hospital, The Local on a village school, ERR News on a rail link) showed the engine
lacked, each with sentences where it must not fire. Sentences we wrote; people, places and
bodies made up."""
from .reading import speaker_names as speakers, who


def test_a_body_before_a_role_of_several_words_is_part_of_the_subject():
    # "Coast Guard public relations officer Lt Cmdr Dexter Ramlogan-Price said …": the body's
    # name before "public relations officer" does not make the name an object, so a later
    # "he" is the officer, not the Coast Guard (a guard being a person too)
    text = ('When contacted, Coast Guard public relations officer Lt Cmdr Dexter Ramlogan-Price said '
            'patrols would begin. "We take these reports very seriously," he said.')
    assert who(text) == [("We take these reports very seriously,", "Dexter Ramlogan-Price")]
    text = ('Fire Service media liaison officer Gary Lund said crews were ready. "We have never been busier," he said.')
    assert who(text) == [("We have never been busier,", "Gary Lund")]


def test_a_body_before_a_role_does_not_make_an_object_a_subject():
    # not a verb before the role ("defended goalkeeper"), nor a body after a verb
    text = ('Gareth Pennock said the side was ready. Pennock also defended goalkeeper Aleksander Nowicki, '
            'whose fumble cost a point. "Alex has won us more games than he has cost us," he said.')
    assert who(text) == [("Alex has won us more games than he has cost us,", "Gareth Pennock")]
    text = ('Tom Pell met Fire Service media liaison officer Gary Lund on Monday. "It went well," he said.')
    assert who(text) == [("It went well,", "Tom Pell")]
    text = ('Senator Ann Roe questioned Border Patrol field operations chief Gary Lund at the hearing. '
            '"We need answers," she said.')
    assert who(text) == [("We need answers,", "Ann Roe")]


def test_police_ranks_shortened_are_titles():
    # "Snr Supt Rawle Dookeran", "Insp Ann Baptiste", "Cpl Ravi Singh": the name without them
    text = 'Snr Supt Rawle Dookeran confirmed the arrests. Dookeran said police had "strong leads".'
    assert speakers(text) == ["Rawle Dookeran"]
    assert who('Insp Ann Baptiste said the road was "a death trap".') == [("a death trap", "Ann Baptiste")]
    assert who('Cpl Ravi Singh said the road was "a death trap".') == [("a death trap", "Ravi Singh")]
    # not a name that only looks like one
    assert who('Ann Supton said the road was "a death trap".') == [("a death trap", "Ann Supton")]


def test_a_country_adjective_after_a_headline_quote_is_no_name():
    # "'We feel abandoned': Swedish village fights …": "Swedish" (which the body writes
    # mid-sentence too) is no speaker; the body's same words name her
    text = ("‘We feel abandoned’: Swedish village fights to keep its last school\n"
            "Parents in Norrvika have gone to court. Few rural Swedish schools survive.\n"
            "“We feel abandoned. First they closed the shop,” Elin Sundqvist told reporters.")
    assert who(text, heads=2) == [("We feel abandoned", "Elin Sundqvist"),
                                  ("We feel abandoned. First they closed the shop,", "Elin Sundqvist")]
    assert speakers(text, heads=2) == ["Elin Sundqvist"]
    # not a surname that is a country's adjective too, whose own words the body repeats
    text = ("‘We will not be bullied’: English hits back at critics\n"
            "The finance minister spoke in Harle on Monday, as French unions marched.\n"
            "“We will not be bullied by anyone,” Finance Minister Bill English said.")
    assert who(text, heads=2)[1] == ("We will not be bullied by anyone,", "Bill English")
    assert who(text, heads=2)[0][1] in ("English", "Bill English")
    # nor a headline whose words the body never repeats: left as it was
    text = ("‘A betrayal’: Danish fishermen vow to fight quota\n"
            "Fishermen in Esby say the new quota will end the fleet; Danish officials disagree.\n"
            "“We will go to court,” said Ole Brandt, who chairs the local association.")
    assert who(text, heads=2)[1] == ("We will go to court,", "Ole Brandt")


def test_a_subhead_label_and_a_colon_give_the_quote_to_whom_the_body_gives_it():
    # ERR's "Opposition: 'Somebody must take responsibility'" over the MP who says it below
    text = ("Minister under fire\nThe minister said the delay would cost nothing.\n"
            "Tamm-Kallas said the government remained committed.\n"
            "Opposition: ‘Somebody must take responsibility’\n"
            "Members of the opposition called for the minister’s resignation.\n"
            "“Somebody must take responsibility for this,” Heritage MP Andrus Kivilõo said.")
    assert who(text, heads=2) == [("Somebody must take responsibility", "Andrus Kivilõo"),
                                  ("Somebody must take responsibility for this,", "Andrus Kivilõo")]
    assert speakers(text, heads=2) == ["Andrus Kivilõo"]
    # not a name the text writes again, nor words the body gives no one or two people
    text = ("Minister under fire\nThe minister said the delay would cost nothing.\n"
            "Trump: ‘Somebody must take responsibility’\n"
            "Trump spoke at a rally. “Somebody must take responsibility for this,” Senator Ann Roe said.")
    assert who(text, heads=2)[0] == ("Somebody must take responsibility", "Trump")
    text = ("Union wins pay rise\nThe union said the deal was fair.\n"
            "Union: ‘A fair deal for all workers’\n"
            "“This is a fair deal for all workers,” said Ann Roe, the union's negotiator. "
            "“A fair deal for all workers,” said the mayor, Tom Pell, mocking it.")
    assert who(text, heads=2)[0] == ("A fair deal for all workers", "Union")
    text = ("Minister under fire\nThe minister said the delay would cost nothing.\n"
            "Verdict: ‘Somebody must take responsibility’\n"
            "“We will see,” Heritage MP Andrus Kivilõo said.")
    assert who(text, heads=2)[0] == ("Somebody must take responsibility", "Verdict")
