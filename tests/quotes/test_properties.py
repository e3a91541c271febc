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
