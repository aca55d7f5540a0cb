"""``python -m dashboard extract [PATHS…]``: the merged events of articles, as JSON, CSV or TimelineJS.

With no path it reads the seed articles. Problems with inputs are named on stderr, one line each;
the exit code says what happened (0 all read, 1 some inputs refused, 2 nothing usable).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from dashboard.cli import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, SEEDS

HELP = "Extract the dated events of articles, merged across sources (JSON, CSV or TimelineJS)."

FORMATS = ("json", "csv", "timelinejs")


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
    parser.add_argument("--format", choices=FORMATS, default="json", help="output format")
    parser.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    parser.add_argument(
        "--group",
        choices=("certainty", "source"),
        default="certainty",
        help="TimelineJS groups (rows): by certainty or by source (default certainty)",
    )


def run(args: argparse.Namespace) -> int:
    from dashboard.events import build_events
    from dashboard.ingest.documents import documents_with_anchor, read_documents

    anchor = None
    if args.anchor:
        try:
            anchor = dt.date.fromisoformat(args.anchor)
        except ValueError:
            print(
                f"error: --anchor {args.anchor!r} is not a date; write YYYY-MM-DD.", file=sys.stderr
            )
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
    text = render(documents, events, args.format, group_by=args.group)
    try:
        write_output(text, args.out)
    except OSError as error:
        print(f"error: cannot write {args.out}: {error.strerror or error}.", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_PARTIAL if report.refused else EXIT_OK


def render(documents, events, fmt: str, *, group_by: str = "certainty") -> str:
    """The output text in ``fmt`` (json, csv or timelinejs)."""
    import json

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
        ["id", "start", "end", "label", "certainty", "sources", "mention_count", "disagreement"]
    )
    for e in events:
        writer.writerow(
            safe_cell(cell)
            for cell in [
                e.id,
                e.start.isoformat(),
                e.end.isoformat(),
                e.label,
                str(e.certainty),
                "; ".join(e.sources),
                len(e.mentions),
                e.disagreement or "",
            ]
        )
    return out.getvalue()


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
