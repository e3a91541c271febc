"""The user's config.toml: the chosen theme and the `[keys]` table that remaps commands.

    theme = "reader-dark"
    [keys]
    "quote.next" = "n,ctrl+down"

Reading never fails: a broken file gives defaults plus a list of one-line problems the
app shows as notifications. Only the `theme` line is ever written back."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from reader.ui.commands import BY_ID


@dataclass
class Config:
    theme: str | None = None
    keys: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def config_path() -> Path:
    from reader import locations

    return Path(locations.config_path())


def load_config(path: Path | None = None) -> Config:
    path = path or config_path()
    config = Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return config
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        config.problems.append(f"{path}: ignored, not valid TOML ({e})")
        return config
    theme = data.get("theme")
    if isinstance(theme, str) and theme:
        config.theme = theme
    elif theme is not None:
        config.problems.append(f"{path}: theme must be a name in quotes")
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        config.problems.append(f"{path}: [keys] must be a table of \"command.id\" = \"keys\"")
        keys = {}
    for command_id, value in keys.items():
        if command_id not in BY_ID:
            config.problems.append(f"{path}: [keys] has no command {command_id!r} (see `reader keys`)")
        elif not isinstance(value, str) or not [k for k in value.split(",") if k.strip()]:
            config.problems.append(f"{path}: [keys] {command_id!r} needs keys like \"n,ctrl+down\"")
        else:
            config.keys[command_id] = ",".join(k.strip() for k in value.split(",") if k.strip())
    return config


_THEME_LINE = re.compile(r"^theme\s*=.*$", re.MULTILINE)


def save_theme(name: str, path: Path | None = None) -> None:
    """Remember the chosen theme, keeping the rest of the file as the user wrote it."""
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    line = f"theme = {_toml_string(name)}"
    # only a top-level theme line counts: the part before the first table header
    head, sep, tail = text.partition("\n[") if not text.startswith("[") else ("", "", text[1:])
    if not text.startswith("[") and _THEME_LINE.search(head):
        head = _THEME_LINE.sub(line, head, count=1)
        text = head + sep + tail
    else:
        text = line + "\n" + text
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _toml_string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
