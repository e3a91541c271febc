"""StoreError, and the one place that turns SQLite's failures into a line a user can act on."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


class StoreError(Exception):
    """The library can't do what was asked; the message is one line for the user."""


# SQLite's primary result codes for the failures a user can cause or fix.
_BUSY, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 8, 10, 11, 13, 14, 26


def describe(error: sqlite3.Error, path: Path | str) -> str | None:
    """A one-line explanation of `error` for the library at `path`, or None for a bug."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = None if code is None else code & 0xFF
    if primary == _NOTADB:
        return f"{path}: not a reader library (the file is not an SQLite database); move it aside or pick another --data-dir"
    if primary == _CORRUPT:
        return f"{path}: the library file is damaged; restore it from a backup or move it aside"
    if primary == _READONLY:
        return f"{path}: the library is read-only; check the permissions of the file and its folder"
    if primary == _FULL:
        return f"{path}: the disk is full; free some space and try again (the write that failed was undone; the library is intact)"
    if primary == _CANTOPEN:
        return f"{path}: cannot open the library; check that its folder exists and is writable"
    if primary == _BUSY:
        return f"{path}: the library stayed busy (another reader is writing); try again"
    if primary == _IOERR:
        return f"{path}: the library could not be read or written (I/O error)"
    return None


@contextmanager
def translated(path: Path | str) -> Iterator[None]:
    """Re-raise SQLite failures a user can fix as StoreError; let bugs through untouched."""
    try:
        yield
    except sqlite3.Error as e:
        message = describe(e, path)
        if message is None:
            raise
        raise StoreError(message) from e
