"""The engine's instruction count on unseen articles, under callgrind: the speed figure that
does not depend on how fast the machine happens to be.

    python bench/bench_instructions.py [--corpus ../shared/corpus/polnear/train]

The same pass as bench_engine.py's unseen-articles throughput: the engine reads the
odd-numbered half of the corpus twice, then the even-numbered half once; only that last
pass is counted (callgrind runs with instrumentation off; `callgrind_control -i on`
switches it on just before the pass and `-i off` just after it). Loading is not counted. Needs valgrind (Debian's
package of that name). The code is run once outside valgrind first, so that Python's
compiled files are fresh: a stale one puts compiling into the count. The count is
repeatable to within a few million instructions. Until the twenty-second session the count
ran on to the end of the process and took in the interpreter's shutdown (its last garbage
collections and teardown of the loaded corpus, about 46 M, none of it the engine's): those
counts read about 3% higher than the same code's count now.
"""
from __future__ import annotations

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")


def _pass(corpus: str, switch_on: bool) -> None:
    sys.path.insert(0, ROOT)
    from reader.quotes import extract
    from reader.sources import load

    paths = sorted(glob.glob(os.path.join(corpus, "text", "*.txt")) or glob.glob(os.path.join(corpus, "*.txt")))
    arts = [load(p) for p in paths]
    seen, unseen = arts[1::2], arts[0::2]
    for _ in range(2):
        for a in seen:
            extract(a)
    if switch_on:
        subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], stdout=subprocess.DEVNULL, check=False)
    for a in unseen:
        extract(a)
    if switch_on:
        # off again before the interpreter shuts down: its last collections and teardown
        # (about 46 M, of the corpus loaded above, not of the engine) are not the pass's
        subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], stdout=subprocess.DEVNULL, check=False)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "polnear", "train"))
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        _pass(a.corpus, switch_on=True)
        return 0
    if not os.path.isdir(a.corpus):
        print(f"no corpus at {a.corpus}", file=sys.stderr)
        return 2
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    _pass(a.corpus, switch_on=False)  # (compiles the engine's files afresh, outside valgrind)
    cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=/dev/null",
           sys.executable, os.path.abspath(__file__), "--child", "--corpus", a.corpus]
    out = subprocess.run(cmd, capture_output=True, text=True)
    m = re.search(r"Collected : (\d+)", out.stderr)
    if m is None:
        print("callgrind gave no count:\n" + out.stderr[-2000:], file=sys.stderr)
        return 2
    print(f"engine, unseen articles: {int(m.group(1)) / 1e6:,.0f} M instructions for the pass (callgrind)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
