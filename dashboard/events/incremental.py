"""Merge the mentions of new articles into existing events without merging the whole store again.

The full merge (:func:`dashboard.events.merge.merge_candidates`) pairs two mentions only when they
share a word *and* a quarter of their intervals widened by ``MAX_DISAGREEMENT_DAYS``. So a new
mention can only join, split or contradict events that have a mention in one of the quarters the
new mention is filed under: the *region*. Everything outside the region is left as it is; the
region's events are taken apart into their candidates and merged again with the new ones, by the
same public :func:`merge_candidates`. Event ids stay: new articles come after every stored one, so
a new mention is never the first mention of an event that already existed.

The store keeps an index of where the merge files each stored mention (:func:`word_index`, a
word in a quarter, with the keys of the mentions filed there) and how many mentions hold each
word, so the region is found with one indexed lookup per (word, quarter) of the new mentions,
and the region's merge weighs words as the whole store does (``merge_candidates(…, weights)``).

What this cannot promise: the merge also reads the story as a whole in ways a region does not
see: the words the story is about (``_topical``), each article's names (``_Context``), an outlet's
page furniture, and pairs between a region's mention and one outside it that only the new
grouping lets through. A pair near a threshold may then go the other way than in a full rebuild.
And a new reference to the story's own happening ("since the April 20 explosion";
``merge._Context.story_happening``) is not found here: its word is too common to be indexed, so
the happening's event is not in the region, and the reference stays an event of its own until the
story is merged whole.
The pipeline therefore merges incrementally only when the new articles are few next to the store
and the region is a small part of it, and falls back to a full merge otherwise;
``tests/test_archive.py`` checks that both give the same events on its corpus.

>>> sorted(region_keys({("parade", 8101): (2, "k0 k1"), ("said", 8101): (900, "")}))
['k0', 'k1']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence

from dashboard.events import vectors
from dashboard.events.extract import Candidate
from dashboard.events.merge import (
    MAX_BLOCK_BUCKETS,
    MAX_BLOCK_DF,
    MAX_DAY_BLOCK,
    MAX_DISAGREEMENT_DAYS,
    SAME_DAY_RELATED,
    Settled,
    merge_candidates,
    merge_into_settled,
    sentence_said,
)
from dashboard.model import Certainty, Event

__all__ = [
    "Block",
    "block_rows",
    "days_to_compare",
    "grown_blocks",
    "merge_into_stored",
    "merge_region",
    "region_keys",
    "same_day_keys",
    "word_index",
]

# The merge reads a sentence without its outlet's page furniture, which a part of the story does
# not know: a stored sentence this much less alike than the bar may still pair once it is read.
SAME_DAY_MARGIN = 0.1
# A stored mention of one day: (its key, its day, its sentence, where its date starts and ends).
DayMention = tuple[str, dt.date, str, int, int]

# Where the merge files a mention: one of its words in one of its quarters (year * 4 + index).
Block = tuple[str, int]
# A block's row in the store's index: (word, quarter, mentions filed there, their keys or "").
BlockRow = tuple[str, int, int, str]


def word_index(candidates: Iterable[Candidate]) -> dict[Block, list[str]]:
    """The keys of ``candidates`` filed under each (word, quarter), as the merge files them.

    >>> import datetime as dt
    >>> from dashboard.events.extract import Candidate
    >>> from dashboard.model import Certainty, Mention
    >>> day = dt.date(2025, 5, 9)
    >>> m = Mention("d2", "Wire", "May 9", "Parade on May 9.", "2025-05-09", day, day, Certainty.EXACT)
    >>> c = Candidate("k2", m, "Parade", frozenset({"parade"}), frozenset(), frozenset(), (1, 0))
    >>> word_index([c])  # 45 days before 9 May is in the first quarter
    {('parade', 8100): ['k2'], ('parade', 8101): ['k2']}
    """
    index: dict[Block, list[str]] = {}
    for c in candidates:
        quarters = _buckets(c.start, c.end)
        for word in c.words:
            for quarter in quarters:
                index.setdefault((word, quarter), []).append(c.key)
    return index


def block_rows(index: dict[Block, list[str]]) -> Iterator[BlockRow]:
    """The store's rows for ``index``, in the order of its blocks (SQLite then appends to its
    tree), one at a time: a block too common to pair on (``MAX_BLOCK_DF``) keeps its count only;
    it never proposes pairs again, however many mentions join it."""
    for (word, quarter), keys in sorted(index.items()):
        yield word, quarter, len(keys), " ".join(keys) if len(keys) <= MAX_BLOCK_DF else ""


def region_keys(stored: dict[Block, tuple[int, str]]) -> set[str]:
    """The keys of the stored mentions whose pairs a full merge would see change, from the stored
    blocks the new mentions are filed under (:meth:`dashboard.store.Store.word_blocks`): every
    mention of a block that could pair before (the new ones pair with it, or push it past
    ``MAX_BLOCK_DF``, which takes its pairs away); none of a block already too common."""
    found: set[str] = set()
    for count, keys in stored.values():
        if count <= MAX_BLOCK_DF:
            found.update(keys.split())
    return found


def same_day_keys(new: Sequence[Candidate], stored: Sequence[DayMention]) -> set[str]:
    """The keys of the ``stored`` mentions of one day that a ``new`` mention of the same day may
    pair with by what their sentences say (the merge's same-day pairs, with no word in common):
    their sentence vectors at least ``SAME_DAY_RELATED`` alike, less ``SAME_DAY_MARGIN``. A
    day with more mentions than ``MAX_DAY_BLOCK`` is never compared so. Without the vectors the
    merge makes no such pairs: none.

    >>> import datetime as dt
    >>> from dashboard.events.extract import Candidate
    >>> from dashboard.model import Certainty, Mention
    >>> day = dt.date(2010, 7, 15)
    >>> s = "BP sealed the well on Thursday."
    >>> m = Mention("d9", "Wire", "Thursday", s, "2010-07-15", day, day, Certainty.EXACT, 22, 30)
    >>> c = Candidate("k9", m, "BP sealed the well", frozenset(), frozenset(), frozenset(), (9, 0))
    >>> stored = [("k1", day, "The well was sealed by BP on Thursday.", 29, 37),
    ...           ("k2", day, "Rain fell on Thursday.", 13, 21)]
    >>> not vectors.available() or same_day_keys([c], stored) == {"k1"}
    True
    """
    by_day: dict[dt.date, list[str]] = {}
    for c in new:
        if c.start == c.end:
            by_day.setdefault(c.start, []).append(
                sentence_said(c.mention.sentence, c.mention.timex_start, c.mention.timex_end)
            )
    olds: dict[dt.date, list[tuple[str, str]]] = {}
    for key, day, sentence, start, end in stored:
        if day in by_day:
            olds.setdefault(day, []).append((key, sentence_said(sentence, start, end)))
    texts = list(
        dict.fromkeys(
            [t for said in by_day.values() for t in said]
            + [t for pairs in olds.values() for _, t in pairs]
        )
    )
    found = vectors.phrase_vectors(texts)
    if found is None:
        return set()
    row = {text: k for k, text in enumerate(texts)}
    keys: set[str] = set()
    for day, pairs in olds.items():
        if len(pairs) + len(by_day[day]) > MAX_DAY_BLOCK:
            continue
        mine = found[[row[t] for t in by_day[day]]]
        theirs = found[[row[t] for _, t in pairs]]
        close = (mine @ theirs.T >= SAME_DAY_RELATED - SAME_DAY_MARGIN).any(axis=0)
        keys.update(key for (key, _), hit in zip(pairs, close.tolist(), strict=True) if hit)
    return keys


def days_to_compare(new: Sequence[Candidate], stored: Mapping[dt.date, int]) -> set[dt.date]:
    """The days of one day of the ``new`` mentions whose reports :func:`same_day_keys` compares
    (``stored``: how many stored mentions each day has): not a day of more than
    ``MAX_DAY_BLOCK`` mentions in all, which the merge never compares so (its stored sentences
    need not even be read).

    >>> import datetime as dt
    >>> from dashboard.events.extract import Candidate
    >>> from dashboard.model import Certainty, Mention
    >>> day, busy = dt.date(2010, 7, 15), dt.date(2010, 4, 20)
    >>> def c(d):
    ...     m = Mention("d9", "Wire", "x", "x", "", d, d, Certainty.EXACT)
    ...     return Candidate("k", m, "x", frozenset(), frozenset(), frozenset(), (9, 0))
    >>> sorted(days_to_compare([c(day), c(busy)], {day: 40, busy: MAX_DAY_BLOCK}))
    [datetime.date(2010, 7, 15)]
    """
    counts: dict[dt.date, int] = {}
    for c in new:
        if c.start == c.end:
            counts[c.start] = counts.get(c.start, 0) + 1
    return {day for day, n in counts.items() if n + stored.get(day, 0) <= MAX_DAY_BLOCK}


def grown_blocks(
    stored: dict[Block, tuple[int, str]], new: dict[Block, list[str]]
) -> Iterator[BlockRow]:
    """The rows of the blocks ``new`` mentions join, with them added."""
    for (word, quarter), keys in new.items():
        count, old = stored.get((word, quarter), (0, ""))
        total = count + len(keys)
        joined = f"{old} {' '.join(keys)}".strip() if total <= MAX_BLOCK_DF else ""
        yield word, quarter, total, joined


def merge_region(
    region: Sequence[Candidate],
    new: Sequence[Candidate],
    weights: Mapping[str, float] | None = None,
) -> list[Event]:
    """The region's events again, with the new mentions merged in (the full merge, on fewer;
    with ``weights``, words weigh as in the whole store)."""
    return merge_candidates([*region, *new], weights)


def merge_into_stored(
    region: Sequence[Candidate],
    new: Sequence[Candidate],
    stored: Sequence[Event],
    keys: Mapping[str, Iterable[str]],
    weights: Mapping[str, float] | None = None,
) -> tuple[list[Event], set[str]]:
    """The new mentions merged into the region's ``stored`` events (each with the ``keys`` of
    its mentions, whose candidates are ``region``) without taking them apart
    (:func:`dashboard.events.merge.merge_into_settled`): (the events made or changed, the ids
    of the stored events left as they were). Should a mention key not tell one candidate of one
    stored event (the same key twice), the region is merged again whole (:func:`merge_region`)."""
    held = [key for event in stored for key in keys[event.id]]
    if len({c.key for c in [*region, *new]}) != len(region) + len(new) or sorted(held) != sorted(
        c.key for c in region
    ):
        return merge_region(region, new, weights), set()
    settled = [
        Settled(
            event.id,
            tuple(keys[event.id]),
            event.start,
            event.end,
            event.certainty == Certainty.RANGE,
            tuple(event.disagrees_with),
        )
        for event in stored
    ]
    return merge_into_settled([*region, *new], settled, weights)


def _buckets(start: dt.date, end: dt.date) -> range:
    """The quarters a mention is filed under by the merge (its interval widened by
    ``MAX_DISAGREEMENT_DAYS``); none when that is more than ``MAX_BLOCK_BUCKETS`` quarters."""
    margin = dt.timedelta(days=MAX_DISAGREEMENT_DAYS)
    first, last = _minus(start, margin), _plus(end, margin)
    a = first.year * 4 + (first.month - 1) // 3
    b = last.year * 4 + (last.month - 1) // 3
    return range(a, b + 1) if b - a < MAX_BLOCK_BUCKETS else range(0)


def _minus(day: dt.date, margin: dt.timedelta) -> dt.date:
    return day - margin if day > dt.date.min + margin else dt.date.min


def _plus(day: dt.date, margin: dt.timedelta) -> dt.date:
    return day + margin if day < dt.date.max - margin else dt.date.max
