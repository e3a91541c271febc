"""Rules the tenth held-out round of articles (bench/round10 at first: a Daily Star story
from Bangladesh, a Kathmandu Post story, a US public-radio feature told by its reporter, an
AFP report from Paris, an AP election-night story, a Guardian Australia climate story)
showed the engine lacked, each with a sentence where it must not fire. Sentences we wrote;
people, places and bodies made up."""
from .reading import speaker_names as speakers, who


def test_a_place_opening_the_sentence_before_a_comma_is_nobody():
    # "In Cutler Falls, the nearest …": no one for the feature's "she says" to be
    text = ('Pharmacy\nIn Marrow Bend, the nearest chemist is now 40 miles away.\n'
            'I meet Edna Callis in the car park. She is 81.\n"You plan your week around it," she says.')
    assert who(text, 2) == [("You plan your week around it,", "Edna Callis")]
    assert speakers(text, 2) == ["Edna Callis"]
    text = ('Pharmacy\nAcross Tolland County, the nearest chemist is now 40 miles away.\n'
            '"You plan your week around it," she says.')
    assert who(text, 2) == [("You plan your week around it,", None)]
    # not when a person follows the place: "In Marrow Bend Edna Callis …" (no comma) or the
    # subject after the comma
    text = 'Pharmacy\nIn Marrow Bend, Edna Callis runs the last shop. "We are hanging on," she says.'
    assert who(text) == [("We are hanging on,", "Edna Callis")]


def test_the_run_of_capitals_after_chairman_of_is_what_he_heads():
    # "Md Abdul Mannan, chairman of Char Mohonpur Union Parishad, told …": Parishad is no he
    text = ('Erosion\nThe river rose again.\nRafiq Uddin, chairman of Kalipur Union Parishad, told reporters he had '
            'written to the district. "I wrote three times," he said.')
    assert who(text, 2) == [("I wrote three times,", "Rafiq Uddin")]
    assert speakers(text, 2) == ["Rafiq Uddin"]
    # a person after "a friend of" stays a person
    text = ('Erosion\nThe river rose again.\nThe petition came from a friend of Rafiq Uddin, who said he had '
            'written to the district. "I wrote three times," he said.')
    assert who(text, 2)[0][1] == "Rafiq Uddin"


def test_would_begin_before_a_quote_is_starting_not_speaking():
    # "… that dumping along a 600-metre stretch would begin "as soon as …"": the board's words
    text = ('The Kalipur Water Board said on Sunday that work along a 600-metre stretch would begin '
            '"as soon as the money arrives".')
    assert who(text) == [("as soon as the money arrives", "Kalipur Water Board")]
    text = 'Work along the stretch will begin "within weeks".'
    assert who(text) == [("within weeks", None)]
    # "began" with a colon still opens a speech
    text = 'Rally\nThe crowd waited.\nMayor Ann Lee began: "Friends, we are here to win."'
    assert who(text, 2) == [("Friends, we are here to win.", "Ann Lee")]


def test_a_sentence_ending_in_a_verb_of_speech_gives_its_subject_no_quote():
    # "Australia faces a shortfall … unless the government takes "urgent" action, the federal
    # government's independent climate adviser has warned.": not Australia's words
    text = ('Climate\nA report is out.\nHarlow faces a shortfall unless the council takes "urgent and sustained" '
            "action on buses, the federal government's independent transport adviser has warned.\n"
            'The adviser spoke to Radio Harlow on Monday.')
    assert who(text, 2)[0] == ("urgent and sustained", None)
    assert "Harlow" not in speakers(text, 2)
    # with no verb of speech closing it, the sentence's subject still speaks
    text = ('Plan\nRent rows go on.\nMayor Dana Wirth wants "urgent and sustained" action on buses.\n'
            'Critics of Wirth disagreed.')
    assert who(text, 2) == [("urgent and sustained", "Dana Wirth")]


