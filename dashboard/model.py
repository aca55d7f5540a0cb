"""Values shared by the event layer, the store, the figure, the app and the exports.

All frozen; all dates are ``datetime.date`` and all intervals inclusive (``start``..``end``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from enum import StrEnum


class Certainty(StrEnum):
    """How sure the date of an event is, in the words an analyst uses."""

    EXACT = "exact"  # one known day: "on Thursday", "May 9"
    RANGE = "range"  # a known span of days: "a four-day visit" from the anchor
    APPROXIMATE = "approximate"  # a fuzzy period: "late August", "later this year", "the 1970s"


@dataclass(frozen=True)
class Document:
    """One article. ``id`` is derived from a hash of the text, so the same article is one document."""

    id: str
    source: str
    title: str
    text: str
    published: dt.date | None
    published_inferred: bool = False
    published_evidence: str = ""  # the words the inferred date rests on, shown to the user
    url: str = ""
    path: str = ""


@dataclass(frozen=True)
class Mention:
    """One source's words about an event: the time expression and the sentence around it."""

    document_id: str
    source: str
    text: str  # the time expression as written ("Friday")
    sentence: str  # the sentence or clause that holds it
    value: str  # its TIMEX3 value ("2025-05-09")
    start: dt.date  # its anchored interval, inclusive
    end: dt.date
    certainty: Certainty
    timex_start: int = 0  # offsets of ``text`` inside ``sentence``, for highlighting
    timex_end: int = 0
    published: dt.date | None = None  # the anchor this mention was resolved against
    published_inferred: bool = False
    # who the source reports as giving this ("Russian state television" in "Russian state
    # television reported that…"): the claim is theirs, as reported by ``source``; "" if the
    # source's own
    attributed_to: str = ""


@dataclass(frozen=True)
class Event:
    """A labelled happening on the timeline, backed by one or more mentions.

    ``start``..``end`` is the narrowest interval all mentions agree on. ``disagreement`` says in
    words why mentions that read as the same happening do not agree on the date (None if they do).
    """

    id: str
    label: str
    start: dt.date
    end: dt.date
    certainty: Certainty
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
    disagreement: str | None = None
    # The ids of the events that date this same happening otherwise (the other side of
    # ``disagreement``): the link between the two, as data.
    disagrees_with: tuple[str, ...] = ()
    # How much the story's articles make of it (0..1, :mod:`dashboard.events.importance`), and one
    # or two of their sentences that say what happened; set once all documents are merged.
    importance: float = 0.0
    summary: str = ""
    # The analyst's decisions, applied on top of extraction (see dashboard.curation):
    hidden: bool = False  # left out of every view and export unless asked for
    pinned: bool = False  # a key event: always shown
    edits: tuple[str, ...] = ()  # what the analyst changed, in words, with what extraction said

    @property
    def sources(self) -> tuple[str, ...]:
        """The distinct sources, in first-mention order."""
        return tuple(dict.fromkeys(m.source for m in self.mentions))


class Action(StrEnum):
    """What an analyst's decision does. Event actions name an event; document actions a document."""

    RELABEL = "relabel"  # payload: label
    REDATE = "redate"  # payload: start, end, certainty
    HIDE = "hide"
    SHOW = "show"
    PIN = "pin"
    UNPIN = "unpin"
    MERGE = "merge"  # payload: into (the event that absorbs this one)
    SPLIT = "split"  # payload: mention (the key of the mention split off into its own event)
    PUBLISHED = "published"  # a document's publication date; payload: date, before
    REMOVE = "remove"  # a document left out of the story (kept in the store, restorable)


DOCUMENT_ACTIONS = frozenset({Action.PUBLISHED, Action.REMOVE})


@dataclass(frozen=True)
class Decision:
    """One correction by the analyst, stored beside the notes and applied on top of extraction,
    so it survives re-ingest, new articles and restarts; reverting it undoes just it."""

    id: int
    target: str  # an event id (or a mention key of it), or a document id
    action: Action
    payload: dict = field(default_factory=dict, hash=False, compare=False)
    created: dt.datetime = dt.datetime(2000, 1, 1)
    reverted: bool = False


@dataclass(frozen=True)
class Note:
    """An analyst's note on an event; stored, shown in the detail panel and on the chart."""

    id: int
    event_id: str
    text: str
    created: dt.datetime
    updated: dt.datetime


def mention_key(document_id: str, sentence: str, timex_start: int) -> str:
    """The stable id of a mention; an event's id is the key of its first mention.

    >>> mention_key("26c2f5fcca8a2b4b", "Talks on Thursday.", 9)
    'e-26c2f5fcca-0a2b1357'
    """
    digest = hashlib.sha1(f"{sentence}\x00{timex_start}".encode()).hexdigest()[:8]
    return f"e-{document_id[:10]}-{digest}"
