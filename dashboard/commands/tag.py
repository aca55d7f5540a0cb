"""``python -m dashboard tag``: print the time expressions of a text, one JSON object per line.

    python -m dashboard tag --anchor 2025-05-07 article.txt     # or - (or nothing) for stdin
    python -m dashboard tag --jsonl docs.jsonl                  # lines {"id","text","anchor"}

With ``--jsonl`` each output line is ``{"id", "timexes": [...]}``; a line that cannot be read
(bad JSON, no text, a bad anchor) is named on stderr with what to fix, the others go through, and
the exit code is 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import sys
from collections.abc import Iterable
from typing import TextIO

from dashboard.cli import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL
from dashboard.wording import printable

HELP = "find and anchor the time expressions of a text (one JSON object per line)"


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the ``tag`` arguments to ``parser``."""
    parser.add_argument(
        "file",
        nargs="?",
        default="-",
        help="text file to tag, or - for standard input (default); with --jsonl, a JSONL file",
    )
    parser.add_argument(
        "--anchor",
        help="publication date the text is written relative to, YYYY-MM-DD (required without --jsonl)",
    )
    parser.add_argument(
        "--jsonl",
        metavar="FILE",
        help='batch mode: each line {"id", "text", "anchor"}; prints {"id", "timexes"} per line',
    )


def _parse_anchor(raw: object) -> dt.date:
    if not isinstance(raw, str):
        raise ValueError(f"anchor must be a string YYYY-MM-DD, got {raw!r}")
    try:
        return dt.date.fromisoformat(raw.strip()[:10])
    except ValueError:
        raise ValueError(f"anchor {raw!r} is not a date; write it as YYYY-MM-DD") from None


def _open(path: str) -> TextIO:
    """The file (or stdin for "-") as text; undecodable bytes become U+FFFD, never an error."""
    if path == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


def run(args: argparse.Namespace) -> int:
    """Tag one text (``--anchor``) or a JSONL batch (``--jsonl``); returns the exit code."""
    if args.jsonl:
        return _run_jsonl(args.jsonl)
    if not args.anchor:
        print(
            "tag: give --anchor YYYY-MM-DD (the publication date), or use --jsonl", file=sys.stderr
        )
        return EXIT_FAILED
    try:
        anchor = _parse_anchor(args.anchor)
    except ValueError as error:
        print(f"tag: --anchor: {error}", file=sys.stderr)
        return EXIT_FAILED
    try:
        stream = _open(args.file)
    except OSError as error:
        print(
            f"tag: cannot read {printable(args.file)}: {error.strerror}; check the path",
            file=sys.stderr,
        )
        return EXIT_FAILED
    from dashboard.temporal import tag

    with stream:
        text = stream.read()
    out = sys.stdout
    for timex in tag(text, anchor):
        out.write(json.dumps(timex.to_json(), ensure_ascii=False) + "\n")
    return EXIT_OK


def _run_jsonl(path: str) -> int:
    try:
        stream = _open(path)
    except OSError as error:
        print(
            f"tag: cannot read {printable(path)}: {error.strerror}; check the path", file=sys.stderr
        )
        return EXIT_FAILED
    from dashboard.temporal import tag

    problems = 0
    with stream:
        for number, item in _items(stream):
            if isinstance(item, str):
                problems += 1
                print(f"tag: {printable(path)}:{number}: {printable(item)}", file=sys.stderr)
                continue
            doc_id, text, anchor = item
            timexes = [t.to_json() for t in tag(text, anchor)]
            sys.stdout.write(
                json.dumps({"id": doc_id, "timexes": timexes}, ensure_ascii=False) + "\n"
            )
    return EXIT_PARTIAL if problems else EXIT_OK


def _items(lines: Iterable[str]) -> Iterable[tuple[int, tuple[object, str, dt.date] | str]]:
    """(line number, (id, text, anchor)) per non-blank line, or (line number, what to fix)."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, f"bad JSON ({error.msg}); each line must be one JSON object"
            continue
        if not isinstance(obj, dict):
            yield number, 'expected a JSON object {"id", "text", "anchor"}'
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            yield number, '"text" is missing or not a string'
            continue
        try:
            anchor = _parse_anchor(obj.get("anchor"))
        except ValueError as error:
            yield number, f'{error} (the "anchor" field)'
            continue
        yield number, (obj.get("id"), text, anchor)
