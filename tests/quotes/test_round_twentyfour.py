"""Round twenty-four: an Irish obituary, a Stormont sketch, a Scottish sentencing, a Ghanaian
match report, a Zambian AGM, a Tanzanian science story, a Balkan investigation and an EU
explainer. Every sentence here is the project's own, every name made up."""
from tests.quotes.reading import who, speaker_names


def test_tributes_paid_to_a_name_name_a_person():
    # an obituary's opening formula: the one tributes are paid to is the "Mr Fitzmaurice" of
    # the story, not the son named further down with the same surname
    text = (
        "Tributes have been paid to Dónal Fitzmaurice, who died on Tuesday.\n"
        'Mr Fitzmaurice once said a school "is only as good as the yard".\n'
        'His son, Fergal Fitzmaurice, said: "He was a quiet man."'
    )
    assert who(text) == [("is only as good as the yard", "Dónal Fitzmaurice"), ("He was a quiet man.", "Fergal Fitzmaurice")]
    text = (
        "The minister paid tribute to Ann Hale, the charity's founder.\n"
        'Speaking later, Tom Hale said: "Ms Hale would have laughed at all this."\n'
        '"She hated speeches," Ms Hale\'s sister Rita said.'
    )
    assert who(text)[0] == ("Ms Hale would have laughed at all this.", "Tom Hale")


def test_tributes_paid_to_must_not_make_a_place_or_a_body_a_person():
    text = 'Compensation was paid to Kerry families last year.\nJohn Walsh, a farmer, was angry. "It is not enough," he said.'
    assert who(text) == [("It is not enough,", "John Walsh")]
    text = 'The council paid tribute to Galway United after the final. "They did the city proud," said mayor Ann Hale.'
    assert who(text) == [("They did the city proud,", "Ann Hale")]
    text = 'Millions were paid to Westbank Holdings in fees, documents show. "That is legal," said Tom Reyes, a lawyer.'
    assert speaker_names(text) == ["Tom Reyes"]
