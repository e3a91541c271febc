"""Where reader keeps things: overridable by env, and platformdirs only in one module."""
from __future__ import annotations

import re
from pathlib import Path

from reader import locations

PACKAGE = Path(locations.__file__).parent


def test_env_variables_redirect_every_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "k"))
    assert locations.db_path() == tmp_path / "d" / "library.db"
    assert locations.config_path() == tmp_path / "c" / "config.toml"
    assert locations.user_themes_dir() == tmp_path / "c" / "themes"
    assert locations.cache_dir() == tmp_path / "k"


def test_without_env_the_platform_dirs_are_used(monkeypatch):
    for name in ("READER_DATA_DIR", "READER_CONFIG_DIR", "READER_CACHE_DIR"):
        monkeypatch.delenv(name)
    assert locations.data_dir().name == "reader"
    assert locations.config_dir().name == "reader"
    assert locations.cache_dir().name == "reader"


def test_sample_articles_are_found():
    folder = locations.sample_articles_dir()
    assert folder is not None and any(folder.glob("*.txt"))


def test_only_locations_calls_platformdirs():
    users = [
        p.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.rglob("*.py")
        if re.search(r"^\s*(import|from)\s+platformdirs", p.read_text(encoding="utf-8"), re.M)
    ]
    assert users == ["locations.py"]
