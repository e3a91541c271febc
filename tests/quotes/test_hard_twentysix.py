"""Hard twenty-six: general patterns of news writing the hard set's misses share, fixed
with general rules. Every sentence here is the project's own, every name made up."""
from tests.quotes.reading import who


def test_a_headline_scare_quote_takes_the_speaker_of_the_same_words_lifted_below():
    # "Growers 'furious' as …" over "Growers say they are "furious"": the headline's words are
    # a body quote's whole words, lifted into a sentence that credits them
    text = ("Growers 'furious' as Dunmore mill shuts with a week's notice\n"
            "The mill took in most of the valley's cane.\n"
            'The Dunmore Growers Association said its members were "furious" at the closure.')
    assert who(text, heads=2)[0] == ("furious", "Dunmore Growers Association")
    text = ("Council leader accused of 'stalling' on Kell Street homes\n"
            "The project has been put off three times.\n"
            'Opposition councillor Ann Obi said the leader was "stalling" to protect his ward.')
    assert who(text, heads=2)[0] == ("stalling", "Ann Obi")
    text = ("Parish budget 'running on fumes', treasurer warns\n"
            "The parish meets on Monday.\n"
            'Treasurer Tom Pell wrote that the fund was "running on fumes" by March.')
    assert who(text, heads=2)[0] == ("running on fumes", "Tom Pell")


def test_a_headline_scare_quote_stays_unsaid_when_the_lifted_words_are_no_ones_or_a_name():
    # must not fire: two speakers lift the same word; or the body's words are a name in Title
    # Case ("the "Our Kell" campaign"), not words said
    text = ("Mayor's plan 'reckless' say rivals\n"
            "The vote is on Friday.\n"
            'Ann Obi called the plan "reckless" on Monday.\n'
            'Tom Pell said the mayor had been "reckless" for years.')
    assert who(text, heads=2)[0] == ("reckless", None)
    text = ("Senator backs 'Our Kell' drive for new homes\n"
            "The drive opened on Monday.\n"
            'Senator Ann Obi praised the "Our Kell" drive at a rally.')
    assert who(text, heads=2)[0] == ("Our Kell", None)


def test_what_someone_reports_they_were_told_is_the_reporters():
    # "Obi said the club had been told …": the words passed on inside what someone reports
    # are hers to report, as an order passed on ("asked to …") is
    text = 'The mill was sold.\nPell (Greens) added that voters had been told "one story after another" about the sale.'
    assert who(text) == [("one story after another", "Pell")]
    text = 'Its chair, Ann Obi, said the club had been told it could use the hall "on Sundays, if there is room".'
    assert who(text) == [("on Sundays, if there is room", "Ann Obi")]
    text = 'Tom Pell, a tenant, says residents were told "nothing at all" about the repairs.'
    assert who(text) == [("nothing at all", "Tom Pell")]


def test_what_someone_was_told_with_no_one_reporting_it_stays_unsaid():
    # must not fire: no verb of speech reports the telling; or the teller is named
    text = 'The mill was sold.\nResidents were told "nothing at all" about the repairs.'
    assert who(text) == [("nothing at all", None)]
    text = 'Ann Obi said residents were told by the landlord that repairs were "on the way".'
    assert who(text) == [("on the way", "the landlord")]


def test_a_group_of_a_counted_many_speaks_whole():
    # "Leaders of the three unions said": the role and whose it is, the count after "the" no
    # subject of its own; and "states" after a place's adjective is the countries, a noun
    text = 'Leaders of the three unions said the offer was "an insult".'
    assert who(text) == [("an insult", "leaders of the three unions")]
    text = 'Residents of the four villages said the road was "a death trap".'
    assert who(text) == [("a death trap", "residents of the four villages")]
    text = 'Farm ministers of the three Veldan states on Tuesday warned that the scheme faces a "serious shortfall".'
    assert who(text) == [("serious shortfall", "Farm ministers of the three Veldan states")]


