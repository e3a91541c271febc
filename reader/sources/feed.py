"""Feeds and feed lists: RSS 0.9x/1.0/2.0 and Atom read by feedparser, JSON Feed by json
(feedparser 6 doesn't read it), OPML subscription lists by ElementTree.

    feed = parse_feed(body, url="https://news.example/rss", content_type="application/rss+xml")
    for item in feed.items:
        article = item_article(item, feed.title)

Like every loader this is bytes in, data out: it fetches nothing and knows nothing of
the store. reader.feeds puts it together with the network and the library."""
from __future__ import annotations

import hashlib
import html as htmllib
import json
import re
import time
import xml.sax
from dataclasses import dataclass, replace
from html.entities import name2codepoint
from datetime import datetime, timezone
from xml.etree import ElementTree

from reader.model import Article

# An item whose only text is a summary shorter than this is worth fetching the page for.
SUMMARY_CHARS = 1000
_BLOCK_TAG = re.compile(r"<\s*(p|div|br|ul|ol|blockquote|h[1-6]|article|section|table)\b", re.IGNORECASE)
_MAIL_NAME = re.compile(r"^\S+@\S+\s*\((.+)\)$")
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
JSON_FEED_VERSIONS = ("https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1")


class FeedError(Exception):
    """Bytes that are not a usable feed (or OPML list); the message is one line."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a feed. `summary` and `content` are HTML; `content` is empty when
    the feed carries only a summary. Dates are ISO-8601 UTC strings."""

    guid: str
    link: str | None
    title: str
    author: str | None = None
    published: str | None = None
    updated: str | None = None
    summary: str = ""
    content: str = ""

    @property
    def fingerprint(self) -> str:
        """Changes whenever anything a reader would see in the item changes."""
        parts = (self.link or "", self.title, self.author or "", self.published or "", self.updated or "", self.summary, self.content)
        return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]

    @property
    def summary_only(self) -> bool:
        """True when the feed gives no full text: a short summary and a page to read."""
        return bool(self.link) and not self.content.strip() and len(_plain(self.summary)) < SUMMARY_CHARS


@dataclass(frozen=True, slots=True)
class Feed:
    title: str
    link: str | None  # the site the feed belongs to
    kind: str  # feedparser's version ("rss20", "atom10", …) or "json1"
    items: tuple[FeedItem, ...]


@dataclass(frozen=True, slots=True)
class Subscription:
    """One feed in an OPML list."""

    url: str
    title: str = ""
    site: str | None = None


# ---- reading feeds -----------------------------------------------------------------


def parse_feed(body: bytes, url: str = "", content_type: str = "") -> Feed:
    """Read a feed's bytes; FeedError if they are not a well-formed feed."""
    head = body[:4096].lstrip()
    if not head:
        raise FeedError("empty response, not a feed")
    if b"\x00" in head:
        raise FeedError("binary data, not a feed")
    if head.startswith(b"{") or content_type in ("application/feed+json", "application/json"):
        return _parse_json_feed(body)
    lower = head[:512].lower()
    if lower.startswith((b"<!doctype html", b"<html")):
        raise FeedError("not a feed: the server sent an HTML page")
    return _parse_xml_feed(body, url, content_type)


def _parse_xml_feed(body: bytes, url: str, content_type: str) -> Feed:
    import feedparser

    headers = {"content-location": url} if url else {}
    if content_type:
        headers["content-type"] = content_type
    # bytes, never a str: feedparser would take a str that looks like a URL and fetch it
    result = feedparser.parse(bytes(body), response_headers=headers)
    problem = result.get("bozo_exception")
    if isinstance(problem, xml.sax.SAXException) and (mended := _mend_ampersands(body)) is not None:
        # the commonest fault of feeds in the wild: a bare "&" or an HTML entity ("&nbsp;")
        # that XML does not know. Read as the feed meant them, if that is all that was wrong.
        again = feedparser.parse(mended, response_headers=headers)
        if not isinstance(again.get("bozo_exception"), xml.sax.SAXException):
            result, problem = again, None
    # (no line number: feedparser rewrites the XML prolog first, so its lines are off)
    if isinstance(problem, xml.sax.SAXException):
        raise FeedError(f"malformed feed (not well-formed XML: {problem.getMessage()})")
    if not result.get("version"):
        raise FeedError("not a feed (no RSS or Atom found)")
    meta = result.get("feed", {})
    items = tuple(_entry_item(e) for e in result.get("entries", ()))
    return Feed(_plain(meta.get("title", "")), meta.get("link") or None, result["version"], items)


