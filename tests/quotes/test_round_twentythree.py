"""Rules the twenty-third held-out round of articles (bench/round23 at first: a Trinidad daily
on a bridge contract, a Barbados daily in court, an Argentine English-language paper on
inflation, a Mexican English-language daily on an ambush, a Hong Kong daily on a housing
levy, a Cypriot daily on a pedestrian scheme, a Maltese daily on a hotel permit and a
Ukrainian English-language site on a drone strike) showed the engine lacked, each with a
sentence where it must not fire. Sentences we wrote; people, places and bodies made up."""
from .reading import speaker_names as speakers, who


def test_a_day_between_the_subject_and_its_verb_is_no_part_of_the_name():
    # "Works and Transport Minister Rohan Maharaj-Clarke yesterday insisted that "not one cent" …"
    text = 'Works Minister Rohan Maharaj-Clarke yesterday insisted that “not one cent” was wasted.'
    assert who(text) == [("not one cent", "Rohan Maharaj-Clarke")]
    text = 'The minister today said the plan was “dead”.'
    assert who(text) == [("dead", "the minister")]
    text = 'Kessel Corp Tuesday said the merger was “off”.'
    assert who(text) == [("off", "Kessel Corp")]
    text = 'Sources close to the minister yesterday said the plan was “dead”.'
    assert who(text) == [("dead", "sources close to the minister")]
    # not after a verb's participle: the day goes with "released", and no name is made of it
    text = 'A report released Tuesday said the plan was “dead”.'
    assert who(text) == [("dead", None)]
    text = 'The White House on Tuesday said the plan was “dead”.'
    assert who(text) == [("dead", "White House")]
