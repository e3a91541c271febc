"""Every command the app offers, declared once: id, default keys, description.

This one table feeds the BINDINGS, the command palette, the help screen and
`reader keys`. It imports nothing from Textual so the headless CLI stays fast."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Command:
    id: str  # the binding id that `[keys]` in config.toml remaps
    keys: str  # Textual key names, comma separated ("j,down")
    action: str  # the action it runs on the main screen ("next_quote")
    description: str  # short, for the footer and the palette
    help: str  # one line for the help screen and `reader keys`
    footer: bool = True  # shown in the footer when it can act
    group: str = "Reading"


COMMANDS: tuple[Command, ...] = (
    # Moving around
    Command("move.down", "j,down", "move_down", "Down", "Move down the list or scroll the article", False, "Moving"),
    Command("move.up", "k,up", "move_up", "Up", "Move up the list or scroll the article", False, "Moving"),
    Command("article.open", "enter", "open_article", "Open", "Open the highlighted article or search hit", True, "Moving"),
    Command("article.next", "J", "next_article", "Next article", "Open the next article in the list", False, "Moving"),
    Command("article.previous", "K", "previous_article", "Prev article", "Open the previous article in the list", False, "Moving"),
    Command("unread.next", "n", "next_unread", "Next unread", "Open the next unread article", False, "Moving"),
    Command("unread.previous", "p", "previous_unread", "Prev unread", "Open the previous unread article", False, "Moving"),
    Command("back", "q", "back", "Back", "Go back: close the search or the article, or quit", True, "Moving"),
    # Quotes and speakers
    Command("quote.next", "]", "next_quote", "Next quote", "Jump to the next quote (the chosen speaker's, if any)", True, "Quotes"),
    Command("quote.previous", "[", "previous_quote", "Prev quote", "Jump to the previous quote", False, "Quotes"),
    Command("speaker.next", "}", "next_speaker", "Next speaker", "Choose the next speaker and jump to their first quote", False, "Quotes"),
    Command("speaker.previous", "{", "previous_speaker", "Prev speaker", "Choose the previous speaker", False, "Quotes"),
    Command("speaker.clear", "escape", "clear_speaker", "All speakers", "Stop following one speaker (or close the search)", True, "Quotes"),
    Command("quote.copy", "y", "copy_quote", "Copy quote", "Copy the current quote with its attribution", True, "Quotes"),
    Command("speakers.toggle", "t", "toggle_speakers", "Speakers", "Show or hide the speakers pane", True, "Quotes"),
    # The library
    Command("article.star", "s", "toggle_star", "Star", "Star or unstar the article", True, "Library"),
    Command("article.read", "m", "toggle_read", "Read/unread", "Mark the article read or unread", False, "Library"),
    Command("library.read_all", "A", "mark_all_read", "All read", "Mark every article read", False, "Library"),
    Command("library.filter", "f", "cycle_filter", "Filter", "Show all, unread or starred articles", True, "Library"),
    Command("library.search", "/", "search", "Search", "Search the library's text, quotes and speakers", True, "Library"),
    Command("article.browser", "o", "open_url", "Browser", "Open the article's web page in the browser", False, "Library"),
    # Feeds
    Command("feeds.choose", "F", "choose_feed", "Feeds", "Go to the feeds list to show one feed (F again: back to the articles)", False, "Feeds"),
    Command("feeds.refresh", "r", "refresh_feeds", "Refresh", "Refresh every feed and add what is new", True, "Feeds"),
    # The app
    Command("app.help", "question_mark,f1", "help", "Help", "Show every key", True, "App"),
    Command("app.palette", "ctrl+p", "palette", "Commands", "Open the command palette", False, "App"),
)

BY_ID: dict[str, Command] = {c.id: c for c in COMMANDS}

# How `reader keys` and the help screen spell Textual's key names.
_KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "left_curly_bracket": "{",
    "right_curly_bracket": "}",
    "escape": "Esc",
    "enter": "Enter",
    "down": "↓",
    "up": "↑",
}


def display_key(key: str) -> str:
    key = key.strip()
    if key in _KEY_NAMES:
        return _KEY_NAMES[key]
    if key.startswith("f") and key[1:].isdigit():
        return key.upper()
    return key


def display_keys(keys: str) -> str:
    return " ".join(display_key(k) for k in keys.split(",") if k.strip())


def effective_keys(keymap: dict[str, str] | None = None) -> list[tuple[Command, str]]:
    """Each command with the keys it answers to once the user's keymap is applied."""
    keymap = keymap or {}
    return [(c, keymap.get(c.id, c.keys)) for c in COMMANDS]
