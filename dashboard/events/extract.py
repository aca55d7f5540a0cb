"""From one document to its candidate mentions: a dated happening per time expression.

Steps (recognise, then resolve):

1. page debris is cut out (:mod:`dashboard.ingest.debris`); the rest is split into sentences;
2. the tagger anchors every time expression to the document's publication date;
3. each expression that places something on the calendar becomes a candidate: its sentence, a label
   (:mod:`dashboard.events.labels`), its interval and certainty;
4. dates the text implies (:mod:`dashboard.events.implied`): a duration that starts at the anchor
   ("has arrived … for a four-day visit"), "80 years since X", "the 80th anniversary of X", "the
   2022 partnership";
5. what is not a happening is dropped: readings the tagger doubts (latent, low confidence; see
   :func:`trusted`), sets ("every week"), references to now ("now", "recently"),
   unanchored durations, expressions in debris, a line or sentence that only states the page's
   own date ("Published on June 10, 2025.": metadata, not a happening).

A document with no publication date (none given, none inferred) keeps only the expressions whose
interval does not depend on the anchor: it is tagged against two far-apart anchors and an expression
is kept when both agree ("May 9, 2025", "1945", "the 1970s"; not "on Thursday").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from dashboard.codec import mention_from_dict, mention_to_dict
from dashboard.events import claims, implied
from dashboard.events.labels import make_label
from dashboard.events.words import actor_words, content_words, name_words
from dashboard.fingerprint import code_fingerprint
from dashboard.ingest.debris import Prose, read_prose
from dashboard.ingest.sentences import Sentence
from dashboard.model import Certainty, Document, Mention, mention_key
from dashboard.temporal.types import Grain, Timex, TimexType

Tagger = Callable[[str, dt.date], list[Timex]]

# Values that name no place on the calendar a reader could put a marker on.
NOT_A_DATE = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
# Two anchors far apart: an expression that resolves the same against both does not need one.
_PROBE_ANCHORS = (dt.date(1901, 3, 13), dt.date(2087, 10, 2))


@dataclass(frozen=True)
class Candidate:
    """A mention before merging, with what merging needs: a stable key, a label, content words."""

    key: str  # stable id: hash of the document id, the sentence and the offset in it
    mention: Mention
    label: str
    words: frozenset[str]
    names: frozenset[str]  # the words that were written as names (capitalised): they weigh more
    actors: frozenset[str]  # the names that open the label ("Security Council"): who acts
    # (document position in the batch, character offset): the first-mention order
    order: tuple[int, int]
    # The mention's interval, copied once: the merge reads it millions of times at 10x.
    start: dt.date = field(init=False, repr=False, compare=False)
    end: dt.date = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", self.mention.start)
        object.__setattr__(self, "end", self.mention.end)


def candidate_to_json(c: Candidate) -> dict:
    """A JSON-ready form of a candidate, for the store's per-document cache."""
    return {
        "key": c.key,
        "label": c.label,
        "words": sorted(c.words),
        "names": sorted(c.names),
        "actors": sorted(c.actors),
        "offset": c.order[1],
        "mention": mention_to_dict(c.mention),
    }


def candidate_from_json(data: dict, position: int) -> Candidate:
    """The candidate back from :func:`candidate_to_json`, placed at ``position`` in the batch."""
    return Candidate(
        key=data["key"],
        mention=mention_from_dict(data["mention"]),
        label=data["label"],
        words=frozenset(data["words"]),
        names=frozenset(data["names"]),
        actors=frozenset(data["actors"]),
        order=(position, data["offset"]),
    )


def extractor_version() -> str:
    """A fingerprint of the code that turns a document into candidates and leads (this module,
    the leads' and every project module they import: the tagger, debris and sentence rules): a
    cached extraction is reused only under the same code. The merge's code is not in it, so a
    change there merges the cached extractions again without extracting them again."""
    return code_fingerprint("dashboard.events.extract", "dashboard.events.leads")


