"""Rules the eighteenth held-out round of articles (bench/round18 at first: a Canadian story
on a mayor's post on X, a Reuters story quoting villagers in Spanish, a Guardian story on a
care home review full of [brackets] and ellipses, a New Zealand story whose speakers come in
pairs, a business story rewritten from a press release, a story built on a lawsuit and a
letter from MPs, an Australian strike story, a celebrity podcast story) showed the engine
lacked, each with a sentence where it must not fire. Sentences we wrote; people, places and
bodies made up."""
from .reading import speaker_names as speakers, who


def test_a_name_with_a_description_and_a_relative_clause_after_it_speaks():
    # "Catherine Ashdown-Reeve, the MP for Tallon Vale, who organised the letter, said …"
    text = 'Ines Corrow, the MP for Harle Vale, who organised the letter, said the reply was "feeble".'
    assert who(text) == [("feeble", "Ines Corrow")]
    text = 'Ines Corrow, a lawyer from Dunmere, who drafted the claim, said it was "overdue".'
    assert who(text) == [("overdue", "Ines Corrow")]
    # not when the words before the description are no name opening the clause
    text = 'In Harle, the MP for Harle Vale, who organised the letter, said the reply was "feeble".'
    assert who(text)[0][1] != "Harle"


def test_the_name_after_a_place_or_a_work_and_a_comma_is_no_one_to_be_he():
    # "told reporters in the regional capital, Puerto Lerma, that …"; "on his own podcast,
    # Back Porch Sessions, in September"
    text = ('The manager, Tomas Ferrer Lima, told reporters in the regional capital, Santa Olvera, that '
            'the blockade was costly. "We respect the right to protest," he said.')
    assert who(text) == [("We respect the right to protest,", "Tomas Ferrer Lima")]
    text = ('Cody Marsh offered his own account on his podcast, Front Porch Hours, in May. '
            '"There was never a fight," he said.')
    assert who(text) == [("There was never a fight,", "Cody Marsh")]
    # not a person named after "the host of the podcast,": she is the host
    text = ('Cody Marsh spoke to the host of the podcast, Jules Omari, in May. '
            '"There was never a fight," she said.')
    assert who(text) == [("There was never a fight,", "Jules Omari")]


def test_a_translation_in_brackets_after_a_quote_has_its_speaker():
    # ""Queremos un futuro con agua" ("We want a future with water")."
    text = ('Lidia Paz spoke to reporters at the gate. "We are not against the mine," she said. '
            '"Queremos agua limpia" ("We want clean water").')
    assert who(text)[-1] == ("We want clean water", "Lidia Paz")
    # not after a quote nobody is said to have spoken
    text = 'Banners on the road read "Fuera" ("Out").'
    assert who(text) == [("Fuera", None), ("Out", None)]
