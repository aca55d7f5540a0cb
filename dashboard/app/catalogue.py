"""The app's window on the store: what the callbacks read and write, behind one lock."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from dashboard.curation import curated_events, decide, revert, undo_last
from dashboard.events.importance import rank
from dashboard.model import Action, Decision, Document, Event, Note
from dashboard.render.styles import SourceStyles, source_styles
from dashboard.store import Store
from dashboard.timeline import IngestReport, ingest

T = TypeVar("T")


class Catalogue:
    """The app's window on the store: events and documents cached until articles are added.

    Every store call goes through one lock, so the store is used by one request at a time
    (SQLite connections are not shared between threads safely).
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.RLock()
        self._events: list[Event] | None = None
        self._unresolved: list[Decision] = []
        self._documents: dict[str, Document] | None = None
        self._source_order: tuple[str, ...] | None = None
        self._styles: SourceStyles | None = None  # every redraw asks: computed once per change

    def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` under the store lock."""
        with self._lock:
            return fn(*args)

    def events(self) -> list[Event]:
        """Every event with the analyst's decisions applied (hidden ones included: the
        selection leaves them out unless asked)."""
        with self._lock:
            if self._events is None:
                curated = curated_events(self.store)
                # most important first, once: the chart and the table then need no sorting
                self._events, self._unresolved = rank(curated.events), curated.unresolved
            return self._events

    def unresolved(self) -> list[Decision]:
        """Decisions whose event no longer exists (kept, and shown to the analyst)."""
        with self._lock:
            self.events()
            return list(self._unresolved)

    def decisions(self) -> list[Decision]:
        with self._lock:
            return self.store.decisions()

    def decide(self, target: str, action: Action, payload: dict | None = None) -> Decision:
        """Take one decision (``CurationError`` says why not); every view follows."""
        with self._lock:
            try:
                return decide(self.store, target, action, payload)
            finally:
                self._forget()

    def revert(self, decision_id: int | None = None) -> Decision:
        """Revert one decision, or the last one in force when no id is given."""
        with self._lock:
            try:
                return (
                    undo_last(self.store)
                    if decision_id is None
                    else revert(self.store, decision_id)
                )
            finally:
                self._forget()

    def _forget(self) -> None:
        self._events = self._documents = self._source_order = self._styles = None

    def documents(self) -> dict[str, Document]:
        with self._lock:
            if self._documents is None:
                self._documents = {d.id: d for d in self.store.documents()}
            return self._documents

    def styles(self) -> SourceStyles:
        """The story's source styles: every source in the order its first article was stored,
        so a source keeps its colour and marker when later articles bring new ones."""
        with self._lock:
            if self._source_order is None:
                # removed articles keep their place: removing one recolours no other source
                every = self.store.documents(include_removed=True)
                self._source_order = source_styles(every).order
            if self._styles is None:
                self._styles = SourceStyles(self._source_order).with_sources(
                    s for e in self.events() for m in e.mentions for s in (m.source,)
                )
            return self._styles

    def sources(self) -> list[str]:
        """The sources the events name, in the order of :meth:`styles`."""
        reported = {s for e in self.events() for s in e.sources}
        return [s for s in self.styles().order if s in reported]

    def notes(self, event_id: str | None = None) -> list[Note]:
        with self._lock:
            return list(self.store.notes(event_id))

    def ingest(self, documents: list[Document]) -> IngestReport:
        with self._lock:
            try:
                return ingest(self.store, documents)
            finally:
                self._forget()
