"""Review of round forty-one's rules: near misses where a careless version of each rule
would fire, kept as guards (and one must-fire sentence where the rule behaves). Every
sentence here is the project's own, every name made up."""
from reader.sources.residue import _writer_note, is_residue
from tests.quotes.reading import speaker_names, who


# a long reason for going unnamed ("… to speak to the media said")

def test_a_relative_clause_on_the_media_keeps_its_subject():
    assert who('Viewers who trust the press said the report was "balanced".') == [("balanced", "Viewers")]


def test_a_set_off_clause_on_the_media_keeps_its_subject():
    text = 'A spokesman, who declined to speak to the media, said the plan was "on hold".'
    assert who(text) == [("on hold", "a spokesman")]


# a when-clause's subject after "and"

def test_a_body_or_a_party_after_when_is_no_speaker():
    # (a party, a bank: the sentence's subject calls it so)
    assert who('Ann Lee was furious when Labour lost and called the result "a disaster".') == [("a disaster", "Ann Lee")]
    text = 'Ann Lee quit the board when Harle Bank collapsed and called it "the end of an era".'
    assert who(text) == [("the end of an era", "Ann Lee")]


def test_a_when_clause_set_off_or_fronted_leaves_the_subject():
    assert who('When Tom Hale arrived, Ann Lee stood up and called the plan "a farce".') == [("a farce", "Ann Lee")]
    text = 'Ann Lee, who left when Tom Hale spoke, stood up and called the plan "a farce".'
    assert who(text) == [("a farce", "Ann Lee")]


# a grin or a shrug before the words

def test_a_gesture_by_a_group_or_a_market_gives_no_speaker():
    assert who('Prices rose for a week. The market paused. "It is a breather."') == [("It is a breather.", None)]
    text = 'Tom Hale told the joke again. Ann Lee smiled. "He always does this," her sister Mia Lee said.'
    assert who(text) == [("He always does this,", "Mia Lee")]


# a topic's year before a headline's colon

def test_a_name_with_an_age_before_a_headline_colon_still_speaks():
    text = ("Ann Lee, 45: 'I lost everything in the flood'\nFlood victims spoke of their losses.\n"
            'Ann Lee said she lost "everything in the flood" when the river rose.')
    assert who(text, heads=2)[0] == ("I lost everything in the flood", "Ann Lee")


def test_an_event_and_its_year_before_a_colon_is_no_speaker():
    text = ("Euro 2028: 'We are ready,' says coach\nThe coach spoke on Monday.\n"
            'Coach Tom Hale said: "We are ready for it."')
    assert "Euro" not in speaker_names(text, heads=2)


# the party TD or MP just named

def test_an_mp_the_text_brought_in_unnamed_is_not_the_one_named():
    text = 'Ann Lee, a nurse, wrote to her MP about the ward.\n"We are looking into it," the MP said.'
    assert who(text) == [("We are looking into it,", "the MP")]


def test_the_mp_for_a_seat_is_no_one_just_named():
    text = 'Tom Hale, a council officer, spoke first.\n"We disagree," the MP for Harle Vale said.'
    assert who(text)[0][1] != "Tom Hale"


# British police ranks

def test_pc_before_one_word_is_a_name_not_a_constable():
    assert who('PC World said the laptop was "badly flawed".') == [("badly flawed", "PC World")]
    assert who('The PC Gamer review called it "superb".') == [("superb", "PC Gamer")]


def test_pc_with_a_surname_is_the_constable_named_in_full():
    text = 'Harle Vale PC Tom Hale said the road was "lethal".\n"It is the worst bend in the county," PC Hale said.'
    assert speaker_names(text) == ["Tom Hale"]


# a fronted phrase's name with its own verb after

def test_according_to_a_name_the_clause_is_still_theirs():
    text = 'According to Ann Lee, the council would call the plan a "disaster" if it failed.'
    assert who(text) == [("disaster", "Ann Lee")]
    text = 'Tom Hale met Ann Lee in Leeds. According to Lee, the critics would call him "a coward" if he quit.'
    assert who(text) == [("a coward", "Ann Lee")]


# the defendant among the court's trades

def test_the_defendant_is_not_the_victim_or_a_witness():
    text = 'The victim, Ann Lee, told jurors she was "terrified" that night.\n"I never touched her," the defendant said.'
    assert who(text)[1] == ("I never touched her,", "the defendant")
    text = 'Ann Lee, a witness, told jurors she was "terrified" that night.\n"I never touched her," the defendant said.'
    assert who(text)[1] == ("I never touched her,", "the defendant")


def test_the_defendant_testifying_in_his_defence_replies():
    text = ('Testifying in his own defence, Tom Hale said he "never went inside".\n'
            '"Can you explain that?" prosecutor Ann Lee asked.\n'
            '"I was parked by the door," the defendant replied.')
    assert who(text)[2] == ("I was parked by the door,", "Tom Hale")


# an exchange back and forth after an answer

def test_the_answerers_general_you_goes_on_as_theirs():
    text = ('"What advice would you give?" Ann Lee asked.\n"Start early," Tom Hale said.\n'
            '"You have to love the game, or you will not last."')
    assert who(text)[2][1] == "Tom Hale"


def test_the_askers_account_put_back_is_the_askers():
    text = ('"Where were you that night?" prosecutor Ann Lee asked.\n"At home," Tom Hale said.\n'
            '"You told police you were at the bar."')
    assert who(text)[2][1] == "Ann Lee"


# residue

def test_a_readers_question_with_a_call_to_act_is_body():
    assert not is_residue("Do you have an old boiler? Call an engineer before winter, the charity advises.")
    assert is_residue("Do you have a story for us? Email newsdesk@arden-post.co.uk")


def test_covers_a_bill_for_a_club_is_no_writer_note():
    assert not _writer_note("Harle Council covers the rent for the Arden families.")
    assert not _writer_note("Tom Hale covers the bill for the Arden Rovers.")
    assert _writer_note("Ann Lee covers the White House for the Arden Post.")
