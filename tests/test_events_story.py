"""A real multi-source story: the August 1998 embassy bombings, as AP, the New York Times and
Xinhua reported them (tests/data/embassy, from the TimeBank/AQUAINT corpus)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dashboard.events import build_events
from dashboard.events.labels import HEADLINE_CHARS
from dashboard.ingest.archive import read_documents

STORY = Path(__file__).parent / "data" / "embassy"
BOMBING_DAY = dt.date(1998, 8, 7)


@pytest.fixture(scope="module")
def story():
    report = read_documents([STORY])
    assert report.problems == []
    return report.documents, build_events(report.documents)


def test_every_outlet_reports_the_bombings_as_one_event(story):
    documents, events = story
    assert {d.source for d in documents} == {"APW", "NYT", "XIE"}
    biggest = max(events, key=lambda e: len(e.mentions))
    assert (biggest.start, biggest.end) == (BOMBING_DAY, BOMBING_DAY)
    assert set(biggest.sources) == {"APW", "NYT", "XIE"}
    assert len({m.document_id for m in biggest.mentions}) >= 6
    # "Friday", "Aug. 7", "last Friday's", "last month" … all agree on the day.
    assert len({m.text for m in biggest.mentions}) >= 3
    assert biggest.disagreement is None
    assert any(w in biggest.label.lower() for w in ("bomb", "blast", "explo"))


def test_later_happenings_keep_their_own_days(story):
    _, events = story
    council = [e for e in events if "Security Council" in e.label]
    assert [(e.start, e.end) for e in council] == [(dt.date(1998, 8, 13), dt.date(1998, 8, 13))]
    arrests = [e for e in events if "arrested" in e.label and e.start == dt.date(1999, 10, 8)]
    assert arrests


def test_no_event_from_datelines_and_labels_fit(story):
    _, events = story
    for event in events:
        assert 0 < len(event.label) <= HEADLINE_CHARS  # an event's label is a headline (80)
        for m in event.mentions:
            assert "(AP) _" not in m.sentence and "(Xinhua) --" not in m.sentence


def test_a_later_casualty_count_is_its_own_event_not_a_disagreement(story):
    _, events = story
    count = [e for e in events if any("latest figures" in m.sentence for m in e.mentions)]
    assert count and all(e.start == dt.date(1998, 8, 10) for e in count)
    assert all(e.disagreement is None for e in events)
