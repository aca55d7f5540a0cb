"""THE pipeline: documents -> time expressions -> mentions -> merged events -> the store.

Every path that changes what a story holds goes through here: the CLI ``serve`` and ``export
--db``, the dashboard's "Add article", a corrected publication date, a removed article. Each call
is one store transaction: the documents, each document's extracted mentions (cached by content
hash and code version, so adding one article extracts only it) and the merged events are kept
together or not at all.

The event layer (:mod:`dashboard.events`) stays pure and knows no store; the store knows rows,
not how events are made; this module joins the two.

>>> import tempfile, pathlib
>>> from dashboard.ingest.archive import load_documents
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
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.events import (
    Candidate,
    Tagger,
    candidate_from_json,
    extractor_version,
    incremental,
    merger_version,
    score_events,
)
from dashboard.events.importance import (
    TOPIC_SHARE,
    Openings,
    WordsBy,
    day_word_counts,
    evidence_scores,
    headlines_and_summaries,
    news_days,
    opening_counts,
    story_importance,
    story_topic,
    told_anew,
    touched_by,
)
from dashboard.events.merge import PairsBy, merge_and_count, no_cyclic_gc, word_weights
from dashboard.model import Certainty, Document, Event, mention_key
from dashboard.parallel import InProcess, batches, extract_document
from dashboard.store import Store, StoreError

if TYPE_CHECKING:
    from dashboard.parallel import DaskExtractor

    Extractor = InProcess | DaskExtractor

READ_BATCH = 200  # documents read from the store at a time while extracting
MAX_NEW_SHARE = 0.25  # more new documents than this share of the stored ones: merge everything
MAX_REGION_SHARE = 0.5  # a region holding more than this share of the mentions: merge everything
# A region of more mentions than this is not taken apart: the new mentions join its stored events
# as groups (re-pairing costs about a millisecond a mention; below this it is exact and cheap).
SETTLED_FROM = 1000

# Called as progress(done, total) while documents are extracted (a progress bar, a page's status).
Progress = Callable[[int, int], None]
# Hears each step of a long ingest in words ("merging 1,384 mentions"): the dashboard shows it.
Status = Callable[[str], None]

__all__ = [
    "IngestReport",
    "backup_due",
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


def open_store(
    path: str | Path,
    *,
    tagger: Tagger | None = None,
    status: Status | None = None,
    upgrade: bool = True,
) -> Store:
    """The store at ``path``, its events rebuilt once if other event code made them (an upgrade,
    :func:`upgrade_store`) unless ``upgrade`` is False: then the caller upgrades it, on a
    cluster when it is big. ``status(sentence)`` hears of such a rebuild before it starts.

    Raises ``StoreError`` (naming the file and what to do) when it cannot be used.
    """
    store = Store(path)
    try:
        if upgrade:
            upgrade_store(store, tagger=tagger, status=status)
    except StoreError:
        store.close()
        raise
    return store


def articles_to_upgrade(store: Store) -> int | None:
    """How many of the story's articles an upgrade extracts again (their cached extraction was
    made by other code); 0 when its events are only merged again; None when the store is up to
    date. An article left out of the story is extracted again if it is restored, not before."""
    stale = len(store.uncached_document_ids(extractor_version()))
    if stale:
        return stale
    return 0 if _merged_by_other_code(store) else None


def upgrade_store(
    store: Store,
    *,
    tagger: Tagger | None = None,
    status: Status | None = None,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
) -> bool:
    """Rebuild the events once if other event code made them (an upgrade): the articles
    extracted again when the extraction's code changed (by ``extractor``, this process by
    default), else only merged again. Whether it rebuilt."""
    stale = articles_to_upgrade(store)
    if stale is None:
        return False
    articles = stale or store.count_documents()
    (status or _quiet)(
        f"{store.path}: made by another version of this program; its {articles:,} "
        + ("article is " if articles == 1 else "articles are ")
        + ("extracted and merged again" if stale else "merged again")
        + " (once)"
    )
    with store.transaction():
        _rebuild(store, tagger, progress, extractor)
    return True


def _merged_by_other_code(store: Store) -> bool:
    """Whether the stored events were merged by other code than this (an upgrade; a store of
    an earlier schema does not say, and is merged again once)."""
    return store.events_made_by() != merger_version() and store.count_documents() > 0


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
    (``<file>.backup``, SQLite's online backup) when :func:`backup_due` says so, and a new
    store's first build is copied once written. ``status(step)`` hears what is being done.
    """
    say = status or _quiet
    documents = list(documents)
    known = store.stored_ids()
    new = list({d.id: d for d in documents if d.id not in known}.values())
    if not new:
        return IngestReport([], documents, store.count_events())
    reason = backup_due(
        stored=len(known),
        new=len(new),
        size_bytes=store.size_bytes(),
        backup_age=store.backup_age(),
        merges_everything=not incremental,
    )
    if reason is not None:
        say(f"keeping a backup of the store ({reason})")
        store.backup()
    # In this process the slow part, finding the dates, is pure and runs before the write
    # transaction opens, so other writers (a note, another server) wait only for the writing.
    version = extractor_version()
    extracted: dict[str, tuple[str, str]] = {}
    started = time.perf_counter()
    if extractor is None:
        for number, doc in enumerate(new, start=1):
            which = f"article {number:,} of {len(new):,}, " if len(new) > 1 else ""
            say(
                f"finding the dates in {which}“{doc.title or doc.source}” "
                f"({len(doc.text):,} characters)"
            )
            extracted[doc.id] = extract_document(doc, tagger)
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
                store.save_extraction(doc.id, version, *extracted[doc.id])
        say("merging the new mentions into the events")
        count, timings = _rebuild(
            store, tagger, progress, extractor, new={d.id for d in added} if incremental else None
        )
    timings["extract"] = timings.get("extract", 0.0) + seconds
    if not known:
        say("keeping a backup of the new store")
        store.backup()  # a first build is long work: its result is what to keep
    return IngestReport(added, already, count, timings)


