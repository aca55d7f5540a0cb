"""``python -m dashboard extract [PATHS…] [--top K] [--from DATE --to DATE]``: the merged events of
articles, as JSON, CSV, a Markdown timeline or TimelineJS.

With no path it reads the seed articles. Every event carries its ``importance`` in the story (0..1),
a ``label`` (a headline of at most 80 characters) and a ``summary`` (one or two sentences of the
sources). With ``--top K`` only the K most important events within the window are written, most
important first (``md`` lists them by date, as a timeline reads). Problems with inputs are named
on stderr, one line each; the exit code says what happened (0 all read, 1 some inputs refused,
2 nothing usable).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from dashboard.cli import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, SEEDS
from dashboard.commands import missing_store, open_upgraded

HELP = (
    "Extract the dated events of articles, merged across sources and ranked by importance "
    "(JSON, CSV, Markdown or TimelineJS)."
)

FORMATS = ("json", "csv", "md", "timelinejs")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files (.txt, .md, .html) or folders; default: the seed articles",
    )
    parser.add_argument(
        "--anchor",
        metavar="DATE",
        help="publication date (YYYY-MM-DD) for articles that do not give one (replaces an "
        "inferred date)",
    )
    parser.add_argument(
        "--top",
        type=int,
        metavar="K",
        help="only the K most important events (within --from/--to), most important first",
    )
    parser.add_argument(
        "--from", dest="date_from", metavar="DATE", help="events ending on or after (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--to", dest="date_to", metavar="DATE", help="events starting on or before (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="output format (md: a dated timeline to paste into a report)",
    )
    parser.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    parser.add_argument(
        "--db",
        metavar="FILE",
        help="read the events of this store (as the analyst corrected them) instead of articles",
    )
    parser.add_argument(
        "--include-hidden",
        action="store_true",
        help="with --db: also the events the analyst hid (marked hidden)",
    )
    parser.add_argument(
        "--group",
        choices=("certainty", "source"),
        default="source",
        help="TimelineJS groups (rows): by source (default) or by certainty",
    )


def run(args: argparse.Namespace) -> int:
    from dashboard.events import build_events
    from dashboard.ingest.archive import read_documents
    from dashboard.ingest.documents import documents_with_anchor

    try:
        anchor, date_from, date_to = (
            _date(value, flag)
            for value, flag in (
                (args.anchor, "--anchor"),
                (args.date_from, "--from"),
                (args.date_to, "--to"),
            )
        )
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    if args.top is not None and args.top < 1:
        print(
            f"error: --top {args.top} asks for no event; give a number of 1 or more.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    if date_from and date_to and date_from > date_to:
        print(f"error: --from {date_from} is after --to {date_to}; swap them.", file=sys.stderr)
        return EXIT_FAILED
    if args.db:
        return _run_on_store(args, date_from, date_to)
    if args.include_hidden:
        print("error: --include-hidden reads a store; add --db FILE.", file=sys.stderr)
        return EXIT_FAILED
    report = read_documents([Path(p) for p in args.paths] or [SEEDS])
    for problem in report.problems:
        kind = "error" if problem.refused else "warning"
        print(f"{kind}: {problem.message}", file=sys.stderr)
    documents = report.documents
    if not documents:
        print("error: no article could be read; nothing to extract.", file=sys.stderr)
        return EXIT_FAILED
    if anchor is not None:
        documents = documents_with_anchor(documents, anchor)
    for doc in documents:
        if doc.published_inferred:
            print(
                f"note: {doc.path or doc.source}: publication date inferred as "
                f"{doc.published.isoformat()} ({doc.published_evidence}); if wrong, give it with "
                "--anchor or in metadata.csv.",
                file=sys.stderr,
            )
    events = build_events(documents)
    dated = {m.document_id for e in events for m in e.mentions}
    for doc in documents:
        if doc.id not in dated:
            print(
                f"warning: {doc.path or doc.source}: no dated happening found in this article.",
                file=sys.stderr,
            )
    written = _write(args, documents, _window(events, args.top, date_from, date_to))
    return EXIT_PARTIAL if written == EXIT_OK and report.refused else written


def _window(events, top, date_from, date_to):
    """The ``top`` most important events within the dates, most important first (or, with dates
    alone, every event within them in the timeline's order)."""
    from dashboard.events import top_events

    if top is None and not date_from and not date_to:
        return events
    chosen = top_events(events, top, start=date_from, end=date_to)
    if not chosen:
        print("warning: no event within the dates asked for.", file=sys.stderr)
    if top is None:  # a window alone keeps the timeline's order
        kept = {e.id for e in chosen}
        chosen = [e for e in events if e.id in kept]
    return chosen


def _run_on_store(args: argparse.Namespace, date_from, date_to) -> int:
    """The events of a store with the analyst's decisions applied (hidden ones if asked)."""
    from dashboard.curation import curated_events
    from dashboard.select import Filters, select_events
    from dashboard.store import StoreError

    if args.paths or args.anchor:
        print(
            "error: --db reads a store; add articles to it with `ingest PATHS --db FILE`.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    db = Path(args.db)
    if (missing := missing_store(db)) is not None:
        print(f"error: {missing}", file=sys.stderr)
        return EXIT_FAILED
    try:
        with open_upgraded(db) as store:
            curated = curated_events(store)
            documents = store.documents()
    except StoreError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    for decision in curated.unresolved:
        print(
            f"note: decision {decision.id} ({decision.action} {decision.target}) names an event "
            "that no longer exists; it is kept (revert it with `curate --revert`).",
            file=sys.stderr,
        )
    events = select_events(curated.events, Filters(include_hidden=args.include_hidden))
    return _write(args, documents, _window(events, args.top, date_from, date_to))


def _write(args: argparse.Namespace, documents, events) -> int:
    """Render the chosen events in the format asked for, to ``--out`` or standard output."""
    text = render(documents, events, args.format, group_by=args.group)
    try:
        write_output(text, args.out)
    except OSError as error:
        print(f"error: cannot write {args.out}: {error.strerror or error}.", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _date(value: str | None, flag: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{flag} {value!r} is not a date; write YYYY-MM-DD.") from None


def render(documents, events, fmt: str, *, group_by: str = "source") -> str:
    """The output text in ``fmt`` (json, csv, md or timelinejs)."""
    import json

    if fmt == "md":
        return as_markdown(documents, events)
    if fmt == "json":
        return json.dumps(as_json(documents, events), ensure_ascii=False, indent=2) + "\n"
    if fmt == "timelinejs":
        from dashboard.export.timelinejs import timeline_json

        title = " / ".join(dict.fromkeys(d.title or d.source for d in documents))
        timeline = timeline_json(events, title=title[:120], group_by=group_by)
        return json.dumps(timeline, ensure_ascii=False, indent=2)
    return as_csv(events)


def as_json(documents, events) -> dict:
    """The extract JSON: documents and events, ISO dates, ``end`` inclusive.

    Beyond the keys of the issue: each document's ``published_evidence`` (the words an inferred
    date rests on; null when the date was given) and each event's ``disagreement`` (why sources
    that read as the same happening date it otherwise; null when they agree).
    """
    from dashboard.codec import document_to_dict, event_to_dict

    def document(d):
        row = {k: v for k, v in document_to_dict(d, with_text=False).items() if k in DOCUMENT_KEYS}
        return {**row, "published_evidence": d.published_evidence if d.published_inferred else None}

    def event(e):
        row = event_to_dict(e)
        row["mentions"] = [{k: m[k] for k in MENTION_KEYS} for m in row["mentions"]]
        return row

    return {"documents": [document(d) for d in documents], "events": [event(e) for e in events]}


# What the extract JSON shows of each document and mention (the store keeps more).
DOCUMENT_KEYS = ("id", "source", "title", "published", "published_inferred", "published_evidence")
MENTION_KEYS = ("source", "text", "sentence", "value")


# A spreadsheet runs a cell that begins with one of these as a formula ("=cmd|' /C calc'!A0").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A CSV cell a spreadsheet shows as text: text that begins like a formula gets a leading
    quote (OWASP's advice); numbers stay numbers.

    >>> safe_cell("=cmd|' /C calc'!A0"), safe_cell("@SUM(A1)"), safe_cell("Talks"), safe_cell(3)
    ("'=cmd|' /C calc'!A0", "'@SUM(A1)", 'Talks', 3)
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def as_csv(events) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "id",
            "start",
            "end",
            "importance",
            "label",
            "summary",
            "certainty",
            "sources",
            "mention_count",
            "disagreement",
            "pinned",
            "hidden",
            "edits",
        ]
    )
    for e in events:
        writer.writerow(
            safe_cell(cell)
            for cell in [
                e.id,
                e.start.isoformat(),
                e.end.isoformat(),
                f"{e.importance:.4f}",
                e.label,
                e.summary,
                str(e.certainty),
                "; ".join(e.sources),
                len(e.mentions),
                e.disagreement or "",
                "yes" if e.pinned else "",
                "yes" if e.hidden else "",
                "; ".join(e.edits),
            ]
        )
    return out.getvalue()


def as_markdown(documents, events) -> str:
    """A dated timeline to paste into a report: a heading, then one bullet per event in date
    order, its date, its label in bold, its summary and its sources.

    >>> import datetime as dt
    >>> from dashboard.model import Certainty, Event
    >>> day = dt.date(2010, 4, 20)
    >>> print(as_markdown([], [Event("e", "Rig explodes", day, day, Certainty.EXACT,
    ...                             summary="The rig exploded.")]), end="")
    # Timeline
    <BLANKLINE>
    - **Tuesday 20 April 2010**: **Rig explodes.** The rig exploded.
    """
    from dashboard.model import Certainty
    from dashboard.render.figure import edited_label
    from dashboard.wording import event_when, format_span

    sources = list(dict.fromkeys(d.source for d in documents))
    title = "Timeline" + (f" ({', '.join(sources)})" if 0 < len(sources) <= 5 else "")
    lines = [f"# {title}", ""]
    for e in sorted(events, key=lambda e: (e.start, e.end, -e.importance)):
        label = _md(edited_label(e).rstrip(". "))
        summary = f" {_md(e.summary)}" if e.summary and e.summary != e.label else ""
        cited = f" ({', '.join(e.sources)})" if len(sources) > 1 else ""
        # known days in full ("Tuesday 20 April 2010"), fuzzy periods at their own precision
        fuzzy = e.certainty == Certainty.APPROXIMATE
        when = event_when(e.start, e.end) if fuzzy else format_span(e.start, e.end)
        lines.append(f"- **{when}**: **{label}.**{summary}{cited}")
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    """Text that Markdown shows as written: its markup characters escaped."""
    import re

    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", " ".join(text.split()))


def write_output(text: str, out: str | None) -> None:
    """To stdout, or to ``out`` through a temporary file renamed at the end (never half-written)."""
    if not out:
        sys.stdout.write(text)
        return
    path = Path(out)
    fd, tmp = tempfile.mkstemp(dir=path.parent or ".", prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
