"""Rules the thirty-second held-out round of articles (bench/heldout-r32 at first: a Moscow
Times story on a heating failure, a Tehran Times report on desalination plants, a Nepali
Times feature on migration, a story from The Standard (Hong Kong) on a bazaar's eviction,
a Yonhap wire story on rural buses, a Taiwan News story on typhoon relief, a Manila Times
story on flood-control projects, a Laotian Times story on a plastic-bag ban) showed the
engine lacked. Sentences we wrote; people, places and bodies made up."""
from .reading import speaker_names as speakers, who


def test_a_named_storm_is_no_one_a_she_can_mean():
    # "Typhoon Hailong made landfall … "…," she said": the storm is no person
    text = ('Relief.\nTyphoon Hailong made landfall on Oct. 19, flattening orchards.\n'
            'The farmers have not been paid. "We filled in every form," she said.')
    assert who(text) == [("We filled in every form,", None)]
    text = ('Relief.\nHurricane Delia flooded the valley last month.\n'
            'Orchard owner Mara Quill said the aid was late. "We filled in every form," she said.')
    assert who(text) == [("We filled in every form,", "Mara Quill")]
    # a person whose given name is Storm is still a person
    text = 'Race.\nStorm Hollis said she would run again. "We will win," she said.'
    assert who(text) == [("We will win,", "Storm Hollis")]
    # and "Tropical Storm Ana" leaves Ana Ruiz who she is
    text = 'Storm.\nTropical Storm Ana hit the coast. Residents fled.\n"We have nothing," Ana Ruiz said.'
    assert who(text) == [("We have nothing,", "Ana Ruiz")]


def test_a_grower_or_herder_before_a_name_is_the_job():
    # "Pomelo grower Huang Mei-ling told CNA …": the job, then the person
    text = ('Relief.\nTyphoon Hailong made landfall on Oct. 19.\n'
            'Pomelo grower Huang Mei-ling (黃美玲) told CNA her family lost most of its trees. '
            '"We filled in the forms three weeks ago," she said.')
    assert who(text) == [("We filled in the forms three weeks ago,", "Huang Mei-ling")]
    assert who('Drought.\n"The grass is gone," said yak herder Pemba Lhamu.') == [("The grass is gone,", "Pemba Lhamu")]


def test_a_ministry_whose_portfolios_are_listed_with_commas_is_one_body():
    # "the Ministry of Land, Infrastructure and Transport", then "the ministry said"
    text = ('Buses.\nThe count will double, according to the Ministry of Land, Infrastructure and Transport.\n'
            'The ministry said it will also name 10 "mobility model regions" next year.')
    assert who(text) == [("mobility model regions", "Ministry of Land, Infrastructure and Transport")]
    text = 'Farms.\nThe Department for Environment, Food and Rural Affairs said it was "deeply concerned."'
    assert who(text) == [("deeply concerned.", "Department for Environment, Food and Rural Affairs")]
    text = 'Trade.\nThe tariff is "a mistake," according to the Ministry of Economy, Trade and Industry.'
    assert who(text) == [("a mistake,", "Ministry of Economy, Trade and Industry")]
    # a comma after a ministry's name before a person's name still ends the body's name
    assert who('Health.\n"It is good," said the Minister of Health, Dana Kovac.') == [("It is good,", "Dana Kovac")]
    text = 'Health.\nThe Minister for Health, Eoghan Walsh, spoke. "It is good," the minister said.'
    assert who(text) == [("It is good,", "Eoghan Walsh")]
    # and "a ministry official" is no "the ministry"
    text = ('Buses.\nThe count will double, according to the Ministry of Land, Infrastructure and Transport.\n'
            'A ministry official said the budget would rise. "We are talking to counties," the official said.\n'
            'The ministry said it will also name 10 "mobility model regions" next year.')
    assert who(text) == [("We are talking to counties,", "a ministry official"),
                         ("mobility model regions", "Ministry of Land, Infrastructure and Transport")]


def test_he_underlined_is_a_verb_of_speech_after_a_quote():
    # the Tehran and Indian press's '"…," he underlined.'
    text = ('Water.\nFarahani Mohseni told reporters that all the plants were fine. '
            '"All three projects are approved," he underlined.')
    assert who(text) == [("All three projects are approved,", "Farahani Mohseni")]
    text = 'Water.\nMinister Kovac Dean underlined that the plan was "final."'
    assert who(text) == [("final.", "Kovac Dean")]
    # a thing that underlines a need says nothing
    text = 'Vote.\nKovac said the plan was late. The turmoil after the vote underlines a need for "calm, steady leadership."'
    assert who(text) == [("calm, steady leadership.", None)]
    # nor is a word underlined in a memo spoken by the memo
    text = 'Memo.\nThe word "approved" was underlined in the memo, Ruiz Dana said.'
    assert who(text) == [("approved", "Ruiz Dana")]


