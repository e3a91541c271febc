"""The library's tables, and the migrations that build them: PRAGMA user_version is the
number of migrations applied. Add a migration to change the schema; never edit one."""
from __future__ import annotations

import sqlite3

_TOKENIZE = "tokenize = 'porter unicode61 remove_diacritics 2'"

# Version 1. Articles have an integer `key` that never changes and a public `id` (the
# content hash) that does when the file behind `source` changes: reading state, the
# extraction cache and quotes hang off `key`, so an updated article keeps its state.
_V1 = (
    """CREATE TABLE articles (
        key        INTEGER PRIMARY KEY,
        id         TEXT NOT NULL UNIQUE,
        source     TEXT UNIQUE,
        title      TEXT NOT NULL DEFAULT '',
        meta       TEXT NOT NULL DEFAULT '{}',
        text       TEXT NOT NULL,
        paragraphs TEXT NOT NULL,
        format     TEXT NOT NULL DEFAULT 'text',
        added      TEXT NOT NULL,
        published  TEXT
    )""",
    # newest first is a backwards scan: published DESC, added DESC, key DESC
    "CREATE INDEX articles_newest ON articles (published, added)",
    """CREATE TABLE reading (
        article     INTEGER PRIMARY KEY REFERENCES articles (key) ON DELETE CASCADE,
        read        INTEGER NOT NULL DEFAULT 0,
        read_at     TEXT,
        progress    REAL NOT NULL DEFAULT 0,
        quote_index INTEGER,
        starred     INTEGER NOT NULL DEFAULT 0,
        last_opened TEXT
    )""",
    "CREATE INDEX reading_starred ON reading (article) WHERE starred",
    # one row per article: the latest extraction, with what the list shows denormalised
    """CREATE TABLE extractions (
        article        INTEGER NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        engine_version TEXT NOT NULL,
        data           TEXT NOT NULL,
        quotes         INTEGER NOT NULL,
        speakers       TEXT NOT NULL,
        PRIMARY KEY (article, engine_version)
    )""",
    """CREATE TABLE quotes (
        id      INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        idx     INTEGER NOT NULL,
        speaker TEXT,
        kind    TEXT NOT NULL,
        text    TEXT NOT NULL,
        UNIQUE (article, idx)
    )""",
    "CREATE INDEX quotes_speaker ON quotes (speaker COLLATE NOCASE)",
    "CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT)",
    # full-text search over external content: the text is stored once, in the tables
    f"CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = 'articles', content_rowid = 'key', {_TOKENIZE})",
    f"CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, speaker, content = 'quotes', content_rowid = 'id', {_TOKENIZE})",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.key, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
    END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.key, new.title, new.text);
    END""",
    """CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
    END""",
    """CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
    END""",
)

# Version 2: speakers() counts articles per speaker from the index alone.
_V2 = (
    "DROP INDEX quotes_speaker",
    "CREATE INDEX quotes_speaker ON quotes (speaker COLLATE NOCASE, article)",
)

# Version 3: feeds. A feed's row keeps its HTTP validators (ETag, Last-Modified) and its
# last error; feed_items remembers every item a feed has delivered, by guid, so a refresh
# adds it once and later versions update the same article (and keep its reading state).
# An item whose article the user deleted keeps its row with article NULL: not re-added.
_V3 = (
    """CREATE TABLE feeds (
        id            INTEGER PRIMARY KEY,
        url           TEXT NOT NULL UNIQUE,
        title         TEXT NOT NULL DEFAULT '',
        site          TEXT,
        added         TEXT NOT NULL,
        etag          TEXT,
        last_modified TEXT,
        last_checked  TEXT,
        last_ok       TEXT,
        error         TEXT
    )""",
    """CREATE TABLE feed_items (
        feed        INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        guid        TEXT NOT NULL,
        article     INTEGER REFERENCES articles (key) ON DELETE SET NULL,
        fingerprint TEXT,
        seen        TEXT NOT NULL,
        PRIMARY KEY (feed, guid)
    )""",
    "CREATE INDEX feed_items_article ON feed_items (article)",
    "ALTER TABLE articles ADD COLUMN feed INTEGER REFERENCES feeds (id) ON DELETE SET NULL",
    "CREATE INDEX articles_feed ON articles (feed)",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2, _V3)
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> None:
    """Apply the missing migrations, each in its own transaction.

    The version is read again under the write lock: another process may have migrated
    the file while this one waited."""
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = user_version(conn)
            if version >= SCHEMA_VERSION:
                conn.execute("COMMIT")
                return
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
