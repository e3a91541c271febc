"""Markdown articles: optional front matter between --- lines, then CommonMark; every
paragraph's offsets point into the raw Markdown source, past its block markers."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.model import Article, Paragraph
from reader.sources import residue
from reader.sources.spans import lines, trim

_FIELD = re.compile(r"[ \t]*([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*")
# Front-matter keys as written → the Article field they fill.
_KEYS = {
    "title": "title", "headline": "title",
    "standfirst": "standfirst", "subtitle": "standfirst", "dek": "standfirst",
    "author": "byline", "byline": "byline", "by": "byline",
    "source": "source", "publication": "source", "site": "source",
    "url": "url", "link": "url", "canonical": "url",
    "published": "published", "date": "published",
    "fiction": "fiction",
}
_MARKERS = re.compile(r"[ \t]*(?:>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)*")
_EMPHASIS = "*_"

Span = tuple[int, int]


@dataclass
class FrontMatter:
    """Fields from the --- block: values, where title and standfirst sit, where the body starts."""

    values: dict[str, str] = field(default_factory=dict)
    spans: dict[str, Span] = field(default_factory=dict)
    body_line: int = 0


def parse(source: str, path: str | None = None) -> Article:
    """Read a Markdown article; paragraph offsets point into `source` itself."""
    line_spans = lines(source)
    front = front_matter(source, line_spans)
    body = "\n".join(source[s:e] for s, e in line_spans[front.body_line:])
    tokens = MarkdownIt("commonmark").parse(body)
    paras, title, standfirst = _paragraphs(source, line_spans, front, tokens)
    fiction_note = residue.mark_fiction_note(source, paras)
    paras = residue.mark(source, paras)
    v = front.values
    return Article(
        text=source,
        paragraphs=tuple(paras),
        title=v.get("title") or title,
        standfirst=v.get("standfirst") or standfirst,
        byline=v.get("byline"),
        source=v.get("source"),
        url=v.get("url"),
        published=v.get("published"),
        path=path,
        format="markdown",
        fiction=fiction_note or v.get("fiction", "").lower() in ("true", "yes", "on", "1"),
    )


def front_matter(source: str, line_spans: list[Span]) -> FrontMatter:
    """Simple `key: value` lines between a first line of --- and the next --- (or ...)."""
    front = FrontMatter()
    if not line_spans or source[slice(*line_spans[0])].lstrip("\ufeff").rstrip() != "---":
        return front
    for n, (s, e) in enumerate(line_spans[1:], start=1):
        if source[s:e].rstrip() in ("---", "..."):
            front.body_line = n + 1
            break
    else:
        return front  # no closing line: a thematic break, not front matter
    for s, e in line_spans[1 : front.body_line - 1]:
        m = _FIELD.fullmatch(source, s, e)
        key = _KEYS.get(m.group(1).lower()) if m else None
        if key and key not in front.values:
            vs, ve = _unquote(source, *m.span(2))
            front.values[key] = source[vs:ve]
            if ve > vs:
                front.spans[key] = (vs, ve)
    return front


def _unquote(source: str, start: int, end: int) -> Span:
    if end - start >= 2 and source[start] == source[end - 1] and source[start] in "\"'":
        return start + 1, end - 1
    return start, end


@dataclass
class _Walk:
    """What the walk over the blocks has seen so far."""

    title: str
    has_headline: bool
    seen_body: bool = False
    standfirst: str | None = None
    standfirst_open: bool = True  # the next paragraph may still be the standfirst


def _paragraphs(source: str, line_spans: list[Span], front: FrontMatter, tokens: list[Token]):
    """Headline, standfirst and body paragraphs in source order, with the plain title."""
    fields = (("title", "headline"), ("standfirst", "standfirst"))
    paras = [Paragraph(*front.spans[key], kind) for key, kind in fields if key in front.spans]
    walk = _Walk(front.values.get("title", ""), "title" in front.spans)
    walk.standfirst_open = "standfirst" not in front.spans
    for i, tok in enumerate(tokens[:-1]):
        if tok.type not in ("heading_open", "paragraph_open"):
            continue
        inline = tokens[i + 1]
        span = _locate(source, line_spans, front.body_line, inline)
        if span is None or (paras and span[0] < paras[-1].end):
            continue
        kind = _kind(tok, inline, walk)
        if kind == "standfirst":
            span = _strip_emphasis(source, *span)
        paras.append(Paragraph(*span, kind))
    return paras, walk.title, walk.standfirst


def _kind(tok: Token, inline: Token, walk: _Walk) -> str:
    """headline, standfirst, body or residue for one block, updating the walk."""
    heading = tok.type == "heading_open"
    # The first h1 is the headline; a lesser heading only if nothing came before it.
    if heading and not walk.has_headline and (tok.tag == "h1" or not walk.seen_body):
        walk.has_headline, walk.title = True, _plain(inline)
        return "headline"
    if heading and _plain(inline) == walk.title:
        return "residue"  # the front-matter title repeated as a heading
    if _is_image_only(inline):
        return "residue"
    if not heading and walk.has_headline and walk.standfirst_open and _is_emphasised(inline):
        walk.standfirst, walk.standfirst_open = _plain(inline), False
        return "standfirst"
    walk.seen_body = True
    walk.standfirst_open = False
    return "body"


def _locate(source: str, line_spans: list[Span], offset: int, inline: Token) -> Span | None:
    """Where an inline token's content sits in the raw source, without block markers."""
    if not inline.map or not inline.content:
        return None
    content = inline.content.split("\n")
    first_line = inline.map[0] + offset
    last_line = first_line + len(content) - 1
    if last_line >= len(line_spans):
        return None
    ls, le = line_spans[first_line]
    found = source.find(content[0].strip(), ls, le) if content[0].strip() else -1
    start = found if found >= 0 else _MARKERS.match(source, ls, le).end()
    ls, le = line_spans[last_line]
    found = source.rfind(content[-1].strip(), ls, le) if content[-1].strip() else -1
    end = found + len(content[-1].strip()) if found >= 0 else le
    start, end = trim(source, start, end)
    return (start, end) if start < end else None


def _plain(inline: Token) -> str:
    """The words of an inline token, without Markdown syntax."""
    parts = []
    for child in inline.children or ():
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts).strip()


def _is_image_only(inline: Token) -> bool:
    kids = [c for c in inline.children or () if not (c.type == "text" and not c.content.strip())]
    return bool(kids) and all(c.type in ("image", "softbreak", "hardbreak") for c in kids)


def _is_emphasised(inline: Token) -> bool:
    """A paragraph set wholly in italics or bold: the usual Markdown standfirst."""
    kids = inline.children or []
    if len(kids) < 3 or kids[0].type not in ("em_open", "strong_open"):
        return False
    depth = 0
    for i, kid in enumerate(kids):
        depth += kid.nesting
        if depth == 0:
            return i == len(kids) - 1 and kid.type == kids[0].type.replace("open", "close")
    return False


def _strip_emphasis(source: str, start: int, end: int) -> Span:
    while end - start > 2 and source[start] in _EMPHASIS and source[end - 1] == source[start]:
        start, end = trim(source, start + 1, end - 1)
    return start, end
