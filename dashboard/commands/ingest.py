"""``python -m dashboard ingest PATHS --db FILE``: add articles to a story's store.

Only articles not stored yet are read into it (the same text twice is one article); the analyst's
notes and corrections stay and follow their events. On a terminal a progress bar shows the
extraction; otherwise one summary line is printed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard.cli import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL

HELP = "Add articles (files or folders) to a story's SQLite store."


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    parser.add_argument("--db", metavar="FILE", required=True, help="the store (created if new)")


class ProgressBar:
    """A one-line bar on stderr, redrawn in place; silent when stderr is not a terminal."""

    WIDTH = 30

    def __init__(self, stream=sys.stderr) -> None:
        self.stream = stream
        self.shown = stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.shown or total <= 0:
            return
        filled = self.WIDTH * done // total
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        end = "\n" if done >= total else ""
        self.stream.write(f"\rextracting [{bar}] {done}/{total} articles{end}")
        self.stream.flush()


def run(args: argparse.Namespace) -> int:
    from dashboard.ingest.documents import read_documents
    from dashboard.store import StoreError
    from dashboard.timeline import ingest, open_store

    report = read_documents([Path(p) for p in args.paths])
    for problem in report.problems:
        kind = "error" if problem.refused else "warning"
        print(f"{kind}: {problem.message}", file=sys.stderr)
    if not report.documents:
        print("error: no article could be read; nothing added.", file=sys.stderr)
        return EXIT_FAILED
    try:
        with open_store(args.db) as store:
            result = ingest(store, report.documents, progress=ProgressBar())
            total = len(store.documents())
    except StoreError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(
        f"{args.db}: {len(result.added)} articles added, {len(result.already_stored)} already "
        f"stored; {total} articles, {result.event_count} events."
    )
    return EXIT_PARTIAL if report.refused else EXIT_OK
