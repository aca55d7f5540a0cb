"""The analyst decides: corrections stored as decisions and applied on top of what extraction
produces.

Extraction is a first draft. A decision (``dashboard.model.Decision``) relabels an event, re-dates
it, hides or shows it, pins it as key, merges it into another, splits a mention off into its own
event, corrects a document's publication date or removes a document from the story. Decisions are
rows in the store beside the notes; events are re-extracted whenever articles change, and
:func:`apply_decisions` replays the decisions, oldest first, on the fresh events, so a correction
survives re-ingest, new articles and restarts, and reverting one undoes just that one.

A decision names its event by id; event ids are the key of their first mention, so they stay
stable. When a later article makes extraction merge that event into another, the decision follows
the mention whose key it carries to the survivor (as notes do); a decision whose event is gone is
kept and reported (``Curated.unresolved``), never dropped.

>>> import datetime as dt
>>> from dashboard.model import Action, Certainty, Decision, Event
>>> talks = Event("e-1", "Talks", dt.date(2025, 5, 8), dt.date(2025, 5, 8), Certainty.EXACT)
>>> fix = Decision(1, "e-1", Action.RELABEL, {"label": "Xi and Putin hold talks"})
>>> [(e.label, e.edits) for e in apply_decisions([talks], [fix]).events]
[('Xi and Putin hold talks', ('Label set by the analyst (extracted: “Talks”)',))]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dashboard.model import (
    DOCUMENT_ACTIONS,
    Action,
    Certainty,
    Decision,
    Event,
    Mention,
    mention_key,
)
from dashboard.store import Store
from dashboard.timeline import rebuild, set_published
from dashboard.wording import format_anchored

__all__ = [
    "Curated",
    "CurationError",
    "apply_decisions",
    "curated_events",
    "decide",
    "describe",
    "revert",
    "undo_last",
]

MAX_LABEL_CHARS = 200


class CurationError(ValueError):
    """A decision that cannot be taken; the message says what to change."""


@dataclass(frozen=True)
class Curated:
    """Events with the decisions applied, and the decisions whose event no longer exists."""

    events: list[Event]
    unresolved: list[Decision]


def _keys(event: Event) -> set[str]:
    return {mention_key(m.document_id, m.sentence, m.timex_start) for m in event.mentions}


class _Events:
    """The events being curated, found by id or by any of their mentions' keys."""

    def __init__(self, events: Iterable[Event]) -> None:
        self.by_id: dict[str, Event] = {e.id: e for e in events}
        self.order: list[str] = list(self.by_id)

    def find(self, target: str) -> Event | None:
        if target in self.by_id:
            return self.by_id[target]
        return next((e for e in self.by_id.values() if target in _keys(e)), None)

    def put(self, event: Event) -> None:
        if event.id not in self.by_id:
            self.order.append(event.id)
        self.by_id[event.id] = event

    def drop(self, event_id: str) -> None:
        del self.by_id[event_id]
        self.order.remove(event_id)

    def all(self) -> list[Event]:
        return [self.by_id[i] for i in self.order]


def _edited(event: Event, note: str, **changes) -> Event:
    return dataclasses.replace(event, edits=(*event.edits, note), **changes)


def _span_words(event: Event) -> str:
    return f"{format_anchored(event.start, event.end)}, {event.certainty}"


