"""Web pages: the headline and the paragraphs of the main content, without navigation,
headers, footers, asides, forms, captions and other boilerplate.

Offsets must point into Article.text, so the loader writes its own text: the headline,
a blank line, then the paragraphs separated by blank lines."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin

from reader.model import Article, Paragraph
from reader.sources import residue

# Elements whose whole content is never article text.
_DROP = frozenset(
    "nav footer aside script style noscript template button select textarea svg "
    "canvas iframe object figure figcaption dialog menu".split()
)
_DROP_ROLES = frozenset("navigation banner contentinfo complementary search dialog alert menu".split())
# Elements inside which paragraphs are not body, though the headline and standfirst may be.
_HEADER = frozenset({"header", "hgroup"})
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# A start tag of one of these closes an open <p> (HTML's implied end tag).
_CLOSES_P = frozenset(
    "address article aside blockquote details div dl fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr main menu nav ol p pre section table ul li".split()
)
# Words in a class or id that mark a boilerplate block. Some pages wrap everything in a
# <form> or a "has-sidebar" <div>, so these are dropped only while something is left.
_BOILERPLATE = frozenset(
    "nav navbar navigation menu breadcrumb breadcrumbs share sharing social newsletter "
    "subscribe signup promo advert advertisement ad ads adslot sponsored sponsor related "
    "recommended recommendations popular trending mostread comments comment cookie cookies "
    "consent footer sidebar caption credit toolbar skip paywall outbrain taboola".split()
)
_STRUCTURAL = frozenset({"html", "body", "main", "article"})
_STANDFIRST = frozenset("standfirst dek deck subtitle subheadline strapline summary lede".split())
_BYLINE = frozenset({"byline", "author"})
_WORDS = re.compile(r"[a-z0-9]+")
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


@dataclass
class _Block:
    """One paragraph as parsed: its words and where on the page it was."""

    text: str
    in_article: bool
    in_main: bool
    standfirst: bool


@dataclass
class _Element:
    """An open element and what it means for the text inside it."""

    tag: str
    drop: bool = False
    header: bool = False
    standfirst: bool = False
    byline: bool = False
    main: bool = False


class _Page(HTMLParser):
    """Collects metadata, the headline candidates and the paragraphs of a page."""

    def __init__(self, strict: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.strict = strict  # drop forms and boilerplate classes too
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.time: str | None = None
        self.title: list[str] = []
        self.h1: list[str] | None = None
        self.byline: list[str] | None = None
        self.blocks: list[_Block] = []
        self._stack: list[_Element] = []
        self._open: Counter[str] = Counter()
        self._buffer: list[str] | None = None  # the open <p>, or loose blockquote text
        self._buffer_standfirst = False
        self._h1_done = self._byline_done = False

    # -- where we are ---------------------------------------------------------
    # Counts of open elements by tag and by flag, so each question is O(1) however deep
    # a page of unclosed tags nests.
    def _inside(self, tag: str) -> bool:
        return self._open[tag] > 0

    def _any(self, flag: str) -> bool:
        return self._open[f".{flag}"] > 0

    def _push(self, el: _Element) -> None:
        self._stack.append(el)
        for key in self._keys(el):
            self._open[key] += 1

    def _pop(self) -> _Element:
        el = self._stack.pop()
        for key in self._keys(el):
            self._open[key] -= 1
        return el

    @staticmethod
    def _keys(el: _Element) -> list[str]:
        flags = ("drop", "header", "standfirst", "byline", "main")
        return [el.tag] + [f".{flag}" for flag in flags if getattr(el, flag)]

    # -- parser callbacks -----------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self._metadata(tag, a)
        if tag in _VOID:
            if tag == "br" and self._buffer is not None:
                self._buffer.append(" ")
            return
        if tag in _CLOSES_P and self._inside("p"):
            self._close("p")
        if tag in ("p", "blockquote"):
            self._flush()
        el = self._element(tag, a)
        self._push(el)
        if tag == "h1" and not self._h1_done and not self._any("drop"):
            self.h1 = []
        if el.byline and self.byline is None:
            self.byline = []
        if tag == "p":
            self._buffer = []
            self._buffer_standfirst = self._any("standfirst")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._inside(tag):
            self._close(tag)

    def handle_data(self, data: str) -> None:
        if self._inside("title") and not self._inside("svg"):
            self.title.append(data)
        if self._any("drop"):
            return
        if self.h1 is not None and not self._h1_done:
            self.h1.append(data)
        if self.byline is not None and not self._byline_done:
            self.byline.append(data)
        if self._buffer is not None:
            self._buffer.append(data)
        elif self._inside("blockquote") and data.strip():
            self._buffer = [data]  # blockquote text outside any <p>
            self._buffer_standfirst = False

    def close(self) -> None:
        super().close()
        while self._stack:
            self._close(self._stack[-1].tag)
        self._flush()

    # -- helpers --------------------------------------------------------------
    def _element(self, tag: str, a: dict[str, str]) -> _Element:
        words = set(_WORDS.findall(f"{a.get('class', '')} {a.get('id', '')}".lower()))
        soft_drop = tag == "form" or (tag not in _STRUCTURAL and bool(words & _BOILERPLATE))
        return _Element(
            tag,
            drop=tag in _DROP or a.get("role", "") in _DROP_ROLES or "hidden" in a
            or a.get("aria-hidden") == "true" or (self.strict and soft_drop),
            header=tag in _HEADER,
            standfirst=bool(words & _STANDFIRST),
            byline=bool(words & _BYLINE) or a.get("rel") == "author",
            main=tag == "main" or a.get("role") == "main",
        )

    def _metadata(self, tag: str, a: dict[str, str]) -> None:
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.canonical = self.canonical or a.get("href") or None
        elif tag == "time" and self.time is None and a.get("datetime"):
            self.time = a["datetime"]

    def _close(self, tag: str) -> None:
        """Pop open elements up to and including the innermost `tag`."""
        while self._stack:
            el = self._stack[-1]
            if el.tag in ("p", "blockquote"):
                self._flush()
            self._pop()
            if el.tag == "h1" and self.h1 is not None:
                self._h1_done = True
            if el.byline and self.byline is not None:
                self._byline_done = True
            if el.tag == tag:
                return

    def _flush(self) -> None:
        """End the paragraph being collected, keeping it if it is article text."""
        if self._buffer is None:
            return
        text = _collapse("".join(self._buffer))
        self._buffer = None
        if not text or self._any("drop") or self._any("byline"):
            return
        if self._any("header") and not self._buffer_standfirst:
            return
        self.blocks.append(_Block(text, self._inside("article"), self._any("main"), self._buffer_standfirst))


# "<![" opening anything but CDATA: Python 3.11's html.parser stops on it with an
# AssertionError ("unknown status keyword … in marked section") where a browser shows text
_MARKED_SECTION = re.compile(r"<!\[(?!CDATA\[)", re.IGNORECASE)


def _parsed(strict: bool, html: str) -> _Page:
    page = _Page(strict=strict)
    try:
        page.feed(html)
        page.close()
    except AssertionError:
        page = _Page(strict=strict)
        page.feed(_MARKED_SECTION.sub("&lt;![", html))
        page.close()
    return page


def _read(html: str) -> _Page:
    """Parse the page, dropping boilerplate blocks unless that leaves no paragraph at all."""
    page = _parsed(True, html)
    if not page.blocks:
        lenient = _parsed(False, html)
        if lenient.blocks:
            return lenient
    return page


def parse(html: str, url: str | None = None, path: str | None = None) -> Article:
    """Read a web page; Article.text is the headline and paragraphs the page's text holds."""
    page = _read(html)
    headline = _headline(page)
    blocks = _main_content(page.blocks)
    text, paras = _assemble(headline, blocks)
    fiction = residue.mark_fiction_note(text, paras)
    paras = residue.mark(text, paras)
    standfirst = next((p.text(text) for p in paras if p.kind == "standfirst"), None)
    return Article(
        text=text,
        paragraphs=tuple(paras),
        title=headline,
        standfirst=standfirst,
        byline=_byline(page),
        source=_collapse(page.meta.get("og:site_name") or page.meta.get("application-name") or "") or None,
        url=_url(page, url),
        published=_published(page),
        path=path,
        format="html",
        fiction=fiction,
    )


