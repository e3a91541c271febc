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
