"""Every benchmark in one table: engine speed, hostile-input scaling, the library
commands at 10,000 articles, the app's first paint, and peak memory of each.

    .venv/bin/python bench/run_all.py                 # default sizes, a few minutes
    .venv/bin/python bench/run_all.py --full          # adds a 100,000-article library
    .venv/bin/python bench/run_all.py --sizes 1,2 --articles 2000 --no-app

Each measurement runs in a process of its own, so start-up counts where a user would
pay it and peak memory (max RSS, from wait4) belongs to that measurement alone. The
work itself comes from the other benchmarks: bench_engine's corpus loop and hostile
text, bench_store's generated articles (run through the real `reader` commands), and
bench_app as it stands. Generated files go to a temporary folder, removed afterwards."""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
DEFAULT_CORPUS = BENCH.parent.parent / "shared" / "corpus" / "polnear" / "train"
READER = [sys.executable, "-m", "reader"]


# ---- measurements, each run as `run_all.py --child KIND ARG` ---------------------------


def child_engine(corpus: str) -> dict:
    """bench_engine's throughput: first on unseen articles (this process is fresh), then
    every corpus article again, best of 3."""
    sys.path.insert(0, str(BENCH))
    from bench_engine import measure_throughput, measure_unseen

    return {"unseen": measure_unseen(corpus), "again": measure_throughput(corpus)}


def child_hostile(mb: str) -> dict:
    """bench_engine's hostile text (random marks, apostrophes, words) of `mb` MB."""
    sys.path.insert(0, str(BENCH))
    from bench_engine import hostile
    from reader.quotes import extract_text

    text = hostile(int(float(mb) * 1_000_000))
    start = time.perf_counter()
    extract_text(text)
    return {"seconds": time.perf_counter() - start}


def child_generate(spec: str) -> dict:
    """bench_store's generated articles: `N:FOLDER`."""
    sys.path.insert(0, str(BENCH))
    from bench_store import generate

    n, folder = spec.split(":", 1)
    generate(Path(folder), int(n))
    return {}


CHILDREN = {"engine": child_engine, "hostile": child_hostile, "generate": child_generate}


# ---- running and measuring processes ---------------------------------------------------


