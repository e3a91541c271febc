"""Round twenty-six: English-language outlets of continental Europe — a Bundestag budget
row, a French pension strike, a Spanish region's tourist flats, a Portuguese town's car-free
centre, a Dutch rent vote, a Finnish court verdict, a Romanian government package and a Swiss
referendum. Every sentence here is the project's own, every name made up."""
from tests.quotes.reading import who, speaker_names


def test_a_concession_between_name_and_verb():
    # "nevertheless", "nonetheless" stand between a subject and its verb as "also" does
    text = 'District Prosecutor Outi Rautalampi nevertheless said she was "broadly satisfied" with the ruling.'
    assert who(text) == [("broadly satisfied", "Outi Rautalampi")]
    text = 'The senator nonetheless told reporters the bill was "dead on arrival".'
    assert who(text) == [("dead on arrival", "the senator")]


def test_a_concession_word_makes_no_speaker():
    text = 'Prices nevertheless rose in March, a trend one analyst called "worrying".'
    assert who(text) == [("worrying", None)]
    text = 'The bill nevertheless passed, and critics said it was "a gift to donors".'
    assert who(text) == [("a gift to donors", "critics")]


def test_the_pm_is_the_prime_minister_named_before():
    # "the PM", "the CEO": a role's initials, the person titled with the words they spell
    text = ("The government will cut VAT on heating, prime minister Sorin-Mihai Vlaicu announced on Thursday.\n"
            '"These are measures for the people who feel the crisis most," the PM said.')
    assert who(text) == [("These are measures for the people who feel the crisis most,", "Sorin-Mihai Vlaicu")]
    assert speaker_names(text) == ["Sorin-Mihai Vlaicu"]
    text = 'Harbour Freight named chief executive Dana Obiora in May.\n"These are good numbers," the CEO said.'
    assert who(text) == [("These are good numbers,", "Dana Obiora")]


def test_the_pm_is_not_a_deputy_or_a_former_one():
    text = 'Deputy prime minister Ana Lupescu spoke first.\n"We will not resign," the PM said.'
    assert who(text) == [("We will not resign,", "the PM")]
    text = 'Former prime minister Ion Rusanu backed the plan.\n"We will not resign," the PM said.'
    assert who(text) == [("We will not resign,", "the PM")]
    text = 'Finance minister Adrian Balica spoke first.\n"We will not resign," the PM said.'
    assert who(text) == [("We will not resign,", "the PM")]
    text = 'The meeting ended at 4 PM. "It was long," the mayor said.'
    assert who(text) == [("It was long,", "the mayor")]


def test_the_paper_spoken_to_is_not_the_mayor():
    # "Speaking to The Portugal News, the mayor of …, NAME, said": the role names its own
    # holder after it, so the paper before the comma is the listener, not the mayor
    text = ('Speaking to The Harbour News, the mayor of Vilarinho da Serra, Custodio Valente, said the town had '
            '"no alternative".\n"In August the ambulances cannot get through," the mayor said.')
    assert who(text) == [("no alternative", "Custodio Valente"),
                         ("In August the ambulances cannot get through,", "Custodio Valente")]
    assert speaker_names(text) == ["Custodio Valente"]


def test_a_name_before_a_role_still_stands_in_apposition():
    text = 'A study by Ann Colecroft, the economist at Harbour Bank, found wages fell.\n"It is grim," the economist said.'
    assert who(text) == [("It is grim,", "Ann Colecroft")]
    text = 'Speaking to the Herald, the minister said the plan was "dead".\n"We tried," the minister added.'
    assert who(text) == [("dead", "the minister"), ("We tried,", "the minister")]


def test_with_a_role_and_its_name_then_a_participle():
    # ", with the head of X (ABBR), NAME, promising "…"": the absolute "with" whose role is
    # named in apposition; the name speaks, not the sentence's subject nor "the head"
    text = ("France's unions on Tuesday called a strike for Thursday, with the head of the hardline General "
            'Workers\' Confederation (CGTF), Martine Roussel-Daguet, promising a "black Thursday" for rail.')
    assert who(text) == [("black Thursday", "Martine Roussel-Daguet")]
    assert speaker_names(text) == ["Martine Roussel-Daguet"]
    text = 'Unions called a strike, with the union leader, Ines Carrow, calling it "the last resort".'
    assert who(text) == [("the last resort", "Ines Carrow")]


def test_a_verb_s_with_or_a_place_is_no_absolute_with():
    text = 'She met with the mayor of Kelso, Ann Obiora, saying the talks were "fruitful".'
    assert who(text)[0][1] != "Ann Obiora"
    text = 'The game ended, with the crowd in Harbour Park, Kelso, chanting "one more year".'
    assert who(text) == [("one more year", "the crowd")]
    text = 'The senator sided with the governor, Ann Obiora, calling the bill "a disaster".'
    assert who(text) == [("a disaster", "the senator")]


def test_unions_and_landlords_speak_as_groups():
    # strike and housing copy's groups: "French unions promise …", "…, landlords warn of …"
    assert who('French unions promised a "black Thursday" for rail.') == [("black Thursday", "French unions")]
    assert who('The rent freeze passed, and landlords warned of an "exodus".') == [("exodus", "landlords")]
    text = ("MPs back rent freeze for mid-market homes, landlords warn of 'exodus'\nA standfirst.\n"
            'Landlords\' organisation Vastgoed Belangen said the vote would trigger an "exodus" of investors.')
    assert who(text, heads=2) == [("exodus", "Vastgoed Belangen"), ("exodus", "Vastgoed Belangen")]


