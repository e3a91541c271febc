"""Turn what a user types into an FTS5 query that can never be a syntax error.

Every word becomes a quoted FTS5 string, so AND, OR, NOT, NEAR, parentheses, colons and
stray quote marks are just text. Two conveniences survive: "a phrase in quotes" stays a
phrase, and a trailing * on a word asks for words that start with it (bridg*)."""
from __future__ import annotations

import re

_CURLY = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_PIECE = re.compile(r'"([^"]*)"?|(\S+)')


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def fts_query(user_text: str) -> str | None:
    """The FTS5 MATCH expression for `user_text`, or None when it holds no word at all."""
    terms: list[str] = []
    for m in _PIECE.finditer(user_text.translate(_CURLY)):
        phrase, word = m.group(1), m.group(2)
        if phrase is not None:
            if _has_word(phrase):
                terms.append(_quoted(phrase))
            continue
        prefix = word.endswith("*")
        word = word.rstrip("*")
        if _has_word(word):
            terms.append(_quoted(word) + ("*" if prefix else ""))
    return " ".join(terms) or None
