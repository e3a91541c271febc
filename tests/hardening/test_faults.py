"""A disk that fills up and a data folder that can't be written: one clear line, exit
status 2, and a library that is still sound and whole, and works once the cause is gone.

A full disk is tried two ways. A real small file system (tmpfs) needs a private mount
namespace (`unshare --user --mount`): where the sandbox forbids that, the test is
skipped and says so. A file-size limit (RLIMIT_FSIZE), which makes writes fail the same
way part-way through, needs nothing special and always runs. The store's own tests
cover SQLITE_FULL in-process with PRAGMA max_page_count."""
from __future__ import annotations

import ctypes
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .library import check_library, write_articles

SCENARIO = Path(__file__).with_name("full_disk_scenario.py")
MOUNT = 'mount -t tmpfs -o size=16m tmpfs "$1" && shift && exec "$@"'
UNSHARE = ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", MOUNT, "sh"]


def one_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: "), stderr
    return lines[0]


# ---- a real small file system ---------------------------------------------------------


def _private_tmpfs_works(mount: Path) -> str | None:
    """None if a tmpfs can be mounted in a private namespace here, else why not."""
    if shutil.which("unshare") is None:
        return "no unshare command"
    try:
        done = subprocess.run([*UNSHARE, str(mount), "true"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as e:
        return str(e)
    return None if done.returncode == 0 else (done.stderr.strip() or f"exit status {done.returncode}")


def test_a_real_file_system_filling_up_mid_import(tmp_path):
    mount = tmp_path / "mnt"
    mount.mkdir()
    why_not = _private_tmpfs_works(mount)
    if why_not:
        pytest.skip(f"can't mount a small file system here without privileges: {why_not}")
    write_articles(tmp_path / "base", 20, "base")
    write_articles(tmp_path / "big", 1500, "big")
    done = subprocess.run([*UNSHARE, str(mount), sys.executable, str(SCENARIO), str(mount), str(tmp_path / "base"), str(tmp_path / "big")],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    base = {str(p.absolute()) for p in (tmp_path / "base").iterdir()}
    big = {str(p.absolute()) for p in (tmp_path / "big").iterdir()}

    assert seen["base"]["status"] == 0 and seen["star"]["status"] == 0
    before = seen["before"]
    assert before["sound"] and len(before["starred"]) == 5

    # the import that fills the disk: one line saying so, exit 2, what was there intact
    assert seen["big"]["status"] == 2
    line = one_line(seen["big"]["stderr"])
    assert "disk is full" in line
    full = seen["full"]
    assert full["sound"], full
    landed = set(full["sources"]) - base
    assert base <= set(full["sources"]) and landed < big
    assert full["starred"] == before["starred"]
    if landed:  # earlier batches were kept: the message must not say otherwise
        assert "nothing was changed" not in line, line

    # on the full disk: reading works, a mark either lands or fails cleanly
    assert seen["list on a full disk"]["status"] == 0
    assert len(json.loads(seen["list on a full disk"]["stdout"])) == len(full["sources"])
    mark = seen["mark on a full disk"]
    assert "Traceback" not in mark["stderr"]
    assert seen["after mark"]["sound"]
    if mark["status"] == 0:
        assert len(seen["after mark"]["read"]) == 5
    else:
        assert mark["status"] == 2 and "disk is full" in one_line(mark["stderr"])
        assert seen["after mark"]["read"] == []

    # space freed: the same import finishes the job
    assert seen["big again"]["status"] == 0, seen["big again"]["stderr"]
    final = seen["final"]
    assert final["sound"] and set(final["sources"]) == base | big
    assert final["starred"] == before["starred"]


def test_a_write_limit_reached_mid_import(reader, db_path, tmp_path):
    """Writes failing part-way (here a file-size limit): one line, exit 2, the library
    sound with whole batches only, and the same import completes once writes work."""
    texts = write_articles(tmp_path / "base", 20, "base")
    reader("import", tmp_path / "base")
    texts.update(write_articles(tmp_path / "big", 2000, "big"))
    limit = db_path.stat().st_size + 300_000

    def limited():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    failed = reader("import", tmp_path / "big", ok=False, preexec_fn=limited)
    assert failed.returncode == 2
    assert db_path.name in one_line(failed.stderr)
    snap = check_library(db_path, texts)
    assert 20 <= len(snap.ids()) < 2020
    assert (len(snap.ids()) - 20) % 250 == 0  # whole transactions only

    again = reader("import", tmp_path / "big")
    assert again.stdout.startswith(f"{2020 - len(snap.ids())} added")
    assert len(check_library(db_path, texts).ids()) == 2020


# ---- a data folder that can't be written ----------------------------------------------

_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _PR_CAPBSET_DROP = 1, 2, 24


def _without_root_override() -> None:
    """In the child, before exec: give up root's right to ignore file permissions, so a
    read-only folder is read-only to it too (chmod alone can't stop root)."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.fixture
def as_user(reader, tmp_path):
    """`reader` run as a user whom file permissions bind; skips where that can't be had."""
    probe = tmp_path / "probe"
    probe.mkdir()
    probe.chmod(0o555)
    try:
        done = subprocess.run([sys.executable, "-c", f"open({str(probe / 'x')!r}, 'w')"], capture_output=True,
                              preexec_fn=_without_root_override)
    except (OSError, subprocess.SubprocessError) as e:
        pytest.skip(f"can't run a process that file permissions bind: {e}")
    finally:
        probe.chmod(0o755)
    if done.returncode == 0:
        pytest.skip("file permissions don't bind processes here")
    return lambda *args: reader(*args, ok=False, preexec_fn=_without_root_override)


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def library_with_a_star(reader, db_path, tmp_path):
    texts = write_articles(tmp_path / "news", 10, "news")
    reader("import", tmp_path / "news")
    ids = sorted(r["id"] for r in json.loads(reader("list", "--format", "json").stdout))
    reader("mark", "star", ids[0])
    return texts, ids


COMMANDS = [("list",), ("search", "agenda"), ("mark", "read", "{id}"), ("import", "{news}"), ("export",)]


@pytest.mark.parametrize("what", ["folder", "file", "folder and file"])
def test_a_read_only_library_is_one_line_exit_2_untouched_and_fine_once_writable(
    what, as_user, reader, db_path, tmp_path, library_with_a_star
):
    texts, ids = library_with_a_star
    folder = db_path.parent
    before = _digest(folder)
    if "file" in what:
        db_path.chmod(0o444)
    if "folder" in what:
        folder.chmod(0o555)
    try:
        for command in COMMANDS:
            args = [a.format(id=ids[1], news=tmp_path / "news") for a in command]
            done = as_user(*args)
            assert done.returncode == 2, (command, done.stdout, done.stderr)
            line = one_line(done.stderr)
            assert str(db_path) in line and ("read-only" in line or "writable" in line), line
        assert _digest(folder) == before, "a refused command changed the library's folder"
    finally:
        folder.chmod(0o755)
        db_path.chmod(0o644)

    # the user fixed the permissions, as the message asked: everything works again
    done = as_user("mark", "read", ids[1])
    assert done.returncode == 0, done.stderr
    snap = check_library(db_path, texts)
    assert snap.starred() == {ids[0]} and snap.read() == {ids[1]}


def test_a_read_only_data_folder_without_a_library(as_user, db_path, tmp_path):
    write_articles(tmp_path / "news", 3, "news")
    folder = db_path.parent
    folder.mkdir(parents=True)
    folder.chmod(0o555)
    try:
        done = as_user("import", tmp_path / "news")
        assert done.returncode == 2
        assert str(folder) in one_line(done.stderr)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_data_folder_that_cannot_be_made(as_user, tmp_path, monkeypatch):
    parent = tmp_path / "locked"
    parent.mkdir()
    parent.chmod(0o555)
    monkeypatch.setenv("READER_DATA_DIR", str(parent / "data"))
    try:
        done = as_user("list")
        assert done.returncode == 2
        assert "cannot create the library folder" in one_line(done.stderr)
    finally:
        parent.chmod(0o755)


def test_a_read_only_file_left_beside_the_library_is_named(as_user, reader, db_path, library_with_a_star):
    """A read-only -shm (left by an older reader, or copied in) keeps SQLite from writing
    even when library.db itself is writable: the message names the file in the way."""
    shm = db_path.with_name(db_path.name + "-shm")
    shm.write_bytes(b"")
    shm.chmod(0o444)
    done = as_user("list")
    assert done.returncode == 2
    assert one_line(done.stderr).startswith(f"reader: {shm}: the library is read-only")
    shm.chmod(0o644)
    assert as_user("list").returncode == 0
