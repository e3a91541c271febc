"""Loaders: bytes in, Article out. They know nothing of the engine, the store or the UI.

    from reader.sources import load, LoadError
    article = load("story.md")      # .md/.markdown, .html/.htm, anything else as text
"""
from __future__ import annotations

from pathlib import Path

from reader.model import Article
from reader.sources.display import safe_display

__all__ = ["LoadError", "load", "read_text", "parse_text", "parse_markdown", "parse_html", "safe_display"]

_MARKDOWN = {".md", ".markdown"}
_HTML = {".html", ".htm"}


class LoadError(Exception):
    """A file that can't be read as an article; the message is one line for the user."""


def read_text(path: str | Path) -> str:
    """Read a file as UTF-8 text, exactly as `open(path, encoding="utf-8").read()` does."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise LoadError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise LoadError(f"{path}: is a directory") from None
    except OSError as e:
        raise LoadError(f"{path}: cannot read ({e.strerror or e})") from None
    if not data.strip():
        raise LoadError(f"{path}: empty file")
    if b"\x00" in data:
        raise LoadError(f"{path}: binary file, not an article")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise LoadError(f"{path}: not UTF-8 text (bad byte at offset {e.start})") from None
    with open(p, encoding="utf-8") as fh:
        return fh.read()


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
