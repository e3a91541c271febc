"""How the app feels with a big library: first paint against a Textual hello-world,
opening an article whose quotes are cached, jumping between quotes, and memory.

    .venv/bin/python bench/bench_app.py [--articles 10000] [--keep DIR] [--long-article] [--tmux]

--articles 100000 is the big-library case (not in the test suite: building it takes
minutes). --long-article also opens an article of 2,000 paragraphs and 1,500 quotes.
--tmux also times the first paint in a real terminal: `reader` itself (its console
script, so the command line's start-up counts) and a hello-world, each started in a
160x45 tmux pane, alternately, the paint seen by polling capture-pane for their text.

Each measurement runs in a fresh process so import time counts, as it does for a user.
Headless, "first paint" is the first frame the app hands its driver with the list's
rows in it (for the hello-world: its first frame). The library is built once in DIR
(kept with --keep) from generated articles.

Bytecode: the children run with PYTHONDONTWRITEBYTECODE (and PYTHONUNBUFFERED) unset and their own
PYTHONPYCACHEPREFIX in DIR, after one untimed warm-up run. An installed reader has its
bytecode compiled (pip does it on install), as Textual's is; a shell that sets
PYTHONDONTWRITEBYTECODE would have the reader's modules, and only those, compiled from
source on every start (about 30 ms), which no user waits for."""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZE = (160, 45)

NAMES = ["Maria Lopez", "Tom Baker", "Helen Park", "Ann Lee", "Sam Okafor", "Priya Shah", "Lena Novak"]
TOPICS = ["budget", "ferry", "bridge", "school", "clinic", "festival", "reservoir", "museum", "rail", "housing"]


def article_text(i: int, rng: random.Random) -> str:
    topic = rng.choice(TOPICS)
    lines = [f"Council {topic} decision {i} delayed again", f"A standfirst about the {topic} row, number {i}."]
    for p in range(12):
        name = rng.choice(NAMES)
        if p % 2:
            lines.append(f'"We will look at the {topic} figures again next week, and then decide," said {name}.')
        else:
            lines.append(f"The {topic} plan has been debated for months, with residents divided over its cost and timing.")
    return "\n".join(lines) + "\n"


