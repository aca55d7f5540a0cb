"""Level of detail: which events a window of the timeline draws, and where the story is.

A real story holds thousands of events; a chart that draws them all is a field of unlabelled dots.
The chart instead draws, at every zoom, the most important events whose labels fit without
overlapping (:func:`fit_events`), and counts the rest per period and source
(:func:`count_rest`). Zooming in frees room, so the next events by rank appear. The dashboard and
every export call the same functions through ``build_figure``, so a slide shows what the screen
shows.

The chart opens on the story (:func:`story_window`): where its most important events are, among
those dated near the articles' publication dates, not the span of every date mentioned.

>>> import datetime as dt
>>> from dashboard.model import Certainty, Event
>>> d = dt.date
>>> evs = [Event(str(i), "e", d(2025, 5, i), d(2025, 5, i), Certainty.EXACT, importance=i / 10)
...        for i in range(1, 9)]
>>> fitted = fit_events(evs, [(d.start.toordinal(), d.start.toordinal() + 3) for d in evs],
...                     level="key")
>>> [e.id for e in fitted.drawn][:3], fitted.lanes["8"]
(['8', '7', '6'], 0)
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from dashboard.events.importance import ranked, spread_over_days
from dashboard.model import Event

__all__ = [
    "LEVELS",
    "Fitted",
    "Level",
    "count_rest",
    "fit_events",
    "overview_window",
    "ranked",
    "rest_period",
    "story_window",
]


@dataclass(frozen=True)
class Level:
    """How much one detail setting draws: at most ``lanes`` rows and ``limit`` events; when a
    window holds more than ``limit``, only those of at least ``floor`` times the importance of
    its most important one (a quiet stretch of a big story is otherwise filled with whatever
    fits there: a radio schedule's "Chris Moyles", a "We're back!"; zooming in on it lowers the
    bar, and "More" has none)."""

    name: str
    text: str
    lanes: int
    limit: int
    floor: float = 0.0


LEVELS: Mapping[str, Level] = {
    "key": Level("key", "Key events", lanes=10, limit=30, floor=0.1),
    "more": Level("more", "More", lanes=16, limit=80),
    "all": Level("all", "All that fit", lanes=30, limit=400),
}

# The publication dates that set the story: the middle of them, so a stray old article does not.
PUBLISHED_SHARE = 0.9
# Events this long or shorter can place the window (a fuzzy "this year" cannot).
PRECISE_DAYS = 31
# The story reaches this far before its first article (what set it off) and after its last
# (plans announced: "the visit in September").
BEFORE_DAYS = 45
AFTER_DAYS = 200
# The window is set by the story's most important events, this many.
TOP_EVENTS = 40
MIN_WINDOW_DAYS = 7
# At most this many events per event drawn are tried (footprints cost; the rows fill early).
TRIED_PER_DRAWN = 15


@dataclass(frozen=True)
class Fitted:
    """The events a window draws (most important first) and each one's row; the rest counted."""

    drawn: tuple[Event, ...]
    lanes: dict[str, int]  # event id -> row of its label
    rest: tuple[Event, ...]
    source_lanes: dict[tuple[str, str], int] = field(default_factory=dict)  # (id, source) -> row
    on_left: frozenset[str] = frozenset()  # events whose label is set to the left of them


def _quantiles(values: Sequence[dt.date], share: float) -> tuple[dt.date, dt.date]:
    ordered = sorted(values)
    cut = int(len(ordered) * (1 - share) / 2)
    return ordered[cut], ordered[len(ordered) - 1 - cut]