def _apply(events: _Events, decision: Decision) -> bool:
    """Apply one decision; False when its event (or the other event it names) is gone."""
    event = events.find(decision.target)
    if event is None:
        return False
    p = decision.payload
    match decision.action:
        case Action.RELABEL:
            events.put(
                _edited(
                    event,
                    f"Label set by the analyst (extracted: “{event.label}”)",
                    label=p["label"],
                )
            )
        case Action.REDATE:
            start, end = dt.date.fromisoformat(p["start"]), dt.date.fromisoformat(p["end"])
            note = f"Dates set by the analyst (extracted: {_span_words(event)})"
            events.put(
                _edited(event, note, start=start, end=end, certainty=Certainty(p["certainty"]))
            )
        case Action.HIDE | Action.SHOW:
            events.put(dataclasses.replace(event, hidden=decision.action == Action.HIDE))
        case Action.PIN | Action.UNPIN:
            events.put(dataclasses.replace(event, pinned=decision.action == Action.PIN))
        case Action.MERGE:
            into = events.find(p["into"])
            if into is None:
                return False
            if into.id == event.id:
                return True  # already one event (extraction merged them since)
            note = f"Merged by the analyst with “{event.label}” ({_span_words(event)})"
            events.put(
                _edited(
                    into,
                    note,
                    mentions=(*into.mentions, *event.mentions),
                    start=min(into.start, event.start),
                    end=max(into.end, event.end),
                    pinned=into.pinned or event.pinned,
                )
            )
            events.drop(event.id)
        case Action.SPLIT:
            mention = next(
                (m for m in event.mentions if mention_key(m.document_id, m.sentence, m.timex_start)
                 == p["mention"]),
                None,
            )  # fmt: skip
            if mention is None or len(event.mentions) < 2:
                return mention is not None  # a lone mention is its own event already
            rest = tuple(m for m in event.mentions if m is not mention)
            events.put(_edited(event, "A mention was split off by the analyst", mentions=rest))
            events.put(_split_event(mention, event, p["mention"]))
    return True


def _split_event(mention: Mention, origin: Event, key: str) -> Event:
    label = " ".join(mention.sentence.split())
    if len(label) > 60:
        label = label[:59].rsplit(" ", 1)[0] + "…"
    return Event(
        id=key,
        label=label,
        start=mention.start,
        end=mention.end,
        certainty=mention.certainty,
        mentions=(mention,),
        edits=(f"Split off by the analyst from “{origin.label}”",),
    )


def apply_decisions(events: Iterable[Event], decisions: Sequence[Decision]) -> Curated:
    """The events as the analyst corrected them (pure). Reverted and document decisions are
    skipped here (document decisions act on the store: see :func:`decide`)."""
    current = _Events(events)
    unresolved = []
    for decision in decisions:
        if decision.reverted or decision.action in DOCUMENT_ACTIONS:
            continue
        if not _apply(current, decision):
            unresolved.append(decision)
    ordered = sorted(current.all(), key=lambda e: (e.start, e.end))
    return Curated(ordered, unresolved)


def curated_events(store: Store) -> Curated:
    """The store's events with every decision applied."""
    return apply_decisions(store.events(), store.decisions())


def describe(decision: Decision) -> str:
    """The decision in words, for lists and the undo message.

    >>> describe(Decision(3, "e-1", Action.HIDE))
    'hide e-1'
    """
    p = decision.payload
    detail = {
        Action.RELABEL: lambda: f" as “{p.get('label', '')}”",
        Action.REDATE: lambda: f" to {p.get('start')}..{p.get('end')} ({p.get('certainty')})",
        Action.MERGE: lambda: f" into {p.get('into')}",
        Action.SPLIT: lambda: f": mention {p.get('mention')}",
        Action.PUBLISHED: lambda: f": published {p.get('date')}",
    }.get(decision.action, lambda: "")()
    return f"{decision.action} {decision.target}{detail}"


# -- taking decisions --------------------------------------------------------------------------


def _check_event(store: Store, target: str) -> Event:
    event = next((e for e in curated_events(store).events if e.id == target), None)
    if event is None:
        raise CurationError(f"no event with id {target!r}; list them with `extract --db`.")
    return event


