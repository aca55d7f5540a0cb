"""The page's callbacks, by concern. Each registered callback is a few lines: it reads its inputs
(and which one fired), calls a plain function of the same module, and returns what that gives.

The plain functions take the ``Catalogue`` and values and return values, so they are tested without
a browser (``tests/test_callbacks.py``); the browser tests cover the wiring.
"""

from __future__ import annotations

import dash

from dashboard.app.callbacks import articles, clientside, exports, notes, timeline
from dashboard.app.catalogue import Catalogue


def register(app: dash.Dash, catalogue: Catalogue, *, title: str, max_upload_bytes: int) -> None:
    """Attach every callback of the page to ``app``."""
    timeline.register(app, catalogue)
    notes.register(app, catalogue)
    exports.register(app, catalogue, title=title)
    articles.register(app, catalogue, max_upload_bytes=max_upload_bytes)
    clientside.register(app, max_upload_bytes=max_upload_bytes)
