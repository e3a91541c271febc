"""The article as a Markdown document the app controls: one block per Paragraph, the
text escaped so it renders literally, and a map from source offsets to the rendered
(plain) text of each block so quotes can be highlighted exactly where the engine found
them. Pure: no Textual here."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from reader.model import Article, ParagraphKind
from reader.sources import safe_display

_SPACE = re.compile(r"\s+")
# CommonMark lets a backslash escape any ASCII punctuation and nothing else.
_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


@dataclass(frozen=True, slots=True)
class Block:
    """One rendered paragraph: `plain` is exactly the text the Markdown widget shows,
    `offsets[i]` the source offset of `plain[i]`."""

    paragraph: int  # index into Article.paragraphs
    kind: ParagraphKind
    plain: str
    offsets: tuple[int, ...]
    line: int  # the Markdown source line the block starts on

    @property
    def start(self) -> int:
        return self.offsets[0]

    @property
    def end(self) -> int:
        return self.offsets[-1] + 1

    def to_plain(self, offset: int) -> int:
        """The plain-text position of a source offset (the next character shown)."""
        return bisect_right(self.offsets, offset - 1)

    def to_source(self, position: int) -> int:
        if position >= len(self.offsets):
            return self.end
        return self.offsets[max(position, 0)]


@dataclass(frozen=True, slots=True)
class Document:
    markdown: str
    blocks: tuple[Block, ...]
    title: str = ""  # a heading shown above the blocks when no paragraph is the headline
    # Bisection keys (each block's first Markdown line, its first source offset), built
    # once: an article of 2,000 paragraphs asks thousands of times while it opens.
    _lines: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_lines", tuple(b.line for b in self.blocks))
        object.__setattr__(self, "_starts", tuple(b.start for b in self.blocks))

    def block_at_line(self, line: int) -> int | None:
        """The index of the block whose Markdown starts on `line`."""
        i = bisect_right(self._lines, line) - 1
        return i if i >= 0 and self.blocks[i].line == line else None

    def block_of(self, offset: int) -> int | None:
        """The index of the block holding a source offset (blocks are in source order)."""
        i = bisect_right(self._starts, offset) - 1
        return i if i >= 0 and offset < self.blocks[i].end else None


def plain_of(text: str, base: int = 0) -> tuple[str, tuple[int, ...]]:
    """Collapse white space runs to one space and strip the ends, as the Markdown widget
    does, keeping each kept character's offset (plus `base`). Control characters become
    visible symbols first (one for one, so offsets hold)."""
    text = safe_display(text)
    chars: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _SPACE.finditer(text):
        for i in range(pos, m.start()):
            chars.append(text[i])
            offsets.append(base + i)
        if chars and m.end() < len(text):
            chars.append(" ")
            offsets.append(base + m.start())
        pos = m.end()
    for i in range(pos, len(text)):
        chars.append(text[i])
        offsets.append(base + i)
    return "".join(chars), tuple(offsets)


def escape(plain: str) -> str:
    return "".join("\\" + c if c in _PUNCTUATION else c for c in plain)


def build(article: Article) -> Document:
    """One Markdown block per paragraph: the headline as a heading, the rest as
    paragraphs separated by blank lines."""
    lines: list[str] = []
    blocks: list[Block] = []
    source = article.text
    has_headline = any(p.kind == "headline" for p in article.paragraphs)
    if not has_headline and article.title:
        lines += ["# " + escape(plain_of(article.title)[0]), ""]
    for index, para in enumerate(article.paragraphs):
        plain, offsets = plain_of(source[para.start : para.end], para.start)
        if not plain:
            continue
        prefix = "# " if para.kind == "headline" else ""
        blocks.append(Block(index, para.kind, plain, offsets, len(lines)))
        lines += [prefix + escape(plain), ""]
    title = "" if has_headline else plain_of(article.title or "")[0]
    return Document("\n".join(lines), tuple(blocks), title)
