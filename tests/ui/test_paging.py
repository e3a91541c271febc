"""A library bigger than the list holds at once: the list draws from the store a window
of rows at a time, so the far end, the filters' counts and J/K/n/p beyond the first
window must all still be right."""
from __future__ import annotations

import pytest

from reader.store import Library
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_list import ROW_HEIGHT, WINDOW, ArticleList

from .helpers import header, main, settle

SIZE = (140, 40)
COUNT = 3000


@pytest.fixture
def big(tmp_path, library):
    """COUNT articles; every 7th read, every 11th starred. Their titles, newest first."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(COUNT):
        (folder / f"s{i:04}.txt").write_text(f"Story {i:04} about the harbour\nThe wall held again.\n", encoding="utf-8")
    library.import_paths([folder])
    library.import_samples_if_empty()  # offered already: the app lists only these
    rows = library.list_articles()
    library.mark([r.id for i, r in enumerate(rows) if i % 7 == 0], read=True)
    library.mark([r.id for i, r in enumerate(rows) if i % 11 == 0], starred=True)
    return [r.title for r in rows]


def visible_text(listing: ArticleList) -> str:
    return "\n".join(listing.render_line(y).text for y in range(listing.size.height))


def list_title(app) -> str:
    return str(main(app).query_one("#list-title").render())


async def test_end_shows_the_last_article(big):
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        listing = main(app).query_one(ArticleList)
        assert listing.count == COUNT
        assert big[0] in visible_text(listing)
        await pilot.press("end")
        await pilot.pause()
        assert listing.highlighted == COUNT - 1
        assert big[-1] in visible_text(listing)
        await pilot.press("enter")
        await settle(app, pilot)
        assert header(app) == big[-1]
        await pilot.press("K")  # the row before, from the window fetched for the end
        await settle(app, pilot)
        assert header(app) == big[-2]


async def test_scrolling_to_the_end_draws_the_last_rows(big):
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        listing = main(app).query_one(ArticleList)
        listing.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        assert listing.max_scroll_y == COUNT * ROW_HEIGHT - listing.scrollable_content_region.height
        text = visible_text(listing)
        assert big[-1] in text and big[-2] in text
        assert big[0] not in text
        listing.scroll_to(y=1500 * ROW_HEIGHT, animate=False, immediate=True)  # the middle, by the scroll bar
        await pilot.pause()
        assert visible_text(listing).splitlines()[0].rstrip().endswith(big[1500])


async def test_filters_count_the_whole_library(big):
    with Library.open() as lib:
        unread, starred = lib.count("unread"), lib.count("starred")
    assert unread == COUNT - len(range(0, COUNT, 7)) and starred == len(range(0, COUNT, 11))
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        listing = main(app).query_one(ArticleList)
        assert list_title(app) == f"Library · all · {COUNT}"
        await pilot.press("f")
        await settle(app, pilot)
        assert list_title(app) == f"Library · unread · {unread}"
        assert listing.count == unread
        await pilot.press("end")
        await pilot.pause()
        assert listing.current_row.title == [t for i, t in enumerate(big) if i % 7][-1]
        await pilot.press("f")
        await settle(app, pilot)
        assert list_title(app) == f"Library · starred · {starred}"
        await pilot.press("end")
        await pilot.pause()
        assert listing.current_row.title == big[(COUNT - 1) // 11 * 11]


async def test_next_unread_finds_one_past_the_first_windows(big, library):
    rows = library.list_articles()
    far = 2 * WINDOW + 50
    library.mark([r.id for i, r in enumerate(rows) if i != far], read=True)
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        listing = main(app).query_one(ArticleList)
        await pilot.press("enter")
        await settle(app, pilot)
        assert header(app) == big[0]
        await pilot.press("n")
        await settle(app, pilot)
        assert header(app) == big[far]
        assert listing.highlighted == far
        await pilot.press("m")  # read now: nothing unread is left before or after it
        await settle(app, pilot)
        assert main(app).check_action("next_unread", ()) is None
        assert main(app).check_action("previous_unread", ()) is None
        await pilot.press("m")  # unread again: its row says so
        await settle(app, pilot)
        assert listing.current_row.read is False


async def test_a_click_opens_the_row_under_the_mouse(big):
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        listing = main(app).query_one(ArticleList)
        listing.scroll_to(y=1000 * ROW_HEIGHT, animate=False, immediate=True)
        await pilot.pause()
        await pilot.click(ArticleList, offset=(6, 2 * ROW_HEIGHT + 1))  # the third row shown
        await settle(app, pilot)
        assert listing.highlighted == 1002
        assert header(app) == big[1002]
