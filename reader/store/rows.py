"""The plain records the store hands out: list rows, reading state, search hits, speakers."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from .listing import ArticleRow

if TYPE_CHECKING:
    from array import array

    from reader.model import Article

__all__ = [
    "ArticleRow", "ListOrder", "FeedRow", "FeedItem", "ReadingState", "SearchHit", "SpeakerRow", "QuoteRow", "ImportReport",
]

Filter = Literal["all", "unread", "starred"]
HitKind = Literal["article", "quote"]


@dataclass(slots=True)
class ListOrder:
    """A listing's order without its rows: `keys[i]` is the store's key for row i (hand
    it back to Library.rows_by_key), `unread[i]` is 1 while that article is unread."""

    keys: "array[int]"
    unread: bytearray

    def __len__(self) -> int:
        return len(self.keys)


@dataclass(frozen=True, slots=True)
class FeedRow:
    """One subscribed feed. `error` is the last refresh's failure (None when it went
    well); times are ISO-8601 UTC strings, None before the first refresh."""

    id: int
    title: str
    url: str
    unread: int
    error: str | None
    last_checked: str | None
    articles: int = 0
    site: str | None = None
    last_ok: str | None = None
    added: str = ""

    @property
    def name(self) -> str:
        """What to call the feed: its title, or its URL before it has one."""
        return self.title or self.url


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item a refresh hands to the library: the feed's guid for it, a fingerprint
    that changes when the item does (None: fetch it again next time), and its article."""

    guid: str
    fingerprint: str | None
    article: "Article"


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
