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


def open_upgraded(db: Path):
    """The store at ``db`` for a command that reads it: made by another version of this program,
    it is upgraded once first (:func:`dashboard.timeline.upgrade_store`), its articles extracted
    again on a local Dask cluster of one worker per core when they are many, as ``ingest`` does
    (an archive of 18,840 articles took 3.5 minutes in one process), with a progress bar."""
    from dashboard.commands.ingest import ProgressBar, extractor_for
    from dashboard.timeline import articles_to_upgrade, open_store, upgrade_store

    store = open_store(db, status=tell, upgrade=False)
    try:
        stale = articles_to_upgrade(store)
        if stale is not None:
            with extractor_for(stale) as extractor:
                upgrade_store(store, status=tell, progress=ProgressBar(), extractor=extractor)
    except BaseException:
        store.close()
        raise
    return store
