"""Rules the fourteenth held-out round of articles (bench/round14 at first: a Formula 1 race
report, a tennis press conference, a story on a Supreme Court opinion, a Washington
newsletter item, a magazine profile, a science news story, a council planning row, a Reuters
story on a mining protest in Peru) showed the engine lacked, each with a sentence where it
must not fire. Sentences we wrote; people, places and bodies made up."""
from .reading import speaker_names as speakers, who


def test_coun_and_justices_are_titles_the_name_drops():
    # "Coun Barry Nuttall said …", "joined by Justices Thomas Whitcombe, Elena Marsh-Daley …"
    text = 'Coun Petra Lowndes said the depot would close. "It is a sad day," Coun Lowndes said.'
    assert speakers(text) == ["Petra Lowndes"]
    text = ('The opinion was joined by Justices Harold Penrose and Mae Voss. '
            '"I write separately," Justice Penrose wrote.')
    assert who(text) == [("I write separately,", "Harold Penrose")]
    # a word that only begins like the title stays a name
    text = '"It is a sad day," said Countess Ilona Varga.'
    assert who(text)[0][1] in ("Ilona Varga", "Countess Ilona Varga")


def test_a_gesture_after_an_asked_clause_leads_into_the_quote():
    # "Asked whether he could win the title, he smiled. "Ask me in …"": the question put to
    # someone opens the sentence; its short main clause has the quote's speaker
    text = ('Dana Kerrigan won the final in three sets. Asked whether she would defend the title, she '
            'laughed. "Ask me next spring."')
    assert who(text) == [("Ask me next spring.", "Dana Kerrigan")]
    text = ('Piet Veldt lost in the second round.\nAsked whether the wind had bothered him, Veldt shook his head.\n'
            '"No. She was simply better."')
    assert who(text, 0)[0][1] == "Piet Veldt"
    # not when the main clause has no he, she or name, or says its subject did not speak
    text = ('Dana Kerrigan won the final in three sets. Asked whether she would defend the title, the '
            'coach laughed. "Ask me next spring."')
    assert who(text)[0][1] != "Dana Kerrigan"
    text = ('Dana Kerrigan won the final in three sets. Asked whether she would defend the title, '
            'Kerrigan did not answer. "Ask me next spring."')
    assert who(text)[0][1] != "Dana Kerrigan"


def test_the_name_inside_a_relative_clause_before_the_verb_is_not_its_subject():
    # "Residents who live on neighbouring Ashgrove Terrace say the tower will "loom over" …"
    text = 'Tenants who live on Marlow Crescent say the new car park is "a disaster".'
    assert who(text)[0][1].lower() == "tenants"
    text = 'Parents whose children attend Brook Lane Primary said the closure was "heartless".'
    assert who(text) == [("heartless", "parents")]
    # not a clause with its own subject after the who, nor a who set off by a comma
    text = ('Rep. Ada Quill, the Ohio congresswoman who drew notice in 2019 when she shouted "Shame!" '
            'at the chair, endorsed him.')
    assert who(text)[0][1] == "Ada Quill"
    text = 'Ada Quill, who represents Tom Vane, said he was "relieved".'
    assert who(text) == [("relieved", "Ada Quill")]


def test_a_he_or_she_right_before_called_is_someone_calling_not_a_name():
    # "… a decision she called "baffling"": she calls it so (the "which" may be left out)
    text = 'Ilse Varga finished sixth after a penalty, a ruling she called "absurd".'
    assert who(text) == [("absurd", "Ilse Varga")]
    # a thing's name stays nobody's words
    text = 'Ilse Varga joined a group called "Mothers First" last year.'
    assert who(text) == [("Mothers First", None)]