def extract_candidates(
    document: Document,
    position: int = 0,
    *,
    tagger: Tagger | None = None,
    prose: Prose | None = None,
) -> list[Candidate]:
    """The candidate mentions of one document, in text order (``prose``: the document's
    :func:`~dashboard.ingest.debris.read_prose`, when the caller has read it)."""
    if tagger is None:
        from dashboard.temporal import tag as tagger
    if prose is None:
        prose = read_prose(document.text, title=document.title)
    sentences = prose.sentences
    if not sentences:
        return []
    text = _prose(document.text, prose.blocks)
    if document.published is not None:
        timexes = tagger(text, document.published)
    else:
        timexes = _anchor_free(text, tagger)
    timexes = [
        t
        for t in join_alternatives(text, join_ranges(text, [t for t in timexes if trusted(t)]))
        if not claims.counts_from_another_event(t)
        and not claims.names_a_day_only(t, text, timexes)
        and not claims.restates_in_another_zone(t, text)
        and not claims.describes_a_kind(t, text)
    ]
    out: list[Candidate] = []
    seen: set[tuple[int, int, dt.date, dt.date]] = set()
    # Each expression is compared only with those of its own sentence: linear in the article's
    # size (comparing with every expression of the document made a 1 MB article take minutes).
    by_sentence = timexes_by_sentence(sentences, timexes)
    for index, timex in _placed(sentences, timexes):
        sentence, near = sentences[index], by_sentence[index]
        for found in _happenings(timex, sentence, document, near):
            local_start, local_end, start, end, certainty, label, value, basis = found
            if start == end:  # "brought forward to Wednesday": ahead of the report
                start = end = claims.forward_target(
                    sentence.text, local_start, local_end, start, document.published
                )
                value = start.isoformat() if start != found[2] else value
            # One label at one offset is one mention (a sentence repeated word for word, as in
            # a pasted page, is said once), unless the dates differ: "... on Tuesday." and
            # "... on Thursday." contradict each other and both are kept.
            if (local_start, hash(label), start, end) in seen:
                continue
            seen.add((local_start, hash(label), start, end))
            out.append(
                _candidate(
                    document,
                    position,
                    sentence,
                    local_start,
                    local_end,
                    start,
                    end,
                    certainty=certainty,
                    value=value,
                    label=label,
                    basis=basis,
                    actors=actor_words(label),
                )
            )
    for found in implied.anniversaries(sentences, document, by_sentence):
        sentence, local_start, local_end, start, end, label = found
        out.append(
            _candidate(
                document,
                position,
                sentence,
                local_start,
                local_end,
                start,
                end,
                certainty=Certainty.APPROXIMATE,
                value=_year_value(start),
                label=label,
                basis=label,
                actors=frozenset(),
            )
        )
    out.sort(key=lambda c: c.order)
    return out


def _candidate(
    document: Document,
    position: int,
    sentence: Sentence,
    local_start: int,
    local_end: int,
    start: dt.date,
    end: dt.date,
    *,
    certainty: Certainty,
    value: str,
    label: str,
    basis: str,
    actors: frozenset[str],
) -> Candidate:
    """One candidate: the mention of a span of ``sentence`` and the words it is merged on."""
    mention = Mention(
        document_id=document.id,
        source=document.source,
        text=sentence.text[local_start:local_end],
        sentence=sentence.text,
        value=value,
        start=start,
        end=end,
        certainty=certainty,
        timex_start=local_start,
        timex_end=local_end,
        published=document.published,
        published_inferred=document.published_inferred,
        attributed_to=claims.attribution(sentence.text),
    )
    return Candidate(
        key=mention_key(document.id, sentence.text, local_start),
        mention=mention,
        label=label,
        words=content_words(basis),
        names=_names_written(basis, sentence.text),
        actors=actors,
        order=(position, sentence.start + local_start),
    )


_FIRST_WORD = re.compile(r"[\w’'.-]+")


def _names_written(basis: str, sentence: str) -> frozenset[str]:
    """The names of ``basis`` (:func:`name_words`), less its first word when only the label made
    it a capital: "Opening statement", the label of "In Tuesday's opening statement, …", names
    no one called Opening (the sentence writes it in lower case)."""
    first = _FIRST_WORD.match(basis)
    if first and first.group()[:1].isupper() and not sentence.startswith(first.group()):
        word = first.group()
        if word not in sentence and word[:1].lower() + word[1:] in sentence:
            basis = basis[:1].lower() + basis[1:]
    return name_words(basis)


