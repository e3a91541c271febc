"""The command palette lists the same commands as the keys and the help screen."""
from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from reader.ui.commands import COMMANDS, display_keys


class ReaderCommands(Provider):
    def _commands(self):
        screen = self.screen
        keymap = getattr(self.app, "keymap", {}) or {}
        for command in COMMANDS:
            if command.id in ("app.palette",):
                continue
            if not hasattr(screen, f"action_{command.action}"):
                continue
            if screen.check_action(command.action, ()) is not True:
                continue
            keys = display_keys(keymap.get(command.id, command.keys))
            yield command, f"{command.description} ({keys})", partial(screen.run_action, command.action)

    async def discover(self) -> Hits:
        for command, label, run in self._commands():
            yield DiscoveryHit(label, run, help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command, label, run in self._commands():
            score = matcher.match(f"{label} {command.help}")
            if score > 0:
                yield Hit(score, matcher.highlight(label), run, help=command.help)
