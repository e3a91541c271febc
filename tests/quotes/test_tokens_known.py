"""Tokens takes a stretch between spaces that is a word it has seen before as that one token,
without testing it: whatever words came before, the tokens and their offsets are the regex's."""
from hypothesis import given, settings, strategies as st

from reader.quotes.attribute import TOKEN_RE, Tokens

# letters, digits and marks that make words, numbers and the stretches the regex splits
# ("1.5a", "-foo", "U.S.", "'s", "a_b"), with white space other than a space
_TEXT = st.text(alphabet="aAbZ9 0 ,.:;!?'’-_\"()\u00a0—éİ½²\t", max_size=40)


def _words(P: Tokens) -> list[str]:
    return [P.text[s:e] for s, e in zip(P.start, P.end)]


@settings(max_examples=400, deadline=None)
@given(_TEXT, _TEXT)
def test_words_seen_before_are_read_as_the_regex_reads_them(before, text):
    Tokens(before, 0, len(before), [])  # (its words are then known)
    for _ in range(2):  # the text's own words unknown, then known
        P = Tokens(text, 0, len(text), [])
        assert _words(P) == TOKEN_RE.findall(text)
        assert [P.low[k] for k in P._stops] == [w for w in TOKEN_RE.findall(text) if w in ".!?"]


@settings(max_examples=200, deadline=None)
@given(_TEXT, _TEXT)
def test_offsets_inside_a_longer_text(head, text):
    whole = head + "\n" + text
    lo = len(head) + 1
    for _ in range(2):
        P = Tokens(whole, lo, len(whole), [])
        assert [(m.start(), m.end()) for m in TOKEN_RE.finditer(whole, lo)] == list(zip(P.start, P.end))
