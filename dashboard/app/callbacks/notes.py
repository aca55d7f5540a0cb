"""The detail panel and the analyst's notes: show the selected event, add, edit, delete notes."""

from __future__ import annotations

from typing import Any

import dash
from dash import ALL, Input, Output, State, ctx, html, no_update

from dashboard.app import ids
from dashboard.app.catalogue import Catalogue
from dashboard.app.views import detail_head, detail_sources, store_error_text
from dashboard.store import MAX_NOTE_CHARS, StoreError

IDLE_BUTTON = "Add note"


def detail(catalogue: Catalogue, selected: Any, editing: Any) -> tuple:
    """(the event's head and notes, the note form's style, what each source wrote)."""
    try:
        events = catalogue.events()
        event = next((e for e in events if e.id == selected), None)
        others = set(event.disagrees_with) if event else set()
        linked = [e for e in events if e.id in others]  # a hidden or merged-away one is gone
        notes = catalogue.notes(selected) if event else []
        documents = catalogue.documents()
    except StoreError as error:
        return [html.P(store_error_text(error), className="disagreement")], {"display": "none"}, []
    form = {} if event is not None else {"display": "none"}  # a note needs its event
    editing = editing if isinstance(editing, int) else None
    return (
        detail_head(event, notes, editing=editing, linked=linked),
        form,
        detail_sources(event, documents),
    )


def note_too_long(text: str) -> str:
    """The limit, said as a limit (not as a database failure).

    >>> note_too_long("x" * 12_000)
    'A note is limited to 10,000 characters; this one has 12,000. Shorten it, or split it in two.'
    """
    return (
        f"A note is limited to {MAX_NOTE_CHARS:,} characters; this one has {len(text.strip()):,}. "
        "Shorten it, or split it in two."
    )


def note_action(
    catalogue: Catalogue,
    trigger: Any,
    *,
    selected: Any,
    text: Any,
    editing: Any,
    version: Any,
) -> tuple:
    """What a click in the note form does: (notes version, note text, note being edited,
    message, button label). ``trigger`` is the id of what fired: Save, Cancel, a note's Edit or
    Delete button (a dict id), or the selection."""
    version = version if isinstance(version, int) else 0
    editing = editing if isinstance(editing, int) else None
    text = text if isinstance(text, str) else ""
    if trigger in (ids.NOTE_CANCEL, ids.SELECTED):
        return (version, "", None, "", IDLE_BUTTON) if editing is not None else (no_update,) * 5
    kind = trigger.get("type") if isinstance(trigger, dict) else None
    note_id = trigger.get("index") if isinstance(trigger, dict) else None
    try:
        if kind == ids.note_edit(0)["type"]:
            note = next((n for n in catalogue.notes() if n.id == note_id), None)
            if note is None:
                return version + 1, "", None, "That note no longer exists.", IDLE_BUTTON
            return no_update, note.text, note.id, "Editing the note.", "Save changes"
        if kind == ids.note_delete(0)["type"]:
            if not isinstance(note_id, int):
                return (no_update,) * 5
            catalogue.call(catalogue.store.delete_note, note_id)
            return version + 1, no_update, None, "Note deleted.", IDLE_BUTTON
        if not text.strip():
            return no_update, no_update, no_update, "Write the note first.", no_update
        if len(text.strip()) > MAX_NOTE_CHARS:
            return no_update, no_update, no_update, note_too_long(text), no_update
        if editing is not None:
            catalogue.call(catalogue.store.update_note, editing, text)
            return version + 1, "", None, "Note saved.", IDLE_BUTTON
        if not isinstance(selected, str) or not selected:
            return no_update, no_update, no_update, "Select an event first.", no_update
        catalogue.call(catalogue.store.add_note, selected, text)
        return version + 1, "", None, "Note added.", IDLE_BUTTON
    except (StoreError, KeyError, ValueError) as error:
        return no_update, no_update, no_update, store_error_text(error), no_update


def register(app: dash.Dash, catalogue: Catalogue) -> None:
    @app.callback(
        Output(ids.DETAIL, "children"),
        Output(ids.NOTE_FORM, "style"),
        Output(ids.DETAIL_SOURCES, "children"),
        Input(ids.SELECTED, "data"),
        Input(ids.NOTES_VERSION, "data"),
        Input(ids.ARTICLES_VERSION, "data"),
        Input(ids.EDITING, "data"),
    )
    def _detail(selected, _n, _a, editing):
        return detail(catalogue, selected, editing)

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
    def _notes(_save, _cancel, _edits, _deletes, selected, text, editing, version):
        if not ctx.triggered or ctx.triggered[0]["value"] in (None, 0):
            return (no_update,) * 5  # a button just appeared
        return note_action(
            catalogue,
            ctx.triggered_id,
            selected=selected,
            text=text,
            editing=editing,
            version=version,
        )

    @app.callback(Output(ids.NOTE_CANCEL, "style"), Input(ids.EDITING, "data"))
    def _show_cancel(editing):
        return {} if editing is not None else {"display": "none"}  # only while editing a note
