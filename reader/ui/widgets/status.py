"""The status line under the panes: current quote, its speaker, reading progress."""
from __future__ import annotations

from textual.widgets import Static


class StatusLine(Static):
    DEFAULT_CSS = """
    StatusLine { height: 1; padding: 0 1; background: $panel; color: $text-muted; }
    """

    def show(self, *, quote: int | None, quotes: int, speaker: str | None, progress: float | None,
             following: str | None = None, note: str | None = None) -> None:
        parts = []
        if quote is not None and quotes:
            parts.append(f"quote {quote + 1}/{quotes}")
            parts.append(speaker or "unattributed")
        elif quotes:
            parts.append(f"{quotes} quote{'s' if quotes != 1 else ''}")
        if following:
            parts.append(f"following {following} (Esc: all)")
        if progress is not None:
            parts.append(f"{round(progress * 100)}%")
        if note:
            parts.append(note)
        self.update(" · ".join(parts), layout=False)  # one line, always: no layout pass
