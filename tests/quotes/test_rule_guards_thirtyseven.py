"""Review of round thirty-seven: where its new rules must not fire. Every sentence here is
the project's own, every name made up."""
from tests.quotes.reading import who

RUN_ON = 'Ann Hosk said the plan was late.\n"Every winter it is the same. No plan.\n"Closing the schools is no solution{}'
RUN_ON_WORDS = "Every winter it is the same. No plan. Closing the schools is no solution"


def test_a_run_on_quote_that_ends_its_sentence_keeps_the_carried_speaker():
    # "…no solution." Tom Pell disagreed.: a new sentence about someone else, no credit
    assert who(RUN_ON.format('." Tom Pell disagreed.'))[0] == (RUN_ON_WORDS + ".", "Ann Hosk")


def test_a_run_on_quote_closed_by_they_or_the_noun_keeps_the_carried_speaker():
    # "they said", "the mayor said" take up the speaker already carried
    assert who(RUN_ON.format('," they said.'))[0] == (RUN_ON_WORDS + ",", "Ann Hosk")
    assert who(RUN_ON.format('," the mayor said.'))[0] == (RUN_ON_WORDS + ",", "Ann Hosk")


def test_a_quoted_report_keeps_its_source_over_an_inner_quotes_credit():
    # a passage quoted from another paper, run over paragraphs and closed after an inner
    # quote's credit: the inner credit is not the passage's
    text = ('As the Carrow Gazette reported on Monday:\n'
            '"The council met again on Monday.\n'
            '"The schools will close," said Tom Pell, the mayor."')
    assert who(text)[0] == ("The council met again on Monday. The schools will close,", "Carrow Gazette")
    # nor when the passage itself speaks of the one its inner quote credits
    text = ('The Carrow Gazette reported on the hearing that night.\n'
            '"The hearing was closed but Senator Tom Pell spoke to reporters afterwards.\n'
            '"The account we were given was not the same one," Pell said.')
    assert who(text)[0][1] == "Carrow Gazette"


def test_an_object_of_a_relative_clause_is_no_speaker_before_an_anonymity_clause():
    # "Police who arrested a man who asked not to be named said": not the man
    text = 'Police who arrested a man who asked not to be named said he was "calm".'
    assert who(text)[0][1] != "a man"
    # (its own noun still speaks, with what it hangs on)
    text = 'A lawyer for a fisherman who asked not to be named said the fine was "absurd".'
    assert who(text) == [("absurd", "a lawyer for a fisherman")]


def test_a_participle_saying_what_the_words_answer_is_no_description():
    # "said a spokesman referring to the strike": what the words are about, not which one
    for ing in ("referring to the strike", "addressing the crowd", "commenting on the verdict"):
        assert who(f'"It is over," said a spokesman {ing}.') == [("It is over,", "a spokesman")]
    # a "-thing" word after the noun is no participle
    assert who('"It is over," said a teacher nothing more.') == [("It is over,", "a teacher")]
    # (a phrase that tells which one still does)
    assert who('"It is over," said another voter queuing outside.') == [("It is over,", "another voter queuing outside")]
