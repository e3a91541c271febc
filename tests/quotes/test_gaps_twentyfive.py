"""Gaps twenty-five: names kept with words that are no part of them, fixed with general
rules. Every sentence here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_a_calling_written_as_a_title_is_no_part_of_the_name():
    # "Firefighter Ann Obi said": the job before the name is dropped as "Nurse" is
    text = 'The blaze spread to the mill.\n"The roof went first," Firefighter Ann Obi said.\n"We got out," Obi added.'
    assert [s for _, s in who(text)] == ["Ann Obi", "Ann Obi"]
    assert speaker_names(text) == ["Ann Obi"]
    text = 'Midwife Tom Pell said: "The ward is full."'
    assert speaker_names(text) == ["Tom Pell"]


def test_a_surname_that_is_also_a_calling_stays():
    # must not fire: the same word after a given name is its surname ("Ann Baker" is a name;
    # "Baker", "Cook" and "Mason" are never dropped: surnames as often as jobs)
    text = 'The blaze spread to the mill.\n"The roof went first," said Ann Pilot.\n"We got out," Pilot added.'
    assert [s for _, s in who(text)] == ["Ann Pilot", "Ann Pilot"]
    text = 'Ann Baker said: "The roof went first."\n"We got out," Baker added.'
    assert [s for _, s in who(text)] == ["Ann Baker", "Ann Baker"]


def test_a_plural_after_a_sons_suffix_opens_the_next_sentence():
    # "… after Tom Pell Jr. Officials said …": "Jr." with its dot ends the name
    text = 'The hearing was put off after Tom Pell Jr. Officials said "the delay was regrettable".'
    assert who(text) == [("the delay was regrettable", "officials")]
    text = 'The mill was sold by Ann Obi Sr. Residents said "it is a sad day".\n"It was not," Obi said.'
    assert speaker_names(text) == ["residents", "Ann Obi"]


def test_a_sons_suffix_inside_a_name_or_a_things_name_stays():
    # must not fire: a name, or a street named for him, goes on after "Jr."
    text = 'The march went down Ann Obi Jr. Boulevard.\n"It was moving," said Tom Pell Jr.'
    assert who(text) == [("It was moving,", "Tom Pell Jr.")]
    text = 'Tom Pell Jr. said "the delay was regrettable".'
    assert speaker_names(text) == ["Tom Pell Jr."]


def test_one_of_a_bodys_people_after_its_name_is_no_body():
    # "the embattled Kell Bank chief said": an unnamed person of the bank, not the bank
    text = 'The shares fell again.\n"We will recover," the embattled Kell Bank chief said.'
    assert who(text) == [("We will recover,", "the embattled Kell Bank chief")]
    text = 'The vote was lost.\n"We will try again," the Carrow Council leader said.'
    assert speaker_names(text) == ["the Carrow Council leader"]
    text = 'Ann Obi, the Kell Bank chief, spoke on Monday.\n"We will recover," the Kell Bank chief said.'
    assert who(text) == [("We will recover,", "Ann Obi")]


def test_a_body_by_its_name_still_speaks_as_the_body():
    # must not fire: the body's own name, with or without words before it, or a named chief
    text = 'The shares fell again.\n"We will recover," the embattled Kell Bank said.'
    assert who(text) == [("We will recover,", "Kell Bank")]
    text = 'The vote was lost.\nThe main opposition Carrow Renewal Party said it would "try again".'
    assert who(text) == [("try again", "Carrow Renewal Party")]
    text = 'The shares fell again.\n"We will recover," Kell Bank chief executive Ann Obi said.'
    assert speaker_names(text) == ["Ann Obi"]


def test_a_days_name_with_its_weekday_is_no_one():
    # "Pilgrims marking Ash Wednesday said": a day's name, not a person called Ash
    text = 'The abbey was full.\nPilgrims marking Ash Wednesday said "the walk was long".'
    assert who(text) == [("the walk was long", "pilgrims marking Ash Wednesday")]
    text = 'The abbey was full.\n"The walk was long," worshippers marking Good Friday said.'
    assert speaker_names(text) == ["worshippers marking Good Friday"]
    text = 'The malls were packed.\nShoppers out on Black Friday said "the queues were long".'
    assert speaker_names(text) == []


def test_a_surname_before_a_weekday_still_speaks():
    # must not fire: a name and the day the US press sets before the verb ("Pell Tuesday
    # said"), with a surname that names days too; and a surname alone
    text = 'The malls were packed.\nAnn Black Friday said "the queues were long".'
    assert who(text) == [("the queues were long", "Ann Black")]
    text = 'The abbey was full.\nTom Ash Wednesday said "the walk was long".'
    assert who(text) == [("the walk was long", "Tom Ash")]


def test_went_on_to_say_ends_the_subject_before_went():
    # "The newsletter went on to say, '…'": the subject is the newsletter; "went on" is its
    # verb, no part of the name the sidebar shows
    text = 'The club wrote to its members.\n\nThe newsletter went on to say, "Today we are strong."'
    assert who(text) == [("Today we are strong.", "the newsletter")]
    text = 'The club wrote to its members.\n\nThe note goes on: "Today we are strong."'
    assert speaker_names(text) == ["the note"]
    text = 'Carrow Rovers lost again.\n\nTom Pell went on to say, "We will win the cup."'
    assert speaker_names(text) == ["Tom Pell"]


def test_a_phrase_without_go_is_read_as_before():
    # must not fire: a subject and its verb of speech with no "go on" between them
    text = 'The club wrote to its members.\n\nThe weekly newsletter said, "Today we are strong."'
    assert speaker_names(text) == ["the weekly newsletter"]


def test_an_adverb_before_the_verb_is_no_part_of_the_speaker():
    # '"…," the mayor recently said': when she spoke, not who; the sidebar shows "the mayor"
    text = 'Carrow voted on Sunday.\n\n"We are strong," the mayor recently said.'
    assert who(text) == [("We are strong,", "the mayor")]
    text = 'Carrow voted on Sunday.\n\n"We are strong," the editorial board recently wrote.'
    assert speaker_names(text) == ["the editorial board"]
    text = 'Carrow voted on Sunday.\n\n"We are strong," my father often said.'
    assert speaker_names(text) == ["my father"]


def test_a_word_of_the_adverbs_inside_a_phrase_stays():
    # must not fire: "only" and "first" describing the noun, before it, are part of who speaks
    text = 'Carrow voted on Sunday.\n\n"We are strong," the only survivor said.'
    assert speaker_names(text) == ["the only survivor"]
    text = 'Carrow voted on Sunday.\n\n"We are strong," the first lady said.'
    assert speaker_names(text) == ["the first lady"]


def test_how_long_ago_between_subject_and_verb_is_no_one():
    # "The council less than two weeks ago said": the subject is the council; "two weeks ago"
    # is when, and must never show in the sidebar as a speaker
    text = 'The bypass opened in May.\n\nThe Carrow council less than two weeks ago said the road was "closed for good".'
    assert who(text) == [("closed for good", "the Carrow council")]
    text = 'The bypass opened in May.\n\nAnn Obi a couple of weeks ago told reporters the road was "closed for good".'
    assert speaker_names(text) == ["Ann Obi"]


def test_ago_elsewhere_leaves_the_speaker_alone():
    # must not fire: "ago" in the clause before the speaker, not between subject and verb
    text = 'The bypass opened in May.\n\nThe road closed three days ago, officials said, calling it "a disgrace".'
    assert speaker_names(text) == ["officials"]


def test_a_verb_in_the_past_before_a_firm_is_no_job():
    # "Ann Obi left Kessel Corp. Tuesday, saying …": she speaks, not the firm she left
    text = 'Shares fell on Monday.\n\nAnn Obi left Kessel Corp. Tuesday, saying the job was "done".'
    assert who(text) == [("done", "Ann Obi")]
    text = 'Shares fell on Monday.\n\nAnn Obi quit Kessel Corp., saying the job was "done".'
    assert speaker_names(text) == ["Ann Obi"]


def test_a_firm_a_job_and_a_name_still_read_as_the_person():
    # must not fire: a job between a firm's name and a person's name is her job
    text = 'Shares fell on Monday.\n\n"It is done," said Kestrel Air pilot Dana Roe.'
    assert speaker_names(text) == ["Dana Roe"]


def test_the_many_after_a_noun_of_one_thing_speak_alone():
    # "a procedure critics say is '…'": a relative clause without its "that"; the critics
    # speak, not "a procedure critics" (a singular article never counts a plural)
    text = 'The farm was closed.\n\nThe cull is a procedure critics say is "cruel and pointless".'
    assert who(text) == [("cruel and pointless", "critics")]
    text = 'The farm was closed.\n\nIt was a pattern that doctors said was "deeply worrying".'
    assert speaker_names(text) == ["doctors"]


def test_a_counted_many_keep_their_article():
    # must not fire: a count or a group between the article and the many belongs to them
    text = 'The farm was closed.\n\nA dozen protesters said the cull was "cruel".'
    assert speaker_names(text) == ["a dozen protesters"]
    text = 'The farm was closed.\n\nA chorus of local vets said the cull was "cruel".'
    assert speaker_names(text) == ["a chorus of local vets"]
    text = 'The farm was closed.\n\nA senior farm union source said the cull was "cruel".'
    assert speaker_names(text) == ["a senior farm union source"]


def test_a_shops_name_with_its_s_before_said_speaks():
    # "Pellbury's said it was 'sorry'": a shop named for its founder, before "said", speaks
    # in reported speech as it does before a colon (where before nobody did)
    text = 'Shoppers queued on Monday.\n\nPellbury’s said it was "sorry for the delays".'
    assert who(text) == [("sorry for the delays", "Pellbury’s")]  # (its "'s" kept: see test_gaps_twentysix)
    text = 'Shoppers queued on Monday.\n\nA spokesman for Pellbury’s said the firm was "sorry".'
    assert speaker_names(text) == ["a spokesman for Pellbury’s"]


def test_a_possessive_before_a_noun_that_looks_like_a_verb_is_no_speaker():
    # must not fire: "Pell's remarks", "Pell's stated aim" are things of his, not his words
    text = 'The debate ended late.\n\nAnn Obi denounced Tom Pell’s remarks as "hurtful".'
    assert speaker_names(text) == ["Ann Obi"]
    text = 'The debate ended late.\n\nAnn Obi told reporters Pell’s stated aim was "absurd".'
    assert speaker_names(text) == ["Ann Obi"]


def test_a_capitalised_title_after_a_fields_word_still_names_the_person():
    # '"…," panel Chairman Jo Pike (R-Westmark) said': the field in small letters, then a
    # title in capitals and the name; with a party tag after it the quote had no speaker
    text = 'The hearing was short.\n\n"Subpoenas are not optional," panel Chairman Jo Pike (R-Westmark) said.'
    assert who(text) == [("Subpoenas are not optional,", "Jo Pike")]
    text = 'The hearing was short.\n\n"Nobody came," county Sheriff Ann Obi (D-Carrow) said after the hearing.'
    assert speaker_names(text) == ["Ann Obi"]


def test_a_field_before_a_capitalised_word_that_is_no_role_is_read_as_before():
    # must not fire: a capitalised word that is no role after the small word ends the field
    text = 'The hearing was short.\n\n"Nobody came," Ann Obi of the county Audit Office said.'
    assert speaker_names(text) == ["Ann Obi"]


def test_an_as_clause_after_the_quote_names_its_speaker():
    # '"…," as Ann Obi put it.', '"…," as the memo said': the as-clause after the quote
    # credits it (before, the quote had no speaker)
    text = 'The scheme was reviewed.\n\nThe test is a "lawful source of income," as a Home Office memo put it.'
    assert who(text) == [("lawful source of income,", "a Home Office memo")]
    text = 'The scheme was reviewed.\n\nThe race "is a dead heat right now," as Ann Obi said on Monday.'
    assert speaker_names(text) == ["Ann Obi"]


def test_an_as_clause_that_credits_no_one_is_no_speaker():
    # must not fire: "as expected", "as far as … knows", "as the court ruled": no one spoke
    for tail in ("as expected.", "as far as Ann Obi knows.", "as the court ruled last year."):
        text = f'The scheme was reviewed.\n\nThe test is "lawful," {tail}'
        assert who(text) == [("lawful,", None)]


def test_an_australian_councillors_cr_is_a_title():
    # "Cr Obi said": the councillor's title, as "Cllr" is, joins the mayor named before
    text = 'The road will be reviewed.\n\nMerri Vale Mayor Ann Obi said the council would act.\n\n"Nothing matters more," Cr Obi said.'
    assert speaker_names(text) == ["Ann Obi"]


def test_a_developer_written_as_a_title_is_no_part_of_the_name():
    # "Developer Marcus Pell wrote": a tech story's calling before the name, dropped as
    # "Firefighter" is; a surname Developer after a given name stays
    text = 'The launch was late.\n\nDeveloper Marcus Pell, who builds apps, wrote: "No camera."'
    assert speaker_names(text) == ["Marcus Pell"]
    text = 'The launch was late.\n\n"It is done," said Ann Developer.'
    assert speaker_names(text) == ["Ann Developer"]


def test_a_nickname_after_a_title_word_makes_it_a_given_name():
    # 'Dean "Dusty" Pell': no one puts a nickname between a title and a surname, so "Dean"
    # is his given name here (alone, "Dean Pell" may be the dean)
    text = 'The line reopens.\n\nTruck driver Dean "Dusty" Pell said he would be "busier than ever".\n\n"Good for me," he said.'
    assert [s for _, s in who(text)] == ["Dean Pell", "Dean Pell"]


def test_a_nickname_after_a_given_name_is_left_out_as_before():
    # must not fire: a given name that is no title, with its nickname left out
    text = 'The line reopens.\n\nTruck driver Tom "Dusty" Pell said he would be "busier than ever".'
    assert speaker_names(text) == ["Tom Pell"]


def test_a_nickname_in_single_marks_is_no_part_of_the_fullest_name():
    # "Tom ‘Dusty’ Pell" in British single marks: the closing mark is no apostrophe, and the
    # sidebar shows "Tom Pell", never "Dusty’ Pell"
    text = 'The line reopens.\n\nIn Korrelup, truck driver Tom ‘Dusty’ Pell said he expected to be busier.\n\n‘Good for me, I suppose,’ he said.'
    assert who(text) == [("Good for me, I suppose,", "Tom Pell")]
    text = 'The line reopens.\n\nIn Korrelup, truck driver Ann ‘Dusty’ Raftery said she expected to be busier.\n\n‘Good for me,’ Raftery said.'
    assert speaker_names(text) == ["Ann Raftery"]


def test_a_share_counted_with_in_speaks_whole():
    # "Six in 10 voters said": a poll's share of them, not "Six" (a name) before a phrase
    # after "in"
    text = 'The poll closed on Sunday.\n\nSix in 10 voters said the party "should unite".'
    assert who(text) == [("should unite", "six in 10 voters")]  # (in small letters: see test_gaps_twentysix)
    text = 'The poll closed on Sunday.\n\nNine in ten Democrats said the party "should unite".'
    assert speaker_names(text) == ["nine in ten Democrats"]


def test_a_phrase_after_in_that_counts_nothing_is_read_as_before():
    # must not fire: "in" before a place or a group with no count either side
    text = 'The poll closed on Sunday.\n\nOfficials in Carrow said the party "should unite".'
    assert speaker_names(text) == ["officials in Carrow"]


def test_someone_is_an_anonymous_speaker_in_small_letters():
    # "Someone called it a 'quiet revolution'": no one named; the sidebar shows "someone"
    # among the anonymous, not a person called Someone
    from reader.quotes import extract_text

    e = extract_text('The vote was close.\n\nSomeone called it a "quiet revolution," and I agree.')
    assert [(s.name, s.anonymous) for s in e.speakers] == [("someone", True)]


def test_a_name_after_a_given_name_that_looks_indefinite_stays_a_name():
    # must not fire: a surname after a given name is read as a name
    text = 'The vote was close.\n\nAnn Someone said it was "a quiet revolution".'
    assert speaker_names(text) == ["Ann Someone"]


def test_a_share_counted_with_in_after_the_quote_speaks_whole():
    # '"…," six in 10 voters said': the same share after the quote (before, no speaker)
    text = 'The poll closed on Sunday.\n\n"We should unite," six in 10 voters said.'
    assert who(text) == [("We should unite,", "six in 10 voters")]
    text = 'The poll closed on Sunday.\n\n"It was one in a million," Ann Obi said.'
    assert speaker_names(text) == ["Ann Obi"]
