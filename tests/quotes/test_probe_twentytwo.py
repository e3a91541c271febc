"""Probe twenty-two: sport, markets, health, courts, wire copy and names, read as a reader
expects. Every sentence here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_the_world_health_organization_in_capitals_speaks():
    # "WHO" is the body, not the relative pronoun "who"
    assert who('"The outbreak is contained," the WHO said.') == [("The outbreak is contained,", "WHO")]
    assert who('The WHO said the outbreak was "contained".') == [("contained", "WHO")]
    assert who('"The outbreak is contained," WHO said in a statement.') == [("The outbreak is contained,", "WHO")]
    assert speaker_names('The WHO said it was "contained". "We are watching," the WHO added.') == ["WHO"]


def test_who_in_small_letters_is_still_a_relative():
    # must not fire: "who" after a name opens a clause about that person
    assert who('"We will act," said Ann Obi, who leads the agency.') == [("We will act,", "Ann Obi")]
    text = 'Ann Obi, an analyst at Kell Bank, who called it "a mistake", spoke.'
    assert who(text) == [("a mistake", "Ann Obi")]
    assert who('"It is over," said a WHO spokesman.') == [("It is over,", "a WHO spokesman")]


def test_a_paper_quoting_someone_as_saying_credits_the_one_quoted():
    # wire copy: "Kell News quoted Petrov as saying": Petrov speaks, not the paper
    assert who('Kell News quoted Ivan Petrov as saying: "We want peace."') == [("We want peace.", "Ivan Petrov")]
    assert who('The agency quoted Ivan Petrov as saying the war was "a mistake".') == [("a mistake", "Ivan Petrov")]
    assert who('"We want peace," state TV quoted Ivan Petrov as saying.') == [("We want peace,", "Ivan Petrov")]
    assert who('"We want peace," the agency quoted the minister as saying.') == [("We want peace,", "the minister")]
    assert who('"We want peace," Kell News cited Ivan Petrov as saying.') == [("We want peace,", "Ivan Petrov")]
    assert who('The paper cited a source as saying the war was "a mistake".') == [("a mistake", "a source")]
    text = 'Ivan Petrov spoke on Monday. Kell News quoted him as saying the war was "a mistake".'
    assert who(text) == [("a mistake", "Ivan Petrov")]
    text = 'Ann Obi spoke on Monday. "We want peace," the paper quoted her as saying.'
    assert who(text) == [("We want peace,", "Ann Obi")]


def test_a_paper_that_only_quotes_or_describes_stays_the_speaker():
    # must not fire: no "as saying" after the one quoted; "as" with no quoting verb
    assert who('Kell News, quoting Ivan Petrov, said the war was "a mistake".') == [("a mistake", "Kell News")]
    assert who('Kell News said the war was "a mistake", quoting Ivan Petrov.') == [("a mistake", "Kell News")]
    assert who('Ann Obi described the plan as "a mistake".') == [("a mistake", "Ann Obi")]
    assert who('"We want peace," Ivan Petrov told Kell News.') == [("We want peace,", "Ivan Petrov")]


def test_a_role_after_a_plural_possessive_speaks():
    # sport's "the hosts' coach", "the visitors' manager"
    assert who('"We were poor," the hosts\' coach said.') == [("We were poor,", "the hosts' coach")]
    assert who('"We were poor," the visitors\' manager said.') == [("We were poor,", "the visitors' manager")]
    assert who('"We were poor," said the hosts\' coach, Ian Pell.') == [("We were poor,", "Ian Pell")]
    assert who('The hosts\' coach, Ian Pell, said they were "poor".') == [("poor", "Ian Pell")]
    assert who('"We were poor," said the visitors\' goalkeeper.') == [("We were poor,", "the visitors' goalkeeper")]


def test_a_plural_possessive_with_no_role_after_it_stays_as_it_was():
    # must not fire: the role is the object of a verb; no article before the plural
    assert who('Ian Pell told the visitors\' manager: "You were poor."') == [("You were poor.", "Ian Pell")]
    assert who('"We were poor," the hosts said.') == [("We were poor,", "the hosts")]


def test_a_surname_without_its_arabic_article_is_the_same_person():
    # "Abdel Fattah al-Sisi ... Sisi said": one person, as many papers write the later mention
    text = '"We will act," said Omar Fathi al-Rashed. "Now," Rashed added.'
    assert speaker_names(text) == ["Omar Fathi al-Rashed"]
    assert who(text)[1] == ("Now,", "Omar Fathi al-Rashed")
    assert speaker_names('"We will act," said Ali el-Sayed. "Now," Mr Sayed added.') == ["Ali el-Sayed"]
    assert speaker_names('"We will act," said Ali Al-Hamdani. "Now," Hamdani added.') == ["Ali Al-Hamdani"]


def test_a_surname_that_merely_ends_a_double_barrel_is_no_article_drop():
    # must not fire: "Ash-" opens an English double-barrelled name; another given name
    assert speaker_names('"We will act," said Tom Ash-Pell. "Now," Pell added.') == ["Tom Ash-Pell", "Pell"]
    text = '"We will act," said Ali al-Hamdani. "Now," Omar Hamdani added.'
    assert speaker_names(text) == ["Ali al-Hamdani", "Omar Hamdani"]


def test_a_barrister_or_solicitor_named_in_apposition_speaks():
    # Britain's and Ireland's court lawyers, as "lawyer" already was
    assert who('"We will appeal," Tom Pell\'s barrister, Ann Obi, said.') == [("We will appeal,", "Ann Obi")]
    assert who('"We will appeal," Tom Pell\'s solicitor, Ann Obi, said.') == [("We will appeal,", "Ann Obi")]
    assert who('"We will appeal," said Tom Pell\'s barrister, Ann Obi KC.') == [("We will appeal,", "Ann Obi")]


def test_a_solicitor_unnamed_or_the_solicitor_general_stays():
    # must not fire: no name in apposition; the office of solicitor general
    assert who('"We will appeal," the family\'s solicitor said.') == [("We will appeal,", "the family's solicitor")]
    assert who('The solicitor general said the plan was "dead".') == [("dead", "the solicitor general")]
