"""The data reader passes around: articles, their paragraphs, and what the quote engine
found in them. Every Quote, Mention and Cue is a span of character offsets into the
article's source text, never a copy of it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ParagraphKind = Literal["headline", "standfirst", "body", "residue"]
QuoteKind = Literal["direct", "partial"]


# The engine makes a Quote, a Mention and a Cue for every quotation, tens of thousands a
# second. A frozen dataclass's own __init__ sets each field through object.__setattr__ (a
# frozen class forbids assignment); these classes' __init__ calls each slot's setter,
# bound once below, which takes a third less time. Same fields, defaults and checks; the
# classes stay frozen.


@dataclass(frozen=True, slots=True, init=False)
class Span:
    """A half-open range [start, end) of code points in an article's source text."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        _set_start(self, start)
        _set_end(self, end)

    def text(self, source: str) -> str:
        return source[self.start : self.end]


_set_start, _set_end = Span.start.__set__, Span.end.__set__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of the article: its offsets in the source and what it is.

    `residue` marks scrape left-overs (navigation labels, photo credits, truncated
    captions): kept, never deleted, dimmed by the app and skipped by attribution."""

    start: int
    end: int
    kind: ParagraphKind = "body"

    def text(self, source: str) -> str:
        return source[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Article:
    """An article as loaded from a file, a web page or a feed item.

    `text` is the source text that every offset refers to: for a file, exactly what
    `open(path, encoding="utf-8").read()` returns."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    title: str = ""
    standfirst: str | None = None
    byline: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    path: str | None = None
    format: str = "text"
    fiction: bool = False
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", content_id(self.text))

    @property
    def body(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.kind == "body")


def content_id(text: str) -> str:
    """A stable id for an article: the first 16 hex digits of the SHA-256 of its text."""
    import hashlib  # here: a millisecond of the app's start-up, which makes no ids

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True, slots=True, init=False)
class Mention(Span):
    """The words that name the speaker for one quote: "She", "a source", "Aziz"."""


@dataclass(frozen=True, slots=True, init=False)
class Cue(Span):
    """The words that signal speech: "said", "told", "according to", a colon."""


@dataclass(frozen=True, slots=True, init=False)
class Quote:
    """A quotation: one segment per paragraph it runs over, offsets without the marks."""

    segments: tuple[tuple[int, int], ...]
    kind: QuoteKind
    speaker: int | None = None  # index into Extraction.speakers
    mention: Mention | None = None
    cue: Cue | None = None

    def __init__(
        self,
        segments: tuple[tuple[int, int], ...],
        kind: QuoteKind,
        speaker: int | None = None,
        mention: Mention | None = None,
        cue: Cue | None = None,
    ) -> None:
        _set_segments(self, segments)
        _set_kind(self, kind)
        _set_speaker(self, speaker)
        _set_mention(self, mention)
        _set_cue(self, cue)

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]

    def text(self, source: str) -> str:
        return " ".join(source[s:e] for s, e in self.segments)


_set_segments, _set_kind, _set_speaker, _set_mention, _set_cue = (
    getattr(Quote, name).__set__ for name in ("segments", "kind", "speaker", "mention", "cue")
)


class _QuoteSlots:
    """Quote's slots without its frozen guard: see _make_quote."""

    __slots__ = Quote.__slots__


def _make_quote(
    segments: tuple[tuple[int, int], ...],
    kind: QuoteKind,
    speaker: int | None,
    mention: Mention | None,
    cue: Cue | None,
) -> Quote:
    """The same as Quote(segments, kind, speaker, mention, cue), for the engine, at half the
    cost: the fields are filled in on an object of a plain class with the same slots, which
    then becomes a Quote (Python allows the switch between classes of the same layout). It
    spares the call of Quote.__init__ through the type and its five setter calls."""
    q = _QuoteSlots()
    q.segments = segments
    q.kind = kind
    q.speaker = speaker
    q.mention = mention
    q.cue = cue
    q.__class__ = Quote  # type: ignore[assignment]
    return q  # type: ignore[return-value]


class _SpanSlots:
    """Span's slots without its frozen guard: see _make_span."""

    __slots__ = Span.__slots__


def _make_span(cls: type, start: int, end: int):
    """The same as cls(start, end) for Mention or Cue, for the engine, as _make_quote makes
    a Quote: the fields filled in on an object of a plain class with Span's slots, which
    then becomes a cls (neither adds slots of its own)."""
    s = _SpanSlots()
    s.start = start
    s.end = end
    s.__class__ = cls
    return s


@dataclass(frozen=True, slots=True)
class Speaker:
    """Someone quoted in an article, with every name the article uses for them."""

    name: str
    aliases: tuple[str, ...] = ()
    anonymous: bool = False
    quotes: tuple[int, ...] = ()  # indices into Extraction.quotes


class _SpeakerSlots:
    """Speaker's slots without its frozen guard: see _make_speaker."""

    __slots__ = Speaker.__slots__


def _make_speaker(name: str, aliases: tuple[str, ...], anonymous: bool, quotes: tuple[int, ...]) -> Speaker:
    """The same as Speaker(name, aliases, anonymous, quotes), for the engine, as _make_quote
    makes a Quote (a frozen dataclass's own __init__ sets each field through
    object.__setattr__)."""
    s = _SpeakerSlots()
    s.name = name
    s.aliases = aliases
    s.anonymous = anonymous
    s.quotes = quotes
    s.__class__ = Speaker  # type: ignore[assignment]
    return s  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the engine found in one article."""

    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]
    engine_version: str = ""

    def speaker_of(self, quote: Quote) -> Speaker | None:
        return None if quote.speaker is None else self.speakers[quote.speaker]
