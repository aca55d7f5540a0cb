"""One module per CLI command (see dashboard.cli)."""

import sys
from pathlib import Path


def missing_store(db: Path) -> str | None:
    """What to tell a user whose ``--db`` names no store file (None when it exists): the same
    words from every command that reads a store."""
    if db.is_file():
        return None
    return f"{db}: no such store; make one with `python -m dashboard ingest PATHS --db {db}`."


def tell(sentence: str) -> None:
    """What a command says of long work it starts (on stderr: stdout is its result)."""
    print(sentence, file=sys.stderr, flush=True)
