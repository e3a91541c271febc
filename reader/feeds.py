"""Subscribing to feeds and refreshing them: the network, the loaders and the library put
together, for the CLI and the app alike.

    from reader.feeds import refresh
    report = refresh(library_or_path, progress=lambda done, total: ...)
    for outcome in report.failed:
        print(outcome.name, outcome.error)

A refresh fetches every feed at once, with at most settings.connections requests in
flight and settings.per_host to any one host; each feed is asked conditionally (ETag,
Last-Modified), so an unchanged feed costs one 304. Items that carry only a summary have
their page fetched and read. Network work runs in threads; the library is used only from
the calling thread, one transaction per feed, so a feed that fails changes nothing
stored and the others still refresh."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator, Literal

from reader.model import Article
from reader.sources.feed import Feed, FeedError, body_chars, item_article, parse_feed, with_item_metadata
from reader.sources.feed import FeedItem as ParsedItem
from reader.sources.web import (
    DEFAULT_SETTINGS,
    FetchError,
    FetchSettings,
    HostLimiter,
    Response,
    check_url,
    discover_feeds,
    fetch,
    fetch_article,
)
from reader.store import FeedItem, FeedRow, Library, StoreError

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1"
)

Progress = Callable[[int, int], None]  # (steps done, steps in all): feeds, then pages found on the way
Status = Literal["updated", "not modified", "failed"]

__all__ = [
    "refresh", "subscribe", "RefreshReport", "FeedOutcome", "FetchSettings", "FeedProblem", "DEFAULT_SETTINGS",
]


class FeedProblem(Exception):
    """A URL that can't be subscribed to; the message is one line for the user."""


@dataclass(slots=True)
class FeedOutcome:
    """What one refresh did to one feed. `pages_failed` counts summary-only items whose
    page could not be read: their summary was stored, and it is tried again next time
    the feed changes."""

    feed_id: int
    name: str
    url: str
    status: Status
    added: int = 0
    updated: int = 0
    error: str | None = None
    pages_failed: int = 0


@dataclass(slots=True)
class RefreshReport:
    feeds: list[FeedOutcome] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(f.added for f in self.feeds)

    @property
    def updated(self) -> int:
        return sum(f.updated for f in self.feeds)

    @property
    def failed(self) -> list[FeedOutcome]:
        return [f for f in self.feeds if f.status == "failed"]

    @property
    def not_modified(self) -> int:
        return sum(1 for f in self.feeds if f.status == "not modified")

    def summary(self) -> str:
        n = len(self.feeds)
        line = (
            f"{n} feed{'' if n == 1 else 's'} refreshed: {self.added} new, {self.updated} updated, "
            f"{self.not_modified} not modified, {len(self.failed)} failed"
        )
        pages = sum(f.pages_failed for f in self.feeds)
        if pages:
            line += f" ({pages} page{'' if pages == 1 else 's'} unreadable, summaries kept)"
        return line


# ---- the work done in threads --------------------------------------------------------


@dataclass(slots=True)
class _Job:
    """One feed on its way through a refresh."""

    row: FeedRow
    known: dict[str, str | None]
    etag: str | None
    last_modified: str | None
    prefetched: Response | None = None
    response: Response | None = None
    feed: Feed | None = None
    items: list[FeedItem] = field(default_factory=list)
    waiting: int = 0  # page fetches not back yet
    pages_failed: int = 0
    unreadable: list[str] = field(default_factory=list)  # why items the feed carries could not be read
    outcome: FeedOutcome | None = None  # set early only when the feed failed
    stored: bool = False


@dataclass(slots=True)
class _Parsed:
    """A feed read in a worker: its response, and for each new or changed item its
    article from the feed and whether its page should be fetched."""

    response: Response
    feed: Feed | None
    fresh: list[tuple[ParsedItem, Article | None, bool]]
    unreadable: list[str] = field(default_factory=list)  # why items with no page to fall back on failed


def _fetch_feed(job: _Job, settings: FetchSettings, limiter: HostLimiter) -> _Parsed:
    response = job.prefetched or fetch(
        job.row.url, accept=FEED_ACCEPT, etag=job.etag, last_modified=job.last_modified, settings=settings, limiter=limiter,
    )
    if response.not_modified:
        return _Parsed(response, None, [])
    if response.looks_binary():
        raise FeedError(f"not a feed: binary content ({response.content_type or 'no content type'})")
    feed = parse_feed(response.body, response.url, response.content_type)
    fresh = []
    unreadable = []
    for item in feed.items:
        known = job.known.get(item.guid)
        if known is not None and known in (item.fingerprint, "deleted"):
            continue
        wants_page = item.summary_only
        try:
            article = item_article(item, feed.title)
        except Exception as e:  # a loader bug sinks one item, not the feed, and is reported
            article = None
            if not wants_page:
                unreadable.append(f"{type(e).__name__}: {e}")
        if not wants_page and (article is None or not article.body):
            continue  # nothing to read and no page to read it on
        fresh.append((item, article, wants_page))
    return _Parsed(response, feed, fresh, unreadable)


