"""`reader import`, `list`, `search`, `speakers`, `mark` and `export` as a user runs them."""
from __future__ import annotations

import csv
import hashlib
import io
import os
import pty
import sqlite3
import subprocess
import sys

import pytest

from .articles import write_articles

BRIDGE = '"We will build the bridge," Jane Roe said.'
FERRY = '"The ferry is far too slow," John Doe said.'


@pytest.fixture
def news(tmp_path):
    folder = tmp_path / "news"
    (folder / "local").mkdir(parents=True)
    (folder / "bridge.txt").write_text(f"Bridge plan approved\n{BRIDGE}\nWork starts in spring.\n")
    (folder / "local" / "ferry.txt").write_text(f"Ferry complaints grow\n{FERRY}\nThe council will meet.\n")
    (folder / "local" / "notes.csv").write_text("not,an,article\n")
    return folder


def test_import_then_list(reader, news):
    done = reader("import", news)
    assert done.stdout.strip() == "2 added, 0 updated, 0 unchanged, 0 failed"
    assert done.stderr == ""  # no progress bar when stderr is not a terminal
    rows = reader.json("list")
    assert sorted(r["title"] for r in rows) == ["Bridge plan approved", "Ferry complaints grow"]
    assert set(rows[0]) >= {"id", "title", "source", "published", "read", "starred", "progress", "quote_index", "quotes", "speakers"}
    text = reader("list").stdout
    assert "Bridge plan approved" in text and "Ferry complaints grow" in text


def test_list_shows_the_publication_date_and_none_for_an_undated_article(reader, news, tmp_path):
    dated = tmp_path / "dated.md"
    dated.write_text(f"---\ntitle: Pier reopens\npublished: 2024-03-05\n---\n\n{BRIDGE}\n")
    reader("import", news)
    reader("import", dated)
    lines = {line.rsplit("  ", 1)[-1]: line for line in reader("list").stdout.splitlines()}
    assert "2024-03-05" in lines["Pier reopens"]
    # the bridge story has no date: its column is blank, not the day it was imported
    (undated,) = [r for r in reader.json("list") if r["title"] == "Bridge plan approved"]
    assert undated["published"] is None and undated["added"]
    assert undated["added"][:10] not in lines["Bridge plan approved"]


def test_reimport_unchanged_does_nothing(reader, news):
    reader("import", news)
    assert reader("import", news).stdout.strip() == "0 added, 0 updated, 2 unchanged, 0 failed"
    assert len(reader.json("list")) == 2


def test_changed_file_keeps_its_reading_state(reader, news):
    reader("import", news)
    (row,) = [r for r in reader.json("list") if r["title"].startswith("Bridge")]
    reader("mark", "star", row["id"][:8])
    reader("mark", "read", row["id"][:8])
    (news / "bridge.txt").write_text(f"Bridge plan delayed\n{BRIDGE}\nWork starts next year.\n")
    assert reader("import", news).stdout.strip() == "0 added, 1 updated, 1 unchanged, 0 failed"
    (row,) = reader.json("list", "--starred")
    assert (row["title"], row["read"], row["starred"]) == ("Bridge plan delayed", True, True)


def test_bad_files_are_one_line_each_exit_2_and_the_rest_imported(reader, news, tmp_path):
    (news / "broken.txt").write_bytes(b"\x00\x01binary")
    (news / "empty.md").write_text("")
    done = reader("import", news, tmp_path / "missing.txt", check_ok=False)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("reader: ") for line in lines)
    assert any("broken.txt" in line for line in lines) and any("missing.txt" in line for line in lines)
    assert "2 added" in done.stdout
    assert len(reader.json("list")) == 2


def test_importing_a_folder_without_articles_says_so(reader, tmp_path):
    (tmp_path / "empty").mkdir()
    done = reader("import", tmp_path / "empty", check_ok=False)
    assert done.returncode == 2 and "no article files" in done.stderr


def test_progress_bar_on_a_terminal(tmp_path):
    write_articles(tmp_path / "many", 30)
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "reader", "import", str(tmp_path / "many")],
            stdout=subprocess.PIPE, stderr=follower, text=True, env=dict(os.environ), timeout=120,
        )
        os.close(follower)
        follower = None
        seen = os.read(leader, 65536).decode()
    finally:
        if follower is not None:
            os.close(follower)
        os.close(leader)
    assert done.returncode == 0
    assert "importing [" in seen and "30/30" in seen
    assert "Traceback" not in seen