def story_window(events: Sequence[Event]) -> tuple[dt.date, dt.date] | None:
    """Where the story is: the span of its most important events dated near its articles.

    1. The articles' publication dates (the middle ``PUBLISHED_SHARE`` of them) give the story's
       time; events from ``BEFORE_DAYS`` before it to ``AFTER_DAYS`` after it belong to it.
    2. Among those, the ``TOP_EVENTS`` most important precise ones (a month or shorter) set the
       window: from the first to the end of the last. History ("1945") and junk stay in the
       overview, reachable, but do not stretch the opening.

    None when no event carries a publication date (the caller falls back to the densest part).

    >>> from dashboard.model import Certainty, Event, Mention
    >>> d = dt.date
    >>> def ev(i, day, importance):
    ...     m = Mention("doc", "A", "x", "x", "x", day, day, Certainty.EXACT, published=d(2025, 5, 7))
    ...     return Event(i, "e", day, day, Certainty.EXACT, (m,), importance=importance)
    >>> story_window([ev("a", d(2025, 5, 8), 1.0), ev("b", d(2025, 5, 20), 0.5),
    ...               ev("war", d(1945, 5, 9), 0.9)])
    (datetime.date(2025, 5, 8), datetime.date(2025, 5, 20))
    """
    published = [m.published for e in events for m in e.mentions if m.published]
    if not published:
        return None
    first, last = _quantiles(published, PUBLISHED_SHARE)
    lo, hi = first - dt.timedelta(days=BEFORE_DAYS), last + dt.timedelta(days=AFTER_DAYS)
    near = [e for e in events if e.start >= lo and e.end <= hi]
    precise = [e for e in near if (e.end - e.start).days <= PRECISE_DAYS] or near
    top = ranked(precise)[:TOP_EVENTS]
    if not top:
        return None
    # The story's most important happening is in the window when it came shortly before its
    # first article, however many later articles move the middle of the dates: Michael
    # Jackson's death, two days before the first of 138 articles most of which cover the
    # trial two years on, was left just outside.
    since_first = min(published) - dt.timedelta(days=BEFORE_DAYS)
    first_news = [e for e in events if e.start >= since_first and e.end <= hi]
    precise_first = [e for e in first_news if (e.end - e.start).days <= PRECISE_DAYS]
    top += ranked(precise_first)[:1]
    left, right = min(e.start for e in top), max(e.end for e in top)
    if (right - left).days < MIN_WINDOW_DAYS:
        middle = left + (right - left) / 2
        left = middle - dt.timedelta(days=MIN_WINDOW_DAYS // 2)
        right = left + dt.timedelta(days=MIN_WINDOW_DAYS)
    return left, right


# The overview strip reaches the story's this many most important events (and its articles'
# time): a "Key events" view's worth and more. Beyond them lie what only "Fit all" shows.
OVERVIEW_EVENTS = 50


def overview_window(
    events: Sequence[Event], view: tuple[dt.date, dt.date] | None = None
) -> tuple[dt.date, dt.date] | None:
    """The span of the overview strip under the chart: the story's ``OVERVIEW_EVENTS`` most
    important events, the middle of its articles' publication dates and the ``view``.

    A big story's few far dates ("the 3rd century", a genealogy page's 1600s, "by 2050") stay
    out: with them the strip of bpoil ran from 200 to 2099 and the story's year was a sliver
    no one could drag. Its key context stays in ("the Exxon Valdez spill of 1989"), and a small
    story's strip is every event (all of them are among its most important). None without
    events.

    >>> from dashboard.model import Certainty, Event
    >>> d = dt.date
    >>> story = [Event(str(i), "e", d(2010, 5, 1 + i % 28), d(2010, 5, 1 + i % 28),
    ...                Certainty.EXACT, importance=0.5) for i in range(60)]
    >>> story.append(Event("spill", "e", d(1989, 3, 24), d(1989, 3, 24), Certainty.EXACT,
    ...                    importance=0.9))
    >>> [day.year for day in overview_window(story)]
    [1989, 2010]
    >>> far = [Event(f"c{i}", "e", d(200 + i, 1, 1), d(299, 12, 31), Certainty.APPROXIMATE,
    ...              importance=0.0) for i in range(30)]
    >>> [day.year for day in overview_window(story + far)]
    [1989, 2010]
    """
    if not events:
        return None
    top = ranked(events)[:OVERVIEW_EVENTS]
    left, right = min(e.start for e in top), max(e.end for e in top)
    published = [m.published for e in events for m in e.mentions if m.published]
    if published:
        first, last = _quantiles(published, PUBLISHED_SHARE)
        left, right = min(left, first), max(right, last)
    if view is not None:
        left, right = min(left, view[0]), max(right, view[1])
    # never wider than every event: the view may run past them
    return max(left, min(e.start for e in events)), min(right, max(e.end for e in events))


def fit_events(
    events: Sequence[Event],
    spans: Sequence[tuple[float, float]] | Callable[[Event], Iterable[tuple[str, float, float]]],
    *,
    level: str = "key",
    gap: float = 0.0,
    keep: Callable[[Event], bool] | None = None,
    bounds: tuple[float, float] | None = None,
    left_spans: Callable[[Event], tuple[float, float] | None] | None = None,
    group_lanes: int | None = None,
) -> Fitted:
    """The most important ``events`` whose footprints fit, each on the lowest free row.

    ``spans`` gives each event's footprint (its bar and its label, in any unit of the x axis):
    one ``(start, end)`` per event, in the order of ``events``; or a function of an event giving
    ``(group, start, end)`` footprints, one per group it is drawn in (per-source lanes: a label
    in one source's group, a marker in each other's). Each group has its own rows. Events go in
    by rank (pinned first, then importance): one that fits nowhere within the level's rows is left
    out (counted in ``rest``), except a pinned one (or one ``keep`` says to keep), which always
    gets a row of its own. With ``bounds`` (the window), a footprint that runs out of it (a label
    past the right edge) does not fit either. ``left_spans`` gives an event's footprint with its
    label on the left (one band only): used when it puts the event on a higher row.
    """
    chosen = LEVELS.get(level, LEVELS["key"])
    if callable(spans):
        footprint = spans
    else:
        by_id = {e.id: span for e, span in zip(events, spans, strict=True)}

        def footprint(event: Event) -> Iterable[tuple[str, float, float]]:
            return [("", *by_id[event.id])]

    rows: dict[str, list[list[tuple[float, float]]]] = {}
    drawn: list[Event] = []
    lanes: dict[str, int] = {}
    source_lanes: dict[tuple[str, str], int] = {}
    flipped: set[str] = set()
    rest: list[Event] = []

    def place(places: list[tuple[str, float, float]], forced: bool) -> list[int] | None:
        if bounds is not None and not forced:
            inside = [p for p in places if p[2] > bounds[0] and p[1] < bounds[1]]
            if any(p[1] < bounds[0] - gap or p[2] > bounds[1] + gap for p in inside):
                return None
        found: list[int] = []
        for group, start, end in places:
            taken = rows.get(group, [])
            row = next(
                (
                    k
                    for k, spans_in_row in enumerate(taken)
                    if all(end + gap <= a or start >= b + gap for a, b in spans_in_row)
                ),
                None,
            )
            if row is None and (len(taken) < (group_lanes or chosen.lanes) or forced):
                row = len(taken)
            if row is None:
                return None
            found.append(row)
        return found

    floor = 0.0
    if len(events) > chosen.limit:  # a small story is drawn whole
        floor = chosen.floor * max(e.importance for e in events)
    for tried, event in enumerate(spread_over_days(events)):
        forced = event.pinned or (keep is not None and keep(event))
        if event.importance < floor and not forced:
            rest.append(event)
            continue
        # past the limit, or far down the ranks (rows full), an event is counted, not tried
        if (len(drawn) >= chosen.limit or tried > TRIED_PER_DRAWN * chosen.limit) and not forced:
            rest.append(event)
            continue
        places = list(footprint(event))
        options = [(places, place(places, forced), False)]
        flipped_span = left_spans(event) if left_spans is not None else None
        if flipped_span is not None:
            # the label on the left of its event, when that puts it on a higher row
            left = [("", *flipped_span)]
            options.append((left, place(left, forced), True))
        usable = [(o[1][0] if o[1] else 0, k, o) for k, o in enumerate(options) if o[1] is not None]
        if not usable:
            rest.append(event)
            continue
        places, found, on_left = min(usable)[2]
        assert found is not None
        for (group, start, end), row in zip(places, found, strict=True):
            taken = rows.setdefault(group, [])
            if row == len(taken):
                taken.append([])
            taken[row].append((start, end))
            source_lanes[(event.id, group)] = row
        lanes[event.id] = found[0] if found else 0
        if on_left:
            flipped.add(event.id)
        drawn.append(event)
    return Fitted(tuple(drawn), lanes, tuple(rest), source_lanes, frozenset(flipped))


def rest_period(days: int, max_bins: int) -> tuple[str, int]:
    """The finest period (day, week, month, year, decade) that cuts ``days`` into at most
    ``max_bins`` counts.

    >>> rest_period(30, 40), rest_period(400, 40)
    (('day', 1), ('month', 31))
    """
    for name, length in (("day", 1), ("week", 7), ("month", 31), ("year", 366), ("decade", 3653)):
        if days / length <= max_bins:
            return name, length
    return "century", 36525


def period_start(day: dt.date, period: str) -> dt.date:
    """The first day of the period holding ``day``."""
    if period == "day":
        return day
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    if period == "year":
        return dt.date(day.year, 1, 1)
    if period == "decade":
        return dt.date(max(day.year - day.year % 10, 1), 1, 1)
    return dt.date(max(day.year - day.year % 100, 1), 1, 1)


def count_rest(
    rest: Iterable[Event], window: tuple[dt.date, dt.date], *, max_bins: int
) -> tuple[str, dict[dt.date, Counter[str]]]:
    """The events not drawn in ``window``, counted per period and source: (period name,
    {first day of the period: {source: events}}). An event counts once per source, in the period
    of its start (or of the window's start, for one that began before it)."""
    period, _ = rest_period((window[1] - window[0]).days + 1, max_bins)
    counts: dict[dt.date, Counter[str]] = {}
    for event in rest:
        if event.end < window[0] or event.start > window[1]:
            continue
        at = period_start(max(event.start, window[0]), period)
        counts.setdefault(at, Counter()).update(event.sources or ("no source",))
    return period, counts