# The rolling backup is at most this old when an add writes to a big store.
BACKUP_EVERY = dt.timedelta(hours=1)
# A store smaller than this is copied before every add: the copy takes a fraction of a second.
SMALL_STORE_BYTES = 64 * 2**20


def backup_due(
    *,
    stored: int,
    new: int,
    size_bytes: int,
    backup_age: dt.timedelta | None,
    merges_everything: bool = False,
) -> str | None:
    """Why the store is copied to its rolling backup before an add of ``new`` articles to
    ``stored`` ones, or None when it is not. An add is one SQLite transaction (all of it is
    kept or none), and the articles are still in the files they came from; what the backup
    guards is the rest (the notes, the decisions) against a damaged file or a change of mind.
    The first rule that applies decides:

    ==========================================  ===========================================
    the store                                   backup before the add
    ==========================================  ===========================================
    holds no article yet                        no: nothing to lose (the new store's first
                                                build is copied once written)
    has no backup                               yes, "none kept yet"
    is merged whole by this add (new articles   yes, "every event is merged again"
    more than ``MAX_NEW_SHARE`` of the stored)
    has a backup older than ``BACKUP_EVERY``    yes, "the last one is over an hour old"
    is smaller than ``SMALL_STORE_BYTES``       yes, "a small store is copied on every add"
    otherwise                                   no: a big store's copy (seconds) is kept
                                                at most an hour old
    ==========================================  ===========================================

    >>> hour, big = dt.timedelta(hours=1), 400 * 2**20
    >>> backup_due(stored=0, new=5, size_bytes=0, backup_age=None) is None
    True
    >>> backup_due(stored=18840, new=10, size_bytes=big, backup_age=None)
    'none kept yet'
    >>> backup_due(stored=18840, new=10, size_bytes=big, backup_age=hour / 2) is None
    True
    >>> backup_due(stored=18840, new=10, size_bytes=big, backup_age=2 * hour)
    'the last one is over an hour old'
    >>> backup_due(stored=18840, new=9000, size_bytes=big, backup_age=hour / 2)
    'every event is merged again'
    >>> backup_due(stored=40, new=1, size_bytes=2**20, backup_age=hour / 60)
    'a small store is copied on every add'
    """
    if stored == 0:
        return None
    if backup_age is None:
        return "none kept yet"
    if merges_everything or new > stored * MAX_NEW_SHARE:
        return "every event is merged again"
    if backup_age > BACKUP_EVERY:
        return "the last one is over an hour old"
    if size_bytes < SMALL_STORE_BYTES:
        return "a small store is copied on every add"
    return None


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
    if (
        new is not None
        and set(extracted_ids) <= new
        and _few_new(store, new)
        and not _merged_by_other_code(store)  # events of other code are not added to
    ):
        _release(extractor)  # the region is merged here: the workers' memory is free for it
        with no_cyclic_gc():
            count, timings = _merge_incremental(store, version, new)
    if count is None:
        count, timings = _merge_all(store, version, extractor if tagger is None else None)
    _release(extractor)
    store.set_events_made_by(merger_version())
    return count, {"extract": extracted - started, **timings}