def decide(store: Store, target: str, action: Action, payload: dict | None = None) -> Decision:
    """Check and store one decision; document decisions also re-run the pipeline.

    Raises ``CurationError`` naming what is wrong (an unknown event or document, an empty label,
    dates in the wrong order, an unknown certainty, merging an event into itself).
    """
    payload = dict(payload or {})
    if action in DOCUMENT_ACTIONS:
        return _decide_document(store, target, action, payload)
    event = _check_event(store, target)
    if action == Action.RELABEL:
        label = " ".join(str(payload.get("label", "")).split())
        if not label:
            raise CurationError("an empty label was not saved; write the new label.")
        if len(label) > MAX_LABEL_CHARS:
            raise CurationError(f"a label is limited to {MAX_LABEL_CHARS} characters; shorten it.")
        payload = {"label": label}
    elif action == Action.REDATE:
        payload = _checked_dates(payload)
    elif action == Action.MERGE:
        other = _check_event(store, str(payload.get("into", "")))
        if other.id == event.id:
            raise CurationError("an event cannot be merged into itself; choose another event.")
        payload = {"into": other.id}
    elif action == Action.SPLIT:
        keys = _keys(event)
        if payload.get("mention") not in keys:
            raise CurationError(f"event {target!r} has no mention {payload.get('mention')!r}.")
        if len(event.mentions) < 2:
            raise CurationError("an event with one mention cannot be split.")
    return store.add_decision(event.id, action, payload)


def _checked_dates(payload: dict) -> dict:
    try:
        start = dt.date.fromisoformat(str(payload.get("start", "")))
        end = dt.date.fromisoformat(str(payload.get("end") or payload.get("start", "")))
    except ValueError:
        raise CurationError("dates are written YYYY-MM-DD (e.g. 2025-05-08).") from None
    if end < start:
        raise CurationError(f"the end {end} is before the start {start}; swap them.")
    certainty = payload.get("certainty") or ("exact" if start == end else "range")
    if certainty not in Certainty._value2member_map_:
        raise CurationError(f"certainty is one of {', '.join(Certainty)}; not {certainty!r}.")
    return {"start": start.isoformat(), "end": end.isoformat(), "certainty": certainty}


def _decide_document(store: Store, target: str, action: Action, payload: dict) -> Decision:
    document = next((d for d in store.documents(include_removed=True) if d.id == target), None)
    if document is None:
        raise CurationError(f"no document with id {target!r}; list them with `extract --db`.")
    with store.transaction():
        if action == Action.PUBLISHED:
            try:
                day = dt.date.fromisoformat(str(payload.get("date", "")))
            except ValueError:
                raise CurationError("a publication date is written YYYY-MM-DD.") from None
            before = {
                "published": document.published.isoformat() if document.published else None,
                "inferred": document.published_inferred,
                "evidence": document.published_evidence,
            }
            decision = store.add_decision(
                target, action, {"date": day.isoformat(), "before": before}
            )
            set_published(store, target, day)
        else:
            decision = store.add_decision(target, action, {})
            store.set_document_removed(target, True)
            rebuild(store)
    return decision


def revert(store: Store, decision_id: int) -> Decision:
    """Undo one decision (any, not only the last); document decisions re-run the pipeline."""
    decision = next((d for d in store.decisions() if d.id == decision_id), None)
    if decision is None:
        raise CurationError(f"no decision {decision_id} to revert (or it is reverted already).")
    with store.transaction():
        store.set_decision_reverted(decision.id)
        if decision.action in DOCUMENT_ACTIONS:
            _undo_document(store, decision)
    return decision


def _undo_document(store: Store, decision: Decision) -> None:
    document = next(d for d in store.documents(include_removed=True) if d.id == decision.target)
    if decision.action == Action.REMOVE:
        still_removed = any(
            d.action == Action.REMOVE and d.target == decision.target for d in store.decisions()
        )
        store.set_document_removed(decision.target, still_removed)
    else:
        before = decision.payload.get("before", {})
        later = [
            d for d in store.decisions() if d.action == Action.PUBLISHED and d.target == document.id
        ]
        if later:  # another correction of this date is still in force: it wins
            day = dt.date.fromisoformat(later[-1].payload["date"])
            set_published(store, document.id, day)
            return
        store.restore_document_published(
            dataclasses.replace(
                document,
                published=dt.date.fromisoformat(before["published"])
                if before.get("published")
                else None,
                published_inferred=bool(before.get("inferred")),
                published_evidence=before.get("evidence", ""),
            )
        )
    rebuild(store)


def undo_last(store: Store) -> Decision:
    """Revert the most recent decision still in force."""
    active = store.decisions()
    if not active:
        raise CurationError("nothing to undo.")
    return revert(store, active[-1].id)
