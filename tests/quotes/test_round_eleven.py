"""Rules the eleventh held-out round of articles (bench/round11 at first: a Jakarta Post
story, a VnExpress International report, a Buenos Aires Times story, a Notes from Poland
report, a Kathimerini English Edition story, a Herald (Zimbabwe) business story, a Fiji
Times school story, an ESPN-style NBA game story) showed the engine lacked, each with a
sentence where it must not fire. Sentences we wrote; people, places and bodies made up."""
from .reading import speaker_names as speakers, who


def test_indonesian_and_fijian_honorifics_are_titles():
    # "Pak Darto", "Ibu Sri", "Haji Bambang", "Ratu Josefa", "Adi Mereoni": not part of the name
    text = ('Road\nThe works go on.\nPak Wiryo, a retired farmer, watched the diggers.\n'
            '"My father planted these trees," Pak Wiryo said.')
    assert speakers(text, 2) == ["Wiryo"]
    assert who(text, 2) == [("My father planted these trees,", "Wiryo")]
    text = 'School\nIt reopened.\n"We are home again," said Adi Salote Naivalu, the head teacher.'
    assert speakers(text, 2) == ["Salote Naivalu"]
    # such a word inside a hyphenated name is no title
    text = 'Dam\nIt held.\n"It held," said Tomas Haji-Pekka.'
    assert speakers(text, 2) == ["Tomas Haji-Pekka"]


def test_a_first_name_after_a_titled_or_roled_full_name_is_that_person():
    # "Ujang said" after "village head Ujang Permana", "Ratu Epeli" after "Ratu Epeli Cava"
    text = ('Eviction\nThe village waits.\nVillage head Wahyu Santoso rejected the claim.\n'
            '"Nobody was forced," Wahyu said.')
    assert who(text, 2) == [("Nobody was forced,", "Wahyu Santoso")]
    assert speakers(text, 2) == ["Wahyu Santoso"]
    text = ('Chiefs\nThe meeting ended.\nThe turaga ni koro, Ratu Epeli Cavanaki, spoke first.\n'
            '"We will not forget," Ratu Epeli said.')
    assert speakers(text, 2) == ["Epeli Cavanaki"]
    # not where the run is no person introduced by a role: "Carter Street" stays no name of Carter
    text = 'Roads\nThe works go on.\nTraffic on Carter Street was halted.\n"It was chaos," Carter said.'
    assert speakers(text, 2) == ["Carter"]


def test_a_capitalised_speech_verb_before_a_verb_is_a_name():
    # "…," Sang said.: Sang (a given name) is no "sang"
    text = ('Flood\nThe river rose.\nCommune chairman Le Van Sang said 20 homes were lost.\n'
            '"The water came at night," Sang said.')
    assert who(text, 2) == [("The water came at night,", "Le Van Sang")]
    text = 'Vote\nIt passed.\n"We will rebuild," Read told the council.'
    assert who(text, 2) == [("We will rebuild,", "Read")]
    # a verb with its subject after it still opens an inverted credit: "…," sang the choir
    text = 'Choir\nThe hall was full.\n"Home at last," sang the choir.'
    assert who(text, 2) == [("Home at last,", "the choir")]


def test_an_age_before_a_relative_clause_is_an_aside_too():
    # "Dinh Thi Lien, 41, whose house stands …, said she woke to a sound "…""
    text = ('Slide\nRain fell.\nTran Thi Mai, 37, whose shop stands at the edge of the slope, said she heard '
            '"a noise like thunder."')
    assert who(text, 2) == [("a noise like thunder.", "Tran Thi Mai")]
    # a number that is no age of the name before it: the count in "took 41, which …"
    text = 'Slide\nRain fell.\nThe slide took 41, which the ministry called "a tragedy."'
    assert who(text, 2)[0][0] == "a tragedy."
    assert "41" not in speakers(text, 2)


