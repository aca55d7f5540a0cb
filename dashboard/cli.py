"""Command line: ``python -m dashboard <command>``.

Each command lives in its own module under ``dashboard.commands`` and exposes ``HELP`` (one line),
``configure(parser)`` and ``run(args) -> int``. Heavy imports happen inside ``run`` so that
``--help`` stays instant.

Exit codes, shared by every command:
  0  everything asked for was done
  1  done in part: some inputs were refused (each named on stderr), the rest went through
  2  nothing done: bad arguments or unusable input (named on stderr)
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

# Order is the order shown by --help.
COMMAND_MODULES = {
    "tag": "dashboard.commands.tag",
    "extract": "dashboard.commands.extract",
    "ingest": "dashboard.commands.ingest",
    "curate": "dashboard.commands.curate",
    "serve": "dashboard.commands.serve",
    "export": "dashboard.commands.export",
}

EXIT_OK, EXIT_PARTIAL, EXIT_FAILED = 0, 1, 2

# What the commands read when given no article: the project's seed articles.
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with one subparser per command module that exists."""
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description="Turn news articles into one interactive timeline.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, module_name in COMMAND_MODULES.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue  # a command not built yet
        sub = subparsers.add_parser(name, help=module.HELP, description=module.HELP)
        module.configure(sub)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the chosen command; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK  # the reader (head, less) went away; not an error of ours
