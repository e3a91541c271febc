"""A killed import leaves a consistent library; two imports at once lose nothing."""
from __future__ import annotations

import json
import signal
import sqlite3
import time

from .articles import write_articles

KILL_AFTER_ARTICLES = 300
FILES = 3000


def _count(db_path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # not created or not migrated yet


def _assert_consistent(db_path) -> int:
    """Every article that is there is whole; returns how many there are."""
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for fts in ("articles_fts", "quotes_fts"):
        conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")  # raises if out of step
    rows = conn.execute(
        "SELECT a.source, a.text, a.paragraphs, e.quotes, e.data, "
        "(SELECT count(*) FROM quotes q WHERE q.article = a.key), "
        "(SELECT count(*) FROM reading r WHERE r.article = a.key) "
        "FROM articles a LEFT JOIN extractions e ON e.article = a.key"
    ).fetchall()
    for source, text, paragraphs, quotes, data, quote_rows, reading_rows in rows:
        with open(source, encoding="utf-8") as fh:
            assert text == fh.read()
        assert all(0 <= s <= e <= len(text) for s, e, _ in json.loads(paragraphs))
        assert data is not None and quotes == len(json.loads(data)["q"]) == quote_rows
        assert reading_rows == 1
    conn.close()
    return len(rows)


def test_a_killed_import_leaves_only_whole_articles(reader, db_path, tmp_path):
    write_articles(tmp_path / "big", FILES)
    proc = reader.popen("import", tmp_path / "big")
    deadline = time.monotonic() + 60
    while _count(db_path) < KILL_AFTER_ARTICLES and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert proc.poll() is None, "the import finished before it could be killed; raise FILES"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    proc.stderr.close()

    present = _assert_consistent(db_path)
    assert KILL_AFTER_ARTICLES <= present < FILES

    done = reader("import", tmp_path / "big")
    assert f"{FILES - present} added" in done.stdout
    assert _assert_consistent(db_path) == FILES


def test_two_imports_of_overlapping_folders_at_once(reader, db_path, tmp_path):
    root = tmp_path / "news"
    write_articles(root / "a", 300)
    write_articles(root / "b", 300, start=300)
    write_articles(root / "c", 300, start=600)
    first = reader.popen("import", root)  # all of it
    second = reader.popen("import", root / "c", root / "b")  # two thirds, other order
    outs = [p.communicate(timeout=300) for p in (first, second)]
    for proc, (out, err) in zip((first, second), outs):
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    added = [int(out.split()[0]) for out, _ in outs]
    assert sum(added) == 900
    assert _assert_consistent(db_path) == 900
    ids = [row["id"] for row in reader.json("list")]
    assert len(ids) == len(set(ids)) == 900