def test_scientists_written_before_a_name_are_roles():
    text = 'Storm\nIt came fast.\n"Expect more rain," said Hydrologist Ana Kovač.'
    assert speakers(text, 2) == ["Ana Kovač"]
    text = ('Storm\nIt came fast.\nForecaster Dale Imrie of the weather office said the front would stall.\n'
            '"Expect more rain," Imrie said.')
    assert speakers(text, 2) == ["Dale Imrie"]
    # a word of the kind that is the person's name stays: no role there
    text = 'Storm\nIt came fast.\n"Expect more rain," said Ana Kovač.'
    assert speakers(text, 2) == ["Ana Kovač"]


def test_a_headline_title_speaks_for_the_person_it_opens_not_a_place():
    # "Regent says road 'will not wait'" over "Karangwetan Regent Haji Bambang … said"
    text = ("Regent says dam 'will be finished'\nVillagers wait.\n"
            'Sumberjati Regent Haji Wahyu Hadi Prasetyo said the dam "will be finished" by June.')
    assert who(text, 2) == [("will be finished", "Wahyu Hadi Prasetyo"), ("will be finished", "Wahyu Hadi Prasetyo")]
    assert speakers(text, 2) == ["Wahyu Hadi Prasetyo"]
    # no person after the title ("Regent Street"): the headline's word stays what it was
    text = ("Regent says dam 'will be finished'\nVillagers wait.\n"
            'Traffic on Sumberjati Regent Street was slow as the regent said the dam "will be finished".')
    assert "Wahyu Hadi Prasetyo" not in speakers(text, 2)


def test_a_plural_possessive_inside_a_bodys_name_keeps_the_person_after_it_a_subject():
    # "Zimbabwe Tobacco Growers' Union (ZTGU) president Mr Amos Dzvairo said …" then "he said"
    text = ('Leaf\nSales rose.\nChief Mutasa said the chiefs would help.\n"Sell properly," he said.\n'
            "Maize Farmers' Union president Tobias Ncube said the union would meet the board.\n"
            '"Grading must be open," he said.')
    assert who(text, 2)[-1] == ("Grading must be open,", "Tobias Ncube")
    # a name after a verb stays an object: "backs Farmers' Union president …" is no subject
    text = ('Leaf\nSales rose.\nChief Mutasa praised Maize Farmers\' Union president Tobias Ncube on Monday.\n'
            '"Sell properly," he said.')
    assert who(text, 2) == [("Sell properly,", "Mutasa")]


def test_a_surname_ending_a_full_name_is_that_full_name_for_a_pronoun():
    # "His daughter, Silvina Gaitán, …, said …. "…," she said": not her father Rubén Gaitán
    text = ('March\nThey marched.\nAmong them was Oscar Benítez, 81.\n"I worked 43 years," Benítez said.\n'
            'His daughter, Carla Benítez, who came with him, said she was tired.\n"My father is no danger," she said.')
    assert who(text, 2)[-1] == ("My father is no danger,", "Carla Benítez")
    assert speakers(text, 2) == ["Oscar Benítez", "Carla Benítez"]
    # a surname standing on its own, after a comma, is still the first of the name
    text = ('March\nThey marched.\nAmong them was Oscar Benítez, 81.\n"I worked 43 years," Benítez said.\n'
            'His daughter, Carla Benítez, held his arm as Benítez walked on.\n"I will come back," he said.')
    assert who(text, 2)[-1] == ("I will come back,", "Oscar Benítez")


def test_a_bare_quantifier_is_part_of_a_crowd_not_a_speaker():
    # "Outside, some chanted: "Next Wednesday, here again."": no one to list
    text = 'March\nThey marched.\nAs the crowd thinned, some chanted: "We will be back."'
    assert who(text, 2) == [("We will be back.", None)]
    assert speakers(text, 2) == []
    text = 'March\nThey marched.\nOthers shouted: "Shame on the Senate!"'
    assert speakers(text, 2) == []
    # a quantifier with its noun names the group, which is kept
    text = 'March\nThey marched.\nSome of the pensioners chanted: "We will be back."'
    assert speakers(text, 2) == ["some of the pensioners"]
