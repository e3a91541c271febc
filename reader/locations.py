"""Every path reader reads or writes, in one place: the only module that calls platformdirs.

Each directory can be redirected by an environment variable (READER_DATA_DIR,
READER_CONFIG_DIR, READER_CACHE_DIR); the CLI's --data-dir sets READER_DATA_DIR and the
test suite sets all three, so nothing here ever needs patching."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "reader"


def _from_env(variable: str) -> Path | None:
    value = os.environ.get(variable, "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Where the library lives."""
    return _from_env("READER_DATA_DIR") or platformdirs.user_data_path(APP_NAME)


def config_dir() -> Path:
    """Where config.toml and the user's themes live."""
    return _from_env("READER_CONFIG_DIR") or platformdirs.user_config_path(APP_NAME)


def cache_dir() -> Path:
    """Where anything that can be rebuilt at will lives."""
    return _from_env("READER_CACHE_DIR") or platformdirs.user_cache_path(APP_NAME)


def db_path() -> Path:
    return data_dir() / "library.db"


def config_path() -> Path:
    return config_dir() / "config.toml"


def user_themes_dir() -> Path:
    return config_dir() / "themes"


def sample_articles_dir() -> Path | None:
    """The bundled sample articles, or None when this install has none.

    An installed wheel carries them inside the package (reader/_data/sample_articles);
    a source checkout keeps them beside the package (sample_articles/)."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "_data" / "sample_articles", package.parent / "sample_articles"):
        if candidate.is_dir():
            return candidate
    return None