def _release(extractor: Extractor | None, *, wait: bool = True) -> None:
    """Stop the workers of a local cluster started for this ingest, once no more work is theirs:
    their memory is then free for the rest of the merge. Without ``wait``, they stop while this
    process goes on (when what is left is only writing, whose memory is small)."""
    release = getattr(extractor, "release", None)
    if release is not None:
        release(wait=wait)


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

    for document_id, payload, leads in extractor.extract(documents(), step):
        store.save_extraction(document_id, version, payload, leads)
    return missing


def _positions(store: Store) -> dict[str, int]:
    return {doc_id: position for position, doc_id in enumerate(store.document_ids())}


def _candidates(
    payloads: dict[str, str],
    positions: dict[str, int],
    keys: Mapping[str, Collection[str]] | None = None,
) -> list[Candidate]:
    """The cached candidates of ``payloads`` (with ``keys``, document id -> keys, only those).
    Without ``keys`` (a whole store's mentions, which the merge holds at once), each string is
    shared between the candidates that repeat it (words, names, sources, sentences): a third
    less memory. A region's few thousand are not worth it: the sharing was half the time of
    reading them."""
    shared: dict[str, str] = {}

    def one(text):
        return shared.setdefault(text, text) if isinstance(text, str) else text

    out: list[Candidate] = []
    for doc_id in list(payloads):
        position = positions[doc_id]
        payload = payloads.pop(doc_id)  # each payload freed once read
        for c in _payload_items(payload, None if keys is None else keys.get(doc_id, ())):
            if keys is None:
                for field_name in ("words", "names", "actors"):
                    c[field_name] = [one(w) for w in c[field_name]]
                c["mention"] = {name: one(value) for name, value in c["mention"].items()}
            out.append(candidate_from_json(c, position))
    return out


_DECODER = json.JSONDecoder()


def _payload_items(payload: str, keys: Collection[str] | None) -> list[dict]:
    """The candidates of a cached payload (JSON text), in its order; with ``keys``, only
    theirs. A region's articles hold five times the candidates it reads, and parsing every
    payload whole was most of an add's reading: each wanted candidate is found by how the
    extraction writes its opening (``json.dumps``: ``{"key": "<key>"``; a quote inside a
    string is escaped, so that text opens nothing else) and only it is parsed. A payload
    written otherwise is parsed whole.

    >>> payload = json.dumps([{"key": "k1", "n": 1}, {"key": "k2", "n": "{\\"key\\": \\"k1\\""}])
    >>> [c["n"] for c in _payload_items(payload, {"k1"})]  # the one in a string is text
    [1]
    >>> _payload_items(json.dumps([{"n": 1, "key": "k1"}]), {"k1"})  # written otherwise
    [{'n': 1, 'key': 'k1'}]
    """
    if keys is None:
        return json.loads(payload)
    starts: list[int] = []
    for key in keys:
        opening = '{"key": ' + json.dumps(key)
        at = payload.find(opening)
        if at < 0:
            return [c for c in json.loads(payload) if c["key"] in keys]
        while at >= 0:
            starts.append(at)
            at = payload.find(opening, at + 1)
    return [_DECODER.raw_decode(payload, at)[0] for at in sorted(starts)]


