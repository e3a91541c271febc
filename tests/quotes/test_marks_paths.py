"""pair_marks reads the usual paragraph (nothing carried in, no single mark, every quote
closed) through a short path of its own: whatever the text, that path must pair the
marks exactly as the general one does."""
from unittest import mock

from hypothesis import given, settings, strategies as st

from reader.quotes import marks

PIECES = st.sampled_from(
    list("ab S .,:;-\n\n'\"`\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a")
    + ["said", "Smith", "don't", "''", "``", " \u201cWe won.\u201d ", ' "fine," ', " \u00abnon\u00bb "]
)


def _paragraphs(text):
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _both_ways(text, typewriter):
    paras = _paragraphs(text)
    short = marks.pair_marks(text, paras, typewriter)
    with mock.patch.object(marks, "_pair_plain", return_value=None):
        general = marks.pair_marks(text, paras, typewriter)
    return short, general


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join), st.booleans())
def test_the_short_path_pairs_as_the_general_one(text, typewriter):
    short, general = _both_ways(text, typewriter)
    assert short == general


def test_the_short_path_is_taken_for_a_plain_paragraph():
    text = 'The mayor said: \u201cWe won.\u201d Then "fine," she added.\nNo marks here.'
    with mock.patch.object(marks, "_pair_plain", wraps=marks._pair_plain) as plain:
        quotes = marks.pair_marks(text, _paragraphs(text))
    assert plain.call_count == 1
    assert [text[s:e] for q in quotes for s, e in q.segments] == ["We won.", "fine,"]
