"""May as a surname ("Theresa May", "Brian May"), not the modal "may" nor the month. Every
sentence here is the project's own; the names are made up but for the surname itself."""
from tests.quotes.reading import speaker_names, who


def test_a_given_name_then_may_is_one_name_before_and_after_the_verb():
    assert who('"We will deliver," Theresa May said.') == [("We will deliver,", "Theresa May")]
    assert who('"We will deliver," said Theresa May.') == [("We will deliver,", "Theresa May")]
    assert who('Theresa May said: "We will deliver."') == [("We will deliver.", "Theresa May")]
    assert who('"It was loud," Brian May told reporters.') == [("It was loud,", "Brian May")]


def test_mrs_may_and_may_alone_are_the_same_speaker():
    text = (
        "The prime minister, Theresa May, arrived in Brussels.\n"
        '"We will deliver," Mrs May said.\n'
        'The Labour leader, Tom Pell, disagreed. "It is a shambles," he said.\n'
        '"I am not going anywhere," May said.\n'
    )
    assert [s for _, s in who(text)] == ["Theresa May", "Tom Pell", "Theresa May"]
    assert speaker_names(text) == ["Theresa May", "Tom Pell"]


def test_the_month_and_the_modal_stay_what_they_are():
    # must not fire: a month after "in" is when the speaker spoke, not a surname
    assert who('"Prices rose," Anna Pell in May said.') == [("Prices rose,", "Anna Pell")]
    assert who('"It was a wet March," Ann Obi said.') == [("It was a wet March,", "Ann Obi")]
    # a modal before a verb in the present is no name: no one is credited with the words
    assert who('Some may say the plan is "reckless".') == [("reckless", None)]
    # a given name called June is a given name
    assert who('"It was loud," said June Pell.') == [("It was loud,", "June Pell")]


def test_a_fronted_month_is_not_part_of_the_name_after_it():
    assert who('In April Ann Obi said: "Prices rose."') == [("Prices rose.", "Ann Obi")]
    assert who('Since March Tom Pell has said: "Prices rose."') == [("Prices rose.", "Tom Pell")]
    # must not fire: a name that opens with April is kept whole where no "in" comes before it
    assert who('April Ann Obi said: "Prices rose."') == [("Prices rose.", "April Ann Obi")]
