"""Start-up: the list's first rows are read through reader.store.listing as the screen is
composed, so the first frame has them; the header and footer join after that frame; the
chosen theme is set before anything is styled."""
from __future__ import annotations

import sqlite3

import pytest
from textual.widgets import Footer, Header

from reader import locations
from reader.store.listing import first_rows
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_list import ArticleList

from .conftest import POLITICS, SPORT, WEATHER
from .helpers import main, settle

SIZE = (140, 40)


@pytest.fixture
def three(write_articles, library):
    library.import_paths(write_articles({"politics": POLITICS, "weather": WEATHER, "sport": SPORT}))
    library.import_samples_if_empty()  # offered already: the app lists only these
    rows = library.list_articles()
    library.mark([rows[0].id], read=True)
    library.mark([rows[1].id], starred=True)
    return [r.title for r in rows]


@pytest.mark.parametrize("filter", ["all", "unread", "starred"])
def test_first_rows_are_what_list_articles_gives(three, library, filter):
    assert first_rows(library.path, filter, limit=2) == library.list_articles(filter, limit=2)


def test_first_rows_leave_a_library_that_needs_opening_to_library_open(tmp_path, library):
    # samples not offered yet: the app's worker offers them first
    assert first_rows(library.path) is None
    library.import_samples_if_empty()
    assert first_rows(library.path) is not None
    assert first_rows(tmp_path / "missing.db") is None
    assert not (tmp_path / "missing.db").exists()
    (tmp_path / "junk.db").write_text("not a database", encoding="utf-8")
    assert first_rows(tmp_path / "junk.db") is None
    with sqlite3.connect(library.path) as conn:  # an older schema: Library.open migrates it
        conn.execute("PRAGMA user_version = 1")
    assert first_rows(library.path) is None


async def test_the_list_has_its_rows_before_any_worker_has_run(three):
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        listing = main(app).query_one(ArticleList)
        assert [listing.row_at(i).title for i in range(listing.count)] == three
        await settle(app, pilot)
        assert [listing.row_at(i).title for i in range(listing.count)] == three


async def test_header_and_footer_take_their_places_after_the_first_frame(three):
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = main(app)
        assert not screen.query("#header-space, #footer-space")
        assert len(screen.query(Header)) == 1 and len(screen.query(Footer)) == 1
        assert screen.query_one(Header).region.y == 0
        footer = screen.query_one(Footer)
        assert footer.region.bottom == SIZE[1]
        await pilot.pause()
        keys = " ".join(str(key.render()) for key in footer.children)
        assert "Search" in keys and "Filter" in keys  # before any key is pressed


@pytest.mark.parametrize("theme, mode", [("reader-high-contrast", "-dark-mode"), ("reader-light", "-light-mode")])
async def test_the_chosen_theme_is_the_one_styled(three, theme, mode):
    path = locations.config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'theme = "{theme}"\n', encoding="utf-8")
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.theme == theme
        assert {f"-theme-{theme}", mode} <= app.classes
        assert not any(c.startswith("-theme-") and c != f"-theme-{theme}" for c in app.classes)
        assert app.theme_variables["quote-direct-bg"] == app.get_theme(theme).variables["quote-direct-bg"]
        assert main(app).styles.background.hex.lower() == app.get_theme(theme).background.lower()


@pytest.mark.parametrize("width", [140, 60, 31])
async def test_rows_are_drawn_as_textual_draws_their_content(write_articles, library, width):
    from textual.style import Style
    from textual.visual import Visual

    from reader.ui.widgets.article_list import row_lines

    titles = {
        "wide": "東京の市議会、予算案の採決を再び延期 with a long English tail that will not fit",
        "emoji": "Harbour wall 🌊 holds again ★ says council",
        "control": "A title with an escape \x1b[31m inside",
        "plain": "Short",
    }
    library.import_paths(write_articles({name: f"{title}\nBody.\n" for name, title in titles.items()}))
    library.import_samples_if_empty()
    rows = library.list_articles()
    library.mark([rows[0].id], read=True)
    library.mark([rows[1].id], starred=True)
    app = ReaderApp()
    async with app.run_test(size=(width, 40)) as pilot:
        await settle(app, pilot)
        listing = main(app).query_one(ArticleList)
        assert listing._width in (37, 60, 31)  # long titles cut short; at 31 and 37 on a wide character
        listing._hover = 2
        listing._strips.clear()
        for index in range(listing.count):
            plain, highlighted, hover = listing._styles_now()
            style = highlighted if listing.highlighted == index else hover if index == 2 else plain
            style += Style.from_meta({"row": index})
            expected = []
            for line in row_lines(listing.row_at(index)):
                line = line.truncate(listing._width, ellipsis=True)
                expected += Visual.to_strips(listing, line, listing._width, None, style, apply_selection=False)
            expected = [s.extend_cell_length(listing._width, style.rich_style) for s in expected]
            assert [list(s) for s in listing._strips_for(index)] == [list(s) for s in expected]
