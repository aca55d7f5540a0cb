"""THE pipeline: documents -> time expressions -> mentions -> merged events -> the store.

Every path that changes what a story holds goes through here: the CLI ``serve`` and ``export
--db``, the dashboard's "Add article", a corrected publication date, a removed article. Each call
is one store transaction: the documents, each document's extracted mentions (cached by content
hash and code version, so adding one article extracts only it) and the merged events are kept
together or not at all.

The event layer (:mod:`dashboard.events`) stays pure and knows no store; the store knows rows,
not how events are made; this module joins the two.

>>> import tempfile, pathlib
>>> from dashboard.ingest.documents import load_documents
>>> with open_store(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite") as store:
...     report = ingest(store, load_documents(["seeds"]))
...     len(report.added), len(store.documents())
(2, 2)
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.events import (
    Candidate,
    Tagger,
    candidate_from_json,
    candidate_to_json,
    extract_candidates,
    extractor_version,
    merge_candidates,
)
from dashboard.model import Document
from dashboard.store import Store, StoreError

Progress = Callable[[str], None]  # hears each step of a long ingest ("merging 1,384 mentions")

__all__ = [
    "IngestReport",
    "ingest",
    "open_store",
    "rebuild",
    "remove_document",
    "set_published",
]


@dataclass(frozen=True)
class IngestReport:
    """What an ingest did: documents added, those already stored (same text), events after, and
    the seconds each stage of the rebuild took (``extract``, ``merge``, ``write``)."""

    added: list[Document] = field(default_factory=list)
    already_stored: list[Document] = field(default_factory=list)
    event_count: int = 0
    timings: dict[str, float] = field(default_factory=dict)


def open_store(path: str | Path, *, tagger: Tagger | None = None) -> Store:
    """The store at ``path``, its events rebuilt once if other event code made them (an upgrade).

    Raises ``StoreError`` (naming the file and what to do) when it cannot be used.
    """
    store = Store(path)
    try:
        if store.has_stale_extractions(extractor_version()):
            rebuild(store, tagger=tagger)
    except StoreError:
        store.close()
        raise
    return store


def ingest(
    store: Store,
    documents: Iterable[Document],
    *,
    tagger: Tagger | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Store new documents and rebuild the merged events, in one transaction.

    A document whose content hash is already stored is left alone (reported as already stored).
    If anything fails before the end, nothing of this call is kept. Before anything new is
    written, the store is copied to its rolling backup (``<file>.backup``, SQLite's online backup).
    ``progress(step)`` hears what is being done (the dashboard shows it while it waits).
    """
    say = progress or _quiet
    documents = list(documents)
    known = store.document_ids()
    new = list({d.id: d for d in documents if d.id not in known}.values())
    if new:
        say("keeping a backup of the store")
        store.backup()
    # The slow part, finding the dates, is pure and runs before the write transaction opens, so
    # other writers (a note, another server) wait only for the short writing at the end.
    started = time.perf_counter()
    version = extractor_version()
    extracted = {}
    for doc in new:
        say(f"finding the dates in “{doc.title or doc.source}” ({len(doc.text):,} characters)")
        found = extract_candidates(doc, 0, tagger=tagger)  # placed by position when read back
        extracted[doc.id] = json.dumps([candidate_to_json(c) for c in found])
    seconds = time.perf_counter() - started
    with store.transaction():
        say("storing the article" if len(documents) == 1 else "storing the articles")
        added, already = store.add_documents(documents)
        if not added:
            return IngestReport(added, already, store.count_events())
        for doc in added:
            if doc.id in extracted:
                store.save_extraction(doc.id, version, extracted[doc.id])
        count, timings = _rebuild(store, tagger, say)
    timings["extract"] += seconds
    return IngestReport(added, already, count, timings)


def set_published(
    store: Store, document_id: str, published: dt.date, *, tagger: Tagger | None = None
) -> Document:
    """Give a stored document its publication date (the user's word: not inferred) and rebuild
    the events, in one transaction. Its relative dates are anchored anew.

    >>> import tempfile, pathlib
    >>> from dashboard.ingest.documents import document_from_text
    >>> doc = document_from_text("Talks on Thursday.", source="Paste")
    >>> with open_store(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite") as store:
    ...     _ = ingest(store, [doc])
    ...     _ = set_published(store, doc.id, dt.date(2025, 5, 7))
    ...     [(e.start, e.label) for e in store.events()]
    [(datetime.date(2025, 5, 8), 'Talks')]
    """
    with store.transaction():
        store.set_document_published(document_id, published)
        _rebuild(store, tagger)
    return next(d for d in store.documents() if d.id == document_id)


def remove_document(store: Store, document_id: str, *, tagger: Tagger | None = None) -> int:
    """Remove a stored document and rebuild the events; notes stay (their event may be gone)."""
    with store.transaction():
        store.delete_document(document_id)
        count, _ = _rebuild(store, tagger)
    return count


def rebuild(store: Store, *, tagger: Tagger | None = None) -> int:
    """Rebuild the merged events from the stored documents (after a change of the event code)."""
    with store.transaction():
        count, _ = _rebuild(store, tagger)
    return count


def _quiet(_step: str) -> None:
    pass


def _rebuild(
    store: Store, tagger: Tagger | None, say: Progress = _quiet
) -> tuple[int, dict[str, float]]:
    """Extract what is not cached, merge every document's mentions, write the events.

    Documents are taken in the order they were first stored: the first document that mentions a
    happening gives the event its id, so ids (and the notes keyed on them) survive new articles.
    """
    started = time.perf_counter()
    version = extractor_version()
    cached = store.cached_extractions(version)
    candidates: list[Candidate] = []
    for position, doc in enumerate(store.documents()):
        if doc.id in cached:
            candidates.extend(candidate_from_json(c, position) for c in json.loads(cached[doc.id]))
            continue
        say(f"finding the dates in “{doc.title or doc.source}” ({len(doc.text):,} characters)")
        found = extract_candidates(doc, position, tagger=tagger)
        candidates.extend(found)
        store.save_extraction(doc.id, version, json.dumps([candidate_to_json(c) for c in found]))
    extracted = time.perf_counter()
    say(f"merging {len(candidates):,} mentions into events")
    events = merge_candidates(candidates)
    merged = time.perf_counter()
    say(f"writing {len(events):,} events")
    count = store.replace_events(events)
    timings = {
        "extract": extracted - started,
        "merge": merged - extracted,
        "write": time.perf_counter() - merged,
    }
    return count, timings
