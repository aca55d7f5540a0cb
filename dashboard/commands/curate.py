"""``python -m dashboard curate --db FILE ...``: the analyst's corrections, from the command line.

Each correction is stored as a decision beside the notes and applied on top of what extraction
produces, so it survives new articles and restarts; ``--revert ID`` and ``--undo`` take one back,
``--list`` shows them. The dashboard's detail panel offers the same actions.

    curate --db story.sqlite EVENT_ID --label "Xi and Putin hold talks"
    curate --db story.sqlite EVENT_ID --dates 2025-05-08..2025-05-09 [--certainty range]
    curate --db story.sqlite EVENT_ID --hide | --show | --pin | --unpin | --merge-into OTHER_ID
    curate --db story.sqlite EVENT_ID --split MENTION_KEY
    curate --db story.sqlite --document DOC_ID --published 2025-05-07 | --remove
    curate --db story.sqlite --list | --undo | --revert DECISION_ID
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard.cli import EXIT_FAILED, EXIT_OK
from dashboard.commands import missing_store, open_upgraded

HELP = "Correct the story: relabel, re-date, hide, pin, merge or split events; fix articles."


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("event", nargs="?", metavar="EVENT_ID", help="the event to correct")
    parser.add_argument("--db", metavar="FILE", required=True, help="the story's store")
    parser.add_argument("--document", metavar="DOC_ID", help="correct this article instead")
    actions = parser.add_mutually_exclusive_group(required=True)
    actions.add_argument("--label", metavar="TEXT", help="a new label")
    actions.add_argument("--dates", metavar="START[..END]", help="new dates, YYYY-MM-DD")
    actions.add_argument("--hide", action="store_true", help="leave it out of views and exports")
    actions.add_argument("--show", action="store_true", help="show a hidden event again")
    actions.add_argument("--pin", action="store_true", help="a key event: always shown")
    actions.add_argument("--unpin", action="store_true", help="no longer pinned")
    actions.add_argument("--merge-into", metavar="OTHER_ID", help="one happening with OTHER_ID")
    actions.add_argument("--split", metavar="MENTION_KEY", help="this mention on its own")
    actions.add_argument("--published", metavar="DATE", help="--document: its publication date")
    actions.add_argument("--remove", action="store_true", help="--document: out of the story")
    actions.add_argument("--list", action="store_true", help="list the decisions in force")
    actions.add_argument("--undo", action="store_true", help="revert the last decision")
    actions.add_argument("--revert", type=int, metavar="DECISION_ID", help="revert one decision")
    parser.add_argument(
        "--certainty",
        choices=("exact", "range", "approximate"),
        help="with --dates (default: exact for one day, range for several)",
    )


def _request(args: argparse.Namespace):
    """(target, action, payload) from the arguments; ValueError names what is missing."""
    from dashboard.model import Action

    document_actions = {"published": args.published, "remove": args.remove}
    if any(document_actions.values()):
        if not args.document:
            raise ValueError("--published and --remove need --document DOC_ID.")
        if args.published:
            return args.document, Action.PUBLISHED, {"date": args.published}
        return args.document, Action.REMOVE, {}
    if args.document:
        raise ValueError("--document goes with --published DATE or --remove.")
    if not args.event:
        raise ValueError("name the event to correct: curate --db FILE EVENT_ID --label ...")
    if args.label is not None:
        return args.event, Action.RELABEL, {"label": args.label}
    if args.dates:
        start, _, end = args.dates.partition("..")
        return args.event, Action.REDATE, {"start": start, "end": end or start,
                                           "certainty": args.certainty}  # fmt: skip
    if args.merge_into:
        return args.event, Action.MERGE, {"into": args.merge_into}
    if args.split:
        return args.event, Action.SPLIT, {"mention": args.split}
    flags = {"hide": Action.HIDE, "show": Action.SHOW, "pin": Action.PIN, "unpin": Action.UNPIN}
    return args.event, next(a for flag, a in flags.items() if getattr(args, flag)), {}


def run(args: argparse.Namespace) -> int:
    from dashboard.curation import CurationError, decide, describe, revert, undo_last
    from dashboard.store import StoreError

    db = Path(args.db)
    if (missing := missing_store(db)) is not None:
        print(f"error: {missing}", file=sys.stderr)
        return EXIT_FAILED
    try:
        with open_upgraded(db) as store:
            if args.list:
                for decision in store.decisions():
                    print(f"{decision.id}\t{decision.created:%Y-%m-%d %H:%M}\t{describe(decision)}")
                return EXIT_OK
            if args.undo or args.revert is not None:
                done = undo_last(store) if args.undo else revert(store, args.revert)
                print(f"reverted decision {done.id}: {describe(done)}")
                return EXIT_OK
            target, action, payload = _request(args)
            decision = decide(store, target, action, payload)
    except (ValueError, CurationError, StoreError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(f"decision {decision.id}: {describe(decision)}")
    return EXIT_OK
