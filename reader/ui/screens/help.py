"""Every key, grouped, as the user's keymap has them: built from the command table."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.ui.commands import display_keys, effective_keys


class HelpScreen(ModalScreen[None]):
    # One row per command, in three columns, so a description too long for the box wraps
    # under itself rather than back under the keys.
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 104; max-width: 95%; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 1 0 2;
        scrollbar-size-vertical: 1;
    }
    HelpScreen .group { text-style: bold; color: $text-accent; margin-top: 1; }
    HelpScreen .row { height: auto; }
    HelpScreen .keys { width: 12; text-align: right; text-style: bold; color: $text-warning; }
    HelpScreen .id { width: 20; padding-left: 2; color: $text-muted; }
    HelpScreen .help { width: 1fr; }
    """
    BINDINGS = [
        ("escape,q,question_mark,f1", "dismiss", "Close"),
        # the list fits a tall terminal; in a short one the same keys as the article scroll it
        Binding("j,down", "scroll('down')", "Down", show=False),
        Binding("k,up", "scroll('up')", "Up", show=False),
        Binding("pagedown,space", "scroll('page_down')", "Page down", show=False),
        Binding("pageup", "scroll('page_up')", "Page up", show=False),
        Binding("home,g", "scroll('home')", "Top", show=False),
        Binding("end,G", "scroll('end')", "End", show=False),
    ]

    def compose(self) -> ComposeResult:
        keymap = getattr(self.app, "keymap", {}) or {}
        with VerticalScroll():
            yield Static(Content.styled("reader — keys  (Esc closes, j/k scroll)", "bold"))
            group = None
            for command, keys in effective_keys(keymap):
                if command.group != group:
                    group = command.group
                    yield Static(Content(group), classes="group")
                with Horizontal(classes="row"):
                    yield Static(Content(display_keys(keys)), classes="keys")
                    yield Static(Content(command.id), classes="id")
                    yield Static(Content(command.help), classes="help")

    def action_scroll(self, where: str) -> None:
        box = self.query_one(VerticalScroll)
        getattr(box, f"scroll_{where}")(animate=False)

    def action_dismiss(self) -> None:
        self.dismiss()
