"""Loaders: bytes in, Article out. They know nothing of the engine, the store or the UI."""
from __future__ import annotations

from pathlib import Path

from reader.model import Article


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
    if b"\x00" in data[:8192]:
        raise LoadError(f"{path}: binary file, not an article")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise LoadError(f"{path}: not UTF-8 text (bad byte at offset {e.start})") from None
    with open(p, encoding="utf-8") as fh:
        return fh.read()


def load(path: str | Path) -> Article:
    """Load an article from a file, choosing the loader by its extension."""
    from reader.sources import text

    source = read_text(path)
    return text.parse(source, path=str(path))
