"""Web pages over HTTP: fetching a URL safely (timeouts, retries, a size cap, a redirect
limit, conditional requests) and turning a page into an Article.

    from reader.sources.web import fetch_article, article_from_html
    article = fetch_article("https://news.example/story")

`article_from_html` is the one way a page becomes an Article: trafilatura finds the main
text, and reader.sources.html.parse takes over when it finds none. Either way the loader
writes Article.text itself, so every Paragraph offset points into it.

Only the standard library does the HTTP (urllib), so nothing here needs a session object
and any thread may call `fetch`; a `HostLimiter` shared between threads keeps the number
of connections to one host small."""
from __future__ import annotations

import email.utils
import http.client
import logging
import re
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from html.parser import HTMLParser
from typing import Iterator
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

from reader.model import Article, Paragraph
from reader.sources import residue
from reader.sources.html import layout

USER_AGENT = "reader/0.1 (a terminal news reader; +feeds)"
PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_BINARY_PREFIXES = ("image/", "audio/", "video/", "font/")
_BINARY_TYPES = frozenset({
    "application/octet-stream", "application/pdf", "application/zip", "application/gzip",
    "application/x-gzip", "application/x-tar", "application/wasm",
})
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
_SPACE = re.compile(r"\s+")

# trafilatura and its helpers log every page they can't read; with no logging set up,
# Python would print those to stderr. A handler of our own keeps them quiet without
# changing their levels for an application that does configure logging.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


