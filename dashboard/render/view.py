"""The view value: everything a renderer needs to draw one timeline, in one frozen value.

The dashboard's redraw, its "Export this view" buttons, the CLI ``export`` and the deck build a
``View`` with :func:`make_view` and pass it to the figure and the exporters, instead of a dozen
keyword arguments each: the events already selected (``dashboard.select``), the window, the notes
shown, the title, the preset and the story's source styles.

>>> view = make_view([], documents=[], title="Xi in Moscow")
>>> view.title, view.events, view.preset
('Xi in Moscow', (), 'slide')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from dashboard.model import Document, Event, Note
from dashboard.render.styles import SourceStyles, source_styles
from dashboard.select import Filters, select_events


@dataclass(frozen=True, eq=False)
class View:
    """One timeline to draw: selected events, window, notes shown, title, preset, source looks."""

    events: tuple[Event, ...]
    styles: SourceStyles = field(default_factory=SourceStyles)
    date_from: dt.date | None = None  # the window asked for; None on a side: fit the events
    date_to: dt.date | None = None
    notes: Mapping[str, Sequence[Note]] = field(default_factory=dict)  # empty: no notes shown
    title: str | None = None
    preset: str = "slide"
    documents: tuple[Document, ...] = ()


def make_view(
    events: Iterable[Event],
    *,
    documents: Sequence[Document],
    filters: Filters | None = None,
    notes: Mapping[str, Sequence[Note]] | None = None,
    title: str | None = None,
    preset: str = "slide",
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    styles: SourceStyles | None = None,
) -> View:
    """The view of ``events`` through ``filters``; sources keep the story's styles (every source
    of ``documents`` and ``events``, in the order they appeared, or ``styles`` when the caller
    knows the story's order better, e.g. with articles removed), whatever the filters hide."""
    events = list(events)
    return View(
        events=tuple(select_events(events, filters or Filters())),
        styles=(styles or source_styles(documents)).with_sources(
            s for e in events for s in e.sources
        ),
        date_from=date_from,
        date_to=date_to,
        notes=dict(notes or {}),
        title=title,
        preset=preset,
        documents=tuple(documents),
    )
