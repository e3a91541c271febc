"""The plain records the store hands out: list rows, reading state, search hits, speakers."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Filter = Literal["all", "unread", "starred"]
HitKind = Literal["article", "quote"]


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One line of the library list. Times are ISO-8601 strings (UTC for `added`)."""

    id: str
    title: str
    source: str | None
    published: str | None
    added: str
    read: bool
    starred: bool
    progress: float
    quote_index: int | None
    quotes: int
    speakers: list[str]


@dataclass(frozen=True, slots=True)
class ReadingState:
    """Where the reader is in one article. Times are ISO-8601 UTC strings."""

    read: bool = False
    read_at: str | None = None
    progress: float = 0.0
    quote_index: int | None = None
    starred: bool = False
    last_opened: str | None = None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result. In `snippet` the matched words are wrapped in [ and ].

    `rank` is SQLite's bm25: lower (more negative) is a better match."""

    article_id: str
    title: str
    snippet: str
    kind: HitKind
    quote_index: int | None
    speaker: str | None
    rank: float


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    """A speaker merged by name across the library."""

    name: str
    quotes: int
    articles: int


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One stored quote with where it came from, for export."""

    article_id: str
    title: str
    source: str | None
    published: str | None
    quote_index: int
    speaker: str | None
    kind: str
    text: str


@dataclass(slots=True)
class ImportReport:
    """What an import did. `failed` holds (path, reason) for each file that was skipped;
    `ids` the ids of every article imported, in order, whatever happened to it."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)