def _year_value(day: dt.date) -> str:
    return f"{day.year:04d}"


def _happenings(timex: Timex, sentence: Sentence, document: Document, timexes: Sequence[Timex]):
    """(start, end in sentence, interval start, end, certainty, label, value, words basis) for
    what ``timex`` dates; the basis is the text whose words say what happened."""
    local_start, local_end = timex.start - sentence.start, timex.end - sentence.start
    if timex.type == TimexType.SET or timex.value in NOT_A_DATE:
        return
    if claims.speaks_of_the_page(sentence.text):
        return  # "we'll be updating this page tonight": the page's own news
    if timex.type == TimexType.DURATION:
        anchored = implied.duration_event(timex, sentence, document, timexes)
        if anchored:
            yield (
                local_start,
                local_end,
                *anchored,
                _without(sentence.text, local_start, local_end),
            )
        return
    if timex.earliest is None or timex.latest is None:
        return
    if timex.grain == Grain.TIME and _day_follows(timex, timexes, sentence):
        return  # "at 10:35 a.m. Friday": the day that follows dates it (and is its own mention)
    if timex.grain == Grain.TIME and _DAY_OF_A_HAPPENING.match(sentence.text, local_end):
        # "at 1.30 am on the morning of his death": the clock is on that happening's day, which
        # the text does not date here; not on the day the article was written
        return
    year_np = implied.year_noun_phrase(
        sentence.text, local_start, local_end, timex.text
    ) or implied.event_noun_phrase(sentence.text, local_start)
    basis = year_np or _without(sentence.text, local_start, local_end)
    if year_np and len(year_np.split()) < 2:
        # "This week's visit": the label "Visit" says too little, so the clause labels it; the
        # words stay the noun's, so it can join the visit it refers to (see merge: containment).
        year_np = None
    others = [
        (t.start - sentence.start, t.end - sentence.start)
        for t in timexes
        if t is not timex
        and sentence.start <= t.start
        and t.end <= sentence.end
        and t.type in (TimexType.DATE, TimexType.TIME)  # "a 16-hour flight" stays in a label
    ]
    label = year_np or make_label(sentence.text, local_start, local_end, others)
    if len(label.split()) < 2:  # "He": the clause said too little; the sentence's main clause
        fuller = make_label(sentence.text, -1, -1, [*others, (local_start, local_end)])
        label = fuller if len(fuller.split()) > len(label.split()) else label
    if not label:
        return
    if not year_np and others and len(label.split()) >= 3:
        basis = label  # several dates in one sentence: this one's clause says what it dates
    basis = claims.without_attribution(basis)  # who said it is not what happened
    yield (
        local_start,
        local_end,
        timex.earliest,
        timex.latest,
        certainty_of(timex),
        label,
        timex.value,
        basis,
    )


# Ranges ("June 25-27", "2009–2010", "from May 8 to May 10", "between March and June") are the
# tagger's (``Timex.range_earliest``/``range_latest``); "from Monday to Friday" after "moved" or
# "postponed" is a change of date, not a span.
_RESCHEDULED = re.compile(
    r"\b(?:moved?|moving|postpone[ds]?|postponing|delay(?:ed|s)?|push(?:ed|es)?|brought|bring|"
    r"reschedul\w*|shift(?:ed|s)?|chang(?:ed|es)|advanced?|switch(?:ed|es)?)\b"
)
_SPAN_GRAINS = (Grain.DAY, Grain.MONTH, Grain.YEAR)


def join_ranges(text: str, timexes: Sequence[Timex]) -> list[Timex]:
    """``timexes`` with each pair that spans a range joined into one expression: its value the
    ISO 8601 interval of the two ("2025-06-25/2025-06-27"), its interval from the first's start to
    the second's end. The tagger leaves them two, as TimeML annotates them; a timeline draws one
    span.

    >>> from dashboard.temporal import tag
    >>> text = "The summit runs June 25-27 in Canada."
    >>> [(t.text, t.value) for t in join_ranges(text, tag(text, dt.date(2025, 5, 7)))]
    [('June 25-27', '2025-06-25/2025-06-27')]
    """
    return _joined(text, timexes, _spans_range, _range_of)


