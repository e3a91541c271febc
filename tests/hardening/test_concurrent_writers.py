"""Three headless writers and a reader on one library at once, for a bounded time:
two `reader import` loops over folders of their own and a `reader mark` loop, while
`reader list` and `reader search` run beside them. Every command succeeds, nobody sees
"database is locked", and at the end the library holds exactly what was written.

READER_STRESS_SECONDS sets how long the writers run (default 10; try 60)."""
from __future__ import annotations

import json
import os
import random
import threading
import time

from .library import check_library, write_articles

SECONDS = float(os.environ.get("READER_STRESS_SECONDS", "10"))
BASE = 300
PER_FOLDER = 60
PER_MARK = 25
TROUBLE = ("locked", "busy", "Traceback", "Error")


class Loop(threading.Thread):
    """Runs `step` until the deadline; keeps the first failure for the main thread."""

    def __init__(self, name, step, deadline):
        super().__init__(name=name, daemon=True)
        self.step, self.deadline, self.runs, self.failure = step, deadline, 0, None

    def run(self):
        try:
            while time.monotonic() < self.deadline:
                self.step(self.runs)
                self.runs += 1
        except BaseException as e:  # noqa: BLE001 - reported by the main thread
            self.failure = e


def test_three_writers_and_a_reader_at_once(reader, db_path, tmp_path):
    texts = write_articles(tmp_path / "base", BASE, "base")
    reader("import", tmp_path / "base")
    base_ids = sorted(r["id"] for r in json.loads(reader("list", "--format", "json").stdout))
    assert len(base_ids) == BASE

    def run_ok(*args):
        done = reader(*args, ok=False)
        assert done.returncode == 0, (args[:2], done.stderr)
        assert not any(word in done.stderr for word in TROUBLE), (args[:2], done.stderr)
        return done

    imported: dict[str, list[str]] = {"a": [], "b": []}
    lock = threading.Lock()

    def importer(name):
        def step(n):
            folder = tmp_path / name / f"{n:04}"
            files = write_articles(folder, PER_FOLDER, f"{name}{n}")
            with lock:
                texts.update(files)
            done = run_ok("import", folder)
            assert done.stdout.startswith(f"{PER_FOLDER} added, ")
            imported[name].append(str(folder))
            if n % 5 == 4:  # now and then the unchanged base again: it must not reset marks
                assert run_ok("import", tmp_path / "base").stdout.startswith(f"0 added, 0 updated, {BASE} unchanged")
        return step

    # The mark loop's own record of what each base article should end up as.
    expected = {i: {"read": False, "starred": False} for i in base_ids}
    rng = random.Random(7)

    def marker(n):
        ids = rng.sample(base_ids, PER_MARK)
        action = rng.choice(["read", "unread", "star", "unstar"])
        run_ok("mark", action, *ids)
        flag, value = {"read": ("read", True), "unread": ("read", False), "star": ("starred", True), "unstar": ("starred", False)}[action]
        for i in ids:
            expected[i][flag] = value

    seen = [BASE]

    def looker(n):
        rows = json.loads(run_ok("list", "--format", "json").stdout)
        assert len(rows) >= seen[-1], "the library shrank while being written to"
        assert len({r["id"] for r in rows}) == len(rows)
        seen.append(len(rows))
        run_ok("search", "agenda" if n % 2 else "Tuesday")
        run_ok("search", "item", "--speaker", "Jane Roe", "--limit", "5")

    deadline = time.monotonic() + SECONDS
    loops = [Loop("import a", importer("a"), deadline), Loop("import b", importer("b"), deadline),
             Loop("mark", marker, deadline), Loop("list and search", looker, deadline)]
    for loop in loops:
        loop.start()
    for loop in loops:
        loop.join(timeout=SECONDS + 120)
        assert not loop.is_alive(), f"{loop.name} hung"
        if loop.failure is not None:
            raise loop.failure
        assert loop.runs > 0, f"{loop.name} never ran"

    final = check_library(db_path, texts)
    written = BASE + PER_FOLDER * (len(imported["a"]) + len(imported["b"]))
    assert len(final.ids()) == written == len(texts)
    assert final.sources() == set(texts)
    for i, state in expected.items():  # no lost update: every article as the last mark left it
        assert (i in final.read(), i in final.starred()) == (state["read"], state["starred"]), i
    print(f"\n{SECONDS:.0f} s: " + ", ".join(f"{loop.name} {loop.runs}×" for loop in loops))
