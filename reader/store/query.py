"""Turn what a user types into an FTS5 query that can never be a syntax error.

Every word becomes a quoted FTS5 string, so parentheses, colons, NEAR, carets and stray
quote marks are just text. What survives: "a phrase in quotes" stays a phrase, a
trailing * asks for words that start with it (bridg*), and the upper-case words OR and
NOT work between two terms (AND is what words next to each other mean anyway)."""
from __future__ import annotations

import re

_CURLY = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_PIECE = re.compile(r'"([^"]*)"?|(\S+)')
_OPERATORS = {"AND": "", "OR": "OR", "NOT": "NOT"}


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _pieces(user_text: str):
    """("term", fts text) or ("op", operator) for each piece of the user's text."""
    # SQLite ends a string at NUL, so a NUL would leave the quoted term open
    for m in _PIECE.finditer(user_text.translate(_CURLY).replace("\x00", " ")):
        phrase, word = m.group(1), m.group(2)
        if phrase is not None:
            if _has_word(phrase):
                yield "term", _quoted(phrase)
        elif word in _OPERATORS:
            yield "op", _OPERATORS[word]
        else:
            bare = word.rstrip("*")
            if _has_word(bare):
                yield "term", _quoted(bare) + ("*" if bare != word else "")


def fts_query(user_text: str) -> str | None:
    """The FTS5 MATCH expression for `user_text`, or None when it holds no word at all.

    An operator is kept only with a term on each side, which is all FTS5 asks."""
    out: list[str] = []
    pending = ""
    for kind, text in _pieces(user_text):
        if kind == "op":
            pending = text if out else ""
            continue
        if pending:
            out.append(pending)
            pending = ""
        out.append(text)
    return " ".join(out) or None
