"""The article pane: the body drawn through the line API, every quote highlighted in
its speaker's colour, the current one standing out.

One widget draws the whole article and renders only the lines on screen, so an article
of 2,000 paragraphs opens as fast as one of twenty (a Markdown widget mounts a widget
per paragraph: seconds at that size). The text drawn for each block is exactly the
Document's `plain`, so the engine's source offsets map onto it with no guessing."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.segment import Segment
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual

from reader.ui.themes import PALETTE_SIZE  # theme variables speaker-0 … speaker-7

if TYPE_CHECKING:
    from reader.model import Extraction
    from reader.ui.document import Document

MARGIN = 2  # columns left and right of the text


@dataclass
class QuoteClicked(Message):
    """The user clicked a quote in the article."""

    index: int


class ArticleView(ScrollView, can_focus=True):
    """The scrolling article. Each block is wrapped once per width (for the line count)
    and turned into strips only when it comes on screen; a change of current quote
    re-renders just the blocks that quote touches."""

    # Looks of whole blocks by kind. Component classes, not style strings: their "auto"
    # text colours are resolved against the background here.
    COMPONENT_CLASSES = {"article--headline", "article--standfirst", "article--residue"}
    DEFAULT_CSS = """
    ArticleView { height: 1fr; background: $background; }
    ArticleView > .article--headline { color: $markdown-h1-color; text-style: bold; }
    ArticleView > .article--standfirst { color: $text; text-style: bold; }
    ArticleView > .article--residue { color: $text-disabled; text-style: italic; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        # No links here (a quote's click target is plain meta): Textual's link styling
        # would work out the widget's background again for every line drawn.
        self.set_reactive(ArticleView.auto_links, False)
        self.document: Document | None = None
        self.extraction: Extraction | None = None
        self.current: int | None = None
        self._spans: dict[int, list[tuple[int, int, int]]] = {}  # block -> (start, end, quote) in plain text
        self._quote_blocks: dict[int, list[int]] = {}
        self._width = 0  # the text width the layout below was made for
        self._tops: list[int] = []  # first line of each block
        self._heights: list[int] = []
        self._strips: dict[int, list[Strip]] = {}  # rendered blocks, for this width and theme

    def on_mount(self) -> None:
        self.watch(self.app, "theme", lambda _theme: self._forget_strips(), init=False)

    # ------------------------------------------------------------------ content
    def show(self, document: Document, extraction: Extraction, current: int | None = None) -> None:
        """Replace the article."""
        self.document, self.extraction, self.current = document, extraction, current
        self._spans.clear()
        self._quote_blocks.clear()
        for qi, quote in enumerate(extraction.quotes):
            for start, end in quote.segments:
                bi = document.block_of(start)
                if bi is None:
                    continue
                block = document.blocks[bi]
                ps, pe = block.to_plain(start), block.to_plain(end)
                if pe > ps:
                    self._spans.setdefault(bi, []).append((ps, pe, qi))
                    self._quote_blocks.setdefault(qi, []).append(bi)
        self._width = 0
        self._layout()
        self.scroll_to(0, 0, animate=False, immediate=True, force=True)
        self.refresh()

    def set_current(self, index: int | None) -> None:
        old, self.current = self.current, index
        for qi in {old, index} - {None}:
            for bi in self._quote_blocks.get(qi, ()):
                self._strips.pop(bi, None)
        self.refresh()

    def quote_style(self, index: int) -> str:
        quote = self.extraction.quotes[index]
        current = index == self.current
        if self.app.no_color:
            return "bold reverse" if current else ("bold" if quote.kind == "direct" else "underline")
        colour = "$quote-unattributed" if quote.speaker is None else f"$speaker-{quote.speaker % PALETTE_SIZE}"
        if current:
            return f"bold $quote-current-fg on {colour}"
        if quote.kind == "direct":
            return f"{colour} on $quote-direct-bg"
        return f"{colour} underline"

    def undecorated(self, bi: int) -> Content:
        """Block `bi` without quotes; -1 is the title heading, drawn when no paragraph
        is the headline."""
        if bi < 0:
            return Content.styled(self.document.title, self._kind_style("headline"))
        block = self.document.blocks[bi]
        style = self._kind_style(block.kind)
        return Content.styled(block.plain, style) if style else Content(block.plain)

    def _kind_style(self, kind: str) -> Style | None:
        if kind not in ("headline", "standfirst", "residue"):
            return None
        return Style.from_rich_style(self.get_component_rich_style(f"article--{kind}"))

    @property
    def _head(self) -> int:
        return 1 if self.document is not None and self.document.title else 0

    def decorated(self, bi: int) -> Content:
        """Block `bi` as drawn: its text with each quote's style and a click target."""
        content = self.undecorated(bi)
        for start, end, qi in self._spans.get(bi, ()):
            content = content.stylize(self.quote_style(qi), start, end)
            # Plain meta, not "@click": Textual styles @click spans as links (underline,
            # link colour), which would hide the speaker's colour and the quote's kind.
            content = content.stylize(Style.from_meta({"quote": qi}), start, end)
        return content

    # ------------------------------------------------------------------- layout
    @property
    def text_width(self) -> int:
        return max(self.scrollable_content_region.width - 2 * MARGIN, 1)

    def _layout(self) -> None:
        """Line counts for the current width: wrapping the plain text is cheap; the
        styled strips wait until a block is on screen."""
        width = self.text_width
        if self.document is None:
            self._tops, self._heights = [], []
            self.virtual_size = Size(0, 0)
            return
        if width == self._width and self._tops:
            return
        self._width = width
        self._strips.clear()
        tops, heights, y = [], [], 0
        for bi in range(-self._head, len(self.document.blocks)):
            height = len(self.undecorated(bi).wrap(width))
            tops.append(y)
            heights.append(height)
            y += height + 1  # a blank line after each block
        self._tops, self._heights = tops, heights
        self.virtual_size = Size(width + 2 * MARGIN, max(y - 1, 0))

    def on_resize(self, _event) -> None:
        if self.document is not None and self.text_width != self._width:
            # Keep the reader on the same block through a change of width.
            top = self._row_at_line(round(self.scroll_y))
            self._layout()
            if top is not None:
                self.scroll_to(y=self._tops[top], animate=False, immediate=True, force=True)
            self.refresh()

    def _forget_strips(self) -> None:
        self._strips.clear()
        self.refresh()

    def _row_at_line(self, line: int) -> int | None:
        """The row (title first, then the blocks) drawn on virtual line `line`."""
        i = bisect_right(self._tops, line) - 1
        return i if i >= 0 else None

    def _block_strips(self, bi: int) -> list[Strip]:
        strips = self._strips.get(bi)
        if strips is None:
            content = self.decorated(bi) if bi >= 0 else self.undecorated(bi)
            lines = Visual.to_strips(self, content, self._width, None, self.visual_style, apply_selection=False)
            if bi < 0 or self.document.blocks[bi].kind == "headline":
                lines = [line.text_align(self._width, "center") for line in lines]
            strips = self._strips[bi] = lines
        return strips

    def render_lines(self, crop: Region) -> list[Strip]:
        if self.document is None:  # nothing open yet (the first frame among others)
            return [Strip.blank(crop.width, self.rich_style)] * crop.height
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        self._layout()
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        base = self.rich_style
        line = scroll_y + y
        row = self._row_at_line(line)
        if row is None or line - self._tops[row] >= self._heights[row]:
            return Strip.blank(width, base)
        strips = self._block_strips(row - self._head)
        n = line - self._tops[row]
        strip = strips[n] if n < len(strips) else Strip.blank(self._width, base)
        margin = Strip([Segment(" " * MARGIN, base)], MARGIN)
        return Strip.join([margin, strip]).crop_extend(scroll_x, scroll_x + width, base)

    # ---------------------------------------------------------------- position
    @property
    def progress(self) -> float:
        """How far through the article the reader is, 0.0 – 1.0."""
        if self.max_scroll_y <= 0:
            return 1.0 if self.document else 0.0
        return min(max(self.scroll_y / self.max_scroll_y, 0.0), 1.0)

    def quote_region(self, index: int) -> Region | None:
        """The line where the quote starts, in the view's virtual space."""
        blocks = self._quote_blocks.get(index)
        if not blocks or self.document is None:
            return None
        self._layout()
        bi = blocks[0]
        start = min(ps for ps, _pe, qi in self._spans[bi] if qi == index)
        line, seen = 0, 0
        for i, text in enumerate(self.undecorated(bi).wrap(self._width)):
            seen += len(text.plain) + 1  # the space the wrap swallowed
            line = i
            if seen > start:
                break
        return Region(0, self._tops[bi + self._head] + line, self.virtual_size.width, 1)

    def scroll_to_quote(self, index: int, animate: bool = False) -> None:
        region = self.quote_region(index)
        if region is not None:
            self.scroll_to_region(region, center=True, animate=animate, force=True, immediate=True)

    def on_click(self, event) -> None:
        index = event.style.meta.get("quote")
        if isinstance(index, int):
            event.stop()
            self.post_message(QuoteClicked(index))
