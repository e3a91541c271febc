"""The library from the command line: `reader import`, `list`, `search`, `speakers`,
`mark`, `export` and `reindex`. Headless and quick to start: nothing here imports Textual."""
from __future__ import annotations

import csv
import json
import sys
from dataclasses import asdict

from reader.cli import UserError
from reader.cli.terminal import ProgressBar, one_line, open_library
from reader.sources import safe_display
from reader.store import ImportReport, Library, StoreError
from reader.store.files import ARTICLE_SUFFIXES

ID_WIDTH = 10  # characters of an id shown in text output; any unique prefix is accepted back
LIST_FIELDS = ("id", "title", "source", "published", "added", "read", "starred", "progress", "quote_index", "quotes", "speakers")
EXPORT_FIELDS = ("speaker", "text", "kind", "title", "source", "published", "article_id", "quote_index")
MARKS = {"read": {"read": True}, "unread": {"read": False}, "star": {"starred": True}, "unstar": {"starred": False}}


def register(sub) -> None:
    p = sub.add_parser("import", help="add article files, folders and web pages to the library")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders searched recursively, or http(s) URLs of pages")
    p.set_defaults(func=run_import)

    p = sub.add_parser("list", help="list the library's articles, newest first")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--unread", dest="filter", action="store_const", const="unread", default="all")
    which.add_argument("--starred", dest="filter", action="store_const", const="starred")
    p.add_argument("--limit", type=_positive, metavar="N")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run_list)

    p = sub.add_parser("search", help="search articles and quotes")
    p.add_argument("query", metavar="QUERY", help='words (all must match), "a phrase", or a prefix*')
    p.add_argument("--speaker", metavar="NAME", help="only quotes by this speaker")
    p.add_argument("--limit", type=_positive, default=20, metavar="N")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run_search)

    p = sub.add_parser("speakers", help="everyone quoted in the library")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run_speakers)

    p = sub.add_parser("mark", help="mark articles read, unread, starred or unstarred")
    p.add_argument("action", choices=tuple(MARKS))
    p.add_argument("ids", nargs="+", metavar="ID", help="article ids, or any unique start of one")
    p.set_defaults(func=run_mark)

    p = sub.add_parser("export", help="export quotes with speaker, article, source and date")
    p.add_argument("--format", choices=("markdown", "json", "csv"), default="markdown")
    p.add_argument("--speaker", metavar="NAME", help="only quotes by this speaker")
    p.add_argument("--starred", action="store_true", help="only quotes from starred articles")
    p.set_defaults(func=run_export)

    p = sub.add_parser("reindex", help="re-extract quotes cached by an older quote engine")
    p.set_defaults(func=run_reindex)


def _positive(text: str) -> int:
    from argparse import ArgumentTypeError

    try:
        value = int(text)
    except ValueError:
        raise ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise ArgumentTypeError("must be 1 or more")
    return value


def _print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# ---- import ------------------------------------------------------------------------


def run_import(args) -> int:
    urls = [p for p in args.paths if _is_url(p)]
    paths = [p for p in args.paths if not _is_url(p)]
    bar = ProgressBar(sys.stderr, "importing") if sys.stderr.isatty() and paths else None
    with open_library() as lib:
        try:
            report = lib.import_paths(paths, progress=bar) if paths else ImportReport()
        finally:
            if bar is not None:
                bar.finish()
        for url in urls:
            _import_url(lib, url, report)
    for path, reason in report.failed:
        print(one_line(f"reader: {path}: {reason}"), file=sys.stderr)
    print(summary(report))
    if not report.ids and not report.failed:
        kinds = " ".join(sorted(ARTICLE_SUFFIXES))
        raise UserError(f"no article files ({kinds}) in {' '.join(args.paths)}")
    return 2 if report.failed else 0


def _is_url(arg: str) -> bool:
    return arg[:8].lower().startswith(("http://", "https://"))


def _import_url(lib: Library, url: str, report: ImportReport) -> None:
    """Fetch one web page, read its article and add it, keyed by the URL as given."""
    from reader.sources.web import FetchError, fetch_article

    try:
        article = fetch_article(url)
        article_id, outcome = lib.add_article(article, source=url)
    except FetchError as e:
        report.failed.append((url, str(e)))
        return
    except StoreError:
        raise
    except Exception as e:  # the engine failing on one page must not hide the rest
        report.failed.append((url, f"could not be read ({type(e).__name__}: {e})"))
        return
    report.count(outcome)
    report.ids.append(article_id)


