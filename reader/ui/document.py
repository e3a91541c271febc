"""The article as a Markdown document the app controls: one block per Paragraph, the
text escaped so it renders literally, and a map from source offsets to the rendered
(plain) text of each block so quotes can be highlighted exactly where the engine found
them. Pure: no Textual here."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

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

    def block_at_line(self, line: int) -> int | None:
        """The index of the block whose Markdown starts on `line`."""
        i = bisect_right([b.line for b in self.blocks], line) - 1
        return i if i >= 0 and self.blocks[i].line == line else None

    def block_of(self, offset: int) -> int | None:
        """The index of the block holding a source offset."""
        for i, b in enumerate(self.blocks):
            if b.start <= offset < b.end:
                return i
        return None


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
    return Document("\n".join(lines), tuple(blocks))