def build_library(folder: Path, count: int) -> Path:
    from reader.store import Library

    db = folder / "data" / "library.db"
    if db.exists():
        return db
    src = folder / "articles"
    src.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    for i in range(count):
        (src / f"a{i:05}.txt").write_text(article_text(i, rng), encoding="utf-8")
    start = time.perf_counter()
    with Library.open(db) as lib:
        lib.import_paths([src])
        lib.import_samples_if_empty()  # marks samples as offered so the app doesn't add them
    print(f"built a library of {count} articles in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return db


# ---------------------------------------------------------------- child processes
async def paint(app) -> None:
    """Lay out and render the screen now, as the screen's 60 Hz update timer would.

    Pilot.pause() waits for every widget to go idle and sleeps in steps: it measures the
    test harness, not what a user waits for. This private call is the frame itself."""
    for _ in range(5):  # let the refresh requests the change queued reach the screen
        await asyncio.sleep(0)
    app.screen._on_timer_update()

def timed_display(app_class, painted: list[float], ready=lambda screen: True):
    """app_class, noting when it first hands a frame to its driver with `ready(screen)`.

    App._display is private, but it is where a frame leaves the app: call_after_refresh
    (used here before) waits until the screen is idle as well, so it counted the work
    queued behind the first frame, not the frame."""

    class Timed(app_class):
        def _display(self, screen, renderable) -> None:
            super()._display(screen, renderable)
            if not painted and ready(screen):
                painted.append(time.time())

    return Timed


HELLO = """from textual.app import App
from textual.widgets import Static


class Hello(App):
    def compose(self):
        yield Static("Hello, world")


if __name__ == "__main__":
    Hello().run()
"""


async def child_hello(t0: float) -> dict:
    from textual.app import App
    from textual.widgets import Static

    painted: list[float] = []

    class Hello(App):
        def compose(self):
            yield Static("Hello, world")

    app = timed_display(Hello, painted)()
    async with app.run_test(size=SIZE):
        while not painted:
            await asyncio.sleep(0.001)
    return {"first_paint": painted[0] - t0}


async def child_reader(t0: float) -> dict:
    from reader.ui.startup import pause_collector

    pause_collector()  # as `reader` does before it imports the UI (reader.cli._open_app)
    from reader.ui.app import ReaderApp
    from reader.ui.screens.main import MainScreen
    from reader.ui.widgets.article_list import ArticleList

    painted: list[float] = []
    listed = lambda screen: isinstance(screen, MainScreen) and screen.articles.count > 0
    app = timed_display(ReaderApp, painted, listed)()
    result: dict = {}
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(30_000):
            if painted:
                break
            await asyncio.sleep(0.001)
        result["first_paint"] = painted[0] - t0
        await app.workers.wait_for_complete()
        await pilot.pause()
        listing = app.screen.query_one(ArticleList)
        result["rows"] = listing.count

        screen = app.screen
        opens = []
        for row in [listing.row_at(i) for i in range(5, 15)]:
            start = time.perf_counter()
            screen.open_article(row.id)
            while screen.shown_id != row.id:  # set once the article's blocks are mounted
                await asyncio.sleep(0.0005)
            await paint(app)
            opens.append(time.perf_counter() - start)
            await pilot.pause()
        result["open_ms"] = sorted(opens)[len(opens) // 2] * 1000

        jumps, handler = [], []
        for _ in range(5):
            screen.set_quote(None, scroll=False)
            for _ in range(len(screen.extraction.quotes)):
                start = time.perf_counter()
                screen.action_next_quote()
                handler.append(time.perf_counter() - start)
                await paint(app)
                jumps.append(time.perf_counter() - start)
                await pilot.pause()
        result["jump_ms"] = sorted(jumps)[len(jumps) // 2] * 1000
        result["jump_handler_ms"] = sorted(handler)[len(handler) // 2] * 1000

        listing.focus()
        await pilot.pause()
        moves = []
        for _ in range(40):  # j in the list: key to painted
            start = time.perf_counter()
            screen.action_move_down()
            await paint(app)
            moves.append(time.perf_counter() - start)
        result["list_key_ms"] = sorted(moves)[len(moves) // 2] * 1000
        result["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


LONG_NAMES = ["Nell Harrow", "Owen Tully", "Ida Marsh", "Piet Vallon", "Rosa Quill"]


def long_article(paragraphs: int = 2000, quotes: int = 1500) -> str:
    """A fictional harbour inquiry: `quotes` paragraphs with a quote each, the rest narrative."""
    lines = ["The long inquiry into the Kelder harbour wall", "Five weeks of evidence, summed up."]
    quoted = 0
    for i in range(paragraphs):
        if quoted < quotes and i % 4 != 3:
            quoted += 1
            lines.append(f'"We will shore up section {i} of the wall before the spring tides," said {LONG_NAMES[i % 5]}.')
        else:
            lines.append(f"The inquiry heard evidence about section {i} of the harbour wall and the storm of last March.")
    return "\n".join(lines) + "\n"


async def child_long(t0: float) -> dict:
    """Open the long article (quotes cached), jump through its quotes, resize."""
    from reader.store import Library
    from reader.ui.app import ReaderApp

    path = Path(os.environ["READER_DATA_DIR"]).parent / "long-inquiry.txt"
    path.write_text(long_article(), encoding="utf-8")
    with Library.open() as lib:
        article_id = lib.import_paths([path]).ids[0]
        quotes = len(lib.extraction(article_id).quotes)
    app = ReaderApp()
    result: dict = {"quotes": quotes}
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        start = time.perf_counter()
        screen.open_article(article_id)
        while screen.shown_id != article_id:
            await asyncio.sleep(0.0005)
        await paint(app)
        result["open_ms"] = (time.perf_counter() - start) * 1000
        await pilot.pause()
        jumps = []
        for target in (0, 700, 1400):
            screen.set_quote(target, scroll=False)
            for _ in range(30):
                start = time.perf_counter()
                screen.action_next_quote()
                await paint(app)
                jumps.append(time.perf_counter() - start)
        result["jump_ms"] = sorted(jumps)[len(jumps) // 2] * 1000
        start = time.perf_counter()
        await pilot.resize_terminal(100, 30)
        await paint(app)
        result["resize_ms"] = (time.perf_counter() - start) * 1000
        result["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def child_env(data_dir: Path) -> dict[str, str]:
    env = {**os.environ, "READER_DATA_DIR": str(data_dir), "READER_CONFIG_DIR": str(data_dir / "config"),
           "TEXTUAL_ANIMATIONS": "none", "PYTHONPYCACHEPREFIX": str(data_dir.parent / "pycache")}
    for artefact in ("PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED"):  # this machine's shell, not a user's
        env.pop(artefact, None)
    return env


def run_child(kind: str, data_dir: Path) -> dict:
    env = child_env(data_dir)
    t0 = time.time()
    out = subprocess.run([sys.executable, __file__, "--child", kind, "--t0", repr(t0)], env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------------ tmux
class Tmux:
    """A private tmux server (its own socket) with one detached 160x45 session."""

    def __init__(self, env: dict[str, str]) -> None:
        self.base = ["tmux", "-L", f"reader-bench-{os.getpid()}", "-f", "/dev/null"]
        self.env = env
        self.run("new-session", "-d", "-s", "bench", "-x", str(SIZE[0]), "-y", str(SIZE[1]), "sleep 3600")
        self.run("set-option", "-g", "remain-on-exit", "on")

    def run(self, *args: str) -> str:
        # the server, started by the first call, hands this environment to its panes
        return subprocess.run([*self.base, *args], check=True, capture_output=True, text=True, env=self.env).stdout

    def new_pane(self) -> str:
        return self.run("new-window", "-d", "-P", "-F", "#{pane_id}", "-t", "bench", "sleep 3600").strip()

    def first_paint(self, pane: str, command: list[str], marker: str, timeout: float = 20.0) -> float:
        """Seconds from starting `command` in the pane to `marker` showing in it."""
        env_args = [a for k in ("READER_DATA_DIR", "READER_CONFIG_DIR", "PYTHONPYCACHEPREFIX", "PATH", "HOME")
                    if k in self.env for a in ("-e", f"{k}={self.env[k]}")]
        start = time.perf_counter()
        self.run("respawn-pane", "-k", *env_args, "-t", pane, " ".join(command))
        while time.perf_counter() - start < timeout:
            if marker in self.run("capture-pane", "-p", "-t", pane):
                painted = time.perf_counter() - start
                self.run("respawn-pane", "-k", "-t", pane, "sleep 3600")  # end the app
                return painted
            time.sleep(0.002)
        raise RuntimeError(f"{marker!r} never showed in the pane: {self.run('capture-pane', '-p', '-t', pane)}")

    def close(self) -> None:
        subprocess.run([*self.base, "kill-server"], capture_output=True)


def tmux_first_paints(folder: Path, data_dir: Path, runs: int) -> tuple[list[float], list[float]]:
    """(hello-world, reader) first paints in tmux, run alternately in two panes."""
    from reader.store import Library

    with Library.open(data_dir / "library.db") as lib:
        newest = lib.list_articles(limit=1)[0].title
    marker = " ".join(newest.split())[:20]
    hello = folder / "hello_world.py"
    hello.write_text(HELLO, encoding="utf-8")
    script = Path(sys.executable).with_name("reader")
    reader = [str(script)] if script.exists() else [sys.executable, "-m", "reader"]
    tmux = Tmux(child_env(data_dir))
    try:
        panes = tmux.new_pane(), tmux.new_pane()
        hellos, readers = [], []
        for i in range(runs + 1):  # the first round warms up the bytecode and the disk cache
            h = tmux.first_paint(panes[0], [sys.executable, str(hello)], "Hello, world")
            time.sleep(0.3)
            r = tmux.first_paint(panes[1], reader, marker)
            time.sleep(0.3)
            if i:
                hellos.append(h)
                readers.append(r)
        return hellos, readers
    finally:
        tmux.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--keep", metavar="DIR", help="build (or reuse) the library here")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--long-article", action="store_true", help="also time a 2,000-paragraph, 1,500-quote article")
    parser.add_argument("--tmux", action="store_true", help="also time the first paint of `reader` in a tmux pane")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--t0", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        func = {"hello": child_hello, "reader": child_reader, "long": child_long}[args.child]
        print(json.dumps(asyncio.run(func(args.t0))))
        return

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="reader-bench-"))
    build_library(folder, args.articles)
    data_dir = folder / "data"
    run_child("hello", data_dir), run_child("reader", data_dir)  # warm-up: bytecode, disk cache
    hello, readers = [], []
    for _ in range(args.runs):  # alternately, so that drift in the machine's load hits both
        hello.append(run_child("hello", data_dir)["first_paint"])
        readers.append(run_child("reader", data_dir))
    median = lambda xs: sorted(xs)[len(xs) // 2]
    paint = median([r["first_paint"] for r in readers])
    rows = [
        ("first paint, Textual hello-world (headless)", f"{median(hello) * 1000:.0f} ms", ""),
        (f"first paint, reader list ({readers[0]['rows']} rows, headless)", f"{paint * 1000:.0f} ms",
         f"ratio {paint / median(hello):.2f}, goal <= 1.3"),
        ("open an article (cached quotes)", f"{median([r['open_ms'] for r in readers]):.1f} ms", "< 50 ms"),
        ("quote jump, key to painted", f"{median([r['jump_ms'] for r in readers]):.1f} ms", "< 16 ms"),
        ("quote jump, handler only", f"{median([r['jump_handler_ms'] for r in readers]):.2f} ms", ""),
        ("j in the list, key to painted", f"{median([r['list_key_ms'] for r in readers]):.1f} ms", "< 16 ms"),
        ("peak memory (max RSS)", f"{median([r['max_rss_mb'] for r in readers]):.0f} MB", "< 120 MB"),
    ]
    if args.tmux and shutil.which("tmux"):
        th, tr = tmux_first_paints(folder, data_dir, args.runs)
        rows += [
            ("first paint in tmux, Textual hello-world", f"{median(th) * 1000:.0f} ms", ", ".join(f"{x * 1000:.0f}" for x in th)),
            ("first paint in tmux, `reader`", f"{median(tr) * 1000:.0f} ms",
             f"ratio {median(tr) / median(th):.2f}, goal <= 1.3; " + ", ".join(f"{x * 1000:.0f}" for x in tr)),
        ]
    if args.long_article:
        longs = [run_child("long", folder / "long") for _ in range(args.runs)]  # its own library
        q = longs[0]["quotes"]
        rows += [
            (f"long article (2,000 paragraphs, {q} quotes): open", f"{median([r['open_ms'] for r in longs]):.0f} ms", "< 200 ms"),
            ("long article: quote jump, key to painted", f"{median([r['jump_ms'] for r in longs]):.1f} ms", "< 16 ms"),
            ("long article: resize 160x45 -> 100x30", f"{median([r['resize_ms'] for r in longs]):.0f} ms", ""),
            ("long article: peak memory", f"{median([r['max_rss_mb'] for r in longs]):.0f} MB", ""),
        ]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'median':>10}  target")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:>10}  {target}")


if __name__ == "__main__":
    main()