def _merge_all(
    store: Store, version: str, extractor: Extractor | None = None
) -> tuple[int, dict[str, float]]:
    """Merge every document's cached mentions and replace every event. The pair scoring and the
    headlines, most of the work, run on the ``extractor``'s workers when they can hold the
    story (:meth:`dashboard.parallel.DaskExtractor.shares_merge`), else here once the workers
    are stopped; the events are the same either way."""
    started = time.perf_counter()
    positions = _positions(store)
    shares = getattr(extractor, "shares_merge", None)
    helper = extractor if shares is not None and shares(len(positions)) else None
    workers = helper.workers if helper is not None else 0
    if helper is None:
        _release(extractor)
    candidates = _candidates(store.cached_extractions_of(version, list(positions)), positions)
    filed: list[incremental.BlockRow] = []
    made, counts = merge_and_count(
        candidates, pairs_by=helper and _filing_meanwhile(helper.score_pairs, candidates, filed)
    )
    documents = store.documents()
    openings = _kept_openings(store, documents)
    opening = opening_counts(documents, openings)
    events, evidence, news = _scored(
        made,
        documents,
        leads=store.cached_leads(version),
        words_by=helper and helper.write_words,
        topic=story_topic(*opening),
        openings=openings,
    )
    _release(extractor, wait=False)  # the workers stop while the events are written
    del made, documents
    merged = time.perf_counter()
    count = store.replace_events(events, evidence)
    store.set_news_days(news, every=True)
    _set_topic(store, opening, openings)
    del events
    written = time.perf_counter()
    _write_word_index(store, filed or _word_index_rows(candidates), counts)
    return count, {
        "merge": merged - started,
        "write": written - merged,
        "index": time.perf_counter() - written,
        "merge_workers": float(workers),  # that shared the merge; 0: this process alone
    }


def _word_index_rows(candidates: list[Candidate]) -> Iterator[incremental.BlockRow]:
    """What a later incremental merge looks up: where each mention is filed (one row at a time:
    at 10x they are millions)."""
    return incremental.block_rows(incremental.word_index(candidates))


def _filing_meanwhile(
    score_pairs: PairsBy, candidates: list[Candidate], filed: list[incremental.BlockRow]
) -> PairsBy:
    """``score_pairs`` (on the workers), with the candidates' word index filed into ``filed``
    here once the merge's own share of the work is done and it would wait for the workers'.
    Not while the workers write the headlines: that filing held this process's interpreter
    lock as the client was sending them the jobs, and they started 1-2 s late."""

    def started(work):
        pending = score_pairs(work)

        def collect():
            filed.extend(_word_index_rows(candidates))
            return pending()

        return collect

    return started


def _write_word_index(
    store: Store, rows: Iterable[incremental.BlockRow], counted: tuple[dict[str, int], int]
) -> None:
    """The index of the mentions (``rows``) and how many mentions hold each word (as the merge
    counts them)."""
    counts, total = counted
    store.replace_word_index(rows, counts, total)


