"""Themes are data: TOML files mapped onto textual.theme.Theme, colours checked with
Color.parse before anything is registered. A broken file is reported and skipped.

    name = "reader-dark"          # defaults to the file name
    dark = true
    primary = "#5fafff"           # …and any other Theme colour field
    [quotes]
    direct-bg = "#2b3340"         # behind direct quotes
    unattributed = "#a8a8a8"      # quotes nobody is credited with
    current-fg = "#101010"        # text of the current quote (its background is the speaker's colour)
    speakers = ["#ff8f70", …]     # one colour per speaker, reused past the end
    [variables]                   # any other Textual theme variable
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.theme import Theme

PALETTE_SIZE = 8
COLOUR_FIELDS = ("primary", "secondary", "warning", "error", "success", "accent",
                 "foreground", "background", "surface", "panel", "boost")
QUOTE_FIELDS = ("direct-bg", "unattributed", "current-fg")

# For Textual's own themes, which know nothing of quotes: readable on dark and light.
DEFAULT_VARIABLES = {
    "quote-direct-bg": "#3a3f4b",
    "quote-unattributed": "#9e9e9e",
    "quote-current-fg": "#111111",
    **{f"speaker-{i}": c for i, c in enumerate(
        ["#ff8f70", "#5fd7ff", "#d7af5f", "#af87ff", "#87d787", "#ff87af", "#5fafaf", "#d7d75f"])},
}


class ThemeFileError(Exception):
    """A theme file that can't be used; the message names the file and the problem."""


@dataclass(frozen=True)
class LoadedThemes:
    themes: list[Theme]
    problems: list[str]


def bundled_themes_dir() -> Path:
    """Inside the wheel the themes sit at reader/_data/themes; in a checkout, at themes/."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "_data" / "themes"
    return installed if installed.is_dir() else package.parent / "themes"


def parse_theme(path: Path) -> Theme:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise ThemeFileError(f"theme {path}: cannot read ({e})") from None
    except tomllib.TOMLDecodeError as e:
        raise ThemeFileError(f"theme {path}: not valid TOML ({e})") from None

    def colour(key: str, value) -> str:
        if not isinstance(value, str):
            raise ThemeFileError(f"theme {path}: {key} must be a colour string")
        try:
            Color.parse(value)
        except ColorParseError:
            raise ThemeFileError(f"theme {path}: {key} = {value!r} is not a colour") from None
        return value

    name = data.get("name", path.stem)
    if not isinstance(name, str) or not name.strip():
        raise ThemeFileError(f"theme {path}: name must be a non-empty string")
    if "primary" not in data:
        raise ThemeFileError(f"theme {path}: primary colour missing")
    fields = {k: colour(k, data[k]) for k in COLOUR_FIELDS if k in data}
    variables: dict[str, str] = {}
    quotes = data.get("quotes", {})
    if not isinstance(quotes, dict):
        raise ThemeFileError(f"theme {path}: [quotes] must be a table")
    for key in QUOTE_FIELDS:
        if key in quotes:
            variables[f"quote-{key}"] = colour(f"quotes.{key}", quotes[key])
    speakers = quotes.get("speakers", [])
    if not isinstance(speakers, list):
        raise ThemeFileError(f"theme {path}: quotes.speakers must be a list of colours")
    if speakers:
        for i in range(PALETTE_SIZE):
            variables[f"speaker-{i}"] = colour(f"quotes.speakers[{i % len(speakers)}]", speakers[i % len(speakers)])
    extra = data.get("variables", {})
    if not isinstance(extra, dict) or not all(isinstance(v, str) for v in extra.values()):
        raise ThemeFileError(f"theme {path}: [variables] must map names to strings")
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise ThemeFileError(f"theme {path}: dark must be true or false")
    return Theme(name=name.strip(), dark=dark, variables={**extra, **variables}, **fields)


def load_themes(*folders: Path) -> LoadedThemes:
    """Every *.toml theme in the folders, in order; later files replace earlier names."""
    themes: dict[str, Theme] = {}
    problems: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                theme = parse_theme(path)
            except ThemeFileError as e:
                problems.append(str(e))
                continue
            themes[theme.name] = theme
    return LoadedThemes(list(themes.values()), problems)