def _joined(
    text: str,
    timexes: Sequence[Timex],
    joins: Callable[[str, Timex, Timex], bool],
    join: Callable[[Timex, Timex, str], Timex],
) -> list[Timex]:
    """``timexes`` with each pair of neighbours that ``joins`` accepts made one by ``join``."""
    joined: list[Timex] = []
    for timex in timexes:
        if joined and joins(text, joined[-1], timex):
            joined[-1] = join(joined[-1], timex, text)
        else:
            joined.append(timex)
    return joined


def _range_of(first: Timex, second: Timex, text: str) -> Timex:
    """The two ends of a range as one expression, its value the ISO 8601 interval of the two."""
    assert first.earliest is not None and second.latest is not None
    return Timex(
        first.start,
        second.end,
        text[first.start : second.end],
        TimexType.DATE,
        f"{first.value}/{second.value}",
        None,
        first.earliest,
        second.latest,
        first.grain,
    )


# Two dates a writer gives as alternatives ("late Tuesday or early Wednesday", "May 3 or 4"): one
# fuzzy span, drawn as one, and no dispute of one source with itself. Alternatives are near each
# other; further apart ("in 2009 or 2011"), they are two readings, kept apart.
_EITHER = re.compile(r",?\s+or\s+")
MAX_ALTERNATIVE_DAYS = 7


def join_alternatives(text: str, timexes: Sequence[Timex]) -> list[Timex]:
    """``timexes`` with each pair of days given as alternatives joined into one approximate
    expression from the first's start to the second's end (value: the ISO 8601 interval).

    >>> from dashboard.temporal import tag
    >>> text = "The operation will begin late Tuesday or early Wednesday, he said."
    >>> [(t.text, t.value, t.mod) for t in join_alternatives(text, tag(text, dt.date(2010, 5, 16)))]
    [('late Tuesday or early Wednesday', '2010-05-18/2010-05-19', 'APPROX')]
    """
    return _joined(text, timexes, _alternatives, _either_of)


def _either_of(first: Timex, second: Timex, text: str) -> Timex:
    """Two days given as alternatives as one approximate expression spanning both."""
    assert first.earliest is not None and second.latest is not None
    return replace(
        _range_of(first, second, text),
        value=f"{first.earliest.isoformat()}/{second.latest.isoformat()}",
        mod="APPROX",
        grain=Grain.DAY,
        confidence=min(first.confidence, second.confidence),
    )


def _alternatives(text: str, first: Timex, second: Timex) -> bool:
    """``first`` and ``second`` are days (or times of days) a sentence gives as alternatives: "or"
    between them, in order, at most :data:`MAX_ALTERNATIVE_DAYS` apart."""
    return bool(
        first.type in (TimexType.DATE, TimexType.TIME)
        and second.type in (TimexType.DATE, TimexType.TIME)
        and first.grain in (Grain.DAY, Grain.TIME)
        and second.grain in (Grain.DAY, Grain.TIME)
        and first.earliest is not None
        and first.latest is not None
        and second.earliest is not None
        and second.latest is not None
        and first.latest < second.earliest
        and (second.latest - first.earliest).days <= MAX_ALTERNATIVE_DAYS
        and _EITHER.fullmatch(text[first.end : second.start])
    )


def _spans_range(text: str, first: Timex, second: Timex) -> bool:
    """The tagger read ``first`` and ``second`` as the two ends of one range (``range_earliest``,
    ``range_latest``); the event layer draws it as one span when both ends are dates of the same
    grain with no modifier, and the words before are not a change of date."""
    if not (
        first.range_earliest is not None
        and (first.range_earliest, first.range_latest)
        == (second.range_earliest, second.range_latest)
        and first.type == second.type == TimexType.DATE
        and first.grain == second.grain
        and first.grain in _SPAN_GRAINS
        and first.mod is None
        and second.mod is None
        and first.latest is not None
        and second.earliest is not None
        and first.latest < second.earliest
    ):
        return False
    line_start = max(text.rfind("\n", 0, first.start), text.rfind(". ", 0, first.start)) + 1
    return not _RESCHEDULED.search(text[line_start : first.start])


