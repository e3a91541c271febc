"""Plain-text articles: headline on the first line, standfirst on the second, then
paragraphs one per line or separated by blank lines."""
from __future__ import annotations

import re

from reader.model import Article, Paragraph

_LINE = re.compile(r"[^\r\n]+")


def parse(source: str, path: str | None = None) -> Article:
    paras: list[Paragraph] = []
    for m in _LINE.finditer(source):
        s, e = m.span()
        while s < e and source[s].isspace():
            s += 1
        while e > s and source[e - 1].isspace():
            e -= 1
        if s == e:
            continue
        kind = "headline" if not paras else "body"
        paras.append(Paragraph(s, e, kind))
    title = paras[0].text(source) if paras else ""
    return Article(text=source, paragraphs=tuple(paras), title=title, path=path, format="text")
