"""Loaders: bytes in, Article out. They know nothing of the engine, the store or the UI.

    from reader.sources import load, LoadError
    article = load("story.md")      # .md/.markdown, .html/.htm, anything else as text
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from reader.sources.display import safe_display

if TYPE_CHECKING:  # the app's first frame needs safe_display, not the model's dataclasses
    from reader.model import Article

__all__ = ["LoadError", "load", "read_bytes", "read_text", "parse_text", "parse_markdown", "parse_html", "safe_display"]

_MARKDOWN = {".md", ".markdown"}
_HTML = {".html", ".htm"}
MAX_BYTES = 32 * 2**20  # no news article is this long; a file that is is a mistake
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class LoadError(Exception):
    """A file that can't be read as an article; the message is one line for the user."""


def read_bytes(path: str | Path, limit: int = MAX_BYTES, what: str = "") -> bytes:
    """A file's bytes (up to `limit` + 1), or a LoadError in one line naming the file;
    `what` finishes the message for a directory ("is a directory, not an OPML file")."""
    p, name = Path(path), _printable(str(path))
    try:
        if p.exists() and not (p.is_file() or p.is_dir() or p.is_fifo()):
            raise LoadError(f"{name}: not a regular file")
        with open(p, "rb") as fh:
            return fh.read(limit + 1)
    except FileNotFoundError:
        raise LoadError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise LoadError(f"{name}: is a directory" + (f", not {what}" if what else "")) from None
    except OSError as e:
        raise LoadError(f"{name}: cannot read ({e.strerror or e})") from None


def read_text(path: str | Path) -> str:
    """Read a file as UTF-8 text, exactly as `open(path, encoding="utf-8").read()` does."""
    name = _printable(str(path))
    data = read_bytes(path)
    if len(data) > MAX_BYTES:
        raise LoadError(f"{name}: too large for an article (over {MAX_BYTES // 2**20} MiB)")
    if not data.strip():
        raise LoadError(f"{name}: empty file")
    if b"\x00" in data:
        raise LoadError(f"{name}: binary file, not an article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise LoadError(f"{name}: not UTF-8 text (bad byte at offset {e.start})") from None
    # What text-mode open() gives: universal newlines, a BOM kept as U+FEFF.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _printable(name: str) -> str:
    """A file name fit for a one-line message: control characters written as escapes."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], name)


def load(path: str | Path) -> Article:
    """Load an article from a file, choosing the loader by its extension."""
    source = read_text(path)
    suffix = Path(path).suffix.lower()
    if suffix in _MARKDOWN:
        return parse_markdown(source, path=str(path))
    if suffix in _HTML:
        return parse_html(source, path=str(path))
    return parse_text(source, path=str(path))


def parse_text(source: str, path: str | None = None) -> Article:
    """A plain-text article: headline line, standfirst line, then paragraphs."""
    from reader.sources import text

    return text.parse(source, path=path)


def parse_markdown(source: str, path: str | None = None) -> Article:
    """A Markdown article with optional front matter; offsets into the raw Markdown."""
    from reader.sources import markdown

    return markdown.parse(source, path=path)


def parse_html(html: str, url: str | None = None, path: str | None = None) -> Article:
    """A web page: Article.text is the headline and paragraphs taken from it."""
    from reader.sources import html as html_loader

    return html_loader.parse(html, url=url, path=path)