def _fetch_page(item: ParsedItem, feed_title: str, settings: FetchSettings, limiter: HostLimiter) -> Article:
    return with_item_metadata(fetch_article(item.link or "", settings=settings, limiter=limiter), item, feed_title)


# ---- the refresh -------------------------------------------------------------------


@contextmanager
def _library(library: Library | str | os.PathLike | None) -> Iterator[Library]:
    if isinstance(library, Library):
        yield library
        return
    lib = Library.open(library)
    try:
        yield lib
    finally:
        lib.close()


def refresh(
    library: Library | str | os.PathLike | None = None,
    feeds: Iterable[int | str] | None = None,
    *,
    progress: Progress | None = None,
    settings: FetchSettings = DEFAULT_SETTINGS,
    _prefetched: dict[int, Response] | None = None,
) -> RefreshReport:
    """Refresh `feeds` (ids or URLs; all when None) and store what is new.

    `library` is an open Library (used from this thread only), a path to one, or None for
    the user's. A feed that fails gets its error recorded (see Library.feeds()) and is
    reported in RefreshReport.failed; nothing else stops a refresh but a StoreError (the
    library itself failing) or an unknown feed, which is raised before any fetch."""
    with _library(library) as lib:
        rows = lib.feeds() if feeds is None else _resolve(lib, feeds)
        jobs = []
        for row in rows:
            etag, last_modified = lib.feed_validators(row.id)
            prefetched = (_prefetched or {}).get(row.id)
            jobs.append(_Job(row, lib.feed_item_fingerprints(row.id), etag, last_modified, prefetched))
        return _run(lib, jobs, progress, settings)


def _resolve(lib: Library, refs: Iterable[int | str]) -> list[FeedRow]:
    rows: dict[int, FeedRow] = {}
    for ref in refs:
        row = lib.feed(ref)
        rows.setdefault(row.id, row)
    return list(rows.values())


def _run(lib: Library, jobs: list[_Job], progress: Progress | None, settings: FetchSettings) -> RefreshReport:
    report = RefreshReport()
    total, done = len(jobs), 0
    if progress is not None:
        progress(0, total)
    limiter = HostLimiter(settings.per_host)
    pool = ThreadPoolExecutor(max_workers=max(1, settings.connections), thread_name_prefix="reader-fetch")
    running: dict[Future, tuple] = {}
    try:
        for job in jobs:
            running[pool.submit(_fetch_feed, job, settings, limiter)] = ("feed", job)
        while running:
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                kind, job, *rest = running.pop(future)
                if kind == "feed":
                    pages = _feed_back(job, future, pool, running, settings, limiter)
                    total += pages
                else:
                    _page_back(job, future, *rest)
                    done += 1
                if job.waiting == 0 and not job.stored:
                    job.outcome, job.stored = _store(lib, job), True
                    report.feeds.append(job.outcome)
                if kind == "feed":
                    done += 1
                if progress is not None:
                    progress(done, total)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    order = {job.row.id: i for i, job in enumerate(jobs)}
    report.feeds.sort(key=lambda o: order[o.feed_id])
    return report


def _feed_back(job: _Job, future: Future, pool, running: dict, settings: FetchSettings, limiter: HostLimiter) -> int:
    """A feed's fetch came back: note a failure, or queue the pages its items need.
    Returns how many page fetches were queued."""
    try:
        parsed: _Parsed = future.result()
    except (FetchError, FeedError) as e:
        job.outcome = _failed(job, str(e))
        return 0
    except Exception as e:  # a bug in a parser must not take the other feeds with it
        job.outcome = _failed(job, f"could not be read ({type(e).__name__}: {e})")
        return 0
    job.response, job.feed = parsed.response, parsed.feed
    job.unreadable = parsed.unreadable
    title = parsed.feed.title if parsed.feed else job.row.title
    for item, article, wants_page in parsed.fresh:
        if wants_page:
            job.waiting += 1
            running[pool.submit(_fetch_page, item, title, settings, limiter)] = ("page", job, item, article)
        elif article is not None:
            job.items.append(FeedItem(item.guid, item.fingerprint, article))
    return job.waiting


def _page_back(job: _Job, future: Future, item: ParsedItem, from_feed: Article | None) -> None:
    """A page came back: keep whichever of page and feed says more. A page that failed
    leaves the feed's summary, stored without a fingerprint so it is tried again."""
    job.waiting -= 1
    try:
        page = future.result()
    except Exception:
        page = None
    if page is None:
        job.pages_failed += 1
        if from_feed is not None and from_feed.body:
            job.items.append(FeedItem(item.guid, None, from_feed))
        return
    best = page if from_feed is None or body_chars(page) >= body_chars(from_feed) else from_feed
    job.items.append(FeedItem(item.guid, item.fingerprint, best))


