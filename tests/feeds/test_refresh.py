"""`reader.feeds.refresh` against a real local server: what a user would see in the
library after refreshing well-formed, changed, unchanged, summary-only and broken feeds."""
from __future__ import annotations

from dataclasses import replace

import pytest

from reader.feeds import refresh, subscribe
from reader.store import Library

from .conftest import FAST
from .content import atom, json_feed, page, rss, story


def _subscribe(db, *urls):
    with Library.open(db) as lib:
        return [lib.add_feed(url)[0].id for url in urls]


def _articles(db, feed_id=None):
    with Library.open(db) as lib:
        rows = lib.list_articles(feed_id=feed_id)
        return rows, [lib.get_article(r.id) for r in rows]


def _assert_offsets_sound(article):
    end = 0
    for p in article.paragraphs:
        words = article.text[p.start : p.end]
        assert end <= p.start < p.end <= len(article.text) and words == words.strip()
        end = p.end


def test_rss_atom_and_json_feed_become_articles_with_their_metadata(site, db):
    ids = _subscribe(
        db,
        site.serve("/rss", rss([{"n": 1}, {"n": 2}]), "application/rss+xml"),
        site.serve("/atom", atom([3, 4]), "application/atom+xml"),
        site.serve("/json", json_feed([5, 6]), "application/feed+json"),
    )
    report = refresh(db, settings=FAST)
    assert [f.status for f in report.feeds] == ["updated"] * 3
    assert report.added == 6 and report.failed == []
    assert report.summary() == "3 feeds refreshed: 6 new, 0 updated, 0 not modified, 0 failed"

    expect = {ids[0]: ("Mira Sandoval", "http://gazette.invalid/stories/1", "2031-04-02"),
              ids[1]: ("Jonas Fenwick", "http://quay.invalid/notes/3", "2031-05-04"),
              ids[2]: ("Petra Lund", "http://lighthouse.invalid/log/5", "2031-06-06")}
    for feed_id, (author, url, date) in expect.items():
        rows, articles = _articles(db, feed_id)
        assert len(rows) == 2 and all(r.feed_id == feed_id for r in rows)
        first = next(a for a in articles if a.url == url)
        assert first.byline == author
        assert first.published.startswith(date)
        assert first.title.startswith("Harbour story")
        assert "said board chair Tobias Wren" in first.text
        _assert_offsets_sound(first)
    with Library.open(db) as lib:
        feeds = {f.id: f for f in lib.feeds()}
        assert feeds[ids[1]].title == "North Quay Notes"
        assert all(f.unread == 2 and f.error is None and f.last_checked for f in feeds.values())
        # the engine ran: the quotes are attributed
        speakers = {s.name for s in lib.speakers()}
        assert "Tobias Wren" in speakers


def test_an_unchanged_feed_costs_one_304_and_adds_nothing(site, db):
    _subscribe(
        db,
        site.serve("/etag", rss([{"n": 1}]), "application/rss+xml", etag='"v1"'),
        site.serve("/lm", atom([2]), "application/atom+xml", last_modified="Tue, 01 Apr 2031 10:00:00 GMT"),
    )
    assert refresh(db, settings=FAST).added == 2
    second = refresh(db, settings=FAST)
    assert (second.added, second.not_modified) == (0, 2)
    assert second.summary() == "2 feeds refreshed: 0 new, 0 updated, 2 not modified, 0 failed"
    assert site.hits("/etag")[-1]["if-none-match"] == '"v1"'
    assert site.hits("/lm")[-1]["if-modified-since"] == "Tue, 01 Apr 2031 10:00:00 GMT"
    assert len(site.hits("/etag")) == len(site.hits("/lm")) == 2
    assert len(_articles(db)[0]) == 2


def test_items_are_not_duplicated_and_an_updated_item_keeps_its_reading_state(site, db):
    url = site.serve("/rss", rss([{"n": 1}, {"n": 2}]), "application/rss+xml")  # no validators: a full answer each time
    (feed_id,) = _subscribe(db, url)
    refresh(db, settings=FAST)
    rows, _ = _articles(db)
    first = next(r for r in rows if r.title.startswith("Harbour story 1"))
    with Library.open(db) as lib:
        lib.mark([first.id], read=True, starred=True)

    again = refresh(db, settings=FAST)
    assert (again.added, again.updated) == (0, 0)
    assert len(_articles(db)[0]) == 2

    # the feed edits item 1 (same guid) and adds item 3
    _, body = story(1)
    edited = body.replace("extra crossing on Sundays", "extra crossing on Sundays and holidays")
    site.serve("/rss", rss([{"n": 1, "body": edited, "title": "Harbour story 1: holiday boats added"}, {"n": 2}, {"n": 3}]),
               "application/rss+xml")
    third = refresh(db, settings=FAST)
    assert (third.added, third.updated) == (1, 1)
    rows, articles = _articles(db)
    assert len(rows) == 3
    row = next(r for r in rows if r.title == "Harbour story 1: holiday boats added")
    assert (row.read, row.starred) == (True, True)
    with Library.open(db) as lib:
        assert "Sundays and holidays" in lib.get_article(row.id).text
        assert lib.feed(feed_id).unread == 2


