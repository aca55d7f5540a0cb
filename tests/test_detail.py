"""Level of detail (dashboard/render/detail.py) and the figure's use of it, without a browser: the
window opens on the story, labels never overlap, pinned events are always drawn, zooming in shows
more, and the selection's minimum sources and mentions."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dashboard.model import Certainty, Event, Mention
from dashboard.render import detail
from dashboard.render.detail import count_rest, fit_events, story_window
from dashboard.render.figure import WEB_STYLE, build_figure, labelled_event
from dashboard.select import Filters, select_events

D = dt.date
PUBLISHED = D(2031, 4, 1)


def event(i: int, day: dt.date, importance: float, sources=("A",), *, pinned=False) -> Event:
    mentions = tuple(
        Mention(f"d{i}{s}", s, "x", "It happened.", "x", day, day, Certainty.EXACT,
                published=PUBLISHED)
        for s in sources
    )  # fmt: skip
    return Event(f"e{i}", f"Event number {i} happened", day, day, Certainty.EXACT, mentions,
                 importance=importance, pinned=pinned)  # fmt: skip


@pytest.fixture
def story() -> list[Event]:
    busy = [event(i, D(2031, 3, 1) + dt.timedelta(days=i % 90), 1 - i / 400) for i in range(300)]
    history = [event(1000 + i, D(1960 + i, 6, 1), 0.99) for i in range(5)]
    return busy + history


def test_the_window_is_the_story_not_its_history(story):
    lo, hi = story_window(story)
    assert D(2031, 2, 1) <= lo and hi <= D(2031, 6, 30)


def test_the_window_holds_the_happening_just_before_the_first_article():
    """Most articles of a long story come much later (a trial two years on): the middle of
    their dates moves the window past the happening that began the story two days before the
    first article. It stays in: the story's most important event near its first article."""
    death = D(2009, 6, 25)

    def reported(i, day, importance, published):
        m = Mention(f"d{i}", "A", "x", "x", "x", day, day, Certainty.EXACT, published=published)
        return Event(f"e{i}", "e", day, day, Certainty.EXACT, (m,), importance=importance)

    events = [reported(0, death, 1.0, D(2009, 6, 27))]
    events += [
        reported(i, D(2011, 9, 1 + i % 28), 0.5, D(2011, 9, 1 + i % 28)) for i in range(1, 60)
    ]
    lo, hi = story_window(events)
    assert lo == death and hi >= D(2011, 9, 28)


def test_key_events_fit_without_overlap_and_zooming_in_shows_more(story):
    style = dataclasses.replace(WEB_STYLE, assumed_width=1200, labels_flip_at_edge=True)
    wide = build_figure(story, style=style)
    labelled = {labelled_event(a.name) for a in wide.layout.annotations if labelled_event(a.name)}
    assert len(labelled) >= 15
    zoomed = build_figure(story, style=style, x_range=(D(2031, 3, 1), D(2031, 3, 20)))
    closer = {labelled_event(a.name) for a in zoomed.layout.annotations if labelled_event(a.name)}
    assert closer - labelled  # the next events by rank
    counts = [t for t in wide.data if t.name == "Not drawn (counts)"]
    assert counts and sum(int(n) for n in counts[0].text) > 100


def test_fit_events_keeps_rows_apart_and_always_draws_pinned():
    evs = [event(i, D(2031, 3, 1), 0.5) for i in range(5)]
    evs.append(event(99, D(2031, 3, 1), 0.0, pinned=True))
    fitted = fit_events(evs, [(0.0, 10.0)] * 6, level="key")
    assert fitted.drawn[0].id == "e99"  # pinned first
    rows = [fitted.lanes[e.id] for e in fitted.drawn]
    assert len(set(rows)) == len(rows)  # all at one place: one row each
    few = dataclasses.replace(detail.LEVELS["key"], lanes=2)
    levels = {**detail.LEVELS, "key": few}
    original = detail.LEVELS
    detail.LEVELS = levels
    try:
        fitted = fit_events(evs, [(0.0, 10.0)] * 6, level="key")
    finally:
        detail.LEVELS = original
    assert "e99" in {e.id for e in fitted.drawn} and len(fitted.rest) == 4


def test_key_events_of_a_big_window_leave_out_the_trivial_that_would_fill_its_gaps():
    """A window of more events than the level draws shows, at "key", only those of at least a
    tenth of its most important one's importance: a quiet stretch is left empty rather than
    filled with a radio schedule's items. "More" draws them; a small story is drawn whole;
    zooming in on the quiet stretch lowers the bar."""
    busy = [event(i, D(2031, 3, 1), 1 - i / 100) for i in range(40)]  # one crowded day
    quiet = [event(100 + i, D(2031, 5, 1 + 3 * i), 0.05) for i in range(5)]
    spans = [(e.start.toordinal(), e.start.toordinal() + 2.0) for e in busy + quiet]
    key = fit_events(busy + quiet, spans, level="key")
    assert not {e.id for e in key.drawn} & {e.id for e in quiet}
    more = fit_events(busy + quiet, spans, level="more")
    assert {e.id for e in quiet} <= {e.id for e in more.drawn}
    small = fit_events(busy[:3] + quiet, spans[:3] + spans[40:], level="key")
    assert {e.id for e in quiet} <= {e.id for e in small.drawn}
    zoomed = fit_events(quiet, spans[40:], level="key")
    assert len(zoomed.drawn) == len(quiet)


def test_the_rest_is_counted_per_period_and_source():
    evs = [event(i, D(2031, 3, 1 + i), 0.1, sources=("A", "B")) for i in range(10)]
    period, counts = count_rest(evs, (D(2031, 3, 1), D(2031, 3, 31)), max_bins=40)
    assert period == "day" and sum(c["A"] for c in counts.values()) == 10


def test_per_source_lanes_link_the_markers_of_one_event(story):
    merged = [event(1, D(2031, 3, 5), 1.0, sources=("A", "B", "C"))]
    fig = build_figure(merged + story[:20], by_source=True)
    lanes = [a.text for a in fig.layout.annotations if a.name == "lane"]
    assert any("A" in t for t in lanes) and any("C" in t for t in lanes)
    (link,) = [t for t in fig.data if t.name == "Same event, several sources"]
    assert len([x for x in link.x if x is not None]) >= 3


def test_minimum_sources_and_mentions():
    evs = [event(1, D(2031, 3, 5), 1.0, sources=("A", "B")), event(2, D(2031, 3, 5), 1.0)]
    assert [e.id for e in select_events(evs, Filters.of(min_sources=2))] == ["e1"]
    assert [e.id for e in select_events(evs, Filters.of(min_mentions=2))] == ["e1"]
    assert len(select_events(evs, Filters.of(sources=["A"], min_sources=2))) == 0
