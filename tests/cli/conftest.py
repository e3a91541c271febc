"""Run the real `reader` command in a subprocess, against the library in tmp_path
(READER_DATA_DIR comes from tests/conftest.py and is inherited)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


class Reader:
    """`reader ARGS…` as a user runs it: exit status, stdout and stderr as text."""

    def __call__(self, *args: str, check_ok: bool = True, timeout: float = 120) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [sys.executable, "-m", "reader", *map(str, args)],
            capture_output=True, text=True, env=dict(os.environ), timeout=timeout, stdin=subprocess.DEVNULL,
        )
        assert "Traceback" not in done.stderr, done.stderr
        if check_ok:
            assert done.returncode == 0, done.stderr
        return done

    def json(self, *args: str):
        return json.loads(self(*args, "--format", "json").stdout)

    def popen(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "reader", *map(str, args)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ), stdin=subprocess.DEVNULL,
        )


@pytest.fixture
def reader() -> Reader:
    return Reader()


@pytest.fixture
def db_path() -> Path:
    return Path(os.environ["READER_DATA_DIR"]) / "library.db"
