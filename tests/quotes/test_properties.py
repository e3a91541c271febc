"""Property tests: whatever the input, spans stay in bounds, never overlap, and the
quote text is exactly the source text at its segments."""
from hypothesis import given, settings, strategies as st

from reader.quotes import extract_text

ALPHABET = st.sampled_from(list("ab Sd.,:;-\n\r'\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2013") + ["said", "Smith", "she", " told ", "according to", "don't"])


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join))
def test_spans_valid_on_quote_heavy_text(text):
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_spans_valid_on_random_unicode(text):
    _check(text)


def _check(text):
    ex = extract_text(text)
    prev_end = -1
    for q in ex.quotes:
        assert q.segments
        for s, e in q.segments:
            assert 0 <= s < e <= len(text)
            assert s >= prev_end  # in order, never overlapping
            prev_end = e
        assert q.text(text) == " ".join(text[s:e] for s, e in q.segments)
        for span in (q.mention, q.cue):
            if span is not None:
                assert 0 <= span.start < span.end <= len(text)
        if q.speaker is not None:
            assert 0 <= q.speaker < len(ex.speakers)
    for i, sp in enumerate(ex.speakers):
        assert sp.quotes and all(ex.quotes[j].speaker == i for j in sp.quotes)


# Name runs in a text of Latin-1 are found through a shape of the text (each capital an
# "A") and checked with the full regex; in any other text by the regex alone. The two
# must find the same runs: one curly mark past the spans sends the same text down the
# other path.
NAME_PIECES = st.sampled_from(
    ["Ana ", "B. ", "Cé ", "Ørsted ", "Þór ", "de ", "van ", "al ", "el-", "al-", "bin ", "Mc", "Dr. ",
     "Mr ", "St. ", "J.", "The ", "He ", "A ", ". ", " ", ", ", "'", '"', "-", "x ", "said ", "Ñ", "ª", "\n", "2 "]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(NAME_PIECES, max_size=30).map("".join), st.data())
def test_name_runs_same_by_shape_and_by_regex(text, data):
    from reader.quotes.speakers import _name_runs

    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=4)))
    spans = [(0, len(text))] if len(cuts) < 2 else [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    assert _name_runs(text, spans) == _name_runs(text + "\u201d", spans)
