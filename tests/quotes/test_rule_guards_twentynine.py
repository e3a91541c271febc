"""Guards for round twenty-nine's rules: ordinary sentences near their triggers, each with
the right answer. Every sentence is the project's own, every name made up."""
from tests.quotes.reading import who


def test_a_name_in_apposition_after_along_speaks():
    # 'along' heads a place phrase after the subject, as 'across' and 'near' do; a name in
    # apposition after the place is still the speaker, not the role before the preposition
    text = 'A spokesman for traders along the highway, Paul Zulu, said the levy was "illegal".'
    assert who(text) == [("illegal", "Paul Zulu")]
    text = 'The leader of fishermen along the coast, Mary Tembo, said catches were "falling".'
    assert who(text) == [("falling", "Mary Tembo")]
    text = 'A spokeswoman for vendors near the bus station, Ruth Banda, said the fees were "too high".'
    assert who(text) == [("too high", "Ruth Banda")]
    # and with no name the described group speaks, not the road
    text = 'Traders along the river bank in Mzinga say the floods were "the worst ever".'
    assert who(text) == [("the worst ever", "traders")]
