"""The library through its API: importing, listing, reading state, the cache, search."""
from __future__ import annotations

import pytest

from reader import quotes as engine
from reader.model import Article, Paragraph
from reader.sources import load
from reader.store import Library, StoreError

BRIDGE = '"We will build the bridge," Jane Roe said.'
FERRY = '"The ferry is too slow," John Doe said.'


def article(text: str, **fields) -> Article:
    """An in-memory article: first line the headline, the rest body."""
    lines = text.split("\n")
    paras, at = [], 0
    for i, line in enumerate(lines):
        paras.append(Paragraph(at, at + len(line), "headline" if i == 0 else "body"))
        at += len(line) + 1
    return Article(text=text, paragraphs=tuple(paras), title=lines[0], **fields)


# ---- import ------------------------------------------------------------------------


def test_import_finds_article_files_in_folders_recursively(lib, tmp_path, write_article):
    folder = tmp_path / "news"
    write_article(folder, "a.txt", "Alpha", "One.")
    write_article(folder, "deep/er/b.md", "# Beta", "", "Two.")
    (folder / "c.html").write_text("<html><head><title>Gamma</title></head><body><p>Three.</p></body></html>")
    write_article(folder, "notes.json", "Not an article", "{}")
    write_article(folder, ".hidden/d.txt", "Hidden", "Four.")
    report = lib.import_paths([folder])
    assert (report.added, report.updated, report.unchanged, report.failed) == (3, 0, 0, [])
    # titles are the loaders' business; which files came in, and their words, are ours
    assert sorted(r.source for r in lib.list_articles()) == [
        str(folder / "a.txt"), str(folder / "c.html"), str(folder / "deep/er/b.md")
    ]
    assert [len(lib.search(word)) for word in ("One", "Two", "Three", "Four")] == [1, 1, 1, 0]


def test_reimporting_unchanged_files_changes_nothing(lib, tmp_path, write_article):
    write_article(tmp_path, "a.txt", "Alpha", "One.")
    first = lib.import_paths([tmp_path])
    again = lib.import_paths([tmp_path, tmp_path / "a.txt"])
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)
    assert again.ids == first.ids
    assert lib.count() == 1


def test_changed_file_updates_the_article_and_keeps_reading_state(lib, tmp_path, write_article):
    path = write_article(tmp_path, "a.txt", "Bridge vote delayed", "The council met.")
    (old_id,) = lib.import_paths([path]).ids
    lib.mark([old_id], read=True, starred=True)
    lib.save_progress(old_id, 0.6, 2)
    before = lib.state(old_id)

    write_article(tmp_path, "a.txt", "Bridge vote passes", "The council voted for the ferry.")
    report = lib.import_paths([path])

    assert (report.added, report.updated) == (0, 1)
    (new_id,) = report.ids
    assert new_id != old_id
    assert lib.state(new_id) == before
    assert [r.title for r in lib.list_articles()] == ["Bridge vote passes"]
    assert lib.get_article(new_id).text.endswith("ferry.\n")
    assert [h.article_id for h in lib.search("ferry")] == [new_id]
    assert lib.search("delayed") == []
    with pytest.raises(StoreError):
        lib.state(old_id)


def test_bad_files_are_reported_and_the_rest_imported(lib, tmp_path, write_article):
    write_article(tmp_path, "good.txt", "Good", "Fine.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9\n".encode("latin-1"))
    report = lib.import_paths([tmp_path, tmp_path / "missing.txt"])
    assert report.added == 1
    failed = dict(report.failed)
    assert set(failed) == {str(tmp_path / n) for n in ("empty.txt", "binary.txt", "latin1.txt", "missing.txt")}
    assert all(reason and "\n" not in reason for reason in failed.values())


def test_an_engine_crash_fails_that_file_only(lib, tmp_path, write_article, monkeypatch):
    def fussy(a):
        if "boom" in a.text:
            raise ValueError("boom")
        return engine.Extraction((), (), engine.ENGINE_VERSION)

    monkeypatch.setattr(engine, "extract", fussy)
    write_article(tmp_path, "a.txt", "Fine", "Calm.")
    write_article(tmp_path, "b.txt", "Trouble", "boom")
    report = lib.import_paths([tmp_path])
    assert report.added == 1
    assert [p for p, _ in report.failed] == [str(tmp_path / "b.txt")]


