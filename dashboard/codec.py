"""The model values as plain JSON-ready dicts and back: written once, used by the store's rows
and caches, the CLI's JSON output and the tests.

Dates are ISO strings, certainties their names; ``from_dict`` accepts what ``to_dict`` wrote.

>>> import datetime as dt
>>> from dashboard.model import Certainty, Mention
>>> m = Mention("d1", "Wire", "Friday", "Talks on Friday.", "2025-05-09",
...             dt.date(2025, 5, 9), dt.date(2025, 5, 9), Certainty.EXACT, 9, 15)
>>> mention_from_dict(mention_to_dict(m)) == m
True
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from dashboard.model import Action, Certainty, Decision, Document, Event, Mention, Note

__all__ = [
    "decision_from_dict",
    "decision_to_dict",
    "document_from_dict",
    "document_to_dict",
    "event_from_dict",
    "event_to_dict",
    "mention_from_dict",
    "mention_to_dict",
    "note_from_dict",
    "note_to_dict",
]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def mention_to_dict(m: Mention) -> dict[str, Any]:
    return {
        "document_id": m.document_id,
        "source": m.source,
        "text": m.text,
        "sentence": m.sentence,
        "value": m.value,
        "start": m.start.isoformat(),
        "end": m.end.isoformat(),
        "certainty": str(m.certainty),
        "timex_start": m.timex_start,
        "timex_end": m.timex_end,
        "published": _iso(m.published),
        "published_inferred": bool(m.published_inferred),
        "attributed_to": m.attributed_to,
    }


def mention_from_dict(d: Mapping[str, Any]) -> Mention:
    return Mention(
        document_id=d["document_id"],
        source=d["source"],
        text=d["text"],
        sentence=d["sentence"],
        value=d["value"],
        start=dt.date.fromisoformat(d["start"]),
        end=dt.date.fromisoformat(d["end"]),
        certainty=Certainty(d["certainty"]),
        timex_start=d["timex_start"],
        timex_end=d["timex_end"],
        published=_day(d["published"]),
        published_inferred=bool(d["published_inferred"]),
        attributed_to=d.get("attributed_to") or "",
    )


def event_to_dict(e: Event) -> dict[str, Any]:
    """An event with its sources (derived) and every mention."""
    return {
        "id": e.id,
        "label": e.label,
        "start": e.start.isoformat(),
        "end": e.end.isoformat(),
        "certainty": str(e.certainty),
        "sources": list(e.sources),
        "disagreement": e.disagreement,
        "disagrees_with": list(e.disagrees_with),
        "importance": e.importance,
        "summary": e.summary,
        "hidden": e.hidden,
        "pinned": e.pinned,
        "edits": list(e.edits),
        "mentions": [mention_to_dict(m) for m in e.mentions],
    }


def event_from_dict(d: Mapping[str, Any], mentions: tuple[Mention, ...] | None = None) -> Event:
    """The event back; ``mentions`` given separately (the store keeps them in their own table)."""
    if mentions is None:
        mentions = tuple(mention_from_dict(m) for m in d.get("mentions", ()))
    return Event(
        id=d["id"],
        label=d["label"],
        start=dt.date.fromisoformat(d["start"]),
        end=dt.date.fromisoformat(d["end"]),
        certainty=Certainty(d["certainty"]),
        mentions=mentions,
        disagreement=d["disagreement"],
        disagrees_with=_ids(d.get("disagrees_with")),
        importance=float(d.get("importance") or 0.0),  # rows written before issue 11 have none
        summary=d.get("summary") or "",
        hidden=bool(d.get("hidden", False)),
        pinned=bool(d.get("pinned", False)),
        edits=tuple(d.get("edits", ())),
    )


def _ids(value: Any) -> tuple[str, ...]:
    """A list of ids, or the JSON text of one (the store's column); none when absent."""
    if isinstance(value, str):
        value = json.loads(value or "[]")
    return tuple(value or ())


def document_to_dict(doc: Document, *, with_text: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": doc.id,
        "source": doc.source,
        "title": doc.title,
        "published": _iso(doc.published),
        "published_inferred": bool(doc.published_inferred),
        "published_evidence": doc.published_evidence,
        "url": doc.url,
        "path": doc.path,
    }
    if with_text:
        out["text"] = doc.text
    return out


def document_from_dict(d: Mapping[str, Any]) -> Document:
    return Document(
        id=d["id"],
        source=d["source"],
        title=d["title"],
        text=d["text"],
        published=_day(d["published"]),
        published_inferred=bool(d["published_inferred"]),
        published_evidence=d["published_evidence"],
        url=d["url"],
        path=d["path"],
    )


def decision_to_dict(d: Decision) -> dict[str, Any]:
    return {
        "id": d.id,
        "target": d.target,
        "action": str(d.action),
        "payload": dict(d.payload),
        "created": d.created.isoformat(),
        "reverted": bool(d.reverted),
    }


def decision_from_dict(d: Mapping[str, Any]) -> Decision:
    payload = d["payload"]
    return Decision(
        id=d["id"],
        target=d["target"],
        action=Action(d["action"]),
        payload=json.loads(payload) if isinstance(payload, str) else dict(payload),
        created=dt.datetime.fromisoformat(d["created"]),
        reverted=bool(d["reverted"]),
    )


def note_to_dict(n: Note) -> dict[str, Any]:
    return {
        "id": n.id,
        "event_id": n.event_id,
        "text": n.text,
        "created": n.created.isoformat(),
        "updated": n.updated.isoformat(),
    }


def note_from_dict(d: Mapping[str, Any]) -> Note:
    return Note(
        id=d["id"],
        event_id=d["event_id"],
        text=d["text"],
        created=dt.datetime.fromisoformat(d["created"]),
        updated=dt.datetime.fromisoformat(d["updated"]),
    )