class FetchError(Exception):
    """A URL that could not be fetched; the message is one line for the user."""

    def __init__(self, message: str, *, retryable: bool = False, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """How patient and how trusting a fetch is. Tests make these small."""

    timeout: float = 15.0  # seconds for connecting and for each read
    deadline: float = 60.0  # seconds for a whole response, so a trickling server ends too
    max_bytes: int = 10 * 2**20  # a body (after decompression) larger than this is an error
    max_redirects: int = 5
    retries: int = 2  # further tries after a transient failure (connection, 429, 5xx)
    backoff: float = 0.5  # seconds before the first retry, doubled for each one after
    max_retry_after: float = 30.0  # a 429/503 asking to wait longer than this is a failure
    connections: int = 8  # requests in flight at once (used by reader.feeds)
    per_host: int = 2  # of those, at most this many to one host
    user_agent: str = USER_AGENT


DEFAULT_SETTINGS = FetchSettings()


@dataclass(frozen=True, slots=True)
class Response:
    """A fetched URL. `not_modified` is a 304 answer to a conditional request (no body).

    `url` is where the body came from after redirects; `moved_to` is set only when every
    redirect on the way was permanent (301/308), so a subscriber may update its address."""

    url: str
    status: int
    body: bytes
    content_type: str  # media type only, lower case: "application/rss+xml"
    charset: str | None
    etag: str | None
    last_modified: str | None
    moved_to: str | None = None
    location: str | None = None  # a redirect's Location header, as sent

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def looks_binary(self) -> bool:
        """Content no text format could be: a binary media type, or NUL bytes early on."""
        if self.content_type.startswith(_BINARY_PREFIXES) or b"\x00" in self.body[:4096]:
            return True
        # servers label feeds application/octet-stream often enough: trust a markup start
        return self.content_type in _BINARY_TYPES and not self.body.lstrip()[:1] in (b"<", b"{")

    def looks_html(self) -> bool:
        head = self.body[:2048].lstrip().lower()
        return head.startswith((b"<!doctype html", b"<html")) or (
            self.content_type in _HTML_TYPES and not head.startswith(b"<?xml")
        )

    def text(self) -> str:
        """The body as text: the declared charset, else one the document names, else UTF-8."""
        for candidate in (self.charset, _sniff_charset(self.body)):
            if candidate:
                try:
                    return self.body.decode(candidate, errors="replace")
                except LookupError:
                    continue
        return self.body.decode("utf-8", errors="replace")


class HostLimiter:
    """At most `per_host` requests in flight to any one host, across threads."""

    def __init__(self, per_host: int) -> None:
        self._per_host = max(1, per_host)
        self._lock = threading.Lock()
        self._hosts: dict[str, threading.BoundedSemaphore] = {}

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            sem = self._hosts.setdefault(host, threading.BoundedSemaphore(self._per_host))
        with sem:
            yield


# ---- fetching ----------------------------------------------------------------------


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hand 3xx answers back as errors: `fetch` follows them itself, to count hops,
    catch loops and keep each hop inside the host limit."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102
        return None


_OPENER = urllib.request.build_opener(_NoRedirects)


def check_url(url: str) -> str:
    """`url` if it is an http or https URL with a host; FetchError otherwise."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        raise FetchError(f"{url}: not a valid URL") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: not an http or https URL")
    return url.strip()


def fetch(
    url: str,
    *,
    accept: str = PAGE_ACCEPT,
    etag: str | None = None,
    last_modified: str | None = None,
    settings: FetchSettings = DEFAULT_SETTINGS,
    limiter: HostLimiter | None = None,
) -> Response:
    """GET `url`, following up to settings.max_redirects redirects.

    With `etag`/`last_modified` the request is conditional and an unchanged resource
    comes back as a 304 Response with an empty body. Everything that goes wrong is a
    FetchError with a one-line message; transient failures are retried first."""
    current = check_url(url)
    headers = {"User-Agent": settings.user_agent, "Accept": accept, "Accept-Encoding": "gzip"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    visited = {current}
    permanent = True
    for _ in range(settings.max_redirects + 1):
        response = _with_retries(lambda: _request(current, headers, settings, limiter), settings)
        if response.status not in _REDIRECTS:
            moved = current if permanent and current != url else None
            return replace(response, url=current, moved_to=moved)
        location = response.location
        if not location:
            raise FetchError(f"HTTP {response.status} redirect without a Location")
        target = urljoin(current, location)
        if urlsplit(target).scheme.lower() not in ("http", "https"):
            raise FetchError(f"redirected to {target}, which is not an http or https URL")
        if target in visited:
            raise FetchError(f"redirect loop ({current} → {target})")
        visited.add(target)
        permanent = permanent and response.status in _PERMANENT
        current = target
    raise FetchError(f"too many redirects (more than {settings.max_redirects})")


def _with_retries(call: Callable[[], Response], settings: FetchSettings) -> Response:
    attempt = 0
    while True:
        try:
            return call()
        except FetchError as e:
            if not e.retryable or attempt >= settings.retries:
                if attempt:
                    raise FetchError(f"{e} (after {attempt + 1} tries)") from None
                raise
            delay = settings.backoff * 2**attempt
            if e.retry_after is not None:
                if e.retry_after > settings.max_retry_after:
                    raise FetchError(f"{e} (the server asks to wait {e.retry_after:.0f} s)") from None
                delay = max(delay, e.retry_after)
            time.sleep(delay)
            attempt += 1


def _request(url: str, headers: dict[str, str], settings: FetchSettings, limiter: HostLimiter | None) -> Response:
    """One request, no redirects followed, inside the host limit."""
    if limiter is None:
        return _request_unlimited(url, headers, settings)
    with limiter.slot(url):
        return _request_unlimited(url, headers, settings)


def _request_unlimited(url: str, headers: dict[str, str], settings: FetchSettings) -> Response:
    deadline = time.monotonic() + settings.deadline
    request = urllib.request.Request(url, headers=headers, method="GET")
    try:
        with _OPENER.open(request, timeout=settings.timeout) as resp:
            body = _read_body(resp, settings, deadline)
            return _response(url, resp.status, resp.headers, body)
    except urllib.error.HTTPError as e:
        with e:
            return _http_error(url, e)
    except FetchError:
        raise
    except urllib.error.URLError as e:
        raise _network_error(e.reason, settings) from None
    except (OSError, http.client.HTTPException, ValueError) as e:
        raise _network_error(e, settings) from None


def _http_error(url: str, e: urllib.error.HTTPError) -> Response:
    """A 3xx or 304 as a Response; anything else as a FetchError."""
    if e.code in _REDIRECTS:
        return Response(url, e.code, b"", "", None, None, None, location=(e.headers.get("Location") or "").strip())
    if e.code == 304:
        return _response(url, 304, e.headers, b"")
    reason = f"HTTP {e.code} {e.reason}".strip() if isinstance(e.reason, str) else f"HTTP {e.code}"
    transient = e.code == 429 or e.code >= 500
    raise FetchError(reason, retryable=transient, retry_after=_retry_after(e.headers.get("Retry-After")))


def _network_error(reason, settings: FetchSettings) -> FetchError:
    # A timeout has already cost the whole timeout, so it is not tried again.
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return FetchError(f"timed out after {settings.timeout:g} s")
    if isinstance(reason, socket.gaierror):
        return FetchError("host not found")
    if isinstance(reason, ssl.SSLError):
        return FetchError(f"TLS error ({getattr(reason, 'reason', None) or reason})")
    if isinstance(reason, ConnectionRefusedError):
        return FetchError("connection refused", retryable=True)
    if isinstance(reason, (ConnectionError, http.client.HTTPException)):
        return FetchError("the connection was closed early", retryable=True)
    if isinstance(reason, ValueError):
        return FetchError(f"not a valid URL ({reason})")
    text = getattr(reason, "strerror", None) or str(reason)
    return FetchError(f"network error ({text})", retryable=True)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _read_body(resp, settings: FetchSettings, deadline: float) -> bytes:
    """The body, cut off with an error past settings.max_bytes or the deadline."""
    cap = settings.max_bytes
    length = resp.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > cap:
        raise _too_large(settings)
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"timed out (the response took over {settings.deadline:g} s)")
        chunk = resp.read1(65536)
        if not chunk:
            break
        size += len(chunk)
        if size > cap:
            raise _too_large(settings)
        chunks.append(chunk)
    body = b"".join(chunks)
    if resp.headers.get("Content-Encoding", "").strip().lower() in ("gzip", "x-gzip"):
        body = _gunzip(body, settings)
    return body


def _gunzip(body: bytes, settings: FetchSettings) -> bytes:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(body, settings.max_bytes + 1)
    except zlib.error:
        raise FetchError("the response claims to be gzip-compressed but is not") from None
    if len(out) > settings.max_bytes:
        raise _too_large(settings)
    return out


def _too_large(settings: FetchSettings) -> FetchError:
    return FetchError(f"response too large (over {_size(settings.max_bytes)})")


def _size(n: int) -> str:
    if n >= 2**20:
        return f"{n / 2**20:g} MB"
    if n >= 2**10:
        return f"{n / 2**10:g} KB"
    return f"{n} bytes"


def _response(url: str, status: int, headers, body: bytes) -> Response:
    ctype = headers.get_content_type() if headers.get("Content-Type") else ""
    return Response(
        url=url,
        status=status,
        body=body,
        content_type=ctype.lower(),
        charset=headers.get_content_charset(),
        etag=headers.get("ETag"),
        last_modified=headers.get("Last-Modified"),
    )


def _sniff_charset(body: bytes) -> str | None:
    head = body[:4096]
    m = _XML_ENCODING.match(head) or _CHARSET.search(head)
    return m.group(1).decode("ascii") if m else None


# ---- pages into articles -----------------------------------------------------------


def fetch_article(url: str, *, settings: FetchSettings = DEFAULT_SETTINGS, limiter: HostLimiter | None = None) -> Article:
    """Fetch a web page and read its article; FetchError if it is not an HTML page."""
    response = fetch(url, settings=settings, limiter=limiter)
    return article_from_response(response)


def article_from_response(response: Response) -> Article:
    """The article in a fetched page, after checking the page is HTML at all."""
    if response.looks_binary():
        kind = response.content_type or "binary data"
        raise FetchError(f"not a web page ({kind})")
    if response.content_type and response.content_type not in _HTML_TYPES and not response.looks_html():
        raise FetchError(f"not a web page ({response.content_type})")
    article = article_from_html(response.text(), response.url)
    if not article.body:
        raise FetchError("no article text found on the page")
    return article


def article_from_html(html: str, url: str | None = None, *, path: str | None = None) -> Article:
    """A web page as an Article: trafilatura's main text if it finds any, else the html
    loader's. Metadata (URL, author, date, site) comes from trafilatura where it has it,
    else from the page's own tags."""
    from reader.sources import html as html_loader

    page = html_loader.parse(html, url=url, path=path)
    found = _extract(html, url)
    if found is None:
        return page
    meta, blocks = found
    headline = meta.get("title") or page.title
    blocks = _drop_repeated_headline(blocks, headline)
    if not blocks:
        return page
    text, paras = _assemble(headline, blocks)
    fiction = residue.mark_fiction_note(text, paras)
    paras = residue.mark(text, paras)
    if not any(p.kind == "body" for p in paras):
        return page
    return Article(
        text=text,
        paragraphs=tuple(paras),
        title=headline,
        byline=page.byline or meta.get("author") or None,
        source=page.source or meta.get("sitename") or None,
        url=page.url or meta.get("url") or url,
        published=page.published or meta.get("date") or None,
        path=path,
        format="html",
        fiction=fiction or page.fiction,
    )


def _extract(html: str, url: str | None) -> tuple[dict[str, str], list[str]] | None:
    """trafilatura's reading of the page: its metadata and the main text's blocks."""
    import trafilatura

    try:
        xml = trafilatura.extract(
            html, url=url, output_format="xml", with_metadata=True, include_comments=False,
            include_tables=False, include_images=False, include_formatting=False, include_links=False,
        )
    except Exception:  # a page that trips the extractor still has the html loader
        return None
    if not xml:
        return None
    try:
        doc = ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        return None
    main = doc.find("main")
    if main is None:
        return None
    blocks = [_collapse("".join(el.itertext())) for el in _blocks(main)]
    return {k: _collapse(v) for k, v in doc.attrib.items()}, [b for b in blocks if b]


def _blocks(element) -> Iterator:
    """The paragraphs of trafilatura's <main>: p, list items and quotes, not subheadings
    (the html loader skips those too)."""
    for child in element:
        if child.tag in ("p", "item"):
            yield child
        elif child.tag in ("list", "quote", "div"):
            if any(grand.tag in ("p", "item", "list", "quote") for grand in child):
                yield from _blocks(child)
            else:
                yield child


def _drop_repeated_headline(blocks: list[str], headline: str) -> list[str]:
    folded = _collapse(headline).casefold()
    return [b for i, b in enumerate(blocks) if not (i == 0 and b.casefold() == folded)]


def _assemble(headline: str, blocks: list[str]) -> tuple[str, list[Paragraph]]:
    """Article.text (headline, blank line, paragraphs apart by blank lines) and offsets."""
    return layout(([(headline, "headline")] if headline else []) + [(b, "body") for b in blocks])


def _collapse(s: str) -> str:
    return _SPACE.sub(" ", s).strip()


# ---- feed autodiscovery ------------------------------------------------------------

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/rdf+xml")


class _FeedLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag != "link":
            return
        a = {k: (v or "") for k, v in attrs}
        if "alternate" in a.get("rel", "").lower().split() and a.get("type", "").lower() in FEED_TYPES and a.get("href"):
            self.links.append(a["href"].strip())


def discover_feeds(html: str, base_url: str) -> list[str]:
    """The feeds a page announces with <link rel="alternate" type="…rss+xml" href>."""
    parser = _FeedLinks()
    try:
        parser.feed(html)
        parser.close()
    except Exception:
        return []
    return [urljoin(base_url, href) for href in dict.fromkeys(parser.links)]
