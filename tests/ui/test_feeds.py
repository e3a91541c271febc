"""Feeds in the app, against a real HTTP server on 127.0.0.1 (random port): the feeds
list with unread counts, `r` refreshing in a worker, a feed's articles on their own, and
a failing feed that shows its error while the app carries on."""
from __future__ import annotations

import threading
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from reader.sources.web import FetchSettings
from reader.ui.app import ReaderApp
from reader.ui.widgets.feeds import FAILED, FeedList

from .conftest import POLITICS
from .helpers import list_titles, main, settle, status, toasts

SIZE = (140, 40)
FAST = FetchSettings(timeout=2.0, deadline=5.0, retries=0, backoff=0.01, connections=4)

STORIES = [
    ("Kelder lifeboat gets a new engine",
     ["The Kelder lifeboat crew fitted a new engine on Monday after a year of fundraising.",
      '"It will get us to the reef in half the time," said Nell Harrow.']),
    ("Saltmarsh school opens its library again",
     ["The school library reopened after the winter floods dried out.",
      '"The children missed the books more than the playground," said Owen Tully.',
      "Parents helped to carry the shelves back up the stairs."]),
]


def courier_rss() -> str:
    items = []
    for n, (title, paras) in enumerate(STORIES):
        body = "".join(f"<p>{escape(p)}</p>" for p in paras)
        items.append(
            f"<item><title>{escape(title)}</title><link>http://courier.invalid/{n}</link>"
            f'<guid isPermaLink="false">courier-{n}</guid><pubDate>Wed, 0{n + 2} Jul 2031 08:00:00 GMT</pubDate>'
            f"<description>Island news.</description><content:encoded>{escape(body)}</content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Saltmarsh Courier</title><link>http://courier.invalid/</link><description>Kelder news</description>"
        + "".join(items) + "</channel></rss>"
    )


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[str, bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802
        found = self.routes.get(self.path)
        status, (kind, body) = (200, found) if found else (404, ("text/html", b"<h1>Not found</h1>"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def site(monkeypatch):
    """The server's base URL; /courier.xml is a good feed, anything else a 404."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    handler = type("Handler", (_Handler,), {"routes": {"/courier.xml": ("application/rss+xml", courier_rss().encode())}})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def subscribed(site, library, write_articles):
    """A library with one local article and the good feed, not yet refreshed."""
    library.import_paths(write_articles({"politics": POLITICS}))
    library.import_samples_if_empty()
    return library.add_feed(site + "/courier.xml")[0]


def feed_rows(app) -> list[str]:
    feeds = main(app).query_one(FeedList)
    return [feeds.get_option_at_index(i).prompt.plain for i in range(feeds.option_count)]


def app_() -> ReaderApp:
    return ReaderApp(fetch_settings=FAST)


async def test_r_refreshes_the_feeds_and_their_articles_appear(subscribed):
    app = app_()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        assert main(app).query_one(FeedList).display
        assert feed_rows(app)[0] == "›    1 All articles"
        assert subscribed.url in feed_rows(app)[1]  # no title before its first refresh
        assert len(list_titles(app)) == 1
        await pilot.press("r")
        await settle(app, pilot)
        titles = [t[3:] for t in list_titles(app)]
        assert set(titles) == {"Council budget vote delayed again"} | {s[0] for s in STORIES}
        assert feed_rows(app)[1] == "     2 Saltmarsh Courier"
        assert feed_rows(app)[0] == "›    3 All articles"
        assert any("2 new, 0 failed" in text for _, text in toasts(app))
        assert not main(app).refreshing and "refreshing" not in status(app)


async def test_choosing_a_feed_lists_only_its_articles(subscribed):
    from reader.feeds import refresh

    refresh(None, settings=FAST)
    app = app_()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert len(list_titles(app)) == 3
        await pilot.press("F", "j", "enter")  # the keyboard: to the feeds, down one, choose
        await settle(app, pilot)
        assert sorted(t[3:] for t in list_titles(app)) == sorted(s[0] for s in STORIES)
        assert str(main(app).query_one("#list-title").render()).startswith("Saltmarsh Courier · all · 2")
        assert app.focused is main(app).articles
        # reading one takes it off the feed's unread count
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("m")
        await settle(app, pilot)
        assert feed_rows(app)[1] == "›    1 Saltmarsh Courier"
        # the mouse: click "All articles"
        await pilot.click(FeedList, offset=(4, 0))
        await settle(app, pilot)
        assert len(list_titles(app)) == 3
        assert str(main(app).query_one("#list-title").render()).startswith("Library · all · 3")


async def test_a_failing_feed_shows_its_error_and_the_app_carries_on(subscribed, site, library):
    broken = library.add_feed(site + "/gone.xml")[0]
    app = app_()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("r")
        await settle(app, pilot)
        rows = feed_rows(app)
        gone = next(r for r in rows if broken.url in r)
        assert FAILED in gone
        assert FAILED not in next(r for r in rows if "Saltmarsh Courier" in r)
        warned = [text for severity, text in toasts(app) if severity == "warning"]
        assert warned and "2 new, 1 failed" in warned[-1] and "404" in warned[-1]
        # highlighted in the feeds list, its error is in the status line
        feeds = main(app).query_one(FeedList)
        await pilot.press("F")
        feeds.highlighted = next(i for i, r in enumerate(rows) if broken.url in r)
        await pilot.pause()
        assert "404" in status(app) and FAILED in status(app)
        await pilot.press("enter")  # its (empty) list, its error still shown
        await settle(app, pilot)
        assert list_titles(app) == [] and "404" in status(app)
        await pilot.press("F", "home", "enter")
        await settle(app, pilot)
        assert len(list_titles(app)) == 3
        await pilot.press("enter")  # keys still act
        await settle(app, pilot)
        assert main(app).article is not None


async def test_without_feeds_the_list_is_hidden_r_greyed_and_f_says_how_to_add_one(write_articles, library):
    library.import_paths(write_articles({"politics": POLITICS}))
    app = app_()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        screen = main(app)
        assert not screen.query_one(FeedList).display
        assert screen.check_action("refresh_feeds", ()) is None
        await pilot.press("r", "F")
        await settle(app, pilot)
        assert not screen.refreshing and len(list_titles(app)) == 1
        assert not screen.query_one(FeedList).display and app.focused is not screen.query_one(FeedList)
        assert any("reader feed add URL" in text for _, text in toasts(app))


async def test_feeds_in_the_narrow_layout(subscribed):
    app = app_()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        await pilot.press("r")
        await settle(app, pilot)
        await pilot.press("enter")  # open an article: the article pane takes the screen
        await settle(app, pilot)
        assert main(app).pane == "article"
        await pilot.press("F")  # back to the list pane, on the feeds
        await pilot.pause()
        assert main(app).pane == "list" and app.focused is main(app).query_one(FeedList)
        await pilot.press("j", "enter")
        await settle(app, pilot)
        assert len(list_titles(app)) == 2
