"""Opening a library: creating, migrating, and refusing files it can't use, unchanged."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from reader import locations
from reader.model import Article, Paragraph
from reader.store import Library, StoreError
from reader.store import library as library_module
from reader.store.schema import SCHEMA_VERSION


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def big_article(n: int) -> Article:
    text = "Headline\n" + " ".join(f"word{i}" for i in range(n))
    return Article(text=text, paragraphs=(Paragraph(0, 8, "headline"), Paragraph(9, len(text))), title="Headline")


def test_open_defaults_to_the_data_dir_and_creates_it():
    with Library.open() as lib:
        assert lib.path == locations.db_path()
    assert locations.db_path().is_file()


def test_new_library_is_wal_at_the_current_schema(tmp_path):
    Library.open(tmp_path / "l.db").close()
    conn = sqlite3.connect(tmp_path / "l.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "library.db"
    path.write_bytes(b"these are my shopping notes, not a database\n" * 100)
    before = digest(path)
    with pytest.raises(StoreError, match="not a reader library") as caught:
        Library.open(path)
    assert "\n" not in str(caught.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.db"]


def test_a_newer_schema_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "library.db"
    Library.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="newer reader"):
        Library.open(path)
    assert digest(path) == before


def test_a_read_only_library_is_refused(tmp_path, monkeypatch):
    # Tests run as root, which chmod can't stop, so SQLite's own read-only mode stands in
    # for a read-only file: SQLite reports both the same way (SQLITE_READONLY).
    path = tmp_path / "library.db"
    Library.open(path).close()
    before = digest(path)
    monkeypatch.setattr(library_module, "OPEN_MODE", "ro")
    with pytest.raises(StoreError, match="read-only"):
        Library.open(path)
    assert digest(path) == before


def test_a_chmod_read_only_library_is_refused_or_writable(tmp_path):
    """Where chmod does bite (not root), the refusal is a StoreError at open."""
    path = tmp_path / "library.db"
    Library.open(path).close()
    path.chmod(0o444)
    try:
        with Library.open(path) as lib:  # root: still writable, and it must work
            lib.add_article(big_article(3))
    except StoreError as e:
        assert "read-only" in str(e)
    finally:
        path.chmod(0o644)


def test_a_full_disk_is_a_store_error_and_changes_nothing(tmp_path):
    path = tmp_path / "library.db"
    with Library.open(path) as lib:
        lib.add_article(big_article(10))
        pages = lib._conn.execute("PRAGMA page_count").fetchone()[0]
        # max_page_count makes SQLite answer SQLITE_FULL, exactly as a full disk does
        lib._conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(StoreError, match="disk is full"):
            lib.add_article(big_article(50_000))
        assert lib.count() == 1
        assert lib._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        lib._conn.execute("PRAGMA max_page_count = 1000000")  # space freed: it works again
        assert lib.add_article(big_article(20))[1] == "added"


def test_a_folder_in_place_of_the_file_is_refused(tmp_path):
    (tmp_path / "library.db").mkdir()
    with pytest.raises(StoreError, match="folder"):
        Library.open(tmp_path / "library.db")


def test_an_unmakeable_data_folder_is_refused(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="cannot create"):
        Library.open(tmp_path / "file" / "sub" / "library.db")


def test_migration_from_an_empty_file(tmp_path):
    path = tmp_path / "library.db"
    path.touch()  # an empty file is an empty SQLite database
    with Library.open(path) as lib:
        assert lib.count() == 0


def test_an_older_library_is_migrated_and_keeps_its_articles(tmp_path):
    from reader.store.schema import MIGRATIONS

    path = tmp_path / "library.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO articles (key, id, source, title, text, paragraphs, added) "
        "VALUES (1, 'abc', '/a.txt', 'Kept', 'Kept\nx', '[[0,4,\"headline\"]]', '2024-01-01T00:00:00+00:00')"
    )
    conn.execute("INSERT INTO reading (article, starred) VALUES (1, 1)")
    conn.close()
    with Library.open(path) as lib:
        assert [(r.title, r.starred) for r in lib.list_articles()] == [("Kept", True)]
        assert lib._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
