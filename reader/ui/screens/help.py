"""Every key, grouped, as the user's keymap has them: built from the command table."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.ui.commands import display_keys, effective_keys


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 104; max-width: 95%; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 2;
    }
    HelpScreen .group { text-style: bold; color: $text-accent; margin-top: 1; }
    """
    BINDINGS = [("escape,q,question_mark,f1", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        keymap = getattr(self.app, "keymap", {}) or {}
        with VerticalScroll():
            yield Static(Content.styled("reader — keys  (Esc closes)", "bold"))
            group = None
            for command, keys in effective_keys(keymap):
                if command.group != group:
                    group = command.group
                    yield Static(group, classes="group")
                yield Static(Content.assemble((f"{display_keys(keys):>12}", "bold $text-warning"), "  ",
                                              (f"{command.id:<18}", "$text-muted"), command.help))

    def action_dismiss(self) -> None:
        self.dismiss()