def _scored(
    events: list[Event],
    documents: list[Document],
    refresh: set[str] | None = None,
    leads: dict[str, list[str]] | None = None,
    words_by: WordsBy | None = None,
    topic: frozenset[str] | None = None,
    openings: Openings | None = None,
) -> tuple[list[Event], list[tuple[float, float]], dict[str, dt.date]]:
    """The events scored over the whole story (:func:`score_events`; ``leads``: the articles'
    cached lead sentences; ``topic``: the story's topic words, by default worked out from the
    ``documents``), with what the store keeps so that a later add scores again only the days
    it changes: each event's evidence before scaling and each article's news day."""
    news: dict[str, dt.date] = {}
    evidence: list[tuple[float, float]] = []

    def weighed() -> list[tuple[float, float]]:
        # worked out while the workers write the headlines (``words_by``): it was 0.5 s before
        # they started
        news.update(news_days(events, documents))
        evidence.extend(
            evidence_scores(
                events, documents, news=Counter(news.values()), topic=topic, openings=openings
            )
        )
        return evidence

    scored = score_events(
        events, documents, refresh=refresh, evidence=weighed, leads=leads, words_by=words_by
    )
    return scored, evidence, news


def _kept_openings(store: Store, documents: list[Document]) -> Openings:
    """The ``documents``' opening words, those the store keeps read from it."""
    return Openings(documents, store.openings(d.id for d in documents))


def _set_topic(store: Store, counts: tuple[dict[str, int], int], openings: Openings) -> None:
    """Keep the story's opening word counts, the articles' opening words worked out, and the
    topic the stored evidence was worked out with (:func:`importance.story_topic`)."""
    store.set_opening_counts(*counts)
    store.set_openings(openings.worked_out())
    store.set_scored_topic(story_topic(*counts))


def _story_topic(store: Store) -> frozenset[str] | None:
    """The story's topic words from the store's counts; None when they were never counted."""
    counts, total = store.opening_counts(TOPIC_SHARE)
    return None if total is None else story_topic(counts, total)


# The stored events an incremental merge replaced: id -> (start, end), and (event id, document
# id) of each of their mentions.
Replaced = tuple[dict[str, tuple[dt.date, dt.date]], list[tuple[str, str]]]


def _rescore(store: Store, new: set[str], changed: list[Event], replaced: Replaced) -> None:
    """Importance is a story-wide measure (how many articles refer back to a day, how central
    an event is among the day's reports): new articles move every event's score. But an event's
    evidence before it is scaled to the story (:func:`evidence_scores`) reads only its own
    mentions, the other events of its day and two story-wide counts per day (articles published,
    articles whose news the day was), so only the events of the days the add changes
    (:func:`_changed_days`) are scored again (:func:`_rescore_days`), and every event's
    importance is then scaled from the stored evidence. A store without the evidence of some
    event (events written by other means) is scored whole once."""
    changed_ids = {e.id for e in changed}
    stored_news = store.news_days()
    if any(day is None for doc_id, day in stored_news.items() if doc_id not in new):
        return _rescore_all(store, new, changed_ids)
    scored_topic = store.scored_topic()
    if scored_topic is None:  # an older store: its articles never counted
        return _rescore_all(store, new, changed_ids)
    new_documents = store.documents_with_ids(sorted(new))
    new_openings = Openings(new_documents)
    store.set_opening_counts(*opening_counts(new_documents, new_openings), add=True)
    store.set_openings(new_openings.worked_out())
    topic = _story_topic(store)
    if topic != scored_topic:  # the story's topic moved: every event's share may
        return _rescore_all(store, new, changed_ids)
    days, moved = _changed_days(store, new_documents, changed, replaced, stored_news)
    store.set_news_days(moved)
    if not _rescore_days(store, days, new_documents, changed, topic):
        _rescore_all(store, new, changed_ids)


