"""The article as the app draws it: one block per Paragraph, its white space collapsed
and control characters made visible, with a map from source offsets to the drawn
(plain) text of each block so quotes are highlighted exactly where the engine found
them. Pure: no Textual here."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from reader.model import Article, ParagraphKind
from reader.sources import safe_display

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Block:
    """One drawn paragraph: `plain` is exactly the text shown, `offsets[i]` the source
    offset of `plain[i]`."""

    paragraph: int  # index into Article.paragraphs
    kind: ParagraphKind
    plain: str
    offsets: tuple[int, ...]

    @property
    def start(self) -> int:
        return self.offsets[0]

    @property
    def end(self) -> int:
        return self.offsets[-1] + 1

    def to_plain(self, offset: int) -> int:
        """The plain-text position of a source offset (the next character shown)."""
        return bisect_right(self.offsets, offset - 1)


@dataclass(frozen=True, slots=True)
class Document:
    blocks: tuple[Block, ...]
    title: str = ""  # a heading shown above the blocks when no paragraph is the headline
    # Each block's first source offset, for bisection, built once: an article of 2,000
    # paragraphs asks thousands of times while it opens.
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(b.start for b in self.blocks))

    def block_of(self, offset: int) -> int | None:
        """The index of the block holding a source offset (blocks are in source order)."""
        i = bisect_right(self._starts, offset) - 1
        return i if i >= 0 and offset < self.blocks[i].end else None


def plain_of(text: str, base: int = 0) -> tuple[str, tuple[int, ...]]:
    """Collapse white space runs to one space and strip the ends, keeping each kept character's offset (plus `base`). Control characters become
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


def build(article: Article) -> Document:
    """One block per paragraph, in source order; an article without a headline
    paragraph shows its title above them."""
    blocks: list[Block] = []
    source = article.text
    for index, para in enumerate(article.paragraphs):
        plain, offsets = plain_of(source[para.start : para.end], para.start)
        if plain:
            blocks.append(Block(index, para.kind, plain, offsets))
    has_headline = any(p.kind == "headline" for p in article.paragraphs)
    title = "" if has_headline else plain_of(article.title or "")[0]
    return Document(tuple(blocks), title)
