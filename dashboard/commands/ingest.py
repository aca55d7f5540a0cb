"""``python -m dashboard ingest PATHS --db FILE [--workers N] [--scheduler tcp://HOST:PORT]``: add
articles to a story's store.

PATHS are article files, folders of them, JSON Lines files (``.jsonl``: one article per line,
``text``, ``source``, ``published``, ``title``, ``url``) or CSV files with a ``text`` column; a bad
row is named and skipped. Only articles not stored yet are extracted (the same text twice is one
article) and their mentions are merged into the existing events; the analyst's notes and
corrections stay and follow their events.

The extraction runs as Dask tasks over batches of articles: by default on a local cluster of one
worker process per core, started and stopped by this command (for fewer than
``MIN_PARALLEL`` new articles it runs in this process: starting workers would cost more);
``--workers N`` sets the number of processes (0: in this process, no Dask); ``--scheduler`` sends
the work to an existing cluster (``dask scheduler`` and ``dask worker`` started beforehand, running
this same version of the project). The events are the same whichever way it ran.

On a terminal a progress bar shows the extraction; otherwise one summary line is printed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from dashboard.cli import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL
from dashboard.commands import tell

HELP = "Add articles (files or folders) to a story's SQLite store."


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    parser.add_argument("--db", metavar="FILE", required=True, help="the store (created if new)")
    parser.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="worker processes on this machine (default: one per core; 0: in this process)",
    )
    parser.add_argument(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="an existing Dask cluster's scheduler to run the extraction on",
    )


MIN_PARALLEL = 100  # new articles below which the default runs in this process


def extractor_for(articles: int, workers: int | None = None, scheduler: str | None = None):
    """Where ``articles`` to extract run (a context manager giving the extractor): on the Dask
    cluster at ``scheduler``; else on a local cluster of ``workers`` processes (by default one
    per core, when there are ``MIN_PARALLEL`` or more); else in this process."""
    import contextlib

    from dashboard.parallel import InProcess, dask_extractor

    parallel = bool(scheduler) or (
        workers != 0 and articles > 0 and bool(workers or articles >= MIN_PARALLEL)
    )
    if parallel:
        return dask_extractor(workers=workers, scheduler=scheduler, release=True)
    return contextlib.nullcontext(InProcess())


class ProgressBar:
    """A one-line bar on stderr, redrawn in place; silent when stderr is not a terminal."""

    WIDTH = 30

    def __init__(self, stream=sys.stderr) -> None:
        self.stream = stream
        self.shown = stream.isatty()
        self.started: float | None = None

    def __call__(self, done: int, total: int) -> None:
        if not self.shown or total <= 0:
            return
        now = time.monotonic()
        if self.started is None:
            self.started = now
        filled = self.WIDTH * done // total
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        rate = f", {done / (now - self.started):.0f}/s" if now > self.started and done else ""
        end = "\n" if done >= total else ""
        self.stream.write(f"\rextracting [{bar}] {done}/{total} articles{rate}{end}")
        self.stream.flush()


def run(args: argparse.Namespace) -> int:
    from dashboard.ingest.archive import stream_documents
    from dashboard.parallel import ExtractorMismatch
    from dashboard.store import StoreError
    from dashboard.timeline import articles_to_upgrade, ingest, open_store, upgrade_store

    if args.workers is not None and args.workers < 0:
        print("error: --workers takes 0 (in this process) or more.", file=sys.stderr)
        return EXIT_FAILED
    problems: list = []
    documents = list(stream_documents([Path(p) for p in args.paths], problems))
    for problem in problems:
        kind = "error" if problem.refused else "warning"
        print(f"{kind}: {problem.message}", file=sys.stderr)
    if not documents:
        print("error: no article could be read; nothing added.", file=sys.stderr)
        return EXIT_FAILED
    try:
        # A store made by another version is upgraded (its articles extracted again) on the
        # same workers as the new articles, in one pass with them when there are new ones.
        with open_store(args.db, status=tell, upgrade=False) as store:
            stale = articles_to_upgrade(store)
            new = len(documents) - len(store.known_document_ids(d.id for d in documents))
            with extractor_for(new + (stale or 0), args.workers, args.scheduler) as extractor:
                if stale is not None and not new:
                    upgrade_store(store, status=tell, progress=ProgressBar(), extractor=extractor)
                elif stale is not None:
                    again = (
                        f"{stale:,} stored article{'s are' if stale != 1 else ' is'} extracted and"
                        if stale
                        else "its events are"
                    )
                    tell(
                        f"{args.db}: made by another version of this program; {again} merged "
                        "again with the new ones (once)"
                    )
                result = ingest(store, documents, progress=ProgressBar(), extractor=extractor)
            total = store.count_documents()
    except (StoreError, ExtractorMismatch) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:  # the scheduler cannot be reached
        print(
            f"error: the Dask scheduler {args.scheduler} cannot be reached ({error}).",
            file=sys.stderr,
        )
        return EXIT_FAILED
    print(
        f"{args.db}: {len(result.added)} articles added, {len(result.already_stored)} already "
        f"stored; {total} articles, {result.event_count} events."
    )
    return EXIT_PARTIAL if any(p.refused for p in problems) else EXIT_OK
