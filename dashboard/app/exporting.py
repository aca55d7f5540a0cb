"""The export buttons: the current view as PNG, SVG, PDF, HTML or a PPTX deck.

The rendering itself belongs to ``dashboard.export`` (Kaleido on the system Chromium, offline
HTML); this module only decides *what* is exported: the filtered events, the visible dates, the
notes if they are shown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from dashboard.export import ExportError, timeline_bytes
from dashboard.model import Document, Event, Note
from dashboard.render.view import make_view
from dashboard.select import Filters

BUTTON_FORMATS = ("png", "svg", "pdf", "html", "pptx")


class ViewExportError(Exception):
    """The view could not be exported; the message says why."""


def export_filename(title: str, fmt: str, today: dt.date) -> str:
    """A file name for the download: ``news-timeline-2025-05-07.png``.

    >>> export_filename("News timeline", "png", dt.date(2025, 5, 7))
    'news-timeline-2025-05-07.png'
    """
    slug = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-") or "timeline"
    return f"{slug}-{today.isoformat()}.{fmt}"


def export_view(
    events: Sequence[Event],
    filters: Filters,
    fmt: str,
    *,
    notes: Mapping[str, Sequence[Note]] | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
    title: str,
    documents: Sequence[Document] = (),
) -> bytes:
    """The events as the analyst sees them now: selected by the same ``filters`` as the chart
    (``dashboard.select``), within the visible dates, with the notes if they are shown, each
    source in its dashboard colour and shape; rendered to ``fmt`` by ``timeline_bytes``."""
    if fmt not in BUTTON_FORMATS:
        raise ViewExportError(
            f"{fmt!r} is not an export format here; use PNG, SVG, PDF, HTML or PPTX."
        )
    view = make_view(
        events,
        documents=documents,
        filters=filters,
        notes=notes,
        title=title,
        preset="slide" if fmt == "pptx" else "web",
        date_from=date_from,
        date_to=date_to,
    )
    if not view.events:
        raise ViewExportError("Nothing to export: no event passes the filters.")
    try:
        return timeline_bytes(view, fmt)
    except ExportError as error:
        raise ViewExportError(str(error)) from error
