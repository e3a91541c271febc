"""The library list (OptionList: the line API stays fast at 10,000 rows) and the search
box above it. Rows are plain Content; a row is replaced in place when its state changes."""
from __future__ import annotations

import re
from dataclasses import dataclass

from textual.content import Content
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from reader.sources import safe_display
from reader.store import ArticleRow, SearchHit

UNREAD = "●"
STAR = "★"


def row_prompt(row: ArticleRow) -> Content:
    unread = Content.styled(UNREAD, "$accent") if not row.read else Content(" ")
    star = Content.styled(STAR, "$warning") if row.starred else Content(" ")
    title = Content.styled(safe_display(row.title) or "(untitled)", "bold" if not row.read else "")
    source = row.source or ""
    if "/" in source and not source.startswith(("http:", "https:")):
        source = source.rsplit("/", 1)[-1]  # a file: its name says enough
    source = safe_display(source)
    meta = " · ".join(x for x in (source, (row.published or "")[:10]) if x)
    if row.quotes:
        meta += f" · {row.quotes} quote{'s' if row.quotes != 1 else ''}"
    return Content.assemble(unread, star, " ", title, "\n   ", Content.styled(meta, "$text-muted"))


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


def hit_prompt(hit: SearchHit) -> Content:
    label = "quote" if hit.kind == "quote" else "article"
    head = Content.assemble((safe_display(hit.title) or "(untitled)", "bold"), (f"  {label}", "$text-muted"))
    if hit.speaker:
        head = Content.assemble(head, (f" · {safe_display(hit.speaker)}", "$text-muted"))
    return Content.assemble(head, "\n   ", snippet_content(" ".join(safe_display(hit.snippet).split())))


class ArticleList(OptionList):
    """Articles, or search hits while a search is showing."""

    DEFAULT_CSS = """
    ArticleList { height: 1fr; border: none; padding: 0; }
    ArticleList:focus { border: none; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._rows: list[ArticleRow] = []
        self._index: dict[str, int] = {}
        self.hits: list[SearchHit] | None = None

    @property
    def rows(self) -> list[ArticleRow]:
        return self._rows

    @rows.setter
    def rows(self, rows: list[ArticleRow]) -> None:
        self._rows = rows
        self._index = {row.id: i for i, row in enumerate(rows)}

    def show_rows(self, rows: list[ArticleRow], keep: str | None = None) -> None:
        self.hits = None
        self.rows = rows
        with self.app.batch_update():
            self.clear_options()
            self.add_options([Option(row_prompt(r), id=r.id) for r in rows])
            self.highlighted = self.index_of(keep) if keep else (0 if rows else None)
            if self.highlighted is None and rows:
                self.highlighted = 0

    def append_rows(self, rows: list[ArticleRow]) -> None:
        start = len(self._rows)
        self._rows.extend(rows)
        self._index.update((row.id, start + i) for i, row in enumerate(rows))
        if self.hits is None:
            self.add_options([Option(row_prompt(r), id=r.id) for r in rows])

    def show_hits(self, hits: list[SearchHit]) -> None:
        self.hits = hits
        with self.app.batch_update():
            self.clear_options()
            self.add_options([Option(hit_prompt(h), id=f"hit-{i}") for i, h in enumerate(hits)])
            self.highlighted = 0 if hits else None

    def index_of(self, article_id: str | None) -> int | None:
        return self._index.get(article_id) if article_id is not None else None

    def update_row(self, row: ArticleRow) -> None:
        i = self.index_of(row.id)
        if i is None:
            return
        self.rows[i] = row
        if self.hits is None:
            self.replace_option_prompt_at_index(i, row_prompt(row))

    @property
    def current_row(self) -> ArticleRow | None:
        if self.hits is not None or self.highlighted is None or self.highlighted >= len(self.rows):
            return None
        return self.rows[self.highlighted]


class SearchBox(Input):
    DEFAULT_CSS = """
    SearchBox { display: none; border: tall $accent; }
    SearchBox.-active { display: block; }
    """

    @dataclass
    class Cancelled(Message):
        pass

    BINDINGS = [("escape", "cancel", "Cancel")]

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())
