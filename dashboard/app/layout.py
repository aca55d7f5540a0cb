"""The page: filters on the left, the chart and the event table in the middle, details on the right.

The layout holds no data; callbacks fill it from the store when the page loads.
"""

from __future__ import annotations

import dash_ag_grid as dag
from dash import dcc, html

from dashboard.app import ids
from dashboard.app.articles import ALLOWED_SUFFIXES
from dashboard.app.views import CERTAINTY_LABELS, READING, reading_figure
from dashboard.render.detail import LEVELS

CENTRED = {"display": "flex", "alignItems": "center"}  # wrapped rows are taller: centre the rest
WRAPPED = {**CENTRED, "lineHeight": "1.35", "paddingTop": "8px", "paddingBottom": "8px"}

# The rows come most important first (pinned events at the top): no column sorts them at first.
# At 1280 px every column shows: Event and Dates wrap, the rest are narrow; a date's certainty
# is its cell's tooltip, and notes and disagreement share a column ("2 ≠").
DATE_ORDER = {"function": "(a, b, nodeA, nodeB) => nodeA.data.start < nodeB.data.start ? -1 : "
              "nodeA.data.start > nodeB.data.start ? 1 : 0"}  # fmt: skip
GRID_COLUMNS = [
    {
        "field": "label",
        "headerName": "Event",
        "flex": 3,
        "minWidth": 140,
        "tooltipField": "label",
        "wrapText": True,
        "autoHeight": True,
        "cellStyle": WRAPPED,
    },
    {
        "field": "importance",
        "headerName": "Importance",
        "width": 92,
        "headerTooltip": "0..1: how much the story's articles make of the event",
    },
    {
        # the dates as written ("1945", "Thu 8 May 2025"), sorted by their first day
        "field": "when",
        "headerName": "Dates",
        "flex": 1.4,
        "minWidth": 96,
        "comparator": DATE_ORDER,
        "tooltipField": "certainty",  # the dates' certainty: "Exact day", "Approximate"…
        "wrapText": True,
        "autoHeight": True,
        "cellStyle": WRAPPED,
    },
    {"field": "n_sources", "headerName": "Sources", "width": 76},
    {"field": "mentions", "headerName": "Mentions", "width": 84},
    {
        "field": "sources",
        "headerName": "Reported by",
        "flex": 1.2,
        "minWidth": 80,
        "tooltipField": "sources",
    },
    {
        "field": "flags",
        "headerName": "Notes",
        "width": 66,
        "headerTooltip": "notes; ≠: sources disagree",
    },
]


def _group(*children) -> html.Div:
    """One filter with its label: kept together when the filters wrap into a band."""
    return html.Div(list(children), className="filter-group")


def _filters() -> html.Aside:
    return html.Aside(
        [
            html.H2("Filters"),
            _group(
                html.Label("Sources", htmlFor=ids.SOURCES),
                dcc.Checklist(id=ids.SOURCES, options=[], value=[], className="checklist"),
            ),
            _group(
                html.Label("Certainty", htmlFor=ids.CERTAINTY),
                dcc.Checklist(
                    id=ids.CERTAINTY,
                    options=[
                        {"label": text, "value": c.value} for c, text in CERTAINTY_LABELS.items()
                    ],
                    value=[c.value for c in CERTAINTY_LABELS],
                    className="checklist",
                ),
            ),
            _group(
                html.Label("Dates", htmlFor=ids.DATES),
                dcc.DatePickerRange(
                    id=ids.DATES,
                    display_format="YYYY-MM-DD",
                    clearable=True,
                    start_date_placeholder_text="from",
                    end_date_placeholder_text="to",
                ),
            ),
            _group(
                html.Label("Search", htmlFor=ids.SEARCH),
                dcc.Input(
                    id=ids.SEARCH,
                    type="search",
                    placeholder="words in labels or quotes",
                    debounce=0.4,
                    className="search",
                ),
                dcc.Checklist(
                    id=ids.SHOW_NOTES,
                    options=[{"label": "Show notes on the chart", "value": "show"}],
                    value=["show"],
                    className="checklist",
                ),
                dcc.Checklist(
                    id=ids.SHOW_HIDDEN,
                    options=[{"label": "Show events I hid", "value": "hidden"}],
                    value=[],
                    className="checklist",
                ),
                html.Button("Reset filters", id=ids.RESET, className="small"),
            ),
            _group(
                html.Label("At least", htmlFor=ids.MIN_SOURCES),
                html.Div(
                    [
                        _count_field(ids.MIN_SOURCES),
                        html.Span(" sources "),
                        _count_field(ids.MIN_MENTIONS),
                        html.Span(" mentions"),
                    ],
                    className="counts-filter",
                ),
            ),
            _group(
                html.H2("Export this view"),
                html.Div(
                    [
                        html.Button("PNG", id=ids.EXPORT_PNG),
                        html.Button("SVG", id=ids.EXPORT_SVG),
                        html.Button("PDF", id=ids.EXPORT_PDF),
                        html.Button("HTML", id=ids.EXPORT_HTML),
                        html.Button("Slides", id=ids.EXPORT_PPTX, title="a PPTX briefing deck"),
                    ],
                    className="buttons",
                ),
                dcc.Loading(html.Div(id=ids.EXPORT_MESSAGE, className="message"), type="dot"),
                dcc.Download(id=ids.DOWNLOAD),
            ),
        ],
        className="filters",
    )


