"""``create_app(store)``: the Dash app over one store. Nothing is read until a page asks for it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import dash
from flask import Response

from dashboard.app import callbacks, guard
from dashboard.app.articles import MAX_UPLOAD_BYTES
from dashboard.app.layout import build_layout
from dashboard.model import Document, Event, Note
from dashboard.render.figure import OVERVIEW_CSS
from dashboard.render.styles import SourceStyles, source_styles
from dashboard.timeline import ingest

T = TypeVar("T")


class Catalogue:
    """The app's window on the store: events and documents cached until the store changes.

    The server answers requests on several threads; each thread uses its own SQLite connection
    (the store keeps one per thread). The cache is dropped when this server writes (an article
    added) and when SQLite's ``data_version`` says another connection committed: another thread,
    or another ``serve`` on the same file, whose articles then appear here too. Writes of this
    server go one at a time (``call``, ``ingest``), so they queue instead of timing out.
    """

    def __init__(self, store: Any) -> None:
        self.store = store
        self._write_lock = threading.RLock()
        self._lock = threading.Lock()  # guards the cache and its generation
        self._cache: dict[str, Any] = {}
        self._generation = 0

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

    def _cached(self, name: str, load: Callable[[], T]) -> T:
        if self.store.changed_elsewhere():
            self._invalidate()
        with self._lock:
            generation, value = self._generation, self._cache.get(name)
        if value is not None:
            return value
        value = load()
        with self._lock:
            if generation == self._generation:  # not dropped while it was read
                self._cache[name] = value
        return value

    def events(self) -> list[Event]:
        return self._cached("events", lambda: list(self.store.events()))

    def documents(self) -> dict[str, Document]:
        return self._cached("documents", lambda: {d.id: d for d in self.store.documents()})

    def styles(self) -> SourceStyles:
        """The story's source styles: every source in the order its first article was stored,
        so a source keeps its colour and marker when later articles bring new ones."""
        return source_styles(self.documents().values(), self.events())

    def sources(self) -> list[str]:
        """The sources the events name, in the order of :meth:`styles`."""
        reported = {s for e in self.events() for s in e.sources}
        return [s for s in self.styles().order if s in reported]

    def notes(self, event_id: str | None = None) -> list[Note]:
        return list(self.store.notes(event_id))

    def ingest(self, documents: list[Document]) -> Any:
        return self.call(ingest, self.store, documents)


def create_app(
    store: Any,
    *,
    title: str = "News timeline",
    max_upload_bytes: int = MAX_UPLOAD_BYTES,
    host: str = "127.0.0.1",
    port: int | None = None,
) -> dash.Dash:
    """A Dash app showing the events of ``store`` (a ``dashboard.store.Store``).

    ``host`` and ``port`` are where it is served: a request addressed to another host (DNS
    rebinding) or a POST from another site's page is refused (:mod:`dashboard.app.guard`).

    >>> app = create_app(Store("data/timeline.sqlite"))  # doctest: +SKIP
    >>> app.run(host="127.0.0.1", port=8050)  # doctest: +SKIP
    """
    app = dash.Dash(
        __name__,
        title=title,
        assets_folder=str(Path(__file__).parent / "assets"),
        serve_locally=True,  # no CDN: the dashboard works offline
        suppress_callback_exceptions=True,  # the note buttons appear only with their event
    )
    guard.install(app.server, guard.allowed_hosts(host), port)
    # The range slider's light look (figure.OVERVIEW_CSS): Plotly offers no layout setting for it.
    app.index_string = app.index_string.replace(
        "</head>", f"<style>{OVERVIEW_CSS}</style></head>", 1
    )
    # An upload arrives base64-encoded (4/3 larger) inside a JSON request; refuse anything far
    # beyond the limit before it is read, and say so in words.
    app.server.config["MAX_CONTENT_LENGTH"] = max_upload_bytes * 2 + 1_000_000

    @app.server.errorhandler(413)
    def _too_large(_error: Exception) -> Response:
        return Response(
            f"The upload is larger than {max_upload_bytes / 1e6:.0f} MB; split the article.",
            status=413,
            mimetype="text/plain",
        )

    app.layout = build_layout(title=title, max_upload_bytes=max_upload_bytes)
    callbacks.register(app, Catalogue(store), title=title, max_upload_bytes=max_upload_bytes)
    return app
