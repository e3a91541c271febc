"""Offsets shared by the loaders: lines of a source text and trimmed ranges in it."""
from __future__ import annotations

import re

# Line breaks as open(..., encoding="utf-8") leaves them: \r\n, a lone \r, or \n.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# Characters trimmed from the ends of a paragraph besides str.isspace() ones:
# byte-order mark and zero-width spaces, which pasted text often carries.
_INVISIBLE = "\ufeff\u200b\u2060"


def lines(source: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its line break; a trailing break adds no line."""
    out: list[tuple[int, int]] = []
    for m in _LINE.finditer(source):
        start, end = m.span()
        if start == end:
            break  # the empty match at the very end
        text = m.group()
        out.append((start, end - (len(text) - len(text.rstrip("\r\n")))))
    return out


def is_blank(ch: str) -> bool:
    return ch.isspace() or ch in _INVISIBLE


def trim(source: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) past surrounding white space; start == end if nothing is left."""
    while start < end and is_blank(source[start]):
        start += 1
    while end > start and is_blank(source[end - 1]):
        end -= 1
    return start, end
