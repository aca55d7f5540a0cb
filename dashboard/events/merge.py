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
import datetime as dt
import gc
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from dashboard.events.extract import Candidate
from dashboard.events.words import event_words
from dashboard.model import Certainty, Event
from dashboard.wording import iso_span

SAME_HAPPENING = 0.34  # weighted overlap above which two compatible mentions are one happening
DISAGREEMENT = 0.6  # above which incompatible dates are one happening that sources disagree on
MAX_DISAGREEMENT_DAYS = 45  # further apart than this, two dates are two happenings
NAME_WEIGHT = 2.0  # names and places say which happening it is more than common words do
OTHER_ACTOR = 0.5  # similarity kept when both labels open with names and these differ
MAX_BLOCK_DF = 60  # a word in more mentions than this in one quarter is too common to pair on
MAX_BLOCK_BUCKETS = 70  # quarters; mentions vaguer than this (a century) are not paired at all
MAX_REFERRING_WORDS = 2  # "the visit", "the Aug. 7 bombings": words of a mention that refers back
MAX_QUOTED = 3  # time expressions quoted per source in a disagreement note
OUTVOTED = 3  # a side with more than this many times the other's mentions carries no note


@dataclass
class _Cluster:
    members: list[int]
    start: dt.date
    end: dt.date
    words: dict[str, float]  # summed word weights of the members; divided by len(members) = mean
    actors: frozenset[str] = frozenset()

    def mean(self) -> tuple[dict[str, float], float]:
        n = len(self.members)
        mean = {w: v / n for w, v in self.words.items()}
        return mean, sum(mean.values())


def merge_candidates(candidates: Sequence[Candidate]) -> list[Event]:
    """One event per happening, in chronological order (then by label).

    >>> merge_candidates([])
    []
    """
    if not candidates:
        return []
    with _no_cyclic_gc():
        return _merge(candidates)


