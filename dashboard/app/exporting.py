"""The export buttons: the current view as PNG, SVG, PDF, HTML or a PPTX deck.

The rendering itself belongs to ``dashboard.export`` (Kaleido on the system Chromium, offline
HTML); this module only decides *what* is exported: the filtered events, the visible dates, the
notes if they are shown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from dashboard.model import Document, Event, Note

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
    fmt: str,
    *,
    notes: Mapping[str, Sequence[Note]] | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
    title: str,
    documents: Sequence[Document] = (),
) -> bytes:
    """The events as the analyst sees them now (filtered, within the visible dates, with the
    notes if they are shown), rendered to ``fmt`` by ``dashboard.export.timeline_bytes``."""
    from dashboard import export

    if fmt not in BUTTON_FORMATS:
        raise ViewExportError(
            f"{fmt!r} is not an export format here; use PNG, SVG, PDF, HTML or PPTX."
        )
    if not events:
        raise ViewExportError("Nothing to export: no event passes the filters.")
    try:
        return export.timeline_bytes(
            events,
            fmt,
            preset="slide" if fmt == "pptx" else "web",
            title=title,
            date_from=date_from,
            date_to=date_to,
            notes=notes,
            with_notes=bool(notes),
            documents=documents,
        )
    except export.ExportError as error:
        raise ViewExportError(str(error)) from error
