"""Article files made on the spot, and a check that a library on disk is sound: what
the fault tests assert after every kill, full disk or concurrent run."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path


def write_articles(folder: Path, count: int, tag: str) -> dict[str, str]:
    """`count` small articles, each with one attributed quote; {absolute path: text}.

    `tag` keeps their texts (and so their ids) apart from every other folder's."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for i in range(count):
        path = (folder / f"article-{i:05}.txt").absolute()
        text = (
            f"Story {tag} number {i}\n"
            f'"Item {i} of {tag} is on the agenda," Jane Roe said.\n'
            f"The council discussed item {i} at length on Tuesday.\n"
        )
        path.write_text(text, encoding="utf-8")
        written[str(path)] = text
    return written


@dataclass(frozen=True)
class Snapshot:
    """What the library holds: id -> (source, read, starred)."""

    articles: dict[str, tuple[str | None, bool, bool]]

    def ids(self) -> set[str]:
        return set(self.articles)

    def sources(self) -> set[str]:
        return {source for source, _, _ in self.articles.values()}

    def read(self) -> set[str]:
        return {i for i, (_, read, _) in self.articles.items() if read}

    def starred(self) -> set[str]:
        return {i for i, (_, _, starred) in self.articles.items() if starred}

    def id_of(self, source: str) -> str:
        return next(i for i, (s, _, _) in self.articles.items() if s == source)


def check_library(db_path: Path, texts: dict[str, str], verified: set[str] | None = None) -> Snapshot:
    """Assert the library is sound and every article in it whole; return what it holds.

    Sound: SQLite's integrity and foreign-key checks pass, both full-text indexes agree
    with their tables, and each article has its reading state, its cached extraction
    and one quote row per cached quote. Whole: each article's text is its file's text
    and its paragraphs lie inside it. Articles whose ids are in `verified` were compared
    before and are not read again (a committed row can't change without a write); the
    rest are, and are added to it."""
    conn = sqlite3.connect(db_path, timeout=30)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for fts in ("articles_fts", "quotes_fts"):
            conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")  # raises if out of step
        orphans = conn.execute(
            "SELECT count(*) FROM articles a LEFT JOIN reading r ON r.article = a.key "
            "LEFT JOIN extractions e ON e.article = a.key WHERE r.article IS NULL OR e.article IS NULL"
        ).fetchone()[0]
        assert orphans == 0, f"{orphans} articles without reading state or extraction"
        cached, rows = conn.execute("SELECT (SELECT coalesce(sum(quotes), 0) FROM extractions), (SELECT count(*) FROM quotes)").fetchone()
        assert cached == rows, f"{cached} cached quotes but {rows} quote rows"
        articles = {}
        for article_id, source, read, starred in conn.execute(
            "SELECT a.id, a.source, r.read, r.starred FROM articles a JOIN reading r ON r.article = a.key"
        ):
            articles[article_id] = (source, bool(read), bool(starred))
        unseen = [i for i in articles if verified is None or i not in verified]
        for start in range(0, len(unseen), 500):
            chunk = unseen[start : start + 500]
            for article_id, source, text, paragraphs in conn.execute(
                f"SELECT id, source, text, paragraphs FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ):
                assert text == texts[source], source
                assert all(0 <= s < e <= len(text) for s, e, _ in json.loads(paragraphs)), source
        if verified is not None:
            verified.update(unseen)
    finally:
        conn.close()
    return Snapshot(articles)