def test_a_family_name_first_is_the_name_a_she_points_back_to():
    # "Lo Mei-kuen" is "Lo" later: "For Lo, the decision is made. "…," she said"
    text = ('Bazaar.\n"I grew up here," said Lo Mei-kuen, 58.\n"It is a pity," said design student Cheryl Ng, 21.\n'
            'For Lo, the decision is already made. "If we must go, we go," she said.')
    assert who(text)[2] == ("If we must go, we go,", "Lo Mei-kuen")
    text = ('Bazaar.\n"I grew up here," said councillor Ivan Ho Chun-yin.\n"It is a pity," said Cheryl Ng, 21.\n'
            'Ho has made up his mind. "We will fight it," he said.')
    assert who(text)[2] == ("We will fight it,", "Ivan Ho Chun-yin")
    # a double-barrelled surname is no family name first
    text = ('Port.\n"We are ready," said Omar Haddad-Nasser.\n"It is late," said Dana Ruiz.\n'
            'Ruiz has made up her mind. "We will wait," she said.')
    assert who(text)[2] == ("We will wait,", "Dana Ruiz")


def test_the_farmer_after_another_farmer_is_that_farmer():
    text = ('Relief.\nAnother farmer, who asked not to be named, said officials had told them to "wait."\n'
            '"If I do not buy fertilizer now, there will be no harvest," the farmer said.')
    names = speakers(text)
    assert len(names) == 1 and names[0] == "another farmer"
    # no farmer brought in: the description stays as written
    text = 'Relief.\nThe co-operative met on Monday.\n"We got nothing," the farmer said.'
    assert who(text) == [("We got nothing,", "the farmer")]
    # a farm worker is no farmer brought in
    text = ('Relief.\nAnother farm worker said the pay was "late."\n'
            '"We got nothing," the farmer said.')
    assert who(text)[1] == ("We got nothing,", "the farmer")


def test_the_official_after_a_named_office_holder_is_that_person():
    # the Tehran Times' and the wires' "the official stated" after a named deputy minister
    text = ('Water.\nDeputy Energy Minister Reza Farahani said the plants were ready.\n'
            'Farahani noted that the work was done despite "cruel sanctions."\n'
            '"Most of the equipment is made at home," the official stated.')
    assert who(text) == [("cruel sanctions.", "Reza Farahani"), ("Most of the equipment is made at home,", "Reza Farahani")]
    # not when an unnamed official was brought in
    text = ('Water.\nA senior official said the plants were late. Deputy Energy Minister Reza Farahani said they were ready.\n'
            '"Most of the equipment is made at home," the official said.')
    assert who(text) == [("Most of the equipment is made at home,", "a senior official")]
    # nor after a person who holds no office
    text = 'Water.\nResident Dana Ruiz said the plants were late.\n"We waited a year," the official said.'
    assert who(text) == [("We waited a year,", "the official")]
    # nor when the last sentence named two office holders
    text = 'Water.\nMayor Dana Ruiz met Governor Ali Kovac on Monday.\n"We waited a year," the official said.'
    assert who(text) == [("We waited a year,", "the official")]


def test_self_review_near_the_new_rules():
    # a team named after storms is no storm opening a name
    text = 'Hockey.\nHurricanes coach Rod Brind said the team was "flat."'
    assert who(text) == [("flat.", "Rod Brind")]
    # growers in the plural are a group, no job before a name
    text = 'Tea.\nTea growers said prices had "collapsed," and Dana Ruiz agreed.'
    assert who(text)[0][0] == "collapsed,"
    # a ministry, then a comma and another body: two bodies, not one
    text = ('Plan.\nThe plan, backed by the Ministry of Health, Labour unions and doctors, is "a start," '
            'said Ana Ruiz.')
    assert who(text) == [("a start,", "Ana Ruiz")]
    # a name with a hyphenated given name is still found in full
    text = 'Court.\n"We will appeal," said lawyer Park Seong-min. "The ruling is wrong," Park said.'
    assert who(text) == [("We will appeal,", "Park Seong-min"), ("The ruling is wrong,", "Park Seong-min")]
    # "the official" with a named official of no office (an analyst) stays as written
    text = 'Trade.\nAnalyst Tomas Welland said exports fell.\n"It will be a hard year," the official said.'
    assert who(text) == [("It will be a hard year,", "the official")]
