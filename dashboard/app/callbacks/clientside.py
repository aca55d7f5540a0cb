"""The callbacks that run in the browser (JavaScript): the upload size check, moving the selection
ring without sending the figure again, and hiding labels that would overlap after a redraw."""

from __future__ import annotations

import json

import dash
from dash import Input, Output, State

from dashboard.app import ids
from dashboard.render.figure import BAND_HITS

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


# The chart's width, so the server fits as many labels as the screen holds (a phone, a wide
# monitor). Measured when the page loads; the redraw waits for it. A resized window measures it
# again (``assets/resize.js``, which compares with the width kept here).
MEASURE_WIDTH_JS = """function(_version) {
    const graph = document.getElementById("tl-graph");
    const measured = graph ? graph.getBoundingClientRect().width : 0;
    const width = Math.round(measured > 0 ? measured : window.innerWidth);
    window.tlMeasuredWidth = width;
    return width;
}"""


# The window the user looks at, from the graph's relayoutData, kept in the browser (as
# ``dashboard.app.views.view_from_relayout`` does): a zoom then costs one round trip (the redraw),
# and a relayout that is no zoom (autosize, a legend click) costs none.
REMEMBER_VIEW_JS = """function(relayout, current) {
    const nothing = window.dash_clientside.no_update;
    if (!relayout || typeof relayout !== "object") { return nothing; }
    let view = undefined;
    if ("xaxis.range[0]" in relayout && "xaxis.range[1]" in relayout) {
        view = [String(relayout["xaxis.range[0]"]), String(relayout["xaxis.range[1]"])];
    } else if (Array.isArray(relayout["xaxis.range"]) && relayout["xaxis.range"].length === 2) {
        view = relayout["xaxis.range"].map(String);
    } else if (relayout["xaxis.autorange"]) {
        view = null;
    }
    if (view === undefined || JSON.stringify(view) === JSON.stringify(current)) { return nothing; }
    return view;
}"""


def register(app: dash.Dash, *, max_upload_bytes: int) -> None:
    """Attach the browser-side callbacks to ``app``."""
    app.clientside_callback(
        REMEMBER_VIEW_JS,
        Output(ids.VIEW, "data"),
        Input(ids.GRAPH, "relayoutData"),
        State(ids.VIEW, "data"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        MEASURE_WIDTH_JS, Output(ids.WIDTH, "data"), Input(ids.ARTICLES_VERSION, "data")
    )
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
    # A file over the limit is refused before it is sent, and the upload box is emptied so that
    # the same file can be chosen again.
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
