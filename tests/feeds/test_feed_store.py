"""The library's feed tables: a library from before feeds is upgraded with nothing lost."""
from __future__ import annotations

import sqlite3

from reader.model import Article, Paragraph
from reader.store import Library
from reader.store import schema


def _version_2_library(db):
    db.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db, isolation_level=None)
    for statements in schema.MIGRATIONS[:2]:
        for statement in statements:
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    return conn


def test_a_version_2_library_gains_feeds(db):
    _version_2_library(db).close()
    text = "Ferry vote\n\n\"Yes,\" said Wren.\n"
    article = Article(text, (Paragraph(0, 10, "headline"), Paragraph(12, 29, "body")), title="Ferry vote")
    with Library.open(db) as lib:
        article_id, _ = lib.add_article(article, source="/tmp/ferry.txt")
        (row,) = lib.list_articles()
        assert (row.id, row.feed_id) == (article_id, None)
        feed, created = lib.add_feed("http://gazette.invalid/rss", "Gazette")
        assert created and lib.feeds() == [feed]
        assert (feed.unread, feed.error, feed.last_checked) == (0, None, None)
        assert lib.list_articles(feed_id=feed.id) == [] and lib.count(feed_id=feed.id) == 0
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS) >= 3
    conn.close()


def test_an_upgraded_library_keeps_rows_written_before(db):
    conn = _version_2_library(db)
    conn.execute(
        "INSERT INTO articles (key, id, source, title, text, paragraphs, added) "
        "VALUES (1, 'abc', '/tmp/a.txt', 'Old story', 'Old story\n', '[[0, 9, \"headline\"]]', '2031-01-01T00:00:00+00:00')"
    )
    conn.execute("INSERT INTO reading (article, read, starred) VALUES (1, 1, 1)")
    conn.close()
    with Library.open(db) as lib:
        (row,) = lib.list_articles()
        assert (row.title, row.read, row.starred, row.feed_id) == ("Old story", True, True, None)
