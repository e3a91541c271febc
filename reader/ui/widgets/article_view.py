"""The article pane: the body as Markdown, every quote highlighted in its speaker's
colour, the current one standing out. Highlighting is applied to each block's content
(never through a markdown-it plugin), mapped from the engine's source offsets."""
from __future__ import annotations

from dataclasses import dataclass

from markdown_it import MarkdownIt
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.style import Style
from textual.widgets import Markdown

from reader.model import Extraction
from reader.ui.document import Document

from reader.ui.themes import PALETTE_SIZE  # theme variables speaker-0 … speaker-7

# The public way to reach Textual's block classes (they aren't exported by name).
MarkdownParagraph = Markdown.BLOCKS["paragraph_open"]
MarkdownH1 = Markdown.BLOCKS["h1"]


@dataclass
class QuoteClicked(Message):
    """The user clicked a quote in the article."""

    index: int


class _Decorated:
    """Keeps the undecorated content so a change of current quote can re-decorate."""

    undecorated: Content = Content()
    decorated: Content = Content()  # what is on screen
    block_index: int | None = None

    def set_content(self, content: Content) -> None:
        self.undecorated = content
        view = self._markdown
        if isinstance(view, ArticleMarkdown):
            content = view.decorate(self, content)
        self.decorated = content
        super().set_content(content)

    def redecorate(self) -> None:
        view = self._markdown
        if isinstance(view, ArticleMarkdown):
            self.decorated = view.decorate(self, self.undecorated)
            # Only styles change, never the text: no layout pass (it costs a frame).
            self.update(self.decorated, layout=False)

    def on_click(self, event) -> None:
        index = event.style.meta.get("quote")
        if isinstance(index, int):
            event.stop()
            self.post_message(QuoteClicked(index))


class QuoteParagraph(_Decorated, MarkdownParagraph):
    DEFAULT_CSS = """
    QuoteParagraph.standfirst { text-style: bold; color: $text; }
    QuoteParagraph.residue { color: $text-disabled; text-style: italic; }
    """


class QuoteHeading(_Decorated, MarkdownH1):
    pass


def _commonmark() -> MarkdownIt:
    # No linkify, no typographer: the text renders exactly as escaped.
    return MarkdownIt("commonmark")


class ArticleMarkdown(Markdown):
    BLOCKS = {**Markdown.BLOCKS, "paragraph_open": QuoteParagraph, "h1": QuoteHeading}

    def __init__(self, **kwargs) -> None:
        super().__init__(parser_factory=_commonmark, open_links=False, **kwargs)
        self.document: Document | None = None
        self.extraction: Extraction | None = None
        self.current: int | None = None
        self.mismatches = 0  # blocks whose rendered text didn't match the document
        self._spans: dict[int, list[tuple[int, int, int]]] = {}
        self._quote_blocks: dict[int, list[int]] = {}
        self._widgets: dict[int, _Decorated] = {}

    def show(self, document: Document, extraction: Extraction, current: int | None = None):
        """Replace the article; await the result to know the blocks are mounted."""
        self.document, self.extraction, self.current = document, extraction, current
        self._spans.clear()
        self._quote_blocks.clear()
        self._widgets.clear()
        self.mismatches = 0
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
        return self.update(document.markdown)

    def set_current(self, index: int | None) -> None:
        old, self.current = self.current, index
        for qi in {old, index} - {None}:
            for bi in self._quote_blocks.get(qi, ()):
                if (widget := self._widgets.get(bi)) is not None:
                    widget.redecorate()

    def redecorate_all(self) -> None:
        for widget in self._widgets.values():
            widget.redecorate()

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

    def decorate(self, widget: _Decorated, content: Content) -> Content:
        document = self.document
        if document is None:
            return content
        line = widget.source_range[0] if widget.source_range else -1
        bi = document.block_at_line(line)
        widget.block_index = bi
        if bi is None:
            return content
        self._widgets[bi] = widget
        block = document.blocks[bi]
        widget.set_class(block.kind == "residue", "residue")
        widget.set_class(block.kind == "standfirst", "standfirst")
        spans = self._spans.get(bi)
        if not spans:
            return content
        if content.plain != block.plain:
            # Markdown rendered something we didn't predict: better no highlight than a wrong one.
            self.mismatches += 1
            return content
        for start, end, qi in spans:
            content = content.stylize(self.quote_style(qi), start, end)
            # Plain meta, not "@click": Textual styles @click spans as links (underline,
            # link colour), which would hide the speaker's colour and the quote's kind.
            content = content.stylize(Style.from_meta({"quote": qi}), start, end)
        return content

    def quote_region(self, index: int) -> Region | None:
        """Where the quote's first line is, in the scroll container's virtual space."""
        if self.document is None or self.extraction is None:
            return None
        blocks = self._quote_blocks.get(index)
        if not blocks:
            return None
        widget = self._widgets.get(blocks[0])
        if widget is None:
            return None
        start = min(ps for ps, _pe, qi in self._spans[blocks[0]] if qi == index)
        width = max(widget.content_region.width, 1)
        line = 0
        seen = 0
        for i, text in enumerate(widget.undecorated.wrap(width)):
            seen += len(text.plain) + 1  # the space the wrap swallowed
            line = i
            if seen > start:
                break
        region = widget.virtual_region  # relative to this Markdown widget
        return Region(region.x, region.y + line, region.width, 1)

    def quote_at_block(self, bi: int) -> list[int]:
        return [qi for _ps, _pe, qi in self._spans.get(bi, ())]


class ArticleView(VerticalScroll):
    """The scrolling pane around the article's Markdown."""

    DEFAULT_CSS = """
    ArticleView { height: 1fr; }
    ArticleView ArticleMarkdown { padding: 0 2; }
    ArticleView .empty { color: $text-muted; padding: 1 2; }
    """

    def compose(self):
        yield ArticleMarkdown(id="article-markdown")

    @property
    def markdown(self) -> ArticleMarkdown:
        return self.query_one(ArticleMarkdown)

    @property
    def progress(self) -> float:
        """How far through the article the reader is, 0.0 – 1.0."""
        if self.max_scroll_y <= 0:
            return 1.0 if self.markdown.document else 0.0
        return min(max(self.scroll_y / self.max_scroll_y, 0.0), 1.0)

    def scroll_to_quote(self, index: int, animate: bool = False) -> None:
        markdown = self.markdown
        region = markdown.quote_region(index)
        if region is not None:
            region = region.translate(markdown.virtual_region.offset)
            self.scroll_to_region(region, center=True, animate=animate, force=True, immediate=True)
