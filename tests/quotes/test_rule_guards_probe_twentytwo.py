"""Guards for probe twenty-two's rules: near misses where a careless version of each rule
would misfire, and the sentences each must still read. Every sentence here is the
project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


# 'WHO' in capitals: the body only where one plausibly stands, never in a line in capitals


def test_who_in_a_headline_in_capitals_is_the_word_who():
    # a tabloid's headline: "MUM WHO …" is no body, nor part of anyone's name
    text = 'MUM WHO LOST SON IN CRASH: \'I will never forgive them\'\nThe WHO said the outbreak was "contained".'
    assert speaker_names(text) == ["WHO"]
    assert speaker_names(text, heads=1) == ["WHO"]
    text = 'THE MAN WHO WON LOTTO: \'I will keep working\'\nThe WHO said the outbreak was "contained".'
    assert "MAN WHO" not in speaker_names(text)
    assert who(text)[1] == ("contained", "WHO")
    text = 'WATCH: DAD WHO SAVED GIRL SAYS \'ANYONE WOULD HAVE DONE IT\'\n"It was nothing," said Tom Pell.'
    assert speaker_names(text, heads=1) == ["Tom Pell"]


def test_who_in_a_line_in_capitals_still_opens_a_clause():
    # a scraped page's line in capitals: "ANN OBI, WHO LEADS …" is about Ann Obi
    assert who('"WE WILL ACT," SAID ANN OBI, WHO ADDED: "NOW IS THE TIME."') == [
        ("WE WILL ACT,", "ANN OBI"),
        ("NOW IS THE TIME.", "ANN OBI"),
    ]
    assert who('A GRANDMOTHER WHO FOUGHT OFF A BURGLAR SAID: "HE PICKED THE WRONG HOUSE."')[0][1] != "WHO"


def test_a_shouted_who_in_running_text_is_no_body():
    # "Residents WHO fled": the word, in capitals for no reason; not the body
    assert who('Residents WHO fled the fire said it was "terrifying".') == [("terrifying", "residents")]
    assert who('"We will act," said Ann Obi, WHO leads the agency.') == [("We will act,", "Ann Obi")]


def test_the_who_where_a_body_stands_speaks():
    assert who('"It is contained," WHO says.') == [("It is contained,", "WHO")]
    assert who('According to WHO, the outbreak is "contained".') == [("contained", "WHO")]
    assert who('"It is contained," said Ann Obi, WHO chief, on Monday.') == [("It is contained,", "Ann Obi")]


# 'X quoted/cited Y as saying': the one quoted


def test_quoted_her_aide_as_saying_credits_the_aide():
    # "her" opens the object here; it is no pronoun standing for her
    assert who('"We want peace," the agency quoted her aide as saying.') == [("We want peace,", "her aide")]
    assert who('The agency quoted her aide as saying the war was "a mistake".') == [("a mistake", "her aide")]


def test_quoted_as_saying_inside_a_clause_or_passive():
    # the one who quoted is in a "who" clause; a passive with "by"
    text = 'Ann Obi, who quoted Tom Pell as saying the war was "a mistake", was sacked.'
    assert who(text) == [("a mistake", "Tom Pell")]
    text = 'Ivan Petrov, quoted by Kell News as saying the war was "a mistake", later resigned.'
    assert who(text) == [("a mistake", "Ivan Petrov")]


# a role after a plural possessive ("the hosts' coach")


def test_a_plural_possessive_role_and_its_near_misses():
    assert who('"Sorry," the boys\' mother said.') == [("Sorry,", "the boys' mother")]
    # must not fire: no role after the possessive; the role is the object of "told"
    assert who('"We were poor," Ian Pell said of the hosts\' defence.') == [("We were poor,", "Ian Pell")]
    text = '"It was a penalty," the visitors\' captain told the referee.'
    assert who(text) == [("It was a penalty,", "the visitors' captain")]


# a surname without its joined Arabic article


def test_a_bare_surname_written_so_for_another_is_that_other():
    # "Nouri" is Tarek Nouri, so written, not Bashir al-Nouri with his article dropped
    text = (
        '"We will act," said Bashir al-Nouri, the minister. His rival Tarek Nouri said it was "too late". '
        '"Now," Nouri added.'
    )
    assert who(text)[2] == ("Now,", "Tarek Nouri")
    text = '"We will act," said Ali al-Sayed. "Now," Mona Sayed added.'
    assert speaker_names(text) == ["Ali al-Sayed", "Mona Sayed"]


def test_a_bare_surname_with_no_other_is_the_one_with_the_article():
    text = '"We will act," said Ali al-Sayed. "Now," Sayed added.'
    assert speaker_names(text) == ["Ali al-Sayed"]


# barrister and solicitor as roles


def test_a_barrister_or_solicitor_not_speaking_stays_out():
    assert who('"I did nothing," Tom Pell told his solicitor.') == [("I did nothing,", "Tom Pell")]
    text = '"We will appeal," said Tom Pell, whose solicitor, Ann Obi, was in court.'
    assert who(text) == [("We will appeal,", "Tom Pell")]
    text = 'The Solicitors Regulation Authority said it would "look closely" at the case.'
    assert who(text) == [("look closely", "Solicitors Regulation Authority")]
