"""Review of round thirty-eight: near misses of its new rules that fired where they must
not. Every sentence here is the project's own, every name made up."""
from tests.quotes.reading import who


def test_a_headline_feeling_is_its_speakers_own():
    # "Residents relieved: '…'": a participle that tells how the speakers feel is no passive
    for head, who_ in (("Residents relieved", "residents"), ("Parents outraged", "parents"),
                       ("Farmers worried", "farmers"), ("Owners divided", "owners")):
        text = f"{head}: 'We got lucky this time'\nThe storm missed the town by miles.\nBody."
        assert who(text, heads=2) == [("We got lucky this time", who_)]
    # the passive itself still speaks for no one
    text = "Nearly 900,000 heaters recalled: 'Stop using them now'\nThe regulator acted on Friday.\nBody."
    assert who(text, heads=2) == [("Stop using them now", None)]


def test_the_agency_is_not_a_body_when_the_text_names_another_agency():
    # "Blue Fox, a talent agency" or "the Reuters news agency": "the agency" is that one,
    # not the last Office or Board the paragraph named
    text = ('Ann Pell joined the Home Office in 2010 before founding Blue Fox, a talent agency. '
            '"She was brilliant," the agency said.')
    assert who(text) == [("She was brilliant,", "the agency")]
    text = ('Pell told the Reuters news agency that the Trade Office had erred. '
            '"We stand by the story," the agency said.')
    assert who(text) == [("We stand by the story,", "the agency")]
    text = ('The Kelby Planning Board approved the tower. Its architect works for an agency in Harlow. '
            '"We are thrilled," the agency said.')
    assert who(text) == [("We are thrilled,", "the agency")]
    # still: a named public body, then "the agency"
    text = 'The Northern Weather Service said gusts could reach 90mph. "Stay indoors," the agency said.'
    assert who(text) == [("Stay indoors,", "Northern Weather Service")]


def test_a_name_on_the_brink_is_no_interview_headline():
    # "'A national scandal': Harbour Water on the Brink": a state's idiom after "on the"
    text = "'A national scandal': Harbour Water on the Brink\nThe firm owes billions.\nHarbour Water owes billions."
    assert who(text, heads=2) == [("A national scandal", None)]
    text = "'We are terrified': Kelby Rovers on the Slide\nThe club lost again.\nKelby Rovers lost again."
    assert who(text, heads=2) == [("We are terrified", None)]


def test_what_a_court_heard_was_done_to_its_subject_is_no_words_of_theirs():
    # "The tribunal heard that the manager, Tom Reed, was nicknamed "…" by staff": a passive,
    # or words the subject received, are not the subject's
    text = 'The tribunal heard that the manager, Tom Reed, was nicknamed "the sheriff" by staff.'
    assert who(text) == [("the sheriff", None)]
    text = 'The tribunal heard that Ann Pell received an email with the subject line "final warning".'
    assert who(text) == [("final warning", None)]
    # still: what the subject did with the words
    text = ("The tribunal heard that the home's manager, Tom Reed, forwarded one of the emails to a regional "
            'director with the comment "here we go again".')
    assert who(text) == [("here we go again", "Tom Reed")]
