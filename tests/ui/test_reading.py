"""Reading one article: quotes, speakers, copying, clicking, resuming where you left off."""
from __future__ import annotations

import threading

import pytest

from reader.store import Library
from reader.ui.app import ReaderApp
from reader.ui.widgets.speakers import SpeakerList

from .conftest import POLITICS, SPORT, WEATHER
from .helpers import current_quote, header, list_titles, main, settle, status, styled_text

SIZE = (140, 40)


@pytest.fixture
def politics(write_articles):
    return write_articles({"politics": POLITICS})[0]


async def test_reader_path_opens_the_article_straight_away(politics):
    app = ReaderApp([politics])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert header(app) == "Council budget vote delayed again"
        assert status(app).startswith("4 quotes")
        # every quote is highlighted, each in its own style
        shown = styled_text(app, "quote-") + styled_text(app, "speaker-")
        assert any("We need more time" in s for s in shown)
        assert any("entirely reasonable" in s for s in shown)
        assert current_quote(app) is None


async def test_quote_keys_move_the_current_quote_and_the_status_line(politics):
    app = ReaderApp([politics])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("right_square_bracket")
        assert current_quote(app) == "We need more time to read the figures,"
        assert status(app).startswith("quote 1/4 · Maria Lopez")
        await pilot.press("]", "]")
        assert current_quote(app) == "entirely reasonable"
        assert "quote 3/4 · Lopez" in status(app)
        await pilot.press("]")
        assert "quote 4/4 · unattributed" in status(app)
        await pilot.press("]")  # nothing after the last: stays
        assert "quote 4/4" in status(app)
        await pilot.press("[")
        assert current_quote(app) == "entirely reasonable"


async def test_quote_keys_pressed_while_the_article_opens_act_on_it(politics, monkeypatch):
    # an article the engine must read first takes a moment: keys typed meanwhile wait for it
    # (the reading is held until the keys are in, however slow the machine is)
    extraction = Library.extraction
    keys_in = threading.Event()

    def slow(self, article_id):
        keys_in.wait(10)
        return extraction(self, article_id)

    monkeypatch.setattr(Library, "extraction", slow)
    app = ReaderApp([politics])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert main(app).article is None  # still opening
        await pilot.press("]", "]")
        assert main(app).article is None
        keys_in.set()
        await settle(app, pilot)
        assert current_quote(app) == "This is a stalling tactic and everyone knows it,"
        assert status(app).startswith("quote 2/4")


async def test_partial_and_direct_quotes_look_different(politics):
    app = ReaderApp([politics])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        partial = [s for s in styled_text(app, "underline")]
        background = styled_text(app, "quote-direct-bg")
        assert partial == ["entirely reasonable"]
        assert "We need more time to read the figures," in background
        # unattributed quotes wear the neutral colour
        assert styled_text(app, "$quote-unattributed") == ["The public deserves better than this,"]


async def test_speaker_keys_follow_one_speaker_until_escape(write_articles):
    text = POLITICS + '"And another thing," said Tom Baker.\n'
    path = write_articles({"politics": text})[0]
    app = ReaderApp([path])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("right_curly_bracket")  # first speaker: Maria Lopez
        assert "Maria Lopez" in status(app) and "following Maria Lopez" in status(app)
        await pilot.press("}")
        assert current_quote(app) == "This is a stalling tactic and everyone knows it,"
        await pilot.press("]")  # stays on Tom Baker's quotes
        assert current_quote(app) == "And another thing,"
        await pilot.press("[")
        assert current_quote(app) == "This is a stalling tactic and everyone knows it,"
        await pilot.press("{")
        assert "following Maria Lopez" in status(app)
        await pilot.press("escape")
        assert "following" not in status(app)
        await pilot.press("]")  # all quotes again: the next one after Maria Lopez's
        assert current_quote(app) == "This is a stalling tactic and everyone knows it,"


async def test_speakers_pane_lists_counts_with_unattributed_last(politics):
    app = ReaderApp([politics])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        speakers = main(app).query_one(SpeakerList)
        rows = [speakers.get_option_at_index(i).prompt.plain for i in range(speakers.option_count)]
        assert rows[0].startswith("◆ Maria Lopez") and rows[0].endswith("1")
        assert rows[-1].startswith("◇ Unattributed")


async def test_a_name_too_long_for_the_pane_wraps_under_itself(write_articles):
    path = write_articles({"long": (
        "Harbour plan approved\nThe council voted on Tuesday.\n"
        '"We have waited for this for a long time," said Maria Fernanda Lopez Gutierrez Castellanos.\n'
    )})[0]
    app = ReaderApp([path])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        speakers = main(app).query_one(SpeakerList)
        lines = speakers.get_option_at_index(0).prompt.plain.split("\n")
        assert len(lines) > 1
        assert lines[0].startswith("◆ Maria")
        # the rest of the name sits under the name, not under the mark; the count ends it
        assert all(line.startswith("  ") and line[2] != " " for line in lines[1:])
        assert lines[-1].endswith("Castellanos  1")
        assert " ".join(line.strip(" ◆") for line in lines) == "Maria Fernanda Lopez Gutierrez Castellanos  1"
        assert all(len(line) <= speakers.scrollable_content_region.width for line in lines)