def test_progress_is_reported_up_to_the_total(lib, tmp_path, write_article, monkeypatch):
    monkeypatch.setattr("reader.store.library.BATCH_SIZE", 2)
    for i in range(5):
        write_article(tmp_path, f"{i}.txt", f"Title {i}", "Body.")
    calls = []
    lib.import_paths([tmp_path], progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 5) and calls[-1] == (5, 5)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert lib.count() == 5


def test_add_article_outcomes(lib):
    a = article("Title\nBody one.")
    assert lib.add_article(a, source="https://example.org/a") == (a.id, "added")
    assert lib.add_article(a, source="https://example.org/a") == (a.id, "unchanged")
    b = article("Title\nBody two.")
    assert lib.add_article(b, source="https://example.org/a") == (b.id, "updated")
    assert lib.count() == 1


def test_get_article_rebuilds_what_was_loaded(lib, tmp_path, write_article):
    path = write_article(tmp_path, "a.txt", "Headline", "", "First paragraph.", "Second one.")
    (article_id,) = lib.import_paths([path]).ids
    assert lib.get_article(article_id) == load(path)
    dated = article("Dated\nText.", byline="By Ann", published="2024-05-01", url="https://x.test/1", fiction=True)
    lib.add_article(dated)
    assert lib.get_article(dated.id) == dated


def test_unknown_id_is_a_store_error(lib):
    for call in (lib.get_article, lib.extraction, lib.state, lib.touch_opened):
        with pytest.raises(StoreError, match="no article"):
            call("0123456789abcdef")


# ---- listing and reading state -----------------------------------------------------


def test_list_is_newest_first_with_filters_limit_and_offset(lib):
    old = article("Old\nx", published="2023-01-01")
    new = article("New\nx", published="2024-06-01")
    undated_first = article("Undated first\nx")
    undated_second = article("Undated second\nx")
    for a in (old, new, undated_first, undated_second):
        lib.add_article(a)
    titles = [r.title for r in lib.list_articles()]
    assert titles == ["New", "Old", "Undated second", "Undated first"]
    assert [r.title for r in lib.list_articles(limit=2, offset=1)] == ["Old", "Undated second"]

    lib.mark([new.id], read=True)
    lib.mark([old.id], starred=True)
    assert [r.title for r in lib.list_articles("unread")] == ["Old", "Undated second", "Undated first"]
    assert [r.title for r in lib.list_articles("starred")] == ["Old"]
    assert (lib.count(), lib.count("unread"), lib.count("starred")) == (4, 3, 1)
    with pytest.raises(StoreError):
        lib.list_articles("bogus")


def test_list_rows_carry_state_and_quote_counts(lib, plain_engine):
    a = article(f"Bridge\n{BRIDGE}\n{FERRY}\n{BRIDGE.replace('bridge', 'road')}")
    lib.add_article(a)
    lib.save_progress(a.id, 0.25, 1)
    (row,) = lib.list_articles()
    assert (row.id, row.read, row.starred, row.progress, row.quote_index) == (a.id, False, False, 0.25, 1)
    assert row.quotes == 3
    assert row.speakers == ["Jane Roe", "John Doe"]


def test_reading_state_round_trip(lib):
    a = article("T\nx")
    lib.add_article(a)
    assert lib.state(a.id) == lib.state(a.id).__class__()  # all defaults
    lib.save_progress(a.id, 1.7, None)
    lib.touch_opened(a.id)
    lib.mark([a.id], read=True)
    state = lib.state(a.id)
    assert state.progress == 1.0 and state.read and state.read_at and state.last_opened
    read_at = state.read_at
    lib.mark([a.id], read=True)
    assert lib.state(a.id).read_at == read_at  # marking again keeps the first time
    lib.mark([a.id], read=False, starred=True)
    assert (lib.state(a.id).read, lib.state(a.id).read_at, lib.state(a.id).starred) == (False, None, True)


def test_mark_all_read_counts_what_changed(lib):
    for i in range(3):
        lib.add_article(article(f"T{i}\nx"))
    lib.mark([lib.list_articles()[0].id], read=True)
    assert lib.mark_all_read() == 2
    assert lib.count("unread") == 0
    assert lib.mark_all_read() == 0


