"""Article files for the CLI tests, written on the spot."""
from __future__ import annotations

from pathlib import Path


def write_articles(folder: Path, count: int, start: int = 0) -> list[Path]:
    """`count` small articles, each with one plainly attributed quote."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        path = folder / f"article-{i:05}.txt"
        path.write_text(
            f"Story number {i}\n"
            f'"Item {i} is on the agenda," Jane Roe said.\n'
            f"The council discussed item {i} at length on Tuesday.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths
