"""The app under stress: tiny and huge terminals, resizing mid-article, and an article
of 2,000 paragraphs with 1,500 quotes. Nothing may crash, the status line must stay,
keys must keep acting. Speed is measured in bench/bench_app.py, not asserted here."""
from __future__ import annotations

import os
import sys

import pytest

from reader.ui.app import ReaderApp
from reader.ui.widgets.status import StatusLine

from .conftest import POLITICS
from .helpers import current_quote, main, settle, status

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "bench"))
from bench_app import long_article  # noqa: E402  the benchmark's long article, one quote a paragraph

SIZES = [(20, 6), (40, 12), (99, 30), (160, 45), (300, 100)]


@pytest.fixture
def politics(write_articles):
    return write_articles({"politics": POLITICS})[0]


def status_shown(app) -> bool:
    line = main(app).query_one(StatusLine)
    region = line.region
    return line.display and region.height == 1 and region.bottom <= app.size.height and bool(status(app))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_every_terminal_size_reads_an_article(politics, size):
    app = ReaderApp([politics])
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        assert status_shown(app)
        await pilot.press("]", "]")
        assert current_quote(app) == "This is a stalling tactic and everyone knows it,"
        assert status(app).startswith("quote 2/4")
        await pilot.press("}", "t", "t", "j", "k", "escape", "J", "K")
        await pilot.pause()
        assert status_shown(app)
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running


async def test_resizing_with_an_article_open_and_a_quote_current(politics):
    app = ReaderApp([politics])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("]")
        for size in [(300, 100), (20, 6), (80, 24), (21, 7), (160, 45), (99, 40), (100, 40), (60, 15)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert status_shown(app), size
            assert status(app).startswith("quote"), (size, status(app))
        await pilot.press("]")  # keys still act after all that
        assert current_quote(app) == "This is a stalling tactic and everyone knows it,"
        await pilot.resize_terminal(20, 6)
        await pilot.pause()
        await pilot.press("]")
        assert current_quote(app) == "entirely reasonable"
        assert app.is_running


async def test_an_article_of_2000_paragraphs_and_1500_quotes(write_articles, library):
    path = write_articles({"inquiry": long_article()})[0]
    library.import_paths([path])
    app = ReaderApp()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        screen = main(app)
        assert len(screen.extraction.quotes) == 1500
        assert len(screen.document.blocks) == 2002  # headline, standfirst, 2,000 paragraphs
        await pilot.press("]", "]", "]")
        assert status(app).startswith("quote 3/1500 · Ida Marsh")
        await pilot.press("[")
        assert status(app).startswith("quote 2/1500")
        screen.set_quote(1497)
        await pilot.press("]", "]")
        assert status(app).startswith("quote 1500/1500")
        last = "We will shore up section 1998 of the wall before the spring tides,"
        assert current_quote(app) == last
        # the last quote is on screen: the view scrolled to it
        view = screen.view
        region = view.quote_region(1499)
        assert view.scroll_y <= region.y < view.scroll_y + view.scrollable_content_region.height
        await pilot.press("}")  # the first speaker's first quote
        assert status(app).startswith("quote 1/1500 · Nell Harrow") and "following Nell Harrow" in status(app)
        await pilot.press("escape")
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        await pilot.press("]")
        assert status(app).startswith("quote 2/1500")
