"""Merge candidate mentions that report the same happening into one event.

Two mentions read as the same happening when their content words (names, verbs, places; see
:mod:`dashboard.events.words`) overlap enough, weighted by how rare each word is in the batch
(inverse document frequency over mentions): sharing "Nairobi" and "embassy" counts, sharing
"people" hardly does. Dates alone never merge anything: two different things on the same day stay
apart.

- Compatible intervals (they overlap): one event; its interval is the intersection, the narrowest
  that every mention allows ("later this year" ∩ "late August or early September").
- Incompatible intervals for what reads very much as the same happening (a higher bar: the words
  overlap by ``DISAGREEMENT`` *and* the labels share an event word, the verb or eventive noun that
  says what happened, see :func:`same_event_words`), from different sources: the two stay
  separate events, each keeping its own sources' date, and the
  ``disagreement`` of each says which other source dates it otherwise. When one side is backed by
  many more mentions than the other (more than ``OUTVOTED`` times), only the lone side carries the
  note: 25 reports of the bombing on 7 August are not put in doubt by one sentence that reads alike.
  Never resolved silently, never merged into a wrong interval.

Cost: candidate pairs come only from an inverted index keyed by (word, quarter): two mentions are
compared only if they share a word and a quarter of their (widened) intervals, and a key held by more
than ``MAX_BLOCK_DF`` mentions is too common to propose pairs. The work grows with the number of
mentions times that bound, not with its square (bench/ingest.py measures it at 10x and 100x).
Pairs are scored once, merged best-first with union-find.

Event ids: the key of the event's first mention (first document in batch order, then text order),
so an event keeps its id when later articles add mentions to it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import gc
import math
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dashboard.events import vectors
from dashboard.events.claims import (
    change_phrase,
    counts_from_its_day,
    dated_noun,
    dates_the_saying,
    without_attribution,
)
from dashboard.events.extract import Candidate
from dashboard.events.furniture import furniture_words
from dashboard.events.words import (
    CALENDAR_WORDS,
    EVENT_CONCEPTS,
    content_words,
    event_words,
    fold,
    head_is_a_past_verb,
    name_words,
    stated_amounts,
)
from dashboard.model import Certainty, Event, Mention
from dashboard.wording import attributed, iso_span

SAME_HAPPENING = 0.34  # weighted overlap above which two compatible mentions are one happening
DISAGREEMENT = 0.6  # above which incompatible dates are one happening that sources disagree on
MAX_DISAGREEMENT_DAYS = 45  # further apart than this, two dates are two happenings
# How far from its article's day a weekday or "today" is used: a disagreement with such a dating
# is about a day within this reach of the day it was written.
DEICTIC_REACH_DAYS = 7
NAME_WEIGHT = 2.0  # names and places say which happening it is more than common words do
OTHER_ACTOR = 0.5  # similarity kept when both labels open with names and these differ
MAX_BLOCK_DF = 60  # a word in more mentions than this in one quarter is too common to pair on
MAX_BLOCK_BUCKETS = 70  # quarters; mentions vaguer than this (a century) are not paired at all
MAX_REFERRING_WORDS = 2  # "the visit", "the Aug. 7 bombings": words of a mention that refers back
MAX_QUOTED = 3  # time expressions quoted per source in a disagreement note
OUTVOTED = 3  # a side with more than this many times the other's mentions carries no note
VECTOR_SHARE = 0.5  # how much the phrase vectors count beside the words (0: words alone)
PARAPHRASE = 0.7  # phrase vectors this close say the same thing in other event words
READ_ALIKE = 0.5  # phrase vectors this close, with a name in common, read as one happening
MIN_EVIDENCE = 2  # telling words two articles' mentions must share to be one happening
TOPICAL = 0.2  # a word in more than this share of a story's documents tells nothing apart
MIN_STORY = 20  # documents a batch needs before any word counts as the story's topic
VAGUE_DAYS = 28  # a date this wide or wider is a period, not a day or a week
WEEK_WIDE = 6  # a date this wide ("last week") that contains another lends it no support
COPY = 0.6  # sentences sharing this much of their words are one report, copied or quoted
SAME_DAY_ALIKE = 0.75  # sentence vectors this close, same day, a name in common: one happening
SAME_DAY_RELATED = 0.6  # this close, same day, with two telling words of the sentences in common
GROUPS_ALIKE = 0.85  # two groups of one day whose mean sentence vectors are this close may join
REPORTED_WITHIN = 7  # days between a happening and a saying about it that dates only the saying
MAX_DAY_BLOCK = 3000  # mentions of one day compared by their sentence vectors (one matrix product)
# Of the mentions of one day whose head is the story's own word, each is paired with this many
# before it: enough to find its happening's group, not the square of a day of hundreds.
STORY_NEIGHBOURS = 30


@dataclass
class _Cluster:
    members: list[int]
    start: dt.date
    end: dt.date
    words: dict[str, float]  # summed word weights of the members; divided by len(members) = mean
    actors: frozenset[str] = frozenset()
    spans: bool = False  # the interval is a known span of days ("a four-day visit"), not a guess
    sentences: Any = None  # summed sentence vectors of the members (None without the vectors)

    def mean(self) -> tuple[dict[str, float], float]:
        n = len(self.members)
        mean = {w: v / n for w, v in self.words.items()}
        return mean, math.fsum(mean.values())


def merge_candidates(
    candidates: Sequence[Candidate], weights: Mapping[str, float] | None = None
) -> list[Event]:
    """One event per happening, in chronological order (then by label).

    ``weights``: each word's weight (:func:`word_weights`) when ``candidates`` are a part of a
    larger story (an incremental merge passes the whole store's); by default the candidates'
    own.

    >>> merge_candidates([])
    []
    """
    if not candidates:
        return []
    prepared = _without_furniture(sorted(candidates, key=lambda c: c.order))
    with no_cyclic_gc():
        return _merge(prepared, weights)


def merge_and_count(
    candidates: Sequence[Candidate], pairs_by: PairsBy | None = None
) -> tuple[list[Event], tuple[dict[str, int], int]]:
    """:func:`merge_candidates` (with the candidates' own weights) and
    :func:`story_word_counts` of the same candidates at once: the outlets' page furniture is
    found and the words are counted once, not again for the counts (a tenth of the merge).

    ``pairs_by``: runs the pair scoring, the costly part, given its :class:`PairWork` (on other
    processes, in :func:`PairWork.part` s); by default here, in one part.

    >>> merge_and_count([])
    ([], ({}, 0))
    """
    if not candidates:
        return [], ({}, 0)
    prepared = _without_furniture(sorted(candidates, key=lambda c: c.order))
    counts = _word_counts(prepared[0])
    with no_cyclic_gc():
        return _merge(prepared, word_weights(*counts), pairs_by), counts


@dataclass(frozen=True)
class Settled:
    """A stored event that :func:`merge_into_settled` starts from as one group: its id, the
    keys of its mentions, its interval (``spans``: a known span of days, a range) and the
    events it disagrees with (``Event.disagrees_with``)."""

    id: str
    keys: tuple[str, ...]
    start: dt.date
    end: dt.date
    spans: bool = False
    disagrees_with: tuple[str, ...] = ()


def merge_into_settled(
    candidates: Sequence[Candidate],
    settled: Sequence[Settled],
    weights: Mapping[str, float] | None = None,
) -> tuple[list[Event], set[str]]:
    """New mentions merged into stored events without taking those apart: (the events made or
    changed, the ids of the ``settled`` events left as they were).

    ``candidates`` are the settled events' mentions and the new ones (those in no settled
    event). Each settled event starts as one group, as the full merge left it; then only what
    a new mention can change is weighed, by the full merge's own rules: the pairs of a new
    mention with any other (it joins a group as that group's mean words allow, can bridge two
    groups, or contradicts one), and, for the settled events some new mention pairs with (the
    touched), their pairs with the settled events they disagree with (either way), so that
    their disagreements are told again in full. The pairs within a settled event, and between two
    settled events nothing touched, are not scored again: on a big store they are nearly all of
    a region's pairs, and they would give the same groups again.

    >>> merge_into_settled([], [])
    ([], set())
    """
    if not candidates:
        return [], {s.id for s in settled}
    work = _pair_work(_without_furniture(sorted(candidates, key=lambda c: c.order)), weights)
    cands, furniture, phrases = work.cands, work.furniture, work.phrases
    weighted, heads, context = work.weighted(), _Heads(cands), work.context()
    sentences = _sentence_vectors(cands, furniture)
    position = {c.key: i for i, c in enumerate(cands)}
    group_of = [-1] * len(cands)
    for g, event in enumerate(settled):
        for key in event.keys:
            group_of[position[key]] = g
    fresh = {i for i, g in enumerate(group_of) if g < 0}
    blocks = _block_index(cands)
    with no_cyclic_gc():
        pairs = _scored_pairs(
            cands, weighted, heads, context, phrases, _pairs_of(blocks, fresh, len(cands))
        )
        pairs += _anniversary_pairs(cands, context, only=fresh)
        pairs += _same_day_pairs(cands, sentences, context, only=fresh)
        pairs += _scored_pairs(
            cands, weighted, heads, context, phrases, _story_pairs(cands, heads, context, fresh)
        )
        touched = {group_of[k] for _, i, j in pairs for k in (i, j) if group_of[k] >= 0}
        pairs += _scored_pairs(
            cands,
            weighted,
            heads,
            context,
            phrases,
            _pairs_disagreeing(blocks, group_of, touched, settled, len(cands)),
        )
        pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
        grouping = _Grouping({}, list(range(len(cands))))
        for event in settled:
            members = sorted(position[key] for key in event.keys)
            words: dict[str, float] = {}
            for i in members:
                for w, v in weighted[i][0].items():
                    words[w] = words.get(w, 0.0) + v
            for i in members:
                grouping.parent[i] = members[0]
            grouping.clusters[members[0]] = _Cluster(
                members,
                event.start,
                event.end,
                words,
                next((cands[i].actors for i in members if cands[i].actors), frozenset()),
                event.spans,
                None if sentences is None else sentences[members].sum(axis=0),
            )
        for i in fresh:
            grouping.clusters[i] = _alone(i, cands[i], weighted, sentences)
        conflicts = _join(pairs, grouping, cands, heads, phrases, context, sentences)
    clusters = grouping.clusters
    notes, links = _disagreements(cands, clusters, conflicts, grouping.find)
    ids = _first_keys(cands, clusters)
    events, kept = [], set()
    for root, cluster in clusters.items():
        if group_of[root] >= 0 and group_of[root] not in touched:
            kept.add(settled[group_of[root]].id)
            continue
        links_of = tuple(ids[o] for o in links.get(root, ()))
        events.append(_event(cands, cluster, notes.get(root), links_of))
    events.sort(key=lambda e: (e.start, e.end, e.label))
    return events, kept


def _pairs_of(blocks: Sequence[list[int]], these: Collection[int], n: int):
    """The pairs (i < j) sharing a postings list of ``blocks`` of which one is of ``these``."""
    seen: set[int] = set()
    for postings in blocks:
        mine = [i for i in postings if i in these]
        for i in mine:
            for j in postings:
                pair = min(i, j) * n + max(i, j)
                if i != j and pair not in seen:
                    seen.add(pair)
                    yield min(i, j), max(i, j)


def _pairs_disagreeing(
    blocks: Sequence[list[int]],
    group_of: Sequence[int],
    touched: Collection[int],
    settled: Sequence[Settled],
    n: int,
):
    """The pairs (i < j) sharing a postings list of two settled events that disagree, one of
    them ``touched``: the pairs that told their disagreement."""
    ids = {event.id: g for g, event in enumerate(settled)}
    disagreeing = {
        (g, ids[other])
        for g, event in enumerate(settled)
        for other in event.disagrees_with
        if other in ids
    }
    disagreeing |= {(b, a) for a, b in disagreeing}
    if not any(a in touched for a, _ in disagreeing):
        return
    seen: set[int] = set()
    for postings in blocks:
        mine = [i for i in postings if group_of[i] in touched]
        for i in mine:
            for j in postings:
                g = group_of[j]
                if g < 0 or g == group_of[i]:
                    continue
                if (group_of[i], g) not in disagreeing:
                    continue
                pair = min(i, j) * n + max(i, j)
                if pair not in seen:
                    seen.add(pair)
                    yield min(i, j), max(i, j)


@contextlib.contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """The merge allocates many small tuples, sets and dicts and no reference cycles; Python's
    cyclic collector would re-scan every live object again and again as they pile up (measured:
    3x slower at 40k mentions; an add of 10 to the 10x store spent 0.3-0.4 s of its 5 in it).
    Reference counting still frees everything."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass(frozen=True)
class PairWork:
    """What scoring the candidate pairs reads, sent whole to each process that scores a part of
    them: the candidates in merge order, the word weights, the story's topical words, the keys of
    the mentions that date only a saying, the furniture words by key and the label vectors."""

    cands: Sequence[Candidate]
    weights: Mapping[str, float]
    topical: frozenset[str]
    sayings: frozenset[str]
    furniture: Mapping[str, frozenset[str]]
    phrases: Any

    def weighted(self) -> list[tuple[dict[str, float], float]]:
        """Each candidate's words with their weights (:func:`_weighted`)."""
        return [_weighted(c, self.weights) for c in self.cands]

    def context(self) -> _Context:
        return _Context(self.cands, self.topical, self.sayings, dict(self.furniture))

    def part(self, part: int = 0, parts: int = 1) -> list[tuple[float, int, int]]:
        """The scored pairs (i, j) whose first mention i is ``part`` modulo ``parts``: every
        pair of the story is in exactly one part (a pair is always met from its lower index),
        and the parts together are the pairs one process finds, whatever ran them."""
        cands = self.cands
        with no_cyclic_gc():
            return _scored_pairs(
                cands,
                self.weighted(),
                _Heads(cands),
                self.context(),
                self.phrases,
                part=part,
                parts=parts,
            )


def _pair_work(
    prepared: tuple[list[Candidate], dict[str, frozenset[str]]],
    weights: Mapping[str, float] | None,
) -> PairWork:
    """What the pairs of ``prepared`` (:func:`_without_furniture`) are scored with; ``weights``
    by default the candidates' own (:func:`_idf`)."""
    cands, furniture = prepared
    return PairWork(
        cands,
        _idf(cands) if weights is None else weights,
        _topical(cands),
        _sayings(cands),
        furniture,
        vectors.shared_vectors([c.label for c in cands]),
    )


# Starts the pair scoring of a merge elsewhere (its PairWork in) and gives what waits for every
# scored pair (in any order): the merge goes on meanwhile.
PairsBy = Callable[[PairWork], Callable[[], list[tuple[float, int, int]]]]


def _merge(
    prepared: tuple[list[Candidate], dict[str, frozenset[str]]],
    weights: Mapping[str, float] | None,
    pairs_by: PairsBy | None = None,
) -> list[Event]:
    """The merge of candidates in their order, without their furniture words (``prepared``:
    :func:`_without_furniture`); ``pairs_by`` as in :func:`merge_and_count`."""
    work = _pair_work(prepared, weights)
    cands, furniture, phrases = work.cands, work.furniture, work.phrases
    weighted, heads, context = work.weighted(), _Heads(cands), work.context()
    if pairs_by is None:
        scored = _scored_pairs(cands, weighted, heads, context, phrases)
        pending = lambda: scored  # noqa: E731
    else:
        pending = pairs_by(work)
    # What is left to do here is done while other processes score the pairs.
    sentences = _sentence_vectors(cands, furniture)
    pairs = _anniversary_pairs(cands, context)
    pairs += _same_day_pairs(cands, sentences, context)
    pairs += _scored_pairs(
        cands, weighted, heads, context, phrases, _story_pairs(cands, heads, context)
    )
    pairs += pending()
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    grouping = _Grouping(
        {i: _alone(i, c, weighted, sentences) for i, c in enumerate(cands)},
        list(range(len(cands))),
    )
    conflicts = _join(pairs, grouping, cands, heads, phrases, context, sentences)
    clusters, find = grouping.clusters, grouping.find
    notes, links = _disagreements(cands, clusters, conflicts, find)
    ids = _first_keys(cands, clusters)
    events = [
        _event(cands, cluster, notes.get(root), tuple(ids[o] for o in links.get(root, ())))
        for root, cluster in clusters.items()
    ]
    events.sort(key=lambda e: (e.start, e.end, e.label))
    return events


def _first_keys(cands: Sequence[Candidate], clusters: dict[int, _Cluster]) -> dict[int, str]:
    """Each group's event id: the key of its first mention (first document, then text order)."""
    return {
        root: cands[min(c.members, key=lambda i: cands[i].order)].key
        for root, c in clusters.items()
    }


def _alone(i: int, c: Candidate, weighted, sentences: Any) -> _Cluster:
    """Mention ``i`` as a group of its own, before any pair joins it."""
    return _Cluster(
        [i],
        c.start,
        c.end,
        dict(weighted[i][0]),
        c.actors,
        c.mention.certainty == "range",
        None if sentences is None else sentences[i],
    )


class _Grouping:
    """Union-find over candidate indices, each root holding its group's :class:`_Cluster`."""

    def __init__(self, clusters: dict[int, _Cluster], parent: list[int]) -> None:
        self.clusters = clusters
        self.parent = parent

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i


def _join(
    pairs: Sequence[tuple[float, int, int]],
    grouping: _Grouping,
    cands: Sequence[Candidate],
    heads: _Heads,
    phrases: Any,
    context: _Context,
    sentences: Any,
) -> list[tuple[int, int]]:
    """Join the groups of ``pairs``, best first, where their dates allow it and each group is
    mostly about what the other is; returns the pairs of the same happening dated otherwise
    (the conflicts :func:`_disagreements` tells of)."""
    clusters, parent, find = grouping.clusters, grouping.parent, grouping.find
    conflicts: list[tuple[int, int]] = []
    by_sentence = _mentions_by_sentence(cands)
    for score, i, j in pairs:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        a, b = clusters[ri], clusters[rj]
        start, end, spans = _joined_interval(a, b)
        if start > end:
            # Pair-level evidence decides a conflict: these two mentions' own words and dates.
            same_what = same_event_words(heads[i], heads[j])
            alike = _alike(phrases, cands, i, j)
            read_alike = score >= DISAGREEMENT or (
                alike is not None
                and alike >= READ_ALIKE
                and context.share_names(cands[i], cands[j])
                and context.same_who(cands[i], cands[j])
            )
            if (_changed(cands[i], cands[j]) and (same_what or read_alike)) or (
                read_alike
                and _may_disagree(cands[i], cands[j])
                and not _both_stated(by_sentence, cands, heads, i, j)
                and same_what
                and _dates_what_the_other_says(cands[i], heads[j])
                and _dates_what_the_other_says(cands[j], heads[i])
            ):
                conflicts.append((i, j))
            continue
        if (
            len(a.members) + len(b.members) > 2
            and _cluster_similarity(a, b) < SAME_HAPPENING
            and not _refers_back(cands[i], cands[j])
            and not _groups_read_alike(a, b, sentences, i, j)
            and not context.story_happening(cands[i], cands[j], heads[i], heads[j])
        ):
            continue  # the pair is alike, but not what each group is mostly about: no chaining
        words = dict(a.words)
        for w, v in b.words.items():
            words[w] = words.get(w, 0.0) + v
        merged = _Cluster(
            a.members + b.members,
            start,
            end,
            words,
            a.actors or b.actors,
            spans,
            None if a.sentences is None else a.sentences + b.sentences,
        )
        root, other = (ri, rj) if ri < rj else (rj, ri)
        parent[other] = root
        clusters[root] = merged
        del clusters[other]
    return conflicts


def _without_furniture(
    cands: list[Candidate],
) -> tuple[list[Candidate], dict[str, frozenset[str]]]:
    """The candidates, each without the words of its outlet's page furniture
    (:mod:`dashboard.events.furniture`), and those words by candidate key (for what reads the
    whole sentence); the mentions are left as written."""
    furniture = furniture_words([c.mention for c in cands])
    stripped = [
        dataclasses.replace(c, words=c.words - f, names=c.names - f, actors=c.actors - f)
        if f
        else c
        for c, f in zip(cands, furniture, strict=True)
    ]
    return stripped, {c.key: f for c, f in zip(cands, furniture, strict=True) if f}


def _topical(cands: Sequence[Candidate]) -> frozenset[str]:
    """The words a large story uses everywhere ("BP", "oil", "spill" in a story of the spill):
    what the story is about, so sharing them says nothing about which happening two mentions
    report. A small batch has none: there every word may tell."""
    documents: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        documents[c.mention.document_id] |= c.words
    if len(documents) < MIN_STORY:
        return frozenset()
    df: dict[str, int] = defaultdict(int)
    for words in documents.values():
        for w in words:
            df[w] += 1
    return frozenset(w for w, d in df.items() if d > TOPICAL * len(documents))


def _alike(phrases, cands: Sequence[Candidate], i: int, j: int) -> float | None:
    """How alike the two labels read by their vectors; halved, as the words are, when both open
    with names and these differ ("the Security Council condemned" / "Clinton condemned")."""
    if phrases is None:
        return None
    alike = vectors.cosine(phrases[i], phrases[j])
    a, b = cands[i].actors, cands[j].actors
    return alike * OTHER_ACTOR if a and b and not a & b else alike


def _joined_interval(a: _Cluster, b: _Cluster) -> tuple[dt.date, dt.date, bool]:
    """The interval two groups agree on: their overlap ("later this year" and "in September"),
    except that a day inside a known span of days is a part of it ("left Moscow on Saturday", the
    last day of "a four-day visit"), which keeps the span. Only a short span (less than
    ``VAGUE_DAYS``) backed by at least as many mentions as the day: a season that "runs June 1 to
    Nov. 30" is no happening's span, and 400 reports of an explosion on 20 April are not moved
    to "the week since" by one."""
    for outer, inner in ((a, b), (b, a)):
        if (
            outer.spans
            and outer.start <= inner.start
            and inner.end <= outer.end
            and (outer.end - outer.start).days < VAGUE_DAYS
            and len(outer.members) >= len(inner.members)
        ):
            return outer.start, outer.end, True
    start, end = max(a.start, b.start), min(a.end, b.end)
    return (
        start,
        end,
        (a.spans and (a.start, a.end) == (start, end))
        or (b.spans and (b.start, b.end) == (start, end)),
    )


def similarity(a: Candidate, b: Candidate, weights: dict[str, float]) -> float:
    """Shared weight over the geometric mean of both weights (1.0 = same words). Words are
    weighted by rarity; names (written capitalised) weigh ``NAME_WEIGHT`` times more, since
    "the Security Council condemned" and "Clinton condemned" differ in who acted, which matters
    more than the verb they share. Both labels opening with different names halves the score.

    >>> from dashboard.events.words import content_words, name_words
    >>> import dataclasses
    >>> C = dataclasses.make_dataclass("C", ["words", "names", "actors"])
    >>> a = C(content_words("Bombs hit Nairobi"), name_words("Bombs hit Nairobi"), frozenset())
    >>> round(similarity(a, a, {}), 2)
    1.0
    """
    return _similarity(_weighted(a, weights), _weighted(b, weights), a, b)


def _cluster_similarity(a: _Cluster, b: _Cluster) -> float:
    """The pair similarity between the groups' mean word weights: a mention joins a group only if
    it shares what the group is mostly about, so "net income rose" in one company's report does
    not chain a hundred reports into one event."""
    (da, ta), (db, tb) = a.mean(), b.mean()
    if not ta or not tb:
        return 0.0
    shared = math.fsum(max(da[w], db[w]) for w in da.keys() & db.keys())
    score = shared / math.sqrt(ta * tb)
    if a.actors and b.actors and not a.actors & b.actors:
        score *= OTHER_ACTOR
    return score


def _weighted(c: Candidate, weights: dict[str, float]) -> tuple[dict[str, float], float]:
    own = {w: weights.get(w, 1.0) * (NAME_WEIGHT if w in c.names else 1.0) for w in c.words}
    return own, math.fsum(own.values())  # fsum: the same total in any order of the words


def _similarity(wa, wb, a: Candidate, b: Candidate) -> float:
    (da, ta), (db, tb) = wa, wb
    if not ta or not tb:
        return 0.0
    # math.fsum: a set's order changes with the process's hash seed, and a float sum with its
    # order; the exact sum is the same in every process (a worker's pairs are the command's)
    shared = math.fsum(max(da[w], db[w]) for w in da.keys() & db.keys())
    score = shared / math.sqrt(ta * tb)
    if a.actors and b.actors and not a.actors & b.actors:
        score *= OTHER_ACTOR  # someone else doing the same thing is another happening
    return score


def _idf(cands: Sequence[Candidate]) -> dict[str, float]:
    return word_weights(*_word_counts(cands))


def _word_counts(cands: Sequence[Candidate]) -> tuple[dict[str, int], int]:
    df: dict[str, int] = defaultdict(int)
    for c in cands:
        for w in c.words:
            df[w] += 1
    return dict(df), len(cands)


def story_word_counts(candidates: Sequence[Candidate]) -> tuple[dict[str, int], int]:
    """(how many candidates hold each word, how many candidates), counted as the merge counts
    them (page furniture left out): what a store keeps so that a merge of a part of the story
    can weigh words as the whole story does (:func:`word_weights`)."""
    stripped, _ = _without_furniture(sorted(candidates, key=lambda c: c.order))
    return _word_counts(stripped)


def word_weights(df: Mapping[str, int], n: int) -> dict[str, float]:
    """Each word's weight by its rarity: ``df[word]`` of ``n`` mentions hold it.

    >>> {w: round(v, 2) for w, v in word_weights({"oil": 9, "nairobi": 1}, 10).items()}
    {'oil': 0.25, 'nairobi': 2.09}
    """
    return {w: math.log((n + 1) / (d + 0.5)) + 0.1 for w, d in df.items()}


def _block_index(cands: Sequence[Candidate]) -> list[list[int]]:
    """The postings lists that may propose pairs: the candidates filed under each (word,
    quarter) (each mention under the quarters its interval covers, widened by
    ``MAX_DISAGREEMENT_DAYS``), those of two to ``MAX_BLOCK_DF`` mentions."""
    index: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, c in enumerate(cands):
        buckets = _buckets(c)
        for w in c.words:
            for bucket in buckets:
                index[(w, bucket)].append(i)
    return [postings for postings in index.values() if 2 <= len(postings) <= MAX_BLOCK_DF]


def _block_pairs(
    blocks: Sequence[list[int]], n: int, part: int = 0, parts: int = 1
) -> Iterator[tuple[int, int]]:
    """Every pair (i < j) that shares a postings list of ``blocks``, once; only those whose
    lower index is ``part`` modulo ``parts`` (:meth:`PairWork.part`)."""
    # Each pair as one int (i * n + j), not a tuple: at 10x there are tens of millions of
    # them, and an int takes half a tuple's memory and hashes faster.
    seen: set[int] = set()
    for postings in blocks:
        for x, i in enumerate(postings):
            if i % parts != part:
                continue
            for j in postings[x + 1 :]:
                pair = i * n + j
                if pair not in seen:
                    seen.add(pair)
                    yield i, j


def _scored_pairs(
    cands: Sequence[Candidate],
    weighted,
    heads: _Heads,
    context: _Context,
    phrases,
    proposed: Iterable[tuple[int, int]] | None = None,
    *,
    part: int = 0,
    parts: int = 1,
) -> list[tuple[float, int, int]]:
    """The pairs that read as one happening, best first, of those ``proposed`` (i < j); by
    default of the pairs that share a word *and* a quarter (:func:`_block_index`), so the work
    grows with the mentions, not their square, and of those only the pairs whose lower index
    is ``part`` modulo ``parts`` (:meth:`PairWork.part`)."""
    if proposed is None:
        proposed = _block_pairs(_block_index(cands), len(cands), part, parts)
    # What every pair reads of its two mentions, looked up once per mention rather than once per
    # pair (a story of 15,000 mentions proposes about 800,000 pairs): the days as ordinals, the
    # article, the names, whom the article is about, the label's vector.
    first = [c.start.toordinal() for c in cands]
    last = [c.end.toordinal() for c in cands]
    documents = [c.mention.document_id for c in cands]
    about = [context.about(c) for c in cands]
    reach = [c.names or whom for c, whom in zip(cands, about, strict=True)]
    # the label vectors: distinct rows and each mention's row number (no view per mention held)
    rows, row_of = (None, None) if phrases is None else _rows_and_index(phrases, len(cands))
    pairs = []
    for i, j in proposed:
        if max(first[i], first[j]) - min(last[i], last[j]) > MAX_DISAGREEMENT_DAYS:
            continue  # too far apart in time (:func:`_close_in_time`)
        a, b = cands[i], cands[j]
        other_document = documents[i] != documents[j]
        # :meth:`_Context.share_names` and :func:`_may_be_same`, from the looked-up names
        share_names = bool(reach[i] & about[j] or reach[j] & about[i])
        if (
            other_document
            and not a.names & b.names
            and not share_names
            and (a.names or b.names or not heads[i] or heads[i][:1] != heads[j][:1])
        ):
            continue
        score = _similarity(weighted[i], weighted[j], a, b)
        if rows is not None:  # :func:`_alike`
            alike = float(rows[row_of[i]] @ rows[row_of[j]])
            if a.actors and b.actors and not a.actors & b.actors:
                alike *= OTHER_ACTOR
            score = max(score, (1 - VECTOR_SHARE) * score + VECTOR_SHARE * alike)
        else:
            alike = None
        if not _same_what(heads[i], heads[j], alike) and not _refers_back(a, b):
            continue  # "talks" and "a visit" by the same people are two happenings
        if score < DISAGREEMENT and other_document and not share_names:
            continue  # with no name in common, only near-identical words say "same"
        own = other_document and context.story_happening(a, b, heads[i], heads[j])
        if other_document and not own and not context.evidence(a, b):
            continue  # one shared word ("interview", "holiday") is a coincidence
        if other_document and context.one_dates_only_a_saying(a, b):
            continue
        if score < SAME_HAPPENING and (
            own or _refers_back(a, b) or _same_day_same_noun(a, b, heads[i], heads[j], context)
        ):
            score = SAME_HAPPENING
        if score >= SAME_HAPPENING:
            pairs.append((score, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


_ANNIVERSARY = re.compile(
    r"^(?P<count>\d+)(?:st|nd|rd|th)?[\s-]+(?:years?|anniversary)$", re.IGNORECASE
)


def _rows_and_index(phrases: Any, n: int) -> tuple[Any, list[int]]:
    """The distinct rows of ``phrases`` (:class:`vectors.SharedRows`, or an array of one row per
    mention) and each of the ``n`` mentions' row number in them."""
    if isinstance(phrases, vectors.SharedRows):
        return phrases.rows, phrases.index.tolist()
    return phrases, list(range(n))


# How near its date a mention's event word must be written (characters before, after) for the
# date to be that word's: "the explosion on the Deepwater Horizon rig on 20 April".
DATED_WORD_REACH = (60, 40)


@functools.lru_cache(maxsize=1 << 16)
def _words_near(sentence: str, start: int, end: int) -> frozenset[str]:
    before, after = DATED_WORD_REACH
    near = sentence[max(0, start - before) : start] + " " + sentence[end : end + after]
    return frozenset(fold(w) for w in re.findall(r"[A-Za-z]+", near))


def _dates_the_word(c: Candidate, word: str) -> bool:
    """Whether the mention's date is written next to ``word`` (a folded event word): "the April
    20 explosion", "exploded on 20 April"; not a label's "explosion" from another clause than
    the date's ("… by the end of Friday")."""
    m = c.mention
    return word in _words_near(m.sentence, m.timex_start, m.timex_end)


def _story_pairs(
    cands: Sequence[Candidate],
    heads: _Heads,
    context: _Context,
    only: Collection[int] | None = None,
) -> list[tuple[int, int]]:
    """The pairs (i < j) that may report the story's own happening
    (:meth:`_Context.story_happening`): the mentions of one day with one :meth:`_Context.own_word`,
    each with the ``STORY_NEIGHBOURS`` before it of the same day and word. The word index cannot
    propose them: a word the whole story uses is too common to pair on (``MAX_BLOCK_DF``). With
    ``only``, the pairs of those candidates alone."""
    if not context.topical:
        return []
    groups: dict[tuple[dt.date, str], list[int]] = defaultdict(list)
    for i, c in enumerate(cands):
        if c.start == c.end and not c.words.isdisjoint(context.topical):
            word = context.own_word(c, heads[i])
            if word:
                groups[(c.start, word)].append(i)
    proposed = []
    for members in groups.values():
        for x, j in enumerate(members):
            for i in members[max(0, x - STORY_NEIGHBOURS) : x]:
                if only is None or i in only or j in only:
                    proposed.append((i, j))
    return proposed


def _anniversary_pairs(
    cands: Sequence[Candidate], context: _Context, only: Collection[int] | None = None
) -> list[tuple[float, int, int]]:
    """Two articles of one story that count the same number of years back to the same year ("80
    years since the defeat of Nazi Germany", "the 80th anniversary of the Soviet victory") hang
    off one commemoration: what they count back to is one happening, however it is named. Their
    words need not meet, so the pairs come from their count and year, not from the word index."""
    groups: dict[tuple[int, dt.date, dt.date], list[int]] = defaultdict(list)
    for i, c in enumerate(cands):
        found = _ANNIVERSARY.match(c.mention.text.strip())
        if found and c.start.year + int(found["count"]) <= 9999:
            groups[(int(found["count"]), c.start, c.end)].append(i)
    pairs = []
    for members in groups.values():
        for x, i in enumerate(members[:MAX_BLOCK_DF]):
            for j in members[x + 1 : MAX_BLOCK_DF]:
                if only is not None and i not in only and j not in only:
                    continue
                a, b = cands[i], cands[j]
                if a.mention.document_id != b.mention.document_id and context.share_names(a, b):
                    pairs.append((SAME_HAPPENING, i, j))
    return pairs


def _what_is_said(c: Candidate, furniture: frozenset[str] = frozenset()) -> str:
    """The sentence of a mention as the vectors read it: without its date (two reports of one
    happening date it in other words), without who said it and without its page's furniture
    ("Last updated at 12:45 GMT Help")."""
    text = sentence_said(c.mention.sentence, c.mention.timex_start, c.mention.timex_end)
    if not furniture:
        return text
    return " ".join(w for w in text.split() if fold(w.strip(".,:;!?'\"()")) not in furniture)


@functools.lru_cache(maxsize=1 << 16)  # a sentence is read for each of its dates, each add
def sentence_said(sentence: str, timex_start: int, timex_end: int) -> str:
    """What a mention's sentence says, as the same-day vectors read it: without its date and
    without who said it.

    >>> sentence_said("The well was sealed on Thursday.", 23, 31)
    'The well was sealed on .'
    """
    return without_attribution(sentence[:timex_start] + sentence[timex_end:])


def _sentence_vectors(
    cands: Sequence[Candidate], furniture: dict[str, frozenset[str]] | None = None
) -> Any:
    """One vector per candidate for what its sentence says (each distinct text embedded once), or
    None without the vectors. Only mentions of one day are compared by their sentences, so the
    others get an empty text (a zero vector) and cost nothing."""
    furniture = furniture or {}
    texts = [
        _what_is_said(c, furniture.get(c.key, frozenset())) if c.start == c.end else ""
        for c in cands
    ]
    return vectors.shared_vectors(texts)  # each distinct text embedded and held once


def _same_day_pairs(
    cands: Sequence[Candidate],
    sentences: Any,
    context: _Context,
    only: Collection[int] | None = None,
) -> list[tuple[float, int, int]]:
    """Two articles that put what reads as the same sentence on the same day report one
    happening, whatever words they use ("Obama is to tour Louisiana on Friday" / "Obama will
    also travel to Louisiana on Friday"; "BP permanently killed its well" / "the well was
    sealed"): their sentence vectors are close (``SAME_DAY_ALIKE``; or ``SAME_DAY_RELATED`` and
    the sentences share ``MIN_EVIDENCE`` telling words beyond the story's topic) and they name
    someone in common, neither opening on someone else. The pairs come from blocks keyed by the
    day, each compared in one matrix product (at most ``MAX_DAY_BLOCK`` mentions a day); with
    ``only``, the pairs of those candidates alone (their rows against the day's)."""
    if sentences is None:
        return []
    by_day: dict[dt.date, list[int]] = defaultdict(list)
    for i, c in enumerate(cands):
        if c.start == c.end:
            by_day[c.start].append(i)
    pairs = []
    for members in by_day.values():
        if len(members) < 2 or len(members) > MAX_DAY_BLOCK:
            continue
        close = (
            vectors.close_pairs(sentences, members, SAME_DAY_RELATED)
            if only is None
            else vectors.close_pairs_of(
                sentences, [i for i in members if i in only], members, SAME_DAY_RELATED
            )
        )
        for i, j in close:
            a, b = cands[i], cands[j]
            if (
                a.mention.document_id != b.mention.document_id
                and not (a.actors and b.actors and not a.actors & b.actors)
                and context.share_names(a, b)
                and not context.one_dates_only_a_saying(a, b)
                and (
                    vectors.cosine(sentences[i], sentences[j]) >= SAME_DAY_ALIKE
                    or context.telling_words_in_common(a, b) >= MIN_EVIDENCE
                )
            ):
                pairs.append((SAME_HAPPENING, i, j))
    return pairs


def _groups_read_alike(a: _Cluster, b: _Cluster, sentences: Any, i: int, j: int) -> bool:
    """Two groups of mentions of one day whose sentences read alike on average: very alike
    (``GROUPS_ALIKE``), or alike (``SAME_DAY_RELATED``) and joined by two mentions each of which
    reads like the other group as a whole (a sentence that lists two of the day's happenings
    reads like neither group, so it joins them not)."""
    if sentences is None or not a.start == a.end == b.start == b.end:
        return False
    if vectors.cosine_of_sums(a.sentences, b.sentences) >= GROUPS_ALIKE:
        return True
    return (
        vectors.cosine_of_sums(a.sentences, b.sentences) >= SAME_DAY_RELATED
        and vectors.cosine_of_sums(sentences[i], b.sentences) >= SAME_DAY_RELATED
        and vectors.cosine_of_sums(sentences[j], a.sentences) >= SAME_DAY_RELATED
    )


def _buckets(c: Candidate) -> range:
    """The time buckets (quarters: year * 4 + quarter) a mention is filed under; none past
    MAX_BLOCK_BUCKETS (a century is no help in telling happenings apart). Quarters rather than
    months: a pair of year-long mentions then meets in 5 buckets, not 15."""
    margin = dt.timedelta(days=MAX_DISAGREEMENT_DAYS)
    first = c.start - margin if c.start > dt.date.min + margin else c.start
    last = c.end + margin if c.end < dt.date.max - margin else c.end
    a = first.year * 4 + (first.month - 1) // 3
    b = last.year * 4 + (last.month - 1) // 3
    return range(a, b + 1) if b - a < MAX_BLOCK_BUCKETS else range(0)


def _refers_back(a: Candidate, b: Candidate) -> bool:
    """A short mention whose few words all occur in a fuller mention of the same article ("this
    week's visit" after "Xi has arrived … for a state visit") refers back to it."""
    if a.mention.document_id != b.mention.document_id:
        return False
    short, full = (a, b) if len(a.words) <= len(b.words) else (b, a)
    return 0 < len(short.words) <= MAX_REFERRING_WORDS and short.words < full.words


class _Heads:
    """The event words of each candidate's label, worked out only for the pairs that need them
    (most pairs share a name and never ask)."""

    def __init__(self, cands: Sequence[Candidate]) -> None:
        self._cands = cands
        self._memo: dict[int, tuple[str, ...]] = {}

    def __getitem__(self, i: int) -> tuple[str, ...]:
        found = self._memo.get(i)
        if found is None:
            found = self._memo[i] = event_words(self._cands[i].label)
        return found


class _Context:
    """The names each document is about: those of its first dated sentence (the lead) and those
    it names in two or more mentions. A mention that names no one ("The two leaders held their
    formal talks") is about its article's people; a mention that names someone is about them."""

    def __init__(
        self,
        cands: Sequence[Candidate],
        topical: frozenset[str] = frozenset(),
        sayings: frozenset[str] = frozenset(),
        furniture: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self.topical = topical
        self.sayings = sayings
        self._furniture = furniture or {}
        self._sentence_words: dict[str, frozenset[str]] = {}
        self._name_words: dict[str, frozenset[str]] = {}
        counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        lead: dict[str, frozenset[str]] = {}
        for c in cands:
            doc = c.mention.document_id
            # A lead whose clause names no one is still about the names of its sentence: "the
            # Marrow Islands fishermen's union said that parliament passed the bill".
            lead.setdefault(
                doc,
                c.names or name_words(c.mention.sentence) - self._furniture.get(c.key, frozenset()),
            )
            for name in c.names:
                counts[doc][name] += 1
        self._names = {
            doc: lead[doc] | {n for n, k in counts[doc].items() if k > 1} for doc in lead
        }

    def about(self, c: Candidate) -> frozenset[str]:
        names = self._names.get(c.mention.document_id, frozenset())
        return names if c.names <= names else c.names | names  # most are the article's: shared

    def same_who(self, a: Candidate, b: Candidate) -> bool:
        """Every name in either label occurs in the other's sentence or article: "the Cypriot
        government condemned" and "the Security Council condemned" are two happenings."""
        for x, y in ((a, b), (b, a)):
            other = self._names_in(y.mention.sentence) | self.about(y)
            # A label's first letter is capitalised even where its sentence writes the word in
            # lower case ("... said that parliament passed"): names are those of the sentence.
            if not (self._names_in(x.label) & self._names_in(x.mention.sentence)) <= other:
                return False
        return True

    def evidence(self, a: Candidate, b: Candidate) -> bool:
        """Enough in common to tell that two articles report one happening: ``MIN_EVIDENCE``
        words beyond the story's topic and the calendar ("Thu", "pm"), one more when one date
        only contains the other ("the second quarter" and "Wednesday" agree on little), of which
        one may be a name a mention borrows from its article; or two sentences that are one
        report, copied or quoted."""
        shared = (a.words & b.words) - self.topical - CALENDAR_WORDS
        if not a.names or not b.names:
            borrowed = (self.about(a) & self.about(b)) - shared - self.topical - CALENDAR_WORDS
            if borrowed:
                shared = shared | {min(borrowed)}
        if len(shared) >= MIN_EVIDENCE + _vaguer(a, b):
            return True
        x, y = self._words(a.mention.sentence), self._words(b.mention.sentence)
        return bool(x and y) and len(x & y) >= COPY * len(x | y)

    def story_happening(self, a: Candidate, b: Candidate, ha, hb) -> bool:
        """Two mentions of one day whose only event word is one the whole story uses ("the
        April 20 explosion" and "the rig exploded on 20 April", in a story of that explosion)
        report the happening the story is about: its words are the story's topic, so no telling
        word beyond the topic can be asked of them (:meth:`evidence`). A label with another
        event word says something else happened ("the refinery fire closed a school": the
        closing, not the fire). The names one gives beyond the topic are all the other's, or it
        gives none ("the attack in Kabul" and "the attack in Kandahar" are two), and they name
        someone in common (:meth:`share_names`)."""
        if not (a.start == a.end == b.start == b.end and ha and hb and ha[0] == hb[0]):
            return False
        if not (self.own_word(a, ha) and self.own_word(b, hb)):
            return False
        own_a, own_b = a.names - self.topical, b.names - self.topical
        if own_a and own_b and not (own_a <= own_b or own_b <= own_a):
            return False  # "Exxon's fire in Texas City" and "Exxon's fire in Baton Rouge"
        return self.share_names(a, b)

    def own_word(self, c: Candidate, head: Sequence[str]) -> str:
        """The mention's one event word when it may name the story's own happening, else "": a
        noun of a happening ("explosion"; not any verb, "drilling") that the story's topic holds,
        written next to the mention's date (not a label's word from another clause)."""
        if not head or head[0] not in self.topical or head[0] not in EVENT_CONCEPTS:
            return ""
        if len(head) > 1 and not head_is_a_past_verb(c.label):
            return ""  # "the fire closed a school": the closing happened, not the fire
        return head[0] if _dates_the_word(c, head[0]) else ""

    def one_dates_only_a_saying(self, a: Candidate, b: Candidate) -> bool:
        """One of two mentions in two articles dates only the day something was said about a
        happening its sentence dates otherwise (:func:`_sayings`), the other does not: "BP said
        on Sunday it had collected 22,750 barrels on Saturday" tells nothing of what was done on
        Sunday."""
        return (a.key in self.sayings) != (b.key in self.sayings)

    def telling_words_in_common(self, a: Candidate, b: Candidate) -> int:
        """How many words beyond the story's topic and the calendar the two sentences share."""
        shared = self._words(a.mention.sentence) & self._words(b.mention.sentence)
        stamps = self._furniture.get(a.key, frozenset()) | self._furniture.get(b.key, frozenset())
        return len(shared - CALENDAR_WORDS - stamps)

    def _names_in(self, text: str) -> frozenset[str]:
        found = self._name_words.get(text)
        if found is None:
            found = self._name_words[text] = name_words(text)
        return found

    def _words(self, sentence: str) -> frozenset[str]:
        found = self._sentence_words.get(sentence)
        if found is None:
            found = self._sentence_words[sentence] = content_words(sentence) - self.topical
        return found

    def share_names(self, a: Candidate, b: Candidate) -> bool:
        """One names someone the other names or its article is about."""
        return bool(
            (a.names or self.about(a)) & self.about(b) or (b.names or self.about(b)) & self.about(a)
        )


def _sayings(cands: Sequence[Candidate]) -> frozenset[str]:
    """The keys of the mentions that date only a saying: the date follows a verb of saying
    (:func:`dashboard.events.claims.dates_the_saying`) and the same sentence dates what was said
    a few days earlier (``REPORTED_WITHIN``): "BP said on Tuesday it had collected 14,800 barrels
    on Monday". A plan announced ("said on Monday it would meet in July") or a background date
    ("told lawmakers on Tuesday ... since the April 20 explosion") leaves the saying the news of
    its day."""
    days: dict[tuple[str, str], set[dt.date]] = defaultdict(set)
    for c in cands:
        days[(c.mention.document_id, c.mention.sentence)].add(c.end)
    return frozenset(
        c.key
        for c in cands
        if any(
            0 < (c.start - end).days <= REPORTED_WITHIN
            for end in days[(c.mention.document_id, c.mention.sentence)]
        )
        and dates_the_saying(c.mention.sentence, c.mention.timex_start, c.mention.timex_end)
    )


def _vaguer(a: Candidate, b: Candidate) -> bool:
    """One of two dates is a period ("the second quarter", "this year") that only contains the
    other: the dates lend the pair no support of their own."""
    widths = sorted((c.end - c.start).days for c in (a, b))
    return widths[1] >= WEEK_WIDE and widths[0] < widths[1]


def _same_day_same_noun(a: Candidate, b: Candidate, ha, hb, context: _Context) -> bool:
    """The same who, what and when: both name the same day, the same eventive noun heads both
    ("parade", "talks"; not a verb such as "held", which any happening has), and they name
    someone in common."""
    return (
        a.start == a.end == b.start == b.end
        and bool(ha)
        and bool(hb)
        and ha[0] == hb[0]
        and ha[0] in EVENT_CONCEPTS
        and context.share_names(a, b)
    )


def _same_what(a: Sequence[str], b: Sequence[str], alike: float | None) -> bool:
    """Two mentions in two articles report the same happening only if they say the same thing
    happened: an event word in common, or phrases the vectors read as one. A label with no event
    word ("BP chief Tony Hayward") says nothing either way."""
    if not a or not b or set(a) & set(b):
        return True
    return alike is not None and alike >= PARAPHRASE


def _may_be_same(
    a: Candidate, b: Candidate, heads: _Heads, i: int, j: int, context: _Context | None = None
) -> bool:
    """Two articles about one happening name something in common (a person, a place, a body);
    "the company reported net income" in two reports on two companies does not. A mention that
    names no one borrows its article's names (:class:`_Context`). Two mentions that name no one
    ("The talks took place on Tuesday") may still be one happening when they say the same thing
    happened (see :func:`same_event_words`)."""
    if a.mention.document_id == b.mention.document_id or a.names & b.names:
        return True
    if context is not None and context.share_names(a, b):
        return True
    # Neither names anyone: the labels must open on the same event word.
    return not a.names and not b.names and bool(heads[i]) and heads[i][:1] == heads[j][:1]


def same_event_words(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two labels' event words (:func:`dashboard.events.words.event_words`) say the same
    thing happened: they share one, and it is the head (the first) of at least one of them.
    Shared names and places are not enough: "the latest figures as of Monday for the dead in the
    bombings" is a count made on Monday, not the bombing.

    >>> same_event_words(("talk", "took"), ("talk", "took")), same_event_words(("figure",), ("bomb",))
    (True, False)
    """
    shared = set(a) & set(b)
    return bool(shared) and (a[0] in shared or b[0] in shared)


def _close_in_time(a: Candidate, b: Candidate) -> bool:
    gap = max(a.start, b.start) - min(a.end, b.end)
    return gap.days <= MAX_DISAGREEMENT_DAYS


def _may_disagree(a: Candidate, b: Candidate) -> bool:
    """Sources can disagree about a date only if both are fairly precise and they are two
    different sources: one article naming two dates for one thing is two happenings, and one
    outlet giving a new date in a later article is an update ("extended until Nov. 9")."""
    precise = all((c.end - c.start).days <= 31 for c in (a, b))
    return (
        precise
        and _claimant(a.mention) != _claimant(b.mention)
        and _within_reach(a, b)
        and _within_reach(b, a)
        and not _done_before(a, b)
        and not _done_before(b, a)
        and not _other_amounts(a, b)
        and not _read_on_other_days(a, b)
    )


def _mentions_by_sentence(cands: Sequence[Candidate]) -> dict[tuple[str, str], list[int]]:
    """The mentions of each sentence of each document (indices into ``cands``)."""
    found: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, c in enumerate(cands):
        found[(c.mention.document_id, c.mention.sentence)].append(k)
    return found


def _both_stated(
    by_sentence: Mapping[tuple[str, str], list[int]],
    cands: Sequence[Candidate],
    heads: _Heads,
    i: int,
    j: int,
) -> bool:
    """Whether the sentence of one of two mentions also dates what the other tells, on the
    other's date: "the rig exploded on April 20 and sank on April 22" places the explosion where
    another outlet's "exploded on April 20" does, so that outlet does not dispute its "sank on
    April 22". ("Talks on Thursday and a parade on Friday" against another's "talks on Friday"
    is still a dispute: its Friday is the parade's.)"""
    for mine, other in ((i, j), (j, i)):
        m = cands[mine].mention
        for k in by_sentence.get((m.document_id, m.sentence), ()):
            if (
                k != mine
                and (cands[k].start, cands[k].end) == (cands[other].start, cands[other].end)
                and same_event_words(heads[k], heads[other])
            ):
                return True
    return False


def _read_on_other_days(a: Candidate, b: Candidate) -> bool:
    """Whether the two dates differ only because the same words of time, counted from the day of
    writing ("last night", "three days ago"), were published on other days: a wire story run
    again a day later, or a quote reprinted, dates its happening a day late. The dates are apart
    by just the days between the publications: no dispute between the sources."""
    ma, mb = a.mention, b.mention
    if ma.published is None or mb.published is None or ma.published_inferred:
        return False
    return (
        not mb.published_inferred
        and a.start != b.start
        and ma.text.lower() == mb.text.lower()
        and counts_from_its_day(ma.text)
        and b.start - a.start == mb.published - ma.published
    )


def _other_amounts(a: Candidate, b: Candidate) -> bool:
    """Whether both sentences state amounts of one kind and none in common
    (:func:`stated_amounts`): "BP raised $3.5 billion" on 1 October and "BP raised its estimated
    cleanup costs by $7.7 billion" on 2 November are two happenings, not one the sources date
    otherwise. The sentences, not the labels: a label may be cut before its amount."""
    mine, theirs = stated_amounts(a.mention.sentence), stated_amounts(b.mention.sentence)
    kinds = {kind for kind, _ in mine} & {kind for kind, _ in theirs}
    return bool(kinds) and not mine & theirs


def _done_before(a: Candidate, b: Candidate) -> bool:
    """Whether ``a``'s article reports as done, by the day it was published, something ``b``
    dates after that day: a later one of its kind (a second statement, another day's fall of the
    shares), not one happening the sources date otherwise."""
    published = a.mention.published
    return (
        published is not None and not a.mention.published_inferred and a.end <= published < b.start
    )


def _dates_what_the_other_says(a: Candidate, other_heads: Sequence[str]) -> bool:
    """Whether ``a``'s date can be the date of what the other mention says happened: not when it
    is written before a noun the other does not tell of ("Obama, on his third trip since the
    April 20 explosion" dates the explosion, not the trip of June 4)."""
    m = a.mention
    noun = dated_noun(m.sentence, m.timex_start, m.timex_end)
    return noun is None or bool(set(event_words(noun)) & set(other_heads))


def _within_reach(a: Candidate, b: Candidate) -> bool:
    """Whether the day ``b`` gives could be the one ``a``'s writer meant. "Sunday" written on
    3 May is 2 May; had the writer meant 28 May (another outlet's date), they would have written
    "May 28", not "Sunday": two weekday datings from articles weeks apart are two happenings
    (a president's two trips), not a dispute."""
    published = a.mention.published
    if published is None or not counts_from_its_day(a.mention.text):
        return True
    reach = dt.timedelta(days=DEICTIC_REACH_DAYS)

    def near(c: Candidate) -> bool:
        return c.start <= published + reach and c.end >= published - reach

    # "the day before" counts from a date named earlier, not from the article's day: no reach.
    return not near(a) or near(b)


def _claimant(m: Mention) -> tuple[str, str]:
    """Whose claim a mention is: the source's own, or someone's the source reports."""
    return (m.source, m.attributed_to.casefold())


def _changed(a: Candidate, b: Candidate) -> bool:
    """One of two mentions of what reads as the same happening moves it to its own date
    ("was postponed to June"): a change of plan, whoever reports it."""
    return any(
        change_phrase(m.sentence, m.timex_start, m.timex_end) is not None
        for m in (a.mention, b.mention)
    ) and (
        a.mention.document_id != b.mention.document_id or a.mention.sentence == b.mention.sentence
    )


def _disagreements(cands, clusters, conflicts, find) -> tuple[dict[int, str], dict[int, list]]:
    """The disagreement text of each cluster that another cluster contradicts, and the clusters
    each text is about (the structured link: ``Event.disagrees_with``).

    Attribution is checked, not assumed: the text quotes, for each side, only the mentions that
    themselves gave that dating in a pair judged to be the same happening, each with the source
    that wrote it (or whom the source reports as saying it). Another member of the other group is
    never cited: it may be the same happening by the merge's reckoning, but its words were not
    compared with this group's.
    """
    sides: dict[int, dict[int, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for i, j in conflicts:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        sides[ri][rj].append((i, j))
        sides[rj][ri].append((j, i))
    notes, links = {}, {}
    for root, contradicting in sides.items():
        parts = []
        for other, pairs in contradicting.items():
            ni, nj = len(clusters[root].members), len(clusters[other].members)
            changed = any(_changed(cands[a], cands[b]) for a, b in pairs)
            if ni > nj * OUTVOTED and not changed:
                continue  # 25 reports of one day are not put in doubt by one that reads alike
            parts.append((changed, [a for a, _ in pairs], [b for _, b in pairs]))
            links.setdefault(root, []).append(other)
        if parts:
            notes[root] = _note(cands, parts)
    return notes, links


def _note(cands, parts) -> str:
    """'Sources disagree on the date: 2025-05-08 by United Front ("Thursday"); 2025-05-07 by a
    Kremlin readout, as reported by Moscow Dispatch ("Wednesday").' A change of plan and a
    disagreement about the same event are told apart: 'Date changed: … Sources disagree on the
    date: …'."""
    changes = [p for p in parts if p[0]]
    disputes = [p for p in parts if not p[0]]
    out = []
    if changes:
        text, keys = _listed(cands, changes)
        moves = [
            _move(cands[k])
            for k in keys
            if change_phrase(
                cands[k].mention.sentence, cands[k].mention.timex_start, cands[k].mention.timex_end
            )
        ]
        out.append(f"Date changed: {text}. " + " ".join(moves))
    if disputes:
        out.append(f"Sources disagree on the date: {_listed(cands, disputes)[0]}.")
    return " ".join(out)


def _listed(cands, parts) -> tuple[str, list[int]]:
    """The datings of some contradicting pairs, this event's side first, and their mentions."""
    own = list(dict.fromkeys(k for _, mine, _ in parts for k in mine))
    theirs = list(dict.fromkeys(k for _, _, other in parts for k in other))
    datings = _datings(cands, own) + [d for d in _datings(cands, theirs) if d not in own]
    return "; ".join(dict.fromkeys(datings)), list(dict.fromkeys([*own, *theirs]))


def _datings(cands, members) -> list[str]:
    """'2025-05-07 by S ("Wednesday", "May 7")': each dating with who gave it and their words."""
    by_dating: dict[tuple[str, str], dict[str, None]] = defaultdict(dict)
    for k in sorted(members, key=lambda k: cands[k].order):
        m = cands[k].mention
        by_dating[(iso_span(m.start, m.end), attributed(m.source, m.attributed_to))][
            f'"{m.text}"'
        ] = None
    out = []
    for (span, who), texts in by_dating.items():
        quoted = ", ".join(list(texts)[:MAX_QUOTED]) + (", …" if len(texts) > MAX_QUOTED else "")
        out.append(f"{span} by {who} ({quoted})")
    return out


def _move(c: Candidate) -> str:
    m = c.mention
    phrase = change_phrase(m.sentence, m.timex_start, m.timex_end)
    return f'{attributed(m.source, m.attributed_to)}: "{phrase}".'


def _event(
    cands: Sequence[Candidate],
    cluster: _Cluster,
    disagreement: str | None,
    disagrees_with: tuple[str, ...] = (),
) -> Event:
    members = sorted(cluster.members, key=lambda i: cands[i].order)
    first = cands[members[0]]
    # The label of the most precise mention reads best ("Putin to travel to China" beats "Putin
    # may pay a visit"); ties go to the first mention.
    # A mention that gives the event's own interval names it best ("arrived for a four-day
    # visit" rather than "left on Saturday", its last day); one that moves a plan to the date
    # names the move ("the vote was postponed"), so it comes after those that name the thing.
    best = min(
        members,
        key=lambda i: (
            (cands[i].start, cands[i].end) != (cluster.start, cluster.end),
            change_phrase(
                cands[i].mention.sentence, cands[i].mention.timex_start, cands[i].mention.timex_end
            )
            is not None,
            (cands[i].end - cands[i].start).days,
            cands[i].order,
        ),
    )
    mentions = tuple(cands[i].mention for i in members)
    if cluster.start == cluster.end:
        certainty = Certainty.EXACT
    elif any(
        m.certainty == Certainty.RANGE and (m.start, m.end) == (cluster.start, cluster.end)
        for m in mentions
    ):
        certainty = Certainty.RANGE
    else:
        certainty = Certainty.APPROXIMATE
    return Event(
        id=first.key,
        label=cands[best].label,
        start=cluster.start,
        end=cluster.end,
        certainty=certainty,
        mentions=mentions,
        disagreement=disagreement,
        disagrees_with=disagrees_with,
    )
