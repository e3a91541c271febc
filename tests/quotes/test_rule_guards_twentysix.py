"""Guards for round twenty-six's rules: ordinary sentences near each rule's trigger where
it must not fire (or must still fire). Every sentence is the project's own, every name
made up."""
from tests.quotes.reading import who


def test_the_defending_champion_is_a_title_not_a_verb():
    # "defend" became a verb of speech (only before "as"); its "-ing" after an article
    # describes a title holder in sports copy and must not cut the subject short
    assert who('The defending champion, Ann Obiora, said "I feel great."') == [("I feel great.", "Ann Obiora")]
    assert who('The defending champions, Leeds United, said "we are ready."') == [("we are ready.", "Leeds United")]
    assert who('The defending champion said "I feel great."') == [("I feel great.", "the defending champion")]
    # (the rule itself still holds)
    assert who('The governor defended the cuts as "painful but necessary."') == [
        ("painful but necessary.", "the governor")
    ]


def test_which_or_that_x_called_a_name_is_naming_not_speech():
    # after an object's "which" or "that", "X called "Artemis III"" gives a thing its name
    text = 'The agency launched a mission that NASA officials called "Artemis III".'
    assert who(text) == [("Artemis III", None)]
    assert who('The company released a phone that Harbor Devices called "the Nova".') == [("the Nova", None)]
    assert who('The bill, which Ann Obiora called "Project Dawn", passed.') == [("Project Dawn", None)]
    # (words, not a name, are still the caller's)
    assert who('The agency launched a mission that NASA called "a triumph".') == [("a triumph", "NASA")]


def test_a_place_or_page_before_which_is_not_the_body_speaking():
    # ", which" after a place or a platform is the thing's before it, not the place's
    text = 'The report came from a think tank in Washington, which called it "a wake-up call."'
    assert who(text) == [("a wake-up call.", None)]
    text = 'The figures were released by the health ministry in Madrid, which said "the peak has passed."'
    assert who(text) == [("the peak has passed.", None)]
    # (a body after "by" or "from" still speaks)
    text = 'The plan drew fire from the Taxpayers Alliance, which called it "a waste of money."'
    assert who(text) == [("a waste of money.", "Taxpayers Alliance")]


def test_the_pm_goes_back_past_a_deputy_or_a_former_one():
    # the latest "prime minister" in the text may be a deputy's or a former one's title;
    # "the PM" is still the holder titled before it
    text = ('Prime Minister Sorin Vlaicu spoke first. Deputy Prime Minister Ana Lupescu followed. '
            '"We will not back down," the PM said.')
    assert who(text) == [("We will not back down,", "Sorin Vlaicu")]
    text = ('Prime Minister Dana Whitfield announced the budget on Tuesday. Former prime minister '
            'Harold Byrne criticised it. "This is a betrayal," the PM said.')
    assert who(text) == [("This is a betrayal,", "Dana Whitfield")]


def test_from_across_heads_no_subject():
    # "across" after "from", as US political copy writes it: the phrase is still no subject
    assert who('Lawmakers from across the aisle said the bill was "long overdue."') == [("long overdue.", "lawmakers")]
    text = 'Senators from across the political spectrum told reporters the deal was "a good start."'
    assert who(text) == [("a good start.", "senators")]
    assert who('Tom Reyes, a voter from across the river, said the race was "close."') == [("close.", "Tom Reyes")]


def test_defended_as_with_no_object_is_a_passive():
    # "defended as "…"" with nothing defended between verb and "as" is a passive's: no one
    # before it speaks ("Long" opening the sentence is no name)
    text = 'Long defended as "a bulwark of democracy," the court is now under fire.'
    assert who(text) == [("a bulwark of democracy,", None)]
    assert who('The plan was defended as "a matter of fairness."') == [("a matter of fairness.", None)]
    # (an object between them keeps the cue)
    assert who('Obi\'s lawyer defended her as "a loyal public servant."') == [("a loyal public servant.", "Obi's lawyer")]


def test_the_pm_is_not_a_then_or_late_holder():
    # "then-prime minister", "the late prime minister" title a past holder, as "former" does
    text = ('Prime Minister Ann Obiora defended the deal. It was signed in 2015 by then-prime minister '
            'Tom Reyes. "It has served us well," the PM said.')
    assert who(text) == [("It has served us well,", "Ann Obiora")]
    text = ('Prime Minister Ann Obiora opened the museum named after the late prime minister Tom Reyes. '
            '"He was a giant," the PM said.')
    assert who(text) == [("He was a giant,", "Ann Obiora")]
    text = 'Chief executive Ann Obiora took over from then-chief executive Tom Reyes in 2020. "We have changed," the CEO said.'
    assert who(text) == [("We have changed,", "Ann Obiora")]
    text = 'The deal was signed by then-prime minister Tom Reyes. "It has served us well," the PM said.'
    assert who(text) == [("It has served us well,", "the PM")]


def test_with_a_role_and_its_name_after_a_quote_s_comma():
    # US copy sets the comma inside the quote before the absolute "with"
    text = ('The White House defended the budget as "a blueprint for growth," with the head of the Office '
            'of Management and Budget, Dana Whitfield, promising "a veto if needed."')
    assert who(text) == [("a blueprint for growth,", "White House"), ("a veto if needed.", "Dana Whitfield")]
    # (a verb's "with" still gives the name nothing)
    text = 'The senator met on Monday with the head of the FBI, Tom Reyes, telling him "this must stop."'
    assert who(text) == [("this must stop.", "the senator")]
