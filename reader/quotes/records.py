"""Plain-dict views of an Extraction: the `reader quotes` JSON contract, and the form the
store caches. Text is always sliced from the article's source, never stored apart."""
from __future__ import annotations

from reader.model import Article, Cue, Extraction, Mention, Quote, Speaker


def _span(span, source: str) -> dict | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": source[span.start : span.end]}


def quote_record(q: Quote, ex: Extraction, source: str) -> dict:
    sp = ex.speaker_of(q)
    return {
        "start": q.start,
        "end": q.end,
        "segments": [[s, e] for s, e in q.segments],
        "text": q.text(source),
        "kind": q.kind,
        "speaker": sp.name if sp else None,
        "mention": _span(q.mention, source),
        "cue": _span(q.cue, source),
    }


def speaker_record(sp: Speaker) -> dict:
    return {"name": sp.name, "aliases": list(sp.aliases), "anonymous": sp.anonymous, "quotes": len(sp.quotes)}


def article_record(article: Article, ex: Extraction, path: str | None = None) -> dict:
    """One line of `reader quotes --format jsonl`.

    Offsets index the article's text, which for text and Markdown files is the file's
    text itself. A web page's article text is written by its loader (headline and main
    paragraphs, markup gone), so its record carries that text as `article_text`."""
    rec = {
        "path": path if path is not None else article.path,
        "title": article.title,
        "quotes": [quote_record(q, ex, article.text) for q in ex.quotes],
        "speakers": [speaker_record(s) for s in ex.speakers],
    }
    if article.format == "html":
        rec["article_text"] = article.text
    return rec


def to_cache(ex: Extraction) -> dict:
    """A compact, JSON-able form of an Extraction (offsets only) for the store's cache."""
    return {
        "v": ex.engine_version,
        "q": [
            [
                [list(s) for s in q.segments],
                q.kind,
                q.speaker,
                [q.mention.start, q.mention.end] if q.mention else None,
                [q.cue.start, q.cue.end] if q.cue else None,
            ]
            for q in ex.quotes
        ],
        "s": [[s.name, list(s.aliases), s.anonymous, list(s.quotes)] for s in ex.speakers],
    }


def from_cache(data: dict) -> Extraction:
    quotes = tuple(
        Quote(
            segments=tuple((a, b) for a, b in segs),
            kind=kind,
            speaker=speaker,
            mention=Mention(*men) if men else None,
            cue=Cue(*cue) if cue else None,
        )
        for segs, kind, speaker, men, cue in data["q"]
    )
    speakers = tuple(Speaker(n, tuple(al), anon, tuple(qs)) for n, al, anon, qs in data["s"])
    return Extraction(quotes, speakers, data.get("v", ""))
