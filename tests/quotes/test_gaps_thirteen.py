"""Gaps left by earlier sessions (session thirteen): sentences we wrote; people, places and
bodies made up."""
from .reading import speaker_names, who


def test_one_list_of_documents_serves_every_rule():
    # a document in the aside rule's list is one in the named owner's and the resolver's
    # too: "The poll, released on Monday, says" as "The lawsuit, filed …, says"
    text = 'The poll, released on Monday, says voters are "tired". "Most want change," it says.'
    assert who(text) == [("tired", "the poll"), ("Most want change,", "the poll")]
    text = 'Justice Mara Quell\'s opinion said the statute was "plainly written".'
    assert who(text) == [("plainly written", "Mara Quell")]
    # (one near a document is still a person)
    text = 'A source close to the inquiry said the council was "careless".'
    assert who(text) == [("careless", "a source close to the inquiry")]


def test_a_standfirsts_document_is_the_bodys_document():
    text = ("Residents sue mill owner\n"
            "A group claim filed at the High Court alleges the firm 'knowingly' dumped waste\n"
            'The claim, filed on Monday, names the owner. "The firm has treated the river as a drain," '
            'the claim states. "Our clients swim here," said their lawyer, Olu Harrow.')
    assert speaker_names(text, heads=2) == ["the claim", "Olu Harrow"]
    # (a person's role in a standfirst is not a body's document)
    text = ("Residents sue mill owner\n"
            "A resident says the firm 'knowingly' dumped waste\n"
            '"The firm has treated the river as a drain," the claim states. "Our clients swim here," '
            "said their lawyer, Olu Harrow.")
    assert speaker_names(text, heads=2) == ["a resident", "the claim", "Olu Harrow"]


def test_a_title_of_a_body_before_a_name_is_a_title():
    # "Speaker of the House Dana Wirth said": the title and its body, then her name
    text = '"We will hold the vote on Tuesday," Speaker of the House Dana Wirth said.'
    assert who(text) == [("We will hold the vote on Tuesday,", "Dana Wirth")]
    text = '"Rates stay put," said Governor of the Central Bank Ann Hosk.'
    assert who(text) == [("Rates stay put,", "Ann Hosk")]
    # (a person before "of the" is still the person, not the body)
    text = '"Talks will go on," said President Xi Wenming of the Pacific Council.'
    assert who(text) == [("Talks will go on,", "Xi Wenming")]
    # (and the office alone is the office, as "the Speaker" is a role)
    text = '"The chamber is adjourned," the Speaker of the House said.'
    assert who(text) == [("The chamber is adjourned,", "the Speaker of the House")]
    text = '"The chamber is adjourned," the Speaker said.'
    assert who(text) == [("The chamber is adjourned,", "the Speaker")]


def test_any_place_s_letters_go_on_the_body_after_them():
    # "said the N.Y. Knicks": the state's letters open the team's name, as "the U.S. Senate"
    text = '"We played a terrible fourth quarter," said the N.Y. Knicks.'
    assert who(text) == [("We played a terrible fourth quarter,", "N. Y. Knicks")]
    text = '"We were flat," the L.A. Galaxy said.'
    assert who(text) == [("We were flat,", "L. A. Galaxy")]
    text = 'The N.J. Devils said the trade was "done".'
    assert who(text) == [("done", "N. J. Devils")]
    # (they still end a sentence before a word that opens one, or a person and a verb)
    text = '"We lost," said Pat Obi, a scout from N.Y. He also said the coach "has to go".'
    assert who(text) == [("We lost,", "Pat Obi"), ("has to go", "Pat Obi")]
    text = 'The vote was held in N.Y. Dana Wirth said, "It was a fair count."'
    assert who(text) == [("It was a fair count.", "Dana Wirth")]


def test_a_hyphen_of_another_code_is_a_hyphen():
    # a non-breaking hyphen (U+2011) or the hyphen (U+2010), as typeset copy has them
    for hyphen in ("\u2011", "\u2010"):
        text = f'"Prices will climb all summer," one Singapore{hyphen}based trader said.'
        assert who(text) == [("Prices will climb all summer,", "one Singapore-based trader")]
        text = f'"We start on Monday," said Ana Ruiz{hyphen}Vidal.'
        assert who(text) == [("We start on Monday,", "Ana Ruiz-Vidal")]
    # (the quote keeps its own characters)
    text = '"A well\u2011run port," one Singapore\u2011based trader said.'
    assert who(text) == [("A well\u2011run port,", "one Singapore-based trader")]