@dataclass(frozen=True)
class ChangedDays:
    """The days an add changes, by what of them it changes (:func:`_changed_days`).

    An event of one day reads its day's other events of one day, and two counts of articles
    (published that day or the next; whose news the day was); an event that spans days reads
    only the articles of the events of one day on its first day (``evidence_scores``). So:

    ============================  =============================  ==========================
    the add changes, on a day     e.g.                           scored again
    ============================  =============================  ==========================
    an event of that one day      a new mention of 20 April      ``whole``: every event
                                                                 starting that day
    only a count of articles      a new article published then   ``exact``: the events of
                                  or the next day; a news day    that one day
                                  moved
    ============================  =============================  ==========================

    A span the merge replaced or made is scored again itself, whatever its first day."""

    whole: frozenset[dt.date]
    exact: frozenset[dt.date]


def _changed_days(
    store: Store,
    new_documents: list[Document],
    changed: list[Event],
    replaced: Replaced,
    stored_news: dict[str, dt.date | None],
) -> tuple[ChangedDays, dict[str, dt.date]]:
    """The days whose events an add scores again (:class:`ChangedDays`), and the articles whose
    news day it moves (id -> the new day): the days of the events of one day the merge replaced
    and made (``replaced``, ``changed``), the days the new articles were published and the day
    before (the articles published on a day count for it and the day before), and the days a
    news day moved from or to."""
    spans, touched = replaced
    new = {d.id for d in new_documents}
    # The articles whose news day can move: the new ones, and those with a mention of one day
    # in a replaced or a new event, dated the day of publication or the day before.
    dated = [(spans[event_id], doc_id) for event_id, doc_id in touched]
    dated += [((e.start, e.end), m.document_id) for e in changed for m in e.mentions]
    published = store.published_days({doc_id for _, doc_id in dated})
    suspects = new | {
        doc_id
        for (start, end), doc_id in dated
        if start == end
        and doc_id in published
        and published[doc_id] - _DAY <= start
        and start <= published[doc_id]
    }
    mentions: dict[tuple[str, dt.date], list] = {}
    for event_id, day, mention in store.exact_mentions_of_documents(suspects):
        mentions.setdefault((event_id, day), []).append(mention)
    moved = {
        doc_id: day
        for doc_id, day in news_days(
            [
                Event(event_id, "", day, day, Certainty.EXACT, tuple(found))
                for (event_id, day), found in mentions.items()
            ],
            store.documents_with_ids(sorted(suspects)),
        ).items()
        if stored_news.get(doc_id) != day
    }
    whole = {start for start, end in spans.values() if start == end}
    whole |= {e.start for e in changed if e.start == e.end}
    counted = {
        day
        for d in new_documents
        if d.published is not None
        for day in (d.published, d.published - _DAY)
    }
    counted |= set(moved.values())
    counted |= {day for doc_id in moved if (day := stored_news.get(doc_id)) is not None}
    return ChangedDays(frozenset(whole), frozenset(counted - whole)), moved