def _collapse(s: str) -> str:
    """HTML white space collapsed to single spaces, ends trimmed."""
    return _HTML_SPACE.sub(" ", s).strip()


def _headline(page: _Page) -> str:
    for candidate in (page.meta.get("og:title"), "".join(page.h1 or ()), "".join(page.title)):
        if candidate and _collapse(candidate):
            return _collapse(candidate)
    return ""


def _main_content(blocks: list[_Block]) -> list[_Block]:
    """Paragraphs inside <article> if there are any, else inside <main>, else all of them."""
    for inside in (lambda b: b.in_article, lambda b: b.in_main):
        chosen = [b for b in blocks if inside(b)]
        if chosen:
            return chosen
    return blocks


def _assemble(headline: str, blocks: list[_Block]) -> tuple[str, list[Paragraph]]:
    """Write the article text and the paragraphs' offsets into it."""
    entries = [(headline, "headline")] if headline else []
    standfirst_seen = False
    for b in blocks:
        kind = "standfirst" if b.standfirst and not standfirst_seen else "body"
        standfirst_seen = standfirst_seen or kind == "standfirst"
        entries.append((b.text, kind))
    return layout(entries)


def layout(entries: list[tuple[str, str]]) -> tuple[str, list[Paragraph]]:
    """An article text written from (words, kind) pieces, a blank line apart, with each
    piece's Paragraph offsets into it. The one text shape every web loader produces."""
    paras: list[Paragraph] = []
    offset = 0
    for words, kind in entries:
        paras.append(Paragraph(offset, offset + len(words), kind))
        offset += len(words) + 2
    text = "\n\n".join(words for words, _ in entries)
    return (text + "\n" if text else ""), paras


def _byline(page: _Page) -> str | None:
    author = page.meta.get("author") or page.meta.get("article:author") or ""
    if author.startswith(("http://", "https://")):
        author = ""
    if not author and page.byline:
        author = re.sub(r"^by\s+", "", _collapse("".join(page.byline)), flags=re.IGNORECASE)
    return _collapse(author) or None


def _published(page: _Page) -> str | None:
    for key in ("article:published_time", "datepublished", "date", "pubdate", "publish-date", "dc.date"):
        if page.meta.get(key):
            return page.meta[key].strip()
    return page.time


def _url(page: _Page, fetched: str | None) -> str | None:
    """The page's own address: canonical or og:url, resolved against where it came from."""
    base = fetched or ""
    for candidate in (page.canonical, page.meta.get("og:url")):
        if candidate and candidate.strip():
            resolved = urljoin(base, candidate.strip())
            if "://" in resolved:
                return resolved
            base = base or resolved
    return fetched or base or None