def summary(report: ImportReport) -> str:
    return (
        f"{report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
        f"{len(report.failed)} failed"
    )


# ---- list --------------------------------------------------------------------------


def run_list(args) -> int:
    with open_library() as lib:
        if args.filter == "all":
            lib.import_samples_if_empty()
        rows = lib.list_articles(args.filter, limit=args.limit)
    if args.format == "json":
        _print_json([{name: getattr(row, name) for name in LIST_FIELDS} for row in rows])
        return 0
    for row in rows:
        print(list_line(row))
    return 0


def list_line(row) -> str:
    unread = " " if row.read else "•"
    star = "★" if row.starred else " "
    # the publication date, as the app's list shows it: an undated article shows none
    # (its import date is `added` in --format json, not a date of the news)
    date = (row.published or "")[:10]
    quotes = f"{row.quotes} quote" + ("" if row.quotes == 1 else "s")
    return f"{unread}{star} {row.id[:ID_WIDTH]}  {date:10}  {quotes:>10}  {one_line(row.title or row.source or '')}"


# ---- search and speakers -----------------------------------------------------------


def run_search(args) -> int:
    with open_library() as lib:
        hits = lib.search(args.query, speaker=args.speaker, limit=args.limit)
    if args.format == "json":
        _print_json([asdict(hit) for hit in hits])
        return 0
    if not hits:
        print("no matches", file=sys.stderr)
    for hit in hits:
        print(f"{hit.article_id[:ID_WIDTH]}  {one_line(hit.title)}")
        print(f"    {search_line(hit)}")
    return 0


def search_line(hit) -> str:
    snippet = " ".join(hit.snippet.split())
    if hit.kind == "article":
        return one_line(snippet)
    return one_line(f"“{snippet}” — {hit.speaker or 'unattributed'}")


def run_speakers(args) -> int:
    with open_library() as lib:
        rows = lib.speakers()
    if args.format == "json":
        _print_json([asdict(row) for row in rows])
        return 0
    for row in rows:
        quotes = "quote " if row.quotes == 1 else "quotes"
        articles = "article " if row.articles == 1 else "articles"
        print(f"{row.quotes:6} {quotes}  {row.articles:5} {articles}  {one_line(row.name)}")
    return 0


# ---- mark --------------------------------------------------------------------------


def run_mark(args) -> int:
    with open_library() as lib:
        ids = [lib.resolve_id(prefix) for prefix in args.ids]
        lib.mark(ids, **MARKS[args.action])
    noun = "article" if len(ids) == 1 else "articles"
    done = {"star": "starred", "unstar": "unstarred"}.get(args.action, args.action)
    print(f"{len(ids)} {noun} marked {done}")
    return 0


# ---- export ------------------------------------------------------------------------


def run_export(args) -> int:
    with open_library() as lib:
        rows = lib.quotes(speaker=args.speaker, starred=args.starred)
    records = [export_record(row) for row in rows]
    if args.format == "json":
        _print_json(records)
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=EXPORT_FIELDS)
        writer.writeheader()
        writer.writerows(records)
    else:
        sys.stdout.write(safe_display(export_markdown(records)))
    return 0


def export_record(row) -> dict:
    return {
        "speaker": row.speaker, "text": row.text, "kind": row.kind, "title": row.title, "source": row.source,
        "published": row.published, "article_id": row.article_id, "quote_index": row.quote_index,
    }


def export_markdown(records: list[dict]) -> str:
    """Quotes grouped under their article, each with its speaker."""
    parts = ["# Quotes\n"]
    current = None
    for rec in records:
        if rec["article_id"] != current:
            current = rec["article_id"]
            about = " · ".join(x for x in (rec["source"], rec["published"]) if x)
            parts.append(f"\n## {rec['title'] or rec['source'] or current}\n")
            if about:
                parts.append(f"\n_{about}_\n")
        parts.append(f"\n> “{rec['text']}”\n> — {rec['speaker'] or 'Unattributed'}\n")
    return "".join(parts)


# ---- reindex -----------------------------------------------------------------------


def run_reindex(args) -> int:
    bar = ProgressBar(sys.stderr, "importing") if sys.stderr.isatty() else None
    with open_library() as lib:
        try:
            count = lib.refresh_stale(progress=bar)
        finally:
            if bar is not None:
                bar.finish()
    print(f"{count} article{'s' if count != 1 else ''} re-extracted")
    return 0