def test_a_count_opening_the_subject_or_a_verb_states_stays():
    # must not fire: a count with no role before it is the subject itself; a person who
    # states something still speaks
    text = 'The four villages said the road was "a death trap".'
    assert who(text) == [("a death trap", "four villages")]
    text = 'Ann Obi, who leads the three unions, states that the offer is "an insult".'
    assert who(text) == [("an insult", "Ann Obi")]


def test_a_group_with_its_leaders_aside_speaks_through_an_auxiliary():
    # "Nine ministers, led by …, have warned": the aside between the subject and its "have",
    # after a linking word, and a count of five or more kept with the group
    text = 'But six health ministers, led by Tom Pell, have warned that the levy would hit clinics "at the worst time".'
    assert who(text) == [("at the worst time", "six health ministers")]
    text = 'The Kell Farmers Union, led by Ann Obi, has called the levy "a disgrace".'
    assert who(text) == [("a disgrace", "Kell Farmers Union")]
    text = 'Yet seven council leaders, headed by Ann Obi, have written that the plan is "unworkable".'
    assert who(text) == [("unworkable", "seven council leaders")]


def test_an_aside_on_a_thing_before_an_auxiliary_credits_no_one():
    # must not fire: a thing with its backer's aside is no speaker; a name's own apposition
    # still gives the name
    text = 'The levy, backed by Ann Obi, has been called "a disgrace".'
    assert who(text) == [("a disgrace", None)]
    text = 'Tom Pell, Ann Obi\'s deputy, has called the levy "a disgrace".'
    assert who(text) == [("a disgrace", "Tom Pell")]


def test_the_maker_described_by_a_works_title_is_the_one_written_about():
    # "the "Paper Moons" singer, 29, said": a title in capitals before the role describes the
    # person the story is about, not a speaker of its own
    text = 'Ann Obi says she almost quit music.\nOn a podcast, the "Paper Moons" singer, 29, said she had "basically packed up the van".'
    assert who(text)[-1] == ("basically packed up the van", "Ann Obi")
    text = 'Tom Pell has left the show.\nThe "Harbour Lane" actor said he was "gutted" to go.'
    assert who(text)[-1] == ("gutted", "Tom Pell")
    text = 'Ann Obi has cancelled her tour.\nThe "Night Train" singer said she was "done with touring".'
    assert who(text)[-1] == ("done with touring", "Ann Obi")


def test_a_title_after_a_link_or_words_in_small_letters_describe_no_maker():
    # must not fire: the title is the object of a link ("Fans of the "Salt Road" series"), or
    # the marked words are no title ("the "so-called" experts")
    text = 'Ann Obi won the prize.\nFans of the "Salt Road" series said they were "stunned".'
    assert who(text)[-1] == ("stunned", None)
    text = 'Ann Obi won the prize.\nThe "so-called" experts said the result was "a fluke".'
    assert who(text)[-1][1] != "Ann Obi"


def test_a_short_lead_sentence_by_title_or_with_an_aside_gives_the_quote_after_it():
    # "Ms Pryce turned to face the dock. "…"": the subject by title and surname, or with an
    # apposition in small letters, leads into the quote after it, as a bare surname does
    text = 'Helen Vane read her statement in court.\nMs Vane turned to face the dock. "You did not just rob her. You robbed all of us."'
    assert who(text) == [("You did not just rob her. You robbed all of us.", "Helen Vane")]
    text = ('Tom Pell coached the side for a decade.\n'
            'Pell, a primary school principal in the village, paid tribute to the coaches. "They gave up every Saturday for ten years."')
    assert who(text) == [("They gave up every Saturday for ten years.", "Tom Pell")]
    text = 'Ann Obi ran the clinic for years.\nDr Obi, a surgeon at the clinic, put down her tools. "We are done for today."'
    assert who(text) == [("We are done for today.", "Ann Obi")]


