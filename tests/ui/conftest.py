"""UI fixtures: a library in tmp_path (the env vars come from tests/conftest.py), the
stand-in engine, and helpers that write articles and wait for the app to settle."""
from __future__ import annotations

from pathlib import Path

import pytest

import reader.quotes
from reader.store import Library

from . import engine

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_articles" / "labour-crisis-talks.txt"


@pytest.fixture(autouse=True)
def stand_in_engine(monkeypatch):
    monkeypatch.setattr(reader.quotes, "extract", engine.extract)
    monkeypatch.setattr(reader.quotes, "ENGINE_VERSION", engine.VERSION)


@pytest.fixture
def write_articles(tmp_path):
    """write_articles({"name": "text"}) -> the paths, in order."""
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)

    def write(articles: dict[str, str]) -> list[str]:
        paths = []
        for name, text in articles.items():
            path = folder / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        return paths

    return write


@pytest.fixture
def library():
    """A Library opened in the test's thread, for setting up and checking state."""
    lib = Library.open()
    yield lib
    lib.close()


POLITICS = """Council budget vote delayed again
The vote on the city budget was put off for a third week.
"We need more time to read the figures," said Maria Lopez, the council leader.
Opposition members were unimpressed.
"This is a stalling tactic and everyone knows it," said Tom Baker.
Lopez said the delay was "entirely reasonable" given the size of the document.
A spokesperson declined to comment further.
"The public deserves better than this," one resident said.
"""

WEATHER = """Storm warning for the coast
Forecasters issued an amber warning for high winds on Friday.
"Gusts could reach 70 miles an hour on exposed coasts," said Helen Park.
"""

SPORT = """Local club wins the cup
The town's football club won the county cup on Saturday.
"""
