"""The speakers pane: who is quoted, how often, anonymous ones marked, unattributed last."""
from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.sources import safe_display
from reader.ui.widgets.article_view import PALETTE_SIZE

if TYPE_CHECKING:
    from reader.model import Extraction

UNATTRIBUTED = -1  # the speaker "index" of quotes nobody is credited with


def speaker_groups(extraction: Extraction) -> list[tuple[int, str, bool, list[int]]]:
    """(speaker index, label, anonymous, quote indices) in pane order."""
    groups = []
    for i, sp in enumerate(extraction.speakers):
        quotes = [qi for qi, q in enumerate(extraction.quotes) if q.speaker == i]
        groups.append((i, safe_display(sp.name), sp.anonymous, quotes))
    rest = [qi for qi, q in enumerate(extraction.quotes) if q.speaker is None]
    if rest:
        groups.append((UNATTRIBUTED, "Unattributed", False, rest))
    return groups


class SpeakerList(OptionList):
    DEFAULT_CSS = """
    SpeakerList { height: 1fr; border: none; padding: 0; }
    SpeakerList:focus { border: none; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.groups: list[tuple[int, str, bool, list[int]]] = []
        self._chosen: int | None = None
        self._wrapped_at = 0  # the width the prompts were wrapped for

    def render_lines(self, crop: Region) -> list[Strip]:
        if not self.option_count:  # no article open yet (the first frame among others)
            return [Strip.blank(crop.width, self.rich_style)] * crop.height
        return super().render_lines(crop)

    def show(self, extraction: Extraction | None, chosen: int | None = None) -> None:
        self.groups = speaker_groups(extraction) if extraction else []
        self._chosen = chosen
        self._wrapped_at = self._width()
        options = [Option(self._prompt(group, chosen), id=f"speaker-{group[0]}") for group in self.groups]
        with self.app.batch_update():
            self.clear_options()
            self.add_options(options)
            if chosen is not None:
                self.highlighted = self.position_of(chosen)

    def _width(self) -> int:
        return self.scrollable_content_region.width

    def _prompt(self, group: tuple[int, str, bool, list[int]], chosen: int | None) -> Content:
        """"◆ name (anon)  count", a name too long for the pane wrapping under itself
        rather than under the mark."""
        index, label, anonymous, quotes = group
        colour = "$quote-unattributed" if index == UNATTRIBUTED else f"$speaker-{index % PALETTE_SIZE}"
        mark = "◆" if index != UNATTRIBUTED else "◇"
        name = Content.assemble(
            (label, "bold" if index == chosen else ""),
            (" (anon)" if anonymous else "", "italic $text-muted"),
        )
        count = Content.styled(f"  {len(quotes)}", "$text-muted")
        # the count stays on the name's last line: the name wraps in what is left of it
        width = self._wrapped_at - 2 - count.cell_length
        lines = name.wrap(width) if width >= 8 and name.cell_length > width else [name]
        out = Content.assemble((mark, colour), " ", lines[0])
        for line in lines[1:]:
            out = Content.assemble(out, "\n  ", line)
        return Content.assemble(out, count)

    def on_resize(self) -> None:
        if self.groups and self._width() != self._wrapped_at:
            highlighted = self.highlighted
            self._wrapped_at = self._width()
            for pos, group in enumerate(self.groups):
                self.replace_option_prompt_at_index(pos, self._prompt(group, self._chosen))
            self.highlighted = highlighted

    def position_of(self, speaker: int) -> int | None:
        for pos, group in enumerate(self.groups):
            if group[0] == speaker:
                return pos
        return None
