"""The user's search text always becomes a valid FTS5 query."""
from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.store.query import fts_query

_conn = sqlite3.connect(":memory:")
_conn.execute("CREATE VIRTUAL TABLE t USING fts5 (a, b)")
_conn.execute("INSERT INTO t VALUES ('we will build the bridge', 'Jane Roe')")

_PIECES = st.sampled_from(['"', "(", ")", "AND", "OR", "NOT", "NEAR", "*", ":", "^", "-", "+", "a", "bridge", " ", "“", "b:", "{", "}"])


def _matches(query: str) -> int:
    match = fts_query(query)
    return 0 if match is None else _conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", (match,)).fetchone()[0]


@settings(max_examples=400)
@given(st.lists(_PIECES, max_size=12).map("".join) | st.text(max_size=40))
def test_any_text_is_a_valid_query(text):
    _matches(text)


def test_plain_words_all_have_to_match():
    assert _matches("build bridge") == 1
    assert _matches("build tunnel") == 0


def test_phrases_prefixes_and_operators():
    assert fts_query('"the bridge" brid*') == '"the bridge" "brid"*'
    assert fts_query("bridge OR tunnel") == '"bridge" OR "tunnel"'
    assert fts_query("OR bridge NOT") == '"bridge"'
    assert fts_query("(bridge)") == '"(bridge)"'
    assert fts_query("*** ()") is None
