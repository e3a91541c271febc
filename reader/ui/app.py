"""The App, kept thin: it reads the config, registers the themes, applies the keymap
and opens on the main screen, which owns everything else."""
from __future__ import annotations

import sys
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from reader.config import load_config, save_theme
from reader.ui.commands import BY_ID
from reader.ui.palette import ReaderCommands
from reader.ui.screens.main import MainScreen
from reader.ui.startup import pause_collector, resume_collector
from reader.ui.themes import DEFAULT_VARIABLES, bundled_themes_dir, load_themes

DEFAULT_THEME = "reader-dark"


def _binding(command_id: str, **kwargs) -> Binding:
    c = BY_ID[command_id]
    return Binding(c.keys, c.action, c.description, show=c.footer, id=c.id, **kwargs)


class ReaderApp(App[int]):
    TITLE = "reader"
    CSS_PATH = Path(__file__).parent / "app.tcss"  # absolute: subclasses live elsewhere
    COMMANDS = App.COMMANDS | {ReaderCommands}
    COMMAND_PALETTE_BINDING = BY_ID["app.palette"].keys.split(",")[0]
    BINDINGS = [_binding("app.help"), _binding("app.palette", priority=True)]

    def __init__(self, paths: list[str] | None = None, library_path: Path | str | None = None,
                 fetch_settings=None) -> None:
        super().__init__()
        self.paths = list(paths or [])
        self.library_path = library_path
        self.fetch_settings = fetch_settings  # reader.feeds' FetchSettings for `r`; None: the defaults
        self.keymap: dict[str, str] = {}
        self._theme_ready = False
        self._problems: list[tuple[str, dict]] = []  # (message, notify() options): shown once the app runs
        self._load_config_and_themes()

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(DEFAULT_VARIABLES)

    def _load_config_and_themes(self) -> None:
        """Here, before the app runs: a theme chosen after mounting makes Textual work out
        every style twice, and a keymap applied late rebuilds the footer."""
        from reader import locations

        config = load_config()
        loaded = load_themes(bundled_themes_dir(), Path(locations.user_themes_dir()))
        for theme in loaded.themes:
            self.register_theme(theme)
        skipped = {"title": "Skipped", "severity": "warning", "timeout": 10}
        self._problems = [(problem, skipped) for problem in loaded.problems + config.problems]
        wanted = config.theme or DEFAULT_THEME
        if wanted not in self.available_themes:
            if config.theme:
                self._problems.append((f"Theme {wanted!r} not found; using {DEFAULT_THEME}", {"severity": "warning"}))
            wanted = DEFAULT_THEME if DEFAULT_THEME in self.available_themes else "textual-dark"
        self._start_with_theme(wanted)
        if config.keys:
            self.keymap = config.keys

    def _start_with_theme(self, name: str) -> None:
        """Set the theme before anything is styled. `self.theme = name` would have Textual
        parse every style a second time and style the whole screen again once it is up
        (about 3 ms of the first frame), as it must for a theme changed at run time. Here
        the theme's watcher has nothing to redo but the variables the stylesheet will be
        parsed with and the theme classes; a theme whose ANSI colours map differently
        from the one the app started with (a light one) goes the usual way."""
        theme, current = self.get_theme(name), self.current_theme
        if name == self.theme or theme is None or (theme.dark, theme.ansi) != (current.dark, current.ansi):
            self.theme = name
            return
        self.set_reactive(App.theme, name)
        classes = {c: False for c in self.classes if c.startswith("-theme-")}
        self.update_classes({**classes, f"-theme-{theme.name}": True}, update=False)
        self.stylesheet.set_variables(self.get_css_variables())

    def get_default_screen(self) -> MainScreen:
        # The main screen is the first on the stack, composed as the app starts: pushed
        # from on_mount it was laid out and drawn twice while the app was still starting,
        # frames Textual throws away, before the first one that reaches the terminal.
        return MainScreen(self.paths)

    def on_mount(self) -> None:
        for problem, options in self._problems:
            self.notify(problem, **options)
        self._theme_ready = True
        if self.keymap:
            self.set_keymap(self.keymap)

    def watch_theme(self, theme: str) -> None:
        if self._theme_ready:
            try:
                save_theme(theme)
            except OSError as e:
                self.notify(f"Could not remember the theme: {e}", severity="warning")

    def action_help(self) -> None:
        from reader.ui.screens.help import HelpScreen  # imported when first asked for

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_palette(self) -> None:
        self.action_command_palette()

    async def action_quit(self) -> None:
        """ctrl+q (Textual's quit) keeps the place in the article, as q does: the last
        move may still wait on its half-second save."""
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.flush()
        self.exit()


def run_app(paths: list[str]) -> int:
    """`reader [PATH…]`: check the files first so a bad one is one line and status 2."""
    from reader.sources import LoadError, load

    for path in paths:
        if Path(path).is_dir():
            continue  # a folder is imported whole; its bad files are reported in the app
        try:
            load(path)
        except LoadError as e:
            print(f"reader: {e}", file=sys.stderr)
            return 2
    pause_collector()
    try:
        app = ReaderApp(paths)
        result = app.run()
    finally:
        resume_collector()
    return result or 0
