"""SIGKILL at random moments during `reader import` and `reader mark`, many times over:
after every kill the library is sound, whatever was committed is still there and whole,
an import's batches land whole or not at all, and a mark lands on all its articles or
on none."""
from __future__ import annotations

import random
import signal
import time

from reader.store.library import BATCH_SIZE

from .library import check_library, write_articles

KILLS = 60
PER_IMPORT = 2 * BATCH_SIZE + 100  # three transactions: a kill can fall between them
PER_MARK = 200


def _run_and_kill(reader, args, delay: float) -> tuple[bool, int, str]:
    """Start `reader ARGS`, SIGKILL it after `delay` seconds unless it is done by then;
    returns (killed, exit status, stderr)."""
    proc = reader.popen(*args)
    time.sleep(delay)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    _, err = proc.communicate(timeout=60)
    return killed, proc.returncode, err.decode("utf-8", "replace")


def test_sigkill_during_import_and_mark_loses_nothing_committed(reader, db_path, tmp_path):
    rng = random.Random(1126)
    texts: dict[str, str] = {}
    verified: set[str] = set()

    # One import run to the end: the library exists, and we learn how long a run takes
    # here, so the kills can be spread over the whole of one (start-up, loading, writes).
    texts.update(write_articles(tmp_path / "f000", PER_IMPORT, "f000"))
    started = time.monotonic()
    reader("import", tmp_path / "f000")
    run_time = time.monotonic() - started
    before = check_library(db_path, texts, verified)
    assert len(before.ids()) == PER_IMPORT

    outcomes = {"finished": 0, "killed": 0, "killed mid-import": 0}
    for n in range(1, KILLS + 1):
        delay = rng.uniform(0.02, max(0.2, run_time * 1.1))
        if n % 2:
            folder = tmp_path / f"f{n:03}"
            files = write_articles(folder, PER_IMPORT, folder.name)
            texts.update(files)
            killed, status, err = _run_and_kill(reader, ("import", folder), delay)
        else:
            ids = rng.sample(sorted(before.ids()), min(PER_MARK, len(before.ids())))
            action = rng.choice(["read", "star"])
            killed, status, err = _run_and_kill(reader, ("mark", action, *ids), delay)
        outcomes["killed" if killed else "finished"] += 1
        assert "Traceback" not in err, err
        if not killed:
            assert status == 0, err

        after = check_library(db_path, texts, verified)
        # nothing committed is lost: articles, and every earlier read or star
        assert before.ids() <= after.ids()
        assert before.read() <= after.read() and before.starred() <= after.starred()
        if n % 2:
            order = sorted(files)
            landed = after.sources() & set(files)
            whole_batches = {min(k, len(order)) for k in range(0, len(order) + BATCH_SIZE, BATCH_SIZE)}
            assert len(landed) in whole_batches, f"{len(landed)} of {len(order)} articles: half a batch"
            assert landed == set(order[: len(landed)])  # batches go in the order of the files
            assert after.ids() - before.ids() == {after.id_of(s) for s in landed}
            if not killed:
                assert len(landed) == len(order)
            elif 0 < len(landed) < len(order):
                outcomes["killed mid-import"] += 1
        else:
            flag = after.read() if action == "read" else after.starred()
            done = set(ids) <= flag
            untouched = flag & set(ids) == (before.read() if action == "read" else before.starred()) & set(ids)
            assert done or untouched, "a mark landed on some of its articles only"
            if not killed:
                assert done
            assert after.ids() == before.ids()
        before = after

    print(f"\n{KILLS} runs (kill after 20 ms to {max(0.2, run_time * 1.1) * 1000:.0f} ms): {outcomes}")
    assert outcomes["killed"] > 0, "every run finished before its kill: the test killed nothing"

    # Run again to the end, each import finishes the articles its kill cut off.
    done = reader("import", *sorted(p for p in tmp_path.iterdir() if p.is_dir() and p.name.startswith("f")))
    assert "0 failed" in done.stdout
    final = check_library(db_path, texts, verified)
    assert final.sources() == set(texts)
    assert before.read() <= final.read() and before.starred() <= final.starred()
