"""``python -m dashboard export``: write the timeline as PNG, SVG, PDF, offline HTML or a PPTX deck.

Input: article files or folders (PATHS), or the store (``--db FILE``) with its notes; with neither,
the project's ``seeds/`` folder. The format comes from the extension of ``--out``.

    python -m dashboard export --out brief.pptx --title "Xi in Moscow"
    python -m dashboard export seeds --out timeline.png --preset slide --from 2025-05-07 --to 2025-05-12
    python -m dashboard export --db data/timeline.sqlite --notes --out timeline.html --preset web
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import defaultdict
from pathlib import Path

from dashboard.cli import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, SEEDS
from dashboard.commands import missing_store

HELP = "Export the timeline as PNG, SVG, PDF, offline HTML or a PPTX briefing deck."


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``export``."""
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATHS",
        help="article files or folders (default: the project's seeds/ folder, or the store with --db)",
    )
    parser.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help="file to write; its extension picks the format: .png .svg .pdf .html .pptx",
    )
    parser.add_argument(
        "--preset",
        default=None,
        choices=("slide", "a4", "web"),
        help="slide: 16:9 1920x1080 at scale 2 (PNG 3840x2160); a4: landscape page; "
        "web: the dashboard's look, with its overview strip (default: web for .html, "
        "slide for the others)",
    )
    parser.add_argument("--title", help="title of the picture and of the deck")
    parser.add_argument(
        "--from", dest="date_from", metavar="DATE", help="first day shown (YYYY-MM-DD)"
    )
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last day shown (YYYY-MM-DD)")
    parser.add_argument(
        "--sources", metavar="A,B", help="only what these sources report (comma-separated names)"
    )
    parser.add_argument(
        "--notes",
        action="store_true",
        help="show the analyst's notes (kept in the store: use --db)",
    )
    parser.add_argument(
        "--db",
        metavar="FILE",
        help="read events and notes from this SQLite store instead of articles",
    )


def run(args: argparse.Namespace) -> int:
    """Load, select, render, write; a clear message and exit 2 when nothing could be written."""
    from dashboard.export import (
        ExportError,
        check_writable,
        export_timeline,
        export_view,
        format_for,
        shared_session,
    )

    try:
        fmt = format_for(args.out)
        check_writable(args.out)
        # an HTML page is read on a screen: the dashboard's look, every event reachable
        args.preset = args.preset or ("web" if fmt == "html" else "slide")
        date_from = _parse_day(args.date_from, "--from")
        date_to = _parse_day(args.date_to, "--to")
        sources = (
            [s.strip() for s in args.sources.split(",") if s.strip()] if args.sources else None
        )
        if args.db and args.paths:
            raise ExportError("give article PATHS or --db FILE, not both.")
        if args.db:
            events, documents, notes, styles = _from_store(Path(args.db))
            problems, refused = [], 0
        else:
            events, documents, problems, refused = _from_articles(args.paths or [SEEDS])
            notes, styles = {}, None
            if args.notes:
                print(
                    "export: --notes: notes live in the store; add --db FILE to show them.",
                    file=sys.stderr,
                )
        for problem in problems:
            print(f"export: {problem}", file=sys.stderr)
        view = export_view(
            events,
            documents=documents,
            preset=args.preset,
            title=args.title,
            date_from=date_from,
            date_to=date_to,
            sources=sources,
            notes=notes if args.notes else None,
            styles=styles,
        )
        written = export_timeline(view, args.out)
    except ExportError as error:
        print(f"export: {error}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        shared_session().close()  # stop Chromium now rather than at interpreter exit
    size = written.stat().st_size
    preset = "" if fmt in ("html",) else f", preset {args.preset}"
    print(f"wrote {written} ({fmt}{preset}, {size / 1024:,.0f} KiB)")
    return EXIT_PARTIAL if refused else EXIT_OK  # notices (an inferred date) are not refusals


def _parse_day(text: str | None, option: str) -> dt.date | None:
    from dashboard.export import ExportError

    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ExportError(
            f"{option} {text!r} is not a date; write it as YYYY-MM-DD (e.g. 2025-05-08)."
        ) from None


def _from_articles(paths):
    from dashboard.events import build_events
    from dashboard.export import ExportError
    from dashboard.ingest.archive import read_documents

    report = read_documents(paths)
    problems = [p.message for p in report.problems]
    if not report.documents:
        named = ", ".join(str(p) for p in paths)
        details = "; ".join(problems) or "no .txt, .md or .html articles found"
        raise ExportError(f"no articles loaded from {named} ({details}).")
    return build_events(report.documents), report.documents, problems, len(report.refused)


def _from_store(db: Path):
    from dashboard.export import ExportError

    if (missing := missing_store(db)) is not None:
        raise ExportError(f"{missing} Or export from the article files directly.")
    from dashboard.curation import apply_decisions
    from dashboard.render.styles import source_styles
    from dashboard.store import OlderSchema, Store, StoreError

    try:
        try:
            store = Store(db, readonly=True)  # an export never writes to the events or notes
        except OlderSchema:
            # ...but a store of an earlier version is upgraded first, as serve and ingest would:
            # an analyst who updated the program should not be sent elsewhere for a briefing.
            Store(db).close()
            print(f"export: {db}: upgraded to this version's schema.", file=sys.stderr)
            store = Store(db, readonly=True)
        with store:
            events = apply_decisions(store.events(), store.decisions()).events
            documents = store.documents()
            # removed articles keep their source's place: the colours match the dashboard's
            styles = source_styles(store.documents(include_removed=True))
            notes = defaultdict(list)
            for note in store.notes():
                notes[note.event_id].append(note)
    except StoreError as error:
        raise ExportError(str(error)) from None
    return events, documents, dict(notes), styles
