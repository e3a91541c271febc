"""Plain-text articles: headline on the first line, standfirst on the second, then
paragraphs one per line or separated by blank lines (hard-wrapped or not)."""
from __future__ import annotations

import re
from dataclasses import replace

from reader.model import Article, Paragraph
from reader.sources import residue
from reader.sources.spans import lines, trim

# A line longer than this was not hard-wrapped by an editor: it is a paragraph of its own.
_WRAP_WIDTH = 100
# A block whose lines are all this short is a stack of labels or credits, not prose.
_LABEL_WIDTH = 40
_BYLINE = re.compile(r"By\s+[A-Z][\w.'’-]*(?:(?:\s+|\s*,\s*|\s+and\s+)[A-Z][\w.'’-]*){0,7}")

Span = tuple[int, int]


def parse(source: str, path: str | None = None) -> Article:
    """Read a plain-text article; every paragraph is a trimmed range of `source`."""
    paras = [Paragraph(s, e) for s, e in paragraph_spans(source)]
    if paras:
        paras[0] = replace(paras[0], kind="headline")
    byline = _mark_byline(source, paras)
    fiction = residue.mark_fiction_note(source, paras)
    paras = residue.mark(source, paras)
    standfirst = _mark_standfirst(paras)
    return Article(
        text=source,
        paragraphs=tuple(paras),
        title=paras[0].text(source) if paras else "",
        standfirst=" ".join(standfirst.text(source).split()) if standfirst else None,
        byline=byline,
        path=path,
        format="text",
        fiction=fiction,
    )


def paragraph_spans(source: str) -> list[Span]:
    """Trimmed paragraph ranges: one per line, unless blank lines separate the blocks."""
    blocks = _blocks(source)
    if len(blocks) <= 1:
        return [line for block in blocks for line in block]
    headline, rest = blocks[0][0], blocks[0][1:]
    spans = [headline]
    for block in ([rest] if rest else []) + blocks[1:]:
        spans.extend(_block_paragraphs(source, block))
    return spans


def _blocks(source: str) -> list[list[Span]]:
    """Runs of consecutive non-blank lines, each line trimmed."""
    blocks: list[list[Span]] = [[]]
    for start, end in lines(source):
        start, end = trim(source, start, end)
        if start == end:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append((start, end))
    return [b for b in blocks if b]


def _block_paragraphs(source: str, block: list[Span]) -> list[Span]:
    """A block between blank lines is one paragraph wrapped over its lines, unless a line
    is too long to have been wrapped, every line is a short label, or every one of three
    or more lines ends a sentence (wrapping rarely lands on a sentence end every time)."""
    widths = [e - s for s, e in block]
    if len(block) == 1 or max(widths[:-1]) > _WRAP_WIDTH or max(widths) <= _LABEL_WIDTH:
        return block
    if len(block) >= 3 and all(residue.ends_sentence(source[s:e]) for s, e in block):
        return block
    return [(block[0][0], block[-1][1])]


def _mark_byline(source: str, paras: list[Paragraph]) -> str | None:
    """A byline just under the headline ("By Jane Doe", "BY JANE DOE", "Jane Doe | Leeds",
    "Jane Doe Science correspondent"): metadata, not body."""
    for i, p in enumerate(paras[1:4], start=1):
        text = p.text(source)
        if _BYLINE.fullmatch(text):
            paras[i] = replace(p, kind="residue")
            return text[2:].strip()
        if (name := _byline_name(text)) is not None:
            paras[i] = replace(p, kind="residue")
            return name
    return None


# what may follow a byline's names: a place, an outlet, a desk ("| Leeds", "(Harbour FM)",
# ", a reporter covering …")
_BYLINE_TAIL = re.compile(r"\s*(?:\([^()]{1,50}\)|,\s+an?\s+[^,]{3,60})$")
_BYLINE_SPLIT = re.compile(r"\s*(?:[|·,/–—]|\band\b|&|\bin\b)\s*")
_TITLE_WORDS = frozenset(
    "the a an to of for on at with as is are was be over after before new from into not will says say"
    " said vows set gets up out".split()
)
_BYLINE_ROLES = frozenset("correspondent reporter editor writer columnist staff desk".split())


def _byline_name(text: str) -> str | None:
    """The name of a byline line without the usual "By" ("BY JANE DOE", "by: Jane Doe",
    "Jane Doe in Paris", "Jane Doe Science correspondent"), or None: every word a capitalised
    one, a joiner or a role word, and a name of two words or more first."""
    t = text.strip()
    if len(t) > 90 or t[-1:] in ".!?:\"”’»;":
        return None
    m = re.match(r"by\s*:?\s+", t, re.IGNORECASE)
    if m:
        t = t[m.end():]
    t = _BYLINE_TAIL.sub("", t) if m else t
    parts = [part.split() for part in _BYLINE_SPLIT.split(t) if part]
    if not parts or not 2 <= len(parts[0]) <= 5:
        return None
    for words in parts:
        for w in words:
            if not (w[0].isupper() or w.lower() in _BYLINE_ROLES) or any(c.isdigit() for c in w):
                return None
            if w.lower() in _TITLE_WORDS:
                return None  # "Ministers Meet Unions Over Pay": a headline in title case
    if parts[0][0].lower() in _BYLINE_ROLES | {"special", "our", "senior", "chief"} and not m:
        return None  # "Staff Correspondent": a label, left to the residue rules
    return " ".join(parts[0])


def _mark_standfirst(paras: list[Paragraph]) -> Paragraph | None:
    """The paragraph under the headline is the standfirst when more than one follows it."""
    if len(paras) >= 4 and paras[1].kind == "body":
        paras[1] = replace(paras[1], kind="standfirst")
        return paras[1]
    return None
