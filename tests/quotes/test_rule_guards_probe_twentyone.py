"""Guards for probe twenty-one's rules: near misses written to catch them firing where they
should not. Every sentence here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_particles_run_two_deep_only_inside_a_name():
    assert who('"We will act," said Ana de la Rosa y Vega.') == [("We will act,", "Ana de la Rosa y Vega")]
    assert who('"We will act," said Tom Pell at the Casa de la Musica.') == [("We will act,", "Tom Pell")]


def test_according_to_a_paper_from_a_place_is_not_the_place():
    # "from" one capitalised word is where the report came from as often as who issued it
    assert who('The plan is "dead", according to a report from Lagos.') == [("dead", "a report from Lagos")]
    assert who('The plan is "dead", according to a report by the BBC.') == [("dead", "BBC")]
    assert who('The plan is "dead", according to a survey from last year.') == [("dead", "a survey")]


def test_new_titles_leave_the_same_words_as_surnames():
    assert who('"We will act," said Tom Daw.') == [("We will act,", "Tom Daw")]
    assert speaker_names('Ann Mallam spoke. "We will act," Mallam said.') == ["Ann Mallam"]
    assert who('"We will act," Ann Obi, San Diego\'s mayor, said.') == [("We will act,", "Ann Obi")]


def test_a_led_aside_after_a_plain_noun_keeps_its_subject():
    assert who('The man, backed by his party, said it was "dead".') == [("dead", "the man")]
    assert who('Tom Pell told the panel, led by Ann Obi, that the plan was "dead".') == [("dead", "Tom Pell")]


def test_citing_another_after_an_inverted_verb_does_not_carry_the_speaker():
    # the quote after "citing Tom Pell:" is Tom Pell's words, not Ann Obi's
    assert who('"We will act," said Ann Obi, citing Tom Pell: "Soon."')[1] == ("Soon.", None)
    assert who('"We will act," said Ann Obi to Tom Pell, adding: "Soon."')[1] == ("Soon.", "Ann Obi")


def test_may_as_a_month_in_a_list_stays_a_month():
    assert who('The minister said May, June and July would be "dry".') == [("dry", "the minister")]
    assert who('"We will act," the firm said May.') == [("We will act,", "the firm")]


def test_a_described_role_is_not_linked_when_another_of_the_role_appears():
    # "the health minister, Tom Pell" is a second minister: "the minister" stays open
    text = 'Ann Obi, the finance minister, spoke.\nThe health minister, Tom Pell, disagreed. "It is slow," the minister said.'
    assert who(text) == [("It is slow,", "the minister")]
    text = 'Ann Obi, the finance minister, spoke.\n"It is slow," a minister said.'
    assert who(text) == [("It is slow,", "a minister")]
    # an object described is still that person
    text = 'Tom Pell criticised Ann Obi, the finance minister.\n"It is slow," the minister said.'
    assert who(text) == [("It is slow,", "Ann Obi")]


def test_according_to_closing_the_text_is_read_without_a_crash():
    # "according to" with nothing after it (a cut-off paragraph, hostile text): no speaker,
    # and no error
    assert who('"It is over," according to') == [("It is over,", None)]
    assert who('The plan "is over", according to\nAnn Obi said more.')[0][0] == "is over"
