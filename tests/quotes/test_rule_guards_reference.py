"""Guards on the rules of branch fxb (a they after a plural subject, an it for the body that
last spoke, a document as the source, a document's findings, a country noun for the one just
named): ordinary news sentences those rules, written from a few sentences, read wrongly at
first (an adversarial review). Sentences we wrote; people, places and bodies made up."""
from .reading import who


def test_an_emailed_statement_is_a_noun_phrase_not_a_verb_of_speech():
    # "emailed" after a determiner describes the noun: the whole phrase is the subject
    text = 'An emailed statement from the ministry called the report "flawed".'
    assert who(text) == [("flawed", "an emailed statement from the ministry")]
    text = 'The emailed response, from a spokesperson for Jo Penn, called the story "false".'
    assert who(text) == [("false", "the emailed response")]
    # (the verb still is one: "…," Kim Lao emailed)
    assert who('"I am done," Kim Lao emailed.') == [("I am done,", "Kim Lao")]


def test_a_they_is_no_plural_subject_past_another_sentence_that_may_be_the_they():
    # "Residents said … . Jo and Tim Okafor lost everything. "…," they said": the couple
    # (or anyone) opening a sentence since may be the they; the residents are no answer
    for middle in ("Jo and Tim Okafor lost everything.", "The Okafor family escaped with minutes to spare.",
                   "His parents, Jo and Tim Penn, waited outside.", "Protesters gathered outside."):
        text = f'Residents said the river rose within minutes. {middle} "We have nothing left," they said.'
        assert who(text)[-1][1] != "residents", middle
    # a singular they for a person the text describes is no plural subject before it
    text = ('Analysts said the market was nervous. Sam Reyes, a trader who uses they/them pronouns, was '
            'calmer. "This will pass," they said.')
    assert who(text) == [("This will pass,", None)]
    # a quote-led sentence whose person comes with family or a partner
    text = ('Doctors said the twins were stable. "They are fighters," said their mother, Jo Penn. "We are '
            'so grateful," they said.')
    assert who(text)[1][1] != "doctors"
    text = ('Residents said the river rose within minutes. "We lost the shop," said Jo Okafor, who ran it '
            'with her husband. "We have nothing left," they said.')
    assert who(text)[1][1] != "residents"
    # (the group across a quote by one named person stays the rule's reading)
    text = ('Many residents said the river rose fast. "I lost everything," said Jo Penn. "We need help," '
            'they said.')
    assert who(text)[1] == ("We need help,", "many residents")


def test_a_conjunction_before_a_plural_subject_is_no_part_of_it():
    text = ('But analysts said the rally was fragile. "Demand is strong," said Jo Penn, a trader. "It will '
            'not last," they said.')
    assert who(text)[1] == ("It will not last,", "analysts")
    text = ('Yet economists at Harlow Bank said the rally was fragile. "Demand is strong," said Jo Penn, a '
            'trader. "It will not last," they wrote.')
    assert who(text)[1] == ("It will not last,", "Harlow Bank")


def test_analysts_at_two_firms_are_no_one_firm():
    text = ('Analysts at Harlow Capital and Velmar Bank said in notes that prices would rise. "Supply is '
            'tight," they wrote.')
    assert who(text)[0][1] != "Harlow Capital and Velmar Bank"
    # (one firm is the firm)
    text = 'Analysts at Harlow Capital said in a note that prices would rise. "Supply is tight," they wrote.'
    assert who(text) == [("Supply is tight,", "Harlow Capital")]


def test_an_it_opening_a_sentence_may_be_the_thing_the_body_spoke_of():
    # "The ministry said the new law … It says …": the law says it, not the ministry
    text = ('The ministry said the new law takes effect in May. It says that drivers must carry "proof of '
            'insurance".')
    assert who(text) == [("proof of insurance", None)]
    text = 'The company said the app would launch in May. It warns users when "danger is near".'
    assert who(text) == [("danger is near", None)]
    text = 'The ministry said it had published new guidance. It says schools must "stay open".'
    assert who(text) == [("stay open", None)]
    # (an it after the quote, or with no such thing in the body's words, is still the body)
    text = ('The agency said the satellite was launched on Friday. It will send back images of '
            '"unprecedented detail", it added.')
    assert who(text) == [("unprecedented detail", "the agency")]
    text = 'Harlow Steel said in a statement that it would cut jobs. It said the cuts were "painful".'
    assert who(text) == [("painful", "Harlow Steel")]