def test_an_acronym_in_brackets_goes_with_the_role_before_a_name():
    # "Contacted, Baliaghata Upazila Nirbahi Officer (UNO) Farhana Yasmin said …": the subject
    text = ('Erosion\nThe river rose.\nMd Abdul Mannan told reporters that he had informed them.\n'
            'Contacted, Kalipur Upazila Nirbahi Officer (UNO) Shirin Sultana said two drives were held. '
            '"We seized one dredger," she said.')
    assert who(text, 2) == [("We seized one dredger,", "Shirin Sultana")]
    # a name after "to the … (CEO)" is still an object a "she" passes over
    text = ('Memo\nA memo leaked.\nMary Jones told reporters that she had informed them.\n'
            'The memo went to the Chief Executive Officer (CEO) Ann Lee on Monday. "We knew," she said.')
    assert who(text, 2) == [("We knew,", "Mary Jones")]


def test_the_one_the_reporter_asks_answers():
    # "I ask Pruitt what she'd want …" then ""…," she says": the one asked
    text = ('Pharmacy\nThe shop shut.\n"Don\'t write that," Bev Lomas tells me.\n'
            'As they pull out, I ask Edna Callis what she would want people to know.\n'
            'She thinks about it. "That we are still out here," she says.')
    assert who(text, 2) == [("Don't write that,", "Bev Lomas"), ("That we are still out here,", "Edna Callis")]
    # not when someone else asks: the asker stays the subject a "she" points to
    text = ('Pharmacy\nThe shop shut.\n"Don\'t write that," Bev Lomas tells me.\n'
            'As they pull out, Bev Lomas asks Edna Callis what she would want people to know.\n'
            'She laughs. "Ask her yourself," she says.')
    assert who(text, 2)[1] == ("Ask her yourself,", "Bev Lomas")


def test_which_she_called_is_her_words_not_a_things_name():
    # "… the state's abortion ban, which she called "the cruelest law …"": she says it
    text = ('Race\nShe won.\nRenée Delacroix campaigned on repealing the ban, which she called '
            '"the cruelest law this state has passed."')
    assert who(text, 2) == [("the cruelest law this state has passed.", "Renée Delacroix")]
    # a group called "…" is still a name, nobody's words
    text = 'Race\nShe won.\nRenée Delacroix ran a group called "Moms for Westmark."'
    assert who(text, 2) == [("Moms for Westmark.", None)]


def test_a_topic_and_a_colon_before_a_headline_quote_is_no_speaker():
    # "Kirtoni erosion: 'We have nowhere left to go'": no "Kirtoni" to say it
    text = ('Kalipur erosion: \u2018We have nowhere left to go\u2019\nFamilies lose homes.\n'
            '"We have nowhere left to go," said Jorina Begum.')
    # (the body's speaker of the same words says it: round twenty-two, as bench/hard's gold has it)
    assert who(text, 2)[0] == ("We have nowhere left to go", "Jorina Begum")
    assert "Kalipur" not in speakers(text, 2)
    # a verb between the subject and the colon still makes the subject speak
    text = 'Row\nA row.\nRafiq Uddin smiles: "Not on my watch."'
    assert who(text, 2) == [("Not on my watch.", "Rafiq Uddin")]


def test_a_translation_in_brackets_does_not_cut_a_quote_from_its_tail():
    # "« Nous ne lâcherons rien » ("We will not give an inch"), X, secretary-general of …, told AFP."
    text = ('Strike\nParis is hit.\n\u00ab Nous ne l\u00e2cherons rien \u00bb (\u201cWe will not give an inch\u201d), '
            'Bertrand Lemaire, head of the union, told AFP.')
    assert who(text, 2) == [("Nous ne lâcherons rien", "Bertrand Lemaire"), ("We will not give an inch", "Bertrand Lemaire")]
    # a slogan with its translation inside the writer's sentence stays nobody's
    text = ('Strike\nParis is hit.\nThe union\'s slogan, \u201cNous ne l\u00e2cherons rien\u201d '
            '(\u201cWe will not give an inch\u201d), was everywhere.')
    assert who(text, 2) == [("Nous ne lâcherons rien", None), ("We will not give an inch", None)]
