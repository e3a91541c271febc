"""Round thirty-three: a televised-debate fact check, a royal visit, an air-accident report,
a fashion-week show, a race meeting, an archaeology find, a police briefing with reporters'
questions and a question period. Every sentence here is the project's own, every name
made up."""
from tests.quotes.reading import who, speaker_names


def test_capitalised_role_words_opening_the_sentence_name_the_next_she():
    # "Aviation safety consultant Yvette Lamarre said …": the role's first word opens the
    # sentence, so the name is its subject, and the "she" after it hers
    text = (
        '"A report is not enough," said Renata Solberg, whose son was on board.\n'
        "Aviation safety consultant Yvette Lamarre said the case echoed earlier crashes. "
        '"Icing doesn\'t forgive hesitation," she said.'
    )
    assert who(text)[-1] == ("Icing doesn't forgive hesitation,", "Yvette Lamarre")
    text = (
        '"It was a long night," said Colm Prentice, a fisherman.\n'
        "Harbour safety officer Nils Okonjo said the boats had been warned twice. "
        '"Nobody listened," he said.'
    )
    assert who(text)[-1] == ("Nobody listened,", "Nils Okonjo")


def test_capitalised_subject_before_a_role_object_is_no_role_word():
    # the capital opening the sentence is the subject, the name after the role its object:
    # the "he" is still the subject's
    for verb in ("defended", "also defended", "sold", "praises", "told"):
        text = (
            '"We were flat," said Gareth Pennock, the manager.\n'
            f"Pennock {verb} goalkeeper Ansel Nowicki after the match. "
            '"He has won us more points than he has cost us," he said.'
        )
        assert who(text)[-1] == ("He has won us more points than he has cost us,", "Gareth Pennock"), verb
