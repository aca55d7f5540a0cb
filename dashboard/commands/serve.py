"""``python -m dashboard serve [PATHS…]``: open the interactive timeline.

With no paths the seed articles are added (adding is idempotent: the same article twice is one
article). The database keeps articles and notes between runs. Binds 127.0.0.1 unless ``--host``
says otherwise; Dash's debug mode (which runs code from the browser) only with ``--debug``.
"""

from __future__ import annotations

import argparse
import socket
import sys
from pathlib import Path

from dashboard.cli import EXIT_FAILED, EXIT_OK, SEEDS
from dashboard.commands import open_upgraded

HELP = "Open the interactive timeline in a browser (the seed articles unless PATHS are given)."


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files (.txt, .md, .html) or folders to add first; default: the seeds",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8050, help="port (default 8050)")
    parser.add_argument("--db", default=None, help="SQLite file (default data/timeline.sqlite)")
    parser.add_argument(
        "--debug", action="store_true", help="Dash debug mode: reloader and in-page errors"
    )


def port_problem(host: str, port: int) -> str | None:
    """Why the server could not listen on ``host:port`` (checked before any work), or None."""
    if not 0 < port < 65536:
        return f"--port {port} is not a port number (1-65535)."
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return f"--host {host} is not an address of this machine; use 127.0.0.1 or 0.0.0.0."
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as error:
            return (
                f"cannot listen on {host}:{port} ({error.strerror or error}); "
                "stop the other server or pick another --port."
            )
    return None


def run(args: argparse.Namespace) -> int:
    from dashboard.app import create_app
    from dashboard.app.serving import serve
    from dashboard.ingest.archive import read_documents
    from dashboard.store import DEFAULT_DB, StoreError
    from dashboard.timeline import ingest

    problem = port_problem(args.host, args.port)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_FAILED
    # With --db and no PATHS the store is served as it is; with neither, the seeds.
    paths = [Path(p) for p in args.paths] or ([] if args.db else [SEEDS])
    report = read_documents(paths) if paths else None
    for problem in report.problems if report else ():
        print(f"warning: {problem.message}", file=sys.stderr)
    db = Path(args.db) if args.db else Path(DEFAULT_DB)
    try:
        store = open_upgraded(db)
        if report and report.documents:
            ingest(store, report.documents)
        event_count = len(store.events())
    except StoreError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    if report and args.paths and not report.documents and event_count == 0:
        print("error: none of the given paths holds an article; nothing to show.", file=sys.stderr)
        store.close()
        return EXIT_FAILED
    app = create_app(store, host=args.host, port=args.port)
    print(
        f"Timeline of {event_count} events from {db}: http://{args.host}:{args.port}/ "
        "(Ctrl+C stops it)",
        flush=True,
    )
    try:
        if args.debug:  # Dash's reloader and in-page errors need its own development server
            app.run(host=args.host, port=args.port, debug=True, threaded=True)
        else:
            # A pool of threads, each with its own SQLite connection (the store keeps them).
            serve(app, args.host, args.port)
    except OSError as error:
        print(f"error: cannot listen on {args.host}:{args.port}: {error.strerror or error}; "
              "pick another --port.", file=sys.stderr)  # fmt: skip
        return EXIT_FAILED
    finally:
        store.close()
    return EXIT_OK
