"""StoreError, and the one place that turns SQLite's failures into a line a user can act on."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


class StoreError(Exception):
    """The library can't do what was asked; the message is one line for the user."""


# SQLite's primary result codes (the low byte of an extended code) that a user can fix,
# and what to say about each.
_ADVICE = {  # NOTADB, CORRUPT, READONLY, FULL, CANTOPEN, BUSY, IOERR
    26: "not a reader library (the file is not an SQLite database); move it aside or pick another --data-dir",
    11: "the library file is damaged; restore it from a backup or move it aside",
    8: "the library is read-only; check the permissions of the file and its folder",
    13: "the disk is full; free some space and try again (the write that failed was undone; the library is intact)",
    14: "cannot open the library; check that its folder exists and is writable",
    5: "the library stayed busy (another reader is writing); try again",
    10: "the library could not be read or written (I/O error)",
}


def describe(error: sqlite3.Error, path: Path | str) -> str | None:
    """A one-line explanation of `error` for the library at `path`, or None for a bug."""
    code = getattr(error, "sqlite_errorcode", None)
    advice = None if code is None else _ADVICE.get(code & 0xFF)
    return None if advice is None else f"{path}: {advice}"


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