def test_list_filters_and_limit(reader, news):
    reader("import", news)
    rows = reader.json("list")
    reader("mark", "read", rows[0]["id"])
    reader("mark", "star", rows[1]["id"])
    assert [r["id"] for r in reader.json("list", "--unread")] == [rows[1]["id"]]
    assert [r["id"] for r in reader.json("list", "--starred")] == [rows[1]["id"]]
    assert len(reader.json("list", "--limit", "1")) == 1
    reader("mark", "unread", rows[0]["id"])
    reader("mark", "unstar", rows[1]["id"])
    assert reader.json("list", "--starred") == []
    assert len(reader.json("list", "--unread")) == 2


def test_first_list_of_an_empty_library_shows_the_samples(reader):
    rows = reader.json("list")
    assert rows and all(r["source"] for r in rows)
    assert len(reader.json("list")) == len(rows)  # imported once


def test_search_finds_words_with_marked_snippets(reader, news):
    reader("import", news)
    hits = reader.json("search", "spring")
    assert [h["title"] for h in hits] == ["Bridge plan approved"]
    assert "[spring]" in hits[0]["snippet"]
    text = reader("search", "spring").stdout
    assert "Bridge plan approved" in text and "[spring]" in text


def test_search_finds_a_quoted_word_and_the_speaker_filter_keeps_hers(reader, news):
    reader("import", news)
    hits = reader.json("search", "bridge")
    assert any(h["kind"] == "quote" for h in hits)
    mine = reader.json("search", "bridge", "--speaker", "Jane Roe")
    assert mine and all(h["kind"] == "quote" and h["speaker"] == "Jane Roe" for h in mine)
    assert reader.json("search", "bridge", "--speaker", "John Doe") == []


@pytest.mark.parametrize("query", ['"', "(bridge", "bridge AND", "OR", "*", 'col:"x', "NOT bridge", "NEAR("])
def test_odd_search_text_is_not_an_error(reader, news, query):
    reader("import", news)
    assert reader("search", query).returncode == 0


def test_speakers(reader, news):
    reader("import", news)
    names = {row["name"]: row for row in reader.json("speakers")}
    assert names["Jane Roe"]["quotes"] >= 1 and names["Jane Roe"]["articles"] == 1
    assert "Jane Roe" in reader("speakers").stdout


def test_export_formats(reader, news):
    reader("import", news)
    records = reader.json("export", "--speaker", "Jane Roe")
    assert records and all(r["speaker"] == "Jane Roe" for r in records)
    assert "bridge" in records[0]["text"] and records[0]["title"] == "Bridge plan approved"
    assert records[0]["source"].endswith("bridge.txt")
    rows = list(csv.DictReader(io.StringIO(reader("export", "--format", "csv").stdout)))
    assert {r["speaker"] for r in rows} >= {"Jane Roe"}
    markdown = reader("export").stdout
    assert "## Bridge plan approved" in markdown and "— Jane Roe" in markdown
    assert reader.json("export", "--starred") == []


def test_mark_with_unknown_or_ambiguous_ids(reader, news):
    reader("import", news)
    done = reader("mark", "read", "zzzz", check_ok=False)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    done = reader("mark", "read", "", check_ok=False)
    assert done.returncode == 2


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_garbage_library_file_is_one_line_exit_2_and_untouched(reader, db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_text("I am not a database. " * 200)
    before = _digest(db_path)
    for command in (["list"], ["search", "x"], ["import", db_path.parent]):
        done = reader(*command, check_ok=False)
        assert done.returncode == 2
        assert done.stderr.count("\n") == 1 and "not a reader library" in done.stderr
    assert _digest(db_path) == before


def test_a_newer_library_is_one_line_exit_2_and_untouched(reader, db_path):
    reader("list")
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = _digest(db_path)
    done = reader("list", check_ok=False)
    assert done.returncode == 2 and "newer reader" in done.stderr and done.stderr.count("\n") == 1
    assert _digest(db_path) == before


def test_data_dir_option(reader, news, tmp_path):
    reader("--data-dir", tmp_path / "elsewhere", "import", news)
    assert (tmp_path / "elsewhere" / "library.db").is_file()


def test_headless_commands_do_not_import_textual():
    code = (
        "import sys, reader.cli.library_cmd, reader.store; "
        "sys.exit(1 if any(m == 'textual' or m.startswith('textual.') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_a_mistyped_command_is_named_as_such_and_nothing_is_imported(reader, news):
    done = reader("add", news / "bridge.txt", check_ok=False)
    assert done.returncode == 2
    line, = done.stderr.splitlines()
    assert "add: not a command" in line and "import" in line
    assert "Bridge plan approved" not in reader("list").stdout


def test_a_missing_article_file_is_still_no_such_file(reader, tmp_path):
    done = reader(tmp_path / "missing.txt", check_ok=False)
    assert done.returncode == 2
    assert "missing.txt: no such file" in done.stderr
