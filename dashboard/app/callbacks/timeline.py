"""The chart, the table and the filters: source choices, redraws, clicks, the remembered zoom."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

import dash
from dash import ALL, Input, Output, State, ctx, no_update
from dash.exceptions import PreventUpdate

from dashboard.app import ids
from dashboard.app.catalogue import Catalogue
from dashboard.app.views import (
    CERTAINTY_LABELS,
    filters_from_inputs,
    notes_by_event,
    store_error_text,
    summary,
    table_rows,
    view_dates,
)
from dashboard.curation import describe
from dashboard.render.detail import LEVELS
from dashboard.render.figure import WEB_STYLE, FigureStyle, build_figure, labelled_event
from dashboard.select import select_events
from dashboard.store import StoreError

FILTER_INPUTS = [
    Input(ids.SOURCES, "value"),
    Input(ids.CERTAINTY, "value"),
    Input(ids.DATES, "start_date"),
    Input(ids.DATES, "end_date"),
    Input(ids.SEARCH, "value"),
    Input(ids.SHOW_HIDDEN, "value"),
    Input(ids.MIN_SOURCES, "value"),
    Input(ids.MIN_MENTIONS, "value"),
]
# The chart's own controls: they redraw the chart, never the table.
CHART_INPUTS = [
    Input(ids.DETAIL_LEVEL, "value"),
    Input(ids.LANES, "value"),
    Input(ids.WIDTH, "data"),
]


def source_choices(
    catalogue: Catalogue,
    *,
    reset: bool,
    old_options: Sequence[Mapping[str, Any]] | None,
    old_value: Sequence[str] | None,
) -> tuple:
    """The source checklist after articles changed or Reset: (options, value, certainty, from,
    to, search). New sources start shown; Reset shows everything and clears the other filters."""
    try:
        sources = catalogue.sources()
    except StoreError:
        raise PreventUpdate from None  # the chart's callback says what is wrong
    options = [{"label": s, "value": s} for s in sources]
    if reset:
        return options, sources, [c.value for c in CERTAINTY_LABELS], None, None, ""
    options_given = old_options if isinstance(old_options, list) else []
    known = {
        o.get("value")
        for o in options_given
        if isinstance(o, Mapping) and isinstance(o.get("value"), str)
    }
    chosen = (
        {v for v in old_value if isinstance(v, str)}
        if isinstance(old_value, list)
        else set(sources)
    )
    value = [s for s in sources if s in chosen or s not in known]
    return options, value, no_update, no_update, no_update, no_update


# The table holds the most important events only: 7,000 rows were 2 MB to send on every filter.
# ``shown`` is in rank order (the catalogue ranks its events; the selection keeps their order).
TABLE_ROWS = 1000


def chart_style(width: Any) -> FigureStyle:
    """The web style fitted to the chart's measured width (labels fit at that width).

    >>> chart_style(1600).assumed_width, chart_style("junk").assumed_width
    (1600, 840)
    """
    if isinstance(width, int | float) and 200 <= width <= 10_000:
        # the server knows the window at every zoom: labels past the right edge go to the left
        # Labels on two lines, so that twice as many key events fit side by side (the hover
        # card, the table and the details have them whole).
        return dataclasses.replace(
            WEB_STYLE, assumed_width=int(width), labels_flip_at_edge=True, label_lines=2
        )
    return WEB_STYLE


def redraw(
    catalogue: Catalogue,
    filter_values: Sequence[Any],
    *,
    show_notes: bool,
    view: Any,
    selected: str | None,
    zoom_only: bool,
    detail: Any = "key",
    lanes: Any = "one",
    width: Any = None,
) -> tuple:
    """(figure, table rows, summary line) for the filters. The chart draws the most important
    events that fit the window at the chart's width (``detail``: key, more or all); a zoom or a
    chart control redraws the chart alone (``zoom_only``: table and summary unchanged)."""
    try:
        events = catalogue.events()
        notes = notes_by_event(catalogue.notes())
        styles = catalogue.styles()
    except StoreError as error:
        return no_update, no_update, store_error_text(error)
    shown = select_events(events, filters_from_inputs(*filter_values))
    lo, hi = view_dates(view)
    fig = build_figure(
        shown,
        style=chart_style(width),
        notes=notes,
        show_notes=show_notes,
        styles=styles,
        selected=selected if isinstance(selected, str) else None,
        x_range=(lo, hi) if lo and hi and lo < hi else None,
        detail=detail if isinstance(detail, str) and detail in LEVELS else "key",
        by_source=lanes == "sources",
    )
    if zoom_only:
        return fig, no_update, no_update
    line = summary(shown, len(events))
    if len(shown) > TABLE_ROWS:
        line += f"; the table lists the {TABLE_ROWS:,} most important (filter or search for others)"
    stale = catalogue.unresolved()
    if stale:
        # kept, not lost: `curate --list` shows them, and reverting one is one click away
        line += (
            f" · {len(stale)} of your corrections name an event that no longer exists "
            f"({', '.join(describe(d) for d in stale[:3])})"
        )
    return fig, table_rows(shown[:TABLE_ROWS], notes), line


def clicked_event(click: Any) -> str | None:
    """The event id carried by a clicked point (markers and bars carry it as ``customdata``).

    >>> clicked_event({"points": [{"customdata": ["e-1"]}]}), clicked_event("junk")
    ('e-1', None)
    """
    points = click.get("points", []) if isinstance(click, dict) else []
    for point in points if isinstance(points, list) else []:
        data = point.get("customdata") if isinstance(point, dict) else None
        if isinstance(data, list):
            data = data[0] if data else None
        if isinstance(data, str) and data:
            return data
    return None


def selection(trigger: Any, click: Any, label_click: Any, cell: Any) -> tuple:
    """(selected event id, table selection) from a click on a marker, a label, a table row or a
    linked event of the detail panel (``trigger`` is then that button's id)."""
    if isinstance(trigger, dict):
        # A pattern-matching button also fires when it is drawn (no click yet): ``click`` is
        # then its n_clicks, None or 0.
        event_id = trigger.get("index") if click else None
    elif trigger == "label":
        annotation = (
            (label_click or {}).get("annotation") if isinstance(label_click, dict) else None
        )
        event_id = labelled_event((annotation or {}).get("name"))
    elif trigger == "point":
        event_id = clicked_event(click)
    else:
        event_id = cell.get("rowId") if isinstance(cell, dict) else None
    if not isinstance(event_id, str) or not event_id:
        return no_update, no_update
    return event_id, [{"id": event_id}]


def register(app: dash.Dash, catalogue: Catalogue) -> None:
    @app.callback(
        Output(ids.SOURCES, "options"),
        Output(ids.SOURCES, "value"),
        Output(ids.CERTAINTY, "value"),
        Output(ids.DATES, "start_date"),
        Output(ids.DATES, "end_date"),
        Output(ids.SEARCH, "value"),
        Input(ids.ARTICLES_VERSION, "data"),
        Input(ids.RESET, "n_clicks"),
        State(ids.SOURCES, "options"),
        State(ids.SOURCES, "value"),
    )
    def _sources(_version, _reset, old_options, old_value):
        reset = ctx.triggered_id == ids.RESET
        return source_choices(catalogue, reset=reset, old_options=old_options, old_value=old_value)

    @app.callback(
        Output(ids.GRAPH, "figure"),
        Output(ids.GRID, "rowData"),
        Output(ids.COUNTS, "children"),
        *FILTER_INPUTS,
        Input(ids.SHOW_NOTES, "value"),
        Input(ids.ARTICLES_VERSION, "data"),
        Input(ids.NOTES_VERSION, "data"),
        Input(ids.VIEW, "data"),
        *CHART_INPUTS,
        State(ids.SELECTED, "data"),
    )
    def _redraw(*values):
        *filter_values, show_notes, _a, _n, view, detail, lanes, width, selected = values
        # A new width (a resized window) sends the table again too: the resize may come while
        # the page's first draw is on its way, and Dash drops that older answer, table and all.
        chart_only = {ids.VIEW, ids.DETAIL_LEVEL, ids.LANES}
        fired = set(ctx.triggered_prop_ids.values())
        return redraw(
            catalogue,
            filter_values,
            show_notes=bool(show_notes),
            view=view,
            selected=selected,
            zoom_only=bool(fired) and fired <= chart_only,
            detail=detail,
            lanes=lanes,
            width=width,
        )

    @app.callback(
        Output(ids.SELECTED, "data"),
        Output(ids.GRID, "selectedRows"),
        Input(ids.GRAPH, "clickData"),
        Input(ids.GRAPH, "clickAnnotationData"),
        Input(ids.GRID, "cellClicked"),
        Input(ids.linked_event(ALL), "n_clicks"),
        prevent_initial_call=True,
    )
    def _select(click, label_click, cell, _linked):
        fired = ctx.triggered_prop_ids
        if isinstance(ctx.triggered_id, dict):
            return selection(ctx.triggered_id, ctx.triggered[0].get("value"), None, None)
        trigger = (
            "label"
            if f"{ids.GRAPH}.clickAnnotationData" in fired
            else "point"
            if f"{ids.GRAPH}.clickData" in fired
            else "row"
        )
        return selection(trigger, click, label_click, cell)
