"""Titles, bodies and file names that carry terminal escape sequences: the commands
meant for people print none of them raw. A raw ESC or C1 control can clear the screen,
retitle the window or hide text; shown as a visible symbol it does nothing.

JSON output escapes control characters itself; CSV is data and keeps them as they are."""
from __future__ import annotations

import json

import pytest

from .hostile import TERMINAL_CONTROL

ESCAPES = "\x1b]0;pwned\x07 \x1b[2J \x1b[31m \x9b31m \x7f \x08"


def _files(folder):
    folder.mkdir()
    (folder / "evil.txt").write_text(
        f"Evil {ESCAPES} headline\n\"We will {ESCAPES} vote today,\" Jane Roe said.\nThe council met {ESCAPES} on Tuesday.\n",
        encoding="utf-8",
    )
    (folder / "evil.md").write_text(
        f'---\ntitle: "Markdown {ESCAPES} title"\nsource: "Gazette {ESCAPES}"\n---\n\n# Head {ESCAPES}\n\n'
        f'"Tuesday {ESCAPES} it is," Ann Lee said.\n',
        encoding="utf-8",
    )
    (folder / "evil.html").write_text(
        f"<html><head><title>Page {ESCAPES}</title></head><body><h1>HTML {ESCAPES} title</h1>"
        f'<p>"Tuesday &#27;[2J &#x9b;31m comes," Bob Smith said {ESCAPES}.</p></body></html>',
        encoding="utf-8",
    )
    (folder / f"name {ESCAPES[:12]}.txt").write_text("Plain title\n\"Tuesday,\" Ann Lee said.\n", encoding="utf-8")
    (folder / f"broken {ESCAPES[:12]}.txt").write_bytes(b"\x00binary")


@pytest.fixture
def evil_library(reader, tmp_path):
    _files(tmp_path / "evil")
    done = reader("import", tmp_path / "evil", ok=False)
    assert done.returncode == 2  # the binary file
    assert done.stdout.startswith("4 added")
    return done


def _assert_no_controls(output: str, what: str) -> None:
    found = TERMINAL_CONTROL.findall(output)
    assert found == [], f"{what} printed raw controls {sorted(set(found))!r}"


def test_import_names_a_bad_file_without_raw_controls(evil_library):
    _assert_no_controls(evil_library.stderr, "reader import (stderr)")
    (line,) = evil_library.stderr.splitlines()
    assert "binary file" in line


@pytest.mark.parametrize(
    "args",
    [("list",), ("list", "--unread"), ("search", "Tuesday"), ("search", "vote"), ("search", "tuesday", "--speaker", "Ann Lee"),
     ("speakers",), ("export",), ("export", "--format", "markdown", "--speaker", "Jane Roe")],
    ids=lambda a: " ".join(a),
)
def test_commands_for_people_print_no_raw_controls(evil_library, reader, args):
    done = reader(*args)
    assert done.stdout.strip(), "nothing printed: the test would prove nothing"
    _assert_no_controls(done.stdout + done.stderr, f"reader {' '.join(args)}")


def test_the_escapes_are_shown_not_dropped(evil_library, reader):
    """Made visible (ESC as ␛), not deleted: the reader still sees what the file holds."""
    listing = reader("list").stdout
    assert "\u241b[2J" in listing and "Evil" in listing


def test_json_escapes_controls_and_keeps_the_text(evil_library, reader):
    done = reader("list", "--format", "json")
    assert "\x1b" not in done.stdout
    titles = [row["title"] for row in json.loads(done.stdout)]
    assert any("\x1b[2J" in t for t in titles)  # the data itself is unchanged
