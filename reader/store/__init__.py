"""The library on disk (stdlib sqlite3): articles, reading state, the extraction cache and
full-text search. It knows nothing of widgets; the UI and the CLI call it.

    from reader.store import Library
    with Library.open() as lib:
        lib.import_paths(["~/articles"])
        rows = lib.list_articles("unread", limit=50)

The names below are imported when first asked for: the app's first frame needs only
reader.store.listing, and importing Library brings in the loaders and the model."""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .errors import StoreError
    from .library import Library
    from .rows import ArticleRow, FeedItem, FeedRow, ImportReport, ListOrder, QuoteRow, ReadingState, SearchHit, SpeakerRow

__all__ = [
    "Library", "StoreError", "ArticleRow", "ReadingState", "SearchHit", "SpeakerRow", "ImportReport", "QuoteRow",
    "FeedRow", "FeedItem", "ListOrder",
]

_HOMES = {"Library": ".library", "StoreError": ".errors"}  # the rest live in .rows


def __getattr__(name: str):
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_HOMES.get(name, ".rows"), __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