def test_resolve_id_by_unique_prefix(lib):
    first = article("T\n0")
    lib.add_article(first)
    twin = next(a for a in (article(f"T\n{n}") for n in range(1, 500)) if a.id[0] == first.id[0])
    lib.add_article(twin)
    assert lib.resolve_id(first.id[:8]) == first.id
    assert lib.resolve_id(first.id.upper()) == first.id
    with pytest.raises(StoreError, match="more than one"):
        lib.resolve_id(first.id[0])
    with pytest.raises(StoreError, match="no article"):
        lib.resolve_id("zz")
    with pytest.raises(StoreError):
        lib.resolve_id("")


def test_delete_removes_the_article_and_its_quotes(lib, plain_engine):
    a = article(f"Bridge\n{BRIDGE}")
    lib.add_article(a)
    assert lib.delete([a.id]) == 1
    assert lib.count() == 0 and lib.speakers() == [] and lib.search("bridge") == []


# ---- the extraction cache ----------------------------------------------------------


def test_extraction_is_cached_per_engine_version(lib, plain_engine, monkeypatch):
    a = article(f"Bridge\n{BRIDGE}")
    lib.add_article(a)
    assert plain_engine.calls == 1
    ex = lib.extraction(a.id)
    assert plain_engine.calls == 1  # from the cache
    assert [q.text(a.text) for q in ex.quotes] == ["We will build the bridge"]
    assert ex.speakers[0].name == "Jane Roe"

    monkeypatch.setattr(engine, "ENGINE_VERSION", "999.0")
    assert lib.extraction(a.id).quotes == ex.quotes
    assert plain_engine.calls == 2  # re-extracted once for the new version...
    lib.extraction(a.id)
    assert plain_engine.calls == 2  # ...and cached again


def test_reimport_refreshes_a_stale_cache_without_reporting_a_change(lib, tmp_path, write_article, plain_engine, monkeypatch):
    path = write_article(tmp_path, "a.txt", "Bridge", BRIDGE)
    lib.import_paths([path])
    lib.import_paths([path])
    assert plain_engine.calls == 1
    monkeypatch.setattr(engine, "ENGINE_VERSION", "999.0")
    assert lib.import_paths([path]).unchanged == 1
    assert plain_engine.calls == 2


def test_refresh_stale_reextracts_everything_once(lib, plain_engine, monkeypatch):
    for i in range(3):
        lib.add_article(article(f"T{i}\n{BRIDGE}"))
    monkeypatch.setattr(engine, "ENGINE_VERSION", "999.0")
    assert lib.refresh_stale() == 3
    assert lib.refresh_stale() == 0
    assert plain_engine.calls == 6


# ---- search, speakers and quotes ---------------------------------------------------


def test_search_marks_matched_words_in_the_snippet(lib, tmp_path, write_article):
    write_article(tmp_path, "a.txt", "Council news", "The council will vote on the new bridge tomorrow.")
    write_article(tmp_path, "b.txt", "Weather", "Rain all week.")
    lib.import_paths([tmp_path])
    (hit,) = lib.search("bridge")
    assert hit.kind == "article" and hit.title == "Council news"
    assert "[bridge]" in hit.snippet
    assert lib.search("bridg*")[0].article_id == hit.article_id
    assert lib.search('"new bridge"')[0].article_id == hit.article_id
    assert lib.search('"bridge new"') == []


@pytest.mark.parametrize(
    "query",
    ['"', '""', "(", "bridge)", "AND", "OR bridge", "bridge NOT", "NOT", "*", "bridge*", "**", "a:b", "title:bridge",
     "NEAR(bridge council)", "^bridge", "-bridge", "+bridge", "bridge'", "O'Brien", "“bridge", "\\", "{bridge}", ""],
)
def test_odd_queries_never_error(lib, tmp_path, write_article, query):
    write_article(tmp_path, "a.txt", "Council", "The bridge will open.")
    lib.import_paths([tmp_path])
    hits = lib.search(query)
    assert isinstance(hits, list)


def test_operators_work_between_words(lib):
    lib.add_article(article("One\nThe bridge opened."))
    lib.add_article(article("Two\nThe tunnel opened."))
    assert len(lib.search("bridge OR tunnel")) == 2
    assert [h.title for h in lib.search("opened NOT tunnel")] == ["One"]
    assert [h.title for h in lib.search("bridge AND opened")] == ["One"]


