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
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.events import (
    Candidate,
    Tagger,
    candidate_from_json,
    extractor_version,
    incremental,
    merge_candidates,
    score_events,
)
from dashboard.events.importance import touched_by
from dashboard.events.merge import story_word_counts, word_weights
from dashboard.model import Document
from dashboard.parallel import InProcess, batches, extract_payload
from dashboard.store import Store, StoreError

if TYPE_CHECKING:
    from dashboard.parallel import DaskExtractor

    Extractor = InProcess | DaskExtractor

READ_BATCH = 200  # documents read from the store at a time while extracting
MAX_NEW_SHARE = 0.25  # more new documents than this share of the stored ones: merge everything
MAX_REGION_SHARE = 0.5  # a region holding more than this share of the mentions: merge everything

# Called as progress(done, total) while documents are extracted (a progress bar, a page's status).
Progress = Callable[[int, int], None]
# Hears each step of a long ingest in words ("merging 1,384 mentions"): the dashboard shows it.
Status = Callable[[str], None]

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
    extractor: Extractor | None = None,
    incremental: bool = True,
    status: Status | None = None,
) -> IngestReport:
    """Store new documents, extract them and merge their mentions into the events, in one
    transaction.

    A document whose content hash is already stored is left alone (reported as already stored).
    Only documents with no cached extraction are extracted, by ``extractor`` (this process by
    default; a :class:`dashboard.parallel.DaskExtractor` runs them on a cluster). With
    ``incremental`` (the default), the new mentions are merged into the events they can touch
    (:mod:`dashboard.events.incremental`) when the new articles are few next to the store;
    otherwise every event is merged again. If anything fails before the end, nothing of this call
    is kept. Before anything new is written, the store is copied to its rolling backup
    (``<file>.backup``, SQLite's online backup). ``status(step)`` hears what is being done.
    """
    say = status or _quiet
    documents = list(documents)
    known = store.stored_ids()
    new = list({d.id: d for d in documents if d.id not in known}.values())
    if not new:
        return IngestReport([], documents, store.count_events())
    say("keeping a backup of the store")
    store.backup()
    # In this process the slow part, finding the dates, is pure and runs before the write
    # transaction opens, so other writers (a note, another server) wait only for the writing.
    version = extractor_version()
    extracted: dict[str, str] = {}
    started = time.perf_counter()
    if extractor is None:
        for doc in new:
            say(f"finding the dates in “{doc.title or doc.source}” ({len(doc.text):,} characters)")
            extracted[doc.id] = extract_payload(doc, tagger)
            if progress is not None:
                progress(len(extracted), len(new))
    seconds = time.perf_counter() - started
    with store.transaction():
        say("storing the article" if len(new) == 1 else "storing the articles")
        added, already = store.add_documents(documents)
        if not added:
            return IngestReport(added, already, store.count_events())
        for doc in added:
            if doc.id in extracted:
                store.save_extraction(doc.id, version, extracted[doc.id])
        say("merging the new mentions into the events")
        count, timings = _rebuild(
            store, tagger, progress, extractor, new={d.id for d in added} if incremental else None
        )
    timings["extract"] = timings.get("extract", 0.0) + seconds
    return IngestReport(added, already, count, timings)


def _quiet(_step: str) -> None:
    pass


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


def _rebuild(
    store: Store,
    tagger: Tagger | None,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
    new: set[str] | None = None,
) -> tuple[int, dict[str, float]]:
    """Extract what is not cached, merge the mentions, write the events.

    ``new``: the ids of the documents this call added; when only they needed extracting, their
    mentions may be merged into the stored events incrementally. Documents are taken in the order
    they were first stored: the first document that mentions a happening gives the event its id,
    so ids (and the notes and decisions keyed on them) survive new articles.
    """
    started = time.perf_counter()
    version = extractor_version()
    extracted_ids = _extract_missing(store, version, tagger, progress, extractor)
    extracted = time.perf_counter()
    count = None
    if new is not None and set(extracted_ids) <= new:
        count, timings = _merge_incremental(store, version, new)
    if count is None:
        count, timings = _merge_all(store, version)
    return count, {"extract": extracted - started, **timings}


def _extract_missing(
    store: Store,
    version: str,
    tagger: Tagger | None,
    progress: Progress | None,
    extractor: Extractor | None,
) -> list[str]:
    """Extract every stored document with no cached extraction, in batches (texts are read from
    the store a batch at a time), and cache each one's payload. Returns their ids."""
    missing = store.uncached_document_ids(version)
    if extractor is None or tagger is not None:
        extractor = InProcess(tagger)
    total, done = len(missing), [0]
    if progress is not None:
        progress(0, total)

    def step(count: int) -> None:
        done[0] += count
        if progress is not None:
            progress(done[0], total)

    def documents() -> Iterator[Document]:
        for chunk in batches(missing, READ_BATCH):
            yield from store.documents_with_ids(chunk)

    for document_id, payload in extractor.extract(documents(), step):
        store.save_extraction(document_id, version, payload)
    release = getattr(extractor, "release", None)
    if release is not None:
        release()  # workers of a local cluster started for this ingest: free before the merge
    return missing


def _positions(store: Store) -> dict[str, int]:
    return {doc_id: position for position, doc_id in enumerate(store.document_ids())}