def test_a_deleted_article_is_not_brought_back(site, db):
    url = site.serve("/rss", rss([{"n": 1}, {"n": 2}]), "application/rss+xml")
    _subscribe(db, url)
    refresh(db, settings=FAST)
    rows, _ = _articles(db)
    with Library.open(db) as lib:
        lib.delete([rows[0].id])
    site.serve("/rss", rss([{"n": 1, "summary": "changed"}, {"n": 2, "summary": "changed"}]), "application/rss+xml")
    refresh(db, settings=FAST)
    assert len(_articles(db)[0]) == 1


def test_summary_only_items_are_read_from_their_pages(site, db):
    items = [{"n": n, "link": site.url(f"/story/{n}"), "summary": "The harbour board met again."} for n in (1, 2)]
    site.serve("/story/1", page(1))
    site.serve("/story/2", page(2, author="Jonas Fenwick"))
    _subscribe(db, site.serve("/rss", rss(items, full=False), "application/rss+xml"))
    report = refresh(db, settings=FAST)
    assert report.added == 2 and report.failed == []
    assert len(site.hits("/story/1")) == 1
    _, articles = _articles(db)
    one = next(a for a in articles if a.url == site.url("/story/1"))
    body = [p.text(one.text) for p in one.body]
    assert body[0].startswith("The Gullhaven harbour board met for the 1th time")
    assert any("publish the new timetable" in b for b in body)
    assert not any("Related" in b or "Copyright" in b or "Home" in b for b in body)
    assert (one.byline, one.published[:10]) == ("Mira Sandoval", "2031-04-02")  # the feed's author and date
    _assert_offsets_sound(one)
    # a second refresh does not fetch the pages again
    refresh(db, settings=FAST)
    assert len(site.hits("/story/1")) == 1


def test_a_page_that_fails_leaves_the_summary_and_is_tried_again(site, db):
    items = [{"n": 1, "link": site.url("/gone"), "summary": "The board met. Tobias Wren spoke."}]
    url = site.serve("/rss", rss(items, full=False), "application/rss+xml")
    _subscribe(db, url)
    report = refresh(db, settings=FAST)
    assert report.failed == [] and report.added == 1 and report.feeds[0].pages_failed == 1
    assert "1 page unreadable" in report.summary()
    _, (article,) = _articles(db)
    assert "Tobias Wren spoke" in article.text
    site.serve("/gone", page(1))
    report = refresh(db, settings=FAST)
    assert report.updated == 1
    _, (article,) = _articles(db)
    assert "publish the new timetable" in article.text


BROKEN = {
    "/malformed": ('<?xml version="1.0"?><rss version="2.0"><channel><title>Half a feed</title><item><title>One</titl>', "application/rss+xml", "malformed feed"),
    "/html": ("<!doctype html><html><body><p>Welcome to our site</p></body></html>", "application/rss+xml", "not a feed"),
    "/binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "image/png", "binary"),
    "/notjson": ('{"version": "https://jsonfeed.org/version/1.1", "items": [', "application/feed+json", "malformed JSON Feed"),
    "/missing": (None, None, "HTTP 404"),
}


def test_each_fault_is_recorded_on_its_feed_and_the_others_still_refresh(site, db):
    urls = []
    for path, (body, ctype, _) in BROKEN.items():
        urls.append(site.serve(path, body, ctype) if body is not None else site.url(path))
    site.routes["/error"] = type(site.routes["/html"])(status=500, body=b"oops", content_type="text/plain")
    site.serve("/slow", rss([{"n": 9}]), "application/rss+xml", delay=3)
    site.serve("/big", "<rss>" + "x" * (FAST.max_bytes + 10) + "</rss>", "application/rss+xml")
    site.redirect("/loop-a", site.url("/loop-b"))
    site.redirect("/loop-b", site.url("/loop-a"))
    good = site.serve("/good", rss([{"n": 1}]), "application/rss+xml")
    ids = _subscribe(db, *urls, site.url("/error"), site.url("/slow"), site.url("/big"), site.url("/loop-a"), good)

    report = refresh(db, settings=FAST)
    errors = {o.url.rsplit("/", 1)[1]: o.error for o in report.failed}
    assert set(errors) == {"malformed", "html", "binary", "notjson", "missing", "error", "slow", "big", "loop-a"}
    for path, (_, _, words) in BROKEN.items():
        assert words in errors[path[1:]], errors
    assert errors["error"] == "HTTP 500 Internal Server Error (after 2 tries)"
    assert len(site.hits("/error")) == 2
    assert errors["slow"] == "timed out after 0.5 s"
    assert errors["big"].startswith("response too large")
    assert errors["loop-a"].startswith("redirect loop")
    assert report.added == 1
    with Library.open(db) as lib:
        listed = {f.id: f for f in lib.feeds()}
        assert sum(1 for f in listed.values() if f.error) == 9
        assert listed[ids[-1]].error is None and listed[ids[-1]].unread == 1


