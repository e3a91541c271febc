"""How articles and extractions are laid out in rows, and back again."""
from __future__ import annotations

import json
from typing import Any

from reader.model import Article, Extraction, Paragraph

# Article fields kept in the `meta` JSON column, with the defaults left out of it.
_META_DEFAULTS: dict[str, Any] = {
    "standfirst": None, "byline": None, "source": None, "url": None, "path": None, "fiction": False,
}


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def encode_meta(article: Article) -> str:
    meta = {k: getattr(article, k) for k, default in _META_DEFAULTS.items() if getattr(article, k) != default}
    return _dumps(meta)


def encode_paragraphs(article: Article) -> str:
    return _dumps([[p.start, p.end, p.kind] for p in article.paragraphs])


def decode_article(article_id: str, title: str, meta: str, text: str, paragraphs: str, fmt: str, published: str | None) -> Article:
    fields = {**_META_DEFAULTS, **json.loads(meta)}
    paras = tuple(Paragraph(s, e, kind) for s, e, kind in json.loads(paragraphs))
    return Article(text=text, paragraphs=paras, title=title, published=published, format=fmt, id=article_id, **fields)


def speaker_names(ex: Extraction) -> list[str]:
    return [s.name for s in ex.speakers]


def encode_extraction(ex: Extraction) -> tuple[str, int, str]:
    """(cache JSON, quote count, speaker names JSON) for the extractions table."""
    from reader.quotes import records  # the engine package: not imported before it is needed

    return _dumps(records.to_cache(ex)), len(ex.quotes), _dumps(speaker_names(ex))


def decode_extraction(data: str) -> Extraction:
    from reader.quotes import records

    return records.from_cache(json.loads(data))


def quote_rows(ex: Extraction, text: str) -> list[tuple[int, str | None, str, str]]:
    """(index, speaker name, kind, text) for each quote, text sliced from the source."""
    rows = []
    for i, q in enumerate(ex.quotes):
        speaker = ex.speaker_of(q)
        rows.append((i, speaker.name if speaker else None, q.kind, q.text(text)))
    return rows
