"""Rules the sixteenth held-out round of articles (bench/round16 at first: an Irish Times-
style obituary, a Guardian Australia live blog, a Globe and Mail Q&A, a Reuters earnings
story, a US court report, a News24 flood report, a cricket match report, an Observer book
review) showed the engine lacked, each with a sentence where it must not fire. Sentences
we wrote; people, places and bodies made up."""
from .reading import speaker_names as speakers, who


def test_an_interview_headline_name_on_a_topic_gives_the_quote_to_the_name():
    # "Geologist Mara Venn on the Lisk quarry: '…'": Venn speaks, the quarry is the topic
    text = ("Geologist Mara Venn on the Lisk quarry: ‘We are digging our own grave’\n"
            "The scientist spent a year at the quarry.\nMara Venn has studied the quarry since 2001.")
    assert who(text, 2) == [("We are digging our own grave", "Mara Venn")]
    assert speakers(text, 2) == ["Mara Venn"]
    # an "on" inside a title is no topic: "Minister on Housing Ann Lee: '…'" is Ann Lee's
    text = ("Minister on Housing Ann Lee: ‘We will build’\n"
            "The plan was published on Monday.\nThe minister spoke in Dunmore.")
    assert who(text, 2) == [("We will build", "Ann Lee")]


def test_a_field_science_before_a_name_is_a_role_not_part_of_it():
    # "Glaciologist Ingrid Vane said": the sidebar shows Ingrid Vane
    text = "Ice\nThe shelf is thinning.\nGlaciologist Ingrid Vane said the shelf \"will not last\"."
    assert who(text, 2) == [("will not last", "Ingrid Vane")]
    assert speakers(text, 2) == ["Ingrid Vane"]


def test_what_someone_had_to_say_introduces_the_quote_paragraph():
    # "Here's what she had to say:": the premier, not the "Here's" that opens the sentence
    text = ("Strike\nTrains halted.\n"
            "The premier held a press conference in the last half-hour. Here’s what she had to say:\n"
            "“We will not reward disruption.”")
    assert who(text, 2) == [("We will not reward disruption.", "the premier")]
    # without a "what" the clause's own subject still speaks: "Here, Albanis had to say this:"
    text = ("Strike\nTrains halted.\n"
            "The premier held a press conference. Later, union secretary Mick Albanis had to say this:\n"
            "“We will not back down.”")
    assert who(text, 2) == [("We will not back down.", "Mick Albanis")]


def test_an_amount_before_a_word_of_speech_makes_it_a_noun():
    # "the union's 6% claim": no verb, so the colon's "he declined to commit:" leads in
    text = ("Strike\nTrains halted.\nThe opposition leader, Rhys Tamblyn, spoke outside parliament.\n"
            "Asked whether a new government would meet the union’s 6% claim, he declined to commit:\n"
            "“We’d sit down at the table.”")
    assert who(text, 2) == [("We’d sit down at the table.", "Rhys Tamblyn")]
    # a number that is a subject keeps its verb: "45% claim they …"
    text = ('Poll\nVoters split.\nOf those asked, 45% claim the mayor is "out of touch", the pollster Ann Reyes said.')
    assert who(text, 2) == [("out of touch", "Ann Reyes")]


def test_the_commas_of_a_bodys_list_of_trades_open_no_clause():
    # "accuses the Rail, Tram and Bus Union of '…'": the accuser's words
    text = ("Strike\nPremier Dana Kolovos accuses the Rail, Tram and Bus Union of ‘holding commuters hostage’ "
            "while union vows to walk off again\nTrains stopped at 4am.")
    assert who(text, 2) == [("holding commuters hostage", "Dana Kolovos")]
    # a list of people is still a break: the official's words are his own
    text = ('Strike\nTrains stopped.\nKolovos accused Albanis, Smith and Jones of planning it, while a union '
            'official called it "a disgrace".')
    assert who(text, 2) == [("a disgrace", "a union official")]


def test_the_statement_is_whoever_the_fronted_in_a_statement_leads_to():
    # "in a statement released through the state attorney's office, the family said … "…," the statement said"
    text = ("Court\nA man pleaded not guilty.\nThe mother left without speaking to reporters, but in a statement "
            "released through the state attorney's office, the family said Tyler had been saving to study nursing.\n"
            '"He wanted to spend his life taking care of people," the statement said.')
    assert who(text, 2) == [("He wanted to spend his life taking care of people,", "the family")]
    # a statement no one is said to have issued stays the statement's
    text = ("Court\nA man pleaded not guilty.\nA statement was read out at the hearing.\n"
            '"He wanted to spend his life taking care of people," the statement said.')
    assert who(text, 2) == [("He wanted to spend his life taking care of people,", "the statement")]


def test_the_skipper_or_captain_is_the_player_just_named():
    # a match report: "Bhardwaj was full of praise. "…," the skipper said."
    text = ("Rangers win\nA 29-run victory.\n"
            '"We switched off," Titans captain Rohan Dsouza said.\n'
            "Earlier, Vikrant Bhardwaj made 71 off 48 balls.\n"
            '"That drop was a gift," said the Rangers captain.\n'
            'Bhardwaj was full of praise for his spinner. "He has a big heart," the skipper said.')
    assert [s for _, s in who(text, 2)] == ["Rohan Dsouza", "Vikrant Bhardwaj", "Vikrant Bhardwaj"]
    assert speakers(text, 2) == ["Rohan Dsouza", "Vikrant Bhardwaj"]
    # with no one named before it, the captain stays the captain
    text = ("Ferry delayed\nFog in the strait.\n"
            'The crossing was cancelled at noon. "Nobody sails in this," the captain said.')
    assert who(text, 2) == [("Nobody sails in this,", "the captain")]


def test_an_unnamed_person_after_a_place_set_before_the_subject_is_the_next_she():
    # "At the civic hall, where …, a woman who did not want to give her name said …" then "…," she said
    base = 'Floods\nMany died.\nThandiwe, 41, stood in the doorway. "We heard the river," she said.\n'
    text = base + ("At the Umzala Civic Hall, where about 400 people slept on the floor, a woman who did not "
                   "want to give her name said she had not eaten since Tuesday.\n"
                   '"We are still waiting," she said.')
    assert who(text, 2)[-1] == ("We are still waiting,", "a woman")
    # a woman who is only seen, not heard, is no speaker: "…, a woman who lost her home wept."
    text = base + ("At the Umzala Civic Hall, where about 400 people slept on the floor, a woman who lost "
                   "her home wept quietly.\n"
                   '"We are still waiting," she said.')
    assert who(text, 2)[-1] == ("We are still waiting,", "Thandiwe")


def test_a_possessive_reply_after_an_earlier_quote_is_the_replier_s():
    # "When Ruth asks, '…?', Ada's reply – '…' – is both a joke and a door slammed shut."
    text = ("Review\nA family saga.\nWhen Ruth finally asks, ‘Did you ever think about what I wanted?’, "
            "Ada’s reply – ‘Wanting is for people with irrigation’ – is both a joke and a door slammed shut.")
    assert who(text, 2) == [("Did you ever think about what I wanted?", "Ruth"),
                            ("Wanting is for people with irrigation", "Ada")]
    # "in her words" is no reply: after an earlier quote the sentence's speaker keeps it
    text = ('Campaign\nA speech.\nMara Quill has praised her husband’s record—“the longest expansion”—and '
            'promised to put him in charge because, in her words, “he knows how to do it.”')
    assert who(text, 2)[-1] == ("he knows how to do it.", "Mara Quill")
