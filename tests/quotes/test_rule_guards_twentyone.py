"""Guards from the review of round 21's rules: ordinary sentences that broke them."""

from tests.quotes.reading import who


def test_the_capitalised_executive_is_a_body_not_the_next_she():
    # Stormont's "Executive" is its government, no she
    assert who(
        "Aoife Brennan met unions on Monday. The Executive has agreed a new budget. "
        '"It is a good day for Belfast," she said.'
    ) == [("It is a good day for Belfast,", "Aoife Brennan")]


def test_a_paper_called_the_leader_is_no_role_subject():
    assert who(
        'Tom Keady spoke at the launch. The Leader newspaper first reported the plan. "It was a surprise," he said.'
    ) == [("It was a surprise,", "Tom Keady")]


def test_the_capitalised_speaker_is_still_the_next_he():
    assert who(
        'Rana Malik chaired the session. The Speaker later adjourned the house. "Order must be kept," he said.'
    ) == [("Order must be kept,", "the Speaker")]


def test_most_before_a_peoples_plural_is_no_bangladeshi_name():
    # "Most South Koreans" is a share of a people, not "Mosammat …"
    assert who('"We are fed up with the delays," said Most South Koreans surveyed.') == [
        ("We are fed up with the delays,", "most South Koreans")
    ]


def test_most_before_a_bangladeshi_name_stays_a_name():
    assert who('"The water is poisoned," said Most Nargis Akter, a mother of three.') == [
        ("The water is poisoned,", "Most Nargis Akter")
    ]


def test_a_capitalised_quote_after_a_joined_fragment_is_not_the_same_speakers():
    # "Vote no" is the signs' words in a clause of their own, not the senator's
    assert who('Senator Joe Ruiz called the bill "reckless" and "Vote no" signs appeared across the capitol.') == [
        ("reckless", "Joe Ruiz"),
        ("Vote no", None),
    ]


def test_two_joined_fragments_are_still_the_same_speakers():
    assert who('Senator Joe Ruiz called the bill "reckless" and "cruel to farmers" on Monday.') == [
        ("reckless", "Joe Ruiz"),
        ("cruel to farmers", "Joe Ruiz"),
    ]


def test_what_it_calls_in_another_clause_is_not_the_opening_body():
    # the firm, not the commission that fined it, rejects the decision
    assert who(
        "The Harlow Competition Commission fined Kessel Steel on Monday, which rejects what it calls "
        '"a politically motivated decision".'
    )[0][1] != "Harlow Competition Commission"
    assert who(
        "The Harlow Competition Commission has fined Kessel Steel, and the firm is appealing what it calls "
        '"a politically motivated decision".'
    )[0][1] != "Harlow Competition Commission"