def _candidates(
    payloads: dict[str, str], positions: dict[str, int], keys: set[str] | None = None
) -> list[Candidate]:
    """The cached candidates of ``payloads`` (only those with ``keys``), each string shared
    between the candidates that repeat it (words, names, sources, sentences): a third less memory
    for a whole store's mentions, which the merge holds at once."""
    shared: dict[str, str] = {}

    def one(text):
        return shared.setdefault(text, text) if isinstance(text, str) else text

    out: list[Candidate] = []
    for doc_id in list(payloads):
        position = positions[doc_id]
        for c in json.loads(payloads.pop(doc_id)):  # each payload freed once read
            if keys is not None and c["key"] not in keys:
                continue
            for field_name in ("words", "names", "actors"):
                c[field_name] = [one(w) for w in c[field_name]]
            c["mention"] = {name: one(value) for name, value in c["mention"].items()}
            out.append(candidate_from_json(c, position))
    return out


def _merge_all(store: Store, version: str) -> tuple[int, dict[str, float]]:
    """Merge every document's cached mentions and replace every event."""
    started = time.perf_counter()
    positions = _positions(store)
    candidates = _candidates(store.cached_extractions_of(version, list(positions)), positions)
    events = score_events(merge_candidates(candidates), store.documents())
    merged = time.perf_counter()
    count = store.replace_events(events)
    del events
    written = time.perf_counter()
    _write_word_index(store, candidates)
    return count, {
        "merge": merged - started,
        "write": written - merged,
        "index": time.perf_counter() - written,
    }


def _write_word_index(store: Store, candidates: list[Candidate]) -> None:
    """What a later incremental merge looks up: where each mention is filed, how many mentions
    hold each word (as the merge counts them)."""
    counts, total = story_word_counts(candidates)
    store.replace_word_index(
        incremental.block_rows(incremental.word_index(candidates)), counts, total
    )


def _rescore(store: Store, new: set[str], changed: set[str]) -> None:
    """Importance is a story-wide measure (how many articles refer back to a day, how central
    an event is among the day's reports): new articles move every event's score, so the whole
    story is scored again. Headlines and summaries, the costly part, are worked out again only
    for the events the add touches (``changed`` by the merge, or of the days the ``new``
    articles report: :func:`dashboard.events.importance.touched_by`)."""
    events, documents = store.events(), store.documents()
    refresh = touched_by(events, [d for d in documents if d.id in new], changed)
    scored = score_events(events, documents, refresh=refresh)
    store.update_scores(
        {e.id: (e.importance, e.summary) for e in scored}, labels={e.id: e.label for e in scored}
    )


def _merge_incremental(
    store: Store, version: str, new: set[str]
) -> tuple[int | None, dict[str, float]]:
    """Merge the new documents' mentions into the events they can touch (their region); None
    when that cannot be done or would not pay (then the caller merges everything)."""
    started = time.perf_counter()
    positions = _positions(store)
    old = len(positions) - len(new)
    if old <= 0 or len(new) > old * MAX_NEW_SHARE or store.count_events() == 0:
        return None, {}
    fresh = _candidates(store.cached_extractions_of(version, sorted(new)), positions)
    _, total = store.word_counts([])
    if total is None or total != store.count_mentions():
        return None, {}  # no index of the stored events (an older store): merge everything
    # The stored mentions filed under a (word, quarter) of a new one, from the store's index:
    # their events are the region.
    filed = incremental.word_index(fresh)
    stored_blocks = store.word_blocks(filed)
    region = store.event_ids_with_keys(incremental.region_keys(stored_blocks))
    # Reports of one day are also compared by what their sentences say (the merge's same-day
    # paraphrase pairs), with no word in common: the events of the new mentions' days join.
    region |= store.event_ids_with_mentions_on({c.start for c in fresh if c.start == c.end})
    found = time.perf_counter()
    rows = store.mentions_of_events(region)
    # A mention key held by an event outside the region pulls that event in (same timex, two
    # labels): the region's candidates are then exactly its events' mentions.
    more = store.event_ids_with_keys({key for _, key, _ in rows}) - region
    if more:
        region |= more
        rows = store.mentions_of_events(region)
    if len(rows) > store.count_mentions() * MAX_REGION_SHARE:
        return None, {}
    keys = {key for _, key, _ in rows}
    documents = sorted({doc_id for _, _, doc_id in rows})
    if any(doc_id not in positions for doc_id in documents):
        return None, {}  # a mention of a document left out of the story: the store is stale
    old_candidates = _candidates(store.cached_extractions_of(version, documents), positions, keys)
    if len(old_candidates) != len(rows):
        return None, {}  # the cache and the stored events do not agree: merge everything
    # Words weigh as in the whole store: the stored counts, with the new mentions' words.
    added = Counter(word for c in fresh for word in c.words)
    counts, _ = store.word_counts({word for c in old_candidates for word in c.words} | set(added))
    for word, count in added.items():
        counts[word] = counts.get(word, 0) + count
    weights = word_weights(counts, total + len(fresh))
    read = time.perf_counter()
    events = incremental.merge_region(old_candidates, fresh, weights)
    merged = time.perf_counter()
    count = store.replace_some_events(region, events)
    store.add_to_word_index(incremental.grown_blocks(stored_blocks, filed), added, len(fresh))
    scored = time.perf_counter()
    _rescore(store, new, {e.id for e in events})
    return count, {
        "score": time.perf_counter() - scored,
        "region": found - started,
        "read": read - found,
        "merge": merged - read,
        "write": time.perf_counter() - merged,
        "region_events": float(len(region)),
    }
