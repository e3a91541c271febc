"""The command line: `reader [PATH]` opens the app; `reader COMMAND …` runs headless.

Each sub-command lives in its own module with a `register(subparsers)` function; this
module only assembles them. Textual is imported only when the app is opened."""
from __future__ import annotations

import os
import sys
from importlib import import_module
from types import SimpleNamespace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

# Modules that declare sub-commands, in the order `reader --help` lists them.
COMMAND_MODULES = [
    "reader.cli.quotes_cmd",
    "reader.cli.library_cmd",
    "reader.cli.feed_cmd",
    "reader.cli.keys_cmd",
]


class UserError(Exception):
    """A problem the user can fix: printed as one line, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="reader",
        description="A terminal news reader that shows who said what. "
        "Run `reader` to open the library, `reader PATH` to open an article.",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="where the library lives (or READER_DATA_DIR)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name:
                continue  # a command module not written yet
            raise
        module.register(sub)
    parser.set_defaults(command_names=frozenset(sub.choices))
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # `reader [--data-dir DIR] [PATH]` opens the app; anything else is a sub-command.
    first = next((a for i, a in enumerate(argv) if not a.startswith("-") and (i == 0 or argv[i - 1] != "--data-dir")), None)
    wants_help = any(a in ("-h", "--help") for a in argv)
    if first is None and not wants_help:
        # Plain `reader`: building the full parser would import every command module,
        # the quote engine among them, before the app could start.
        args = SimpleNamespace(data_dir=None, paths=[]) if not argv else _app_parser().parse_args(argv)
        return _run(_open_app, args)
    parser = build_parser()
    commands = parser.get_default("command_names")
    if first is None or first not in commands:
        if wants_help:
            parser.print_help()
            return 0
        if _mistyped_command(first):
            print(f"reader: {first}: not a command, nor a file here (commands: {', '.join(sorted(commands))}; see reader --help)", file=sys.stderr)
            return 2
        return _run(_open_app, _app_parser().parse_args(argv))
    args = parser.parse_args(argv)
    return _run(args.func, args)


def _mistyped_command(word: str) -> bool:
    """Whether `reader WORD …` reads as a command that does not exist ("reader add",
    "reader quote"): a bare word, no file or folder of that name here. A missing
    article ("notes.txt", "news/today.md") is left to the app's own message."""
    return word.isalpha() and not os.path.exists(word)


def _app_parser() -> argparse.ArgumentParser:
    import argparse

    app_parser = argparse.ArgumentParser(prog="reader")
    app_parser.add_argument("--data-dir", metavar="DIR")
    app_parser.add_argument("paths", nargs="*", metavar="PATH")
    return app_parser


def _run(func, args) -> int:
    if getattr(args, "data_dir", None):
        os.environ["READER_DATA_DIR"] = args.data_dir
    try:
        return func(args) or 0
    except UserError as e:
        print(f"reader: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # a closed pipe (`reader list | head`) is not an error worth a traceback
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0


def _open_app(args) -> int:
    from reader.ui.startup import pause_collector

    pause_collector()  # before the UI's imports: see reader.ui.startup
    from reader.ui.app import run_app

    return run_app(args.paths)
