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
