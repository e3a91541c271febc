"""Store benchmark: import rate (loading + quote extraction + writing), list and search
times, and database size per article, on N generated articles with quotes.

    .venv/bin/python bench/bench_store.py            # 2,000 articles
    .venv/bin/python bench/bench_store.py --n 100000

Goals: import >= 2000 articles/s; `reader list --limit 50` and `reader search` < 100 ms
beyond start-up. The library and articles go to a temporary folder, removed afterwards
unless --keep is given."""
from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reader import quotes as engine
from reader.sources import load
from reader.store import Library

NAMES = [f"{first} {last}" for first in ("Jane", "John", "Amna", "Keir", "Rosa", "Tomas", "Mei", "Olu")
         for last in ("Roe", "Doe", "Abdullah", "Ferris", "Lindqvist", "Okafor", "Tanaka", "Moreau")]
WORDS = (
    "council bridge ferry budget harbour school hospital rail tram election minister mayor strike "
    "housing rent water energy tariff river flood storm museum library market port airport tunnel "
    "inquiry report vote plan delay cost contract union workers nurses teachers drivers police court"
).split()
VERBS = ("said", "told reporters", "added", "warned", "insisted")


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def article_text(i: int, rng: random.Random) -> str:
    """A headline, then paragraphs of prose with three plainly attributed quotes."""
    lines = [f"{sentence(rng, 6)[:-1]} ({i})"]
    for _ in range(3):
        lines.append(" ".join(sentence(rng, rng.randint(8, 16)) for _ in range(3)))
        quote = sentence(rng, rng.randint(6, 12))[:-1]
        lines.append(f'"{quote}," {rng.choice(NAMES)} {rng.choice(VERBS)}.')
    return "\n".join(lines) + "\n"


def generate(folder: Path, n: int, seed: int = 1) -> list[Path]:
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        sub = folder / f"{i // 1000:04}"
        if i % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"{i:07}.txt"
        path.write_text(article_text(i, rng), encoding="utf-8")
        paths.append(path)
    return paths


def timed(func, repeat: int = 5) -> float:
    """Median seconds of `repeat` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cli_seconds(data_dir: Path, *args: str, repeat: int = 5) -> float:
    env = {**os.environ, "READER_DATA_DIR": str(data_dir)}
    command = [sys.executable, "-m", "reader", *args]
    return timed(lambda: subprocess.run(command, env=env, check=True, capture_output=True), repeat)


def component_rates(paths: list[Path], workdir: Path, sample: int = 5000) -> list[tuple[str, str]]:
    """Loading, the engine and the store's writes alone, each on the same `sample` files."""
    from reader.store.library import BATCH_SIZE, _Pending

    start = time.perf_counter()
    articles = [load(p) for p in paths[:sample]]
    load_rate = len(articles) / (time.perf_counter() - start)
    start = time.perf_counter()
    pending = [_Pending(a, str(p), engine.extract(a)) for a, p in zip(articles, paths)]
    engine_rate = len(articles) / (time.perf_counter() - start)
    with Library.open(workdir / "components.db") as lib:
        start = time.perf_counter()
        for i in range(0, len(pending), BATCH_SIZE):
            with lib._write():
                lib._write_batch(pending[i : i + BATCH_SIZE])
        write_rate = len(articles) / (time.perf_counter() - start)
    return [
        (f"load alone ({len(articles):,})", f"{load_rate:,.0f} articles/s"),
        (f"engine alone ({len(articles):,})", f"{engine_rate:,.0f} articles/s"),
        (f"store writes alone ({len(articles):,})", f"{write_rate:,.0f} articles/s"),
    ]


def run(n: int, workdir: Path) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = [("articles", f"{n:,}")]
    start = time.perf_counter()
    paths = generate(workdir / "articles", n)
    rows.append(("generate files", f"{time.perf_counter() - start:.1f} s"))
    rows += component_rates(paths, workdir)

    data = workdir / "data"
    db = data / "library.db"
    with Library.open(db) as lib:
        start = time.perf_counter()
        report = lib.import_paths([workdir / "articles"])
        seconds = time.perf_counter() - start
        assert report.added == n and not report.failed, report.failed[:3]
        rows.append(("import (load+extract+write)", f"{n / seconds:,.0f} articles/s ({seconds:.1f} s)"))
        start = time.perf_counter()
        again = lib.import_paths([workdir / "articles"])
        rows.append(("re-import, unchanged", f"{n / (time.perf_counter() - start):,.0f} articles/s"))
        assert again.unchanged == n

        rows.append(("API list_articles(limit=50)", f"{timed(lambda: lib.list_articles(limit=50)) * 1000:.1f} ms"))
        rows.append(("API list_articles('unread', 50)", f"{timed(lambda: lib.list_articles('unread', limit=50)) * 1000:.1f} ms"))
        rows.append(("API count()", f"{timed(lib.count) * 1000:.1f} ms"))
        for query, label in (("bridge", "common word"), ("bridge ferry", "two common words"),
                             ('"harbour strike"', "phrase"), (f"({n - 1})", "rare word")):
            rows.append((f"API search {label}", f"{timed(lambda: lib.search(query)) * 1000:.1f} ms"))
        rows.append(("API search --speaker", f"{timed(lambda: lib.search('bridge', speaker='Jane Roe')) * 1000:.1f} ms"))
        rows.append(("API speakers()", f"{timed(lib.speakers) * 1000:.1f} ms"))
        lib._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    size = db.stat().st_size
    rows.append(("database size", f"{size / 2**20:,.1f} MiB, {size / n / 1024:.2f} KiB/article"))
    text_bytes = sum(p.stat().st_size for p in paths[:1000]) / min(n, 1000)
    rows.append(("article text (average)", f"{text_bytes / 1024:.2f} KiB"))

    startup = cli_seconds(data, "list", "--help")
    rows.append(("CLI start-up (reader list --help)", f"{startup * 1000:.0f} ms"))
    for label, args in (("reader list --limit 50", ("list", "--limit", "50")),
                        ("reader search bridge", ("search", "bridge")),
                        ("reader search --speaker", ("search", "bridge", "--speaker", "Jane Roe"))):
        total = cli_seconds(data, *args)
        rows.append((f"CLI {label}", f"{total * 1000:.0f} ms ({(total - startup) * 1000:+.0f} ms beyond start-up)"))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="articles to generate (default 2000)")
    parser.add_argument("--keep", action="store_true", help="keep the generated files and library")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    try:
        rows = run(args.n, workdir)
    finally:
        if args.keep:
            print(f"kept {workdir}", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    width = max(len(k) for k, _ in rows)
    print(f"{'measure':<{width}}  result\n{'-' * width}  {'-' * 40}")
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
