"""Guards on the hard twenty-six rules: sentences near each rule's trigger where it must not
fire. Every sentence here is the project's own, every name made up."""
from tests.quotes.reading import who


def test_a_works_title_before_a_thing_describes_no_maker():
    # "the "Stop the Boats" slogan said it all": a thing the title names, no one who speaks;
    # the quote after it stays the critics'
    text = 'Tom Pell won the vote.\nThe "Stop the Boats" slogan said it all, critics said, calling it "cruel".'
    assert who(text)[-1] == ("cruel", "critics")
    # (still a maker: "the "Paper Moons" producer said")
    text = 'Ann Obi has left the band.\nThe "Paper Moons" producer said the album was "her best".'
    assert who(text)[-1] == ("her best", "the producer")


def test_a_headline_word_said_of_the_one_it_follows_at_a_paragraphs_start_stays_unsaid():
    # the word the headline sets the quote after opens the body's paragraph: said of them
    text = ("Residents 'in the dark' over tower plan\n"
            "The tower is 30 storeys.\n"
            'Residents have been kept "in the dark", a council report admitted. Ann Obi said she was worried.')
    assert who(text, heads=2)[0] == ("in the dark", None)


def test_a_headline_word_lifted_from_anothers_offer_stays_unsaid():
    # "rejected Pell's offer to make an "exception"": the word is Pell's offer's, not the
    # rejecter's
    text = ("Kell mayor rebuffs Pell on 'exception' to ban\n"
            "The ban starts in May.\n"
            'The mayor on Tuesday rejected Tom Pell\'s offer to make an "exception" for the town.')
    assert who(text, heads=2)[0] == ("exception", None)


def test_a_headline_label_stays_with_the_name_the_line_gives_a_verb_of_speech():
    # "'A scandal': Pell slams …": Pell says it, whoever opens a body quote with the words
    text = ("'A scandal': Pell slams ward closure\n"
            "The ward shuts in May.\n"
            'Tom Pell said the move was wrong. "A scandal is what it is," said Ann Obi.')
    assert who(text, heads=2)[0] == ("A scandal", "Tom Pell")


def test_a_crowds_headline_quote_stays_when_the_body_calls_it_so_or_a_document_says_it():
    # the body's words are others' name for the offer ("critics calling it "…""), or a
    # report's, no member of the crowd
    text = ("Unions reject 'insulting' pay offer\n"
            "Talks broke down.\n"
            'The minister, Ann Obi, said critics calling the offer "insulting" were wrong.')
    assert who(text, heads=2)[0] == ("insulting", "unions")
    text = ("Landlords warn of 'market collapse'\n"
            "The bill passes on Monday.\n"
            'The report warned of "market collapse" if rents were capped. Ann Obi, a tenant, said she was glad.')
    assert who(text, heads=2)[0] == ("market collapse", "landlords")


def test_what_someone_by_name_rejected_is_no_reporters():
    # "said Pell had rejected "…"": the words may be Pell's own; not the reporter's
    text = 'Ann Obi said Tom Pell had rejected "any deal that sells out our farmers".'
    assert who(text)[0][1] != "Ann Obi"
    text = 'Ann Obi said Labour rejected "a tax on jobs".'
    assert who(text)[0][1] != "Ann Obi"


def test_a_meeting_someone_has_called_is_held_not_named():
    # "the meeting Pell has called": called is convened; the quote after it is another's
    text = 'Tom Pell chairs the panel.\nThe meeting Pell has called "will be short", Ann Obi said.'
    assert who(text)[-1] == ("will be short", "Ann Obi")
    text = 'Tom Pell chairs the panel.\nIt is a vote Pell had called "to clear the air".'
    assert who(text)[-1][1] != "Tom Pell"


def test_a_lead_sentence_of_one_sentenced_gives_no_quote():
    # "Mr Pell was sentenced to four years." then "He showed no remorse.": the court's words
    text = 'Tom Pell was jailed.\nMr Pell was sentenced to four years. "He showed no remorse."'
    assert who(text)[-1] == ("He showed no remorse.", None)
    text = 'Tom Pell was jailed.\nPell, a former soldier from the town, was jailed for four years. "He showed no remorse."'
    assert who(text)[-1] == ("He showed no remorse.", None)
    # (still a lead: one appointed speaks next)
    text = 'Tom Pell won.\nMr Pell was appointed to the board. "It is an honour."'
    assert who(text)[-1] == ("It is an honour.", "Tom Pell")


def test_a_headline_word_a_body_speaker_says_a_document_called_so_stays_theirs_to_give():
    # "said the report had called it "unsafe"": the report's name for it, not the speaker's
    text = ("Care home 'unsafe', inspectors find\n"
            "The home has 40 beds.\n"
            'Tom Pell, who runs the home, said the report had called it "unsafe" and that he would act.')
    assert who(text, heads=2)[0] == ("unsafe", None)