@contextlib.contextmanager
def _no_cyclic_gc():
    """The merge allocates many small tuples, sets and dicts and no reference cycles; Python's
    cyclic collector would re-scan every live object again and again as they pile up (measured:
    3x slower at 40k mentions). Reference counting still frees everything."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _merge(candidates: Sequence[Candidate]) -> list[Event]:
    cands = sorted(candidates, key=lambda c: c.order)
    weights = _idf(cands)
    weighted = [_weighted(c, weights) for c in cands]
    heads = _Heads(cands)
    pairs = _scored_pairs(cands, weighted, heads)
    parent = list(range(len(cands)))
    clusters = {
        i: _Cluster([i], c.start, c.end, dict(weighted[i][0]), c.actors)
        for i, c in enumerate(cands)
    }

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    conflicts: list[tuple[int, int]] = []
    for score, i, j in pairs:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        a, b = clusters[ri], clusters[rj]
        start, end = max(a.start, b.start), min(a.end, b.end)
        if (
            len(a.members) + len(b.members) > 2
            and _cluster_similarity(a, b) < SAME_HAPPENING
            and not _refers_back(cands[i], cands[j])
        ):
            continue  # the pair is alike, but not what each group is mostly about: no chaining
        if start <= end:
            words = dict(a.words)
            for w, v in b.words.items():
                words[w] = words.get(w, 0.0) + v
            merged = _Cluster(a.members + b.members, start, end, words, a.actors or b.actors)
        else:
            if (
                score >= DISAGREEMENT
                and _may_disagree(cands[i], cands[j])
                and same_event_words(heads[i], heads[j])
            ):
                conflicts.append((i, j))
            continue
        root, other = (ri, rj) if ri < rj else (rj, ri)
        parent[other] = root
        clusters[root] = merged
        del clusters[other]
    notes = _disagreements(cands, clusters, conflicts, find)
    events = [_event(cands, cluster, notes.get(root)) for root, cluster in clusters.items()]
    events.sort(key=lambda e: (e.start, e.end, e.label))
    return events


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
    shared = sum(max(da[w], db[w]) for w in da.keys() & db.keys())
    score = shared / math.sqrt(ta * tb)
    if a.actors and b.actors and not a.actors & b.actors:
        score *= OTHER_ACTOR
    return score


def _weighted(c: Candidate, weights: dict[str, float]) -> tuple[dict[str, float], float]:
    own = {w: weights.get(w, 1.0) * (NAME_WEIGHT if w in c.names else 1.0) for w in c.words}
    return own, sum(own.values())


def _similarity(wa, wb, a: Candidate, b: Candidate) -> float:
    (da, ta), (db, tb) = wa, wb
    if not ta or not tb:
        return 0.0
    shared = sum(max(da[w], db[w]) for w in da.keys() & db.keys())
    score = shared / math.sqrt(ta * tb)
    if a.actors and b.actors and not a.actors & b.actors:
        score *= OTHER_ACTOR  # someone else doing the same thing is another happening
    return score


def _idf(cands: Sequence[Candidate]) -> dict[str, float]:
    df: dict[str, int] = defaultdict(int)
    for c in cands:
        for w in c.words:
            df[w] += 1
    n = len(cands)
    return {w: math.log((n + 1) / (d + 0.5)) + 0.1 for w, d in df.items()}


def _scored_pairs(
    cands: Sequence[Candidate], weighted, heads: _Heads
) -> list[tuple[float, int, int]]:
    """Pairs worth scoring: they share a word *and* a quarter (each mention is filed under the
    quarters its interval covers, widened by ``MAX_DISAGREEMENT_DAYS``), so a postings list holds
    the mentions of one word in one quarter, and the work grows with the mentions, not their
    square."""
    index: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, c in enumerate(cands):
        buckets = _buckets(c)
        for w in c.words:
            for bucket in buckets:
                index[(w, bucket)].append(i)
    seen: set[tuple[int, int]] = set()
    pairs = []
    for postings in index.values():
        if len(postings) < 2 or len(postings) > MAX_BLOCK_DF:
            continue
        for x, i in enumerate(postings):
            for j in postings[x + 1 :]:
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                if not _close_in_time(cands[i], cands[j]) or not _may_be_same(
                    cands[i], cands[j], heads, i, j
                ):
                    continue
                score = _similarity(weighted[i], weighted[j], cands[i], cands[j])
                if (
                    score < DISAGREEMENT
                    and cands[i].mention.document_id != cands[j].mention.document_id
                    and not cands[i].names & cands[j].names
                ):
                    continue  # with no name in common, only near-identical words say "same"
                if score < SAME_HAPPENING and _refers_back(cands[i], cands[j]):
                    score = SAME_HAPPENING
                if score >= SAME_HAPPENING:
                    pairs.append((score, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


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


def _may_be_same(a: Candidate, b: Candidate, heads: _Heads, i: int, j: int) -> bool:
    """Two articles about one happening name something in common (a person, a place, a body);
    "the company reported net income" in two reports on two companies does not. Two mentions that
    name no one ("The talks took place on Tuesday") may still be one happening when they say the
    same thing happened (see :func:`same_event_words`)."""
    if a.mention.document_id == b.mention.document_id or a.names & b.names:
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
    return precise and a.mention.source != b.mention.source


def _disagreements(cands, clusters, conflicts, find) -> dict[int, str]:
    """The disagreement text of each cluster that another cluster contradicts."""
    others: dict[int, dict[int, None]] = defaultdict(dict)
    for i, j in conflicts:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        ni, nj = len(clusters[ri].members), len(clusters[rj].members)
        if ni <= nj * OUTVOTED:
            others[ri][rj] = None
        if nj <= ni * OUTVOTED:
            others[rj][ri] = None
    notes = {}
    for root, contradicting in others.items():
        parts = []
        for other in contradicting:
            cluster = clusters[other]
            by_source: dict[str, dict[str, None]] = defaultdict(dict)
            for k in sorted(cluster.members, key=lambda k: cands[k].order):
                by_source[cands[k].mention.source][f'"{cands[k].mention.text}"'] = None
            said = [
                f"{source} ({', '.join(list(texts)[:MAX_QUOTED])}"
                + (", …" if len(texts) > MAX_QUOTED else "")
                + ")"
                for source, texts in by_source.items()
            ]
            parts.append(f"{iso_span(cluster.start, cluster.end)} by {', '.join(said)}")
        own = iso_span(clusters[root].start, clusters[root].end)
        notes[root] = (
            f"Sources disagree on the date: {own} here; what reads as the same happening is "
            "dated " + "; ".join(parts) + "."
        )
    return notes


def _event(cands: Sequence[Candidate], cluster: _Cluster, disagreement: str | None) -> Event:
    members = sorted(cluster.members, key=lambda i: cands[i].order)
    first = cands[members[0]]
    # The label of the most precise mention reads best ("Putin to travel to China" beats "Putin
    # may pay a visit"); ties go to the first mention.
    best = min(members, key=lambda i: ((cands[i].end - cands[i].start).days, cands[i].order))
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
    )
