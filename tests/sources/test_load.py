"""load(): the loader chosen by extension, and files that can't be read as articles."""
import subprocess
import sys

import pytest
from hypothesis import given, strategies as st

from reader.sources import LoadError, load, read_text

STORY_MD = "---\ntitle: Markdown title\n---\n\nBody paragraph.\n"
STORY_HTML = "<h1>HTML title</h1><p>Body paragraph.</p>"
STORY_TXT = "Text title\nBody paragraph.\n"


@pytest.mark.parametrize(
    "name, content, fmt, title",
    [
        ("a.md", STORY_MD, "markdown", "Markdown title"),
        ("a.markdown", STORY_MD, "markdown", "Markdown title"),
        ("A.MD", STORY_MD, "markdown", "Markdown title"),
        ("a.html", STORY_HTML, "html", "HTML title"),
        ("a.htm", STORY_HTML, "html", "HTML title"),
        ("a.txt", STORY_TXT, "text", "Text title"),
        ("README", STORY_TXT, "text", "Text title"),
        ("notes.md.txt", STORY_TXT, "text", "Text title"),
    ],
)
def test_loader_is_chosen_by_extension(tmp_path, name, content, fmt, title):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    article = load(path)
    assert (article.format, article.title, article.path) == (fmt, title, str(path))


def _bad_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\r\n\t\n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "late-nul.txt").write_bytes(b"Headline\n" + b"x" * 10000 + b"\x00")
    (tmp_path / "latin1.txt").write_bytes("Caf\u00e9 reopens\n".encode("latin-1"))
    (tmp_path / "folder.md").mkdir()
    return {
        "missing.txt": "no such file",
        "empty.txt": "empty file",
        "blank.txt": "empty file",
        "image.png": "binary file",
        "late-nul.txt": "binary file",
        "latin1.txt": "not UTF-8",
        "folder.md": "is a directory",
    }


def test_unreadable_files_raise_load_error_with_one_line_naming_the_file(tmp_path):
    for name, reason in _bad_files(tmp_path).items():
        path = tmp_path / name
        with pytest.raises(LoadError) as caught:
            load(path)
        message = str(caught.value)
        assert message.startswith(f"{path}: ") and reason in message
        assert "\n" not in message


def test_cli_reports_each_bad_file_on_one_line_exits_2_and_still_prints_the_good_ones(tmp_path):
    reasons = _bad_files(tmp_path)
    good = tmp_path / "good.md"
    good.write_text(STORY_MD, encoding="utf-8")
    bad = [str(tmp_path / name) for name in reasons]
    result = subprocess.run(
        [sys.executable, "-m", "reader", "quotes", bad[0], str(good), *bad[1:]],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert "Markdown title" in result.stdout
    errors = result.stderr.splitlines()
    assert len(errors) == len(bad)
    for line, path in zip(errors, bad):
        assert line.startswith(f"reader: {path}: ")
    assert "Traceback" not in result.stderr


def test_a_device_is_refused_rather_than_read_forever():
    with pytest.raises(LoadError, match=r"^/dev/zero: not a regular file$"):
        load("/dev/zero")


def test_a_file_name_with_a_newline_still_gives_a_one_line_message(tmp_path):
    path = tmp_path / "two\nlines.txt"
    path.write_bytes(b"")
    with pytest.raises(LoadError) as caught:
        load(path)
    assert "\n" not in str(caught.value) and "two\\nlines.txt: empty file" in str(caught.value)


@given(st.text(alphabet=st.sampled_from("ab \r\n\t\ufeff’é\x85\u2028"), min_size=1).filter(str.strip))
def test_read_text_returns_what_open_reads(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("read") / "story.txt"
    path.write_bytes(text.encode("utf-8"))
    with open(path, encoding="utf-8") as fh:
        assert read_text(path) == fh.read()
