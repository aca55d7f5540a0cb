"""The export buttons: the view on the screen as PNG, SVG, PDF, HTML or a PPTX deck."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import dash
from dash import Input, Output, State, ctx, dcc, no_update

from dashboard.app import ids
from dashboard.app.callbacks.timeline import FILTER_INPUTS
from dashboard.app.catalogue import Catalogue
from dashboard.app.exporting import ViewExportError, export_filename, export_view
from dashboard.app.views import filters_from_inputs, notes_by_event, store_error_text, view_dates
from dashboard.store import StoreError

# Which file each export button downloads.
EXPORT_BUTTONS = {
    ids.EXPORT_PNG: "png",
    ids.EXPORT_SVG: "svg",
    ids.EXPORT_PDF: "pdf",
    ids.EXPORT_HTML: "html",
    ids.EXPORT_PPTX: "pptx",
}


def export_download(
    catalogue: Catalogue,
    fmt: str,
    filter_values: Sequence[Any],
    *,
    show_notes: bool,
    view: Any,
    title: str,
    today: dt.date,
) -> tuple[dict | None, str]:
    """(the download for ``dcc.Download``, a message): the events selected as on the screen,
    within the visible dates, with the notes if they are shown."""
    lo, hi = view_dates(view)
    try:
        data = export_view(
            catalogue.events(),
            filters_from_inputs(*filter_values),
            fmt,
            notes=notes_by_event(catalogue.notes()) if show_notes else None,
            date_from=lo,
            date_to=hi,
            title=title,
            documents=list(catalogue.documents().values()),
        )
    except ViewExportError as error:
        return None, str(error)
    except StoreError as error:
        return None, store_error_text(error)
    name = export_filename(title, fmt, today)
    return dcc.send_bytes(data, name), f"Exported {name}."


def register(app: dash.Dash, catalogue: Catalogue, *, title: str) -> None:
    @app.callback(
        Output(ids.DOWNLOAD, "data"),
        Output(ids.EXPORT_MESSAGE, "children"),
        *(Input(button, "n_clicks") for button in EXPORT_BUTTONS),
        *(State(i.component_id, i.component_property) for i in FILTER_INPUTS),
        State(ids.SHOW_NOTES, "value"),
        State(ids.VIEW, "data"),
        prevent_initial_call=True,
    )
    def _export(*values):
        *filter_values, show_notes, view = values[len(EXPORT_BUTTONS) :]
        download, message = export_download(
            catalogue,
            EXPORT_BUTTONS[ctx.triggered_id],
            filter_values,
            show_notes=bool(show_notes),
            view=view,
            title=title,
            today=dt.date.today(),
        )
        return download if download is not None else no_update, message