def test_an_it_is_not_the_body_that_spoke_past_another_named_since():
    # "Harlow Steel said … A rival, Velmar Metals, … "…," it said": the rival may be the it
    text = ('Harlow Steel said profits fell.\n\nA rival, Velmar Metals, is doing better. "Demand is strong," '
            'it said.')
    assert who(text) == [("Demand is strong,", None)]
    text = ('Harlow Steel said profits fell.\n\nVelmar Motors, its biggest customer, is also struggling. '
            '"Demand is weak," it said.')
    assert who(text) == [("Demand is weak,", None)]
    # (a person described after the name is no it: the body still is)
    text = ('Harlow Steel said profits fell.\n\nJo Penn, the chief executive, was upbeat. "We expect a '
            'recovery," it said.')
    assert who(text) == [("We expect a recovery,", "Harlow Steel")]


def test_an_it_is_no_plural_of_people_that_spoke_before():
    # "Officials said …", "Witnesses said …": people, which no it stands for
    assert who('Officials said the bridge would reopen in May. "It is safe," it said.') == [("It is safe,", None)]
    text = 'Witnesses said the car was speeding. "It was going very fast," it said.'
    assert who(text) == [("It was going very fast,", None)]
    # (a body that spoke before them still is the it)
    text = ('Harlow Steel said the plant would close. Officials said talks had failed. "We regret the '
            'decision," it said.')
    assert who(text)[0][1] == "Harlow Steel"


def test_a_document_tied_to_a_person_by_a_link_is_a_person():
    # "the chair of the inquiry", "a source close to the investigation": people, not documents
    text = '"We found failures," the chair of the inquiry said. "They must be fixed," he said.'
    assert who(text)[1] == ("They must be fixed,", "the chair of the inquiry")
    text = '"We were shocked," a source close to the investigation said. "Nobody expected it," she said.'
    assert who(text)[1] == ("Nobody expected it,", "a source close to the investigation")
    text = '"I was there," one of the people named in the indictment said. "I did nothing," he said.'
    assert who(text)[1] == ("I did nothing,", "one of the people named in the indictment")


def test_a_title_that_owns_a_document_is_the_office_not_a_name():
    assert who('The President\'s statement said the attack was "cowardly".') == [("cowardly", "the President")]
    assert who('The Prime Minister\'s letter said the plan was "sound".') == [("sound", "the Prime Minister")]
    text = 'President Ana Toma visited the site. The President\'s statement said the attack was "cowardly".'
    assert who(text) == [("cowardly", "Ana Toma")]


def test_a_documents_owner_is_no_she_for_the_document_speaking():
    # "The Harlow Gazette's report said she was "furious". "…," she said": the mayor
    text = ('Mayor Ana Toma spoke on Monday. The Harlow Gazette\'s report said she was "furious". "I am '
            'not," she said.')
    assert who(text) == [("furious", "Harlow Gazette"), ("I am not,", "Ana Toma")]
    text = 'The Harlow Gazette\'s report said the mayor was "furious". "I am not," she said.'
    assert who(text)[1] == ("I am not,", None)


def test_a_statement_issued_for_someone_else_is_not_the_issuers():
    text = 'Police issued a statement on behalf of the family. "He was loved," the statement said.'
    assert who(text)[0][1] != "Police"


def test_the_words_on_a_thing_found_are_not_the_finders():
    assert who('The coroner found a note in his pocket that read "sorry".') == [("sorry", None)]
    assert who('The inquiry found a handwritten letter in the archive that said "burn this".') == [("burn this", None)]
    # (a finding that is a sign of something is still the finding)
    text = 'The study found a sign that the drug was "highly effective".'
    assert who(text) == [("highly effective", "the study")]


def test_a_country_noun_after_two_people_in_its_paragraph_stays_as_written():
    # "Jo Penn beat Lena Vogt. "…," Vogt said. "…," the American said": not Vogt again
    text = ('Jo Penn beat Lena Vogt in the final. "She was better today," Vogt said. "I will be back," the '
            'American said.')
    assert who(text)[1] == ("I will be back,", "the American")
    text = 'Ana Toma beat Lena Vogt in the final. "I am happy," Toma said. "She was better," the German said.'
    assert who(text)[1] == ("She was better,", "the German")
    text = ('Lena Vogt, from Berlin, won. Her coach, Tim Ode, was delighted. "It was hard," the German '
            'said.')
    assert who(text) == [("It was hard,", "the German")]
    # (one person in the paragraph: the person just named)
    text = 'Lena Vogt won the race. "It was hard," Vogt said. "I am happy," the German added.'
    assert who(text)[1] == ("I am happy,", "Lena Vogt")