def test_a_feed_that_breaks_later_keeps_its_articles_and_recovers(site, db):
    url = site.serve("/rss", rss([{"n": 1}, {"n": 2}]), "application/rss+xml")
    (feed_id,) = _subscribe(db, url)
    refresh(db, settings=FAST)
    site.routes["/rss"].status = 503
    report = refresh(db, settings=FAST)
    assert report.failed[0].error.startswith("HTTP 503")
    with Library.open(db) as lib:
        assert lib.feed(feed_id).error.startswith("HTTP 503")
        assert lib.count(feed_id=feed_id) == 2
    site.routes["/rss"].status = 200
    assert refresh(db, settings=FAST).failed == []
    with Library.open(db) as lib:
        assert lib.feed(feed_id).error is None


def test_transient_failures_are_retried(site, db):
    url = site.serve("/flaky", rss([{"n": 1}]), "application/rss+xml", statuses=[429])
    _subscribe(db, url)
    report = refresh(db, settings=FAST)
    assert report.failed == [] and report.added == 1
    assert len(site.hits("/flaky")) == 2


def test_connections_to_one_host_are_limited(site, db):
    urls = [site.serve(f"/f{i}", rss([{"n": i, "guid": f"g{i}"}]), "application/rss+xml", delay=0.15) for i in range(6)]
    _subscribe(db, *urls)
    report = refresh(db, settings=replace(FAST, per_host=2, connections=6))
    assert report.added == 6
    assert site.most_in_flight == 2


def test_progress_counts_feeds_and_pages(site, db):
    items = [{"n": 1, "link": site.url("/story/1"), "summary": "Short."}]
    site.serve("/story/1", page(1))
    _subscribe(db, site.serve("/rss", rss(items, full=False), "application/rss+xml"), site.serve("/atom", atom([2]), "application/atom+xml"))
    calls = []
    refresh(db, settings=FAST, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 2) and calls[-1] == (3, 3)
    assert all(d <= t for d, t in calls)


def test_subscribe_finds_the_feed_a_page_names_and_reads_it_once(site, db):
    feed_url = site.serve("/feed.xml", atom([1, 2]), "application/atom+xml")
    home = site.serve("/", '<html><head><link rel="alternate" type="application/atom+xml" href="/feed.xml"></head><body>Hi</body></html>')
    row, created, report = subscribe(db, home, settings=FAST)
    assert created and row.url == feed_url and row.title == "North Quay Notes"
    assert report.added == 2 and row.unread == 2
    assert len(site.hits("/feed.xml")) == 1
    again, created, _ = subscribe(db, feed_url, settings=FAST)
    assert (again.id, created) == (row.id, False)


def test_unknown_feed_is_an_error_before_any_fetch(site, db):
    from reader.store import StoreError

    with pytest.raises(StoreError, match="no feed '42'"):
        refresh(db, ["42"], settings=FAST)
    assert site.requests == []


def test_an_item_that_cannot_be_read_is_reported_and_read_again_next_time(site, db, monkeypatch):
    import reader.feeds as feeds

    real = feeds.item_article

    def broken_for_two(item, feed_title):
        if item.guid == "gazette-2":
            raise ImportError("lxml.html.clean is missing")
        return real(item, feed_title)

    monkeypatch.setattr(feeds, "item_article", broken_for_two)
    _subscribe(db, site.serve("/rss", rss([{"n": 1}, {"n": 2}]), "application/rss+xml", etag='"a"'))
    report = refresh(db, settings=FAST)
    (outcome,) = report.failed
    assert outcome.added == 1
    assert outcome.error == "1 item could not be read (ImportError: lxml.html.clean is missing)"
    # the feed's validators were not kept: once the reader is mended, the next refresh
    # reads the whole feed again and the lost item arrives
    monkeypatch.setattr(feeds, "item_article", real)
    report = refresh(db, settings=FAST)
    assert report.failed == [] and report.added == 1
    assert sorted(a.title for a in _articles(db)[1]) == sorted([story(1)[0], story(2)[0]])
