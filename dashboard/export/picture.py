"""Pictures of the timeline: the dashboard's figure in an export preset's look, as PNG, SVG, PDF
or a self-contained offline HTML page.

``timeline_figure(view)`` is ``dashboard.render.figure.build_figure`` in the preset's style, opened
on the news (``focus_span``) with a footnote counting the events left out; ``render_bytes`` and
``export_figure`` turn any figure into bytes or a file.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
from collections.abc import Sequence
from dataclasses import replace
from html import escape, unescape
from pathlib import Path

import plotly.graph_objects as go

from dashboard.export.browser import ExportSession, shared_session
from dashboard.export.files import (
    STATIC_FORMATS,
    ExportError,
    check_writable,
    format_for,
    get_preset,
    image_size,
    write_atomic,
)
from dashboard.model import Event
from dashboard.render.figure import (
    OVERVIEW_CSS,
    WEB_STYLE,
    FigureStyle,
    build_figure,
    opening_window,
)
from dashboard.render.presets import Preset
from dashboard.render.view import View


def figure_html(fig: go.Figure, preset: Preset | str = "web") -> str:
    """A self-contained interactive HTML page: plotly.js inlined, no network needed to open it.

    >>> "<script src=\\"http" in figure_html(fig)  # doctest: +SKIP
    False
    """
    _width, height = image_size(fig, preset)
    # The page fills the reader's window (no sideways scroll on a laptop or a phone): the figure
    # takes the width it is given, its height stays the preset's (or what its lanes need).
    fig = go.Figure(fig).update_layout(width=None, autosize=True)
    html = fig.to_html(
        include_plotlyjs=True,  # inline the bundled plotly.js; never "cdn"
        include_mathjax=False,
        full_html=True,
        default_width="100%",
        default_height=f"{height}px",
        config={"displaylogo": False, "responsive": True},
    )
    # A page title for the browser tab and bookmarks (the chart title may be escaped already).
    page_title = escape(unescape(fig.layout.title.text or "News timeline"), quote=False)
    # The dashboard's overview look (a light range slider with an outlined window), as plain CSS.
    page_css = "body { margin: 0; overflow-x: hidden; }"
    head = f"<head><title>{page_title}</title><style>{page_css}{OVERVIEW_CSS}</style>"
    html = html.replace("<head>", head, 1)
    assert_offline_html(html)
    return html


# A <script> or <link> that loads from a server: the page would not open offline.
_REMOTE_RESOURCE = re.compile(
    r"<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.I
)


def assert_offline_html(html: str) -> None:
    """Raise ``ExportError`` when the page loads a script or stylesheet from the network."""
    match = _REMOTE_RESOURCE.search(html)
    if match:
        raise ExportError(f"the HTML export would load {match.group(0)!r}... from the network.")


def render_bytes(
    fig: go.Figure,
    fmt: str,
    preset: Preset | str = "web",
    *,
    session: ExportSession | None = None,
) -> bytes:
    """The figure as ``png``/``svg``/``pdf``/``html`` bytes, for download buttons.

    >>> data = render_bytes(fig, "png", "slide")  # doctest: +SKIP
    >>> dcc.send_bytes(data, "timeline.png")  # doctest: +SKIP
    """
    if fmt == "html":
        return figure_html(fig, preset).encode("utf-8")
    if fmt in STATIC_FORMATS:
        return (session or shared_session()).render(fig, fmt, preset)
    raise ExportError(f"{fmt!r} cannot be rendered from a figure alone; use png, svg, pdf or html.")


def export_figure(
    fig: go.Figure,
    path: str | os.PathLike[str],
    *,
    preset: Preset | str = "web",
    session: ExportSession | None = None,
) -> Path:
    """Write the figure to ``path`` (``.png``, ``.svg``, ``.pdf`` or ``.html``), atomically.

    >>> export_figure(fig, "timeline.png", preset="slide")  # doctest: +SKIP
    PosixPath('timeline.png')
    """
    fmt = format_for(path)
    check_writable(path)
    if fmt == "pptx":
        raise ExportError(f"{os.fspath(path)}: a deck needs the events; use export_timeline.")
    return write_atomic(path, render_bytes(fig, fmt, preset, session=session))


# A page labels at most this many events (the A4 preset's count): the web preset's own threshold
# (20,000) is how many a browser can draw, and its picture of a big story drew two years.
PAGE_LABELS = 400


def timeline_figure(view: View, *, interactive: bool = False) -> go.Figure:
    """The dashboard's figure (``build_figure``) of ``view`` in its preset's style, for export.

    A picture cannot be panned, so unless ``interactive`` (HTML) it has no range slider or view
    buttons, and it shows every selected event (or ``date_from``..``date_to``) with room on the
    right for the last labels.

    >>> timeline_figure(make_view(events, documents=docs, title="Xi in Moscow"))  # doctest: +SKIP
    """
    events, preset, title = view.events, view.preset, view.title
    date_from, date_to = view.date_from, view.date_to
    notes = view.notes or None
    style = get_preset(preset).style
    if interactive:
        # The reader can pan and zoom: open like the dashboard, on the asked span or the dense part.
        x_range = None
        if date_from or date_to:
            x_range = (
                date_from or min(e.start for e in events),
                date_to or max(e.end for e in events),
            )
        shown, outside = list(events), []
    else:
        style = replace(style, show_rangeslider=False, show_view_buttons=False)
        if date_from or date_to:
            left = date_from or min(e.start for e in events)
            right = date_to or max(e.end for e in events)
        else:
            left, right = focus_span(events)
        shown = [e for e in events if e.end >= left and e.start <= right]
        if len(shown) > min(style.aggregate_threshold, PAGE_LABELS):
            # A real story: more events than a page can label. The picture is then what the
            # dashboard opens on: the story's window (unless asked for another), its key events
            # drawn and the rest counted per period under them; counts alone said nothing.
            if not (date_from or date_to):
                left, right = opening_window(events, style) or (left, right)
            # Labels that would run out of the page are set on the left of their event
            # (``labels_flip_at_edge``), so the window is not widened for them: the story keeps
            # the page.
            x_range = (left, right)
            shown = [e for e in events if e.end >= left and e.start <= right]
            style = replace(
                style,
                aggregate_threshold=WEB_STYLE.aggregate_threshold,
                labels_flip_at_edge=True,  # no browser will move a label that runs off the page
            )
        else:
            labelled = len(shown) <= style.webgl_threshold
            x_range = export_window(
                shown,
                style,
                left=left,
                right=right,
                fit_labels=labelled and not date_to and not style.labels_flip_at_edge,
            )
        outside = [e for e in events if e.end < left or e.start > right]
    fig = build_figure(
        shown,
        style=style,
        notes=notes,
        show_notes=bool(notes),
        title=title,
        x_range=x_range,
        styles=view.styles,
    )
    # A text-only trace (the labels) says nothing as a legend entry on paper.
    fig.update_traces(showlegend=False, selector={"mode": "text"})
    if title:
        fig.update_layout(title_xref="paper")  # align with the plot, not the image's very edge
    if outside:
        _add_outside_note(fig, outside, left, style)
    if not interactive:
        _make_room_for_the_legend(fig, style)
    return fig


def _make_room_for_the_legend(fig: go.Figure, style: FigureStyle) -> None:
    """Raise the top margin when the horizontal legend wraps, so it never runs into the title.

    The legend grows upwards from the plot; many sources at a large font take several rows.
    """
    if not style.show_legend:
        return
    names = [t.name for t in fig.data if t.name and t.showlegend is not False]
    item_px = [
        len(name) * style.font_size * style.label_char_width + 2.2 * style.font_size
        for name in names
    ]
    plot_px = (style.width or 1400) - style.margin[0] - style.margin[1]
    rows, used = 1, 0.0
    for width in item_px:
        if used and used + width > plot_px:
            rows, used = rows + 1, 0.0
        used += width
    if rows > 1:
        top = fig.layout.margin.t or style.margin[2]
        fig.update_layout(margin_t=int(top + (rows - 1) * style.font_size * 1.3))


# Which events set the span of a picture when no --from/--to is given (see ``focus_span``).
FOCUS_HORIZON_DAYS = 366  # the news: events within a year of the articles' publication dates
FOCUS_MAX_DAYS = 92  # events shorter than a quarter can be pinned on the axis; longer are context
FOCUS_WORTH_IT = 3.0  # hide nothing unless the full span is this many times the focus span


def focus_span(events: Sequence[Event]) -> tuple[dt.date, dt.date]:
    """The span a picture shows by default: the news, not the background.

    An article about this week's summit also recalls 1945 and "the 1970s"; drawn on one axis,
    the week shrinks to a dot. The focus is the short events (under ``FOCUS_MAX_DAYS``) within
    ``FOCUS_HORIZON_DAYS`` of the articles' publication dates; the full span is kept when it is
    not much wider. Events outside are named in a footnote, and the deck has a slide for each.

    >>> focus_span(seed_events)  # doctest: +SKIP
    (datetime.date(2025, 5, 5), datetime.date(2025, 9, 10))
    """
    full = (min(e.start for e in events), max(e.end for e in events))
    anchors = [m.published for e in events for m in e.mentions if m.published]
    horizon = dt.timedelta(days=FOCUS_HORIZON_DAYS)
    near = [
        e
        for e in events
        if not anchors or (e.end >= min(anchors) - horizon and e.start <= max(anchors) + horizon)
    ]
    short = [e for e in near if (e.end - e.start).days < FOCUS_MAX_DAYS] or near
    if not short:
        return full
    focus = (min(e.start for e in short), max(e.end for e in short))
    focus_days = max((focus[1] - focus[0]).days, 7)
    if (full[1] - full[0]).days <= FOCUS_WORTH_IT * focus_days:
        return full
    return focus


def _add_outside_note(
    fig: go.Figure, outside: Sequence[Event], left: dt.date, style: FigureStyle
) -> None:
    """A footnote under the axis: how many events the picture leaves out, and when they are."""
    parts = []
    for side, chosen in (
        ("earlier event", [e for e in outside if e.end < left]),
        ("later event", [e for e in outside if e.start >= left]),
    ):
        if not chosen:
            continue
        first, last = min(e.start for e in chosen).year, max(e.end for e in chosen).year
        years = str(first) if first == last else f"{first}–{last}"
        parts.append(f"{len(chosen)} {side}{'s' if len(chosen) > 1 else ''} ({years})")
    line_px = int(style.font_size * 2.4)
    fig.add_annotation(
        text="Not shown: " + ", ".join(parts),
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        yshift=-int(style.font_size * 2.8),  # under the tick labels, which may take two lines
        showarrow=False,
        font={"size": style.font_size, "color": "#555555"},
    )
    fig.update_layout(margin_b=style.margin[3] + line_px)


def export_window(
    events: Sequence[Event],
    style: FigureStyle,
    *,
    left: dt.date,
    right: dt.date,
    fit_labels: bool = True,
) -> tuple[dt.date, dt.date]:
    """``left``..``right`` widened on the right so the labels of the events drawn in it fit.

    Each label starts at its event (or after its bar) and runs ``L`` pixels to the right; the right
    edge ``R`` is pushed out until the widest label fits: ``x + L·(R − left)/P ≤ R`` for a plot
    ``P`` pixels wide, i.e. ``R ≥ (x − left·L/P) / (1 − L/P)``. Labels that start beyond
    ``right`` are not pulled in.
    """
    if not fit_labels:
        return left, right
    plot_px = max((style.width or 1400) - style.margin[0] - style.margin[1], 200)
    glyph_px = style.label_size * style.label_char_width
    lo, hi = left.toordinal(), right.toordinal() + 1
    edge = hi
    for event in events:
        has_bar = event.certainty.value == "approximate" or event.end > event.start
        x = (event.end.toordinal() + 1) if has_bar else event.start.toordinal()
        if x > edge or event.end < left:
            continue
        chars = min(len(" ".join(event.label.split())), style.label_max_chars) + 2
        share = min((chars * glyph_px + style.marker_size) / plot_px, 0.6)
        hi = max(hi, math.ceil((x - lo * share) / (1 - share)))
    return left, dt.date.fromordinal(hi)