def measured(command: list[str], env: dict | None = None) -> tuple[float, float, subprocess.CompletedProcess]:
    """(wall seconds, peak RSS in MB, result) of one process, its RSS from wait4 alone."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    err: list[str] = []
    drain = threading.Thread(target=lambda: err.append(proc.stderr.read()))  # so neither pipe fills up
    drain.start()
    out = proc.stdout.read()
    drain.join()
    err = err[0]
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stdout.close()
    proc.stderr.close()
    return seconds, usage.ru_maxrss / 1024, subprocess.CompletedProcess(command, proc.returncode, out, err)


def child(kind: str, arg: str) -> tuple[dict, float]:
    _, rss, done = measured([sys.executable, __file__, "--child", kind, arg])
    if done.returncode != 0:
        raise RuntimeError(f"{kind} {arg}: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}")
    return json.loads(done.stdout.strip().splitlines()[-1]), rss


def reader_runs(env: dict, *args: str, repeat: int = 3) -> tuple[float, float]:
    """Median seconds and peak RSS (MB) of `reader ARGS`, run `repeat` times."""
    times, peak = [], 0.0
    for _ in range(repeat):
        seconds, rss, done = measured([*READER, *args], env)
        if done.returncode != 0:
            raise RuntimeError(f"reader {' '.join(args)}: {done.stderr.strip()}")
        times.append(seconds)
        peak = max(peak, rss)
    return statistics.median(times), peak


# ---- the table -------------------------------------------------------------------------


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str]] = []

    def add(self, measure: str, size: str, result: str, rss: float | None = None) -> None:
        self.rows.append((measure, size, result, "" if rss is None else f"{rss:.0f} MB"))
        print(f"  … {measure} {size}: {result}", file=sys.stderr, flush=True)

    def render(self) -> str:
        head = ("measure", "size", "result", "peak RSS")
        widths = [max(len(r[i]) for r in (head, *self.rows)) for i in range(4)]
        line = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip()
        return "\n".join([line(head), line(tuple("-" * w for w in widths)), *map(line, self.rows)])


def engine_rows(table: Table, corpus: Path, sizes: list[float]) -> None:
    if corpus.is_dir():
        both, rss = child("engine", str(corpus))
        for label, r in (("engine, unseen articles (one core, one pass)", both["unseen"]),
                         ("engine, the same articles again (one core, best of 3)", both["again"])):
            table.add(label, f"{r['articles']:,} articles, {r['mb']:.1f} MB",
                      f"{r['articles'] / r['seconds']:,.0f} articles/s, {r['mb'] / r['seconds']:.2f} MB/s", rss)
    else:
        table.add("engine throughput", "-", f"skipped: no corpus at {corpus}")
    slopes = []
    for mb in sizes:
        r, rss = child("hostile", str(mb))
        slopes.append(r["seconds"] / mb)
        table.add("hostile input, extract", f"{mb:g} MB", f"{r['seconds']:.2f} s ({r['seconds'] / mb:.2f} s/MB)", rss)
    if len(sizes) > 1:
        fit = _slope(sizes, [s * mb for s, mb in zip(slopes, sizes)])
        table.add("hostile input, slope of a line fit", f"{min(sizes):g}-{max(sizes):g} MB", f"{fit:.2f} s/MB")


def _slope(xs: list[float], ys: list[float]) -> float:
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def library_rows(table: Table, n: int, workdir: Path) -> None:
    folder, data = workdir / f"articles-{n}", workdir / f"data-{n}"
    env = {**os.environ, "READER_DATA_DIR": str(data), "READER_CONFIG_DIR": str(workdir / "config"),
           "READER_CACHE_DIR": str(workdir / "cache")}
    child("generate", f"{n}:{folder}")
    size = f"{n:,} articles"
    seconds, rss, done = measured([*READER, "import", str(folder)], env)
    if done.returncode != 0:
        raise RuntimeError(f"reader import: {done.stderr.strip()}")
    table.add("reader import (load+extract+write)", size, f"{seconds:.1f} s, {n / seconds:,.0f} articles/s", rss)
    startup, rss = reader_runs(env, "list", "--help")
    table.add("reader start-up (list --help)", "-", f"{startup * 1000:.0f} ms", rss)
    for label, args in (("reader list --limit 50", ("list", "--limit", "50")),
                        ("reader list (every row)", ("list",)),
                        ("reader search bridge", ("search", "bridge")),
                        ("reader search --speaker", ("search", "bridge", "--speaker", "Jane Roe"))):
        seconds, rss = reader_runs(env, *args)
        table.add(label, size, f"{seconds * 1000:.0f} ms ({(seconds - startup) * 1000:+.0f} ms beyond start-up)", rss)
    db = data / "library.db"
    table.add("library file", size, f"{db.stat().st_size / 2**20:,.1f} MiB")
    shutil.rmtree(folder, ignore_errors=True)


def app_rows(table: Table, articles: int, runs: int, workdir: Path) -> None:
    command = [sys.executable, str(BENCH / "bench_app.py"), "--articles", str(articles), "--runs", str(runs),
               "--keep", str(workdir / "app")]
    env = {**os.environ, "TEXTUAL_ANIMATIONS": "none"}
    seconds, rss, done = measured(command, env)
    found = {}
    for line in done.stdout.splitlines():
        m = re.match(r"(.+?)\s{2,}(\S+ \S+)", line)
        if m:
            found[m.group(1).strip()] = m.group(2)
    hello = next((v for k, v in found.items() if "hello-world" in k), None)
    reader = next(((k, v) for k, v in found.items() if k.startswith("first paint, reader")), None)
    memory = next((v for k, v in found.items() if k.startswith("peak memory")), None)
    if done.returncode != 0 or not (hello and reader):
        why = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
        table.add("app first paint", "-", f"skipped: bench_app did not run here ({why[:100]})")
        return
    table.add("app first paint, Textual hello-world", "-", f"{hello} (median of {runs})")
    table.add(f"app {reader[0].removeprefix('first paint, ')}", f"{articles:,} articles", f"{reader[1]} (median of {runs})",
              float(memory.split()[0]) if memory else None)


def machine() -> str:
    mem = ""
    try:
        kb = int(next(line for line in open("/proc/meminfo") if line.startswith("MemTotal")).split()[1])
        mem = f", {kb / 2**20:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    sys.path.insert(0, str(BENCH))
    from bench_engine import machine_reference

    return (f"machine: {os.cpu_count()} cores{mem}, Python {platform.python_version()}, {platform.platform()},"
            f" reference workload {machine_reference() * 1000:.0f} ms (bench_engine.py: the figures scale inversely with it)\n"
            f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="articles for engine throughput")
    parser.add_argument("--sizes", default="1,2,5,10", help="hostile input sizes in MB (default 1,2,5,10)")
    parser.add_argument("--articles", default="10000", help="library sizes, comma-separated (default 10000)")
    parser.add_argument("--full", action="store_true", help="add a 100,000-article library")
    parser.add_argument("--no-app", action="store_true", help="skip the app's first paint")
    parser.add_argument("--app-articles", type=int, default=10_000)
    parser.add_argument("--app-runs", type=int, default=3)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child[0]](args.child[1])))
        return 0

    sizes = [float(x) for x in args.sizes.split(",") if x]
    libraries = [int(x) for x in args.articles.split(",") if x] + ([100_000] if args.full else [])
    workdir = Path(tempfile.mkdtemp(prefix="reader-bench-all-"))
    table = Table()
    started = time.perf_counter()
    try:
        engine_rows(table, args.corpus, sizes)
        for n in libraries:
            library_rows(table, n, workdir)
        if args.no_app:
            table.add("app first paint", "-", "skipped (--no-app)")
        else:
            app_rows(table, args.app_articles, args.app_runs, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(machine())
    print(f"took {time.perf_counter() - started:.0f} s\n")
    print(table.render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
