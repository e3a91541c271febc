"""Snapshots of the layouts on the user's article, in each bundled theme and narrow.

The stand-in engine (tests/ui/engine.py) supplies the quotes, so these pictures change
when the UI changes, not when the real engine improves. Update with --snapshot-update."""
from __future__ import annotations

import pytest

from reader import locations
from reader.ui.app import ReaderApp

from .conftest import SAMPLE
from .helpers import settle


def _app(theme: str) -> ReaderApp:
    path = locations.config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'theme = "{theme}"\n', encoding="utf-8")
    return ReaderApp([str(SAMPLE)])


async def _two_quotes_in(pilot) -> None:
    await settle(pilot.app, pilot)
    await pilot.press("]", "]", "]")
    await pilot.pause()


@pytest.mark.parametrize("theme", ["reader-dark", "reader-light", "reader-high-contrast"])
def test_three_panes(snap_compare, theme):
    assert snap_compare(_app(theme), terminal_size=(160, 45), run_before=_two_quotes_in)


def test_narrow_article(snap_compare):
    assert snap_compare(_app("reader-dark"), terminal_size=(90, 40), run_before=_two_quotes_in)


def test_narrow_list(snap_compare):
    async def back_to_list(pilot) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("q")
        await pilot.pause()

    assert snap_compare(_app("reader-dark"), terminal_size=(90, 40), run_before=back_to_list)
