"""Which files an import reads: named files as given, folders searched recursively."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def folder_articles(folder: Path) -> Iterator[Path]:
    """Article files under `folder`, sorted, skipping hidden files and folders."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
        for name in sorted(files):
            if not _is_hidden(name) and Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                yield Path(root, name)


def article_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Every file to import, as an absolute path, each once.

    A file named outright is yielded whatever its extension (the loader decides), and so
    is a path that doesn't exist, so the import can report it."""
    seen: set[Path] = set()
    for given in paths:
        path = Path(os.path.abspath(Path(given).expanduser()))
        found = folder_articles(path) if path.is_dir() else iter((path,))
        for file in found:
            if file not in seen:
                seen.add(file)
                yield file
