"""The app's window on the store: what the callbacks read, cached, and write, one at a time."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from dashboard.curation import Curated, curated_events, decide, revert, undo_last
from dashboard.events.importance import rank
from dashboard.model import Action, Decision, Document, Event, Note
from dashboard.render.styles import SourceStyles, source_styles
from dashboard.store import Store
from dashboard.timeline import IngestReport, Status, ingest

T = TypeVar("T")


class Catalogue:
    """The app's window on the store: events and documents cached until the store changes.

    The server answers requests on several threads; each thread uses its own SQLite connection
    (the store keeps one per thread). The cache is dropped when this server writes (an article
    added) and when another connection committed: another thread, or another ``serve`` on the
    same file, whose articles then appear here too. A thread that asked before knows it from
    SQLite's ``data_version``; a thread's first question is answered by the store's files
    (:meth:`Store.file_state`), so a new thread does not drop what the others read. Writes of
    this server go one at a time (``call``, ``ingest``), so they queue instead of timing out;
    so do the reads that fill the cache, so the page's first requests, which come together, read
    a big store once, not once each (measured on 22,000 events: the first chart came after
    9.8 s, the events read four times over).
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._write_lock = threading.RLock()
        self._lock = threading.Lock()  # guards the cache, its generation and the files' state
        self._loading = threading.RLock()  # one read into the cache at a time (they nest)
        self._cache: dict[str, Any] = {}
        self._generation = 0
        self._file_state: tuple | None = None

    def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run the write ``fn(*args)``, one at a time; the cache is dropped after it."""
        with self._write_lock:
            try:
                return fn(*args)
            finally:
                self._invalidate()

    def _invalidate(self) -> None:
        with self._lock:
            self._generation += 1
            self._cache.clear()

    def _changed_elsewhere(self) -> bool:
        """Whether another connection committed since the cache was last checked."""
        elsewhere = self.store.changed_elsewhere()
        state = self.store.file_state()
        with self._lock:
            seen, self._file_state = self._file_state, state
        return bool(elsewhere) or state != seen

    def _cached(self, name: str, load: Callable[[], T]) -> T:
        if self._changed_elsewhere():
            self._invalidate()
        with self._lock:
            value = self._cache.get(name)
        if value is not None:
            return value
        with self._loading:
            with self._lock:  # read by another thread while this one waited for it
                generation, value = self._generation, self._cache.get(name)
            if value is not None:
                return value
            value = load()
        with self._lock:
            if generation == self._generation:  # not dropped while it was read
                self._cache[name] = value
        return value

    def _curated(self) -> Curated:
        return self._cached("curated", lambda: curated_events(self.store))

    def events(self) -> list[Event]:
        """Every event with the analyst's decisions applied (hidden ones included: the
        selection leaves them out unless asked)."""
        # most important first, once: the chart and the table then need no sorting
        return self._cached("ranked", lambda: rank(self._curated().events))

    def unresolved(self) -> list[Decision]:
        """Decisions whose event no longer exists (kept, and shown to the analyst)."""
        return list(self._curated().unresolved)

    def decisions(self) -> list[Decision]:
        return self.store.decisions()

    def decide(self, target: str, action: Action, payload: dict | None = None) -> Decision:
        """Take one decision (``CurationError`` says why not); every view follows."""
        return self.call(decide, self.store, target, action, payload)

    def revert(self, decision_id: int | None = None) -> Decision:
        """Revert one decision, or the last one in force when no id is given."""
        if decision_id is None:
            return self.call(undo_last, self.store)
        return self.call(revert, self.store, decision_id)

    def documents(self) -> dict[str, Document]:
        return self._cached("documents", lambda: {d.id: d for d in self.store.documents()})

    def styles(self) -> SourceStyles:
        """The story's source styles: every source in the order its first article was stored,
        so a source keeps its colour and marker when later articles bring new ones."""
        # removed articles keep their place: removing one recolours no other source
        order = self._cached(
            "source_order",
            lambda: source_styles(self.store.documents(include_removed=True)).order,
        )
        return self._cached(
            "styles",
            lambda: SourceStyles(order).with_sources(s for e in self.events() for s in e.sources),
        )

    def sources(self) -> list[str]:
        """The sources the events name, in the order of :meth:`styles`."""
        reported = {s for e in self.events() for s in e.sources}
        return [s for s in self.styles().order if s in reported]

    def notes(self, event_id: str | None = None) -> list[Note]:
        return list(self.store.notes(event_id))

    def ingest(self, documents: list[Document], *, status: Status | None = None) -> IngestReport:
        # Not under the write lock: the pipeline finds the dates before its (short) write
        # transaction, and a note written meanwhile should not wait for that.
        try:
            return ingest(self.store, documents, status=status)
        finally:
            self._invalidate()
