"""`reader feed …`, `reader refresh` and `reader import URL` as a user runs them."""
from __future__ import annotations

import json
import subprocess
import sys

from .content import atom, json_feed, page, rss


def test_add_refresh_list_remove(reader, site):
    url = site.serve("/rss", rss([{"n": 1}, {"n": 2}]), "application/rss+xml", etag='"a"')
    done = reader("feed", "add", url)
    assert done.stdout.strip() == "subscribed: feed 1, Gullhaven Gazette (2 new articles)"
    assert reader("feed", "add", url).stdout.strip() == "already subscribed: feed 1, Gullhaven Gazette"

    refreshed = reader("refresh")
    assert refreshed.stdout.strip() == "1 feed refreshed: 0 new, 0 updated, 1 not modified, 0 failed"
    assert refreshed.stderr == ""  # no progress bar when stderr is not a terminal

    listed = reader("feed", "list").stdout
    assert "Gullhaven Gazette" in listed and "2 unread" in listed and url in listed
    (row,) = json.loads(reader("feed", "list", "--format", "json").stdout)
    assert (row["id"], row["unread"], row["error"]) == (1, 2, None)
    articles = json.loads(reader("list", "--format", "json").stdout)
    assert sorted(a["title"] for a in articles) == ["Harbour story 1: ferry timetable changes", "Harbour story 2: ferry timetable changes"]

    gone = reader("feed", "remove", "1")
    assert gone.stdout.strip() == "unsubscribed: feed 1, Gullhaven Gazette; its 2 articles stay in the library"
    assert json.loads(reader("feed", "list", "--format", "json").stdout) == []
    assert len(json.loads(reader("list", "--format", "json").stdout)) == 2


def test_refresh_exits_2_with_one_line_per_failed_feed(reader, site):
    good = site.serve("/atom", atom([1]), "application/atom+xml")
    reader("feed", "add", good)
    reader("feed", "add", "--no-check", site.url("/missing"))
    reader("feed", "add", "--no-check", site.serve("/page", "<!doctype html><html><p>Shop</p></html>", "application/rss+xml"))
    done = reader("refresh", ok=False)
    assert done.returncode == 2
    assert done.stdout.strip() == "3 feeds refreshed: 0 new, 0 updated, 0 not modified, 2 failed"
    lines = done.stderr.strip().splitlines()
    assert lines == [
        f"reader: feed 2 ({site.url('/missing')}): HTTP 404 Not Found",
        f"reader: feed 3 ({site.url('/page')}): not a feed: the server sent an HTML page",
    ]
    listed = reader("feed", "list").stdout
    assert "! HTTP 404 Not Found" in listed and "! not a feed: the server sent an HTML page" in listed
    # only the named feed
    assert reader("refresh", "1").stdout.startswith("1 feed refreshed")


def test_refresh_timeout_option(reader, site):
    reader("feed", "add", "--no-check", site.serve("/slow", rss([{"n": 1}]), "application/rss+xml", delay=2))
    done = reader("refresh", "--timeout", "0.3", ok=False)
    assert done.returncode == 2
    assert done.stderr.strip().endswith("timed out after 0.3 s")


def test_user_errors_are_one_line_and_exit_2(reader, site, tmp_path):
    for args, message in [
        (("feed", "add", "ftp://example.invalid/feed"), "not an http or https URL"),
        (("feed", "add", site.url("/nothing")), "HTTP 404 Not Found; nothing subscribed"),
        (("feed", "add", site.serve("/home", "<html><body><p>No feeds</p></body></html>")), "names no feed"),
        (("feed", "remove", "7"), "no feed '7'"),
        (("refresh", "7"), "no feed '7'"),
        (("feed", "import", tmp_path / "none.opml"), "no such file"),
        (("refresh", "--timeout", "zero"), "not a number of seconds"),
    ]:
        done = reader(*args, ok=False)
        assert done.returncode == 2, (args, done.stderr)
        assert message in done.stderr and len(done.stderr.strip().splitlines()) <= 2, (args, done.stderr)
    (tmp_path / "bad.opml").write_text("<html><body>not opml</body></html>")
    done = reader("feed", "import", tmp_path / "bad.opml", ok=False)
    assert (done.returncode, done.stderr.count("\n")) == (2, 1) and "not an OPML file" in done.stderr


def test_opml_import_export_round_trip(reader, site, tmp_path):
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="1.0"><head><title>Mine</title></head><body>'
        '<outline text="Island"><outline text="Gazette" type="rss" xmlUrl="http://gazette.invalid/rss" htmlUrl="http://gazette.invalid/"/>'
        '<outline text="Quay &amp; Co" type="rss" xmlUrl="http://quay.invalid/atom"/></outline>'
        '<outline text="Log" type="rss" xmlUrl="http://lighthouse.invalid/feed.json"/>'
        '<outline text="Not a feed" type="link" url="http://elsewhere.invalid/"/>'
        "</body></opml>"
    )
    done = reader("feed", "import", opml)
    assert done.stdout.strip() == "3 feeds added, 0 already subscribed, 0 skipped"
    assert reader("feed", "import", opml).stdout.strip() == "0 feeds added, 3 already subscribed, 0 skipped"
    exported = reader("feed", "export").stdout
    again = tmp_path / "again.opml"
    again.write_text(exported)
    # into a fresh library: the same feeds with the same titles
    other = dict(__import__("os").environ, READER_DATA_DIR=str(tmp_path / "other"))
    subprocess.run([sys.executable, "-m", "reader", "feed", "import", str(again)], env=other, check=True, capture_output=True)
    listed = subprocess.run([sys.executable, "-m", "reader", "feed", "list", "--format", "json"], env=other, check=True, capture_output=True, text=True)
    rows = json.loads(listed.stdout)
    assert sorted((r["url"], r["title"]) for r in rows) == [
        ("http://gazette.invalid/rss", "Gazette"), ("http://lighthouse.invalid/feed.json", "Log"), ("http://quay.invalid/atom", "Quay & Co"),
    ]
    assert next(r for r in rows if r["title"] == "Gazette")["site"] == "http://gazette.invalid/"


def test_import_url_reads_one_page(reader, site):
    url = site.serve("/story", page(4))
    done = reader("import", url)
    assert done.stdout.strip() == "1 added, 0 updated, 0 unchanged, 0 failed"
    (row,) = json.loads(reader("list", "--format", "json").stdout)
    assert row["title"] == "Harbour story 4: ferry timetable changes"
    assert "Tobias Wren" in row["speakers"]
    assert reader("import", url).stdout.strip() == "0 added, 0 updated, 1 unchanged, 0 failed"
    bad = reader("import", site.url("/nope"), site.serve("/img", b"\x89PNG\x00\x00", "image/png"), ok=False)
    assert bad.returncode == 2
    assert bad.stderr.splitlines() == [f"reader: {site.url('/nope')}: HTTP 404 Not Found", f"reader: {site.url('/img')}: not a web page (image/png)"]


def test_json_feed_through_the_cli(reader, site):
    assert "(2 new articles)" in reader("feed", "add", site.serve("/j", json_feed([1, 2]), "application/feed+json")).stdout


def test_headless_feed_commands_do_not_import_textual(tmp_path):
    code = (
        "import sys; from reader.cli import main; "
        "[main(a) for a in (['feed', 'list'], ['feed', 'export'], ['refresh'])]; "
        "import reader.feeds, reader.sources.web, reader.sources.feed; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
