"""Guards found in review of the nineteenth session's rules: near misses where a new rule
must not fire. Every sentence is the project's own, every name made up."""
from tests.quotes.reading import who


def test_a_rank_after_another_office_stays_a_title():
    # "the dean of the college, Dean Kettleby" keeps Dean as his given name; a different
    # office before the rank leaves the rank a title, and a judge is called Judge in court
    assert who('The head of the regiment, Major Tolland, said it was "grave".') == [("grave", "Tolland")]
    assert who('The judge in the case, Judge Pell, said it was "grave".') == [("grave", "Pell")]
    assert who('The dean, Dean Kettleby, said the fees were "fair".') == [("fair", "Dean Kettleby")]


def test_a_subject_does_not_grow_across_a_past_verb_into_its_object():
    # groups and officials are roles, but "met" is the minister's verb, not a word of a role's
    # field: the minister speaks
    assert who('The minister met aid groups and said the plan was "sound".') == [("sound", "the minister")]
    assert who('The minister met officials and said the plan was "sound".') == [("sound", "the minister")]
    # (a role's field before the role still reads as one: "senior officials")
    assert who('Senior officials met on Monday and said the plan was "sound".') == [("sound", "senior officials")]
