"""Fetching and reading single pages: reader.sources.web against the local server."""
from __future__ import annotations

from dataclasses import replace

import pytest

from reader.feeds import refresh
from reader.sources.web import FetchError, article_from_html, fetch, fetch_article
from reader.store import Library

from .conftest import FAST
from .content import page, rss


def test_a_page_becomes_an_article_without_its_navigation(site):
    article = fetch_article(site.serve("/story", page(3)), settings=FAST)
    body = [p.text(article.text) for p in article.body]
    assert article.title == "Harbour story 3: ferry timetable changes"
    assert article.paragraphs[0].kind == "headline" and article.paragraphs[0].text(article.text) == article.title
    assert body[1] == '"We will run an extra crossing on Sundays," said board chair Tobias Wren after meeting 3.'
    assert not any("Home" in b or "Related" in b or "Copyright" in b for b in body)
    assert (article.byline, article.published, article.url) == ("Mira Sandoval", "2031-04-02T09:30:00Z", site.url("/story"))


def test_when_the_extractor_finds_nothing_the_html_loader_reads_the_page():
    html = "<html><head><title>Tiny</title></head><body><p>\"Yes,\" said Wren.</p></body></html>"
    article = article_from_html(html, "http://x.invalid/tiny")
    assert [p.text(article.text) for p in article.paragraphs] == ["Tiny", '"Yes," said Wren.']


def test_gzip_bodies_are_decompressed(site):
    response = fetch(site.serve("/z", page(1), gzip=True), settings=FAST)
    assert response.text().startswith("<!doctype html>")


def test_a_gzip_bomb_is_cut_off_at_the_cap(site):
    url = site.serve("/bomb", b"<p>" + b" " * (FAST.max_bytes * 4), gzip=True)
    with pytest.raises(FetchError, match=r"response too large \(over 256 KB\)"):
        fetch(url, settings=FAST)


def test_a_body_without_content_length_is_cut_off_too(site):
    site.serve("/stream", b"x" * (FAST.max_bytes + 1))
    with pytest.raises(FetchError, match="too large"):
        fetch(site.url("/stream"), settings=replace(FAST, max_bytes=1000))


def test_redirects_are_followed_up_to_the_limit(site):
    target = site.serve("/end", page(1))
    chain = target
    for i in range(3):
        chain = site.redirect(f"/hop{i}", chain)
    assert fetch(chain, settings=FAST).url == target
    with pytest.raises(FetchError, match=r"too many redirects \(more than 2\)"):
        fetch(chain, settings=replace(FAST, max_redirects=2))


def test_a_redirect_to_another_scheme_is_refused(site):
    with pytest.raises(FetchError, match="not an http or https URL"):
        fetch(site.redirect("/file", "file:///etc/passwd"), settings=FAST)


def test_a_long_retry_after_is_not_waited_for(site):
    site.serve("/busy", "later", statuses=[429])
    site.routes["/busy"].statuses = []
    site.routes["/busy"].status = 429
    site.routes["/busy"].headers = {"Retry-After": "3600"}
    with pytest.raises(FetchError, match="asks to wait 3600 s"):
        fetch(site.url("/busy"), settings=FAST)
    assert len(site.hits("/busy")) == 1


def test_a_refused_connection_is_an_error(site):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match="connection refused"):
        fetch(f"http://127.0.0.1:{port}/", settings=FAST)


def test_a_feed_moved_for_good_is_followed_to_its_new_address(site, db):
    new = site.serve("/new.xml", rss([{"n": 1}]), "application/rss+xml")
    old = site.redirect("/old.xml", new, status=301)
    with Library.open(db) as lib:
        feed_id = lib.add_feed(old)[0].id
    assert refresh(db, settings=FAST).added == 1
    with Library.open(db) as lib:
        assert lib.feed(feed_id).url == new