async def test_clicking_a_speaker_chooses_them(politics):
    app = ReaderApp([politics])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        speakers = main(app).query_one(SpeakerList)
        await pilot.click(speakers, offset=(3, 1))  # second row: Tom Baker
        await pilot.pause()
        assert "following Tom Baker" in status(app)
        assert current_quote(app) == "This is a stalling tactic and everyone knows it,"


async def test_clicking_a_quote_makes_it_current(politics):
    app = ReaderApp([politics])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = main(app)
        view = screen.view
        region = view.quote_region(1)  # "This is a stalling tactic…", in the view's lines
        await pilot.click(view, offset=(5, region.y - round(view.scroll_y)))
        await pilot.pause()
        assert current_quote(app) == "This is a stalling tactic and everyone knows it,"
        assert status(app).startswith("quote 2/4 · Tom Baker")


async def test_y_copies_the_quote_with_attribution(politics):
    app = ReaderApp([politics])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("]", "y")
        assert app.clipboard == "“We need more time to read the figures,” — Maria Lopez, in Council budget vote delayed again"


async def test_keys_that_cannot_act_are_disabled(write_articles):
    path = write_articles({"sport": SPORT})[0]
    app = ReaderApp([path])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = main(app)
        assert screen.check_action("next_quote", ()) is None  # no quotes in this one
        assert screen.check_action("copy_quote", ()) is None
        assert screen.check_action("open_url", ()) is None  # a file has no web page
        assert screen.check_action("toggle_star", ()) is True


async def test_o_opens_the_web_page(politics, monkeypatch):
    import dataclasses
    import webbrowser

    opened = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    app = ReaderApp([politics])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = main(app)
        screen.article = dataclasses.replace(screen.article, url="https://example.org/budget")
        await pilot.press("o")
        await settle(app, pilot)
        assert opened == ["https://example.org/budget"]


async def test_ctrl_q_keeps_the_place_as_q_does(write_articles):
    path = write_articles({"politics": POLITICS})[0]
    app = ReaderApp([path])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("]", "]", "ctrl+q")  # at once: before the half-second save
        await pilot.pause()
    assert app.return_code == 0
    with Library.open() as lib:
        state = lib.state(lib.list_articles()[0].id)
    assert state.quote_index == 1


async def test_resume_where_you_left_off(write_articles):
    long_text = POLITICS + "".join(f"Filler paragraph {i} about the budget and nothing else.\n" for i in range(60))
    long_text += '"Last word," said Tom Baker.\n'
    path = write_articles({"politics": long_text})[0]
    app = ReaderApp([path])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("]", "]")
        view = main(app).view
        view.scroll_to(y=round(view.max_scroll_y * 0.6), animate=False, immediate=True)
        await pilot.pause(0.1)
        await pilot.press("q")  # quits, saving where we were
    with Library.open() as lib:
        article_id = lib.list_articles()[0].id
        state = lib.state(article_id)
    assert state.quote_index == 1
    assert 0.3 < state.progress < 0.7
    assert state.read  # scrolled past half

    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert current_quote(app) == "This is a stalling tactic and everyone knows it,"
        assert status(app).startswith("quote 2/5 · Tom Baker")
        view = main(app).view
        assert abs(view.scroll_y - view.max_scroll_y * state.progress) <= 2


async def test_progress_is_saved_while_reading(politics, monkeypatch):
    import reader.ui.screens.main as main_module

    monkeypatch.setattr(main_module, "SAVE_AFTER", 0.05)
    app = ReaderApp([politics])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("]", "]", "]")
        await pilot.pause(0.2)
        await settle(app, pilot)
        with Library.open() as lib:
            assert lib.state(lib.list_articles()[0].id).quote_index == 2


async def test_an_article_open_a_few_seconds_counts_as_read(write_articles, monkeypatch):
    import reader.ui.screens.main as main_module

    monkeypatch.setattr(main_module, "READ_AFTER", 1.0)
    path = write_articles({"weather": WEATHER})[0]
    app = ReaderApp([path])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        with Library.open() as lib:
            assert not lib.list_articles()[0].read
        await pilot.pause(1.2)
        await settle(app, pilot)
        with Library.open() as lib:
            assert lib.list_articles()[0].read


async def test_a_folder_opens_the_article_at_the_top_of_the_list(tmp_path):
    # a folder's files come in by name, but the list shows the newest first: the article
    # that opens is the one the highlight starts on, at the top, not the first file by name
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a-older.md").write_text(
        "---\ntitle: Ferry fares rise\npublished: 2021-03-01\n---\n\nFares went up, the operator \"regrets\" it.\n",
        encoding="utf-8",
    )
    (folder / "b-newer.md").write_text(
        "---\ntitle: Bridge reopens\npublished: 2024-06-01\n---\n\nThe bridge is \"safe\", the council said.\n",
        encoding="utf-8",
    )
    app = ReaderApp([str(folder)])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert [t.lstrip("● ") for t in list_titles(app)] == ["Bridge reopens", "Ferry fares rise"]
        assert header(app) == "Bridge reopens"
        from reader.ui.widgets.article_list import ArticleList

        assert main(app).query_one(ArticleList).current_row.id == main(app).article.id