def test_a_ranked_office_is_another_office():
    # "the Under Secretary of State" is an office of its own, not "State", and not the
    # Secretary of State named after it
    text = '"The talks went well," the Under Secretary of State said on Monday.'
    assert who(text) == [("The talks went well,", "the Under Secretary of State")]
    text = ('"The talks went well," the Under Secretary of State said. '
            '"We have no deal yet," the Secretary of State said.')
    assert speaker_names(text) == ["the Under Secretary of State", "the Secretary of State"]
    text = '"Fine," the deputy minister said. "No," the minister said.'
    assert speaker_names(text) == ["the deputy minister", "the minister"]
    # (the same office said shorter is still the same: "the department" again)
    text = ('"The talks went well," the Deputy Secretary of State said. '
            '"We are not there yet," the deputy secretary added.')
    assert speaker_names(text) == ["the Deputy Secretary of State"]
    text = '"The roads are shut," the transportation department said. "We are on it," the department said.'
    assert speaker_names(text) == ["the transportation department"]


def test_mr_and_a_plain_surname_is_not_a_double_barrelled_one():
    # "Mr Smith" beside "Anna Smith-Jones": someone else, whose surname is Smith
    text = ('Anna Smith-Jones opened the hearing. "We begin now," she said. Mr Smith objected. '
            '"This is unfair," Smith said.')
    assert speaker_names(text) == ["Anna Smith-Jones", "Smith"]
    text = ('Ms Smith objected. Anna Smith-Jones opened the hearing. "This is unfair," Smith said.')
    assert speaker_names(text) == ["Smith"]
    # (a role's title before the first part still stands for the whole, and with no one
    # else so called, the first part alone does too)
    text = 'Cabinet Secretary Jane Wambugi-Kariuki opened the fair. "We begin now," CS Wambugi said.'
    assert who(text) == [("We begin now,", "Jane Wambugi-Kariuki")]
    text = 'Anna Smith-Jones opened the hearing. "We begin now," Smith said.'
    assert who(text) == [("We begin now,", "Anna Smith-Jones")]


def test_an_unnamed_subject_set_off_by_commas_in_a_sentence_credited_to_another():
    text = ('A teacher, who asked not to be named, filed the complaint, Principal Rosa Diaz said. '
            '"We take it seriously," she added.')
    assert who(text) == [("We take it seriously,", "Rosa Diaz")]
    # (the unnamed person who speaks in their own sentence is still the next she)
    text = ('Principal Rosa Diaz spoke first. A teacher, who asked not to be named, said she had filed '
            'the complaint. "It was ignored," she added.')
    assert who(text) == [("It was ignored,", "a teacher")]


def test_a_fragment_inside_someones_claim_is_theirs():
    # (the quote the documents' fold moved: "Castellane's opinion rejected the government's
    # argument that …" gave the government's words to the judge)
    text = ('Judge Mara Quell heard the case. Quell\'s opinion rejected the government\'s argument that the law '
            'gave the agency "unlimited power." "Nothing supports that," she wrote.')
    assert who(text) == [("unlimited power.", "the government"), ("Nothing supports that,", "Mara Quell")]
    text = 'Mara Quell heard the case. Quell rejected Tom Hale\'s claim that the firm was "reckless" in its dealings.'
    assert who(text) == [("reckless", "Tom Hale")]
    # (not her own claim, nor words that say what the claim is, nor a quote past the clause)
    text = 'Mara Quell heard the case. Quell repeated her claim that the firm was "reckless" in its dealings.'
    assert who(text) == [("reckless", "Mara Quell")]
    text = ('Lena Varga said Monday that Tom Hale\'s claim that the mayor is against the plan is '
            '"simply false."')
    assert who(text) == [("simply false.", "Lena Varga")]
    text = ('Asked about Tom Hale\'s claim that it was arson, Mara Quell said, "We do not know yet."')
    assert who(text) == [("We do not know yet.", "Mara Quell")]
