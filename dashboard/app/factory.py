"""``create_app(store)``: the Dash app over one store. Nothing is read until a page asks for it."""

from __future__ import annotations

from pathlib import Path

import dash
from flask import Response

from dashboard.app import callbacks, guard
from dashboard.app.articles import MAX_UPLOAD_BYTES
from dashboard.app.catalogue import Catalogue
from dashboard.app.layout import build_layout
from dashboard.render.figure import OVERVIEW_CSS
from dashboard.store import Store


def create_app(
    store: Store,
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
