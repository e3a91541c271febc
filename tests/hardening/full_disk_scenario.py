"""A library on a small real file system that fills up mid-import.

test_faults.py runs this inside a private mount namespace (`unshare`), after mounting a
small tmpfs at MOUNT; the tmpfs goes when the namespace does, so everything that needs
it happens here, and this prints what it saw as one JSON object for the test to judge.

    python full_disk_scenario.py MOUNT BASE_FOLDER BIG_FOLDER
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hardening.library import check_library  # noqa: E402

ROOM = 700_000  # bytes left free before the big import: room for a batch or two, not all


def main(mount: Path, base: Path, big: Path) -> dict:
    data = mount / "data"
    env = {**os.environ, "READER_DATA_DIR": str(data)}
    texts = {str(p.absolute()): p.read_text(encoding="utf-8") for folder in (base, big) for p in folder.glob("*.txt")}

    def reader(*args) -> dict:
        done = subprocess.run([sys.executable, "-m", "reader", *map(str, args)], env=env, capture_output=True,
                              text=True, timeout=600, stdin=subprocess.DEVNULL)
        return {"status": done.returncode, "stdout": done.stdout, "stderr": done.stderr}

    def library() -> dict:
        try:
            snap = check_library(data / "library.db", texts)
        except Exception as e:  # noqa: BLE001 - the test reports it
            return {"sound": False, "error": f"{type(e).__name__}: {e}"}
        return {"sound": True, "sources": sorted(snap.sources()), "read": sorted(snap.read()), "starred": sorted(snap.starred())}

    seen: dict = {"base": reader("import", base)}
    ids = sorted(r["id"] for r in json.loads(reader("list", "--format", "json")["stdout"]))
    seen["star"] = reader("mark", "star", *ids[:5])
    seen["before"] = library()

    filler = mount / "filler"
    stat = os.statvfs(mount)
    with open(filler, "wb") as fh:
        fh.write(b"\0" * max(0, stat.f_bavail * stat.f_frsize - ROOM))
    seen["big"] = reader("import", big)
    seen["full"] = library()
    seen["mark on a full disk"] = reader("mark", "read", *ids[:5])
    seen["list on a full disk"] = reader("list", "--format", "json")
    seen["after mark"] = library()

    filler.unlink()
    seen["big again"] = reader("import", big)
    seen["final"] = library()
    return seen


if __name__ == "__main__":
    print(json.dumps(main(*map(Path, sys.argv[1:4]))))
