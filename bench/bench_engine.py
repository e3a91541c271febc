"""Engine speed and scaling, in-process.

    python bench/bench_engine.py [--corpus ../shared/corpus/polnear/train] [--sizes 1,2,5,10]

1. Throughput, two ways (loading is not timed; one core):
   - unseen articles: in a fresh process, the engine first reads the odd-numbered half
     of the corpus twice, then one pass over the even-numbered half, which it has not
     seen, is timed; best of 3 processes. This is the figure for new articles: the
     engine keeps bounded caches of the words and names it has met (word forms, name
     runs, mentions), which common words fill soon, while a new article's names miss.
   - the same articles again: `extract` over every article, best of 3 passes in one
     process, when those caches hold every word of the corpus. It flatters the engine
     (about a fifth faster than unseen articles) and is kept for comparison with
     earlier figures.
2. Linear time: hostile text of random quote marks, apostrophes and words at
   growing sizes (MB), then text of many short lines that rules about a story's first
   lines look at (capitals labels, headline credits); prints seconds and seconds per MB,
   which stay flat when time is linear in the input.
3. Memory: `reader quotes --format jsonl` over every corpus file in one process; prints
   its peak resident memory.
4. The machine: a fixed pure-Python workload of the engine's kind (splitting text, dict
   look-ups, lower-casing, appends; none of the engine's code), best of 5. The development
   machine's speed drifts from one session to the next by up to two times; throughput
   figures from runs with different reference times are compared by scaling them with
   it (a machine that takes twice as long reads about half as many articles a second).
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
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


def hostile_lines(n_chars: int, seed: int = 1) -> str:
    """Many short paragraphs, each a line the engine looks at twice: a capitals label and a
    colon opening it (a dateline or a transcript's speaker), or a quote, a colon and a name
    ending it (a headline's credit), with names that never repeat. The rules for those ask
    where in the text the line stands, which must not cost a read of the text before it."""
    rnd = random.Random(seed)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    parts, size = [], 0
    while size < n_chars:
        a = "".join(rnd.choice(letters) for _ in range(6))
        b = "".join(rnd.choice(letters) for _ in range(7))
        line = f"{a} {b}: residents said the road was closed." if rnd.random() < 0.5 else f"'The road is shut': Minister {b.title()}"
        parts.append(line)
        size += len(line) + 1
    return "\n".join(parts)


def machine_reference(rounds: int = 5) -> float:
    """Seconds for the fixed workload of item 4 of the docstring, best of `rounds`."""
    words = (" ".join(WORDS) + " Keir Starmer's \"talks\", it.").split(" ") * 6000
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _ in range(6):
            forms: dict[str, str] = {}
            caps: list[bool] = []
            for w in words:
                low = forms.get(w)
                if low is None:
                    low = forms[w] = w.lower()
                if low.isalnum():
                    caps.append(w[0].isupper())
                elif w[-1:] in ",.":
                    caps.append(False)
        best = min(best, time.perf_counter() - t0)
    return best


def _paths(corpus: str) -> list[str]:
    return sorted(glob.glob(os.path.join(corpus, "text", "*.txt")) or glob.glob(os.path.join(corpus, "*.txt")))


def measure_throughput(corpus: str) -> dict:
    """Every corpus article through extract, best of 3 (loading is not timed)."""
    arts = [load(p) for p in _paths(corpus)]
    mb = sum(len(a.text.encode("utf-8")) for a in arts) / 1e6
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for a in arts:
            extract(a)
        best = min(best, time.perf_counter() - t0)
    return {"articles": len(arts), "mb": mb, "seconds": best}


def measure_unseen(corpus: str) -> dict:
    """One pass over articles the engine has not seen (the even-numbered half of the
    corpus), after two passes over the other half; run in a fresh process."""
    arts = [load(p) for p in _paths(corpus)]
    seen, unseen = arts[1::2], arts[0::2]
    for _ in range(2):
        for a in seen:
            extract(a)
    mb = sum(len(a.text.encode("utf-8")) for a in unseen) / 1e6
    t0 = time.perf_counter()
    for a in unseen:
        extract(a)
    seconds = time.perf_counter() - t0
    # the machine's speed at this moment (it drifts between runs): see item 4
    return {"articles": len(unseen), "mb": mb, "seconds": seconds, "reference": machine_reference(3)}


def throughput(corpus: str) -> None:
    runs = []
    for _ in range(3):  # each in a fresh process: no cache holds the unseen half's words yet
        out = subprocess.run([sys.executable, __file__, "--unseen-child", corpus], capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout))
    r = min(runs, key=lambda r: r["seconds"])
    n, mb, secs = r["articles"], r["mb"], r["seconds"]
    print(f"engine, unseen articles: {n} articles, {mb:.1f} MB: {n / secs:,.0f} articles/s, {mb / secs:.2f} MB/s"
          f" (best of 3 processes, one core; machine reference in that process {r['reference'] * 1000:.0f} ms)")
    r = measure_throughput(corpus)
    n, mb, secs = r["articles"], r["mb"], r["seconds"]
    print(f"engine, the same articles again: {n} articles, {mb:.1f} MB: {n / secs:,.0f} articles/s,"
          f" {mb / secs:.2f} MB/s (best of 3 passes, one core)")


def scaling(sizes_mb: list[float]) -> None:
    for title, make in (("random marks, apostrophes, words", hostile), ("short lines: capitals labels, headline credits", hostile_lines)):
        print(f"hostile input ({title}):")
        print(f"{'MB':>6} {'seconds':>9} {'s/MB':>7}")
        for mb in sizes_mb:
            text = make(int(mb * 1_000_000))
            t0 = time.perf_counter()
            extract_text(text)
            dt = time.perf_counter() - t0
            print(f"{mb:>6.1f} {dt:>9.2f} {dt / mb:>7.2f}")


def memory(corpus: str) -> None:
    paths = _paths(corpus)
    # its own peak, from wait4 (RUSAGE_CHILDREN would give the largest of every child so
    # far, the unseen-articles processes included)
    proc = subprocess.Popen([sys.executable, "-m", "reader", "quotes", "--format", "jsonl", *paths],
                            stdout=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    print(f"reader quotes over {len(paths)} files: peak memory {usage.ru_maxrss / 1024:.1f} MB")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "polnear", "train"))
    ap.add_argument("--sizes", default="1,2,5,10", help="hostile input sizes in MB")
    ap.add_argument("--unseen-child", metavar="CORPUS", help=argparse.SUPPRESS)  # one unseen-articles run
    a = ap.parse_args()
    if a.unseen_child:
        print(json.dumps(measure_unseen(a.unseen_child)))
        sys.exit(0)
    if os.path.isdir(a.corpus):
        # (memory first: a child's peak as wait4 gives it counts the pages it shared with
        # this process when forked, which holds the whole corpus once throughput has run)
        memory(a.corpus)
        throughput(a.corpus)
    else:
        print(f"no corpus at {a.corpus}; skipping throughput")
    scaling([float(x) for x in a.sizes.split(",") if x])
    print(f"machine reference: {machine_reference() * 1000:.0f} ms (a fixed pure-Python workload, best of 5;"
          " throughput scales inversely with it)")
