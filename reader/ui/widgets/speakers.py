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

    def render_lines(self, crop: Region) -> list[Strip]:
        if not self.option_count:  # no article open yet (the first frame among others)
            return [Strip.blank(crop.width, self.rich_style)] * crop.height
        return super().render_lines(crop)

    def show(self, extraction: Extraction | None, chosen: int | None = None) -> None:
        self.groups = speaker_groups(extraction) if extraction else []
        options = []
        for index, label, anonymous, quotes in self.groups:
            colour = "$quote-unattributed" if index == UNATTRIBUTED else f"$speaker-{index % PALETTE_SIZE}"
            mark = "◆" if index != UNATTRIBUTED else "◇"
            prompt = Content.assemble(
                (mark, colour), " ", (label, "bold" if index == chosen else ""),
                (" (anon)" if anonymous else "", "italic $text-muted"),
                (f"  {len(quotes)}", "$text-muted"),
            )
            options.append(Option(prompt, id=f"speaker-{index}"))
        with self.app.batch_update():
            self.clear_options()
            self.add_options(options)
            if chosen is not None:
                self.highlighted = self.position_of(chosen)

    def position_of(self, speaker: int) -> int | None:
        for pos, group in enumerate(self.groups):
            if group[0] == speaker:
                return pos
        return None
