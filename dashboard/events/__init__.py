"""Events from documents: one labelled, dated happening per thing the articles date, merged
across sources.

>>> from dashboard.ingest.archive import load_documents
>>> events = build_events(load_documents(["seeds"]))
>>> any(e.label == "Xi to meet Putin for formal talks" for e in events)
True

- :mod:`dashboard.events.extract`: one document -> candidate mentions (debris skipped, tagger,
  labels, implied dates);
- :mod:`dashboard.events.merge`: candidates of all documents -> events (same happening merged,
  disagreements kept visible), not quadratic;
- :mod:`dashboard.events.importance`: how much the whole story makes of each event, and a
  summary of it from the sources;
- :func:`extract_events`: the same as a pandas DataFrame for notebooks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dashboard.events.extract import (
    Candidate,
    Tagger,
    candidate_from_json,
    candidate_to_json,
    extract_candidates,
    extractor_version,
)
from dashboard.events.importance import rank, score_events, top_events
from dashboard.events.merge import merge_candidates
from dashboard.fingerprint import code_fingerprint, project_modules
from dashboard.model import Document, Event, mention_key

if TYPE_CHECKING:
    import pandas

__all__ = [
    "Candidate",
    "build_events",
    "candidate_from_json",
    "candidate_to_json",
    "events_frame",
    "extract_candidates",
    "extract_events",
    "extractor_version",
    "mention_key",
    "merge_candidates",
    "merger_version",
    "rank",
    "score_events",
    "top_events",
]

FRAME_COLUMNS = (
    "id",
    "start",
    "end",
    "label",
    "importance",
    "summary",
    "certainty",
    "sources",
    "mention_count",
    "disagreement",
    "quotes",
)


def merger_version() -> str:
    """A fingerprint of the code that makes the events from the cached extractions: every module
    of this package and what they import (the extraction's code is part of it). Stored events
    made by other code are merged again, from the cached extractions when those still hold."""
    return code_fingerprint(*sorted(m for m in project_modules() if m.startswith(__name__)))


def build_events(documents: Sequence[Document], *, tagger: Tagger | None = None) -> list[Event]:
    """Extract, merge and score the events of ``documents`` (pure: same documents, same events
    and ids); each carries its ``importance`` in the story and a ``summary``.

    Documents are taken in the order given: the first document that mentions a happening gives the
    event its id, so append new documents at the end to keep ids (and the notes keyed on them).
    """
    documents = list({d.id: d for d in documents}.values())  # the same article twice is one
    candidates: list[Candidate] = []
    for position, document in enumerate(documents):
        candidates.extend(extract_candidates(document, position, tagger=tagger))
    return score_events(merge_candidates(candidates), documents)


def events_frame(events: Sequence[Event]) -> pandas.DataFrame:
    """A row per event: id, start, end, label, certainty, sources, mention_count, disagreement,
    quotes (the sentences, one per mention)."""
    import pandas as pd

    rows = [
        {
            "id": e.id,
            "start": e.start,
            "end": e.end,
            "label": e.label,
            "importance": e.importance,
            "summary": e.summary,
            "certainty": str(e.certainty),
            "sources": list(e.sources),
            "mention_count": len(e.mentions),
            "disagreement": e.disagreement,
            "quotes": [m.sentence for m in e.mentions],
        }
        for e in events
    ]
    return pd.DataFrame(rows, columns=list(FRAME_COLUMNS))


def extract_events(documents: Sequence[Document]) -> pandas.DataFrame:
    """The events of ``documents`` as a DataFrame, a row per event (see :func:`events_frame`).

    >>> from dashboard.ingest.archive import load_documents
    >>> frame = extract_events(load_documents(["seeds"]))
    >>> {"start", "end", "label", "sources", "certainty", "mention_count"} <= set(frame.columns)
    True
    """
    return events_frame(build_events(documents))
