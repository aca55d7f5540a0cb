"""The app's window on the store: what the callbacks read and write, behind one lock."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from dashboard.model import Document, Event, Note
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
        self._documents: dict[str, Document] | None = None

    def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` under the store lock."""
        with self._lock:
            return fn(*args)

    def events(self) -> list[Event]:
        with self._lock:
            if self._events is None:
                self._events = list(self.store.events())
            return self._events

    def documents(self) -> dict[str, Document]:
        with self._lock:
            if self._documents is None:
                self._documents = {d.id: d for d in self.store.documents()}
            return self._documents

    def styles(self) -> SourceStyles:
        """The story's source styles: every source in the order its first article was stored,
        so a source keeps its colour and marker when later articles bring new ones."""
        return source_styles(self.documents().values(), self.events())

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
                self._events = self._documents = None