# Readings the tagger itself doubts (``Timex.latent``, ``Timex.confidence``) that date no happening
# at story scale: a bare number read as a year with no cue that it is one ("2052: …", a live-blog
# stamp; "a 1000 strong crowd") and an era read to the century ("1500 years ago", confidence
# below :data:`MIN_CONFIDENCE`). Other latent readings stay: a bare month ("between March and
# June") or a weekday with no tense cue is most often right in news, and a clock time is latent only
# for its half of the day.
MIN_CONFIDENCE = 0.5


def trusted(timex: Timex) -> bool:
    """Whether ``timex`` is sure enough to date a happening (see :data:`MIN_CONFIDENCE`)."""
    if timex.confidence < MIN_CONFIDENCE:
        return False
    return not (timex.latent and timex.grain == Grain.YEAR)


# After a time of day: the day of a happening named, not dated ("on the morning of his death",
# "on the day of the explosion"; not "on the morning of 25 June", which is a date of its own)
_DAY_OF_A_HAPPENING = re.compile(
    r"\s+on\s+the\s+(?:morning|day|night|evening|afternoon|eve)\s+of\s+"
    r"(?:his|her|their|its|the|[A-Z][\w-]*['’]s)\s+(?!\d)[\w-]+"
)


def _day_follows(timex: Timex, timexes: Sequence[Timex], sentence: Sentence) -> bool:
    """A day-grain date right after a time of day, in the same sentence ("10:35 a.m. (GMT) Friday")."""
    return any(
        t.grain == Grain.DAY and 0 <= t.start - timex.end <= 25 and t.end <= sentence.end
        for t in timexes
    )


def certainty_of(timex: Timex) -> Certainty:
    """Exact for one day, range for a span of known days, approximate for a fuzzy period."""
    if timex.earliest == timex.latest:
        return Certainty.EXACT
    if timex.grain in (Grain.DAY, Grain.TIME) and not timex.mod:
        return Certainty.RANGE
    return Certainty.APPROXIMATE


def _prose(text: str, judged) -> str:
    """The text the tagger reads: debris blanked out and wrapped lines joined, with spaces of the
    same length, so offsets stay those of the document."""
    # Span by span, not character by character (a tenth of the cost on a long page); the
    # blocks come in text order and do not overlap (``debris.blocks``).
    parts: list[str] = []
    done = 0
    for block in judged:
        if not block.is_debris:
            parts.append(_blank(text[done : block.start]))
            parts.append(block.text)
            done = block.end
    parts.append(_blank(text[done:]))
    return "".join(parts)


def _blank(text: str) -> str:
    """``text`` as spaces, its line breaks kept."""
    return "\n".join(" " * len(line) for line in text.split("\n"))


def _placed(sentences: Sequence[Sentence], timexes: Sequence[Timex]):
    """(index of the sentence it starts in, timex) for each timex in a sentence, in order;
    those in debris, headings or captions are left out."""
    starts = [s.start for s in sentences]
    for timex in timexes:
        i = bisect.bisect_right(starts, timex.start) - 1
        if i >= 0 and sentences[i].start <= timex.start < sentences[i].end:
            yield i, timex


def timexes_by_sentence(
    sentences: Sequence[Sentence], timexes: Sequence[Timex]
) -> list[list[Timex]]:
    """For each sentence, the expressions that start in it, in the order given.

    >>> from dashboard.ingest.sentences import split_sentences
    >>> from dashboard.temporal import tag
    >>> text = "Talks on Monday. A parade on May 9 and a dinner on Friday."
    >>> found = timexes_by_sentence(split_sentences(text), tag(text, dt.date(2025, 5, 7)))
    >>> [[t.text for t in group] for group in found]
    [['Monday'], ['May 9', 'Friday']]
    """
    out: list[list[Timex]] = [[] for _ in sentences]
    for i, timex in _placed(sentences, timexes):
        out[i].append(timex)
    return out


def _anchor_free(text: str, tagger: Tagger) -> list[Timex]:
    first, second = (tagger(text, anchor) for anchor in _PROBE_ANCHORS)
    other = {(t.start, t.end): t for t in second}
    return [
        t
        for t in first
        if (o := other.get((t.start, t.end))) is not None
        and (t.earliest, t.latest) == (o.earliest, o.latest)
        and t.earliest is not None
    ]


def _without(sentence: str, start: int, end: int) -> str:
    return sentence[:start] + " " + sentence[end:]
