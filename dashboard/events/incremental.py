"""Merge the mentions of new articles into existing events without merging the whole store again.

The full merge (:func:`dashboard.events.merge.merge_candidates`) pairs two mentions only when they
share a word *and* a quarter of their intervals widened by ``MAX_DISAGREEMENT_DAYS``. So a new
mention can only join, split or contradict events that have a mention in one of the quarters the
new mention is filed under: the *region*. Everything outside the region is left as it is; the
region's events are taken apart into their candidates and merged again with the new ones, by the
same public :func:`merge_candidates`. Event ids stay: new articles come after every stored one, so
a new mention is never the first mention of an event that already existed.

What this cannot promise: the merge weights words by their rarity over the mentions it is given,
so the region's weights are the region's, not the whole store's. A pair scored near a threshold
may go the other way than in a full rebuild. The pipeline therefore merges incrementally only
when the new articles are few next to the store and the region is a small part of it, and falls
back to a full merge otherwise; ``tests/test_archive.py`` checks that both give the same events.

>>> import datetime as dt
>>> windows([])
[]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from dashboard.events.extract import Candidate
from dashboard.events.merge import (
    MAX_BLOCK_BUCKETS,
    MAX_BLOCK_DF,
    MAX_DISAGREEMENT_DAYS,
    merge_candidates,
)
from dashboard.model import Event

__all__ = ["Stored", "merge_region", "paired_keys", "windows"]

# What the region test needs of a stored mention: its key, content words and interval.
Stored = tuple[str, frozenset[str], dt.date, dt.date]

Window = tuple[dt.date, dt.date]


def windows(new: Sequence[Candidate]) -> list[Window]:
    """The date windows a stored mention must touch to be in the region of ``new``: the quarters
    each new mention is filed under (its interval widened by ``MAX_DISAGREEMENT_DAYS``), widened
    once more by the same margin on the stored side, joined where they overlap. Mentions vaguer
    than ``MAX_BLOCK_BUCKETS`` quarters (a century) are never paired and open no window."""
    margin = dt.timedelta(days=MAX_DISAGREEMENT_DAYS)
    spans: list[Window] = []
    for c in new:
        first, last = _quarter_span(c.start, c.end, margin)
        if first is None:
            continue
        spans.append((_minus(first, margin), _plus(last, margin)))
    spans.sort()
    joined: list[Window] = []
    for first, last in spans:
        if joined and first <= joined[-1][1] + dt.timedelta(days=1):
            joined[-1] = (joined[-1][0], max(joined[-1][1], last))
        else:
            joined.append((first, last))
    return joined


def paired_keys(stored: Sequence[Stored], new: Sequence[Candidate]) -> set[str]:
    """The keys of the stored mentions whose pairs a full merge would see change: those filed
    under a (word, quarter) of a new mention, unless that key was already too common
    (``MAX_BLOCK_DF``) to propose pairs before the new mentions came (then it proposes none
    either way). A key that the new mentions push over the limit loses its pairs: its mentions
    are in the region too.

    >>> import datetime as dt
    >>> from dashboard.events.extract import Candidate
    >>> from dashboard.model import Certainty, Mention
    >>> day = dt.date(2025, 5, 9)
    >>> m = Mention("d2", "Wire", "May 9", "Parade on May 9.", "2025-05-09", day, day, Certainty.EXACT)
    >>> new = Candidate("k2", m, "Parade", frozenset({"parade"}), frozenset(), frozenset(), (1, 0))
    >>> stored = [("k1", frozenset({"parade"}), day, day), ("k0", frozenset({"talks"}), day, day)]
    >>> sorted(paired_keys(stored, [new]))
    ['k1']
    """
    wanted: dict[tuple[str, int], int] = {}
    for c in new:
        for bucket in _buckets(c.start, c.end):
            for word in c.words:
                wanted[(word, bucket)] = wanted.get((word, bucket), 0) + 1
    new_words = frozenset(word for word, _ in wanted)
    postings: dict[tuple[str, int], list[str]] = {}
    for key, words, start, end in stored:
        shared = words & new_words
        if not shared:
            continue
        for bucket in _buckets(start, end):
            for word in shared:
                if (word, bucket) in wanted:
                    postings.setdefault((word, bucket), []).append(key)
    found: set[str] = set()
    for keys in postings.values():
        if len(keys) <= MAX_BLOCK_DF:
            found.update(keys)
    return found


def merge_region(region: Sequence[Candidate], new: Sequence[Candidate]) -> list[Event]:
    """The region's events again, with the new mentions merged in (the full merge, on fewer)."""
    return merge_candidates([*region, *new])


def _buckets(start: dt.date, end: dt.date) -> range:
    """The quarters a mention is filed under by the merge (its interval widened by
    ``MAX_DISAGREEMENT_DAYS``); none when that is more than ``MAX_BLOCK_BUCKETS`` quarters."""
    margin = dt.timedelta(days=MAX_DISAGREEMENT_DAYS)
    first, last = _minus(start, margin), _plus(end, margin)
    a = first.year * 4 + (first.month - 1) // 3
    b = last.year * 4 + (last.month - 1) // 3
    return range(a, b + 1) if b - a < MAX_BLOCK_BUCKETS else range(0)


def _quarter_span(
    start: dt.date, end: dt.date, margin: dt.timedelta
) -> tuple[dt.date | None, dt.date | None]:
    first, last = _minus(start, margin), _plus(end, margin)
    a = first.year * 4 + (first.month - 1) // 3
    b = last.year * 4 + (last.month - 1) // 3
    if b - a >= MAX_BLOCK_BUCKETS:
        return None, None
    q_first = dt.date(first.year, 3 * ((first.month - 1) // 3) + 1, 1)
    next_q = 3 * ((last.month - 1) // 3) + 4
    if next_q > 12:
        q_last = dt.date(last.year, 12, 31)
    else:
        q_last = dt.date(last.year, next_q, 1) - dt.timedelta(days=1)
    return q_first, q_last


def _minus(day: dt.date, margin: dt.timedelta) -> dt.date:
    return day - margin if day > dt.date.min + margin else dt.date.min


def _plus(day: dt.date, margin: dt.timedelta) -> dt.date:
    return day + margin if day < dt.date.max - margin else dt.date.max
