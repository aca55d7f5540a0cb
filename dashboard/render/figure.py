"""The timeline figure: a plain function from events to a Plotly figure.

The app, the CLI export and the slide export all call :func:`build_figure`; every visual constant
lives in :class:`FigureStyle`, so an export preset is just another ``FigureStyle`` value
(``dataclasses.replace(WEB_STYLE, width=1600, height=900, font_size=20)``).

How the figure reads:

* time on x; each event sits in a *lane* (a row) chosen so that labels do not overlap at the
  opening zoom (:func:`assign_lanes`);
* every source has its own marker shape *and* colour (readable in grayscale); an event backed by
  several sources shows one marker per source, stacked in its lane; a ring flags events whose
  sources disagree on the date;
* a known span ("a four-day visit") is a solid bar, a fuzzy period ("late August or early
  September", "the 1970s") a light band with dashed edges;
* far-apart eras: the figure opens on the densest window (:func:`dense_window`) with a range slider
  reaching every event and "Fit all" / "Dense part" buttons;
* scale: above ``webgl_threshold`` events the markers use WebGL and labels move into the hover;
  above ``aggregate_threshold`` events in view they are drawn as counts per period.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import math
import textwrap
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import plotly.graph_objects as go

from dashboard.model import Certainty, Event, Mention, Note
from dashboard.render.detail import (
    LEVELS,
    Fitted,
    count_rest,
    fit_events,
    overview_window,
    period_start,
    rest_period,
    story_window,
)
from dashboard.render.styles import SourceStyles
from dashboard.wording import attributed, disagreement_text, format_anchored, period_text

__all__ = [
    "BAND_HITS",
    "OVERVIEW_CSS",
    "WEB_STYLE",
    "FigureStyle",
    "assign_lanes",
    "build_figure",
    "dense_window",
    "eras",
    "format_anchored",
    "label_name",
    "labelled_event",
    "period_text",
]

# Okabe-Ito colours (safe for the common colour blindnesses), vermillion kept for the disagreement flag.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#000000", "#999933", "#882255")
SYMBOLS = (
    "circle",
    "square",
    "diamond",
    "triangle-up",
    "star",
    "hexagon",
    "triangle-down",
    "cross",
)
# An event no longer than this (days) is precise enough to decide where the timeline opens.
PRECISE_DAYS = 31
# A cluster longer than this share of the timeline is a continuous spread: trim its thin tails.
SPREAD_SHARE = 0.25
# Gaps shorter than this never split the timeline into eras (a story told over a few months).
MIN_GAP_DAYS = 45
# Plotly darkens the range slider outside the current window with a fixed 40% black mask, which
# turns an 80-year overview around a 5-month window into a grey block; no layout setting changes
# it. A page that shows the figure adds this style sheet: the outside is faded instead, and the
# window is outlined. (Plotly sets the fills inline, hence !important.)
OVERVIEW_CSS = """
.rangeslider-mask-min, .rangeslider-mask-max { fill: rgba(255, 255, 255, 0.45) !important; }
.rangeslider-mask-min-opp-axis, .rangeslider-mask-max-opp-axis { fill: transparent !important; }
.rangeslider-slidebox {
  fill: rgba(0, 114, 178, 0.12) !important;
  stroke: #0072B2; stroke-width: 2px; shape-rendering: crispEdges;
}
.rangeslider-handle-min, .rangeslider-handle-max { fill: #0072B2 !important; stroke: #ffffff !important; }
"""

# The invisible points that make bars and bands hoverable and clickable (not a source's markers).
BAND_HITS = "Event periods"
# Bar fill patterns for the aggregated view, so counts per source stay apart in grayscale too.
PATTERNS = ("", "/", "x", ".", "\\", "+", "-", "|")


@dataclass(frozen=True)
class FigureStyle:
    """Every visual constant of the timeline. Make presets with ``dataclasses.replace``.

    >>> import dataclasses
    >>> slide = dataclasses.replace(WEB_STYLE, width=1600, height=900, font_size=20)
    >>> slide.palette == WEB_STYLE.palette
    True
    """

    width: int | None = None  # None: fill the container (web); exports give pixels
    assumed_width: int = 840  # for fitting labels when the width is the container's (1500 px page)
    height: int = 620
    grow_height: bool = True  # web: as tall as the lanes need, from min_height up; exports: height
    min_height: int = 520
    font_family: str = "DejaVu Sans, Liberation Sans, Arial, sans-serif"
    font_size: int = 13
    title_size: int = 18
    label_size: int = 12
    note_size: int = 11
    hover_size: int = 12
    text_colour: str = "#222222"
    background: str = "#ffffff"
    grid_colour: str = "#e6e6e6"
    palette: tuple[str, ...] = OKABE_ITO
    symbols: tuple[str, ...] = SYMBOLS
    patterns: tuple[str, ...] = PATTERNS
    marker_size: int = 12
    marker_line_colour: str = "#ffffff"
    source_offset: float = 0.22  # vertical step between the markers of one event, in lanes
    lane_height: int = 34  # pixels per lane
    max_lanes: int = 40  # beyond this, lanes are shared (events may then overlap)
    label_max_chars: int = 80  # a headline is whole (at most 80); cut only on a narrow plot
    label_lines: int = 1  # the dashboard wraps labels on two lines: twice as many fit side by side
    label_line_chars: int = 30  # ...of about this many characters
    label_share: float = 0.7  # ...that is, when a label would take more than this share of it
    label_char_width: float = 0.6  # average glyph width as a share of the font size
    range_colour: str = "#4d4d4d"  # a known span: solid
    range_opacity: float = 0.75
    approximate_colour: str = "#8c8c8c"  # a fuzzy period: light fill, dashed edges
    approximate_opacity: float = 0.22
    bar_half_height: float = 0.16  # half the thickness of a bar, in lanes
    disagreement_colour: str = "#D55E00"
    note_colour: str = "#6a3d9a"
    note_max_chars: int = 48
    # A picture ends at its data: a label that would run past the right edge is set to the left
    # of its event instead (the dashboard moves such labels in the browser; see DECLUTTER_JS).
    labels_flip_at_edge: bool = False
    show_rangeslider: bool = True
    rangeslider_thickness: float = 0.14
    overview_background: str = "#f7f7f7"  # the range slider: a light miniature of every event
    overview_border: str = "#b0b0b0"
    overview_label_size: int = 11  # era labels ("1945", "1970s") inside the range slider
    max_era_labels: int = 8
    show_view_buttons: bool = True  # "Dense part" / "Fit all" buttons
    show_legend: bool = True
    dense_gap_share: float = 0.02  # see dense_window: a gap this share of the timeline splits eras
    dense_share: float = 0.9  # see dense_window: the opening window holds this share of its era
    webgl_threshold: int = 600  # more events than this: WebGL markers, labels in the hover
    aggregate_threshold: int = 20_000  # more events than this in view: counts per period
    aggregate_max_bins: int = 1500  # over the whole timeline: 80 years -> months
    margin: tuple[int, int, int, int] = (40, 30, 96, 40)  # left, right, top, bottom


WEB_STYLE = FigureStyle()


# --- pure helpers -------------------------------------------------------------------------------


def assign_lanes(
    spans: Sequence[tuple[float, float]], *, gap: float = 0.0, max_lanes: int | None = None
) -> list[int]:
    """Give each ``(start, end)`` span the lowest lane where it overlaps nothing already placed.

    Spans are placed in order of start (ties keep input order); ``gap`` is the free space required
    between neighbours in one lane. With ``max_lanes``, a span that fits nowhere goes to the lane
    that frees up first (overlapping there), which bounds the work for very many spans.
    Returns one lane index per span, in input order.

    >>> assign_lanes([(0, 10), (5, 8), (11, 12), (9, 20)])
    [0, 1, 0, 1]
    >>> assign_lanes([(0, 10), (1, 10), (2, 3)], max_lanes=2)
    [0, 1, 0]
    """
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], i))
    lane_ends: list[float] = []  # the end of the last span in each lane
    lanes = [0] * len(spans)
    for i in order:
        start, end = spans[i]
        lane = next((k for k, last in enumerate(lane_ends) if start > last + gap), None)
        if lane is None and (max_lanes is None or len(lane_ends) < max_lanes):
            lane = len(lane_ends)
            lane_ends.append(end)
        elif lane is None:
            lane = min(range(len(lane_ends)), key=lane_ends.__getitem__)
        lanes[i] = lane
        lane_ends[lane] = max(end, start)
    return lanes


def dense_window(
    events: Sequence[Event], *, gap_share: float = 0.02, share: float = 0.9
) -> tuple[dt.date, dt.date] | None:
    """The busiest stretch of the timeline: where the analyst wants to start reading.

    1. Only events pinned down to about a month or better decide (a fuzzy "this year" or "the
       1970s" starts on 1 January and would drag the window there); if none is, all do.
    2. Eras: start dates are cut into clusters wherever two neighbours are further apart than
       ``gap_share`` of the whole timeline (80 years -> about 19 months; never under
       MIN_GAP_DAYS). The cluster with most events wins (the later one on a tie).
    3. A spread, not eras: when that cluster still covers over SPREAD_SHARE of the timeline (no
       gap split it), the shortest window holding ``share`` of its events.
    4. The right edge reaches the ends of those events (unless longer than the window).

    Returns None when there are no events.

    >>> from dashboard.model import Event, Certainty
    >>> d = dt.date
    >>> evs = [Event(str(i), "e", d(2025, 5, i), d(2025, 5, i), Certainty.EXACT) for i in range(1, 9)]
    >>> evs.append(Event("old", "war", d(1945, 5, 9), d(1945, 5, 9), Certainty.EXACT))
    >>> dense_window(evs)
    (datetime.date(2025, 5, 1), datetime.date(2025, 5, 8))
    """
    if not events:
        return None
    precise = [e for e in events if (e.end - e.start).days <= PRECISE_DAYS]
    ordered = sorted(precise or events, key=lambda e: e.start)
    total = (max(e.start for e in events) - min(e.start for e in events)).days
    cut = max(total * gap_share, MIN_GAP_DAYS)
    clusters: list[list[Event]] = [[ordered[0]]]
    for before, after in itertools.pairwise(ordered):
        if (after.start - before.start).days > cut:
            clusters.append([])
        clusters[-1].append(after)
    chosen = max(reversed(clusters), key=len)
    if (chosen[-1].start - chosen[0].start).days > total * SPREAD_SHARE:
        need = max(1, math.ceil(share * len(chosen)))
        first = min(
            range(len(chosen) - need + 1),
            key=lambda i: (chosen[i + need - 1].start - chosen[i].start, -i),
        )
        chosen = chosen[first : first + need]
    left, right = chosen[0].start, chosen[-1].start
    length = (right - left).days
    for event in chosen:
        if (event.end - event.start).days <= max(length, 7):
            right = max(right, event.end)
    return left, right


def eras(events: Sequence[Event], *, gap_share: float = 0.02) -> list[tuple[dt.date, dt.date, int]]:
    """The far-apart stretches of the timeline: ``(first day, last day, events)`` in date order.

    Events are cut into eras where two neighbouring starts are further apart than ``gap_share``
    of the whole timeline (never under MIN_GAP_DAYS), as :func:`dense_window` does.

    >>> from dashboard.model import Event, Certainty
    >>> d = dt.date
    >>> evs = [Event("a", "war", d(1945, 1, 1), d(1945, 12, 31), Certainty.APPROXIMATE),
    ...        Event("b", "talks", d(2025, 5, 8), d(2025, 5, 8), Certainty.EXACT)]
    >>> [period_text(lo, hi) for lo, hi, _ in eras(evs)]
    ['1945', '8 May 2025']
    """
    if not events:
        return []
    ordered = sorted(events, key=lambda e: e.start)
    total = (ordered[-1].start - ordered[0].start).days
    cut = max(total * gap_share, MIN_GAP_DAYS)
    groups: list[list[Event]] = [[ordered[0]]]
    for before, after in itertools.pairwise(ordered):
        if (after.start - before.start).days > cut:
            groups.append([])
        groups[-1].append(after)
    return [(g[0].start, max(e.end for e in g), len(g)) for g in groups]


def label_name(event_id: str) -> str:
    """The ``name`` of an event's label annotation; :func:`labelled_event` reads it back."""
    return f"label {event_id}"


def labelled_event(name: str | None) -> str | None:
    """The event id of a label annotation's ``name``, or None for any other annotation.

    >>> labelled_event(label_name("e1")), labelled_event("note")
    ('e1', None)
    """
    if not name or not name.startswith("label "):
        return None
    return name.removeprefix("label ") or None


def _escape(text: str) -> str:
    """Untrusted text for Plotly's pseudo-HTML: tags shown as text, never interpreted."""
    return html.escape(text, quote=False)


def _truncate(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _highlighted_quote(mention: Mention, width: int = 70) -> str:
    """The sentence wrapped for the hover card, the time expression in bold; all of it escaped."""
    sentence = mention.sentence
    a, b = mention.timex_start, mention.timex_end
    if not (0 <= a < b <= len(sentence)):
        a = b = 0
    marked = sentence[:a] + "\x01" + sentence[a:b] + "\x02" + sentence[b:] if b else sentence
    lines = textwrap.wrap(_truncate(marked, 400), width) or [""]
    text = "<br>".join(_escape(line) for line in lines)
    return text.replace("\x01", "<b>").replace("\x02", "</b>")


def _closest_mention(event: Event) -> Mention | None:
    """The mention whose dates are closest to the event's: the one a period's band stands for."""
    return min(
        event.mentions,
        key=lambda m: abs((m.start - event.start).days) + abs((m.end - event.end).days),
        default=None,
    )


EDITED_MARK = "✎"  # an event the analyst corrected, wherever its label is shown


def edited_label(event: Event) -> str:
    """The label as every view shows it: ★ when pinned as key, ✎ when the analyst corrected it,
    "(hidden)" when hidden (shown only when asked for).

    >>> e = Event("e", "Talks", dt.date(2025, 5, 8), dt.date(2025, 5, 8), Certainty.EXACT)
    >>> import dataclasses
    >>> edited_label(e), edited_label(dataclasses.replace(e, edits=("x",), pinned=True))
    ('Talks', '★ Talks ✎')
    """
    text = ("★ " if event.pinned else "") + event.label
    if event.hidden:
        text += " (hidden)"
    return f"{text} {EDITED_MARK}" if event.edits else text


def _hover_card(event: Event, mention: Mention | None, *, with_quote: bool) -> str:
    lines = [f"<b>{_escape(_truncate(edited_label(event), 80))}</b>"]
    lines += [f"<i>{_escape(_truncate(edit, 100))}</i>" for edit in event.edits]
    if mention is not None:
        written = _escape(_truncate(mention.text, 60))
        lines.append(f"“{written}” → {format_anchored(mention.start, mention.end)}")
        # a claim the source reports on someone's behalf is theirs, as reported by the source
        lines.append(f"Source: {_escape(attributed(mention.source, mention.attributed_to))}")
    else:
        lines.append(format_anchored(event.start, event.end))
    others = [s for s in event.sources if mention is None or s != mention.source]
    if others:
        lines.append("Also: " + _escape(", ".join(others)))
    lines.append(f"Certainty: {event.certainty.value}")
    if event.disagreement:
        lines.append(f"<b>{_escape(_truncate(disagreement_text(event.disagreement), 140))}</b>")
    if with_quote and mention is not None and mention.sentence:
        lines.append(_highlighted_quote(mention))
    return "<br>".join(lines)


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _after(d: dt.date) -> dt.date:
    """The day after ``d``: intervals are inclusive, so a bar runs to the end of its last day."""
    return d + dt.timedelta(days=1) if d < dt.date.max else d


# --- the figure ---------------------------------------------------------------------------------


def build_figure(
    events: Sequence[Event],
    *,
    style: FigureStyle = WEB_STYLE,
    notes: Mapping[str, Sequence[Note]] | None = None,
    show_notes: bool = True,
    title: str | None = None,
    x_range: tuple[dt.date, dt.date] | None = None,
    styles: SourceStyles | None = None,
    selected: str | None = None,
    detail: str = "key",
    by_source: bool = False,
) -> go.Figure:
    """Draw ``events`` as a timeline (see the module docstring for how it reads).

    ``x_range`` opens on that window instead of the story's (:func:`story_window`); ``styles``
    gives each source its colour and shape (the story's ``SourceStyles``, so they stay when the
    caller filters sources out; without it, first-mention order); ``selected`` rings one event id;
    ``detail`` ("key", "more", "all": :data:`dashboard.render.detail.LEVELS`) sets how many of the
    events that fit in the window are drawn; ``by_source`` gives each source its own lanes.

    >>> from dashboard.model import Event, Certainty
    >>> fig = build_figure([Event("e1", "Talks", dt.date(2025, 5, 8), dt.date(2025, 5, 8),
    ...                           Certainty.EXACT)])
    >>> fig.layout.xaxis.type
    'date'
    """
    order = list(
        (styles or SourceStyles()).with_sources(m.source for e in events for m in e.mentions).order
    )
    story = opening_window(events, style)
    if style.label_lines > 1 and len(events) <= LEVELS.get(detail, LEVELS["key"]).limit:
        style = replace(style, label_lines=1)  # every event fits: labels read best on one line
    opening = x_range or story
    view = x_range or _with_labels(events, opening, style)
    fig = go.Figure()
    in_view = events
    outside: set[str] = set()
    if view is not None:
        lo, hi = view
        in_view = [e for e in events if e.end >= lo and e.start <= hi]
        if len(events) <= LEVELS.get(detail, LEVELS["key"]).limit:
            # A small story is drawn whole, so an exported page pans without a server; only
            # the window's events need to fit.
            outside = {e.id for e in events} - {e.id for e in in_view}
            in_view = list(events)
    if len(in_view) > style.aggregate_threshold:
        n_lanes = _add_aggregate(fig, in_view, order, style)
        aggregated = True
    else:
        fitted = _fit(in_view, order, style, view, detail, by_source, outside)
        n_lanes = _add_events(
            fig, fitted, order, style, view, notes if show_notes else None, by_source
        )
        n_lanes = _add_rest(fig, fitted.rest, view, n_lanes, len(in_view), style)
        aggregated = False
        _add_selection(fig, selected, style)
    # "Zoom to <the story>" goes back to the opening window, wherever the reader has zoomed
    home = view if x_range is None else _with_labels(events, story, style)
    _layout(fig, style, n_lanes, view, events, title, aggregated=aggregated, named=story, home=home)
    return fig


def opening_window(
    events: Sequence[Event], style: FigureStyle = WEB_STYLE
) -> tuple[dt.date, dt.date] | None:
    """Where the chart opens: the story (:func:`story_window`), or without publication dates the
    densest part (:func:`dense_window`)."""
    return story_window(events) or dense_window(
        events, gap_share=style.dense_gap_share, share=style.dense_share
    )


def _fit(
    events: Sequence[Event],
    order: Sequence[str],
    style: FigureStyle,
    view: tuple[dt.date, dt.date] | None,
    detail: str,
    by_source: bool,
    outside: set[str] = frozenset(),  # type: ignore[assignment]
) -> Fitted:
    """The events drawn at this window and width (:func:`dashboard.render.detail.fit_events`):
    footprints are each bar with its label, and in per-source lanes each other source's marker.
    Footprints are worked out only for the events tried (a few hundred of thousands)."""
    days_per_px = _days_per_px(style, view)
    gap = 6 * days_per_px

    def keep(event: Event) -> bool:
        return event.id in outside

    # a label may not run out of the plot (the view is padded by 4% on each side) when it
    # could have been set on the left instead
    bounds = None
    if view is not None and style.labels_flip_at_edge:  # else the browser moves such labels
        # the padding the axis has (4% a side), in days as they are: a floor of two whole days
        # let a slide's label on a two-week window run a day past the page's left edge
        pad = ((view[1] - view[0]).days + 1) * 0.04
        bounds = (view[0].toordinal() - pad, view[1].toordinal() + pad + 1)

    def span(event: Event) -> tuple[float, float]:
        return _event_spans([event], style, view)[0]

    half = style.marker_size * days_per_px

    def footprint(event: Event) -> list[tuple[str, float, float]]:
        if not by_source:
            return [("", *span(event))]
        first = _primary_source(event, order)
        places = [(first or "no source", *span(event))]
        for source in event.sources:
            if source != first:
                lo, hi = _source_period(event, source)
                places.append((source, lo.toordinal() - half, _after(hi).toordinal() + half))
        return places

    def on_left(event: Event) -> tuple[float, float] | None:
        """The footprint with the label on the left of the event (one band only)."""
        if by_source or not style.labels_flip_at_edge:
            return None
        start, end = span(event)
        if _label_anchor(event, view)[1] or start < event.start.toordinal():
            return None
        bar_end = float(max(_after(event.end).toordinal(), event.start.toordinal()))
        return event.start.toordinal() - (end - bar_end), bar_end

    # per-source lanes: the level's rows shared out among the sources (at least three each)
    n_groups = len({s for e in events for s in e.sources}) or 1
    group_lanes = (
        max(3, 2 * LEVELS.get(detail, LEVELS["key"]).lanes // n_groups) if by_source else None
    )
    return fit_events(
        events,
        footprint,
        level=detail,
        gap=gap,
        keep=keep,
        bounds=bounds,
        left_spans=on_left,
        group_lanes=group_lanes,
    )


def _primary_source(event: Event, order: Sequence[str]) -> str | None:
    """The source whose lane holds an event's label: the one with most mentions of it."""
    if not event.sources:
        return None
    counts = Counter(m.source for m in event.mentions)
    return min(event.sources, key=lambda s: (-counts[s], order.index(s) if s in order else 99))


def _source_period(event: Event, source: str) -> tuple[dt.date, dt.date]:
    """The dates one source gives an event: what all its own mentions allow (a source that
    writes "on 20 April", "in April" and "this year" of one explosion dates it 20 April, not the
    whole year), or, when they do not meet (a range and a day in it, a source at odds with
    itself), the span of its most precise mention.

    >>> from dashboard.model import Mention
    >>> def m(a, b):
    ...     return Mention("d", "BBC", "x", "x", "", a, b, Certainty.EXACT, 0, 1)
    >>> d = dt.date
    >>> e = Event("e", "Rig exploded", d(2010, 4, 20), d(2010, 4, 20), Certainty.EXACT,
    ...           (m(d(2010, 1, 1), d(2010, 12, 31)), m(d(2010, 4, 20), d(2010, 4, 20))))
    >>> _source_period(e, "BBC")
    (datetime.date(2010, 4, 20), datetime.date(2010, 4, 20))
    """
    mine = [m for m in event.mentions if m.source == source]
    start, end = max(m.start for m in mine), min(m.end for m in mine)
    if start <= end:
        return start, end
    narrowest = min(mine, key=lambda m: (m.end - m.start, m.start))
    return narrowest.start, narrowest.end


def _days_per_px(style: FigureStyle, view: tuple[dt.date, dt.date] | None) -> float:
    plot_px = (style.width or style.assumed_width) - style.margin[0] - style.margin[1]
    view_days = max(((view[1] - view[0]).days + 1) if view else 30, 1)
    return view_days * 1.08 / max(plot_px, 100)  # the view is padded by a few per cent


def _label_text(
    event: Event, style: FigureStyle, view: tuple[dt.date, dt.date] | None = None
) -> str:
    """The label as drawn: its day first when the window is short enough for neighbouring days to
    sit close ("Thu 8 May — Talks"), whole up to ``label_max_chars``, cut only when it would take
    more than ``label_share`` of the plot's width."""
    plot_px = (style.width or style.assumed_width) - style.margin[0] - style.margin[1]
    fits = int(style.label_share * plot_px / (style.label_size * style.label_char_width))
    text = _truncate(edited_label(event), max(min(style.label_max_chars, fits), 12))
    day = _label_day(event, view)
    text = f"{day} — {text}" if day else text
    if style.label_lines > 1:
        lines = textwrap.wrap(text, style.label_line_chars) or [""]
        if len(lines) > style.label_lines:
            kept = lines[: style.label_lines]
            kept[-1] = _truncate(kept[-1] + " " + lines[style.label_lines], style.label_line_chars)
            lines = kept
        text = "\n".join(lines)
    return text


def _label_width(event: Event, style: FigureStyle, view: tuple[dt.date, dt.date] | None) -> int:
    """A label's width in characters, without wrapping it (thousands are measured per redraw):
    whole on one line; on two lines, at most a line's length (wrapping breaks at spaces, so a
    line may be shorter, never longer)."""
    plot_px = (style.width or style.assumed_width) - style.margin[0] - style.margin[1]
    fits = int(style.label_share * plot_px / (style.label_size * style.label_char_width))
    chars = min(len(edited_label(event)), max(min(style.label_max_chars, fits), 12))
    day = _label_day(event, view)
    chars += len(day) + 3 if day else 0
    if style.label_lines > 1:
        return min(chars, style.label_line_chars + 1)
    return chars


def _label_chars(text: str) -> int:
    """How wide a label is, in characters: its longest line."""
    return max((len(line) for line in text.split("\n")), default=0)


# Labels carry their day when the window is at most this long (days sit a few pixels apart).
DAY_IN_LABEL_DAYS = 400


def _label_day(event: Event, view: tuple[dt.date, dt.date] | None) -> str:
    """The day (or short span) a label starts with, or "" (a long window, a fuzzy period: its
    band shows where it lies).

    >>> d = dt.date
    >>> e = Event("e", "Talks", d(2025, 5, 8), d(2025, 5, 8), Certainty.EXACT)
    >>> _label_day(e, (d(2025, 5, 1), d(2025, 6, 1))), _label_day(e, (d(2025, 1, 1), d(2025, 9, 1)))
    ('Thu 8 May', '8 May')
    """
    if view is None or event.certainty == Certainty.APPROXIMATE:
        return ""
    days = (view[1] - view[0]).days
    if days > DAY_IN_LABEL_DAYS or (event.end - event.start).days > 31:
        return ""
    start, end = event.start, event.end
    if start == end:
        return f"{start:%a} {start.day} {start:%b}" if days <= 120 else f"{start.day} {start:%b}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%b}"
    return f"{start.day} {start:%b}–{end.day} {end:%b}"


def _event_spans(
    events: Sequence[Event],
    style: FigureStyle,
    view: tuple[dt.date, dt.date] | None,
    detail: str = "key",
) -> list[tuple[float, float]]:
    """Each event's footprint in days at the opening zoom: its bar plus its label."""
    days_per_px = _days_per_px(style, view)
    glyph_px = style.label_size * style.label_char_width
    spans = []
    for e in events:
        label_days = (
            (_label_width(e, style, view) + 2) * glyph_px + style.marker_size
        ) * days_per_px
        at, inside = _label_anchor(e, view)
        start = float(e.start.toordinal())
        end = float(_after(e.end).toordinal())
        if inside:  # a long period's label sits inside its bar, at the window's left edge
            spans.append((min(start, at.toordinal()), max(end, at.toordinal() + label_days)))
        elif _label_on_the_left(e, style, view):
            spans.append((start - label_days, end))
        else:
            spans.append((start, end + label_days))
    return spans


def _label_on_the_left(
    event: Event, style: FigureStyle, view: tuple[dt.date, dt.date] | None
) -> bool:
    """Whether a picture sets this label to the left of its event: it would run past the right
    edge of ``view`` and fits on the left (``FigureStyle.labels_flip_at_edge``)."""
    if not style.labels_flip_at_edge or view is None:
        return False
    plot_px = (style.width or style.assumed_width) - style.margin[0] - style.margin[1]
    days_per_px = ((view[1] - view[0]).days + 1) * 1.08 / max(plot_px, 100)
    label_px = (_label_width(event, style, view) + 2) * style.label_size * style.label_char_width
    label = dt.timedelta(days=(label_px + style.marker_size) * days_per_px)
    at, inside = _label_anchor(event, view)
    return not inside and at + label > view[1] and event.start - label >= view[0]


def _with_labels(
    events: Sequence[Event], view: tuple[dt.date, dt.date] | None, style: FigureStyle
) -> tuple[dt.date, dt.date] | None:
    """Widen the opening window on the right so the labels of its last events are not cut off."""
    if view is None or len(events) > style.webgl_threshold:
        return view
    inside = [e for e in events if view[0] <= e.start <= view[1]]
    ends = [end for _, end in _event_spans(inside, style, view)]
    right = dt.date.fromordinal(min(int(max(ends, default=0)) + 1, dt.date.max.toordinal()))
    return view[0], max(view[1], right)


def _lane_px(style: FigureStyle, n_lanes: int) -> float:
    """About how many pixels one lane gets: a growing chart gives each its ``lane_height`` and
    a half; a fixed page (a slide) shares its plot out among the lanes and the axis."""
    if style.grow_height or not style.height:
        return style.lane_height * 1.6
    top, bottom = style.margin[2], style.margin[3]
    return max((style.height - top - bottom - 30) / (n_lanes + 1), 1.0)


def _fit_stacks(
    style: FigureStyle, events: Sequence[Event], n_lanes: int, by_source: bool
) -> FigureStyle:
    """The style with markers small enough that an event's stack of sources (one marker each)
    stays in its lane: five outlets at a slide's marker size would cover the lanes above and
    below, and their labels. Stacks that fit, as on the seeds, keep the style's size.

    >>> from dashboard.model import Event, Certainty
    >>> slide = replace(WEB_STYLE, grow_height=False, height=1080, marker_size=34)
    >>> _fit_stacks(slide, [], 10, False).marker_size
    34
    """
    stack = max((len(e.sources) for e in events), default=1)
    lane_px = _lane_px(style, n_lanes)
    if by_source or stack < 2 or stack * style.marker_size <= lane_px:
        return style
    size = max(lane_px / stack, 6.0)
    return replace(style, marker_size=size, source_offset=size / lane_px)


def _add_events(
    fig: go.Figure,
    fitted: Fitted,
    order: Sequence[str],
    style: FigureStyle,
    view: tuple[dt.date, dt.date] | None,
    notes: Mapping[str, Sequence[Note]] | None,
    by_source: bool = False,
) -> int:
    """Bars, bands, per-source markers, labels, flags and notes of the events that fit; returns
    the number of lanes. In per-source lanes each source has its own rows (named on the left),
    an event's label sits in the lanes of the source that reports it most, and the markers of one
    merged event are linked across lanes by a thin line."""
    events = list(fitted.drawn)
    many = len(events) > style.webgl_threshold
    base: dict[str, int] = {}
    if by_source:
        rows_of: dict[str, int] = {}
        for (_, group), row in fitted.source_lanes.items():
            rows_of[group] = max(rows_of.get(group, 0), row + 1)
        at = 0
        for group in [*order, "no source"]:
            if group in rows_of:
                base[group] = at
                at += rows_of[group]
        lane_of = {
            e.id: base[g] + fitted.source_lanes[(e.id, g)]
            for e in events
            for g in [_primary_source(e, order) or "no source"]
        }
        n_lanes = max(at, 1)
        _add_source_lanes(fig, base, rows_of, style)
    else:
        lane_of = dict(fitted.lanes)
        n_lanes = max(lane_of.values(), default=0) + 1

    style = _fit_stacks(style, events, n_lanes, by_source)

    def marker_y(event: Event, source: str) -> float:
        if by_source:
            return base[source] + fitted.source_lanes[(event.id, source)]
        slot = event.sources.index(source)
        return lane_of[event.id] + (slot - (len(event.sources) - 1) / 2) * style.source_offset

    h = style.bar_half_height

    # Bars and bands first, so markers are drawn on top of them.
    for certainty, name, colour, opacity, dash in (
        (Certainty.RANGE, "Known span", style.range_colour, style.range_opacity, "solid"),
        (
            Certainty.APPROXIMATE,
            "Approximate period",
            style.approximate_colour,
            style.approximate_opacity,
            "dash",
        ),
    ):
        members = [e for e in events if _bar_kind(e) == certainty]
        if not members:
            continue
        if many:
            fig.add_trace(_bars_as_lines(members, lane_of, name, colour, opacity, dash, style))
            continue
        xs: list[str | None] = []
        ys: list[float | None] = []
        ids: list[str | None] = []
        for e in members:
            y = lane_of[e.id]
            a, b = _iso(e.start), _iso(_after(e.end))
            xs += [a, b, b, a, a, None]
            ys += [y - h, y - h, y + h, y + h, y - h, None]
            ids += [e.id] * 5 + [None]
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                fill="toself",
                fillcolor=_rgba(colour, opacity),
                line={"color": colour, "width": 1.5, "dash": dash},
                name=name,
                legendgroup=name,
                legendrank=900,
                hoverinfo="skip",
                customdata=ids,
            )
        )

    marker_type = go.Scattergl if many else go.Scatter
    links: dict[str, list[tuple[str, float]]] = {}
    for k, source in enumerate(order):
        colour = style.palette[k % len(style.palette)]
        symbol = style.symbols[k % len(style.symbols)]
        sure: tuple[list, list, list, list] = ([], [], [], [])
        fuzzy: tuple[list, list, list, list] = ([], [], [], [])
        own_x: list[str | None] = []
        own_y: list[float | None] = []
        for e in events:
            if source not in e.sources:
                continue
            mention = next(m for m in e.mentions if m.source == source)
            lo, hi = _source_period(e, source)
            vague = all(
                m.certainty == Certainty.APPROXIMATE for m in e.mentions if m.source == source
            )
            y = marker_y(e, source)
            if by_source:
                x = lo + (hi - lo) / 2 if vague else lo
            else:
                x = e.start if not vague else max(e.start, min(lo + (hi - lo) / 2, e.end))
            into = fuzzy if vague else sure
            into[0].append(_iso(x))  # each source's own date is in its hover card
            into[1].append(y)
            into[2].append(_hover_card(e, mention, with_quote=not many))
            into[3].append(e.id)
            links.setdefault(e.id, []).append((_iso(x), y))
            # In its own lane, a source's own period stays visible (a "later this year" merged
            # with "on 9 May" is not drawn as a dot on 9 May). In one band, where a story's
            # hundreds of broad claims would cross the chart, its marker is hollow and its
            # hover card gives the period.
            if by_source and (lo, hi) != (e.start, e.end):
                own_x += [_iso(lo), _iso(_after(hi)), None]
                own_y += [y, y, None]
        if own_x:
            fig.add_trace(
                marker_type(
                    x=own_x,
                    y=own_y,
                    mode="lines",
                    name=f"{source}: its own period",
                    legendgroup=source,
                    showlegend=False,
                    line={"color": _rgba(colour, 0.4), "width": 1.5, "dash": "dot"},
                    hoverinfo="skip",
                )
            )
        for points, open_ in ((sure, False), (fuzzy, True)):
            xs, ys, hovers, ids = points
            if not xs:
                continue
            fig.add_trace(
                marker_type(
                    x=xs,
                    y=ys,
                    mode="markers",
                    name=_escape(source),  # a legend entry is HTML to Plotly, like a label
                    legendgroup=source,
                    legendrank=100 + k,
                    showlegend=not open_ or not sure[0],
                    marker={
                        "symbol": f"{symbol}-open" if open_ else symbol,
                        "color": colour,
                        "size": style.marker_size,
                        "line": (
                            {"color": colour, "width": 2}
                            if open_
                            else {"color": style.marker_line_colour, "width": 1}
                        ),
                    },
                    hovertext=hovers,
                    hoverinfo="text",
                    customdata=ids,
                )
            )  # a source filtered out keeps its place in the order, not a legend entry

    if by_source:
        xs, ys = [], []
        for points in links.values():
            if len(points) > 1:
                for x, y in sorted(points, key=lambda p: p[1]):
                    xs.append(x)
                    ys.append(y)
                xs.append(None)
                ys.append(None)
        if xs:
            fig.add_trace(
                marker_type(
                    x=xs,
                    y=ys,
                    mode="lines",
                    name="Same event, several sources",
                    line={"color": "#b5b5b5", "width": 1},
                    hoverinfo="skip",
                    legendrank=960,
                )
            )
            fig.data = (fig.data[-1], *fig.data[:-1])  # under the markers

    if not many:
        fig.add_trace(_band_hits(events, lane_of, style, view))

    # Events with no source at all (hand-built) still get a marker, so nothing is invisible.
    orphans = [e for e in events if not e.mentions]
    if orphans:
        fig.add_trace(
            marker_type(
                x=[_iso(e.start) for e in orphans],
                y=[lane_of[e.id] for e in orphans],
                mode="markers",
                name="No source",
                marker={
                    "symbol": "circle-open",
                    "color": style.text_colour,
                    "size": style.marker_size,
                },
                hovertext=[_hover_card(e, None, with_quote=False) for e in orphans],
                hoverinfo="text",
                customdata=[e.id for e in orphans],
            )
        )

    disputed = [e for e in events if e.disagreement]
    if disputed:
        fig.add_trace(
            marker_type(
                x=[_iso(e.start) for e in disputed],
                y=[lane_of[e.id] for e in disputed],
                mode="markers",
                name="Sources disagree",
                legendrank=950,
                marker={
                    "symbol": "circle-open",
                    "color": style.disagreement_colour,
                    "size": style.marker_size * 2,
                    "line": {"width": 2.5, "color": style.disagreement_colour},
                },
                hovertext=[
                    f"<b>Sources disagree</b><br>{_escape(_truncate(e.disagreement or '', 200))}"
                    for e in disputed
                ],
                hoverinfo="text",
                customdata=[e.id for e in disputed],
            )
        )

    if not many:
        # Labels are annotations, not a text trace: a text trace would be drawn again, full size,
        # inside the range slider. Set all at once: Plotly's add_annotation re-validates every
        # annotation already there, so adding them one by one costs seconds at a few hundred.
        label_hover = {
            "bgcolor": style.background,
            "bordercolor": style.text_colour,
            "font": {"color": style.text_colour},
        }
        labels = []
        for e in events:
            at, inside = _label_anchor(e, view)
            # clear of the marker, or of the wider ring of an event its sources disagree on
            anchor, shift = "left", style.marker_size * (1.0 if e.disagreement else 0.5) + 4
            if not inside and (_label_on_the_left(e, style, view) or e.id in fitted.on_left):
                at, anchor, shift = e.start, "right", -shift
            labels.append(
                {
                    "x": _iso(at),
                    "y": lane_of[e.id],
                    "text": _escape(_label_text(e, style, view)).replace("\n", "<br>")
                    + (" ≠" if e.disagreement else ""),
                    "align": "left" if anchor == "left" else "right",
                    "hovertext": _hover_card(e, _closest_mention(e), with_quote=True),
                    "captureevents": True,  # a click on the label selects its event
                    "hoverlabel": label_hover,
                    "showarrow": False,
                    "xanchor": anchor,
                    "xshift": shift,
                    "font": {"size": style.label_size, "color": style.text_colour},
                    "bgcolor": _rgba(style.background, 0.8) if inside else None,
                    "name": label_name(e.id),
                }
            )
        fig.update_layout(annotations=[*fig.layout.annotations, *labels])

    if notes:
        _add_notes(fig, events, lane_of, notes, style)
    return n_lanes


def _add_source_lanes(
    fig: go.Figure, base: Mapping[str, int], rows: Mapping[str, int], style: FigureStyle
) -> None:
    """Per-source lanes: each source's name at the top left of its rows, a rule between them."""
    shapes, names = [], []
    for source, first in base.items():
        y = first - 0.5
        if first:
            shapes.append(
                {
                    "type": "line",
                    "xref": "paper",
                    "x0": 0,
                    "x1": 1,
                    "y0": y,
                    "y1": y,
                    "line": {"color": style.overview_border, "width": 1},
                    "layer": "below",
                }
            )
        names.append(
            {
                "text": f"<b>{_escape(source)}</b> ({rows[source]} rows)"
                if rows[source] > 1
                else f"<b>{_escape(source)}</b>",
                "xref": "paper",
                "x": 0,
                "y": y,
                "xanchor": "left",
                "yanchor": "middle",
                "showarrow": False,
                "font": {"size": style.label_size - 1, "color": "#555555"},
                "bgcolor": _rgba(style.background, 0.9),
                "name": "lane",
            }
        )
    fig.update_layout(
        shapes=[*fig.layout.shapes, *shapes], annotations=[*fig.layout.annotations, *names]
    )


def _add_rest(
    fig: go.Figure,
    rest: Sequence[Event],
    view: tuple[dt.date, dt.date] | None,
    n_lanes: int,
    in_view: int,
    style: FigureStyle,
) -> int:
    """The events of the window that did not fit, counted per period and source in one row under
    the lanes (a grey disc per period, its count inside, the sources in its hover card); returns
    the lane count with that row."""
    if not rest or view is None:
        return n_lanes
    plot_px = (style.width or style.assumed_width) - style.margin[0] - style.margin[1]
    # a count needs room for four digits at the label size (34 px on the dashboard)
    period, counts = count_rest(rest, view, max_bins=max(int(plot_px / (style.label_size * 3)), 4))
    if not counts:
        return n_lanes
    starts = sorted(counts)
    totals = [sum(counts[s].values()) for s in starts]
    biggest = max(totals)
    words = {"day": "on", "week": "in the week of", "month": "in", "year": "in"}
    hovers = []
    for start, total in zip(starts, totals, strict=True):
        when = (
            f"{start:%B %Y}"
            if period == "month"
            else str(start.year)
            if period == "year"
            else format_anchored(start, start)
        )
        by_source = ", ".join(f"{_escape(s)} {n}" for s, n in counts[start].most_common())
        hovers.append(
            f"<b>{total} more event{'s' if total > 1 else ''} {words.get(period, 'from')} "
            f"{when}</b><br>{by_source}<br>Zoom in, or set Detail to More, to see them"
        )
    y = n_lanes + 0.5  # under the lanes and the line that says what the discs are
    fig.add_trace(
        go.Scatter(
            x=[_iso(s) for s in starts],
            y=[y] * len(starts),
            mode="markers+text",
            text=[str(t) for t in totals],
            textposition="middle center",
            textfont={"size": round(style.label_size * 0.75), "color": style.text_colour},
            cliponaxis=False,  # a disc may touch the axis line rather than be cut by it
            marker={
                # the disc holds its count (at three quarters of the label size), the biggest
                # a little larger; sized from the label so a slide's discs still hold theirs
                "size": [style.label_size * (1.4 + 0.6 * math.sqrt(t / biggest)) for t in totals],
                "color": "#e3e3e3",
                "line": {"color": "#9a9a9a", "width": 1},
            },
            name="Not drawn (counts)",
            legendrank=990,
            showlegend=False,
            hovertext=hovers,
            hoverinfo="text",
        )
    )
    drawn = in_view - len(rest)
    fig.add_annotation(
        text=f"{len(rest):,} more events here, counted per {period}"
        + (f": the {drawn} most important that fit are drawn" if plot_px > 600 else ""),
        xref="paper",
        x=0,
        y=n_lanes - 0.25,
        yref="y",
        xanchor="left",
        yanchor="middle",
        showarrow=False,
        font={"size": style.label_size - 1, "color": "#555555"},
        name="rest",
    )
    return n_lanes + 1


def _band_hits(
    events: Sequence[Event],
    lane_of: Mapping[str, int],
    style: FigureStyle,
    view: tuple[dt.date, dt.date] | None,
) -> go.Scatter:
    """Invisible points along each bar and band, so hovering or clicking anywhere on a period
    ("late August or early September") shows and selects its event, not only at its marker.

    Plotly picks the closest point within about 20 px: one point every ~12 px at the opening zoom
    covers the whole band (zoomed further in, the gaps are wider but each band keeps its ends).
    """
    plot_px = (style.width or style.assumed_width) - style.margin[0] - style.margin[1]
    view_days = max(((view[1] - view[0]).days + 1) if view else 30, 1)
    px_per_day = plot_px / view_days
    xs: list[str] = []
    ys: list[int] = []
    hovers: list[str] = []
    ids: list[str] = []
    for e in events:
        if not _bar_kind(e):
            continue
        first, last = e.start.toordinal(), _after(e.end).toordinal()
        n = int(min(max((last - first) * px_per_day / 12, 2), 120))
        card = _hover_card(e, _closest_mention(e), with_quote=True)
        for k in range(n + 1):
            day = first + round(k * (last - first) / n)
            xs.append(_iso(dt.date.fromordinal(min(day, dt.date.max.toordinal()))))
            ys.append(lane_of[e.id])
            hovers.append(card)
            ids.append(e.id)
    return go.Scatter(
        x=xs,
        y=ys,
        mode="markers",
        name=BAND_HITS,
        showlegend=False,
        marker={"size": style.marker_size, "color": "rgba(0,0,0,0)"},
        hoverlabel={  # the point is invisible: a light card, as on a label
            "bgcolor": style.background,
            "bordercolor": style.text_colour,
            "font": {"color": style.text_colour},
        },
        hovertext=hovers,
        hoverinfo="text",
        customdata=ids,
    )


def _bars_as_lines(
    members: Sequence[Event],
    lane_of: Mapping[str, int],
    name: str,
    colour: str,
    opacity: float,
    dash: str,
    style: FigureStyle,
) -> go.Scattergl:
    """Many bars as thick WebGL line segments: filled WebGL polygons cost seconds to draw at
    10,000 events, plain segments a few milliseconds. A fuzzy period stays lighter and dashed."""
    xs: list[str | None] = []
    ys: list[float | None] = []
    for e in members:
        xs += [_iso(e.start), _iso(_after(e.end)), None]
        ys += [lane_of[e.id], lane_of[e.id], None]
    return go.Scattergl(
        x=xs,
        y=ys,
        mode="lines",
        line={
            "color": _rgba(colour, max(opacity, 0.35)),
            "width": max(2 * style.bar_half_height * style.lane_height, 2),
            "dash": dash,
        },
        name=name,
        legendgroup=name,
        legendrank=900,
        hoverinfo="skip",
    )


def _label_anchor(event: Event, view: tuple[dt.date, dt.date] | None) -> tuple[dt.date, bool]:
    """Where a label starts, and whether it sits inside its bar.

    After the bar (or at the marker) as a rule; but a long period that covers the whole opening
    view ("this year") would have its label far outside it, so its label goes inside the bar, at
    the view's left edge.
    """
    if not _bar_kind(event):
        return event.start, False
    after = _after(event.end)
    if view is not None and after > view[1] and event.start < view[0] <= event.end:
        return view[0], True
    return after, False


def _bar_kind(event: Event) -> Certainty | None:
    """Which bar an event gets: a band for a fuzzy period, a solid bar for a known span, or none."""
    if event.certainty == Certainty.APPROXIMATE:
        return Certainty.APPROXIMATE
    return Certainty.RANGE if event.end > event.start else None


def _add_notes(
    fig: go.Figure,
    events: Sequence[Event],
    lane_of: Mapping[str, int],
    notes: Mapping[str, Sequence[Note]],
    style: FigureStyle,
) -> None:
    added = []
    for e in events:
        these = notes.get(e.id) or ()
        if not these:
            continue
        text = _escape(_truncate(these[-1].text, style.note_max_chars))
        if len(these) > 1:
            text += f" (+{len(these) - 1})"
        added.append(
            {
                "x": _iso(e.start),
                "y": lane_of[e.id],
                "text": f"✎ {text}",
                "showarrow": True,
                "arrowhead": 0,
                "arrowcolor": style.note_colour,
                "ax": 0,
                "ay": -style.lane_height * 0.85,
                "yshift": 0,
                "font": {"size": style.note_size, "color": style.note_colour},
                "bgcolor": _rgba(style.background, 0.85),
                "bordercolor": style.note_colour,
                "borderwidth": 1,
                "xanchor": "left",
                "name": "note",
            }
        )
    fig.update_layout(annotations=[*fig.layout.annotations, *added])


def _add_selection(fig: go.Figure, selected: str | None, style: FigureStyle) -> None:
    """A ring around the selected event's first marker. The trace is there even when nothing is
    selected, so that the app can move the ring in the browser without rebuilding the figure."""
    xs: list = []
    ys: list = []
    for trace in fig.data:
        if selected is None or trace.mode != "markers" or trace.customdata is None:
            continue
        if trace.name == BAND_HITS:
            continue
        if selected in trace.customdata:
            i = list(trace.customdata).index(selected)
            xs, ys = [trace.x[i]], [trace.y[i]]
            break
    fig.add_trace(
        go.Scatter(
            x=xs,
            y=ys,
            mode="markers",
            name="Selected",
            showlegend=False,
            hoverinfo="skip",
            marker={
                "symbol": "square-open",
                "size": style.marker_size * 2,
                "color": style.text_colour,
                "line": {"width": 2},
            },
        )
    )


def _add_aggregate(
    fig: go.Figure, events: Sequence[Event], order: Sequence[str], style: FigureStyle
) -> int:
    """Counts of events per period and source, as stacked bars; returns the lane count (1)."""
    days = (max(e.start for e in events) - min(e.start for e in events)).days + 1
    period, length = rest_period(days, style.aggregate_max_bins)
    for k, source in enumerate(order):
        counts = Counter(period_start(e.start, period) for e in events if source in e.sources)
        if not counts:
            continue
        starts = sorted(counts)
        fig.add_trace(
            go.Bar(
                x=[_iso(s) for s in starts],
                y=[counts[s] for s in starts],
                name=_escape(source),
                legendgroup=source,
                offset=0,
                width=length * 86_400_000 * 0.9,  # bar width on a date axis is in milliseconds
                marker={
                    "color": style.palette[k % len(style.palette)],
                    "pattern": {"shape": style.patterns[k % len(style.patterns)]},
                },
                hovertemplate=f"{_escape(source)}<br>%{{y}} events in the {period} of %{{x}}"
                "<extra></extra>",
            )
        )
    fig.update_layout(barmode="stack")
    fig.add_annotation(
        text=f"{len(events):,} events, counted per {period} and source. "
        "Filter or zoom in to see each event.",
        xref="paper",
        yref="paper",
        x=0,
        y=1.0,
        yshift=style.font_size * 2 + 8,  # the row above the legend, beside the view buttons
        showarrow=False,
        xanchor="left",
        yanchor="bottom",
        font={"size": style.font_size, "color": style.text_colour},
    )
    return 1


def _minor_ticks(view: tuple[dt.date, dt.date]) -> list[str]:
    """Minor ticks for a view Plotly labels by month: each Monday for up to about seven months,
    each first of the month up to three years; none otherwise (Plotly's own ticks suffice).

    >>> _minor_ticks((dt.date(2025, 5, 7), dt.date(2025, 5, 20)))
    ['2025-05-05', '2025-05-12', '2025-05-19']
    """
    lo, hi = view
    days = (hi - lo).days
    if days > 3 * 366:
        return []
    first, last = dt.date.fromisoformat(_padded(view)[0]), dt.date.fromisoformat(_padded(view)[1])
    if days <= 220:
        day = first - dt.timedelta(days=first.weekday())
        step = 7
        ticks = []
        while day <= last and day.toordinal() + step < dt.date.max.toordinal():
            ticks.append(_iso(day))
            day += dt.timedelta(days=step)
        return ticks
    months = []
    month = first.replace(day=1)
    while month <= last:
        months.append(_iso(month))
        if month.year == dt.MAXYEAR and month.month == 12:
            break
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return months


def _padded(view: tuple[dt.date, dt.date]) -> list[str]:
    """The view with a little room on each side; its left edge on a tick, so the first month (or
    week) of the view is named under the axis instead of starting unnamed."""
    lo, hi = view
    days = (hi - lo).days + 1
    pad = max(int(days * 0.04), 2)
    left = dt.date.fromordinal(max(lo.toordinal() - pad, 1))
    # Move the edge back to the tick just before it, when that is close (a tenth of the view).
    if 60 <= days <= 3 * 366 and left.day - 1 <= days / 10:
        left = left.replace(day=1)
    elif 10 <= days < 60 and left.toordinal() > 7 and left.weekday() <= days / 10:
        left -= dt.timedelta(days=left.weekday())
    right = dt.date.fromordinal(min(hi.toordinal() + pad + 1, dt.date.max.toordinal()))
    return [_iso(left), _iso(right)]


def _layout(
    fig: go.Figure,
    style: FigureStyle,
    n_lanes: int,
    view: tuple[dt.date, dt.date] | None,
    events: Sequence[Event],
    title: str | None,
    *,
    aggregated: bool,
    named: tuple[dt.date, dt.date] | None = None,
    home: tuple[dt.date, dt.date] | None = None,
) -> None:
    """Size, axes, legend, range slider and view buttons; ``named`` is the span the opening-view
    button is called after and ``home`` the window it goes back to (the opening view, which also
    makes room for the last labels; None: ``view``)."""
    left, right, top, bottom = style.margin
    # The legend wraps on a narrow plot: the view buttons go above all its rows, and the top
    # margin grows by the extra rows (else the buttons would cover the legend).
    legend_rows = _legend_rows(fig, style) if style.show_legend else 1
    row_px = style.font_size * 1.6 + 6
    top += int((legend_rows - 1) * row_px)
    slider_px = 0
    if style.show_rangeslider and events:
        slider_px = int(style.rangeslider_thickness * 700) + 30
    height = style.height
    if style.grow_height:
        height = max(style.min_height, n_lanes * style.lane_height * 1.6 + top + bottom + slider_px)
    # Plotly makes room for the range slider below the axis itself, out of the plot's height.
    plot_px = max((height - top - bottom) / (1 + slider_px / 700) - 30, 100)
    font = {"family": style.font_family, "size": style.font_size, "color": style.text_colour}
    fig.update_layout(
        width=style.width,
        height=height,
        autosize=style.width is None,
        font=font,
        paper_bgcolor=style.background,
        plot_bgcolor=style.background,
        margin={"l": left, "r": right, "t": top, "b": bottom, "pad": 0},
        showlegend=style.show_legend,
        legend={
            "orientation": "h",
            "x": 0,
            "y": 1.0,
            "yanchor": "bottom",
            "xanchor": "left",
            "itemclick": "toggle",
            "font": {"size": style.font_size},
        },
        hoverlabel={
            "font": {"size": style.hover_size, "family": style.font_family},
            "align": "left",
        },
        hovermode="closest",
        clickmode="event",
        uirevision="timeline",  # keep the user's zoom when the figure is rebuilt
        dragmode="zoom",
    )
    if title:
        fig.update_layout(
            title={
                "text": _escape(title),
                "x": 0,
                "xref": "paper",
                "xanchor": "left",
                "font": {"size": style.title_size},
            },
            margin={"t": top + style.title_size + 14},
            legend={"y": 1.0},
        )
    xaxis: dict = {
        "type": "date",
        "showgrid": True,
        "gridcolor": style.grid_colour,
        "zeroline": False,
        "tickfont": {"size": style.font_size},
    }
    if view is not None:
        xaxis["range"] = _padded(view)
    minor = _minor_ticks(view) if view is not None else []
    if minor:
        # Plotly's own minor ticks under monthly ticks are monthly too (hidden), and fixed weekly
        # ones would pave the axis when zoomed out: so the opening view's weeks (or months) are
        # listed, and nowhere else.
        xaxis["minor"] = {
            "tickmode": "array",
            "tickvals": minor,
            "ticks": "outside",
            "ticklen": 5,
            "tickcolor": "#9a9a9a",
            "showgrid": False,  # weekly grid lines beside the monthly ones read as noise
        }
    if style.show_rangeslider and events:
        slider_range = overview_window(events, view) or (
            min(e.start for e in events),
            max(e.end for e in events),
        )
        xaxis["rangeslider"] = {
            "visible": True,
            "thickness": style.rangeslider_thickness,
            "range": _padded(slider_range),
            "bgcolor": style.overview_background,
            "bordercolor": style.overview_border,
            "borderwidth": 1,
        }
        if not aggregated:
            # Plotly's own rule: the slider is this share of the height between the margins.
            top_px = top + (style.title_size + 14 if title else 0)
            slider_px = style.rangeslider_thickness * (height - top_px - bottom)
            xaxis["rangeslider"]["yaxis"] = _add_era_labels(
                fig, events, style, n_lanes, slider_range, slider_px
            )
    fig.update_xaxes(**xaxis)
    if aggregated:
        fig.update_yaxes(title="events per source", gridcolor=style.grid_colour, fixedrange=True)
    else:
        fig.update_yaxes(
            range=[n_lanes - 0.4, -0.95],  # lane 0 at the top, room above it for a note
            showticklabels=False,
            showgrid=False,
            zeroline=False,
            fixedrange=True,  # zoom in time only; lanes keep their place
        )
    if style.show_view_buttons and view is not None and events:
        everything = (min(e.start for e in events), max(e.end for e in events))
        full = _padded(everything)
        strip, strip_all = {}, {}
        if "rangeslider" in xaxis:
            strip = {"xaxis.rangeslider.range": xaxis["rangeslider"]["range"]}
            strip_all = {"xaxis.rangeslider.range": full}
        fig.update_layout(
            updatemenus=[
                {
                    "type": "buttons",
                    "direction": "left",
                    "x": 1.0,
                    "xanchor": "right",
                    # a row above the legend
                    "y": 1.0 + (style.font_size * 2 + 8 + (legend_rows - 1) * row_px) / plot_px,
                    "yanchor": "bottom",
                    "pad": {"b": 2, "t": 0, "r": 0, "l": 0},
                    "showactive": False,
                    "font": {"size": style.font_size - 1},
                    "buttons": [
                        {
                            "label": f"Zoom to {period_text(*(named or view))}",
                            "method": "relayout",
                            "args": [{"xaxis.range": _padded(home or view), **strip}],
                        },
                        {
                            "label": f"Fit all ({period_text(*everything)})",
                            "method": "relayout",
                            # the overview strip widens with the chart to every event
                            "args": [{"xaxis.range": full, **strip_all}],
                        },
                    ],
                }
            ]
        )


def _legend_rows(fig: go.Figure, style: FigureStyle) -> int:
    """How many rows the horizontal legend takes at the plot's width (an estimate from the
    entries' names, as Plotly lays them out: a symbol, the name, a gap)."""
    plot_px = (style.width or style.assumed_width) - style.margin[0] - style.margin[1]
    rows, used = 1, 0.0
    for trace in fig.data:
        if not trace.name or trace.showlegend is False:
            continue
        width = len(trace.name) * style.font_size * style.label_char_width + 50
        if used and used + width > plot_px:
            rows, used = rows + 1, 0.0
        used += width
    return rows


def _add_era_labels(
    fig: go.Figure,
    events: Sequence[Event],
    style: FigureStyle,
    n_lanes: int,
    slider_range: tuple[dt.date, dt.date],
    slider_px: float,
) -> dict:
    """Name the eras ("1945", "1970s", "2022") inside the range slider, under their marks, so the
    overview reads as a miniature of the whole timeline; returns the slider's y axis settings.

    The names are a text trace placed below the last lane: the main plot's fixed y range clips
    them away, and the slider, whose y range is widened here, shows them.
    """
    lo, hi = slider_range  # the strip names the eras it shows (not one it leaves out)
    found = eras([e for e in events if lo <= e.start <= hi], gap_share=style.dense_gap_share)
    if len(found) > style.max_era_labels:  # the busiest ones, back in date order
        found = sorted(sorted(found, key=lambda era: -era[2])[: style.max_era_labels])
    texts = [period_text(dt.date(lo.year, 1, 1), dt.date(hi.year, 12, 31)) for lo, hi, _ in found]
    mids = [lo + (hi - lo) / 2 for lo, hi, _ in found]
    plot_px = (style.width or style.assumed_width) - style.margin[0] - style.margin[1]
    days_per_px = max((slider_range[1] - slider_range[0]).days, 1) * 1.08 / max(plot_px, 100)
    glyph_px = style.overview_label_size * style.label_char_width
    half = [(len(t) * glyph_px / 2 + 4) * days_per_px for t in texts]
    placed = _rows_without_overlap(
        [(m.toordinal() - h, m.toordinal() + h) for m, h in zip(mids, half, strict=True)],
        [count for _, _, count in found],
        rows=2,
    )
    texts = [t for t, row in zip(texts, placed, strict=True) if row is not None]
    mids = [m for m, row in zip(mids, placed, strict=True) if row is not None]
    rows = [row for row in placed if row is not None]
    n_rows = max(rows, default=-1) + 1
    row_px = style.overview_label_size + 3
    bottom = n_lanes - 0.4  # the main plot's lowest y
    units_per_px = (bottom + 0.95) / max(slider_px - n_rows * row_px - style.marker_size / 2, 12)
    if texts:
        fig.add_trace(
            go.Scatter(
                x=[_iso(m) for m in mids],
                y=[bottom + (r + 0.5) * row_px * units_per_px for r in rows],
                text=texts,
                mode="text",
                textposition="middle center",
                textfont={"size": style.overview_label_size, "color": style.text_colour},
                cliponaxis=True,
                name="Eras",
                showlegend=False,
                hoverinfo="skip",
            )
        )
    # The top of the slider has half a marker of room, so the first lane's markers are not cut.
    top = -0.95 - style.marker_size / 2 * units_per_px
    return {"rangemode": "fixed", "range": [bottom + n_rows * row_px * units_per_px, top]}


def _rows_without_overlap(
    spans: Sequence[tuple[float, float]], weights: Sequence[float], *, rows: int
) -> list[int | None]:
    """A row (0..``rows``-1) for each span where it overlaps no span placed before, the heaviest
    placed first; None for a span that fits in no row (a name printed over another is read as
    neither).

    >>> _rows_without_overlap([(0, 10), (5, 15), (8, 20), (30, 40)], [3, 2, 1, 1], rows=2)
    [0, 1, None, 0]
    """
    taken: list[list[tuple[float, float]]] = [[] for _ in range(rows)]
    out: list[int | None] = [None] * len(spans)
    for i in sorted(range(len(spans)), key=lambda i: (-weights[i], spans[i][0])):
        start, end = spans[i]
        for row, placed in enumerate(taken):
            if all(end < lo or start > hi for lo, hi in placed):
                placed.append((start, end))
                out[i] = row
                break
    return out


def _rgba(colour: str, alpha: float) -> str:
    """``#rrggbb`` with an alpha, as Plotly's ``rgba()``."""
    colour = colour.lstrip("#")
    r, g, b = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"
