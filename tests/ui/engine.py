"""A tiny, predictable quote engine for the UI tests.

The real engine is improving as we write; the UI tests check what the UI does with
quotes (highlighting, jumping, copying), so they run on this stand-in whose output is
fixed: every “…” or "…" span in a body paragraph is a quote, credited to a capitalised
name next to "said" in the same paragraph ("…," said Jane Smith / Jane Smith said: "…").
Fewer than four words make a partial quote."""
from __future__ import annotations

import re

from reader.model import Article, Extraction, Quote, Speaker

VERSION = "ui-test-engine"
_QUOTE = re.compile(r"[“\"]([^”\"]+)[”\"]")
_NAME = r"((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)*)"
_SAID = re.compile(rf"said {_NAME}|{_NAME} said|according to {_NAME}")


def extract(article: Article) -> Extraction:
    quotes: list[tuple[int, int, str, str | None]] = []
    for para in article.paragraphs:
        if para.kind != "body":
            continue
        text = article.text[para.start : para.end]
        m = _SAID.search(text)
        name = next((g for g in m.groups() if g), None) if m else None
        for q in _QUOTE.finditer(text):
            kind = "partial" if len(q.group(1).split()) < 4 else "direct"
            quotes.append((para.start + q.start(1), para.start + q.end(1), kind, name))
    names: list[str] = []
    for *_, name in quotes:
        if name and name not in names:
            names.append(name)
    built = tuple(
        Quote(((s, e),), kind, names.index(name) if name else None) for s, e, kind, name in quotes
    )
    speakers = tuple(
        Speaker(n, quotes=tuple(i for i, q in enumerate(built) if q.speaker == k)) for k, n in enumerate(names)
    )
    return Extraction(built, speakers, VERSION)