# a CDATA section (left as it is), or an "&" that does not start one of XML's own
# references: a bare one, or a named entity XML lacks
_AMPERSAND = re.compile(rb"<!\[CDATA\[.*?\]\]>|&(?!#[0-9]+;|#x[0-9a-fA-F]+;|(?:amp|lt|gt|quot|apos);)([A-Za-z][A-Za-z0-9]{0,31};)?", re.DOTALL)


def _mend_ampersands(body: bytes) -> bytes | None:
    """The feed with bare "&" written "&amp;" and HTML's named entities as character
    references; None if there is nothing to mend (or the bytes are not in an
    ASCII-compatible encoding, where a byte "&" may not be one)."""
    if body.startswith((b"\xff\xfe", b"\xfe\xff")) or b"&" not in body:
        return None

    def mend(m: re.Match[bytes]) -> bytes:
        whole = m.group(0)
        if whole[:1] == b"<":
            return whole
        name = m.group(1)
        if name is not None and (code := name2codepoint.get(name[:-1].decode("ascii"))) is not None:
            return b"&#%d;" % code
        return b"&amp;" + (name or b"")

    mended = _AMPERSAND.sub(mend, body)
    return None if mended == body else mended


def _entry_item(e) -> FeedItem:
    link = (e.get("link") or "").strip() or None
    summary = e.get("summary", "") or ""
    contents = [c.get("value", "") for c in e.get("content", ()) if c.get("value")]
    content = max(contents, key=len) if contents else ""
    if content and _plain(content) == _plain(summary):
        summary = ""  # feedparser fills summary from content when there is no summary
    author = _author(e)
    # `in` first: feedparser warns when asked for an updated date the entry lacks
    updated = e.get("updated_parsed") if "updated_parsed" in e else None
    title = _plain(e.get("title", ""))
    guid = (e.get("id") or "").strip() or link or _hash_guid(title, summary or content)
    return FeedItem(
        guid=guid,
        link=link,
        title=title,
        author=author,
        published=_iso_struct(e.get("published_parsed") or updated),
        updated=_iso_struct(updated),
        summary=summary,
        content=content,
    )


def _author(e) -> str | None:
    """The entry's author as a name: RSS's "mail@host (Name)" gives Name, a bare
    address gives nothing."""
    raw = _plain(e.get("author") or "")
    m = _MAIL_NAME.match(raw)
    if m:
        return m.group(1).strip() or None
    if raw and "@" in raw and " " not in raw:
        return None
    return raw or _plain((e.get("author_detail") or {}).get("name") or "") or None


def _parse_json_feed(body: bytes) -> Feed:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FeedError("malformed JSON Feed (not UTF-8)") from None
    except json.JSONDecodeError as e:
        raise FeedError(f"malformed JSON Feed (line {e.lineno}: {e.msg})") from None
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith("https://jsonfeed.org/version/"):
        raise FeedError("not a feed (JSON without a JSON Feed version)")
    raw_items = data.get("items")
    if not isinstance(raw_items, list):
        raise FeedError("malformed JSON Feed (no list of items)")
    feed_author = _json_author(data)
    items = []
    for raw in raw_items:
        if not isinstance(raw, dict):
            continue
        link = _str(raw.get("url")) or _str(raw.get("external_url"))
        content = _str(raw.get("content_html")) or _text_to_html(_str(raw.get("content_text")))
        summary = _str(raw.get("summary"))
        summary_html = htmllib.escape(summary) if summary else ""
        title = _plain(_str(raw.get("title")))
        guid = _str(raw.get("id")) or (str(raw["id"]) if isinstance(raw.get("id"), int) else "") or link
        items.append(
            FeedItem(
                guid=guid or _hash_guid(title, content or summary),
                link=link,
                title=title,
                author=_json_author(raw) or feed_author,
                published=_iso_text(_str(raw.get("date_published")) or _str(raw.get("date_modified"))),
                updated=_iso_text(_str(raw.get("date_modified"))),
                summary=summary_html,
                content=content,
            )
        )
    return Feed(_plain(_str(data.get("title"))), _str(data.get("home_page_url")), "json1", tuple(items))