def test_a_lead_sentence_of_someone_absent_or_with_a_named_aside_gives_no_quote():
    # must not fire: the subject does not reply; or the aside names a place in capitals
    text = 'Tom Pell coached the side for a decade.\nMr Pell did not reply. "No comment from us."'
    assert who(text) == [("No comment from us.", None)]
    text = 'Tom Pell coached the side for a decade.\nPell, a teacher at Kell School, paid tribute to the coaches. "They gave up every Saturday."'
    assert who(text) == [("They gave up every Saturday.", None)]


def test_a_surname_before_an_auxiliary_or_with_its_particle_calls_a_thing_so():
    # "a label Pell has called "…"", "a designation von Arden-Kell has called "…"": a clause on
    # the noun with no "that", whose subject is a surname the text writes in full elsewhere
    text = 'Tom Pell leads the group.\nThe board has classed the group as hostile, a label Pell has called "a political verdict".'
    assert who(text) == [("a political verdict", "Tom Pell")]
    text = ('Jonas von Arden-Kell leads the group.\n'
            'The board has classed the group as hostile, a designation von Arden-Kell has called "a political verdict".')
    assert who(text) == [("a political verdict", "Jonas von Arden-Kell")]
    text = 'Ann Obi chairs the panel.\nThe council dropped the plan, a tactic Obi had called "cynical" in May.'
    assert who(text) == [("cynical", "Ann Obi")]


def test_a_word_before_has_called_that_is_no_ones_surname_calls_nothing():
    # must not fire: the capitalised word is never written as a person's surname; or the
    # quote is a thing's name in Title Case
    text = 'The board has classed the group as hostile, a label Pell has called "a political verdict".'
    assert who(text) == [("a political verdict", None)]
    text = 'Tom Pell runs Kell Mobile.\nThe firm launched a phone Pell has called "The Nova" in its adverts.'
    assert who(text)[-1][1] is None


def test_a_headline_label_given_to_a_subject_silent_below_is_the_body_speakers():
    # "'We will find you': Police hunt driver …": the line's subject says nothing in the body,
    # whose quote opening with the label's words is a named person's
    text = ("'We will not give up': Kell mine rescue enters third day\n"
            "Crews worked through the night.\n"
            '"We will not give up on them," said shift boss Ann Obi.')
    assert who(text, heads=2)[0] == ("We will not give up", "Ann Obi")
    text = ("'It sounded like a bomb': Storm Ada tears through Kell Bay\n"
            "Roofs were torn off along the front.\n"
            '"It sounded like a bomb going off," said resident Tom Pell.')
    assert who(text, heads=2)[0] == ("It sounded like a bomb", "Tom Pell")
    text = ("Villagers vow to fight Kell dam: 'The valley is our home'\n"
            "The dam would flood four villages.\n"
            '"The valley is our home. We will stay," said Ann Obi, an organiser.')
    assert who(text, heads=2)[0] == ("The valley is our home", "Ann Obi")


def test_a_headline_label_stays_with_a_subject_who_speaks_below():
    # must not fire: the line's subject is quoted in the body too
    text = ("'We will not give up': Mayor Ann Obi vows to rebuild Kell Bay\n"
            "The storm destroyed the harbour.\n"
            '"Every house will be rebuilt," Obi said.\n'
            '"We will not give up hope," said resident Tom Pell.')
    assert who(text, heads=2)[0] == ("We will not give up", "Ann Obi")


def test_a_headline_quote_credited_to_a_silent_crowd_is_the_body_speakers():
    # "… as unions reject 'insulting' pay offer": the many the headline names say nothing in
    # the body, whose one speaker of the same words is the one quoted
    text = ("Rail strike goes on as unions reject 'insulting' pay offer\n"
            "Trains stood idle for a third day.\n"
            'The Kell Rail Union called the offer "insulting".')
    assert who(text, heads=2)[0] == ("insulting", "Kell Rail Union")
    text = ("Ice storm could bring 'major' outages to Kell, forecasters say\n"
            "The storm arrives on Friday.\n"
            'Senior forecaster Ann Obi said outages could be "major".')
    assert who(text, heads=2)[0] == ("major", "Ann Obi")
    text = ("Kell bus fares to rise by a 'shocking' 9%, commuters say\n"
            "The rise starts in May.\n"
            'Commuter group chair Ann Obi said the rise was "shocking".')
    assert who(text, heads=2)[0] == ("shocking", "Ann Obi")


