"""The library: articles, their reading state, the extraction cache and full-text search,
in one SQLite file (WAL, so the app and `reader import` can share it at once).

A Library is used from one thread; open one per thread (opening is cheap). Every change
is one transaction, taken with BEGIN IMMEDIATE so that concurrent writers queue (for up
to BUSY_TIMEOUT seconds) instead of failing, and a killed process leaves no half-written
article behind."""
from __future__ import annotations

import functools
import os
import sqlite3
import time
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from reader import locations
from reader.model import Article, Extraction
from reader.sources import LoadError, load

from . import codec
from .errors import StoreError, translated
from .files import article_files
from .listing import NEWEST_FIRST, ROW_COLUMNS, article_row, list_rows, where_feed
from .query import fts_query
from .rows import (
    ArticleRow, FeedItem, FeedRow, Filter, ImportReport, ListOrder, QuoteRow, ReadingState, SearchHit, SpeakerRow,
)
from .schema import SCHEMA_VERSION, migrate, user_version

BUSY_TIMEOUT = 10.0  # seconds a writer waits for another process's transaction
BATCH_SIZE = 250  # articles written per transaction by import_paths
RANK_WINDOW = 5000  # search ranks at most this many of the newest matches per table
OPEN_MODE = "rwc"  # SQLite URI mode; tests set "ro" to stand in for a read-only file

Progress = Callable[[int, int], None]  # (files done, files in all)


class _Engine:
    """reader.quotes, imported on first use: opening the app and listing the library
    don't need the engine, and importing it is a good part of the app's start-up."""

    def __getattr__(self, name: str):
        from reader import quotes

        return getattr(quotes, name)


engine = _Engine()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _guarded(method):
    """Run a public method with SQLite's user-fixable failures turned into StoreError."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with translated(self.path):
            return method(self, *args, **kwargs)

    return wrapper


@dataclass(slots=True)
class _Pending:
    """An article on its way into the library, with its extraction once made."""

    article: Article
    source: str | None
    extraction: Extraction | None = None


def _connect(path: Path) -> sqlite3.Connection:
    uri = f"{path.absolute().as_uri()}?mode={OPEN_MODE}"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a crash loses no committed data
    return conn


def _check_writable(conn: sqlite3.Connection, version: int) -> None:
    """Fail now, not at the first change, if the file can't be written.

    Rewriting user_version with its own value and rolling back changes no byte of the
    file, but makes SQLite find out whether it could. If another process holds the write
    lock, the file is plainly writable, so don't wait for it."""
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(f"PRAGMA user_version = {version}")
        finally:
            conn.execute("ROLLBACK")
    except sqlite3.OperationalError as e:
        if not _is_busy(e):
            raise
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")


def _refuse_read_only(path: Path) -> None:
    """Refuse a library whose files can't be written before SQLite opens them.

    Opening a read-only library file, SQLite leaves -wal and -shm files behind that are
    read-only like it, and they keep the library read-only after the user has made the
    file writable again; so name the first file that is in the way, and open nothing."""
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        # Asked twice around exists(): SQLite deletes -wal and -shm when another thread
        # or process closes the last connection, and a file gone is not read-only.
        if not os.access(file, os.W_OK) and file.exists() and not os.access(file, os.W_OK):
            raise StoreError(f"{file}: the library is read-only; check the permissions of the file and its folder")


class _WalPending(Exception):
    """SQLite kept the old journal mode: another connection was in the way."""


