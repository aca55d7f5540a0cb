"""Exports of the timeline: PNG/SVG/PDF through Kaleido and the system Chromium, offline HTML, PPTX.

The CLI (``python -m dashboard export``) and the dashboard's export buttons go through one dispatch:

- ``export_view(events, documents=..., sources=..., date_from=..., preset="a4")`` checks the
  request and selects the events (``dashboard.select``, as the dashboard does) into a ``View``;
- ``timeline_bytes(view, "pdf")`` -> the bytes of any format, the deck included;
- ``export_timeline(view, "brief.pptx")`` the same, written atomically to a file whose extension
  names the format.

The parts: ``files`` (formats, checks, atomic writes), ``browser`` (the Chromium session),
``picture`` (figures and offline HTML), ``deck`` (PPTX), ``timelinejs`` (TimelineJS JSON).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from dashboard.export.browser import ExportSession, find_browser, shared_session
from dashboard.export.deck import render_deck
from dashboard.export.files import (
    FORMATS,
    MEDIA_TYPES,
    ExportError,
    check_writable,
    format_for,
    get_preset,
    image_size,
    write_atomic,
)
from dashboard.export.picture import (
    assert_offline_html,
    export_figure,
    export_window,
    figure_html,
    focus_span,
    render_bytes,
    timeline_figure,
)
from dashboard.model import Document, Event, Note
from dashboard.render.presets import PRESETS, Preset
from dashboard.render.styles import SourceStyles
from dashboard.render.view import View, make_view
from dashboard.select import Filters

__all__ = [
    "FORMATS",
    "MEDIA_TYPES",
    "PRESETS",
    "ExportError",
    "ExportSession",
    "assert_offline_html",
    "check_writable",
    "export_figure",
    "export_timeline",
    "export_view",
    "export_window",
    "figure_html",
    "find_browser",
    "focus_span",
    "format_for",
    "get_preset",
    "image_size",
    "render_bytes",
    "shared_session",
    "timeline_bytes",
    "timeline_figure",
    "write_atomic",
]


def export_view(
    events: Sequence[Event],
    *,
    documents: Sequence[Document] = (),
    preset: Preset | str = "slide",
    title: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    sources: Sequence[str] | None = None,
    notes: Mapping[str, Sequence[Note]] | None = None,
    styles: SourceStyles | None = None,
) -> View:
    """The ``View`` to export: ``events`` selected as the dashboard selects them, checked first.

    Raises ``ExportError`` on an unknown preset, a window whose ends are swapped, an unknown
    source (case is ignored) or an empty selection, each saying what to change.

    >>> export_view(events, documents=docs, sources=["reuters"], preset="a4")  # doctest: +SKIP
    """
    chosen_preset = get_preset(preset)  # an unknown preset fails before any work
    if date_from and date_to and date_from > date_to:
        raise ExportError(f"--from {date_from} is after --to {date_to}; swap them.")
    if sources:
        _check_sources(events, sources)
    view = make_view(
        events,
        documents=documents,
        filters=Filters.of(sources=sources or None, date_from=date_from, date_to=date_to),
        notes=notes,
        title=title,
        preset=chosen_preset.name,
        date_from=date_from,
        date_to=date_to,
        styles=styles,
    )
    if not view.events:
        raise ExportError(_empty_selection_message(events, date_from, date_to, sources))
    return view


def timeline_bytes(view: View, fmt: str, *, session: ExportSession | None = None) -> bytes:
    """The exported file's bytes (``png``/``svg``/``pdf``/``html``/``pptx``) of ``view``.

    The dashboard's export buttons hand them to ``dcc.send_bytes`` with a name ending in
    ``.{fmt}`` (media type in ``MEDIA_TYPES``).

    >>> data = timeline_bytes(export_view(events, documents=docs), "pptx")  # doctest: +SKIP
    """
    if fmt not in MEDIA_TYPES:
        raise ExportError(f"{fmt!r} is not an export format; use one of {', '.join(MEDIA_TYPES)}.")
    if not view.events:
        raise ExportError("no events to export: nothing passes the filters.")
    if fmt == "pptx":
        return render_deck(view, session=session)
    fig = timeline_figure(view, interactive=fmt == "html")
    return render_bytes(fig, fmt, view.preset, session=session)


def export_timeline(
    view: View, path: str | os.PathLike[str], *, session: ExportSession | None = None
) -> Path:
    """Write ``view`` atomically to ``path``; the format comes from the extension.

    ``.pptx`` writes the briefing deck, the others one figure. Raises ``ExportError``, with
    nothing written, on an unknown extension or an unwritable path.

    >>> export_timeline(export_view(events, documents=docs), "brief.pptx")  # doctest: +SKIP
    PosixPath('brief.pptx')
    """
    fmt = format_for(path)
    check_writable(path)
    return write_atomic(path, timeline_bytes(view, fmt, session=session))


def _check_sources(events: Sequence[Event], sources: Sequence[str]) -> None:
    known = {s.casefold(): s for e in events for s in e.sources}
    unknown = [s for s in sources if s.casefold() not in known]
    if unknown:
        listed = ", ".join(sorted(known.values())) or "none"
        raise ExportError(
            f"unknown source(s) {', '.join(map(repr, unknown))}; the sources are: {listed}."
        )


def _empty_selection_message(
    events: Sequence[Event],
    date_from: dt.date | None,
    date_to: dt.date | None,
    sources: Sequence[str] | None,
) -> str:
    if not events:
        return "no events to export: the input holds no dated events (add articles, or check their dates)."
    first, last = min(e.start for e in events), max(e.end for e in events)
    asked = []
    if date_from or date_to:
        asked.append(f"between {date_from or '…'} and {date_to or '…'}")
    if sources:
        asked.append(f"from {', '.join(sources)}")
    return (
        f"no events {' '.join(asked)}; the events run from {first} to {last}. "
        "Widen --from/--to or change --sources."
    )
