"""reader.sources.feed without a network: feeds and OPML bytes in, items and lists out."""
from __future__ import annotations

import pytest

from reader.sources.feed import FeedError, Subscription, item_article, parse_feed, parse_opml, write_opml

from .content import atom, json_feed, rss


def test_rss_items_carry_guid_link_author_and_date():
    feed = parse_feed(rss([{"n": 1}, {"n": 2}]).encode(), "http://gazette.invalid/rss")
    assert (feed.title, feed.kind, len(feed.items)) == ("Gullhaven Gazette", "rss20", 2)
    item = feed.items[0]
    assert (item.guid, item.link, item.author) == ("gazette-1", "http://gazette.invalid/stories/1", "Mira Sandoval")
    assert item.published == "2031-04-02T09:30:00+00:00"
    assert not item.summary_only


def test_rss_1_0_and_0_91_are_feeds_too():
    rdf = (
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'
        '<channel rdf:about="http://x.invalid/"><title>Old Town</title><link>http://x.invalid/</link><description>d</description></channel>'
        '<item rdf:about="http://x.invalid/1"><title>Bell rings</title><link>http://x.invalid/1</link><description>The bell rang.</description></item>'
        "</rdf:RDF>"
    )
    assert [i.title for i in parse_feed(rdf.encode()).items] == ["Bell rings"]
    old = '<rss version="0.91"><channel><title>T</title><link>http://x.invalid/</link><item><title>A</title><link>http://x.invalid/a</link></item></channel></rss>'
    feed = parse_feed(old.encode())
    assert feed.kind == "rss091u" or feed.kind.startswith("rss09")
    assert feed.items[0].summary_only  # a title and a link: the page has the text


def test_atom_and_json_feed_items():
    (entry,) = parse_feed(atom([5]).encode()).items
    assert (entry.guid, entry.author, entry.published) == ("urn:quay:5", "Jonas Fenwick", "2031-05-06T07:00:00+00:00")
    (item,) = parse_feed(json_feed([5]).encode(), content_type="application/feed+json").items
    assert (item.guid, item.author, item.published) == ("log-5", "Petra Lund", "2031-06-06T10:00:00+00:00")


def test_an_item_article_has_its_title_as_headline_and_sound_offsets():
    item = parse_feed(atom([7]).encode()).items[0]
    article = item_article(item, "North Quay Notes")
    assert article.paragraphs[0].kind == "headline"
    assert [p.text(article.text) for p in article.paragraphs][:2] == [
        "Harbour story 7: ferry timetable changes",
        "The Gullhaven harbour board met for the 7th time this year to discuss the island ferry timetable.",
    ]
    assert (article.url, article.byline, article.source) == ("http://quay.invalid/notes/7", "Jonas Fenwick", "North Quay Notes")


@pytest.mark.parametrize("body, message", [
    (b"", "empty response"),
    (b"<rss><channel><title>x</titl></channel></rss>", "malformed feed (not well-formed XML: mismatched tag)"),
    (b"<!DOCTYPE html><html><body>hi</body></html>", "the server sent an HTML page"),
    (b"<note><to>Ada</to></note>", "not a feed"),
    (b'{"title": "no version"}', "JSON without a JSON Feed version"),
    (b"\x00\x01\x02", "binary data"),
])
def test_what_is_not_a_feed_says_so(body, message):
    with pytest.raises(FeedError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_feed(body)


def test_a_feed_whose_only_fault_is_a_bare_ampersand_or_html_entity_is_read():
    # what many real feeds send: "&" unescaped in a title and a link, HTML's "&nbsp;" and
    # "&eacute;", which XML does not know; a CDATA section is left exactly as it was
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Fish & Quay&nbsp;News</title>'
        b"<item><title>Caf&eacute; reopens on Harbour Row &amp; Pier Lane</title>"
        b"<link>http://quay.invalid/story?id=4&page=2</link>"
        b"<description><![CDATA[<p>Ada &amp; Ben said so.</p>]]></description></item></channel></rss>"
    )
    feed = parse_feed(body)
    assert feed.title == "Fish & Quay News"
    [item] = feed.items
    assert item.title == "Caf\u00e9 reopens on Harbour Row & Pier Lane"
    assert item.link == "http://quay.invalid/story?id=4&page=2"
    assert item.summary == "<p>Ada &amp; Ben said so.</p>"


def test_a_feed_cut_off_mid_item_is_still_malformed_even_with_ampersands_to_mend():
    body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Fish & Quay</title><item><title>One</titl>'
    with pytest.raises(FeedError, match="malformed feed"):
        parse_feed(body)


def test_opml_round_trip_keeps_urls_titles_and_sites():
    subs = [Subscription("http://a.invalid/rss", "Alpha & Omega", "http://a.invalid/"), Subscription("http://b.invalid/atom", "")]
    assert parse_opml(write_opml(subs).encode()) == [subs[0], Subscription("http://b.invalid/atom", "http://b.invalid/atom")]
