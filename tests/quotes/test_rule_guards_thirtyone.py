"""Guards for round thirty-one's rules: ordinary sentences near each rule's trigger where it
must not fire (or must fire the right way). Every name made up."""
from tests.quotes.reading import speaker_names, who


def test_a_one_off_label_before_a_quote_is_still_a_person():
    # a capitals label with a quote after it is a speaker's label, not a dateline
    text = 'Q&A with the mayor\nDANA MOFFAT: "The budget is balanced," she says.'
    assert who(text) == [("The budget is balanced,", "DANA MOFFAT")]


def test_a_label_deep_in_the_story_is_no_dateline():
    text = ("The mayor faced questions on Monday.\nThe council met.\nIt was long.\nMore came.\n"
            "The budget was the first item.\nThen the roads.\n"
            "DANA MOFFAT: I will not resign. She said she had done nothing wrong.\n"
            '"I am staying," she said.')
    assert who(text) == [("I am staying,", "DANA MOFFAT")]


def test_a_dateline_after_the_headline_is_still_no_name():
    text = ("Minister vows to press on\nFare floor from January\n"
            "KUALA LUMPUR: The minister said the plan would go ahead.\n"
            '"We will not back down," he said.')
    assert "KUALA LUMPUR" not in speaker_names(text, heads=2)
    text = ("Minister vows to press on\nFare floor from January\nBy Dana Moffat\nPublished 27 November\n"
            "KUALA LUMPUR: The minister said the plan would go ahead.\n"
            '"We will not back down," he said.')
    assert "KUALA LUMPUR" not in speaker_names(text, heads=2)


def test_tan_sri_before_a_name_of_three_words():
    # the fuller-name search stops three words before the surname, inside "Tan Sri"
    assert who('"We are ready," said Tan Sri Lim Kok Seng.') == [("We are ready,", "Lim Kok Seng")]
    assert who('"Ready," said Datuk Seri Lim Kok Seng, the minister.') == [("Ready,", "Lim Kok Seng")]
    # must not fire: Seri and Sri as given names
    assert who('"Ready," said Seri Rahayu Abdullah, a clerk.') == [("Ready,", "Seri Rahayu Abdullah")]
    assert who('"Ready," said Sri Mulyani Rahayu Putri.') == [("Ready,", "Sri Mulyani Rahayu Putri")]


def test_the_engineers_title_after_said():
    # the round's "Eng." read before the verb only; after "said" the name stopped at "Eng"
    assert who('"Ready," said Eng. Hamood Al Wahaibi, the chairman.') == [("Ready,", "Hamood Al Wahaibi")]
    # must not fire: the surname Eng ending a sentence, the surname before a given name
    assert who('"The trucks will move," said Peter Eng. Tom Pell disagreed.') == [("The trucks will move,", "Peter Eng")]
    assert who('"We are ready," said Eng Kok Wah, the manager.') == [("We are ready,", "Eng Kok Wah")]


def test_a_columns_label_ending_in_a_role_credits_no_one():
    # "<role>: …" is the role's words; a label with a determiner or a link before the role is a column's
    assert who("Meet the candidate: Dana Moffat on 'fixing' the roads\nDana Moffat is running for mayor.", heads=1)[0] == (
        "fixing", None)
    assert who("Letter to the editor: The 'war on motorists' must end\nI write as a driver.", heads=1) == [
        ("war on motorists", None)]
    # must still fire: a role of one or two words
    assert who("Health secretary: NHS 'not broken'\nTom Pell said the service was improving.", heads=1) == [
        ("not broken", "Health secretary")]


def test_a_headlines_colon_and_a_reports_word():
    # "…: Report", "…: Study" end a headline as its source document, no speaker, even when
    # the body names "the Annual Report"
    text = "Economy 'at a crossroads': Report\nThe Annual Report was published on Monday."
    assert who(text, heads=1) == [("at a crossroads", None)]
    text = "Coffee 'good for the heart': Study\nThe Harvard Study of 10,000 people found a link."
    assert who(text, heads=1) == [("good for the heart", None)]
    # must still fire: a title and a surname the story names in full
    text = "'Will not tolerate graft': PM Sharma\nPrime Minister Anil Sharma said on Monday."
    assert who(text, heads=1) == [("Will not tolerate graft", "Anil Sharma")]
