"""The wheel carries every package, the themes, the samples and the app's stylesheet."""
from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_package_under_reader_is_listed_for_the_wheel():
    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "reader").rglob("__init__.py")
    }
    assert on_disk <= listed, f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}"
    assert config["package-dir"]["reader._data.themes"] == "themes"
    assert config["package-dir"]["reader._data.sample_articles"] == "sample_articles"


def test_bundled_themes_parse():
    from reader.ui.themes import bundled_themes_dir, load_themes

    loaded = load_themes(bundled_themes_dir())
    assert loaded.problems == []
    assert {t.name for t in loaded.themes} >= {"reader-dark", "reader-light", "reader-high-contrast"}