def test_a_headline_quote_stays_with_a_body_by_name_or_when_two_say_it_below():
    # must not fire: a body by its name is credited with its officer's words ("Union calls
    # plan 'a slow death'"); two speakers below say the same word
    text = ("Union calls plan 'a slow death' as talks stall\n"
            "The port will automate two terminals.\n"
            '"This is a slow death," said Tom Pell, the union\'s secretary.')
    assert who(text, heads=2)[0] == ("a slow death", "Union")
    text = ("Rail strike goes on as unions reject 'insulting' pay offer\n"
            "Trains stood idle for a third day.\n"
            'The Kell Rail Union called the offer "insulting".\n'
            "The drivers' union, Arden Drivers, also called it \"insulting\".")
    assert who(text, heads=2)[0] == ("insulting", "unions")


def test_a_headlines_one_word_cut_from_a_short_body_quote_is_its_speakers():
    # "Parents 'shocked' as …" over her "shocked and angry": the headline cuts a short body
    # quote down to its word
    text = ("Parents 'shocked' as Kell primary school is rated inadequate\n"
            "Inspectors visited in May.\n"
            'Parent Ann Obi said she was "shocked and angry" at the report.')
    assert who(text, heads=2)[0] == ("shocked", "Ann Obi")
    text = ("Kell farmers cry foul over 'slow' vaccine rollout\n"
            "The outbreak began in March.\n"
            'Farmer Tom Pell said the rollout was "far too slow".')
    assert who(text, heads=2)[0] == ("slow", "Tom Pell")
    text = ("Residents 'furious' over Kell bin cuts\n"
            "Collections will be fortnightly.\n"
            'Resident Tom Pell said he was "furious and let down".')
    assert who(text, heads=2)[0] == ("furious", "Tom Pell")


def test_a_headlines_one_word_two_speakers_hold_or_a_long_quote_holds_stays_unsaid():
    # must not fire: two speakers below use the word; or only a long quote holds it
    text = ("Fury over 'secret' Kell deal\n"
            "The deal was signed in May.\n"
            'Ann Obi called it "secret and shabby".\n'
            'Tom Pell said it was "a secret plan".')
    assert who(text, heads=2)[0] == ("secret", None)
    text = ("Fury over 'secret' Kell deal\n"
            "The deal was signed in May.\n"
            '"Nobody was told anything and the whole thing was kept secret until the last minute," said Ann Obi.')
    assert who(text, heads=2)[0] == ("secret", None)


def test_what_a_reporter_says_was_rejected_is_the_reporters():
    # "Obi said voters had rejected "a bureaucratic monster"": a rejection reported, not a
    # thing's name
    text = 'Ann Obi said voters had rejected "a bureaucratic monster".'
    assert who(text) == [("a bureaucratic monster", "Ann Obi")]
    text = 'The Kell Owners Federation, which led the No campaign, said voters rejected "a tax grab".'
    assert who(text) == [("a tax grab", "Kell Owners Federation")]
    text = 'The union said members had rejected "a bad deal".'
    assert who(text) == [("a bad deal", "the union")]


def test_a_rejection_no_one_reports_or_of_a_named_thing_stays_unsaid():
    # must not fire: nobody reports the rejection; or what was rejected is a name in capitals
    text = 'Voters rejected "a bureaucratic monster" on Tuesday.'
    assert who(text) == [("a bureaucratic monster", None)]
    text = 'Ann Obi said voters rejected "Measure K" by a wide margin.'
    assert who(text) == [("Measure K", None)]
