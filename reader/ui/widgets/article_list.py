"""The library list and the search box above it.

The list draws through the line API a window at a time: it holds the listing's order
(the store's keys and unread flags, about 1 MB for 100,000 articles) and asks for the
rows on screen through `fetch`, keeping a few windows of them. Every row is two lines,
the title cut short with an ellipsis rather than wrapped, so row i starts on line 2i.
While a search is showing, the list shows its hits instead (wrapped: a hit's snippet
must show its match), and the listing waits behind them."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.segment import Segment
from textual.binding import Binding
from textual.cache import LRUCache
from textual.content import Content
from textual.events import Click, Leave, MouseMove, Resize
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.visual import Visual
from textual.widgets import Input

from reader.sources import safe_display

if TYPE_CHECKING:
    from reader.store import ArticleRow, ListOrder, SearchHit

UNREAD = "●"
STAR = "★"
ROW_HEIGHT = 2
WINDOW = 100  # rows fetched from the store at once
KEEP_ROWS = 2000  # rows held at most; the farthest from the window just fetched go first

Fetch = Callable[[Sequence[int]], "list[ArticleRow | None]"]  # store keys -> rows
KeyOf = Callable[[str], "int | None"]  # article id -> store key


def row_lines(row: ArticleRow | None) -> tuple[Content, Content]:
    """The row's two lines: state marks and title; source, date and quote count."""
    if row is None:
        return Content.styled("   (no longer in the library)", "$text-muted"), Content("")
    unread = Content.styled(UNREAD, "$accent") if not row.read else Content(" ")
    star = Content.styled(STAR, "$warning") if row.starred else Content(" ")
    title = Content.styled(" ".join(safe_display(row.title).split()) or "(untitled)", "bold" if not row.read else "")
    source = row.source or ""
    if "/" in source and not source.startswith(("http:", "https:")):
        source = source.rsplit("/", 1)[-1]  # a file: its name says enough
    source = " ".join(safe_display(source).split())
    quotes = f"{row.quotes} quote{'s' if row.quotes != 1 else ''}" if row.quotes else ""
    # the source last: a long one is what the ellipsis should cut
    meta = " · ".join(x for x in ((row.published or "")[:10], quotes, source) if x)
    return Content.assemble(unread, star, " ", title), Content.assemble("   ", Content.styled(meta, "$text-muted"))


def row_prompt(row: ArticleRow | None) -> Content:
    title, meta = row_lines(row)
    return Content.assemble(title, "\n", meta)


_MATCH = re.compile(r"\[([^\[\]]*)\]")


def snippet_content(snippet: str) -> Content:
    """The store wraps matched words in [ and ]: show them highlighted instead."""
    parts: list[Content | tuple[str, str] | str] = []
    pos = 0
    for m in _MATCH.finditer(snippet):
        parts.append(snippet[pos : m.start()])
        parts.append((m.group(1), "bold $text-warning on $warning-muted"))
        pos = m.end()
    parts.append(snippet[pos:])
    return Content.assemble(*parts)


def hit_prompt(hit: SearchHit, width: int = 0) -> Content:
    """A hit's lines: its article's title, cut short with an ellipsis as the listing's
    rows are, then what matched (quote or article, the speaker) and the snippet, wrapped
    under an indent, as the snippet must show its match. Without a width (or a very
    narrow one), unwrapped: Textual wraps it."""
    title = Content.styled(" ".join(safe_display(hit.title).split()) or "(untitled)", "bold")
    about = "quote" if hit.kind == "quote" else "article"
    if hit.speaker:
        about += f" · {safe_display(hit.speaker)}"
    body = Content.assemble((about, "$text-muted"), "  ", snippet_content(" ".join(safe_display(hit.snippet).split())))
    if width < 12:
        return Content.assemble(title, "\n   ", body)
    lines = [title.truncate(width, ellipsis=True)]
    lines.extend(Content.assemble("   ", line) for line in body.wrap(width - 3))
    return Content("\n").join(lines)