def test_a_group_word_as_an_object_takes_no_quote():
    assert who('The mayor, who met tenants on Monday, called the rent rise "shameful".') == [("shameful", "the mayor")]
    assert who('Tom Bairdsley, who represents landlords, said the law was "unworkable".') == [
        ("unworkable", "Tom Bairdsley")]
    assert who('The minister told unions the offer was "final".') == [("final", "the minister")]
    assert who('Anger among tenants grew after the landlord called them "freeloaders".') == [
        ("freeloaders", "the landlord")]
    assert who('The chancellor said employers would face "a modest rise" in contributions.') == [
        ("a modest rise", "the chancellor")]


def test_defended_as_describes_in_the_speaker_s_words():
    # "defended the reform as "necessary and fair"": like "described it as", a verb of saying
    text = ('Castaing-Morand, speaking on the evening news on Tuesday, defended the reform as '
            '"necessary and fair".')
    assert who(text) == [("necessary and fair", "Castaing-Morand")]
    assert who('The senator, who defended the bill as "overdue", left early.') == [("overdue", "the senator")]


def test_defending_a_thing_is_not_speaking():
    assert who('The governor defended the "stand your ground" law on Monday.') == [("stand your ground", None)]
    text = 'Analysts recall an administration defending the idea that "deficits do not matter".'
    assert who(text)[0][1] is None
    assert who('The minister defended the budget. Critics called it "a con".') == [("a con", "critics")]


def test_which_the_opposition_called():
    # an object's "which" or "that" before "X called "…"": X calls it so, as after "what"
    text = 'The package was announced on Thursday, which the opposition called "electoral bribery".'
    assert who(text) == [("electoral bribery", "the opposition")]
    assert who('The bill, which Ann Obiora called "a disgrace", passed.') == [("a disgrace", "Ann Obiora")]


def test_a_thing_called_by_its_name_still_has_no_speaker():
    assert who('The plan, which was called "Project Dawn", failed.') == [("Project Dawn", None)]
    assert who('The ship, which the navy called "Endeavour", sank.') == [("Endeavour", None)]
    assert who('They adopted a cat that the children called "Mr Whiskers".') == [("Mr Whiskers", None)]


def test_a_place_across_which_people_speak_is_not_the_speaker():
    # "Residents across the country said": the phrase after "across" is no subject
    assert who('Residents across the country said the plan was "a scandal".') == [("a scandal", "residents")]
    assert who('Farmers across Kelso County told the Herald the drought was "the worst in memory".') == [
        ("the worst in memory", "farmers")]


def test_across_elsewhere_changes_nothing():
    text = 'The strike spread across the country, and union leader Ann Obiora said it was "only the start".'
    assert who(text) == [("only the start", "Ann Obiora")]
    text = 'Ann Obiora, speaking across the table from the minister, said the offer was "an insult".'
    assert who(text) == [("an insult", "Ann Obiora")]
    assert who('He walked across the street and told reporters it was "a good day".')[0][1] != "the street"


def test_a_body_s_which_speaks_for_the_body():
    # "…, Avegal, which called it "…"": the name before a ", which" that its verb follows
    text = ('The move was criticised by the regional association of holiday rental owners, Avegal, which called '
            'it "an attack on the small family owner".')
    assert who(text) == [("an attack on the small family owner", "Avegal")]
    assert who('The law was struck down by the Supreme Court, which called it "unconstitutional".') == [
        ("unconstitutional", "Supreme Court")]


def test_a_which_before_another_subject_or_after_a_thing():
    text = 'He praised the speech in Orlando, Florida, which Will claims affirmed "the old belief in borders".'
    assert who(text)[0][1] != "Florida"
    assert who('The report, which said the plan was "flawed", was leaked.') == [("flawed", None)]
    assert who('Ann Obiora was born in Kelso, which she called "the end of the world".') == [
        ("the end of the world", "Ann Obiora")]


def test_the_prime_minister_is_no_finance_minister():
    # "the prime minister" after "Finance minister X": only one titled "prime minister" holds it
    text = ("The government will cut VAT, prime minister Sorin Vladescu announced on Thursday.\n"
            "Finance minister Adrian Balica agreed.\n"
            '"These are measures for people," the prime minister said.')
    assert who(text) == [("These are measures for people,", "Sorin Vladescu")]
    text = 'Finance minister Adrian Balica spoke first.\n"We will not resign," the prime minister said.'
    assert who(text) == [("We will not resign,", "the prime minister")]
    text = 'Deputy Prime Minister Ion Rusanu spoke.\n"We agreed too," the prime minister said.'
    assert who(text) == [("We agreed too,", "the prime minister")]


def test_the_prime_minister_named_before_still_speaks():
    text = 'Ana Lupescu, the prime minister, spoke.\n"We agreed too," the prime minister said.'
    assert who(text) == [("We agreed too,", "Ana Lupescu")]
    text = '"We agreed," said Deputy Prime Minister Ion Rusanu.\n"We agreed too," the deputy prime minister said.'
    assert who(text) == [("We agreed,", "Ion Rusanu"), ("We agreed too,", "Ion Rusanu")]
