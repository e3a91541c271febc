"""Review of round twenty-eight: ordinary sentences near the round's rules where they must
not fire (each failed before the review's fix). Every sentence is the project's own, every
name made up."""
from tests.quotes.reading import who


def test_a_spokesman_for_a_titled_minister_is_not_the_minister():
    # US and British copy: "A spokesman for Defense Secretary …" is the spokesman, not his boss
    text = ("The bill was passed on Tuesday.\n"
            "A spokesman for Home Secretary Ann Hale rejected the criticism.\n"
            '"We will not back down," the spokesman said.')
    assert who(text) == [("We will not back down,", "a spokesman for Home Secretary Ann Hale")]
    text = ('A spokesman for Transport Minister Ann Hale said the trains would run.\n'
            '"We are confident," the spokesman said.')
    assert who(text) == [("We are confident,", "a spokesman for Transport Minister Ann Hale")]


def test_a_club_after_of_is_no_portfolio():
    text = ("The report was released on Monday.\n"
            "The coach of Home United Ben Ash was sacked.\n"
            '"It is a sad day," the coach said.')
    assert who(text) == [("It is a sad day,", "the coach")]


def test_a_relative_of_the_title_is_not_its_holder():
    # "Ann Hale, the wife of the mayor," is not "the mayor"
    text = ('Ann Hale, the wife of the mayor, said the fete was "a triumph".\n'
            "Residents agreed.\n"
            '"We are delighted," the mayor said.')
    assert who(text) == [("a triumph", "Ann Hale"), ("We are delighted,", "the mayor")]
    text = 'Tom Birk, the son of the governor, said he was "not guilty".\n"I love my son," the governor said.'
    assert who(text) == [("not guilty", "Tom Birk"), ("I love my son,", "the governor")]


def test_a_lawyer_for_the_victim_is_not_the_victim():
    text = ('Tom Birk, a lawyer for the victim, said the sentence was "too lenient".\n'
            "Prosecutor Ann Hale disagreed.\n"
            '"I just want to move on," the victim said.')
    assert who(text) == [("too lenient", "Tom Birk"), ("I just want to move on,", "the victim")]


def test_a_friend_opening_the_paragraph_is_not_the_she_after_another_named():
    text = ("Ann Hale has run the corner shop since 1990.\n"
            "Her friend, Tom, said the shop was struggling, but Hale was defiant. "
            '"We will survive," she said.')
    assert who(text) == [("We will survive,", "Ann Hale")]


def test_a_friend_opening_the_paragraph_is_the_she_after_a_his():
    # (the round's rule where it is right: "His partner, Sam, said … "…," she said")
    text = ("Tom Birk was shot outside his home on Friday.\n"
            'His partner, Sam, said he had received threats. "He was scared," she said.')
    assert who(text) == [("He was scared,", "Sam")]


def test_someone_with_a_banner_still_speaks():
    text = 'A woman with a banner shouted "Shame on you" as the minister arrived.'
    assert who(text) == [("Shame on you", "a woman with a banner")]
