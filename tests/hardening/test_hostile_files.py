"""Hostile article files through `load` and through `reader quotes`: a file either
becomes an article whose paragraphs are sound spans of its text, or a LoadError of one
line naming it. Nothing else escapes, and the command never prints a traceback.

The quote engine's own hostile cases are in tests/quotes; these are about files."""
from __future__ import annotations

import json
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from reader.model import Article
from reader.sources import MAX_BYTES, LoadError, load

from .conftest import READER, reader_env
from .hostile import LOADABLE, TERMINAL_CONTROL, UNLOADABLE

SUFFIXES = (".txt", ".md", ".html")


def assert_sound(article: Article) -> None:
    """Paragraphs are non-empty, in order, inside the text and not overlapping."""
    end = 0
    for p in article.paragraphs:
        assert end <= p.start < p.end <= len(article.text), p
        end = p.end
    assert isinstance(article.title, str)


def should_load(data: bytes) -> bool:
    """The documented rule: UTF-8 text, not blank, no NUL byte, not over MAX_BYTES."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return bool(data.strip()) and b"\x00" not in data and len(data) <= MAX_BYTES


def check_file(path: Path, data: bytes) -> Article | None:
    """load(path) as a user meets it: an article, or one line naming the file."""
    path.write_bytes(data)
    try:
        article = load(path)
    except LoadError as e:
        message = str(e)
        assert not should_load(data), f"refused a loadable file: {message}"
        assert message.startswith(f"{path}: ") and "\n" not in message and "\r" not in message
        return None
    assert should_load(data), "loaded a file it should refuse"
    assert_sound(article)
    if path.suffix != ".html":  # text and Markdown offsets index the file's own text
        assert article.text == path.read_text(encoding="utf-8")
    return article


# ---- property tests: any bytes ------------------------------------------------------

PIECES = st.sampled_from(
    ["\n", "\r\n", "\r", "\n\n", "\x00", "\x1b[2J", "\x9b", "\x7f", "\ufeff", "\u2028", "\x85", "\u202e", "\u2066",
     "\u200d", "\u200b", "“", "”", "‘", "’", "«", "»", "„", '"', "'", "---\n", "title: x\n", "# ", "> ", "<p>",
     "</p>", "<h1>", "<title>", "&#27;", "&#0;", '"We won," Jane Roe said.', "é", "\U0001f600"]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=10)), max_size=40).map("".join)


@st.composite
def file_bytes(draw) -> bytes:
    """Text in one of several encodings, sometimes cut short or spliced with raw bytes."""
    chunks = []
    for _ in range(draw(st.integers(1, 4))):
        text = draw(TEXT)
        how = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "latin-1", "utf-16-le", "utf-16-be", "cut", "raw"]))
        if how == "raw":
            chunks.append(draw(st.binary(max_size=16)))
        elif how == "cut":
            encoded = text.encode("utf-8", "surrogatepass")
            chunks.append(encoded[: draw(st.integers(0, len(encoded)))])
        else:
            chunks.append(text.encode(how, "replace" if how == "latin-1" else "surrogatepass"))
    return b"".join(chunks)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=file_bytes(), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_load_or_fail_with_one_line(tmp_path, data, suffix):
    check_file(tmp_path / f"article{suffix}", data)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT.filter(lambda t: "\x00" not in t and t.strip(" \t\n\r\x0b\x0c")), breaks=st.sampled_from(["\n", "\r\n", "\r"]))
def test_line_breaks_never_change_what_a_text_file_says(tmp_path, text, breaks):
    """CRLF, lone CR and LF files give the same article as text-mode open() sees it."""
    path = tmp_path / "article.txt"
    article = check_file(path, text.replace("\n", breaks).encode("utf-8", "surrogatepass"))
    if article is not None:
        assert "\r" not in article.text


# ---- named hostile files ------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(LOADABLE))
def test_hostile_files_load_as_sound_articles(tmp_path, name):
    assert check_file(tmp_path / name, LOADABLE[name]()) is not None


@pytest.mark.parametrize("name", sorted(UNLOADABLE))
def test_unreadable_files_are_one_line_load_errors(tmp_path, name):
    make, reason = UNLOADABLE[name]
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(LoadError) as caught:
        load(path)
    assert str(caught.value).startswith(f"{path}: ") and reason in str(caught.value)
    assert "\n" not in str(caught.value)


def _reader_quotes(*args) -> subprocess.CompletedProcess:
    return subprocess.run([*READER, "quotes", *map(str, args)], capture_output=True, text=True,
                          env=reader_env(), timeout=300, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for name, make in LOADABLE.items():
        (folder / name).write_bytes(make())
    for name, (make, _) in UNLOADABLE.items():
        (folder / name).write_bytes(make())
    return folder


def test_reader_quotes_on_each_hostile_file(hostile_folder):
    """Exit 0 with a record whose quotes are spans of the file's text, or exit 2 with one
    line naming the file; never a traceback."""
    names = sorted(LOADABLE) + sorted(UNLOADABLE)
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = dict(zip(names, pool.map(lambda n: _reader_quotes("--format", "jsonl", hostile_folder / n), names)))
    for name, done in runs.items():
        path = hostile_folder / name
        assert "Traceback" not in done.stderr, (name, done.stderr[-2000:])
        if name in UNLOADABLE:
            assert done.returncode == 2, name
            assert done.stdout == ""
            (line,) = done.stderr.splitlines()
            assert line.startswith(f"reader: {path}: "), line
            continue
        assert done.returncode == 0, (name, done.stderr[-2000:])
        assert done.stderr == ""
        # JSON Lines are split on "\n" only: U+2028 and NEL may stand raw inside strings
        (record,) = [json.loads(line) for line in done.stdout.split("\n") if line]
        text = record["article_text"] if name.endswith(".html") else path.read_text(encoding="utf-8")
        for q in record["quotes"]:
            assert " ".join(text[s:e] for s, e in q["segments"]) == q["text"], name
            for part in (q["mention"], q["cue"]):
                assert part is None or text[part["start"] : part["end"]] == part["text"], name


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_reader_quotes_for_people_prints_no_terminal_controls(hostile_folder, fmt):
    """Text and Markdown output go to terminals: no raw ESC, C1 or other control."""
    names = [n for n in sorted(LOADABLE) if not n.startswith(("5mb", "100k"))]
    done = _reader_quotes("--format", fmt, *(hostile_folder / n for n in names))
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    if fmt == "text":  # each file gets its block, headed by its path
        assert all(f"{hostile_folder / name}: " in done.stdout for name in names)
    found = TERMINAL_CONTROL.findall(done.stdout + done.stderr)
    assert found == [], sorted(set(found))
