"""Near misses of round thirty-nine's rules, found in review: where each must not fire."""
from tests.quotes.reading import who


def test_one_of_them_after_another_group_mid_sentence_is_not_the_counted_one():
    # the count is two sentences back and "one of them" is one of the protesters
    text = ("Two ministers resigned on Monday. Dozens of protesters gathered outside parliament, "
            'and one of them told reporters: "We will stay here until the government falls."')
    assert who(text) == [("We will stay here until the government falls.", "one of them")]


def test_one_of_them_after_a_sentence_between_is_not_the_counted_one():
    text = ("Three officials at the ministry confirmed the plan. Later, hundreds of farmers blocked "
            'the road. One of them said: "Nobody asked us anything."')
    assert who(text) == [("Nobody asked us anything.", "one of them")]


def test_one_of_them_after_a_count_two_sentences_back_stays_as_written():
    text = ("Some teachers said they would strike. The union's leader, Mira Hollis, met two parents. "
            'One of them said: "We back the teachers."')
    assert who(text) == [("We back the teachers.", "one of them")]


def test_one_of_them_right_after_the_count_is_still_one_of_them():
    # the rule's own case still fires
    text = ('Two members of the ruling coalition voted against the bill. One of them told the radio '
            'station: "It was a bad law."')
    assert who(text) == [("It was a bad law.", "a member of the ruling coalition")]


def test_a_headline_quote_the_body_denies_of_its_subject_stays_with_the_subject():
    # the lawyer denies the nurse's words, reported of "the nurse": the headline's are hers
    text = ("'I was sacked for speaking out': nurse sues hospital\n"
            "The case opens next week\n"
            'Hospital lawyer Mari Sand denied that the nurse "was sacked for speaking out", and said '
            "the dismissal was lawful.")
    assert who(text, heads=2)[0] == ("I was sacked for speaking out", "nurse")


def test_a_headline_quote_the_body_rejects_of_its_subject_stays_with_the_subject():
    text = ("'We have been forgotten by the state': farmers rally\n"
            "Thousands marched on Friday\n"
            'The minister, Ivo Kask, rejected the idea that farmers "have been forgotten by the state".')
    assert who(text, heads=2)[0] == ("We have been forgotten by the state", "farmers")


def test_denied_access_then_the_claim_in_quotes_is_still_a_denial():
    # "denied access "had been blocked …"": the claim denied, not a thing refused
    text = 'The ministry denied access "had been blocked for political reasons".'
    assert who(text) == [("had been blocked for political reasons", "the ministry")]


def test_denied_bail_then_a_reason_in_quotes_is_still_no_cue():
    # the rule's own sense: a thing refused, the quote no one's words the subject denies
    text = "Man denied bail 'for his own safety' after stabbing\nA court heard the case on Monday."
    assert who(text, heads=1) == [("for his own safety", None)]