def test_search_finds_quotes_and_their_speakers(lib, plain_engine):
    a = article(f"Transport\n{BRIDGE}\n{FERRY}")
    lib.add_article(a)
    quote_hits = [h for h in lib.search("bridge") if h.kind == "quote"]
    assert [(h.speaker, h.quote_index) for h in quote_hits] == [("Jane Roe", 0)]
    assert "[bridge]" in quote_hits[0].snippet
    by_name = [h for h in lib.search("John Doe") if h.kind == "quote"]
    assert [h.speaker for h in by_name] == ["John Doe"]


def test_speaker_filter_keeps_only_that_speakers_quotes(lib, plain_engine):
    lib.add_article(article(f"Transport\n{BRIDGE}\n{FERRY}"))
    lib.add_article(article("More\n\"The bridge is late,\" John Doe said."))
    hits = lib.search("bridge", speaker="john doe")
    assert [(h.kind, h.speaker, h.title) for h in hits] == [("quote", "John Doe", "More")]
    assert {h.speaker for h in lib.search("", speaker="Jane Roe")} == {"Jane Roe"}
    assert lib.search("bridge", speaker="Nobody") == []


def test_search_limit(lib):
    for i in range(30):
        lib.add_article(article(f"Bridge story {i}\nThe bridge again."))
    assert len(lib.search("bridge")) == 20
    assert len(lib.search("bridge", limit=5)) == 5


def test_speakers_are_merged_by_name_across_articles(lib, plain_engine):
    lib.add_article(article(f"One\n{BRIDGE}\n{FERRY}"))
    lib.add_article(article(f"Two\n{BRIDGE}\n\"Again,\" Jane Roe said."))
    rows = {r.name: (r.quotes, r.articles) for r in lib.speakers()}
    assert rows == {"Jane Roe": (3, 2), "John Doe": (1, 1)}
    assert lib.speakers()[0].name == "Jane Roe"


def test_quotes_for_export(lib, plain_engine):
    one = article(f"One\n{BRIDGE}\n{FERRY}", published="2024-01-01")
    two = article("Two\n\"Later,\" Jane Roe said.", published="2024-02-01")
    lib.add_article(one, source="/news/one.txt")
    lib.add_article(two)
    lib.mark([one.id], starred=True)
    rows = lib.quotes()
    assert [(r.title, r.quote_index, r.speaker, r.text) for r in rows] == [
        ("Two", 0, "Jane Roe", "Later"),
        ("One", 0, "Jane Roe", "We will build the bridge"),
        ("One", 1, "John Doe", "The ferry is too slow"),
    ]
    assert rows[1].source == "/news/one.txt" and rows[1].published == "2024-01-01"
    assert [r.text for r in lib.quotes(speaker="Jane Roe")] == ["Later", "We will build the bridge"]
    assert [r.title for r in lib.quotes(starred=True)] == ["One", "One"]


# ---- samples -----------------------------------------------------------------------


def test_samples_are_imported_once_into_an_empty_library(lib):
    added = lib.import_samples_if_empty()
    assert added >= 1 and lib.count() == added
    lib.delete([r.id for r in lib.list_articles()])
    assert lib.import_samples_if_empty() == 0
    assert lib.count() == 0


def test_samples_are_not_added_to_a_library_with_articles(lib):
    lib.add_article(article("Mine\nx"))
    assert lib.import_samples_if_empty() == 0
    assert lib.count() == 1


def test_libraries_share_one_file(tmp_path):
    with Library.open(tmp_path / "l.db") as one, Library.open(tmp_path / "l.db") as two:
        one.add_article(article("Shared\nx"))
        assert [r.title for r in two.list_articles()] == ["Shared"]


def test_search_of_a_very_common_word_ranks_the_newest_matches(lib, monkeypatch):
    monkeypatch.setattr("reader.store.library.RANK_WINDOW", 4)
    lib.add_article(article("Old\nbridge bridge bridge bridge, all about the bridge."))
    for i in range(6):
        lib.add_article(article(f"New {i}\nA word on the bridge, and {'more ' * i}other things."))
    hits = lib.search("bridge", limit=3)
    assert len(hits) == 3 and all("[bridge]" in h.snippet for h in hits)
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)
    assert "Old" not in {h.title for h in hits}  # outside the window of the 4 newest matches
    assert hits[0].title == "New 2"  # the shortest text left in the window ranks first
