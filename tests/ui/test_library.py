"""The library pane: moving through articles, filters, search, stars and read marks."""
from __future__ import annotations

import time

import pytest

from reader.store import Library
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_list import ArticleList

from .conftest import POLITICS, SPORT, WEATHER
from .helpers import current_quote, header, list_titles, main, settle, status

SIZE = (140, 40)


@pytest.fixture
def three(write_articles, library):
    paths = write_articles({"politics": POLITICS, "weather": WEATHER, "sport": SPORT})
    library.import_paths(paths)
    return [r.title for r in library.list_articles()]


def state_of(title: str):
    with Library.open() as lib:
        row = next(r for r in lib.list_articles() if r.title == title)
        return lib.state(row.id)


async def test_the_list_shows_every_article_with_unread_marks(three):
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert sorted(list_titles(app)) == sorted("●  " + t for t in three)
        assert header(app) == "reader"


async def test_j_k_move_and_enter_opens(three):
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        listing = main(app).query_one(ArticleList)
        assert listing.highlighted == 0
        await pilot.press("j", "j")
        assert listing.highlighted == 2
        await pilot.press("k")
        assert listing.highlighted == 1
        await pilot.press("enter")
        await settle(app, pilot)
        assert header(app) == three[1]
        # j scrolls the article once it has the focus
        main(app).view.focus()
        await pilot.press("j")


async def test_J_K_open_the_next_and_previous_article(three):
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert header(app) == three[0]
        await pilot.press("J")
        await settle(app, pilot)
        assert header(app) == three[1]
        await pilot.press("J")
        await settle(app, pilot)
        assert header(app) == three[2]
        await pilot.press("K")
        await settle(app, pilot)
        assert header(app) == three[1]


async def test_the_article_opened_last_is_the_one_shown(three, monkeypatch):
    # J pressed while a slow article is still being read: the next one shows, and the
    # slow one, read after it, does not take its place
    extraction = Library.extraction

    def slow_first(self, article_id):
        if self.get_article(article_id).title == three[0]:
            time.sleep(0.6)
        return extraction(self, article_id)

    monkeypatch.setattr(Library, "extraction", slow_first)
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("J")
        await settle(app, pilot)
        await pilot.pause(0.8)
        await settle(app, pilot)
        assert header(app) == three[1]


async def test_n_p_skip_read_articles(three, library):
    ids = [r.id for r in library.list_articles()]
    library.mark([ids[1]], read=True)
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert header(app) == three[0]
        await pilot.press("n")  # skips the read one in the middle
        await settle(app, pilot)
        assert header(app) == three[2]
        await pilot.press("p")
        await settle(app, pilot)
        assert header(app) == three[0]


async def test_s_stars_and_m_toggles_read(three):
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        assert state_of(three[0]).starred
        assert list_titles(app)[0].startswith("●★")
        await pilot.press("m")
        await settle(app, pilot)
        assert state_of(three[0]).read
        assert list_titles(app)[0].startswith(" ★")
        await pilot.press("m")
        await settle(app, pilot)
        assert not state_of(three[0]).read
        await pilot.press("s")
        await settle(app, pilot)
        assert not state_of(three[0]).starred


async def test_A_marks_everything_read(three):
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        with Library.open() as lib:
            assert lib.count("unread") == 0
        assert not any(t.startswith("●") for t in list_titles(app))


async def test_f_cycles_all_unread_starred(three, library):
    ids = {r.title: r.id for r in library.list_articles()}
    library.mark([ids[three[0]]], read=True)
    library.mark([ids[three[2]]], starred=True)
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert len(list_titles(app)) == 3
        await pilot.press("f")
        await settle(app, pilot)
        assert [t[3:] for t in list_titles(app)] == [three[1], three[2]]
        assert "unread" in str(main(app).query_one("#list-title").render())
        await pilot.press("f")
        await settle(app, pilot)
        assert [t[3:] for t in list_titles(app)] == [three[2]]
        await pilot.press("f")
        await settle(app, pilot)
        assert len(list_titles(app)) == 3


async def test_quote_keys_in_the_same_burst_as_enter_act_on_the_article_it_opens(three):
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        listing = main(app).query_one(ArticleList)
        listing.focus()
        listing.highlighted = next(i for i, t in enumerate(list_titles(app)) if t.endswith("Council budget vote delayed again"))
        # Enter, then "]" twice before the list's message reaches the screen (as keys
        # pasted or typed in one burst arrive)
        listing.action_select()
        assert await app._check_bindings("right_square_bracket")  # (the path a key takes)
        assert await app._check_bindings("right_square_bracket")  # (the path a key takes)
        await settle(app, pilot)
        assert header(app) == "Council budget vote delayed again"
        assert current_quote(app) == "This is a stalling tactic and everyone knows it,"
        assert status(app).startswith("quote 2/")


async def test_a_hit_shows_its_title_on_one_line_and_its_snippet_under_an_indent(write_articles, library):
    long_title = "Harbour authority approves the long-delayed dredging of the northern shipping channel"
    library.import_paths(write_articles({"harbour": (
        f"{long_title}\nWork will begin in spring.\n"
        '"The channel has been silting up for a decade and the ferries can barely turn," said Tom Baker.\n'
    )}))
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"ferries", "enter")
        await settle(app, pilot)
        listing = main(app).query_one(ArticleList)
        assert listing.hits
        lines = listing.prompt_at(0).plain.split("\n")
        width = listing.scrollable_content_region.width
        # the title cut short on its first line, as the listing's rows are
        assert lines[0].endswith("…") and long_title.startswith(lines[0][:-1])
        # then what matched, and the snippet wrapped under an indent, nothing wider than the list
        assert lines[1].startswith("   quote · Tom Baker")
        assert len(lines) > 2 and all(line.startswith("   ") for line in lines[1:])
        assert "ferries" in " ".join(lines[1:])
        assert all(len(line) <= width for line in lines)


async def test_search_shows_hits_with_matches_highlighted_and_opens_at_the_quote(three):
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await pilot.press(*"stalling")
        await pilot.press("enter")
        await settle(app, pilot)
        listing = main(app).query_one(ArticleList)
        assert listing.hits, "no hits"
        prompt = listing.prompt_at(0)
        budget = "Council budget vote delayed again"
        assert prompt.plain.startswith(budget)
        marked = [prompt.plain[s.start : s.end] for s in prompt.spans if "warning" in str(s.style)]
        assert any("stalling" in m.lower() for m in marked)
        assert "Search · stalling" in str(main(app).query_one("#list-title").render())
        quote_hit = next((i for i, h in enumerate(listing.hits) if h.kind == "quote"), None)
        assert quote_hit is not None
        listing.highlighted = quote_hit
        await pilot.press("enter")
        await settle(app, pilot)
        assert header(app) == budget
        assert current_quote(app) == "This is a stalling tactic and everyone knows it,"
        # Escape leaves the search and brings the library back
        main(app).query_one(ArticleList).focus()
        await pilot.press("escape")
        await pilot.pause()
        assert listing.hits is None
        assert len(list_titles(app)) == 3


async def test_q_closes_the_search_first_then_quits(three):
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"budget", "enter")
        await settle(app, pilot)
        assert main(app).query_one(ArticleList).hits is not None
        await pilot.press("q")
        await pilot.pause()
        assert main(app).query_one(ArticleList).hits is None
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_first_run_imports_the_sample_articles():
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert any("Labour calls MORE crisis talks" in t for t in list_titles(app))
        assert status(app).startswith("Enter opens")
