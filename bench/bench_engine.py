"""Engine speed and scaling, in-process.

    python bench/bench_engine.py [--corpus ../shared/corpus/polnear/train] [--sizes 1,2,5,10]

1. Throughput: loads every article of the corpus once (not timed), then times
   `extract` over all of them, best of 3: articles/s and MB/s on one core.
2. Linear time: hostile text of random quote marks, apostrophes and words at
   growing sizes (MB); prints seconds and seconds per MB, which stay flat when time is
   linear in the input.
3. Memory: `reader quotes --format jsonl` over every corpus file in one process; prints
   its peak resident memory.
"""
from __future__ import annotations

import argparse
import glob
import os
import random
import resource
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from reader.quotes import extract, extract_text  # noqa: E402
from reader.sources import load  # noqa: E402

MARKS = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e"]
WORDS = ["said", "the", "minister", "Smith", "she", "told", "reporters", "don't", "MPs'", "rock 'n' roll",
         "according", "to", "a", "source", "added:", "—", "Jones,", "we", "will"]


def hostile(n_chars: int, seed: int = 1) -> str:
    rnd = random.Random(seed)
    parts, size = [], 0
    while size < n_chars:
        r = rnd.random()
        if r < 0.25:
            w = rnd.choice(MARKS)
        elif r < 0.3:
            w = "\n"
        else:
            w = rnd.choice(WORDS)
        parts.append(w)
        size += len(w) + 1
    return " ".join(parts)


def measure_throughput(corpus: str) -> dict:
    """Every corpus article through extract, best of 3 (loading is not timed)."""
    paths = sorted(glob.glob(os.path.join(corpus, "text", "*.txt")) or glob.glob(os.path.join(corpus, "*.txt")))
    arts = [load(p) for p in paths]
    mb = sum(len(a.text.encode("utf-8")) for a in arts) / 1e6
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for a in arts:
            extract(a)
        best = min(best, time.perf_counter() - t0)
    return {"articles": len(arts), "mb": mb, "seconds": best}


def throughput(corpus: str) -> None:
    r = measure_throughput(corpus)
    n, mb, secs = r["articles"], r["mb"], r["seconds"]
    print(f"engine: {n} articles, {mb:.1f} MB: {n / secs:,.0f} articles/s, {mb / secs:.2f} MB/s (best of 3, one core)")


def scaling(sizes_mb: list[float]) -> None:
    print("hostile input (random marks, apostrophes, words):")
    print(f"{'MB':>6} {'seconds':>9} {'s/MB':>7}")
    for mb in sizes_mb:
        text = hostile(int(mb * 1_000_000))
        t0 = time.perf_counter()
        extract_text(text)
        dt = time.perf_counter() - t0
        print(f"{mb:>6.1f} {dt:>9.2f} {dt / mb:>7.2f}")


def memory(corpus: str) -> None:
    paths = sorted(glob.glob(os.path.join(corpus, "text", "*.txt")) or glob.glob(os.path.join(corpus, "*.txt")))
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, "-m", "reader", "quotes", "--format", "jsonl", *paths],
                   stdout=subprocess.DEVNULL, check=False)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"reader quotes over {len(paths)} files: peak memory {max(peak, before) / 1024:.1f} MB")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "polnear", "train"))
    ap.add_argument("--sizes", default="1,2,5,10", help="hostile input sizes in MB")
    a = ap.parse_args()
    if os.path.isdir(a.corpus):
        throughput(a.corpus)
        memory(a.corpus)
    else:
        print(f"no corpus at {a.corpus}; skipping throughput")
    scaling([float(x) for x in a.sizes.split(",") if x])