def _chart_controls() -> html.Div:
    """Above the chart: how many events it draws, and one band or one lane per source."""
    return html.Div(
        [
            html.Span("Detail", className="control-name"),
            dcc.RadioItems(
                id=ids.DETAIL_LEVEL,
                options=[{"label": level.text, "value": name} for name, level in LEVELS.items()],
                value="key",
                inline=True,
                className="radio",
            ),
            html.Span("Lanes", className="control-name"),
            dcc.RadioItems(
                id=ids.LANES,
                options=[
                    {"label": "One band", "value": "one"},
                    {"label": "One per source", "value": "sources"},
                ],
                value="one",
                inline=True,
                className="radio",
            ),
        ],
        className="chart-controls",
    )


def _add_articles(max_upload_bytes: int) -> html.Details:
    return html.Details(
        [
            html.Summary("Add articles"),
            dcc.Upload(
                id=ids.UPLOAD,
                children=html.Div(
                    [
                        "Drop a file here or ",
                        html.A("choose one"),
                        f" ({', '.join(ALLOWED_SUFFIXES)}, up to {max_upload_bytes / 1e6:.0f} MB)",
                    ]
                ),
                accept=",".join(ALLOWED_SUFFIXES),
                multiple=False,
                className="upload",
            ),
            html.Div(id=ids.UPLOAD_STATUS, className="message"),
            dcc.Textarea(
                id=ids.PASTE,
                placeholder="…or paste the article's text here",
                className="paste",
            ),
            html.Div(
                [
                    html.Label(["Source", dcc.Input(id=ids.ARTICLE_SOURCE, type="text")]),
                    html.Label(["Title", dcc.Input(id=ids.ARTICLE_TITLE, type="text")]),
                    html.Label(
                        [
                            "Published (YYYY-MM-DD)",
                            dcc.Input(id=ids.ARTICLE_DATE, type="text", placeholder="YYYY-MM-DD"),
                        ]
                    ),
                ],
                className="article-fields",
            ),
            html.Div(id=ids.ARTICLE_DATE_HINT, className="hint"),
            html.Button("Add to the timeline", id=ids.ARTICLE_ADD),
            html.Div(id=ids.ARTICLE_MESSAGE, className="message", role="status"),
        ],
        className="add-articles",
    )


def _detail() -> html.Aside:
    return html.Aside(
        [
            html.Div(id=ids.DETAIL, className="detail"),
            html.Div(
                [
                    dcc.Textarea(
                        id=ids.NOTE_TEXT,
                        placeholder="Write a note on this event",
                        className="note-input",
                    ),
                    html.Div(
                        [
                            html.Button("Add note", id=ids.NOTE_SAVE),
                            html.Button(
                                "Cancel edit",
                                id=ids.NOTE_CANCEL,
                                className="small",
                                style={"display": "none"},  # until a note is being edited
                            ),
                        ],
                        className="buttons",
                    ),
                    html.Div(id=ids.NOTE_MESSAGE, className="message"),
                ],
                id=ids.NOTE_FORM,
                className="note-form",
                style={"display": "none"},  # until an event is selected
            ),
            _curate(),
            html.Div(id=ids.DETAIL_SOURCES, className="detail"),
        ],
        className="side",
    )


def _count_field(component_id: str) -> dcc.Input:
    """A "at least N" field of the filters (a whole number from 1)."""
    return dcc.Input(
        id=component_id,
        type="number",
        min=1,
        step=1,
        value=1,
        debounce=0.4,
        className="count-field",
    )