def _is_busy(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorcode", 0) & 0xFF == 5  # SQLITE_BUSY


def _prepare_patiently(conn: sqlite3.Connection, path: Path) -> None:
    """_prepare, tried again while another process holds a lock it needs.

    Switching to WAL takes an exclusive lock and SQLite doesn't wait for it (two first
    runs at once would collide), so wait here, up to BUSY_TIMEOUT."""
    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            return _prepare(conn, path)
        except _WalPending:
            if time.monotonic() > deadline:
                raise StoreError(f"{path}: could not switch the library to WAL mode; another program holds it open") from None
        except sqlite3.OperationalError as e:
            if not _is_busy(e) or time.monotonic() > deadline:
                raise
        time.sleep(0.02)


def _prepare(conn: sqlite3.Connection, path: Path) -> None:
    """Check the file is a library this version can use, then bring its schema up to date.

    Nothing is written before every check has passed, so a file we refuse is left as it was."""
    version = user_version(conn)  # fails on a file that isn't a database
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: this library was written by a newer reader (schema {version}, this one "
            f"knows {SCHEMA_VERSION}); upgrade reader to open it"
        )
    _check_writable(conn, version)
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
            raise _WalPending
    if version < SCHEMA_VERSION:
        migrate(conn)


class Library:
    """The reader's library of articles. Open with Library.open(); close, or use `with`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    # ---- opening and closing -------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike | None = None) -> Library:
        """Open (creating or migrating) the library at `path`, by default locations.db_path()."""
        path = Path(path) if path is not None else locations.db_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"{path.parent}: cannot create the library folder ({e.strerror or e})") from None
        if path.is_dir():
            raise StoreError(f"{path}: is a folder, not a library file")
        _refuse_read_only(path)
        with translated(path):
            conn = _connect(path)
            try:
                _prepare_patiently(conn, path)
            except BaseException:
                conn.close()
                raise
        return cls(conn, path)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction holding the write lock: all of it lands, or none of it."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
            self._conn.execute("COMMIT")  # can fail too (a full disk), and must not leave it open
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise

    def _key(self, article_id: str) -> int:
        row = self._conn.execute("SELECT key FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise StoreError(f"no article with id {article_id} in the library")
        return row[0]

    # ---- adding articles -----------------------------------------------------------

    @_guarded
    def add_article(self, article: Article, *, source: str | None = None) -> tuple[str, str]:
        """Add or update one article; returns (id, "added" | "updated" | "unchanged").

        `source` (a path or URL, by default the article's own) identifies the article
        across edits: the same source with new content updates the row and keeps its
        reading state."""
        pending = _Pending(article, source or article.path or article.url)
        self._extract_missing([pending], None)
        with self._write():
            return self._write_batch([pending])[0]

    @_guarded
    def import_paths(self, paths: Iterable[str | os.PathLike], progress: Progress | None = None) -> ImportReport:
        """Import files and folders (recursively: .txt .md .markdown .html .htm).

        Files that can't be loaded or extracted go into the report's `failed`; the rest
        are imported in batches of BATCH_SIZE, one transaction each. `progress(done,
        total)` is called after each batch."""
        files = list(article_files(paths))
        report = ImportReport()
        if progress is not None:
            progress(0, len(files))
        for start in range(0, len(files), BATCH_SIZE):
            pending = self._extract_missing(self._load(files[start : start + BATCH_SIZE], report), report)
            with self._write():
                outcomes = self._write_batch(pending)
            for article_id, outcome in outcomes:
                report.count(outcome)
                report.ids.append(article_id)
            if progress is not None:
                progress(min(start + BATCH_SIZE, len(files)), len(files))
        return report

    @staticmethod
    def _load(files: Sequence[Path], report: ImportReport) -> list[_Pending]:
        pending = []
        for file in files:
            try:
                article = load(file)
            except LoadError as e:
                report.failed.append((str(file), _reason(str(e), file)))
                continue
            except Exception as e:  # a loader bug must not sink the whole import
                report.failed.append((str(file), f"could not be loaded ({type(e).__name__}: {e})"))
                continue
            pending.append(_Pending(article, str(file)))
        return pending

    def _fresh_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of `ids` are stored with an extraction from the current engine."""
        if not ids:
            return set()
        rows = self._conn.execute(
            f"SELECT a.id FROM articles a JOIN extractions e ON e.article = a.key "
            f"WHERE e.engine_version = ? AND a.id IN ({_marks(ids)})",
            (engine.ENGINE_VERSION, *ids),
        )
        return {r[0] for r in rows}

    def _extract_missing(self, pending: list[_Pending], report: ImportReport | None) -> list[_Pending]:
        """Run the engine, outside any transaction, on the articles not already cached;
        returns those ready to write.

        With a report, an article the engine fails on is reported and left out; without
        one (a single add_article) the error propagates."""
        fresh = self._fresh_ids([p.article.id for p in pending])
        ready = []
        for p in pending:
            if p.article.id not in fresh:
                try:
                    p.extraction = engine.extract(p.article)
                except Exception as e:
                    if report is None:
                        raise
                    report.failed.append((p.source or p.article.id, f"the quote engine failed ({type(e).__name__}: {e})"))
                    continue
            ready.append(p)
        return ready

    def _write_batch(self, pending: list[_Pending]) -> list[tuple[str, str]]:
        """Write a batch inside the caller's transaction; returns (id, outcome) for each.

        Articles new by both id and source, the bulk of any import, go in with one
        executemany per table; the rest take the careful path one by one."""
        known_ids, known_sources = self._known(pending)
        is_new: list[bool] = []
        for p in pending:
            fresh = p.article.id not in known_ids and not (p.source and p.source in known_sources)
            is_new.append(fresh)
            known_ids.add(p.article.id)  # a later duplicate in this batch is not new
            if p.source:
                known_sources.add(p.source)
        self._insert_new([p for p, fresh in zip(pending, is_new) if fresh])
        return [(p.article.id, "added") if fresh else self._upsert(p) for p, fresh in zip(pending, is_new)]

    def _known(self, pending: list[_Pending]) -> tuple[set[str], set[str]]:
        """Which of the batch's ids and sources the library already holds."""
        ids = [p.article.id for p in pending]
        sources = [p.source for p in pending if p.source]
        found_ids = {r[0] for r in self._conn.execute(f"SELECT id FROM articles WHERE id IN ({_marks(ids)})", ids)}
        found_sources = {
            r[0] for r in self._conn.execute(f"SELECT source FROM articles WHERE source IN ({_marks(sources)})", sources)
        }
        return found_ids, found_sources

    def _insert_new(self, new: list[_Pending]) -> None:
        """Insert articles known to be new, with their reading state, cache and quotes.

        Keys are handed out here, which is safe: the caller holds the write lock."""
        if not new:
            return
        conn, added, version = self._conn, _now(), engine.ENGINE_VERSION
        first = conn.execute("SELECT coalesce(max(key), 0) + 1 FROM articles").fetchone()[0]
        keys = range(first, first + len(new))
        conn.executemany(
            "INSERT INTO articles (key, id, source, title, meta, text, paragraphs, format, added, published) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (key, a.id, p.source, a.title, codec.encode_meta(a), a.text, codec.encode_paragraphs(a), a.format, added, a.published)
                for key, p in zip(keys, new)
                for a in (p.article,)
            ],
        )
        conn.executemany("INSERT INTO reading (article) VALUES (?)", [(key,) for key in keys])
        for p in new:
            if p.extraction is None:  # cached when we looked, deleted since
                p.extraction = engine.extract(p.article)
        conn.executemany(
            "INSERT INTO extractions (article, engine_version, data, quotes, speakers) VALUES (?, ?, ?, ?, ?)",
            [(key, version, *codec.encode_extraction(p.extraction)) for key, p in zip(keys, new)],
        )
        conn.executemany(
            "INSERT INTO quotes (article, idx, speaker, kind, text) VALUES (?, ?, ?, ?, ?)",
            [(key, *row) for key, p in zip(keys, new) for row in codec.quote_rows(p.extraction, p.article.text)],
        )

    def _upsert(self, p: _Pending) -> tuple[str, str]:
        """Write one article inside the caller's transaction; returns (id, outcome)."""
        a, conn = p.article, self._conn
        row = conn.execute("SELECT key, source FROM articles WHERE id = ?", (a.id,)).fetchone()
        if row is not None:
            key, stored_source = row
            if stored_source is None and p.source and not self._source_taken(p.source):
                conn.execute("UPDATE articles SET source = ? WHERE key = ?", (p.source, key))
            if self._cached_version(key) != engine.ENGINE_VERSION:
                self._put_extraction(key, p)
            return a.id, "unchanged"
        row = conn.execute("SELECT key FROM articles WHERE source = ?", (p.source,)).fetchone() if p.source else None
        if row is not None:
            conn.execute(
                "UPDATE articles SET id = ?, title = ?, meta = ?, text = ?, paragraphs = ?, format = ?, "
                "published = ? WHERE key = ?",
                (a.id, a.title, codec.encode_meta(a), a.text, codec.encode_paragraphs(a), a.format, a.published, row[0]),
            )
            self._put_extraction(row[0], p)
            return a.id, "updated"
        key = conn.execute(
            "INSERT INTO articles (id, source, title, meta, text, paragraphs, format, added, published) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.id, p.source, a.title, codec.encode_meta(a), a.text, codec.encode_paragraphs(a), a.format, _now(), a.published),
        ).lastrowid
        conn.execute("INSERT INTO reading (article) VALUES (?)", (key,))
        self._put_extraction(key, p)
        return a.id, "added"

    def _source_taken(self, source: str) -> bool:
        return self._conn.execute("SELECT 1 FROM articles WHERE source = ?", (source,)).fetchone() is not None

    def _cached_version(self, key: int) -> str | None:
        row = self._conn.execute("SELECT engine_version FROM extractions WHERE article = ?", (key,)).fetchone()
        return row[0] if row else None

    def _put_extraction(self, key: int, p: _Pending) -> None:
        """Replace the article's cached extraction and its searchable quotes."""
        if p.extraction is None:  # cached when we looked, gone since: rare, so do it here
            p.extraction = engine.extract(p.article)
        ex, conn = p.extraction, self._conn
        data, count, speakers = codec.encode_extraction(ex)
        conn.execute("DELETE FROM extractions WHERE article = ?", (key,))
        conn.execute("DELETE FROM quotes WHERE article = ?", (key,))
        conn.execute(
            "INSERT INTO extractions (article, engine_version, data, quotes, speakers) VALUES (?, ?, ?, ?, ?)",
            (key, engine.ENGINE_VERSION, data, count, speakers),
        )
        conn.executemany(
            "INSERT INTO quotes (article, idx, speaker, kind, text) VALUES (?, ?, ?, ?, ?)",
            [(key, *row) for row in codec.quote_rows(ex, p.article.text)],
        )

    @_guarded
    def samples_offered(self) -> bool:
        """Whether import_samples_if_empty has run on this library (it has nothing left to do)."""
        return self._setting("samples_offered") is not None

    @_guarded
    def import_samples_if_empty(self) -> int:
        """On first run, import the bundled sample articles; returns how many were added.

        Runs once per library: a library whose articles were all deleted stays empty."""
        if self._setting("samples_offered") is not None:
            return 0
        added = 0
        folder = locations.sample_articles_dir()
        if self.count() == 0 and folder is not None:
            added = self.import_paths([folder]).added
        with self._write():
            self._conn.execute("INSERT OR REPLACE INTO settings (name, value) VALUES ('samples_offered', ?)", (_now(),))
        return added

    def _setting(self, name: str) -> str | None:
        row = self._conn.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    @_guarded
    def delete(self, ids: Iterable[str]) -> int:
        """Remove articles with their state, cache and quotes; returns how many went."""
        with self._write() as conn:
            return sum(conn.execute("DELETE FROM articles WHERE id = ?", (i,)).rowcount for i in ids)

    # ---- reading the library -------------------------------------------------------

    @_guarded
    def list_articles(
        self, filter: Filter = "all", limit: int | None = None, offset: int = 0, *, feed_id: int | None = None
    ) -> list[ArticleRow]:
        """Articles newest first: by published date, then by when they were added.
        With `feed_id`, only the articles that feed delivered."""
        return list_rows(self._conn, filter, limit, offset, feed_id)

    @_guarded
    def list_order(self, filter: Filter = "all", *, feed_id: int | None = None) -> ListOrder:
        """The order of list_articles, as keys and unread flags only: a window of rows
        is then fetched with rows_by_key. About 1 MB for 100,000 articles."""
        where, params = where_feed(filter, feed_id)
        order = ListOrder(array("q"), bytearray())
        keys, unread = order.keys, order.unread
        for key, read in self._conn.execute(
            f"SELECT a.key, r.read FROM articles a JOIN reading r ON r.article = a.key {where} {NEWEST_FIRST}", params
        ):
            keys.append(key)
            unread.append(not read)
        return order

    @_guarded
    def rows_by_key(self, keys: Sequence[int]) -> list[ArticleRow | None]:
        """The list rows for these keys, in the order given; None for an article deleted
        since its key was handed out."""
        found: dict[int, ArticleRow] = {}
        for start in range(0, len(keys), 500):  # well under SQLite's limit on parameters
            chunk = keys[start : start + 500]
            for key, *r in self._conn.execute(f"SELECT a.key, {ROW_COLUMNS} WHERE a.key IN ({_marks(chunk)})", chunk):
                found[key] = article_row(r)
        return [found.get(k) for k in keys]

    @_guarded
    def article_key(self, id: str) -> int | None:
        """The key list_order hands out for the article with this id, if it is stored."""
        row = self._conn.execute("SELECT key FROM articles WHERE id = ?", (id,)).fetchone()
        return row[0] if row else None

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one state of the library, whatever other connections write
        meanwhile (a WAL read transaction): a page of rows and the order it came from agree."""
        with translated(self.path):
            self._conn.execute("BEGIN")
        try:
            yield
        finally:
            if self._conn.in_transaction:
                self._conn.execute("COMMIT")

    @_guarded
    def count(self, filter: Filter = "all", *, feed_id: int | None = None) -> int:
        where, params = where_feed(filter, feed_id)
        return self._conn.execute(
            f"SELECT count(*) FROM articles a JOIN reading r ON r.article = a.key {where}", params
        ).fetchone()[0]

    @_guarded
    def get_article(self, id: str) -> Article:
        row = self._conn.execute(
            "SELECT id, title, meta, text, paragraphs, format, published FROM articles WHERE id = ?", (id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"no article with id {id} in the library")
        return codec.decode_article(*row)

    @_guarded
    def extraction(self, id: str) -> Extraction:
        """The article's quotes and speakers: cached, or extracted now if the engine changed."""
        row = self._conn.execute(
            "SELECT e.engine_version, e.data FROM articles a LEFT JOIN extractions e ON e.article = a.key "
            "WHERE a.id = ?",
            (id,),
        ).fetchone()
        if row is None:
            raise StoreError(f"no article with id {id} in the library")
        if row[0] == engine.ENGINE_VERSION:
            return codec.decode_extraction(row[1])
        p = _Pending(self.get_article(id), None, None)
        p.extraction = engine.extract(p.article)
        with self._write() as conn:
            still = conn.execute("SELECT key FROM articles WHERE id = ?", (id,)).fetchone()
            if still is not None:  # not updated or deleted by another process meanwhile
                self._put_extraction(still[0], p)
        return p.extraction

    @_guarded
    def refresh_stale(self, progress: Progress | None = None) -> int:
        """Re-extract every article cached by another engine version; returns how many."""
        stale = [
            r[0]
            for r in self._conn.execute(
                "SELECT a.id FROM articles a LEFT JOIN extractions e ON e.article = a.key "
                "WHERE e.engine_version IS NOT ? ORDER BY a.key",
                (engine.ENGINE_VERSION,),
            )
        ]
        for done, article_id in enumerate(stale, 1):
            self.extraction(article_id)
            if progress is not None and (done % BATCH_SIZE == 0 or done == len(stale)):
                progress(done, len(stale))
        return len(stale)

    @_guarded
    def resolve_id(self, prefix: str) -> str:
        """The one article id that starts with `prefix`."""
        prefix = prefix.strip().lower()
        if not prefix:
            raise StoreError("an article id is needed")
        rows = self._conn.execute(
            "SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 3", (prefix, prefix + "\U0010ffff")
        ).fetchall()
        if not rows:
            raise StoreError(f"no article id starts with {prefix!r}")
        if len(rows) > 1:
            some = ", ".join(r[0] for r in rows[:2])
            raise StoreError(f"{prefix!r} matches more than one article ({some}, …); give more of the id")
        return rows[0][0]

    # ---- reading state -------------------------------------------------------------

    @_guarded
    def state(self, id: str) -> ReadingState:
        row = self._conn.execute(
            "SELECT r.read, r.read_at, r.progress, r.quote_index, r.starred, r.last_opened "
            "FROM reading r JOIN articles a ON a.key = r.article WHERE a.id = ?",
            (id,),
        ).fetchone()
        if row is None:
            raise StoreError(f"no article with id {id} in the library")
        read, read_at, progress, quote_index, starred, last_opened = row
        return ReadingState(bool(read), read_at, progress, quote_index, bool(starred), last_opened)

    @_guarded
    def save_progress(self, id: str, progress: float, quote_index: int | None) -> None:
        """Remember how far through the article the reader is (0.0 to 1.0) and which quote."""
        progress = min(1.0, max(0.0, float(progress)))
        with self._write() as conn:
            conn.execute(
                "UPDATE reading SET progress = ?, quote_index = ? WHERE article = ?", (progress, quote_index, self._key(id))
            )

    @_guarded
    def touch_opened(self, id: str) -> None:
        with self._write() as conn:
            conn.execute("UPDATE reading SET last_opened = ? WHERE article = ?", (_now(), self._key(id)))

    @_guarded
    def mark(self, ids: Iterable[str], *, read: bool | None = None, starred: bool | None = None) -> None:
        """Set read and/or starred on each article; None leaves that flag alone."""
        with self._write() as conn:
            for article_id in ids:
                key = self._key(article_id)
                if read is not None:
                    conn.execute(
                        "UPDATE reading SET read = ?, read_at = ? WHERE article = ? AND read IS NOT ?",
                        (int(read), _now() if read else None, key, int(read)),
                    )
                if starred is not None:
                    conn.execute("UPDATE reading SET starred = ? WHERE article = ?", (int(starred), key))

    @_guarded
    def mark_all_read(self) -> int:
        """Mark every unread article read; returns how many changed."""
        with self._write() as conn:
            return conn.execute("UPDATE reading SET read = 1, read_at = ? WHERE read = 0", (_now(),)).rowcount

    # ---- feeds -----------------------------------------------------------------------
    # The library keeps subscriptions and what each feed delivered; fetching is
    # reader.feeds' job. Each method is one transaction, so a refresh that dies midway
    # leaves every feed either refreshed or as it was.

    _FEED_COLUMNS = (
        "f.id, f.title, f.url, "
        "(SELECT count(*) FROM articles a JOIN reading r ON r.article = a.key WHERE a.feed = f.id AND r.read = 0), "
        "f.error, f.last_checked, (SELECT count(*) FROM articles a WHERE a.feed = f.id), f.site, f.last_ok, f.added"
    )

    @_guarded
    def add_feed(self, url: str, title: str = "", site: str | None = None) -> tuple[FeedRow, bool]:
        """Subscribe to the feed at `url`; returns (the feed, whether it is new)."""
        with self._write() as conn:
            row = conn.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
            if row is not None:
                created, feed_id = False, row[0]
            else:
                created = True
                feed_id = conn.execute(
                    "INSERT INTO feeds (url, title, site, added) VALUES (?, ?, ?, ?)", (url, title, site, _now())
                ).lastrowid
        return self._feed_row(feed_id), created

    @_guarded
    def feeds(self) -> list[FeedRow]:
        """Every subscribed feed, by title (then URL)."""
        rows = self._conn.execute(
            f"SELECT {self._FEED_COLUMNS} FROM feeds f ORDER BY CASE f.title WHEN '' THEN f.url ELSE f.title END COLLATE NOCASE, f.id"
        )
        return [FeedRow(*r) for r in rows]

    @_guarded
    def feed(self, ref: int | str) -> FeedRow:
        """One feed, by its id (a number, or digits) or its exact URL."""
        text = str(ref).strip()
        if text.isdigit():
            row = self._conn.execute("SELECT id FROM feeds WHERE id = ?", (int(text),)).fetchone()
        else:
            row = self._conn.execute("SELECT id FROM feeds WHERE url = ?", (text,)).fetchone()
        if row is None:
            raise StoreError(f"no feed {text!r} (see `reader feed list`)")
        return self._feed_row(row[0])

    def _feed_row(self, feed_id: int) -> FeedRow:
        row = self._conn.execute(f"SELECT {self._FEED_COLUMNS} FROM feeds f WHERE f.id = ?", (feed_id,)).fetchone()
        if row is None:
            raise StoreError(f"no feed {feed_id} (see `reader feed list`)")
        return FeedRow(*row)

    @_guarded
    def remove_feed(self, feed_id: int) -> FeedRow:
        """Unsubscribe. The feed's articles stay in the library, no longer tied to it."""
        feed = self._feed_row(feed_id)
        with self._write() as conn:
            conn.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))
        return feed

    @_guarded
    def feed_validators(self, feed_id: int) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) from the feed's last full answer, for a conditional GET."""
        row = self._conn.execute("SELECT etag, last_modified FROM feeds WHERE id = ?", (feed_id,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    @_guarded
    def feed_checked(
        self,
        feed_id: int,
        *,
        error: str | None = None,
        validators: tuple[str | None, str | None] | None = None,
        title: str | None = None,
        site: str | None = None,
        url: str | None = None,
    ) -> None:
        """Record a refresh of the feed: its error (None clears it) and, when it went
        well, the new validators, title, site and (after a permanent redirect) URL."""
        now = _now()
        with self._write() as conn:
            conn.execute("UPDATE feeds SET last_checked = ?, error = ? WHERE id = ?", (now, error, feed_id))
            if error is not None:
                return
            conn.execute("UPDATE feeds SET last_ok = ? WHERE id = ?", (now, feed_id))
            if validators is not None:
                conn.execute("UPDATE feeds SET etag = ?, last_modified = ? WHERE id = ?", (*validators, feed_id))
            if title:
                conn.execute("UPDATE feeds SET title = ? WHERE id = ?", (title, feed_id))
            if site:
                conn.execute("UPDATE feeds SET site = ? WHERE id = ?", (site, feed_id))
            if url and conn.execute("SELECT 1 FROM feeds WHERE url = ?", (url,)).fetchone() is None:
                conn.execute("UPDATE feeds SET url = ? WHERE id = ?", (url, feed_id))

    @_guarded
    def feed_item_fingerprints(self, feed_id: int) -> dict[str, str | None]:
        """guid -> fingerprint of every item the feed has delivered and that is still
        wanted. An item whose article the user deleted has the fingerprint "deleted", so
        a refresh skips it whatever it now says."""
        rows = self._conn.execute("SELECT guid, fingerprint, article FROM feed_items WHERE feed = ?", (feed_id,))
        return {guid: (fp if article is not None else "deleted") for guid, fp, article in rows}

    @_guarded
    def add_feed_items(self, feed_id: int, items: Sequence[FeedItem]) -> ImportReport:
        """Store what a refresh found, in one transaction: new items become articles of
        the feed, a changed item updates its article in place (reading state kept), an
        article the library already has (same URL or same text) is linked, not copied."""
        report = ImportReport()
        pending = [_Pending(item.article, item.article.url or f"feed:{feed_id}:{item.guid}") for item in items]
        ready = {id(p) for p in self._extract_missing(pending, report)}
        now = _now()
        with self._write() as conn:
            for item, p in zip(items, pending):
                if id(p) not in ready:
                    continue
                row = conn.execute("SELECT article FROM feed_items WHERE feed = ? AND guid = ?", (feed_id, item.guid)).fetchone()
                if row is not None and row[0] is None:
                    continue  # the user deleted this item's article
                if row is not None:
                    key, outcome = self._update_in_place(row[0], p)
                else:
                    article_id, outcome = self._write_batch([p])[0]
                    key = self._key(article_id)
                conn.execute("UPDATE articles SET feed = ? WHERE key = ? AND feed IS NULL", (feed_id, key))
                conn.execute(
                    "INSERT INTO feed_items (feed, guid, article, fingerprint, seen) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (feed, guid) DO UPDATE SET article = excluded.article, "
                    "fingerprint = excluded.fingerprint, seen = excluded.seen",
                    (feed_id, item.guid, key, item.fingerprint, now),
                )
                report.count(outcome)
                report.ids.append(conn.execute("SELECT id FROM articles WHERE key = ?", (key,)).fetchone()[0])
        return report

    def _update_in_place(self, key: int, p: _Pending) -> tuple[int, str]:
        """A new version of a stored feed item: rewrite its article row, keeping the key
        and so the reading state; returns (key, outcome). If another article already has
        exactly this text, the item points at that one instead."""
        a, conn = p.article, self._conn
        stored = conn.execute("SELECT id FROM articles WHERE key = ?", (key,)).fetchone()[0]
        if stored == a.id:
            if self._cached_version(key) != engine.ENGINE_VERSION:
                self._put_extraction(key, p)
            return key, "unchanged"
        twin = conn.execute("SELECT key FROM articles WHERE id = ?", (a.id,)).fetchone()
        if twin is not None:
            return twin[0], "unchanged"
        conn.execute(
            "UPDATE articles SET id = ?, title = ?, meta = ?, text = ?, paragraphs = ?, format = ?, published = ? "
            "WHERE key = ?",
            (a.id, a.title, codec.encode_meta(a), a.text, codec.encode_paragraphs(a), a.format, a.published, key),
        )
        self._put_extraction(key, p)
        return key, "updated"

    # ---- search, speakers, quotes --------------------------------------------------

    @_guarded
    def search(self, query: str, *, speaker: str | None = None, limit: int = 20) -> list[SearchHit]:
        """Articles and quotes matching `query`, best first; with `speaker`, only that
        speaker's quotes. Any text is a valid query (see reader.store.query)."""
        match = fts_query(query)
        if match is None:
            return self._speaker_quotes(speaker, limit) if speaker else []
        hits = self._quote_hits(match, speaker, limit)
        if speaker is None:
            hits += self._article_hits(match, limit)
            hits.sort(key=lambda h: h.rank)
        return hits[:limit]

    def _top(self, table: str, weights: str, match: str, limit: int) -> list[tuple[int, float]]:
        """(rowid, bm25) of the best `limit` matches in an FTS table, best first.

        bm25 has to be worked out for every match, which for a word in nearly every
        article of a big library takes too long; so only the RANK_WINDOW most recently
        added matches are ranked. Finding where that window starts is cheap: FTS5 walks
        its rowid-ordered lists and stops."""
        floor = self._conn.execute(
            f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            (match, RANK_WINDOW - 1),
        ).fetchone()
        return self._conn.execute(
            f"SELECT rowid, bm25({table}{weights}) AS score FROM {table} "
            f"WHERE {table} MATCH ? AND rowid >= ? ORDER BY score LIMIT ?",
            (match, floor[0] if floor else 0, limit),
        ).fetchall()

    def _snippets(self, table: str, column: int, tokens: int, match: str, rowids: list[int]) -> dict[int, str]:
        """Snippets for a few rows only: worked out after ranking, not for every match."""
        rows = self._conn.execute(
            f"SELECT rowid, snippet({table}, {column}, '[', ']', '…', {tokens}) FROM {table} "
            f"WHERE {table} MATCH ? AND rowid IN ({_marks(rowids)})",
            (match, *rowids),
        )
        return dict(rows.fetchall())

    def _article_hits(self, match: str, limit: int) -> list[SearchHit]:
        top = self._top("articles_fts", ", 4.0, 1.0", match, limit)
        if not top:
            return []
        snippets = self._snippets("articles_fts", 1, 16, match, [k for k, _ in top])
        titles = dict(
            (k, (i, t))
            for k, i, t in self._conn.execute(
                f"SELECT key, id, title FROM articles WHERE key IN ({_marks(top)})", [k for k, _ in top]
            )
        )
        return [SearchHit(*titles[k], snippets.get(k, ""), "article", None, None, score) for k, score in top]

    def _quote_hits(self, match: str, speaker: str | None, limit: int) -> list[SearchHit]:
        if speaker is not None:
            return self._speaker_hits(match, speaker, limit)
        top = self._top("quotes_fts", "", match, limit)
        if not top:
            return []
        snippets = self._snippets("quotes_fts", 0, 24, match, [k for k, _ in top])
        found = {
            r[0]: r[1:]
            for r in self._conn.execute(
                "SELECT q.id, a.id, a.title, q.idx, q.speaker FROM quotes q JOIN articles a ON a.key = q.article "
                f"WHERE q.id IN ({_marks(top)})",
                [k for k, _ in top],
            )
        }
        return [
            SearchHit(found[k][0], found[k][1], snippets.get(k, ""), "quote", found[k][2], found[k][3], score)
            for k, score in top
        ]

    def _speaker_hits(self, match: str, speaker: str, limit: int) -> list[SearchHit]:
        """Quotes by one speaker: few enough to rank them all."""
        rows = self._conn.execute(
            "SELECT a.id, a.title, snippet(quotes_fts, 0, '[', ']', '…', 24), q.idx, q.speaker, bm25(quotes_fts) AS score "
            "FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.key = q.article "
            "WHERE quotes_fts MATCH ? AND q.speaker = ? COLLATE NOCASE ORDER BY score LIMIT ?",
            (match, speaker, limit),
        )
        return [SearchHit(i, t, s, "quote", qi, sp, r) for i, t, s, qi, sp, r in rows]

    def _speaker_quotes(self, speaker: str, limit: int) -> list[SearchHit]:
        rows = self._conn.execute(
            "SELECT a.id, a.title, q.text, q.idx, q.speaker FROM quotes q JOIN articles a ON a.key = q.article "
            f"WHERE q.speaker = ? COLLATE NOCASE {NEWEST_FIRST}, q.idx LIMIT ?",
            (speaker, limit),
        )
        return [SearchHit(i, t, s, "quote", qi, sp, 0.0) for i, t, s, qi, sp in rows]

    @_guarded
    def speakers(self) -> list[SpeakerRow]:
        """Everyone quoted in the library, merged by name (ignoring case), most quoted first."""
        rows = self._conn.execute(
            "SELECT min(speaker), count(*), count(DISTINCT article) FROM quotes WHERE speaker IS NOT NULL "
            "GROUP BY speaker COLLATE NOCASE ORDER BY 2 DESC, 1 COLLATE NOCASE"
        )
        return [SpeakerRow(*r) for r in rows]

    @_guarded
    def quotes(self, *, speaker: str | None = None, starred: bool = False) -> list[QuoteRow]:
        """Every stored quote, newest article first, optionally by one speaker or from starred articles."""
        where, params = [], []
        if speaker is not None:
            where.append("q.speaker = ? COLLATE NOCASE")
            params.append(speaker)
        if starred:
            where.append("r.starred = 1")
        rows = self._conn.execute(
            "SELECT a.id, a.title, a.source, a.published, q.idx, q.speaker, q.kind, q.text "
            "FROM quotes q JOIN articles a ON a.key = q.article JOIN reading r ON r.article = a.key "
            f"{'WHERE ' + ' AND '.join(where) if where else ''} {NEWEST_FIRST}, q.idx",
            params,
        )
        return [QuoteRow(*r) for r in rows]


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))


def _reason(message: str, file: Path) -> str:
    """A loader's message without the path it starts with (the report keeps the path apart)."""
    prefix = f"{file}: "
    return message[len(prefix) :] if message.startswith(prefix) else message
