"""Feeds from the command line: `reader feed add|list|remove|import|export` and
`reader refresh`. Headless: nothing here imports Textual."""
from __future__ import annotations

import json
import sys
from argparse import ArgumentTypeError
from dataclasses import replace
from pathlib import Path

from reader.cli import UserError
from reader.cli.terminal import ProgressBar, one_line, open_library
from reader.sources import MAX_BYTES as OPML_MAX_BYTES, LoadError, read_bytes

FEED_FIELDS = ("id", "title", "url", "unread", "articles", "error", "last_checked", "last_ok", "site", "added")


def register(sub) -> None:
    p = sub.add_parser("feed", help="subscribe to RSS, Atom and JSON feeds")
    feed = p.add_subparsers(dest="feed_command", metavar="ACTION", required=True)

    q = feed.add_parser("add", help="subscribe to a feed (or the feed a web page names) and read it")
    q.add_argument("url", metavar="URL")
    q.add_argument("--no-check", action="store_true", help="subscribe without fetching the feed now")
    _timeout_option(q)
    q.set_defaults(func=run_add)

    q = feed.add_parser("list", help="the subscribed feeds, with unread counts and errors")
    q.add_argument("--format", choices=("text", "json"), default="text")
    q.set_defaults(func=run_list)

    q = feed.add_parser("remove", help="unsubscribe (the feed's articles stay in the library)")
    q.add_argument("feeds", nargs="+", metavar="FEED", help="feed ids (see `reader feed list`) or URLs")
    q.set_defaults(func=run_remove)

    q = feed.add_parser("import", help="subscribe to every feed in an OPML file")
    q.add_argument("file", metavar="FILE.opml")
    q.set_defaults(func=run_import)

    q = feed.add_parser("export", help="write the subscriptions as OPML to stdout")
    q.set_defaults(func=run_export)

    p = sub.add_parser("refresh", help="fetch new articles from the subscribed feeds")
    p.add_argument("feeds", nargs="*", metavar="FEED", help="feed ids or URLs (all feeds if none)")
    _timeout_option(p)
    p.set_defaults(func=run_refresh)


def _timeout_option(parser) -> None:
    parser.add_argument("--timeout", type=_seconds, metavar="SECONDS", help="give up on a server after this long (default 15)")


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < value <= 600:
        raise ArgumentTypeError("must be more than 0 and at most 600")
    return value


def _settings(args):
    from reader.feeds import DEFAULT_SETTINGS

    if getattr(args, "timeout", None) is None:
        return DEFAULT_SETTINGS
    return replace(DEFAULT_SETTINGS, timeout=args.timeout, deadline=max(DEFAULT_SETTINGS.deadline, 4 * args.timeout))


# ---- subscriptions -----------------------------------------------------------------


def run_add(args) -> int:
    from reader.feeds import FeedProblem, subscribe

    with open_library() as lib:
        try:
            row, created, report = subscribe(lib, args.url, settings=_settings(args), check=not args.no_check)
        except FeedProblem as e:
            raise UserError(f"{e}; nothing subscribed") from None
    if not created:
        print(one_line(f"already subscribed: feed {row.id}, {row.name}"))
        return 0
    news = f" ({report.added} new article{'' if report.added == 1 else 's'})" if report is not None else ""
    print(one_line(f"subscribed: feed {row.id}, {row.name}{news}"))
    if report is not None:
        return _report_failures(report)
    return 0


def run_list(args) -> int:
    with open_library() as lib:
        rows = lib.feeds()
    if args.format == "json":
        json.dump([{name: getattr(row, name) for name in FEED_FIELDS} for row in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not rows:
        print("no feeds yet; subscribe with `reader feed add URL`", file=sys.stderr)
    for row in rows:
        print(one_line(feed_line(row)))
        if row.error:
            print(one_line(f"      ! {row.error}"))
    return 0


def feed_line(row) -> str:
    checked = (row.last_checked or "never")[:16].replace("T", " ")
    unread = f"{row.unread} unread"
    where = f"{row.title}  <{row.url}>" if row.title else f"<{row.url}>"
    return f"{row.id:>4}  {unread:>10}  checked {checked:16}  {where}"


def run_remove(args) -> int:
    with open_library() as lib:
        rows = [lib.feed(ref) for ref in args.feeds]
        for row in {r.id: r for r in rows}.values():
            lib.remove_feed(row.id)
            kept = f"; its {row.articles} article{'' if row.articles == 1 else 's'} stay in the library" if row.articles else ""
            print(one_line(f"unsubscribed: feed {row.id}, {row.name}{kept}"))
    return 0


def run_import(args) -> int:
    from reader.feeds import FeedProblem, import_opml

    path = Path(args.file)
    try:
        data = read_bytes(path, limit=OPML_MAX_BYTES, what="an OPML file")
    except LoadError as e:
        raise UserError(str(e)) from None
    if len(data) > OPML_MAX_BYTES:
        raise UserError(f"{path}: too large for an OPML file")
    with open_library() as lib:
        try:
            added, existing, skipped = import_opml(lib, data)
        except FeedProblem as e:
            raise UserError(f"{path}: {e}") from None
    for url, reason in skipped:
        print(one_line(f"reader: {url}: {reason}"), file=sys.stderr)
    print(f"{added} feeds added, {existing} already subscribed, {len(skipped)} skipped")
    if added:
        print("run `reader refresh` to fetch their articles", file=sys.stderr)
    return 2 if skipped else 0


def run_export(args) -> int:
    from reader.feeds import subscriptions
    from reader.sources.feed import write_opml

    with open_library() as lib:
        subs = subscriptions(lib)
    sys.stdout.write(write_opml(subs))
    return 0


# ---- refresh -----------------------------------------------------------------------


def run_refresh(args) -> int:
    from reader.feeds import refresh

    bar = ProgressBar(sys.stderr, "refreshing") if sys.stderr.isatty() else None
    with open_library() as lib:
        if not args.feeds and not lib.feeds():
            print("no feeds to refresh; subscribe with `reader feed add URL`", file=sys.stderr)
            return 0
        try:
            report = refresh(lib, args.feeds or None, progress=bar, settings=_settings(args))
        finally:
            if bar is not None:
                bar.finish()
    print(report.summary())
    return _report_failures(report)


def _report_failures(report) -> int:
    """One line on stderr per feed that failed; the exit status."""
    for outcome in report.failed:
        print(one_line(f"reader: feed {outcome.feed_id} ({outcome.name}): {outcome.error}"), file=sys.stderr)
    return 2 if report.failed else 0
