"""Shared checks for the loader tests."""
from __future__ import annotations

from pathlib import Path

from reader.model import Article

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


def texts(article: Article, kind: str | None = None) -> list[str]:
    """The words of each paragraph (of one kind, if given), as the offsets point to them."""
    return [p.text(article.text) for p in article.paragraphs if kind is None or p.kind == kind]


def kinds(article: Article) -> list[str]:
    return [p.kind for p in article.paragraphs]


def assert_spans_sound(article: Article) -> None:
    """Every paragraph is a non-empty, trimmed range of the text, in order, not overlapping."""
    previous_end = 0
    for p in article.paragraphs:
        assert previous_end <= p.start < p.end <= len(article.text), p
        words = article.text[p.start : p.end]
        assert words == words.strip(), p
        previous_end = p.end


def line_of(article: Article, offset: int) -> int:
    """0-based line number of an offset, counting \\r\\n, \\r and \\n as one break each."""
    before = article.text[:offset].replace("\r\n", "\n").replace("\r", "\n")
    return before.count("\n")