def _json_author(obj: dict) -> str | None:
    authors = obj.get("authors")
    if not isinstance(authors, list):
        authors = [obj.get("author")] if isinstance(obj.get("author"), dict) else []
    names = [_str(a.get("name")) for a in authors if isinstance(a, dict) and _str(a.get("name"))]
    return ", ".join(names) or None


def _str(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _text_to_html(text: str | None) -> str:
    if not text:
        return ""
    return "".join(f"<p>{htmllib.escape(p.strip())}</p>" for p in re.split(r"\n\s*\n", text) if p.strip())


def _hash_guid(title: str, body: str) -> str:
    return "sha256:" + hashlib.sha256(f"{title}\x1f{body}".encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _iso_struct(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat(timespec="seconds")
    except (TypeError, ValueError):
        return None


def _iso_text(value: str | None) -> str | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value  # keep what the feed said rather than lose the date
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc).isoformat(timespec="seconds")


def _plain(fragment: str) -> str:
    """Text of an HTML fragment on one line: tags gone, entities decoded."""
    return _SPACE.sub(" ", htmllib.unescape(_TAG.sub(" ", fragment or ""))).strip()


# ---- items into articles -----------------------------------------------------------


def item_article(item: FeedItem, feed_title: str = "") -> Article:
    """The article the feed itself carries for `item`: its title as the headline, then
    its content (or summary). URL, author and date come from the item."""
    from reader.sources.web import article_from_html

    body = item.content or item.summary
    first_block = _BLOCK_TAG.search(body)
    if body and not first_block:
        body = _text_to_html(htmllib.unescape(_TAG.sub(" ", body)))
    elif first_block and _plain(body[: first_block.start()]):
        # text before the first block would fall outside every paragraph: give it one
        body = f"<p>{body[: first_block.start()]}</p>{body[first_block.start():]}"
    title = htmllib.escape(item.title)
    page = (
        f"<!doctype html><html><head><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )
    return with_item_metadata(article_from_html(page, item.link), item, feed_title)


def with_item_metadata(article: Article, item: FeedItem, feed_title: str = "") -> Article:
    """`article` with the item's link, author and date, which a feed states outright,
    in place of what was guessed from the page."""
    return replace(
        article,
        url=item.link or article.url,
        byline=item.author or article.byline,
        published=item.published or article.published,
        source=feed_title or article.source,
    )


def body_chars(article: Article) -> int:
    return sum(p.end - p.start for p in article.body)


# ---- OPML --------------------------------------------------------------------------


def parse_opml(data: bytes) -> list[Subscription]:
    """Every feed in an OPML file (outlines with an xmlUrl, at any depth), each once."""
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as e:
        raise FeedError(f"not an OPML file ({e})") from None
    if root.tag.lower() != "opml":
        raise FeedError(f"not an OPML file (the document is <{root.tag}>, not <opml>)")
    subs: dict[str, Subscription] = {}
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url and url not in subs:
            title = (outline.get("title") or outline.get("text") or "").strip()
            site = (outline.get("htmlUrl") or "").strip() or None
            subs[url] = Subscription(url, title, site)
    return list(subs.values())


def write_opml(subscriptions: list[Subscription], title: str = "reader subscriptions") -> str:
    """An OPML 2.0 document listing the feeds."""
    root = ElementTree.Element("opml", version="2.0")
    head = ElementTree.SubElement(root, "head")
    ElementTree.SubElement(head, "title").text = title
    ElementTree.SubElement(head, "dateCreated").text = datetime.now(timezone.utc).strftime("%a, %d %b %Y %H:%M:%S GMT")
    body = ElementTree.SubElement(root, "body")
    for sub in subscriptions:
        attrs = {"type": "rss", "text": sub.title or sub.url, "title": sub.title or sub.url, "xmlUrl": sub.url}
        if sub.site:
            attrs["htmlUrl"] = sub.site
        ElementTree.SubElement(body, "outline", attrs)
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"
