"""Probe twenty-one: attribution forms and names from many outlets, read as a reader expects.
Every sentence here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_a_surname_of_two_particles_after_an_inverted_verb():
    # "said Anneke van der Molen": both particles belong to the name, as before the verb
    assert who('"We will act," said Anneke van der Molen.') == [("We will act,", "Anneke van der Molen")]
    assert who('"We will act," said Rosa de la Vega, the mayor.') == [("We will act,", "Rosa de la Vega")]
    assert speaker_names('"We will act," said Anneke van der Molen. "Soon," Van der Molen added.') == [
        "Anneke van der Molen"
    ]


def test_particles_with_no_capital_after_them_are_no_name():
    # must not fire: a particle run must end on a capitalised word
    assert who('"We will act," said Anneke van der Molen of the council.') == [("We will act,", "Anneke van der Molen")]
    assert who('"We will act," said Ann Obi, of the la liga side.') == [("We will act,", "Ann Obi")]


def test_according_to_a_paper_from_its_issuer_credits_the_issuer():
    # "according to a statement from the ministry": the ministry speaks, not "a statement"
    assert who('The plan is "dead", according to a statement from the ministry.') == [("dead", "the ministry")]
    assert who('"We will act," according to a statement from Ann Obi.') == [("We will act,", "Ann Obi")]
    assert who('According to a letter issued by Ann Obi, the plan is "dead".') == [("dead", "Ann Obi")]
    assert who('The plan is "dead", according to a written statement by her lawyer.') == [("dead", "her lawyer")]
    assert who('The plan is "dead", according to a post on X by Ann Obi.') == [("dead", "Ann Obi")]
    assert who('The plan is "dead", according to remarks by Ann Obi.') == [("dead", "Ann Obi")]


def test_according_to_a_paper_with_no_issuer_or_to_a_person_stays_as_it_was():
    # must not fire: no "from" or "by" after the paper; a person's role with "from"
    assert who('The plan is "dead", according to a statement on Monday.') == [("dead", "a statement")]
    assert who('The plan is "dead", according to officials from the ministry.') == [
        ("dead", "officials from the ministry")
    ]
    assert who('The plan is "dead", according to a spokesperson for Acme.') == [("dead", "a spokesperson for Acme")]
    assert who("The plan is \"dead\", according to Ann Obi's statement.") == [("dead", "Ann Obi")]


def test_more_titles_from_abroad_are_dropped_from_the_name():
    # the brigadier shortened, a priest's "Fr", Nigeria's "Mallam" and "SAN", Malaysia's
    # "Puan Sri", "Ustaz", the pilgrim's "Hajji"
    assert who('"We will act," Brig. Gen. Ann Obi said.') == [("We will act,", "Ann Obi")]
    assert who('"We will act," Brig-Gen Ann Obi said.') == [("We will act,", "Ann Obi")]
    assert who('"We will act," said Fr Tom Pell.') == [("We will act,", "Tom Pell")]
    assert who('"We will act," Mallam Musa Bello said.') == [("We will act,", "Musa Bello")]
    assert who('"We will act," Puan Sri Ani Hamid said.') == [("We will act,", "Ani Hamid")]
    assert who('"We will act," Ustaz Ali Hamid said.') == [("We will act,", "Ali Hamid")]
    assert who('"We will act," Femi Ade, SAN, said.') == [("We will act,", "Femi Ade")]
    assert speaker_names('Hajji Ali Hamid spoke. "We will act," Hajji Hamid said.') == ["Ali Hamid"]
    # India's "Smt." with its full stop, Myanmar's "Daw"
    assert who('"We will act," Smt. Lata Devi said.') == [("We will act,", "Lata Devi")]
    assert who('"We will act," said Daw Khin Mya.') == [("We will act,", "Khin Mya")]


def test_the_same_words_inside_a_name_or_a_place_stay():
    # must not fire: "San" opening a place, "Sri" as a given name
    assert who('"We will act," said Ann Obi of San Jose.') == [("We will act,", "Ann Obi")]
    assert who('"We will act," Sri Ani Hamid said.') == [("We will act,", "Sri Ani Hamid")]
    assert who('"We will act," said Jose San Pedro.') == [("We will act,", "Jose San Pedro")]
    # a sentence that ends on "Daw" still ends there
    assert who('The river was named Daw. "We will act," Ann Obi said.') == [("We will act,", "Ann Obi")]


def test_a_body_with_an_aside_on_who_leads_it_speaks():
    # "The agency, headed by Ann Obi, said": the agency speaks, not no one
    assert who('The agency, headed by Ann Obi, said the plan was "dead".') == [("dead", "the agency")]
    assert who('The committee, chaired by Tom Pell, said the plan was "dead".') == [("dead", "the committee")]
    assert who('The group, founded in 2010, said the plan was "dead".') == [("dead", "the group")]
    assert who('Acme, owned by the Obi family, said the plan was "dead".') == [("dead", "Acme")]
    assert who('"We will act," the agency, led by Ann Obi, said.') == [("We will act,", "the agency")]


def test_a_body_named_inside_a_clause_is_no_subject():
    # must not fire: the body with its aside is an object; the subject before it speaks
    text = 'Ann Obi praised the agency, headed by Tom Pell, and said the plan was "dead".'
    assert who(text) == [("dead", "Ann Obi")]
    text = 'Ann Obi, speaking of the agency, led by Tom Pell, said the plan was "dead".'
    assert who(text) == [("dead", "Ann Obi")]


def test_an_inverted_verb_then_a_participle_carries_its_speaker():
    # "'…,' said Ann Obi, adding: '…'": the second quote is Ann Obi's too
    assert who('"We will act," said Ann Obi, adding: "Soon."') == [("We will act,", "Ann Obi"), ("Soon.", "Ann Obi")]
    assert who('"We will act," said the minister, adding that it would be "soon".') == [
        ("We will act,", "the minister"),
        ("soon", "the minister"),
    ]
    assert who('"We will act," said Ann Obi on Monday, before adding: "Soon."')[1] == ("Soon.", "Ann Obi")


def test_a_participle_after_an_upright_verb_still_reads_its_subject():
    # must not fire: a subject before the verb is read as before
    assert who('"We will act," Tom Pell said, adding: "Soon."')[1] == ("Soon.", "Tom Pell")
    assert who('The vote, Ann Obi said, was close, adding: "Soon."') == [("Soon.", "Ann Obi")]


def test_may_alone_after_an_inverted_verb_is_the_surname():
    # "'…,' said May.": the surname of the Theresa May named before (a real surname that is a word)
    text = 'Theresa May spoke on Monday.\n\n"We will act," said May.'
    assert who(text) == [("We will act,", "Theresa May")]
    text = 'Theresa May spoke on Monday.\n\n"We will act," said May, adding: "Soon."'
    assert [s for _, s in who(text)] == ["Theresa May", "Theresa May"]


def test_may_as_a_month_after_a_verb_stays_a_month():
    # must not fire: "in May" and a date are when, not who
    assert who('"We will act," Ann Obi said in May.') == [("We will act,", "Ann Obi")]
    assert who('"We will act," Ann Obi said on May 4.') == [("We will act,", "Ann Obi")]


def test_a_role_described_in_an_apposition_is_the_named_person_later():
    # "Ann Obi, the finance minister, …" then "the minister said": Ann Obi, not a new speaker
    text = 'Ann Obi, the finance minister, arrived in Lagos on Monday.\n"It is slow," the minister said.'
    assert who(text) == [("It is slow,", "Ann Obi")]
    text = 'Ann Obi, a local farmer, said the plan was "dead".\n"It is slow," the farmer said.'
    assert speaker_names(text) == ["Ann Obi"]
    text = 'Ann Obi, the state health commissioner, spoke.\n"It is slow," the commissioner said.'
    assert who(text) == [("It is slow,", "Ann Obi")]


def test_a_role_made_another_or_held_by_two_is_not_linked():
    # must not fire: "the former minister" is not "the minister"; two ministers leave it open
    text = 'Ann Obi, the former finance minister, spoke.\n"It is slow," the minister said.'
    assert who(text) == [("It is slow,", "the minister")]
    text = 'Ann Obi, the deputy minister, spoke.\n"It is slow," the minister said.'
    assert who(text) == [("It is slow,", "the minister")]
    text = 'Ann Obi, the finance minister, met Tom Pell, the health minister.\n"It is slow," the minister said.'
    assert who(text) == [("It is slow,", "the minister")]