class ArticleList(ScrollView, can_focus=True):
    """Articles, or search hits while a search is showing. Looks and keys as OptionList."""

    BINDINGS = [
        Binding("down", "cursor_down", "Down", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "select", "Select", show=False),
        Binding("home", "first", "First", show=False),
        Binding("pagedown", "page_down", "Page Down", show=False),
        Binding("pageup", "page_up", "Page Up", show=False),
        Binding("up", "cursor_up", "Up", show=False),
    ]

    # OptionList's colours, so the list looks as the feeds and speakers lists do
    DEFAULT_CSS = """
    ArticleList {
        height: 1fr; border: none; padding: 0; overflow-x: hidden;
        color: $foreground; background: $surface;
        & > .article-list--highlighted {
            color: $foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus {
            background-tint: $foreground 5%;
            & > .article-list--highlighted {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
        & > .article-list--hover { background: $block-hover-background; }
    }
    """
    COMPONENT_CLASSES = {"article-list--row", "article-list--highlighted", "article-list--hover"}

    highlighted: reactive[int | None] = reactive(None, always_update=True)
    _hover: reactive[int | None] = reactive(None)

    @dataclass
    class Selected(Message):
        """Enter or a click on row `index` (of the hits while they show)."""

        index: int

    def __init__(self, first_rows: list[ArticleRow] | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        # No links in the rows: Textual's link styling would work out the widget's
        # background again for every line drawn (a quarter of the time a row takes).
        self.set_reactive(ArticleList.auto_links, False)
        self.fetch: Fetch | None = None  # set by the screen, which owns the store
        self.key_of: KeyOf | None = None
        self.hits: list[SearchHit] | None = None
        # a Selected posted and not yet handled: keys typed meanwhile are for what it opens
        self.choosing = False
        self._count = 0
        self._keys: Sequence[int] | None = None  # None until the whole order has arrived
        self._unread = bytearray()
        self._rows: dict[int, ArticleRow | None] = {}  # index -> row, for the windows fetched
        self._positions: dict[str, int | None] = {}  # article id -> index, as found
        self._listing_highlight: int | None = None  # the listing's cursor while hits show
        self._hit_lines: list[tuple[int, int]] = []  # line -> (hit, line within it)
        self._strips: LRUCache[tuple, list[Strip]] = LRUCache(256)
        self._width = 0
        self._row_styles: tuple[VisualStyle, VisualStyle, VisualStyle] | None = None
        if first_rows:
            # read before the app's first frame, so that the frame has them (the screen's
            # on_mount comes after it)
            self._count = len(first_rows)
            self._unread = bytearray(not r.read for r in first_rows)
            self._rows = dict(enumerate(first_rows))
            self._positions = {r.id: i for i, r in enumerate(first_rows)}
            self.set_reactive(ArticleList.highlighted, 0)

    # ---------------------------------------------------------------- the listing
    @property
    def count(self) -> int:
        """Rows in the listing (the hits, while they show, are len(hits))."""
        return self._count

    def show_rows(self, rows: list[ArticleRow], keep: str | None = None, order: ListOrder | None = None) -> None:
        """A new listing: its first rows, and its whole order if known already (else
        `add_order` brings it). The hits stay in front if a search is showing."""
        self._count = len(order) if order is not None else len(rows)
        self._keys = order.keys if order is not None else None
        self._unread = order.unread if order is not None else bytearray(not r.read for r in rows)
        self._rows = dict(enumerate(rows))
        self._positions = {r.id: i for i, r in enumerate(rows)}
        self._strips.clear()
        target = self.index_of(keep) if keep else None
        target = target if target is not None else (0 if self._count else None)
        if self.hits is None:
            self._set_virtual_size()
            self.highlighted = target
            self.refresh()
        else:
            self._listing_highlight = target

    def add_order(self, order: ListOrder, keep: str | None = None) -> None:
        """The whole order of the listing whose first rows are showing. The rows are
        fetched again by key: another process may have added articles since they were
        read, and a window of rows is quick."""
        self._count, self._keys, self._unread = len(order), order.keys, order.unread
        self._rows.clear()
        self._positions.clear()
        self._strips.clear()
        if self.hits is None:
            self._set_virtual_size()
            if keep and self.highlighted == 0 and (i := self.index_of(keep)) is not None:
                self.highlighted = i  # beyond the first rows
            self.refresh()

    def row_at(self, index: int | None) -> ArticleRow | None:
        """Row `index` of the listing, fetched with its window if need be."""
        if index is None or not 0 <= index < self._count:
            return None
        if index not in self._rows:
            self._fetch_window(index)
        return self._rows.get(index)

    def _fetch_window(self, index: int) -> None:
        if self._keys is None or self.fetch is None:
            return
        start = max(0, index - WINDOW // 4)  # a little above too: scrolling goes both ways
        end = min(self._count, start + WINDOW)
        wanted = [i for i in range(start, end) if i not in self._rows]
        if len(self._rows) + len(wanted) > KEEP_ROWS:
            self._rows = {i: r for i, r in self._rows.items() if abs(i - index) < KEEP_ROWS // 4}
        rows = self.fetch([self._keys[i] for i in wanted])
        for i, row in zip(wanted, rows):
            self._rows[i] = row
            if row is not None:
                self._positions[row.id] = i

    def id_at(self, index: int | None) -> str | None:
        row = self.row_at(index)
        return row.id if row else None

    def index_of(self, article_id: str | None) -> int | None:
        """Where the article is in the listing (None: not in it)."""
        if article_id is None:
            return None
        if article_id in self._positions:
            return self._positions[article_id]
        if self._keys is None or self.key_of is None:
            return None  # only the first rows are known yet
        key = self.key_of(article_id)
        try:
            found = self._keys.index(key) if key is not None else None
        except ValueError:
            found = None
        self._positions[article_id] = found  # asked again on every binding check
        return found

    def next_index(self, index: int, step: int, unread: bool = False) -> int | None:
        """The next row after `index` going `step` (±1), only unread ones if asked."""
        if not unread:
            j = index + step
            return j if 0 <= j < self._count else None
        if step > 0:
            j = self._unread.find(1, max(index + 1, 0))
        else:
            j = self._unread.rfind(1, 0, max(min(index, self._count), 0))
        return j if j >= 0 else None

    def update_row(self, article_id: str, **changes) -> None:
        """An article's state changed (read, starred): redraw its row."""
        i = self.index_of(article_id)
        if i is None:
            return
        if "read" in changes and i < len(self._unread):
            self._unread[i] = not changes["read"]
        row = self._rows.get(i)
        if row is not None:
            self._rows[i] = dataclasses.replace(row, **changes)
        self._strips.clear()
        if self.hits is None:
            self.refresh()

    @property
    def current_row(self) -> ArticleRow | None:
        if self.hits is not None:
            return None
        return self.row_at(self.highlighted)

    # ------------------------------------------------------------------- the hits
    def show_hits(self, hits: list[SearchHit]) -> None:
        if self.hits is None:
            self._listing_highlight = self.highlighted
        self.hits = hits
        self._layout_hits()
        self._strips.clear()
        self.highlighted = 0 if hits else None
        self.scroll_home(animate=False, immediate=True)
        self.refresh()

    def show_listing(self, keep: str | None = None) -> None:
        """Back from the hits to the listing, at `keep` if it is listed."""
        self.hits = None
        self._strips.clear()
        self._set_virtual_size()
        i = self.index_of(keep) if keep else None
        self.highlighted = i if i is not None else (self._listing_highlight if self._count else None)
        self.refresh()

    def prompt_at(self, index: int) -> Content:
        """What row `index` shows (a hit's while they show)."""
        if self.hits is not None:
            return hit_prompt(self.hits[index], self._width)
        return row_prompt(self.row_at(index))

    def _layout_hits(self) -> None:
        self._hit_lines = []
        width = self._width
        if self.hits is not None and width > 0:
            for i, hit in enumerate(self.hits):
                height = hit_prompt(hit, width).get_height(self.styles, width)
                self._hit_lines.extend((i, n) for n in range(height))
        self._set_virtual_size()

    # ------------------------------------------------------------------ drawing
    def _set_virtual_size(self) -> None:
        lines = len(self._hit_lines) if self.hits is not None else self._count * ROW_HEIGHT
        self.virtual_size = Size(self._width, lines)

    def on_resize(self, _event: Resize) -> None:
        width = self.scrollable_content_region.width
        if width != self._width:
            self._width = width
            self._strips.clear()
            self._layout_hits()
        self.scroll_to_highlight()

    def render_lines(self, crop: Region) -> list[Strip]:
        self._row_styles = None  # worked out again once a frame, not once a line
        return super().render_lines(crop)

    def _styles_now(self) -> tuple[VisualStyle, VisualStyle, VisualStyle]:
        if self._row_styles is None:
            self._row_styles = (
                self.get_visual_style("article-list--row"),
                self.get_visual_style("article-list--row", "article-list--highlighted"),
                self.get_visual_style("article-list--row", "article-list--hover"),
            )
        return self._row_styles

    def _strips_for(self, index: int) -> list[Strip]:
        plain, highlighted, hover = self._styles_now()
        style = highlighted if self.highlighted == index else hover if self._hover == index else plain
        width = self._width
        cache_key = (index, style, width)
        strips = self._strips.get(cache_key)
        if strips is None:
            style += VisualStyle.from_meta({"row": index})  # for clicks; in the style, not another pass
            if self.hits is not None:
                # a hit's snippet wraps (it must show its match): laid out by hit_prompt
                strips = Visual.to_strips(self, hit_prompt(self.hits[index], width), width, None, style, apply_selection=False)
            else:
                strips = [self._line_strip(line, width, style) for line in row_lines(self.row_at(index))]
            strips = [s.extend_cell_length(width, style.rich_style) for s in strips]
            self._strips[cache_key] = strips
        return strips

    def _line_strip(self, line: Content, width: int, style: VisualStyle) -> Strip:
        """One line of a row, cut short with an ellipsis, drawn straight from its spans
        as Visual.to_strips would draw it (each piece with its offset, as Textual marks
        text for selecting): a row's line never wraps, and the wrapping took most of the
        time a row took to draw."""
        line = line.truncate(width, ellipsis=True)
        segments, x = [], 0
        for text, span in line.render(style, "", self.app.stylesheet.parse_style):
            segments.append(Segment(text, (style + span).rich_style_with_offset(x, 0)))
            x += len(text)
        return Strip(segments, line.cell_length)

    def render_line(self, y: int) -> Strip:
        if self._width <= 0:
            self._width = self.scrollable_content_region.width  # the first frame may come before Resize
        line = self.scroll_offset.y + y
        if self.hits is not None:
            index, n = self._hit_lines[line] if line < len(self._hit_lines) else (None, 0)
        else:
            index, n = divmod(line, ROW_HEIGHT)
            index = index if index < self._count else None
        if index is None or self._width <= 0:
            return Strip.blank(max(self._width, 0), self._styles_now()[0].rich_style)
        strips = self._strips_for(index)
        return strips[n] if n < len(strips) else Strip.blank(self._width, self._styles_now()[0].rich_style)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()  # a theme or focus change restyles every row

    # ---------------------------------------------------------------- the cursor
    @property
    def _rows_shown(self) -> int:
        return len(self.hits) if self.hits is not None else self._count

    def validate_highlighted(self, value: int | None) -> int | None:
        n = self._rows_shown
        if value is None or n == 0:
            return None
        return min(max(value, 0), n - 1)

    def watch_highlighted(self, _old: int | None, _new: int | None) -> None:
        self.scroll_to_highlight()
        self.refresh()

    def watch__hover(self) -> None:
        self.refresh()

    def _line_of(self, index: int) -> tuple[int, int]:
        """(first line, height) of row `index`."""
        if self.hits is None:
            return index * ROW_HEIGHT, ROW_HEIGHT
        lines = [n for n, (i, _) in enumerate(self._hit_lines) if i == index]
        return (lines[0], len(lines)) if lines else (0, 1)

    def scroll_to_highlight(self) -> None:
        if self.highlighted is None or not self.is_mounted or self._width <= 0:
            return
        y, height = self._line_of(self.highlighted)
        self.scroll_to_region(Region(0, y, self._width, height), force=True, animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        self.highlighted = 0 if self.highlighted is None else self.highlighted + 1

    def action_cursor_up(self) -> None:
        self.highlighted = 0 if self.highlighted is None else self.highlighted - 1

    def action_first(self) -> None:
        self.highlighted = 0

    def action_last(self) -> None:
        self.highlighted = self._rows_shown - 1

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height // ROW_HEIGHT)

    def action_page_down(self) -> None:
        self.highlighted = (self.highlighted or 0) + self._page()

    def action_page_up(self) -> None:
        self.highlighted = (self.highlighted or 0) - self._page()

    def action_select(self) -> None:
        if self.highlighted is not None:
            self.choosing = True
            self.post_message(self.Selected(self.highlighted))

    def on_click(self, event: Click) -> None:
        index = event.style.meta.get("row")
        if index is not None:
            self.highlighted = index
            self.action_select()

    def on_mouse_move(self, event: MouseMove) -> None:
        self._hover = event.style.meta.get("row")

    def on_leave(self, _event: Leave) -> None:
        self._hover = None


class SearchBox(Input):
    DEFAULT_CSS = """
    SearchBox { display: none; border: tall $accent; }
    SearchBox.-active { display: block; }
    """

    class Cancelled(Message):
        """Escape in the box."""

    BINDINGS = [("escape", "cancel", "Cancel")]

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())
