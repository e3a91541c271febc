"""The main screen's messages: what its workers found, posted back to the UI thread.

Imported by the workers when they post, not with the screen: each dataclass costs a
third of a millisecond to create, and the first frame needs none of them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from reader.model import Article, Extraction
    from reader.store import ArticleRow, FeedRow, ListOrder, ReadingState, SearchHit
    from reader.ui.document import Document


@dataclass
class ArticleLoaded(Message):
    article: Article
    extraction: Extraction
    document: Document
    state: ReadingState
    jump_to: int | None = None


@dataclass
class RowsLoaded(Message):
    """A listing's first rows: enough to paint the list."""

    rows: list[ArticleRow]
    filter: str
    keep: str | None
    generation: int  # which load_rows call: a newer one makes this stale
    open_id: str | None = None
    feed: int | None = None  # the feed listed, None for the whole library


@dataclass
class OrderLoaded(Message):
    """The same listing's whole order (keys and unread flags), right after its first rows."""

    order: ListOrder
    filter: str
    generation: int
    feed: int | None = None


@dataclass
class FeedsLoaded(Message):
    feeds: list[FeedRow]
    unread_all: int


@dataclass
class FeedsRefreshed(Message):
    report: object  # reader.feeds.RefreshReport (imported only when a refresh runs)


@dataclass
class HitsLoaded(Message):
    query: str
    hits: list[SearchHit]
