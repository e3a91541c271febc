"""The library on disk (stdlib sqlite3): articles, reading state, the extraction cache and
full-text search. It knows nothing of widgets; the UI and the CLI call it.

    from reader.store import Library
    with Library.open() as lib:
        lib.import_paths(["~/articles"])
        rows = lib.list_articles("unread", limit=50)
"""
from __future__ import annotations

from .errors import StoreError
from .library import Library
from .rows import ArticleRow, FeedItem, FeedRow, ImportReport, ListOrder, QuoteRow, ReadingState, SearchHit, SpeakerRow

__all__ = [
    "Library", "StoreError", "ArticleRow", "ReadingState", "SearchHit", "SpeakerRow", "ImportReport", "QuoteRow",
    "FeedRow", "FeedItem", "ListOrder",
]
