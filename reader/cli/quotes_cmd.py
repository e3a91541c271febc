"""`reader quotes PATH...`: the engine from the command line, for people and scripts."""
from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path

from reader.quotes import extract
from reader.quotes.records import article_record
from reader.sources import LoadError, load, safe_display
from reader.store.files import folder_articles

FORMATS = ("text", "json", "jsonl", "csv", "markdown")


def register(sub) -> None:
    p = sub.add_parser("quotes", help="print the quotes and speakers of article files")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files, or folders of them (searched recursively)")
    p.add_argument("--format", choices=FORMATS, default="text")
    p.add_argument(
        "--typewriter", action="store_true",
        help="also read two apostrophes ('' … '') as a double quote mark, as old wire and corpus text uses them",
    )
    p.set_defaults(func=run)


def run(args) -> int:
    out = sys.stdout
    failed = False
    records = []
    for path in _expanded(args.paths):
        if path is None:
            failed = True
            continue
        try:
            article = load(path)
        except LoadError as e:
            print(f"reader: {e}", file=sys.stderr)
            failed = True
            continue
        rec = article_record(article, extract(article, typewriter=args.typewriter), path=path)
        if args.format == "jsonl":
            out.write(_json_line(rec) + "\n")
        else:
            records.append(rec)
    if args.format == "json":
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "csv":
        _write_csv(records, out)
    elif args.format == "markdown":
        for rec in records:
            out.write(render_markdown(rec))
    elif args.format == "text":
        out.write("\n".join(render_text(rec) for rec in records))
    out.flush()
    return 2 if failed else 0


def _expanded(paths: list[str]):
    """The paths as given, a folder's article files in its place (searched as `reader
    import` searches one, each named under the folder as given); None, after one line on
    stderr, for a folder that holds none."""
    for path in paths:
        if not os.path.isdir(path):
            yield path
            continue
        found = False
        for file in folder_articles(Path(path)):
            found = True
            yield str(file)
        if not found:
            print(f"reader: {safe_display(path)}: no article files in this folder", file=sys.stderr)
            yield None


def _json_line(rec: dict) -> str:
    """One JSON object on one line, even for readers that split on U+2028/U+2029/NEL."""
    line = json.dumps(rec, ensure_ascii=False)
    return line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")


def _grouped(rec: dict):
    """(speaker name or None, anonymous, [quotes]) in sidebar order, unattributed last."""
    groups = [(s["name"], s["anonymous"], [q for q in rec["quotes"] if q["speaker"] == s["name"]]) for s in rec["speakers"]]
    rest = [q for q in rec["quotes"] if q["speaker"] is None]
    if rest:
        groups.append((None, False, rest))
    return groups


def render_text(rec: dict) -> str:
    """The quotes grouped by speaker, for people (control characters made visible)."""
    return safe_display(_render_text(rec))


def _render_text(rec: dict) -> str:
    lines = [rec["title"] or rec["path"], f"  {rec['path']}: {_count(len(rec['quotes']), 'quote')}, {_count(len(rec['speakers']), 'speaker')}", ""]
    for name, anon, quotes in _grouped(rec):
        label = name if name else "Unattributed"
        if anon:
            label += " (anonymous)"
        lines.append(f"{label} — {len(quotes)}")
        for q in quotes:
            lines.append(f"  “{q['text']}”  [{q['kind']}]")
        lines.append("")
    return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def render_markdown(rec: dict) -> str:
    return safe_display(_render_markdown(rec))


def _render_markdown(rec: dict) -> str:
    parts = [f"# {rec['title'] or rec['path']}\n"]
    for name, anon, quotes in _grouped(rec):
        parts.append(f"\n## {name or 'Unattributed'}{' (anonymous)' if anon else ''}\n\n")
        for q in quotes:
            parts.append(f"> “{q['text']}”\n\n")
    return "".join(parts) + "\n"


def _write_csv(records: list[dict], out) -> None:
    w = csv.writer(out)
    w.writerow(["path", "title", "start", "end", "kind", "speaker", "mention", "cue", "text"])
    for rec in records:
        for q in rec["quotes"]:
            w.writerow([
                rec["path"], rec["title"], q["start"], q["end"], q["kind"], q["speaker"] or "",
                (q["mention"] or {}).get("text", ""), (q["cue"] or {}).get("text", ""), q["text"],
            ])
