"""What the headless commands share about the terminal: the user's library opened with
one-line errors, text made safe for one line, and a progress bar for long work."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from reader.cli import UserError
from reader.sources import safe_display
from reader.store import Library, StoreError


@contextmanager
def open_library() -> Iterator[Library]:
    """The user's library; its errors become one-line UserErrors."""
    try:
        lib = Library.open()
    except StoreError as e:
        raise UserError(str(e)) from None
    try:
        yield lib
    except StoreError as e:
        raise UserError(str(e)) from None
    finally:
        lib.close()


def one_line(text: str) -> str:
    """Text from an article, a feed or a file name made fit for one line of a terminal:
    control characters shown as symbols (an ESC in a title must not drive the
    terminal), line breaks as spaces."""
    return safe_display(text).replace("\n", " ")


class ProgressBar:
    """A one-line bar on stderr, redrawn in place; for terminals only."""

    WIDTH = 30

    def __init__(self, stream, label: str) -> None:
        self.stream = stream
        self.label = label
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        filled = self.WIDTH * done // total if total else self.WIDTH
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (self.WIDTH - filled)}] {done}/{total}")
        self.stream.flush()
        self.drawn = True

    def finish(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
