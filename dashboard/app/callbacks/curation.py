"""The analyst's corrections in the detail panel: relabel, re-date, hide, pin, merge, split,
correct an article's date or remove it, revert any correction, undo the last one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import dash
from dash import ALL, Input, Output, State, ctx, html, no_update

from dashboard.app import ids
from dashboard.app.catalogue import Catalogue
from dashboard.app.views import store_error_text
from dashboard.curation import CurationError, describe
from dashboard.model import Action, Decision, Event, mention_key
from dashboard.store import StoreError
from dashboard.wording import format_anchored

HIDDEN_FORM = {"display": "none"}


def _event(catalogue: Catalogue, selected: Any) -> Event | None:
    if not isinstance(selected, str):
        return None
    return next((e for e in catalogue.events() if e.id == selected), None)


def _keys(event: Event) -> set[str]:
    return {mention_key(m.document_id, m.sentence, m.timex_start) for m in event.mentions}


def _concerns(decision: Decision, event: Event) -> bool:
    """A decision about this event: on it, merged into it, or on one of its articles."""
    if decision.target == event.id or decision.target in _keys(event):
        return True
    if decision.action == Action.MERGE and decision.payload.get("into") == event.id:
        return True
    return decision.target in {m.document_id for m in event.mentions}


def decision_list(decisions: Sequence[Decision], event: Event) -> list[Any]:
    """The corrections in force on this event, each with a "Revert" button."""
    mine = [d for d in decisions if _concerns(d, event)]
    if not mine:
        return []
    return [
        html.H4(f"My corrections ({len(mine)})"),
        html.Ul(
            [
                html.Li(
                    [
                        html.Span(f"{d.created:%d %b %H:%M} · {describe(d)}"),
                        html.Button("Revert", id=ids.revert_decision(d.id), className="small"),
                    ],
                    className="decision",
                )
                for d in mine
            ]
        ),
    ]


MERGE_NEAR_DAYS = 62
MERGE_CHOICES = 300


def form(catalogue: Catalogue, selected: Any) -> tuple:
    """The panel for the selected event: (style, label, from, to, certainty, hide button text,
    pin button text, merge choices, corrections in force)."""
    try:
        event = _event(catalogue, selected)
        if event is None:
            return HIDDEN_FORM, "", "", "", None, "Hide event", "Pin as key event", [], []
        # A story holds thousands of events, and a dropdown of them all freezes the browser:
        # the choices are the events within two months of this one, most important first.
        near = dt.timedelta(days=MERGE_NEAR_DAYS)
        others = [
            {"label": f"{format_anchored(e.start, e.end)} — {e.label}", "value": e.id}
            for e in catalogue.events()
            if e.id != event.id
            and not e.hidden
            and e.end >= event.start - near
            and e.start <= event.end + near
        ][:MERGE_CHOICES]
        decisions = decision_list(catalogue.decisions(), event)
    except StoreError as error:
        return HIDDEN_FORM, "", "", "", None, "", "", [], [html.P(store_error_text(error))]
    return (
        {},
        event.label,
        event.start.isoformat(),
        event.end.isoformat(),
        event.certainty.value,
        "Show event again" if event.hidden else "Hide event",
        "Unpin" if event.pinned else "Pin as key event",
        others,
        decisions,
    )


def act(
    catalogue: Catalogue,
    trigger: Any,
    *,
    selected: Any,
    label: Any,
    start: Any,
    end: Any,
    certainty: Any,
    merge_into: Any,
    document_dates: Mapping[str, Any],
    version: Any,
) -> tuple:
    """Take the correction the clicked control asks for: (story version, message, selected)."""
    version = version if isinstance(version, int) else 0
    event = _event(catalogue, selected)
    kind = trigger.get("type") if isinstance(trigger, dict) else None
    index = trigger.get("index") if isinstance(trigger, dict) else None
    try:
        if trigger == ids.CURATE_UNDO:
            done = catalogue.revert()
            return version + 1, f"Undone: {describe(done)}.", no_update
        if kind == ids.revert_decision(0)["type"]:
            if not isinstance(index, int):
                return no_update, no_update, no_update
            done = catalogue.revert(index)
            return version + 1, f"Reverted: {describe(done)}.", no_update
        if kind == ids.document_remove("")["type"] and isinstance(index, str):
            catalogue.decide(index, Action.REMOVE)
            return (
                version + 1,
                "The article was removed from the story (Undo brings it back).",
                None,
            )
        if kind == ids.document_date_save("")["type"] and isinstance(index, str):
            day = document_dates.get(index)
            catalogue.decide(index, Action.PUBLISHED, {"date": day if isinstance(day, str) else ""})
            return version + 1, f"Publication date set to {day}; its dates are placed anew.", None
        if event is None:
            return no_update, "Select an event first.", no_update
        if kind == ids.split_mention("")["type"] and isinstance(index, str):
            catalogue.decide(event.id, Action.SPLIT, {"mention": index})
            return version + 1, "The mention is now an event of its own.", index
        if trigger == ids.CURATE_RELABEL:
            catalogue.decide(
                event.id, Action.RELABEL, {"label": label if isinstance(label, str) else ""}
            )
            return version + 1, "Label saved.", no_update
        if trigger == ids.CURATE_REDATE:
            payload = {"start": start, "end": end or start, "certainty": certainty}
            catalogue.decide(event.id, Action.REDATE, {k: v for k, v in payload.items()
                                                       if isinstance(v, str)})  # fmt: skip
            return version + 1, "Dates saved; what extraction said stays listed.", no_update
        if trigger == ids.CURATE_HIDE:
            action = Action.SHOW if event.hidden else Action.HIDE
            catalogue.decide(event.id, action)
            message = (
                "Shown again." if event.hidden else "Hidden (tick “Show events I hid” to see it)."
            )
            return version + 1, message, no_update
        if trigger == ids.CURATE_PIN:
            catalogue.decide(event.id, Action.UNPIN if event.pinned else Action.PIN)
            return version + 1, "Unpinned." if event.pinned else "Pinned as a key event.", no_update
        if trigger == ids.CURATE_MERGE:
            if not isinstance(merge_into, str) or not merge_into:
                return no_update, "Choose the event it is the same happening as.", no_update
            catalogue.decide(event.id, Action.MERGE, {"into": merge_into})
            return version + 1, "Merged: one event now.", merge_into
    except (CurationError, StoreError) as error:
        return no_update, str(error), no_update
    return no_update, no_update, no_update


def register(app: dash.Dash, catalogue: Catalogue) -> None:
    @app.callback(
        Output(ids.CURATE_PANEL, "style"),
        Output(ids.CURATE_LABEL, "value"),
        Output(ids.CURATE_START, "value"),
        Output(ids.CURATE_END, "value"),
        Output(ids.CURATE_CERTAINTY, "value"),
        Output(ids.CURATE_HIDE, "children"),
        Output(ids.CURATE_PIN, "children"),
        Output(ids.CURATE_MERGE_INTO, "options"),
        Output(ids.CURATE_DECISIONS, "children"),
        Input(ids.SELECTED, "data"),
        Input(ids.ARTICLES_VERSION, "data"),
    )
    def _form(selected, _version):
        return form(catalogue, selected)

    @app.callback(
        Output(ids.ARTICLES_VERSION, "data", allow_duplicate=True),
        Output(ids.CURATE_MESSAGE, "children"),
        Output(ids.SELECTED, "data", allow_duplicate=True),
        Input(ids.CURATE_RELABEL, "n_clicks"),
        Input(ids.CURATE_REDATE, "n_clicks"),
        Input(ids.CURATE_HIDE, "n_clicks"),
        Input(ids.CURATE_PIN, "n_clicks"),
        Input(ids.CURATE_MERGE, "n_clicks"),
        Input(ids.CURATE_UNDO, "n_clicks"),
        Input(ids.revert_decision(ALL), "n_clicks"),
        Input(ids.split_mention(ALL), "n_clicks"),
        Input(ids.document_remove(ALL), "n_clicks"),
        Input(ids.document_date_save(ALL), "n_clicks"),
        State(ids.SELECTED, "data"),
        State(ids.CURATE_LABEL, "value"),
        State(ids.CURATE_START, "value"),
        State(ids.CURATE_END, "value"),
        State(ids.CURATE_CERTAINTY, "value"),
        State(ids.CURATE_MERGE_INTO, "value"),
        State(ids.document_date(ALL), "value"),
        State(ids.document_date(ALL), "id"),
        State(ids.ARTICLES_VERSION, "data"),
        prevent_initial_call=True,
    )
    def _act(*values):
        if not ctx.triggered or ctx.triggered[0]["value"] in (None, 0):
            return no_update, no_update, no_update  # a button just appeared
        selected, label, start, end, certainty, merge_into, dates, date_ids, version = values[10:]
        pairs = (
            zip(date_ids, dates, strict=False)
            if isinstance(date_ids, list) and isinstance(dates, list)
            else ()
        )
        document_dates = {i.get("index"): v for i, v in pairs if isinstance(i, dict)}
        return act(
            catalogue,
            ctx.triggered_id,
            selected=selected,
            label=label,
            start=start,
            end=end,
            certainty=certainty,
            merge_into=merge_into,
            document_dates=document_dates,
            version=version,
        )
