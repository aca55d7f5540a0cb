"""The callbacks: each reads its inputs, calls plain functions (views, articles, figure), returns.

They are registered on one app by :func:`register`, with the app's ``Catalogue`` (the store).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import dash
from dash import ALL, Input, Output, State, ctx, dcc, html, no_update
from dash.exceptions import PreventUpdate

from dashboard.app import ids
from dashboard.app.articles import ArticleError, decode_upload, guess, make_document
from dashboard.app.exporting import ViewExportError, export_filename, export_view
from dashboard.app.views import (
    CERTAINTY_LABELS,
    detail_head,
    detail_sources,
    filters_from_inputs,
    notes_by_event,
    summary,
    table_rows,
    view_dates,
    view_from_relayout,
)
from dashboard.render.figure import BAND_HITS, WEB_STYLE, build_figure, labelled_event
from dashboard.select import select_events

# Which file each export button downloads.
EXPORT_BUTTONS = {
    ids.EXPORT_PNG: "png",
    ids.EXPORT_SVG: "svg",
    ids.EXPORT_PDF: "pdf",
    ids.EXPORT_HTML: "html",
    ids.EXPORT_PPTX: "pptx",
}

FILTER_INPUTS = [
    Input(ids.SOURCES, "value"),
    Input(ids.CERTAINTY, "value"),
    Input(ids.DATES, "start_date"),
    Input(ids.DATES, "end_date"),
    Input(ids.SEARCH, "value"),
]


CHECK_UPLOAD_JS = """function(contents, filename) {
    const nothing = window.dash_clientside.no_update;
    if (!contents) { return [nothing, nothing, nothing]; }
    const bytes = (contents.length - contents.indexOf(",") - 1) * 3 / 4;
    if (bytes > LIMIT_BYTES) {
        const refusal = " is larger than LIMIT_MB MB; split it or paste the article's text.";
        return [null, filename + refusal, null];
    }
    return [{contents: contents, filename: filename}, "Reading " + filename + "…", null];
}"""


MOVE_RING_JS = """function(selected) {
    const gd = document.querySelector("#tl-graph .js-plotly-plot");
    if (!gd || !gd.data || !window.Plotly) { return selected; }
    const ring = gd.data.findIndex(t => t.name === "Selected");
    if (ring < 0) { return selected; }
    let x = [], y = [];
    for (const t of gd.data) {
        if (t.mode !== "markers" || !t.customdata || SKIPPED.includes(t.name)) { continue; }
        const i = Array.from(t.customdata).indexOf(selected);
        if (i >= 0) { x = [t.x[i]]; y = [t.y[i]]; break; }
    }
    window.Plotly.restyle(gd, {x: [x], y: [y]}, [ring]);
    // An event chosen in the table may lie outside the chart's window (1945 while the chart
    // shows 2025): pan there, the event a little right of the left edge, zoomed out as far as
    // it takes to show its whole bar and its label (the label starts where the bar ends).
    const ax = gd._fullLayout.xaxis;
    if (x.length && ax && ax.range) {
        const at = ax.d2c(x[0]), lo = ax.d2c(ax.range[0]), hi = ax.d2c(ax.range[1]);
        if (at < lo || at > hi) {
            const label = (gd._fullLayout.annotations || []).find(a => a.name === "label " + selected);
            const end = label ? ax.d2c(label.x) : at;
            const width = Math.max(hi - lo, 1.8 * (end - at));
            window.Plotly.relayout(gd, {"xaxis.range": [ax.c2d(at - 0.1 * width), ax.c2d(at + 0.9 * width)]});
        }
    }
    return selected;
}"""


# Lanes keep labels apart at the opening zoom; zoomed out ("Fit all") labels of one lane would
# run into each other or off the right edge. After every redraw the browser goes through each
# lane from the left: a label that would run off the plot is moved to the left of its marker when
# it fits there, and a label that would overlap the one before it is hidden (the marker stays, and
# its hover card still names the event).
DECLUTTER_JS = """function(relayout, figure) {
    setTimeout(function() {
        const gd = document.querySelector("#tl-graph .js-plotly-plot");
        if (!gd || !gd._fullLayout) { return; }
        const L = gd._fullLayout, frame = gd.getBoundingClientRect();
        const plotLeft = frame.left + L.xaxis._offset, plotRight = plotLeft + L.xaxis._length;
        const items = [];
        (L.annotations || []).forEach(function(a, i) {
            if (!(a.name || "").startsWith("label ")) { return; }
            const node = gd.querySelector('.annotation[data-index="' + i + '"]');
            if (!node) { return; }
            node.style.visibility = "";
            node.style.transform = "";
            const box = node.getBoundingClientRect();
            const at = frame.left + L.xaxis._offset + L.xaxis.l2p(L.xaxis.d2l(a.x));
            items.push({node: node, left: box.left, right: box.right, lane: String(a.y), at: at,
                        shift: box.width + 2 * (a.xshift || 0)});
        });
        // a label moved left must not cover another event's marker or bar end in its lane
        const covers = (it, left, right) => items.some(o => o !== it && o.lane === it.lane
            && o.at > left - 8 && o.at < right + 8);
        items.sort(function(p, q) { return p.left - q.left; });
        const lastRight = new Map();
        for (const it of items) {
            const before = lastRight.has(it.lane) ? lastRight.get(it.lane) : -Infinity;
            let left = it.left, right = it.right;
            if (right > plotRight + 2) {
                left -= it.shift; right -= it.shift;
                if (left >= Math.max(plotLeft, before + 4) && !covers(it, left, right)) {
                    it.node.style.transform = "translate(" + (-it.shift) + "px, 0)";
                    lastRight.set(it.lane, right);
                } else {
                    it.node.style.visibility = "hidden";
                }
            } else if (left < before + 4) {
                it.node.style.visibility = "hidden";
            } else {
                lastRight.set(it.lane, right);
            }
        }
    }, 80);
    return window.dash_clientside.no_update;
}"""


def _store_error(error: Exception) -> str:
    return f"The database could not be used: {error}"


def register(app: dash.Dash, catalogue: Any, *, title: str, max_upload_bytes: int) -> None:
    """Attach every callback of the page to ``app``."""
    from dashboard.store import StoreError

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
    def refresh_sources(_version, _reset, old_options, old_value):
        try:
            sources = catalogue.sources()
        except StoreError:
            raise PreventUpdate from None  # the chart's callback says what is wrong
        options = [{"label": s, "value": s} for s in sources]
        if ctx.triggered_id == ids.RESET:
            return options, sources, [c.value for c in CERTAINTY_LABELS], None, None, ""
        known = {o["value"] for o in old_options or []}
        chosen = set(old_value if old_value is not None else sources)
        value = [s for s in sources if s in chosen or s not in known]  # new sources start shown
        return options, value, no_update, no_update, no_update, no_update

    @app.callback(
        Output(ids.GRAPH, "figure"),
        Output(ids.GRID, "rowData"),
        Output(ids.COUNTS, "children"),
        *FILTER_INPUTS,
        Input(ids.SHOW_NOTES, "value"),
        Input(ids.ARTICLES_VERSION, "data"),
        Input(ids.NOTES_VERSION, "data"),
        Input(ids.VIEW, "data"),
        State(ids.SELECTED, "data"),
    )
    def redraw(sources, certainties, date_from, date_to, text, show_notes, _a, _n, view, selected):
        try:
            events = catalogue.events()
            notes = notes_by_event(catalogue.notes())
        except StoreError as error:
            return no_update, no_update, _store_error(error)
        chosen = filters_from_inputs(sources, certainties, date_from, date_to, text)
        shown = select_events(events, chosen)
        many = len(shown) > WEB_STYLE.aggregate_threshold
        if list(ctx.triggered_prop_ids.values()) == [ids.VIEW] and not many:
            raise PreventUpdate  # a zoom only matters when the figure counts per period
        lo, hi = view_dates(view)
        fig = build_figure(
            shown,
            notes=notes,
            show_notes=bool(show_notes),
            styles=catalogue.styles(),
            selected=selected,
            x_range=(lo, hi) if many and lo and hi else None,
        )
        return fig, table_rows(shown, notes), summary(shown, len(events))

    app.clientside_callback(
        DECLUTTER_JS,
        Output(ids.DECLUTTER, "data"),
        Input(ids.GRAPH, "relayoutData"),
        Input(ids.GRAPH, "figure"),
    )

    # The selection ring moves in the browser: a 10,000-event figure is not sent again for it.
    app.clientside_callback(
        MOVE_RING_JS.replace("SKIPPED", json.dumps(["Selected", BAND_HITS])),
        Output(ids.RING, "data"),
        Input(ids.SELECTED, "data"),
        prevent_initial_call=True,
    )

    @app.callback(
        Output(ids.SELECTED, "data"),
        Output(ids.GRID, "selectedRows"),
        Input(ids.GRAPH, "clickData"),
        Input(ids.GRAPH, "clickAnnotationData"),
        Input(ids.GRID, "cellClicked"),
        prevent_initial_call=True,
    )
    def select(click, label_click, cell):
        trigger = ctx.triggered_prop_ids
        if f"{ids.GRAPH}.clickAnnotationData" in trigger:
            event_id = labelled_event(((label_click or {}).get("annotation") or {}).get("name"))
        elif f"{ids.GRAPH}.clickData" in trigger:
            event_id = _clicked_event(click)
        else:
            event_id = (cell or {}).get("rowId")
        if not event_id:
            return no_update, no_update
        return event_id, [{"id": event_id}]

    @app.callback(
        Output(ids.DETAIL, "children"),
        Output(ids.NOTE_FORM, "style"),
        Output(ids.DETAIL_SOURCES, "children"),
        Input(ids.SELECTED, "data"),
        Input(ids.NOTES_VERSION, "data"),
        Input(ids.ARTICLES_VERSION, "data"),
        Input(ids.EDITING, "data"),
    )
    def show_detail(selected, _n, _a, editing):
        try:
            event = next((e for e in catalogue.events() if e.id == selected), None)
            notes = catalogue.notes(selected) if event else []
            documents = catalogue.documents()
        except StoreError as error:
            message = [html.P(_store_error(error), className="disagreement")]
            return message, {"display": "none"}, []
        form = {} if event is not None else {"display": "none"}  # a note needs its event
        return (
            detail_head(event, notes, editing=editing),
            form,
            detail_sources(event, documents),
        )

    @app.callback(
        Output(ids.NOTES_VERSION, "data"),
        Output(ids.NOTE_TEXT, "value"),
        Output(ids.EDITING, "data"),
        Output(ids.NOTE_MESSAGE, "children"),
        Output(ids.NOTE_SAVE, "children"),
        Input(ids.NOTE_SAVE, "n_clicks"),
        Input(ids.NOTE_CANCEL, "n_clicks"),
        Input(ids.note_edit(ALL), "n_clicks"),
        Input(ids.note_delete(ALL), "n_clicks"),
        Input(ids.SELECTED, "data"),
        State(ids.NOTE_TEXT, "value"),
        State(ids.EDITING, "data"),
        State(ids.NOTES_VERSION, "data"),
        prevent_initial_call=True,
    )
    def edit_notes(_save, _cancel, _edits, _deletes, selected, text, editing, version):
        trigger = ctx.triggered_id
        if not ctx.triggered or ctx.triggered[0]["value"] in (None, 0):
            return no_update, no_update, no_update, no_update, no_update  # a button just appeared
        idle = (version, "", None, "", "Add note")
        if trigger in (ids.NOTE_CANCEL, ids.SELECTED):
            return (*idle[:3], "", "Add note") if editing is not None else (no_update,) * 5
        try:
            if isinstance(trigger, dict) and trigger["type"] == ids.note_edit(0)["type"]:
                note = next((n for n in catalogue.notes() if n.id == trigger["index"]), None)
                if note is None:
                    return version + 1, "", None, "That note no longer exists.", "Add note"
                return no_update, note.text, note.id, "Editing the note.", "Save changes"
            if isinstance(trigger, dict) and trigger["type"] == ids.note_delete(0)["type"]:
                catalogue.call(catalogue.store.delete_note, trigger["index"])
                return version + 1, no_update, None, "Note deleted.", "Add note"
            if not (text or "").strip():
                return no_update, no_update, no_update, "Write the note first.", no_update
            if editing is not None:
                catalogue.call(catalogue.store.update_note, editing, text)
                return version + 1, "", None, "Note saved.", "Add note"
            if not selected:
                return no_update, no_update, no_update, "Select an event first.", no_update
            catalogue.call(catalogue.store.add_note, selected, text)
            return version + 1, "", None, "Note added.", "Add note"
        except (StoreError, KeyError, ValueError) as error:
            return no_update, no_update, no_update, _store_error(error), no_update

    @app.callback(Output(ids.NOTE_CANCEL, "style"), Input(ids.EDITING, "data"))
    def show_cancel(editing):
        return {} if editing is not None else {"display": "none"}  # only while editing a note

    @app.callback(
        Output(ids.VIEW, "data"),
        Input(ids.GRAPH, "relayoutData"),
        State(ids.VIEW, "data"),
        prevent_initial_call=True,
    )
    def remember_view(relayout, current):
        return view_from_relayout(relayout, current)

    @app.callback(
        Output(ids.DOWNLOAD, "data"),
        Output(ids.EXPORT_MESSAGE, "children"),
        Input(ids.EXPORT_PNG, "n_clicks"),
        Input(ids.EXPORT_SVG, "n_clicks"),
        Input(ids.EXPORT_PDF, "n_clicks"),
        Input(ids.EXPORT_HTML, "n_clicks"),
        Input(ids.EXPORT_PPTX, "n_clicks"),
        *(State(i.component_id, i.component_property) for i in FILTER_INPUTS),
        State(ids.SHOW_NOTES, "value"),
        State(ids.VIEW, "data"),
        prevent_initial_call=True,
    )
    def export(_png, _svg, _pdf, _html, _pptx, *state):
        sources, certainties, date_from, date_to, text, show_notes, view = state
        fmt = EXPORT_BUTTONS[ctx.triggered_id]
        filters = filters_from_inputs(sources, certainties, date_from, date_to, text)
        lo, hi = view_dates(view)
        try:
            data = export_view(
                catalogue.events(),
                filters,
                fmt,
                notes=notes_by_event(catalogue.notes()) if show_notes else None,
                date_from=lo,
                date_to=hi,
                title=title,
                documents=list(catalogue.documents().values()),
            )
        except ViewExportError as error:
            return no_update, str(error)
        name = export_filename(title, fmt, dt.date.today())
        return dcc.send_bytes(data, name), f"Exported {name}."

    # In the browser: a file over the limit is refused before it is sent, and the upload box is
    # emptied so that the same file can be chosen again.
    app.clientside_callback(
        CHECK_UPLOAD_JS.replace("LIMIT_BYTES", str(max_upload_bytes)).replace(
            "LIMIT_MB", f"{max_upload_bytes / 1e6:.0f}"
        ),
        Output(ids.UPLOAD_PAYLOAD, "data"),
        Output(ids.UPLOAD_STATUS, "children", allow_duplicate=True),
        Output(ids.UPLOAD, "contents"),
        Input(ids.UPLOAD, "contents"),
        State(ids.UPLOAD, "filename"),
        prevent_initial_call=True,
    )

    @app.callback(
        Output(ids.UPLOADED, "data"),
        Output(ids.UPLOAD_STATUS, "children"),
        Output(ids.ARTICLE_DATE, "value"),
        Output(ids.ARTICLE_TITLE, "value"),
        Output(ids.ARTICLE_DATE_HINT, "children"),
        Input(ids.UPLOAD_PAYLOAD, "data"),
        Input(ids.PASTE, "n_blur"),
        State(ids.PASTE, "value"),
        State(ids.ARTICLE_TITLE, "value"),
        prevent_initial_call=True,
    )
    def read_article(payload, _blur, pasted, old_title):
        uploaded, status = no_update, no_update
        if ctx.triggered_id == ids.UPLOAD_PAYLOAD:
            if not payload:
                return None, no_update, no_update, no_update, ""
            contents, filename = payload.get("contents", ""), payload.get("filename", "")
            try:
                text = decode_upload(contents, filename, max_bytes=max_upload_bytes)
            except ArticleError as error:
                return None, str(error), no_update, no_update, ""
            uploaded = {"text": text, "filename": filename}
            status = f"Read {filename} ({len(text):,} characters)."
        else:
            text, filename = pasted or "", ""
            if not text.strip():
                return no_update, no_update, no_update, no_update, no_update
        found = guess(text, filename=filename)
        date = found.published.isoformat() if found.published else ""
        if found.published and found.inferred:
            hint = (
                f"Date inferred from “{found.evidence}”; check it."
                if found.evidence
                else ("Date inferred from the text; check it.")
            )
        elif found.published:
            hint = "Date read from the article."
        else:
            hint = "No publication date found: enter it, or relative dates cannot be placed."
        return uploaded, status, date, old_title or found.title, hint

    @app.callback(
        Output(ids.ARTICLES_VERSION, "data"),
        Output(ids.ARTICLE_MESSAGE, "children"),
        Output(ids.PASTE, "value"),
        Output(ids.UPLOADED, "data", allow_duplicate=True),
        Input(ids.ARTICLE_ADD, "n_clicks"),
        State(ids.PASTE, "value"),
        State(ids.UPLOADED, "data"),
        State(ids.ARTICLE_SOURCE, "value"),
        State(ids.ARTICLE_TITLE, "value"),
        State(ids.ARTICLE_DATE, "value"),
        State(ids.ARTICLES_VERSION, "data"),
        prevent_initial_call=True,
    )
    def add_article(_n, pasted, uploaded, source, article_title, published, version):
        text, filename = (
            (pasted, "")
            if (pasted or "").strip()
            else (
                (uploaded or {}).get("text", ""),
                (uploaded or {}).get("filename", ""),
            )
        )
        try:
            doc = make_document(
                text,
                source=source,
                title=article_title,
                published=published,
                filename=filename,
                max_bytes=max_upload_bytes,
            )
            if doc.published is None:
                raise ArticleError(
                    "Enter the publication date (YYYY-MM-DD): no date was found in the text."
                )
            before = {e.id for e in catalogue.events()}
            catalogue.ingest([doc])
            after = catalogue.events()
        except ArticleError as error:
            return no_update, str(error), no_update, no_update
        except StoreError as error:
            return no_update, _store_error(error), no_update, no_update
        new = sum(1 for e in after if e.id not in before)
        mine = sum(1 for e in after if any(m.document_id == doc.id for m in e.mentions))
        message = (
            f"Added “{doc.title or filename or 'the article'}” from {doc.source}: "
            f"{mine} events on the timeline, {new} of them new."
        )
        return version + 1, message, "", None


def _clicked_event(click: dict | None) -> str | None:
    """The event id carried by a clicked point (markers and bars carry it as ``customdata``)."""
    for point in (click or {}).get("points", []):
        data = point.get("customdata")
        if isinstance(data, list):
            data = data[0] if data else None
        if isinstance(data, str) and data:
            return data
    return None
