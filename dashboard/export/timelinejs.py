"""Knight Lab TimelineJS JSON, so the same timeline opens in that tool.

Format: https://timeline.knightlab.com/docs/json-format.html — ``{"title": slide, "events":
[slide…]}``, each slide with ``start_date``/``end_date`` ({year, month, day}, coarser parts left out),
``text`` ({headline, text}: text is HTML, so the quotes are escaped), ``group`` and ``unique_id``.
A whole year (1945-01-01..1945-12-31) is written as ``{"year": 1945}``, a whole month as year and
month, so TimelineJS shows "1945" rather than a day; every slide also carries ``display_date``,
the dates at their own precision ("the 1970s", "late Aug – early Sep 2025"), so a fuzzy span is
never shown as exact days. Slides are grouped by source (the sources that report the event) unless
asked otherwise, and an event the analyst corrected says so in its headline (✎).

>>> import datetime as dt
>>> from dashboard.model import Certainty, Event
>>> e = Event("e1", "Defeat of Nazi Germany", dt.date(1945, 1, 1), dt.date(1945, 12, 31),
...           Certainty.APPROXIMATE)
>>> slide = timeline_json([e])["events"][0]
>>> slide["start_date"], slide["display_date"]
({'year': 1945}, '1945')
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
from collections.abc import Sequence
from typing import Any

from dashboard.model import Event
from dashboard.render.figure import edited_label
from dashboard.wording import disagreement_text, event_when

GROUP_BY = ("certainty", "source")


def timeline_json(
    events: Sequence[Event], *, title: str = "Timeline", group_by: str = "source"
) -> dict[str, Any]:
    """The TimelineJS document for ``events``; ``group_by`` is "certainty" or "source"."""
    if group_by not in GROUP_BY:
        raise ValueError(f"group_by must be one of {GROUP_BY}, not {group_by!r}")
    sources = sorted({s for e in events for s in e.sources})
    return {
        "title": {
            "text": {
                "headline": html.escape(title, quote=False),
                "text": html.escape(
                    f"{len(events)} events from {', '.join(sources) or 'no source'}"
                ),
            }
        },
        "events": [_slide(e, group_by) for e in events],
    }


def _slide(event: Event, group_by: str) -> dict[str, Any]:
    start, end = _dates(event.start, event.end)
    quotes = "".join(
        f"<p><b>{_esc(m.source)}</b> ({_esc(m.text)}): {_esc(m.sentence)}</p>"
        for m in event.mentions
    )
    if event.disagreement:
        quotes = f"<p><i>{_esc(disagreement_text(event.disagreement))}</i></p>" + quotes
    if event.edits:
        quotes = "".join(f"<p><i>{_esc(edit)}</i></p>" for edit in event.edits) + quotes
    slide: dict[str, Any] = {
        "unique_id": event.id,
        "start_date": start,
        "display_date": event_when(event.start, event.end),
        "text": {"headline": _esc(edited_label(event)), "text": quotes},
        "group": str(event.certainty) if group_by == "certainty" else ", ".join(event.sources),
    }
    if end is not None:
        slide["end_date"] = end
    return slide


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _dates(start: dt.date, end: dt.date) -> tuple[dict[str, int], dict[str, int] | None]:
    """TimelineJS dates at the coarsest grain that says exactly start..end."""
    if start == dt.date(start.year, 1, 1) and end == dt.date(end.year, 12, 31):
        first, last = {"year": start.year}, {"year": end.year}
    elif start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]:
        first = {"year": start.year, "month": start.month}
        last = {"year": end.year, "month": end.month}
    else:
        first = {"year": start.year, "month": start.month, "day": start.day}
        last = {"year": end.year, "month": end.month, "day": end.day}
    return first, (None if first == last else last)