def _failed(job: _Job, error: str) -> FeedOutcome:
    return FeedOutcome(job.row.id, job.row.name, job.row.url, "failed", error=error)


def _store(lib: Library, job: _Job) -> FeedOutcome:
    """Write one feed's refresh in the library: its items, then its state."""
    row = job.row
    if job.outcome is not None:  # failed before anything came back
        lib.feed_checked(row.id, error=job.outcome.error)
        return job.outcome
    response = job.response
    assert response is not None
    if response.not_modified:
        lib.feed_checked(row.id)
        return FeedOutcome(row.id, row.name, row.url, "not modified")
    stored = lib.add_feed_items(row.id, job.items)
    feed = job.feed
    error = None
    if stored.failed:
        error = f"{len(stored.failed)} item{'s' if len(stored.failed) != 1 else ''} could not be stored ({stored.failed[0][1]})"
    elif job.unreadable:
        # kept from the validators below, so the next refresh reads these items again
        n = len(job.unreadable)
        error = f"{n} item{'s' if n != 1 else ''} could not be read ({job.unreadable[0]})"
    # validators only once every item is in: otherwise the next refresh's 304 would hide the rest
    validators = (response.etag, response.last_modified) if error is None else (None, None)
    lib.feed_checked(
        row.id, error=error, validators=validators, title=feed.title if feed else None,
        site=feed.link if feed else None, url=response.moved_to,
    )
    name = (feed.title if feed and feed.title else row.name)
    return FeedOutcome(
        row.id, name, response.moved_to or row.url, "failed" if error else "updated",
        added=stored.added, updated=stored.updated, error=error, pages_failed=job.pages_failed,
    )


# ---- subscribing -------------------------------------------------------------------


def subscribe(
    library: Library | str | os.PathLike | None,
    url: str,
    *,
    settings: FetchSettings = DEFAULT_SETTINGS,
    check: bool = True,
) -> tuple[FeedRow, bool, RefreshReport | None]:
    """Subscribe to the feed at `url` (or the one a web page there announces) and read
    it once; returns (the feed, whether it is new, that first refresh's report).

    With check=False nothing is fetched: the feed is added as given. FeedProblem when
    the URL is not a feed or can't be fetched; nothing is subscribed then."""
    try:
        url = check_url(url)
    except FetchError as e:
        raise FeedProblem(str(e)) from None
    with _library(library) as lib:
        if not check:
            row, created = lib.add_feed(url)
            return row, created, None
        response, feed = _find_feed(url, settings)
        feed_url = response.moved_to or response.url
        try:
            existing = lib.feed(feed_url)
        except StoreError:
            existing = None
        if existing is not None:
            return existing, False, None
        row, created = lib.add_feed(feed_url, feed.title, feed.link)
        report = refresh(lib, [row.id], settings=settings, _prefetched={row.id: response})
        return lib.feed(row.id), created, report


def _find_feed(url: str, settings: FetchSettings) -> tuple[Response, Feed]:
    """The response and feed at `url`, or at the first feed the page there links to."""
    try:
        response = fetch(url, accept=FEED_ACCEPT, settings=settings)
        if response.looks_binary():
            raise FeedError(f"not a feed: binary content ({response.content_type or 'no content type'})")
        if response.looks_html():
            links = discover_feeds(response.text(), response.url)
            if not links:
                raise FeedProblem(f"{url}: a web page that names no feed (no <link rel=\"alternate\"> to RSS, Atom or JSON Feed)")
            url = links[0]
            response = fetch(url, accept=FEED_ACCEPT, settings=settings)
        return response, parse_feed(response.body, response.url, response.content_type)
    except (FetchError, FeedError) as e:
        raise FeedProblem(f"{url}: {e}") from None


def subscriptions(lib: Library) -> list:
    """The library's feeds as OPML subscriptions, for export."""
    from reader.sources.feed import Subscription

    return [Subscription(row.url, row.title, row.site) for row in lib.feeds()]


def import_opml(lib: Library, data: bytes) -> tuple[int, int, list[tuple[str, str]]]:
    """Subscribe to every feed in an OPML document without fetching any; returns
    (added, already subscribed, [(url, reason) for each skipped])."""
    from reader.sources.feed import parse_opml

    try:
        subs = parse_opml(data)
    except FeedError as e:
        raise FeedProblem(str(e)) from None
    added = existing = 0
    skipped: list[tuple[str, str]] = []
    for sub in subs:
        try:
            url = check_url(sub.url)
        except FetchError as e:
            skipped.append((sub.url, str(e)))
            continue
        _, created = lib.add_feed(url, sub.title, sub.site)
        added += created
        existing += not created
    return added, existing, skipped