def _rescore_days(
    store: Store,
    days: ChangedDays,
    new_documents: list[Document],
    made: list[Event],
    topic: frozenset[str],
) -> bool:
    """Score again the events of the ``days`` an add changes and the spans the merge ``made``,
    and scale every event's importance from the stored evidence; False (nothing written) when
    some other event has no stored evidence. Summaries are worked out again only for the
    events the add touches (:func:`dashboard.events.importance.touched_by`), headlines only
    for those the merge made: the others' mentions, and so their headline, are as they were."""
    changed = {e.id for e in made}
    # Each day read holds all its events of one day: an event's evidence reads them.
    part = store.events_with_ids(
        store.event_ids_starting_on(days.whole)
        | store.event_ids_starting_on(days.exact | {e.start for e in made}, exact=True)
        | changed
    )
    stored = store.evidence()
    in_part = {e.id for e in part}
    if any(own is None for event_id, (own, _, _) in stored.items() if event_id not in in_part):
        return False
    # The days a summary may be worded anew on: the new articles' (their leads) and those of
    # the events the merge made. A summary reads the leads of the articles published on its
    # day or the next.
    reported = {
        day
        for d in new_documents
        if d.published is not None
        for day in (d.published, d.published - _DAY)
    }
    worded_days = reported | {e.start for e in made if e.start == e.end}
    leading = set(store.document_ids_published_on(worded_days | {d + _DAY for d in worded_days}))
    documents = store.documents_with_ids(
        sorted({m.document_id for e in part for m in e.mentions} | leading)
    )
    leads = store.cached_leads(extractor_version(), leading)
    day_words = day_word_counts(part)
    told = told_anew(part, documents, {d.id for d in new_documents}, reported, leads, day_words)
    refresh = touched_by(part, new_documents, changed, told)
    openings = _kept_openings(store, documents)
    evidence = evidence_scores(
        part,
        documents,
        per_day=store.published_counts(),
        news=store.news_day_counts(),
        topic=topic,
        day_words=day_words,
        openings=openings,
    )
    store.set_openings(openings.worked_out())  # of articles stored before they were kept
    moved = {
        event.id: pair
        for event, pair in zip(part, evidence, strict=True)
        if pair != stored[event.id][:2]
    }
    for event_id, (own, day) in moved.items():
        stored[event_id] = (own, day, stored[event_id][2])
    ids = list(stored)
    importance = story_importance([stored[i][:2] for i in ids])
    words = headlines_and_summaries(
        part,
        documents,
        refresh,
        store.spans_of_sentences(m.sentence for e in part if e.id in changed for m in e.mentions),
        leads=leads,
        headlines=changed,
        day_words=day_words,
    )
    store.set_evidence(moved)  # only what moved: every row written is a page of the file
    store.set_importance(
        {i: score for i, score in zip(ids, importance, strict=True) if score != stored[i][2]}
    )
    scores = dict(zip(ids, importance, strict=True))
    store.update_scores(
        {i: (scores[i], summary) for i, (_, summary) in words.items()},
        labels={i: label for i, (label, _) in words.items() if i in changed},
    )
    return True


def _rescore_all(store: Store, new: set[str], changed: set[str]) -> None:
    """The whole story scored again (headlines and summaries only of the events the add of
    ``new`` touches), and the evidence and news days stored."""
    events, documents = store.events(), store.documents()
    refresh = touched_by(events, [d for d in documents if d.id in new], changed)
    openings = _kept_openings(store, documents)
    counts = opening_counts(documents, openings)
    scored, evidence, news = _scored(
        events,
        documents,
        refresh,
        store.cached_leads(extractor_version()),
        topic=story_topic(*counts),
        openings=openings,
    )
    _set_topic(store, counts, openings)
    store.update_scores(
        {e.id: (e.importance, e.summary) for e in scored}, labels={e.id: e.label for e in scored}
    )
    store.set_evidence({e.id: pair for e, pair in zip(events, evidence, strict=True)})
    store.set_news_days(news, every=True)


_DAY = dt.timedelta(days=1)


def _few_new(store: Store, new: set[str]) -> bool:
    """Whether the ``new`` documents are few enough next to the stored ones, which have events,
    for an incremental merge to pay (``MAX_NEW_SHARE``); a new store is merged whole."""
    old = store.count_documents() - len(new)
    return old > 0 and len(new) <= old * MAX_NEW_SHARE and store.count_events() > 0


