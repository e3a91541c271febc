"""The app around the screen: help, palette, keymap, themes, narrow layout, bad paths."""
from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette

from reader import locations
from reader.ui.app import ReaderApp, run_app
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.main import MainScreen

from .conftest import POLITICS, WEATHER
from .helpers import current_quote, main, settle, toasts

SIZE = (140, 40)


@pytest.fixture
def politics(write_articles):
    return write_articles({"politics": POLITICS})[0]


def write_config(text: str) -> None:
    path = locations.config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_help_lists_every_command(politics, key):
    app = ReaderApp([politics])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "quote.next" in text and "Jump to the next quote" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_help_wraps_under_its_column_and_scrolls_in_a_small_terminal(politics):
    # a description too long for the box continues under the descriptions, not under the
    # keys; a terminal too short for the list scrolls it with the article's keys
    app = ReaderApp([politics])
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        helps = list(app.screen.query(".help"))
        long = next(h for h in helps if "F again" in str(h.render()))
        short = next(h for h in helps if "Jump to the previous quote" in str(h.render()))
        assert long.region.height == 2 and short.region.height == 1
        assert long.region.x == short.region.x
        box = app.screen.query_one("VerticalScroll")
        assert box.max_scroll_y > 0 and box.scroll_y == 0
        await pilot.press("j")
        await pilot.pause()
        assert box.scroll_y == 1
        await pilot.press("G")
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y
        palette = next(h for h in helps if "command palette" in str(h.render()))
        assert box.region.contains_region(palette.region)
        await pilot.press("k")
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y - 1


async def test_ctrl_p_opens_the_palette_with_our_commands(politics):
    app = ReaderApp([politics])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"next quote")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)
        assert current_quote(app) == "We need more time to read the figures,"


async def test_keys_table_in_config_remaps_a_command(politics):
    write_config('[keys]\n"quote.next" = "x,ctrl+down"\n')
    app = ReaderApp([politics])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("]")
        assert current_quote(app) is None  # the old key no longer acts
        await pilot.press("x")
        assert current_quote(app) == "We need more time to read the figures,"
        await pilot.press("ctrl+down")
        assert current_quote(app) == "This is a stalling tactic and everyone knows it,"


async def test_a_bad_keys_entry_is_reported_not_fatal(politics):
    write_config('[keys]\n"no.such" = "x"\n')
    app = ReaderApp([politics])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        assert any("no.such" in text for _, text in toasts(app))


async def test_bundled_themes_are_registered_and_the_choice_remembered(politics):
    app = ReaderApp([politics])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.theme == "reader-dark"
        for name in ("reader-dark", "reader-light", "reader-high-contrast"):
            assert name in app.available_themes
        assert "textual-dark" in app.available_themes  # beside Textual's own
        app.theme = "reader-light"
        await pilot.pause()
    assert 'theme = "reader-light"' in locations.config_path().read_text()
    app = ReaderApp([politics])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.theme == "reader-light"


async def test_a_broken_user_theme_is_named_and_skipped(politics):
    folder = Path(locations.user_themes_dir())
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text('name = "broken"\nprimary = "not-a-colour"\n')
    (folder / "mine.toml").write_text('name = "mine"\nprimary = "#ff0000"\n[quotes]\nspeakers = ["#00ff00"]\n')
    app = ReaderApp([politics])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        assert any("broken.toml" in text and "not-a-colour" in text for _, text in toasts(app))
        assert "broken" not in app.available_themes
        assert "mine" in app.available_themes
        app.theme = "mine"
        await pilot.pause()
        assert app.theme_variables["speaker-5"] == "#00ff00"


async def test_narrow_terminal_shows_one_pane_at_a_time(write_articles, library):
    library.import_paths(write_articles({"politics": POLITICS, "weather": WEATHER}))
    app = ReaderApp()
    async with app.run_test(size=(80, 30)) as pilot:
        await settle(app, pilot)
        screen = main(app)
        shown = lambda: [p for p in ("#list-pane", "#article-pane", "#speakers-pane") if screen.query_one(p).display]
        assert shown() == ["#list-pane"]
        await pilot.press("enter")
        await settle(app, pilot)
        assert shown() == ["#article-pane"]
        await pilot.press("t")
        await pilot.pause()
        assert shown() == ["#speakers-pane"]
        await pilot.press("t")
        await pilot.pause()
        assert shown() == ["#article-pane"]
        await pilot.press("q")
        await pilot.pause()
        assert shown() == ["#list-pane"]


async def test_side_panes_give_up_columns_before_the_article(write_articles, library):
    # just wide enough for three panes, the article still gets a readable measure; wider,
    # the side panes stop growing; a narrow terminal's one pane takes the full width
    library.import_paths(write_articles({"politics": POLITICS}))
    app = ReaderApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        screen = main(app)
        width = lambda pane: screen.query_one(pane).region.width
        assert width("#article-pane") >= 40 and width("#list-pane") >= 24 and width("#speakers-pane") >= 24
        await pilot.resize_terminal(180, 30)
        await settle(app, pilot)
        assert width("#list-pane") == 38 and width("#speakers-pane") == 34
        assert width("#article-pane") == 180 - 38 - 34
        await pilot.resize_terminal(80, 30)
        await settle(app, pilot)
        assert width("#list-pane") == 80


async def test_wide_terminal_enter_reads_the_article_and_q_comes_back_to_the_list(write_articles, library):
    library.import_paths(write_articles({"politics": POLITICS, "weather": WEATHER}))
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = main(app)
        listing = screen.articles
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.article is not None and app.focused is screen.view
        first = listing.highlighted
        await pilot.press("j")  # reads the article: the list's cursor stays
        await pilot.pause()
        assert listing.highlighted == first
        await pilot.press("q")  # back to the list, the article still beside it
        await pilot.pause()
        assert app.return_code is None and app.focused is listing and screen.article is not None
        await pilot.press("j")
        await pilot.pause()
        assert listing.highlighted == first + 1
        await pilot.press("q")  # from the list: quits
        await pilot.pause()
    assert app.return_code == 0


async def test_no_color_still_shows_quotes(politics, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = ReaderApp([politics])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.no_color
        await pilot.press("]")
        assert current_quote(app) == "We need more time to read the figures,"


def test_a_bad_path_is_one_line_and_status_2(tmp_path, capsys):
    assert run_app([str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing.txt" in err and "Traceback" not in err


def test_reader_with_a_bad_path_from_the_command_line(tmp_path, capsys):
    from reader.cli import main as cli_main

    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert cli_main([str(empty)]) == 2
    assert "empty" in capsys.readouterr().err


def test_reader_keys_prints_ids_and_remaps(capsys):
    from reader.cli import main as cli_main

    write_config('[keys]\n"quote.next" = "n,ctrl+down"\n')
    assert cli_main(["keys"]) == 0
    out = capsys.readouterr().out
    line = next(l for l in out.splitlines() if l.startswith("quote.next"))
    assert "n ctrl+down" in line and "*" in line
    assert "app.help" in out
