"""Fictional feeds and pages for the tests: a made-up island town and its news."""
from __future__ import annotations

import json
from html import escape


def story(n: int) -> tuple[str, str]:
    """(headline, paragraphs as HTML) for a fictional story number n."""
    title = f"Harbour story {n}: ferry timetable changes"
    paras = [
        f"The Gullhaven harbour board met for the {n}th time this year to discuss the island ferry timetable.",
        f'"We will run an extra crossing on Sundays," said board chair Tobias Wren after meeting {n}.',
        "Residents of the north quay had asked for later boats during the summer festival.",
        '"It is a good start, but the winter boats are still too early," said shopkeeper Ada Brook.',
    ]
    return title, "".join(f"<p>{escape(p)}</p>" for p in paras)


def rss(items: list[dict], title: str = "Gullhaven Gazette", full: bool = True) -> str:
    """RSS 2.0; each item dict has n, and optionally link, guid, summary, body."""
    out = []
    for it in items:
        headline, body = story(it["n"])
        body = it.get("body", body)
        link = it.get("link", f"http://gazette.invalid/stories/{it['n']}")
        guid = it.get("guid", f"gazette-{it['n']}")
        content = f"<content:encoded>{escape(body)}</content:encoded>" if full else ""
        out.append(
            f"<item><title>{escape(it.get('title', headline))}</title><link>{escape(link)}</link>"
            f'<guid isPermaLink="false">{escape(guid)}</guid>'
            f"<author>desk@gazette.invalid (Mira Sandoval)</author>"
            f"<pubDate>Tue, 0{1 + it['n'] % 9} Apr 2031 09:30:00 GMT</pubDate>"
            f"<description>{escape(it.get('summary', 'The harbour board met again.'))}</description>{content}</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{escape(title)}</title><link>http://gazette.invalid/</link><description>Island news</description>"
        + "".join(out) + "</channel></rss>"
    )


def atom(ns: list[int], title: str = "North Quay Notes") -> str:
    entries = []
    for n in ns:
        headline, body = story(n)
        entries.append(
            f"<entry><title>{escape(headline)}</title><id>urn:quay:{n}</id>"
            f'<link rel="alternate" href="http://quay.invalid/notes/{n}"/>'
            f"<updated>2031-05-0{1 + n % 9}T08:00:00Z</updated><published>2031-05-0{1 + n % 9}T07:00:00Z</published>"
            f"<author><name>Jonas Fenwick</name></author>"
            f'<content type="html">{escape(body)}</content></entry>'
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:quay</id><updated>2031-05-09T08:00:00Z</updated>"
        '<link rel="alternate" href="http://quay.invalid/"/>' + "".join(entries) + "</feed>"
    )


def json_feed(ns: list[int], title: str = "Lighthouse Log") -> str:
    items = []
    for n in ns:
        headline, body = story(n)
        items.append({
            "id": f"log-{n}", "url": f"http://lighthouse.invalid/log/{n}", "title": headline,
            "content_html": body, "date_published": f"2031-06-0{1 + n % 9}T12:00:00+02:00",
            "authors": [{"name": "Petra Lund"}],
        })
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": title, "items": items})


def page(n: int, author: str = "Mira Sandoval", extra: str = "") -> str:
    """The full article page a summary-only feed links to, with navigation around it."""
    headline, body = story(n)
    return (
        f"<!doctype html><html><head><title>{escape(headline)} | Gazette</title>"
        f'<meta name="author" content="{escape(author)}">'
        f'<meta property="article:published_time" content="2031-04-02T09:30:00Z"></head><body>'
        '<nav><a href="/">Home</a><a href="/island">Island</a><a href="/ferry">Ferry</a></nav>'
        f"<article><h1>{escape(headline)}</h1>{body}"
        "<p>The board will publish the new timetable on its website next week, a spokesperson said.</p>"
        f"{extra}</article>"
        '<aside class="related"><p>Related: Pier repairs delayed again</p></aside>'
        "<footer><p>Copyright 2031 The Gullhaven Gazette</p></footer></body></html>"
    )