def _curate() -> html.Details:
    """Corrections of the selected event; every control is a native button or field, so the
    panel is used with the keyboard alone (Tab, Enter, Space)."""
    return html.Details(
        [
            html.Summary("Correct this event"),
            html.Label(["Label", dcc.Input(id=ids.CURATE_LABEL, type="text", debounce=False)]),
            html.Button("Save label", id=ids.CURATE_RELABEL, className="small"),
            html.Div(
                [
                    html.Label(
                        [
                            "From",
                            dcc.Input(id=ids.CURATE_START, type="text", placeholder="YYYY-MM-DD"),
                        ]
                    ),
                    html.Label(
                        ["To", dcc.Input(id=ids.CURATE_END, type="text", placeholder="YYYY-MM-DD")]
                    ),
                    html.Label(
                        [
                            "Certainty",
                            dcc.Dropdown(
                                id=ids.CURATE_CERTAINTY,
                                options=[
                                    {"label": v, "value": k.value}
                                    for k, v in CERTAINTY_LABELS.items()
                                ],
                                clearable=False,
                            ),
                        ]
                    ),
                ],
                className="article-fields",
            ),
            html.Button("Save dates", id=ids.CURATE_REDATE, className="small"),
            html.Div(
                [
                    html.Button("Hide event", id=ids.CURATE_HIDE, className="small"),
                    html.Button("Pin as key event", id=ids.CURATE_PIN, className="small"),
                ],
                className="buttons",
            ),
            html.Label(
                [
                    "Same happening as",
                    dcc.Dropdown(id=ids.CURATE_MERGE_INTO, options=[], placeholder="another event"),
                ]
            ),
            html.Button("Merge into it", id=ids.CURATE_MERGE, className="small"),
            html.Button("Undo my last correction", id=ids.CURATE_UNDO, className="small"),
            html.Div(id=ids.CURATE_MESSAGE, className="message", role="status"),
            html.Div(id=ids.CURATE_DECISIONS, className="decisions"),
        ],
        id=ids.CURATE_PANEL,
        className="curate",
        style={"display": "none"},  # until an event is selected
    )


def build_layout(*, title: str, max_upload_bytes: int) -> html.Div:
    """The whole page; every value in it comes later from callbacks."""
    return html.Div(
        [
            dcc.Store(id=ids.SELECTED, data=None),
            dcc.Store(id=ids.VIEW, data=None),
            dcc.Store(id=ids.RING, data=None),
            dcc.Store(id=ids.DECLUTTER, data=None),
            dcc.Store(id=ids.WIDTH, data=None),
            dcc.Store(id=ids.ARTICLES_VERSION, data=0),
            dcc.Store(id=ids.NOTES_VERSION, data=0),
            dcc.Store(id=ids.EDITING, data=None),
            dcc.Store(id=ids.UPLOAD_PAYLOAD, data=None),
            dcc.Store(id=ids.UPLOADED, data=None),
            # While an article is being added (in the background), the page asks how it goes.
            dcc.Store(id=ids.ARTICLE_JOB, data=None),
            dcc.Interval(id=ids.ARTICLE_POLL, interval=500, disabled=True),
            html.A("Skip to the event table", href="#tl-table", className="skip-link"),
            html.Header(
                [
                    html.H1(title),
                    html.Div(READING, id=ids.COUNTS, className="counts"),
                    html.Div(
                        "Click a marker, label or band for its sources and quotes; "
                        "drag the blue box in the overview strip under the chart to move in time.",
                        className="how-to",
                    ),
                ]
            ),
            html.Div(
                [
                    _filters(),
                    html.Main(
                        [
                            html.A(
                                "Skip past the chart to the event table",
                                href="#tl-table",
                                className="skip-link",
                            ),
                            _chart_controls(),
                            dcc.Graph(
                                id=ids.GRAPH,
                                figure=reading_figure(),
                                config={"displaylogo": False, "scrollZoom": True},
                                className="graph",
                            ),
                            html.Div(
                                # tabIndex -1: the skip links land here, the next Tab enters it
                                [
                                    dag.AgGrid(
                                        id=ids.GRID,
                                        columnDefs=GRID_COLUMNS,
                                        rowData=None,  # the grid says it is loading
                                        getRowId="params.data.id",
                                        defaultColDef={
                                            "sortable": True,
                                            "resizable": True,
                                            "filter": False,
                                            "cellStyle": CENTRED,
                                        },
                                        dashGridOptions={
                                            "rowSelection": {
                                                "mode": "singleRow",
                                                "checkboxes": False,
                                            },
                                            "animateRows": False,
                                            # Tab leaves the table (one stop), arrows move between rows,
                                            # Enter or Space opens the row's event (assets/keyboard.js)
                                            "tabToNextCell": {"function": "false"},
                                        },
                                        className="ag-theme-alpine grid",
                                        style={"height": "380px"},
                                    ),
                                ],
                                id="tl-table",
                                tabIndex="-1",
                            ),
                            _add_articles(max_upload_bytes),
                        ],
                        className="main",
                    ),
                    _detail(),
                ],
                className="columns",
            ),
        ],
        className="page",
    )
