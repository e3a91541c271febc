"""Tokens: a paragraph cut into words and marks, each quotation one token. Tokens reads a
stretch of letters and digits between spaces, and such a stretch with one mark after it,
without the regex; these sentences hold both kinds and the ones the regex still reads."""
from reader.quotes.attribute import Q, TOKEN_RE, Tokens


def _words(P: Tokens) -> list[str]:
    return [P.text[s:e] for s, e in zip(P.start, P.end)]


def test_words_marks_and_offsets():
    text = "  The mayor said, on Tuesday:  it was 3,000 (U.S.) jobs.\u00a0Trump's co-host \u2014 no."
    P = Tokens(text, 0, len(text), [])
    assert _words(P) == [
        "The", "mayor", "said", ",", "on", "Tuesday", ":", "it", "was", "3,000", "(", "U.S", ".", ")",
        "jobs", ".", "Trump's", "co-host", "\u2014", "no", ".",
    ]  # fmt: skip
    assert _words(P) == TOKEN_RE.findall(text)
    assert P.start[0] == 2 and P.end[-1] == len(text)
    assert P.low[:3] == ["the", "mayor", "said"]
    assert P.kind[:4] == ["w", "w", "w", "p"]
    assert P.cap[:3] == [True, False, False] and P.cap[5] and not P.cap[3]


def test_quotations_are_one_token_each():
    text = 'He said, "We won," and left. "Again?"'
    a1, b1 = text.index('"'), text.index('"', text.index('"') + 1) + 1
    a2 = text.index('"', b1)
    regions = [(a1, b1, 0), (a2, len(text), 1)]
    P = Tokens(text, 0, len(text), regions, {0: ",", 1: "?"})
    assert _words(P) == ["He", "said", ",", '"We won,"', "and", "left", ".", '"Again?"']
    assert P.kind == ["w", "w", "p", Q, "w", "w", "p", Q]
    assert P.qidx == {3: 0, 7: 1} and P.qend == {3: ",", 7: "?"}
    assert P.low[3] == "" and not P.cap[3]


def test_a_paragraph_inside_a_text():
    text = "Headline\n\nSmith said it.  Then left\u2019s\tend:"
    lo = text.index("Smith")
    P = Tokens(text, lo, len(text), [])
    assert _words(P) == ["Smith", "said", "it", ".", "Then", "left\u2019s", "end", ":"]
    assert P.start[0] == lo
    assert P.sentence_bounds(1) == (0, 4)


def test_sentences_end_at_marks_read_either_way():
    # "fell!" and "Why?" are read without the regex, "lot.)" and "Really?!" with it
    text = "It rose (a lot.) Then fell! Why? Fine."
    P = Tokens(text, 0, len(text), [])
    assert [P.sentence_bounds(t) for t in (0, 5, 10, 12)] == [(0, 10), (0, 10), (10, 12), (12, 14)]
    text = "Really?! Go now"
    P = Tokens(text, 0, len(text), [])
    assert _words(P) == ["Really", "?", "!", "Go", "now"]
    assert [P.sentence_bounds(t) for t in (0, 2, 4)] == [(0, 2), (2, 3), (3, 5)]