def _merge_incremental(
    store: Store, version: str, new: set[str]
) -> tuple[int | None, dict[str, float]]:
    """Merge the new documents' mentions into the events they can touch (their region); None
    when that cannot be done or would not pay (then the caller merges everything)."""
    started = time.perf_counter()
    positions = _positions(store)
    if not _few_new(store, new):
        return None, {}
    fresh = _candidates(store.cached_extractions_of(version, sorted(new)), positions)
    _, total = store.word_counts([])
    if total is None or total != store.count_mentions():
        return None, {}  # no index of the stored events (an older store): merge everything
    # The stored mentions filed under a (word, quarter) of a new one, from the store's index:
    # their events are the region.
    filed = incremental.word_index(fresh)
    stored_blocks = store.word_blocks(filed)
    keys = incremental.region_keys(stored_blocks)
    # Reports of one day are also compared by what their sentences say (the merge's same-day
    # paraphrase pairs), with no word in common: the stored mentions of the new mentions' days
    # whose sentences read close enough to a new one's join.
    one_day = {c.start for c in fresh if c.start == c.end}
    compared = incremental.days_to_compare(fresh, store.mentions_counted_on(one_day))
    keys |= incremental.same_day_keys(fresh, store.mentions_on(compared))
    region = store.event_ids_with_keys(keys)
    found = time.perf_counter()
    rows = store.mentions_of_events(region)
    # A mention key held by an event outside the region pulls that event in (same timex, two
    # labels): the region's candidates are then exactly its events' mentions.
    more = store.event_ids_sharing_keys(region) - region
    if more:
        region |= more
        rows = store.mentions_of_events(region)
    if len(rows) > store.count_mentions() * MAX_REGION_SHARE:
        return None, {}
    wanted: dict[str, set[str]] = {}  # document id -> the keys of its mentions in the region
    for _, key, doc_id in rows:
        wanted.setdefault(doc_id, set()).add(key)
    documents = sorted(wanted)
    if any(doc_id not in positions for doc_id in documents):
        return None, {}  # a mention of a document left out of the story: the store is stale
    old_candidates = _candidates(store.cached_extractions_of(version, documents), positions, wanted)
    if len(old_candidates) != len(rows):
        return None, {}  # the cache and the stored events do not agree: merge everything
    # Words weigh as in the whole store: the stored counts, with the new mentions' words.
    added = Counter(word for c in fresh for word in c.words)
    counts, _ = store.word_counts({word for c in old_candidates for word in c.words} | set(added))
    for word, count in added.items():
        counts[word] = counts.get(word, 0) + count
    weights = word_weights(counts, total + len(fresh))
    stored = {e.id: e for e in store.events_with_ids(region, mentions=False)}
    held: dict[str, set[str]] = {}
    for event_id, key, _ in rows:
        held.setdefault(event_id, set()).add(key)
    read = time.perf_counter()
    # A big region's stored events are not taken apart: the new mentions join them as groups,
    # and only the events they touch are made again. An event the merge gives back as it was
    # stays as stored, headline, summary and all.
    if len(rows) > SETTLED_FROM:
        events, kept = incremental.merge_into_stored(
            old_candidates, fresh, list(stored.values()), held, weights
        )
    else:
        events, kept = incremental.merge_region(old_candidates, fresh, weights), set()
    merged = time.perf_counter()
    kept |= {e.id for e in events if e.id in stored and _same_event(stored[e.id], held[e.id], e)}
    changed = [e for e in events if e.id not in kept]
    gone = region - kept
    replaced = (
        {event_id: (stored[event_id].start, stored[event_id].end) for event_id in gone},
        [(event_id, doc_id) for event_id, _, doc_id in rows if event_id in gone],
    )
    count = store.replace_some_events(gone, changed)
    store.add_to_word_index(incremental.grown_blocks(stored_blocks, filed), added, len(fresh))
    scored = time.perf_counter()
    _rescore(store, new, changed, replaced)
    return count, {
        "score": time.perf_counter() - scored,
        "region": found - started,
        "read": read - found,
        "merge": merged - read,
        "write": scored - merged,
        "region_events": float(len(region)),
        "changed_events": float(len(changed)),
    }


def _same_event(stored: Event, keys: set[str], merged: Event) -> bool:
    """Whether the merge gave back the stored event (its mention ``keys``) as it was."""
    return (
        (stored.start, stored.end, stored.certainty, stored.disagreement, stored.disagrees_with)
        == (merged.start, merged.end, merged.certainty, merged.disagreement, merged.disagrees_with)
        and len(keys) == len(merged.mentions)
        and keys == {mention_key(m.document_id, m.sentence, m.timex_start) for m in merged.mentions}
    )
