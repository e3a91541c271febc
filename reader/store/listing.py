"""The library list as SQLite reads it: ArticleRow, the query's columns and order, and
`first_rows`, which reads a listing's first rows straight from the file.

Library uses all of it. The app's first frame uses only this module: importing the
whole store (the loaders, the model, nine more record classes) would hold up the first
frame by several milliseconds for rows that take one to read."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import StoreError
from .schema import SCHEMA_VERSION


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
    feed_id: int | None = None  # the feed the article came from, if any


FILTERS: dict[str, str] = {"all": "", "unread": "WHERE r.read = 0", "starred": "WHERE r.starred = 1"}
NEWEST_FIRST = "ORDER BY a.published DESC, a.added DESC, a.key DESC"
ROW_COLUMNS = (
    "a.id, a.title, a.source, a.published, a.added, r.read, r.starred, r.progress, "
    "r.quote_index, coalesce(e.quotes, 0), coalesce(e.speakers, '[]'), a.feed "
    "FROM articles a JOIN reading r ON r.article = a.key LEFT JOIN extractions e ON e.article = a.key"
)


def article_row(r: Sequence) -> ArticleRow:
    i, t, s, p, ad, rd, st, pr, qi, n, sp, fd = r
    return ArticleRow(i, t, s, p, ad, bool(rd), bool(st), pr, qi, n, json.loads(sp), fd)


def where(filter: str) -> str:
    try:
        return FILTERS[filter]
    except KeyError:
        raise StoreError(f"unknown filter {filter!r}: use all, unread or starred") from None


def where_feed(filter: str, feed_id: int | None) -> tuple[str, tuple]:
    """The WHERE clause for a list filter, narrowed to one feed's articles if asked."""
    clause = where(filter)
    if feed_id is None:
        return clause, ()
    return (f"{clause} AND a.feed = ?" if clause else "WHERE a.feed = ?"), (feed_id,)


def list_rows(conn: sqlite3.Connection, filter: str, limit: int | None, offset: int, feed_id: int | None) -> list[ArticleRow]:
    """Library.list_articles' query, on any connection."""
    clause, params = where_feed(filter, feed_id)
    rows = conn.execute(
        f"SELECT {ROW_COLUMNS} {clause} {NEWEST_FIRST} LIMIT ? OFFSET ?",
        (*params, -1 if limit is None else limit, offset),
    )
    return [article_row(r) for r in rows]


def first_rows(path: Path, filter: str = "all", limit: int = 100, feed_id: int | None = None) -> list[ArticleRow] | None:
    """The listing's first `limit` rows, as Library.list_articles gives them, read from
    the library at `path` without preparing it (no folder made, no migration, no write
    check). None when the file is not a library this version can read as it stands
    (missing, another schema, the samples not yet offered) or the read fails:
    Library.open then does what is needed, and reports what went wrong."""
    try:
        # timeout 0: a file locked by a writer is left to Library.open, which waits
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=rw", uri=True, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return None
        if conn.execute("SELECT 1 FROM settings WHERE name = 'samples_offered'").fetchone() is None:
            return None
        return list_rows(conn, filter, limit, 0, feed_id)
    except (sqlite3.Error, StoreError):
        return None
    finally:
        conn.close()
