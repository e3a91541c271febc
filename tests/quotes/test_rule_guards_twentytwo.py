"""Guards from the review of round 22's rules and session 13's gap fixes (rv22): ordinary
sentences near each rule's trigger, with the right answer."""
from tests.quotes.reading import who


def test_state_letters_ending_a_sentence_before_a_name_in_apposition():
    # "N.Y." ends the sentence: the name after it, set off by a comma, is no "N. Y. Jane Doe"
    text = 'He moved to N.Y. Jane Doe, his agent, said: "He is happy."'
    assert who(text) == [("He is happy.", "Jane Doe")]
    # (after "the" the letters still open the name: "the L.A. Galaxy, which …")
    text = '"We will appeal," said the N.Y. Knicks.'
    assert who(text) == [("We will appeal,", "N. Y. Knicks")]


def test_ms_and_the_first_part_of_a_surname_the_paper_writes_whole_with_ms():
    # a paper that writes "Ms Smith-Jones" and once "Ms Smith" has cut her name short
    text = ('Ms Anna Smith-Jones, the council leader, opened the meeting. "We will not close the library," '
            'Ms Smith-Jones said.\n\nLater, Ms Smith told reporters: "The budget is tight."')
    assert who(text) == [("We will not close the library,", "Anna Smith-Jones"), ("The budget is tight.", "Anna Smith-Jones")]
    # (another honorific is still someone else: her "Ms", his "Mr")
    text = ('Anna Smith-Jones opened the hearing. "We begin now," Ms Smith-Jones said. Mr Smith objected. '
            '"This is unfair," Smith said.')
    assert who(text) == [("We begin now,", "Anna Smith-Jones"), ("This is unfair,", "Smith")]


def test_a_headline_quote_after_a_colon_is_not_the_one_who_puts_it_back_as_anothers():
    # the body quote opens with the headline's words, but as the senator's, mocked by a resident
    text = ('The last week of Senator Bo Lind: "Nothing to see here"\nA standfirst\n'
            '"Nothing to see here, he told us, while our homes were under water," said resident Ivy Cole.')
    assert who(text, 2)[0] == ("Nothing to see here", None)
    # (the speaker's own words still give the headline its speaker)
    text = ('The last season of Emil Sarkany: "I have been wrong about Brahms"\nA standfirst\n'
            '"I have been wrong about Brahms for forty years," Sarkany said.')
    assert who(text, 2)[0] == ("I have been wrong about Brahms", "Emil Sarkany")
