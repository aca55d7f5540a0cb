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
    """The app's window on the store: events and documents cached until articles are added.

    Every store call goes through one lock, so the store is used by one request at a time
    (SQLite connections are not shared between threads safely).
    """

    def __init__(self, store: Any) -> None:
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

    def ingest(self, documents: list[Document]) -> Any:
        with self._lock:
            try:
                return ingest(self.store, documents)
            finally:
                self._events = self._documents = None


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
