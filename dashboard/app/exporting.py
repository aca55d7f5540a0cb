"""The export buttons: the current view as PNG, SVG or HTML bytes.

The rendering itself belongs to ``dashboard.export`` (Kaleido on the system Chromium, offline
HTML); this module only decides *what* is exported: the filtered events, the visible dates, the
notes if they are shown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from dashboard.model import Event, Note

BUTTON_FORMATS = ("png", "svg", "html")


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
) -> bytes:
    """The events as the analyst sees them now, rendered to ``fmt`` (png, svg or html)."""
    from dashboard import export

    if fmt not in BUTTON_FORMATS:
        raise ViewExportError(f"{fmt!r} is not an export format here; use PNG, SVG or HTML.")
    if not events:
        raise ViewExportError("Nothing to export: no event passes the filters.")
    try:
        fig = export.timeline_figure(
            events,
            preset="web",
            title=title,
            notes=notes,
            date_from=date_from,
            date_to=date_to,
            interactive=fmt == "html",
        )
        return export.render_bytes(fig, fmt, "web")
    except export.ExportError as error:
        raise ViewExportError(str(error)) from error
