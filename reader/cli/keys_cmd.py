"""`reader keys`: every command id with the keys it answers to, the user's [keys] applied.

Reads the command table and the config only; Textual is never imported."""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("keys", help="list every command id and its keys (remap them in config.toml [keys])")
    p.set_defaults(func=run)


def run(args) -> int:
    from reader.config import config_path, load_config
    from reader.ui.commands import display_keys, effective_keys

    config = load_config()
    for problem in config.problems:
        print(f"reader: {problem}", file=sys.stderr)
    rows = effective_keys(config.keys)
    width = max(len(c.id) for c, _ in rows)
    kwidth = max(len(display_keys(k)) for _, k in rows)
    for command, keys in rows:
        mark = "*" if command.id in config.keys else " "
        print(f"{command.id:<{width}}  {display_keys(keys):<{kwidth}} {mark} {command.help}")
    print(f"\n* remapped in {config_path()}; e.g. [keys] \"quote.next\" = \"n,ctrl+down\"")
    return 0
