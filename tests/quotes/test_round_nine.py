"""Rules the ninth held-out round of articles (bench/round9 at first: a New York
Times-style news analysis, a Washington Post-style politics story, a BBC Sport transfer
story, a Times of India city story, a business story from The National, a Reuters softs
report, a Canadian Press hockey report, a Nigerian court story) showed the engine lacked.
Sentences we wrote; people, places and bodies made up."""
from .reading import speaker_names as speakers, who


def test_a_quote_after_a_paraphrase_with_an_inverted_speaker_is_that_speakers():
    # "It is the biggest change in a generation, said Ann Hosken, a professor of law at …
    # "What the court has done …"": the quote opening the next sentence is Ann Hosken's
    text = ('Ruling.\nIt is the largest shift in river law in decades, said Oriel Fanshawe, a professor of law at '
            'Brackley University who has studied water compacts. "The court has added a second question."')
    assert who(text) == [("The court has added a second question.", "Oriel Fanshawe")]
    # and a quote-only paragraph after such a paragraph
    text = ('Ruling.\nThe appeal will fail, said Oriel Fanshawe, who has taught water law for 20 years.\n'
            '"The ruling rests on state law."')
    assert who(text) == [("The ruling rests on state law.", "Oriel Fanshawe")]
    # "told" names the listener, not the speaker
    text = 'Ruling.\nThe appeal will fail, he told Oriel Fanshawe. "It rests on state law."'
    assert who(text)[0][1] != "Oriel Fanshawe"


def test_rookie_before_a_name_is_a_job_and_comrade_a_title():
    # "Rookie Étienne Lachance scored twice" is Étienne Lachance, as "Driver Kwok Tsz-hin" is
    text = 'Hockey.\nRookie Mathis Dufresne scored twice. "I just shot it," Dufresne said.'
    assert who(text) == [("I just shot it,", "Mathis Dufresne")]
    assert speakers(text) == ["Mathis Dufresne"]
    # "Comrade Uduak Etim", as "Alhaji" and "Engr" before a name elsewhere in the Nigerian press
    text = 'Court.\nComrade Bassey Okon, the union chairman, said the strike was "total".'
    assert who(text) == [("total", "Bassey Okon")]


def test_a_name_in_apposition_after_a_role_phrase_with_two_bodies_speaks():
    # "the spokesman of the Ekanem State chapter of the People's Progress Alliance, Comrade
    # Uduak Etim, described …": the name, not the party that closes the role phrase
    text = ("Court.\nReacting, the publicity secretary of the Oruwa branch of the Civic Renewal Party, "
            'Mr Ebuka Nnaji, described the verdict as "a relief".')
    assert who(text) == [("a relief", "Ebuka Nnaji")]
    # the body alone still speaks
    text = 'Court.\nThe Civic Renewal Party described the verdict as "a relief".'
    assert who(text) == [("a relief", "Civic Renewal Party")]


def test_the_judge_is_the_justice_and_a_ruling_verb_closing_the_clause_credits():
    # "In her ruling, Justice Halima Eze-Bello held …" then "'…,' the judge held."
    text = ('Court.\nJustice Ronke Adewale-Hart held that the motion was "wholly incompetent".\n'
            '"A court does not act in a vacuum," the judge held.')
    assert who(text) == [("wholly incompetent", "Ronke Adewale-Hart"), ("A court does not act in a vacuum,", "Ronke Adewale-Hart")]
    assert speakers(text) == ["Ronke Adewale-Hart"]
    text = 'Court.\nThe Supreme Court heard the appeal.\n"The statute is clear," the court ruled.'
    assert who(text)[0][1] is not None
    # "the Justice Department" before a name makes no judge of the name
    text = ('Court.\nThe Justice Department sent Mara Quist to argue that the law was "plain".\n'
            '"It is not plain," the judge said.')
    assert who(text)[1][1] != "Mara Quist"
    # a ruling verb not closing its clause is no verb of speech
    assert who('Court.\n"Law and order," the party held a rally under the slogan.')[0][1] is None
