"""Fixtures for the store's tests: a fresh library, article files, and a stand-in engine.

The real quote engine is being written alongside the store, so tests about how the
store keeps, searches and counts quotes use `plain_engine`: a tiny extractor that only
knows `"…," Name said.` and returns real model objects. That keeps these tests about the
store, whatever the engine does today."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader import quotes as engine
from reader.model import Extraction, Quote, Speaker
from reader.store import Library

_SAID = re.compile(r'"([^"]+?),?" ([A-Z][a-z]+(?: [A-Z][a-z]+)*) said')


def plain_extract(article) -> Extraction:
    names: list[str] = []
    found: list[tuple[int, int, int]] = []
    for m in _SAID.finditer(article.text):
        name = m.group(2)
        if name not in names:
            names.append(name)
        found.append((m.start(1), m.end(1), names.index(name)))
    quotes = tuple(Quote(((s, e),), "direct", speaker=i) for s, e, i in found)
    speakers = tuple(
        Speaker(n, quotes=tuple(q for q, (_, _, i) in enumerate(found) if i == k)) for k, n in enumerate(names)
    )
    return Extraction(quotes, speakers, engine.ENGINE_VERSION)


class CountingEngine:
    """plain_extract, counting its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, article) -> Extraction:
        self.calls += 1
        return plain_extract(article)


@pytest.fixture
def plain_engine(monkeypatch) -> CountingEngine:
    counting = CountingEngine()
    monkeypatch.setattr(engine, "extract", counting)
    return counting


@pytest.fixture
def lib(tmp_path):
    with Library.open(tmp_path / "library.db") as library:
        yield library


def _write_article(folder: Path, name: str, title: str, *paragraphs: str) -> Path:
    """An article file in the plain-text format: headline line, then one paragraph a line."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join((title, *paragraphs)) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def write_article():
    return _write_article
