"""Fixtures for the hardening tests: the real `reader` command in a subprocess, against
the library in tmp_path (READER_DATA_DIR comes from tests/conftest.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

READER = [sys.executable, "-m", "reader"]


def reader_env() -> dict[str, str]:
    """The environment every `reader` subprocess gets: the test's, with the data, config
    and cache folders the autouse fixture chose."""
    return dict(os.environ)


class Reader:
    """`reader ARGS…` as a user runs it; never a traceback, whatever the exit status."""

    def __call__(self, *args, ok: bool = True, timeout: float = 120, **popen) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [*READER, *map(str, args)], capture_output=True, text=True, env=reader_env(),
            timeout=timeout, stdin=subprocess.DEVNULL, **popen,
        )
        assert "Traceback" not in done.stderr, done.stderr
        if ok:
            assert done.returncode == 0, done.stderr
        return done

    def popen(self, *args, **popen) -> subprocess.Popen:
        return subprocess.Popen(
            [*READER, *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=reader_env(), stdin=subprocess.DEVNULL, **popen,
        )


@pytest.fixture
def reader() -> Reader:
    return Reader()


@pytest.fixture
def db_path() -> Path:
    return Path(os.environ["READER_DATA_DIR"]) / "library.db"
