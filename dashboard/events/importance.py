"""How much a story's articles make of each event, and a summary of it from their sentences.

An analyst with hundreds of articles wants the few happenings that mattered. No single count says
so: the most *mentioned* events are often background repeated in every article ("the April 20
explosion"), and the days with most articles are often days of commentary. The evidence is
weighed from the whole story, each kind a row of :data:`WEIGHTS`:

- ``articles``: how many articles report the event (log-scaled: the tenth article adds less than
  the second);
- ``outlets``: how many different outlets do (one outlet repeating itself is weaker evidence);
- ``referred_back``: how many articles published *later* refer back to its date (news-tls
  "datewise", Ghalandari & Ifrim 2020: a date that later reports keep naming was a turning point);
- ``day_reports``: how many articles were published on the day itself or the day after (the day
  was news);
- ``lead``: how many articles name it in their lead (first sentences): the news of the article, not
  its background;
- ``centrality``: how close its words are to the other reports dated that day (a mention that
  shares the day's vocabulary is about what happened; an aside dated the same day is not).

The day's own evidence is added to it (:data:`DAY_WEIGHTS`, each side scaled to 0..1): the
articles whose news the day was (:func:`news_days`) and those that name it after the news cycle;
it chooses the days, the event's evidence the events of a day. A day's evidence goes to its
events by their share of it (:func:`_day_share`): an aside dated the story's biggest day does not
take the weight of the hundreds of reports of that day's happening.

Fuzzy dates ("in May", "this year") say less about *when*: an event's score is divided by the
square root of its length in days. The scores are scaled to 0..1 within the story.

The summary is one or two sentences of the sources (at most :data:`SUMMARY_CHARS` characters):
of the sentences most central to the day, chosen among the event's own mention sentences, the
other sentences dated that day and the leads (:func:`dashboard.events.leads.lead_sentences`)
of the articles published that day or the next (a report's lead says what happened, where a
mention is often an aside), each sharing a word with the event, the one or two that say most in the words
the day's reports share (function words included, as SumBasic weighs an input's words); page
furniture at a sentence's start removed ("LONDON | Mon May 10, 2010 7:51 am EDT LONDON (Reuters)
-", "2.05 pm:", "Jones/EPA"). Measured on the seven gold timelines, agreement ROUGE-1: the one
most central mention 0.103, the two most central 0.123, the words the day shares 0.148.

>>> import datetime as dt
>>> from dashboard.model import Certainty, Document, Event, Mention
>>> day = dt.date(2010, 4, 20)
>>> docs = [Document(f"d{i}", "Wire", "", "", day) for i in range(3)]
>>> def mention(doc, text):
...     at = text.find("April 20")
...     return Mention(doc, "Wire", "April 20", text, "2010-04-20", day, day, Certainty.EXACT,
...                    timex_start=at, timex_end=at + 8 if at >= 0 else at)
>>> big = Event("e1", "Rig explodes", day, day, Certainty.EXACT,
...             tuple(mention(f"d{i}", "The BP rig exploded on April 20.") for i in range(3)))
>>> small = Event("e2", "Fair opens", day, day, Certainty.EXACT,
...               (mention("d0", "A fair opened in the town."),))
>>> [(e.label, e.importance) for e in rank(score_events([small, big], docs))]
[('The BP rig exploded', 1.0), ('A fair opened in the town', 0.4868)]
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from dashboard.events.claims import change_phrase, dates_a_point_of_reference
from dashboard.events.implied import dates_a_noun_phrase
from dashboard.events.labels import (
    HEADLINE_CHARS,
    blank_spans,
    headline,
    headline_grade,
    mended,
    shorten,
)
from dashboard.events.leads import clean_sentence, lead_sentences, opening_words
from dashboard.events.words import _TOKEN as _WORD_TOKEN  # a name is read as its words are
from dashboard.events.words import CONCEPTS, _content_word, content_words
from dashboard.model import Document, Event

# The weight of each kind of evidence (see the module docstring); the bench measures each one's
# effect by setting it to zero (README, "Key events").
WEIGHTS: Mapping[str, float] = {
    "articles": 1.0,
    "outlets": 0.5,
    "referred_back": 1.0,
    "day_reports": 0.5,
    "lead": 0.5,
    "centrality": 1.0,
    "day_articles": 1.0,
    "day_referred_back": 1.0,
}
# The day's own evidence (news-tls "datewise": a timeline is first a choice of dates): the
# articles whose news it was (:func:`news_days`), and those published after the news cycle
# (:data:`NEWS_CYCLE`) that name it, log-scaled; ``event`` is the weight of the event's own
# evidence above. Both are scaled to 0..1 within the story before they are added, so that their
# balance does not move with the story's size (log counts grow with it): the day's evidence
# chooses the days, the event's chooses among a day's events and lets a happening every report
# refers to outrank a day of commentary.
DAY_WEIGHTS: Mapping[str, float] = {"event": 1.0, "day_news": 1.0, "day_cited_later": 1.0}
# A report within two days of a happening is its news, not a look back.
NEWS_CYCLE = dt.timedelta(days=2)
LEAD_CHARS = 400  # an article's lead: its first sentences, about the first 60 words
SUMMARY_SENTENCES = 2
DAY_SENTENCES = 30  # of a day's sentences, the most central a summary chooses from
SUMMARY_CHOICES = 16  # of an event's candidate sentences, the most central the summary pairs
SUMMARY_CHARS = 300
# A word of a summary counts in full when this many of the day's sentences write it (SumBasic,
# Nenkova & Vanderwende 2005: words frequent in the input are the ones a summary shares with
# what people write of it)
SHARED_BY = 5
LABEL_CHARS = HEADLINE_CHARS  # an event's label is a headline of at most 80 characters
# A story's topic: the words the openings of at least this share of its articles hold
# (:func:`story_topic`). Of the 138 articles crawled on Michael Jackson's death and his doctor's
# trial: "jackson", "michael", "doctor", "murray", "trial", "singer", "manslaughter" and five
# more; of BP's oil spill (1,460): "oil", "bp", "gulf", "spill", "mexico", "well", "deepwater",
# "horizon". At a third, BP's well was not a topic word, and the day it was capped lost its
# place. Under MIN_TOPIC_ARTICLES articles a story has no topic worked out: every event is on it.
TOPIC_SHARE = 0.15
MIN_TOPIC_ARTICLES = 10
# An article's opening is about the story when it holds this many of the topic words: one alone
# may be the word in another sense ("This live page is part of a BBC News trial", in the story
# of a doctor's trial) or a passing mention (a broadcaster's note on its new programme "for
# Haiti", whose item "It airs at 10:40 and 23:40 every Saturday" was in haiti's top 50), while an
# article about the story names it twice ("Michael Jackson's doctor"). MJ and haiti each lost
# one such item from their top 50; bpoil's top 50 and the gold figures are unchanged.
MIN_OPENING_TOPIC_WORDS = 2
_CONCEPT_HEADS = frozenset(row[0] for row in CONCEPTS)  # words that stand for a concept


def score_events(
    events: Sequence[Event],
    documents: Sequence[Document],
    *,
    weights: Mapping[str, float] = WEIGHTS,
    day_weights: Mapping[str, float] = DAY_WEIGHTS,
    refresh: Collection[str] | None = None,
    evidence: Sequence[tuple[float, float]]
    | Callable[[], Sequence[tuple[float, float]]]
    | None = None,
    leads: Mapping[str, Sequence[str]] | None = None,
    words_by: WordsBy | None = None,
) -> list[Event]:
    """``events`` (same order) with ``importance`` (0..1), ``summary`` and a headline ``label``
    set from the evidence of ``documents`` (the articles the events were extracted from).

    With ``refresh`` (event ids), only those events get a new headline and summary, the others
    keep theirs: an add to a big story changes what is said of the events it touches (see
    :func:`touched_by`) but moves every score; the words are the costly part. ``evidence``:
    :func:`evidence_scores` of the same events and documents, when the caller already has it
    (a store keeps it, so that an add scores again only the days it changes), or what works it
    out, called once the headlines are sent out (``words_by``) so that it runs meanwhile. ``leads``: the
    :func:`lead_sentences` of some documents by id, worked out beforehand (by the extraction,
    on the workers); those of the others are worked out here. ``words_by``: runs the headlines
    and summaries, the costly part, given them as :class:`WordsJob` s of whole days (on other
    processes); by default here, in one job.
    """
    if not events:
        return []
    pending = None
    if words_by is not None:  # started first: the scores are worked out here meanwhile
        pending = words_by(words_jobs(events, documents, refresh, leads, parts=WORDS_JOBS_PER_RUN))
    if callable(evidence):
        evidence = evidence()
    if evidence is None:
        evidence = evidence_scores(events, documents, weights=weights, day_weights=day_weights)
    importance = story_importance(evidence, day_weights)
    if pending is None:
        words = headlines_and_summaries(events, documents, refresh, leads=leads)
    else:
        words = {event_id: said for found in pending() for event_id, said in found.items()}
    return [
        replace(event, label=words[event.id][0], importance=score, summary=words[event.id][1])
        if event.id in words
        else replace(event, importance=score)
        for event, score in zip(events, importance, strict=True)
    ]


def evidence_scores(
    events: Sequence[Event],
    documents: Sequence[Document],
    *,
    weights: Mapping[str, float] = WEIGHTS,
    day_weights: Mapping[str, float] = DAY_WEIGHTS,
    per_day: Mapping[dt.date, int] | None = None,
    news: Mapping[dt.date, int] | None = None,
    topic: Collection[str] | None = None,
    day_words: Mapping[dt.date, Counter[str]] | None = None,
    openings: Openings | None = None,
) -> list[tuple[float, float]]:
    """Each event's own evidence and its day's (:data:`WEIGHTS`, :data:`DAY_WEIGHTS`), before
    they are scaled to the story (:func:`story_importance`).

    An event's evidence reads its own mentions, its articles (``documents``: their publication
    dates, leads and openings) and the other events of its first day; beyond those, only how
    many of the story's articles were published each day (``per_day``) and report each day as
    their news (``news``, :func:`news_days`), and the story's topic words (``topic``,
    :func:`story_topic`). Given those story-wide figures, a part of the story that holds every
    event of its days (``events``) and their articles is scored as the whole story scores it:
    an add to a big store scores again only the days it changes. ``day_words``:
    :func:`day_word_counts` of ``events``, when the caller has it; ``openings``: the articles'
    :class:`Openings`, some perhaps known beforehand.

    An event off the story (:func:`on_story`) takes none of its day's evidence: a crawled
    story holds pages about other things (a radio schedule, a live page of other news, a review
    of the papers), and each of their items dated a busy day of the story took that day's
    weight.
    """
    published = {d.id: d.published for d in documents}
    leads = {d.id: d.text[:LEAD_CHARS] for d in documents}
    if openings is None:
        openings = Openings(documents)
    if topic is None:
        topic = story_topic(*opening_counts(documents, openings))
    if per_day is None:
        per_day = Counter(d.published for d in documents if d.published is not None)
    if day_words is None:
        day_words = day_word_counts(events)
    day_norms = {day: math.sqrt(sum(v * v for v in c.values())) for day, c in day_words.items()}
    day_docs: dict[dt.date, set[str]] = defaultdict(set)
    day_later: dict[dt.date, set[str]] = defaultdict(set)
    day_cited: dict[dt.date, set[str]] = defaultdict(set)  # named after the news cycle
    for event in events:
        if event.start == event.end:
            for m in event.mentions:
                day_docs[event.start].add(m.document_id)
                if (p := published.get(m.document_id)) is not None and p > event.end:
                    day_later[event.start].add(m.document_id)
                    if p - event.end > NEWS_CYCLE:
                        day_cited[event.start].add(m.document_id)
    # The most articles one event of each day holds: a day's evidence goes to its events by
    # their share of it (:func:`_day_share`).
    articles = [{m.document_id for m in event.mentions} for event in events]
    day_most: dict[dt.date, int] = defaultdict(int)
    for event, docs in zip(events, articles, strict=True):
        if event.start == event.end:
            day_most[event.start] = max(day_most[event.start], len(docs))
    raw, shares = [], []
    for event, docs in zip(events, articles, strict=True):
        share = _day_share(len(docs), day_most.get(event.start, 0)) * on_story(
            event, topic, openings
        )
        shares.append(share)
        outlets = {m.source for m in event.mentions}
        later = {
            m.document_id
            for m in event.mentions
            if (p := published.get(m.document_id)) is not None and p > event.end
        }
        lead = {
            m.document_id for m in event.mentions if m.sentence[:60] in leads.get(m.document_id, "")
        }
        day_reports = per_day.get(event.start, 0) + per_day.get(event.start + dt.timedelta(1), 0)
        centrality = _centrality(event, day_words, day_norms)
        evidence = {
            "articles": math.log1p(len(docs)),
            "outlets": math.log1p(len(outlets) - 1),
            "referred_back": math.log1p(len(later)),
            "day_reports": math.log1p(day_reports) if event.start == event.end else 0.0,
            "lead": math.log1p(len(lead)),
            "centrality": centrality * math.log1p(len(docs)),
            "day_articles": share * math.log1p(len(day_docs.get(event.start, ()))),
            "day_referred_back": share * math.log1p(len(day_later.get(event.start, ()))),
        }
        score = sum(weights.get(k, 0.0) * v for k, v in evidence.items())
        days = (event.end - event.start).days + 1
        raw.append(score / math.sqrt(days))
    if news is None:
        news = Counter(news_days(events, documents).values())
    day_raw = []
    for event, share in zip(events, shares, strict=True):
        day = {
            "day_news": math.log1p(news.get(event.start, 0)),
            "day_cited_later": math.log1p(len(day_cited.get(event.start, ()))),
        }
        exact = event.start == event.end  # a fuzzy span has no day of its own
        day_raw.append(exact * share * sum(day_weights.get(k, 0.0) * v for k, v in day.items()))
    return list(zip(raw, day_raw, strict=True))


def opening_counts(
    documents: Iterable[Document], openings: Openings | None = None
) -> tuple[Counter[str], int]:
    """How many of the ``documents`` hold each word in their opening
    (:func:`dashboard.events.leads.opening_words`; ``openings``: their :class:`Openings`), and
    how many documents there are: what :func:`story_topic` reads (a store keeps them as
    articles come and go)."""
    documents = list(documents)
    if openings is None:
        openings = Openings(documents)
    counts: Counter[str] = Counter()
    for document in documents:
        counts.update(openings[document.id])
    return counts, len(documents)


def story_topic(counts: Mapping[str, int], articles: int) -> frozenset[str]:
    """A story's topic words: those held by the openings of at least :data:`TOPIC_SHARE` of its
    ``articles`` (``counts``: :func:`opening_counts`); none for a story of fewer than
    :data:`MIN_TOPIC_ARTICLES`.

    >>> sorted(story_topic({"oil": 9, "bp": 4, "fishing": 1}, 10))
    ['bp', 'oil']
    >>> story_topic({"oil": 9}, 9)
    frozenset()
    """
    if articles < MIN_TOPIC_ARTICLES:
        return frozenset()
    return frozenset(word for word, n in counts.items() if n >= TOPIC_SHARE * articles)


class Openings:
    """The opening words of some documents by id (:func:`dashboard.events.leads.opening_words`),
    each worked out when first asked for, unless ``known`` beforehand (a store keeps them)."""

    def __init__(
        self, documents: Iterable[Document], known: Mapping[str, frozenset[str]] | None = None
    ) -> None:
        self._texts = {d.id: d.text for d in documents}
        self._known = dict(known or {})
        self._worked_out: dict[str, frozenset[str]] = {}

    def __getitem__(self, document_id: str) -> frozenset[str]:
        words = self._known.get(document_id)
        if words is None:
            words = opening_words(self._texts.get(document_id, ""))
            self._known[document_id] = self._worked_out[document_id] = words
        return words

    def worked_out(self) -> dict[str, frozenset[str]]:
        """Those worked out here (not known beforehand): what a store may keep."""
        return dict(self._worked_out)


def on_story(
    event: Event, topic: Collection[str], openings: Mapping[str, frozenset[str]] | Openings
) -> bool:
    """Whether ``event`` is part of the story whose topic words are ``topic``: one of its
    mention sentences names it (:func:`_names_the_story`), or the opening of the article of one
    holds :data:`MIN_OPENING_TOPIC_WORDS` of them (an item of an article about the story is part
    of it, whatever its own sentence names: "His songs topped the charts"). Every event is on a
    story with no topic words.

    >>> import datetime as dt
    >>> from dashboard.model import Certainty, Event, Mention
    >>> day = dt.date(2011, 11, 8)
    >>> def event(sentence, doc):
    ...     m = Mention(doc, "BBC", "Tuesday", sentence, "2011-11-08", day, day, Certainty.EXACT)
    ...     return Event("e", "", day, day, Certainty.EXACT, (m,))
    >>> openings = {"digest": frozenset({"steve", "chat"}), "trial": frozenset({"jackson", "murray"})}
    >>> topic = {"jackson", "murray"}
    >>> on_story(event("Berlusconi faces a vote on Tuesday.", "digest"), topic, openings)
    False
    >>> on_story(event("Murray was found guilty on Tuesday.", "digest"), topic, openings)
    True
    >>> on_story(event("The jury went out on Tuesday.", "trial"), topic, openings)
    True
    """
    if not topic:
        return True
    return any(
        _names_the_story(m.sentence, topic)
        or len(openings[m.document_id] & topic) >= MIN_OPENING_TOPIC_WORDS
        for m in event.mentions
    )


def _names_the_story(sentence: str, topic: Collection[str]) -> bool:
    """Whether a sentence names the story: one of its topic words, unless that word is only a
    concept many stories share (:data:`dashboard.events.words.CONCEPTS`: "kill" stands for
    "died", "death", "toll"), which takes a second topic word. A radio page's documentary on
    sons "that died in conflict" is not about a singer's death. A name written as part of
    someone else's (:func:`borrowed_names`: "Wanda Jackson", "Colin Murray") is not the
    story's."""
    found = _words(sentence) & topic
    if found:
        found -= _borrowed(sentence, frozenset(found))
    return len(found) >= MIN_OPENING_TOPIC_WORDS or not found <= _CONCEPT_HEADS


@functools.lru_cache(maxsize=1 << 16)
def _borrowed(sentence: str, found: frozenset[str]) -> frozenset[str]:
    # cached: copies of one report repeat their sentences, each read for every event it dates
    return borrowed_names(sentence, found)


def borrowed_names(text: str, names: Collection[str]) -> frozenset[str]:
    """Those of ``names`` (folded words) that ``text`` writes only after another name, as part
    of someone else's: a story of Michael Jackson and Dr Conrad Murray meets "Wanda Jackson" and
    "Colin Murray" on a radio page. A title or a name of ``names`` before it keeps it ("Dr
    Murray", "Conrad Murray"); so does a word in lower case ("the singer Jackson").

    >>> names = {"jackson", "michael", "murray"}
    >>> sorted(borrowed_names("Wanda Jackson sings; Colin Murray presents.", names))
    ['jackson', 'murray']
    >>> sorted(borrowed_names("Michael Jackson's doctor, Dr Murray, spoke.", names))
    []
    >>> sorted(borrowed_names("Wanda Jackson covers a song Jackson wrote.", names))
    []
    >>> sorted(borrowed_names("Aid reached Port-au-Prince, Haiti.", {"haiti"}))
    []
    >>> sorted(borrowed_names("Reuters BP's boss; Wild Well Control crews", {"bp", "well"}))
    []
    """
    own: set[str] = set()
    borrowed: set[str] = set()
    tokens = list(_WORD_TOKEN.finditer(text))
    for k, found in enumerate(tokens):
        raw = found.group()
        word = _content_word(raw)
        if word not in names:
            continue
        before = tokens[k - 1] if k else None
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if (
            raw[:1].isupper()
            and not _acronym(raw)  # an acronym is no one's surname: "Boycott BP"
            and _name_before(text, before, found, names)
            # the last word of the name: "Wild Well Control" names a firm, not a well
            and not (
                after is not None and _joined(text, found, after) and after.group()[:1].isupper()
            )
        ):
            borrowed.add(word)
        else:
            own.add(word)
    return frozenset(borrowed - own)


def _acronym(raw: str) -> bool:
    return raw.replace("’", "'").removesuffix("'s").isupper()


def _joined(text: str, a: re.Match, b: re.Match) -> bool:
    """Only a space parts two tokens ("Port-au-Prince, Haiti" is no one name)."""
    return text[a.end() : b.start()].isspace()


def _name_before(
    text: str, before: re.Match | None, word: re.Match, names: Collection[str]
) -> bool:
    """A first name of someone else's right before ``word``: capitalised, not all capitals, a
    content word (not a title, "Dr") and not one of ``names``."""
    if before is None or not _joined(text, before, word):
        return False
    raw = before.group()
    prior = _content_word(raw) if raw[:1].isupper() and not _acronym(raw) else None
    return prior is not None and prior not in names


def _day_share(articles: int, most: int) -> float:
    """The share of its day's evidence an event of ``articles`` articles takes, when the day's
    best-reported event holds ``most``: all of it for that event, less for an aside of the day
    (log-scaled, as the counts are). Without it every event of a story's biggest day outranked
    the best-reported happenings of other days: "He asked why", in two articles, took the whole
    weight of the 500 that reported the explosion that day.

    >>> _day_share(500, 500), round(_day_share(2, 500), 3), _day_share(3, 0)
    (1.0, 0.177, 1.0)
    """
    if articles >= most:
        return 1.0
    return math.log1p(articles) / math.log1p(most)


def story_importance(
    evidence: Sequence[tuple[float, float]], day_weights: Mapping[str, float] = DAY_WEIGHTS
) -> list[float]:
    """Each event's importance (0..1) from the :func:`evidence_scores` of every event of the
    story: both sides scaled to 0..1 within the story, then added."""
    top = max(raw for raw, _ in evidence) or 1.0
    day_top = (
        max(day for _, day in evidence) or 1.0
    )  # scaled to 0..1, as the event's: the same share in any story
    scores = [day_weights.get("event", 0.0) * score / top + d / day_top for score, d in evidence]
    best = max(scores) or 1.0
    return [round(score / best, 4) for score in scores]


def headlines_and_summaries(
    events: Sequence[Event],
    documents: Sequence[Document],
    refresh: Collection[str] | None = None,
    spans: Mapping[str, Collection[tuple[int, int]]] | None = None,
    *,
    leads: Mapping[str, Sequence[str]] | None = None,
    headlines: Collection[str] | None = None,
    day_words: Mapping[dt.date, Counter[str]] | None = None,
) -> dict[str, tuple[str, str]]:
    """Event id -> (headline label, summary) of ``events`` (of those in ``refresh`` only, when
    given). A summary reads the other events of the event's day and the leads of the articles
    published that day or the next (``documents``); a headline the texts of its articles and
    the dated spans of each of its sentences in the whole story (``spans``, sentence -> (start,
    end); by default those of ``events``). ``leads``: as in :func:`score_events`. With
    ``headlines`` (event ids), the others keep their label: a headline reads only the event's
    own mentions and articles, so an event an add leaves as it was keeps its headline.
    ``day_words``: :func:`day_word_counts` of ``events``, when the caller has it."""
    if day_words is None:
        day_words = day_word_counts(events)
    worded = [e for e in events if refresh is None or e.id in refresh]
    day_sentences = _day_sentences(
        events,
        documents,
        day_words,
        days={e.start for e in worded if e.start == e.end},
        leads=leads,
    )
    day_squares = {day: _square(words) for day, words in day_words.items()}
    texts = {d.id: d.text for d in documents}
    if spans is None:
        found: dict[str, set[tuple[int, int]]] = defaultdict(set)
        for event in events:
            for m in event.mentions:
                found[m.sentence].add((m.timex_start, m.timex_end))
        spans = found
    return {
        event.id: (
            headline_of(event, texts, spans)
            if headlines is None or event.id in headlines
            else event.label,
            summarise(event, day_words, day_sentences, day_squares),
        )
        for event in worded
    }


WORDS_JOBS_PER_RUN = 8  # jobs a story's headlines are split into: a few per worker, balanced


@dataclass(frozen=True)
class WordsJob:
    """The headlines and summaries of the events of some whole days (:meth:`run`), with all
    they read: every event starting on those days (a day's summaries read its other events), the
    articles they cite and those published on those days or the next (the day's leads), the
    leads known beforehand and the story's dated spans of their sentences. Self-contained, so it
    can run on another process and give what the whole story's :func:`headlines_and_summaries`
    gives for those events."""

    events: tuple[Event, ...]
    documents: tuple[Document, ...]
    refresh: frozenset[str] | None
    spans: Mapping[str, Collection[tuple[int, int]]]
    leads: Mapping[str, Sequence[str]]

    def run(self) -> dict[str, tuple[str, str]]:
        return headlines_and_summaries(
            self.events, self.documents, self.refresh, self.spans, leads=self.leads
        )


# Starts WordsJobs elsewhere and gives what waits for their results (each event id -> (label,
# summary)): the scoring goes on meanwhile.
WordsBy = Callable[[Sequence[WordsJob]], Callable[[], Iterable[Mapping[str, tuple[str, str]]]]]


def words_jobs(
    events: Sequence[Event],
    documents: Sequence[Document],
    refresh: Collection[str] | None = None,
    leads: Mapping[str, Sequence[str]] | None = None,
    *,
    parts: int = WORDS_JOBS_PER_RUN,
) -> list[WordsJob]:
    """The headlines and summaries of ``events`` split into at most ``parts`` :class:`WordsJob`
    s by the day the events start, each about as much work (mentions to read) as the others:
    together they give what :func:`headlines_and_summaries` gives, event for event.

    >>> from dashboard.model import Certainty, Document, Event
    >>> d = dt.date
    >>> evs = [Event(i, i, day, day, Certainty.EXACT) for i, day in
    ...        [("a", d(2010, 4, 20)), ("b", d(2010, 4, 20)), ("c", d(2010, 6, 3))]]
    >>> sorted(sorted(e.id for e in job.events) for job in words_jobs(evs, [], parts=4))
    [['a', 'b'], ['c']]
    """
    by_day: dict[dt.date, list[Event]] = defaultdict(list)
    for event in events:
        by_day[event.start].append(event)
    wanted = None if refresh is None else set(refresh)
    days = [
        day for day, found in by_day.items() if wanted is None or any(e.id in wanted for e in found)
    ]
    # Longest first, each to the lightest part: parts of near-equal work (a busy day is one
    # job's share at most; it cannot be split, its summaries read each other).
    loads = [0] * max(1, parts)
    chosen: list[list[dt.date]] = [[] for _ in loads]
    for day in sorted(days, key=lambda day: (-_work(by_day[day]), day)):
        lightest = loads.index(min(loads))
        chosen[lightest].append(day)
        loads[lightest] += _work(by_day[day])
    spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for event in events:
        for m in event.mentions:
            spans[m.sentence].add((m.timex_start, m.timex_end))
    by_id = {d.id: d for d in documents}
    order = {doc_id: position for position, doc_id in enumerate(by_id)}  # a day's leads in order
    published: dict[dt.date, list[str]] = defaultdict(list)
    for d in documents:
        if d.published is not None:
            published[d.published].append(d.id)
    jobs = []
    for part_days in chosen:
        if not part_days:
            continue
        part = [e for day in sorted(part_days) for e in by_day[day]]
        cited = {m.document_id for e in part for m in e.mentions}
        for day in part_days:  # a day's leads: the articles of that day and of the next
            cited.update(published.get(day, ()))
            cited.update(published.get(day + _DAY, ()))
        ids = sorted(cited & by_id.keys(), key=order.__getitem__)
        said: dict[str, set[str]] = defaultdict(set)
        for e in part:
            for m in e.mentions:
                said[m.document_id].add(m.sentence)
        jobs.append(
            WordsJob(
                tuple(part),
                tuple(
                    _excerpt(by_id[i], said.get(i, ())) if leads and i in leads else by_id[i]
                    for i in ids
                ),
                None if wanted is None else frozenset(e.id for e in part if e.id in wanted),
                {m.sentence: spans[m.sentence] for e in part for m in e.mentions},
                {i: leads[i] for i in ids if i in leads} if leads else {},
            )
        )
    return jobs


def _excerpt(document: Document, sentences: Collection[str]) -> Document:
    """The document with only what a :class:`WordsJob` reads of it, once its leads are known:
    each of ``sentences`` where :func:`headline_of` finds it, with the
    :data:`HEADLINE_CONTEXT` characters before it, in order, overlaps joined, apart a NUL
    (which no sentence holds, so none is found across two). A job then carries a few kilobytes
    of each article, not the whole text (a story's jobs were 55 MB to send), and
    :func:`headline_of` finds the same sentence at the same distance from what it reads before.

    >>> doc = Document("d", "Wire", "", "A" * 500 + " Rain fell. Talks began. " + "B" * 900, None)
    >>> _excerpt(doc, ["Talks began."]).text == "A" * 388 + " Rain fell. Talks began."
    True
    """
    text = document.text
    ranges = []
    for sentence in sentences:
        where = text.find(sentence[:60])
        if where >= 0:
            ranges.append((max(where - HEADLINE_CONTEXT, 0), where + len(sentence)))
    ranges.sort()
    joined: list[list[int]] = []
    for start, end in ranges:
        if joined and start <= joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], end)
        else:
            joined.append([start, end])
    return replace(document, text="\0".join(text[start:end] for start, end in joined))


def _work(events: Sequence[Event]) -> int:
    return sum(1 + len(e.mentions) for e in events)


def touched_by(
    events: Iterable[Event],
    new_documents: Iterable[Document],
    changed: Collection[str],
    told: Collection[dt.date] | None = None,
) -> set[str]:
    """The events whose headline or summary an add of ``new_documents`` can change: those the
    merge made anew (``changed``), and those of the days whose sentences the new articles add
    to (their leads tell the day they were published and the day before); of those days, only
    the ``told`` ones when given (:func:`told_anew`).

    >>> from dashboard.model import Certainty, Document, Event
    >>> d = dt.date
    >>> evs = [Event(i, i, day, day, Certainty.EXACT) for i, day in
    ...        [("a", d(2010, 4, 20)), ("b", d(2010, 4, 21)), ("c", d(2010, 6, 3))]]
    >>> doc = Document("n", "Wire", "", "Text.", d(2010, 4, 22))
    >>> sorted(touched_by(evs, [doc], {"c"}))
    ['b', 'c']
    """
    days = {
        day
        for document in new_documents
        if document.published is not None
        for day in (document.published, document.published - _DAY)
    }
    if told is not None:
        days &= set(told)
    return {e.id for e in events if e.id in changed or (e.start == e.end and e.start in days)}


def told_anew(
    events: Sequence[Event],
    documents: Sequence[Document],
    new: Collection[str],
    days: Collection[dt.date],
    leads: Mapping[str, Sequence[str]] | None = None,
    day_words: Mapping[dt.date, Counter[str]] | None = None,
) -> set[dt.date]:
    """Of ``days``, those whose sentences a summary chooses from (the day's most central leads
    and mention sentences, :data:`DAY_SENTENCES`) now hold one that only the ``new`` articles
    (ids) write: elsewhere the day's choice is the one it was, and the summaries of its other
    events with it. ``documents``: the articles published on ``days`` or the next, and those of
    the day's mentions; ``leads`` as in :func:`score_events`; ``day_words``:
    :func:`day_word_counts` of ``events``, when the caller has it (a day's counts read only the
    day's own events).

    >>> from dashboard.model import Certainty, Document, Event, Mention
    >>> day = dt.date(2010, 7, 15)
    >>> def event(doc, text):
    ...     m = Mention(doc, "Wire", "Thursday", text, "", day, day, Certainty.EXACT)
    ...     return Event(doc, text, day, day, Certainty.EXACT, (m,))
    >>> docs = [Document(i, "Wire", "", "", day) for i in ("old", "copy", "new")]
    >>> said = "BP sealed the well on Thursday."
    >>> evs = [event("old", said), event("copy", said), event("new", "Rain fell on Thursday.")]
    >>> told_anew(evs[:2], docs, {"copy"}, {day}, leads={})  # it says what was said
    set()
    >>> told_anew(evs, docs, {"copy", "new"}, {day}, leads={})
    {datetime.date(2010, 7, 15)}
    """
    days = set(days)
    own = [e for e in events if e.start == e.end and e.start in days]  # all a day's choice reads
    if day_words is None:
        day_words = day_word_counts(own)
    chosen = _day_sentences(own, documents, day_words, days=days, leads=leads)
    fresh: set[str] = set()
    old: set[str] = set()
    for document in documents:
        if document.published is None or not {document.published, document.published - _DAY} & days:
            continue
        known = (leads or {}).get(document.id)
        (fresh if document.id in new else old).update(
            lead_sentences(document) if known is None else known
        )
    for event in own:
        for m in event.mentions:
            (fresh if m.document_id in new else old).add(m.sentence)
    only_new = fresh - old
    return {day for day, sentences in chosen.items() if not only_new.isdisjoint(sentences)}


def news_days(events: Sequence[Event], documents: Sequence[Document]) -> dict[str, dt.date]:
    """The day each article reports (by id): the day its lead names first, when that is the day
    it was published or the day before ("The bridge collapsed on Monday", in Tuesday's paper);
    else the day it was published (a report with no date in its lead tells that day's news).

    >>> from dashboard.model import Certainty, Document, Event, Mention
    >>> monday, tuesday = dt.date(2024, 3, 4), dt.date(2024, 3, 5)
    >>> doc = Document("d", "Wire", "", "The bridge collapsed on Monday. More soon.", tuesday)
    >>> m = Mention("d", "Wire", "Monday", "The bridge collapsed on Monday.", "2024-03-04",
    ...             monday, monday, Certainty.EXACT, timex_start=23, timex_end=29)
    >>> news_days([Event("e", "Bridge collapses", monday, monday, Certainty.EXACT, (m,))], [doc])
    {'d': datetime.date(2024, 3, 4)}
    """
    published = {d.id: d.published for d in documents if d.published is not None}
    leads = {d.id: d.text[:LEAD_CHARS] for d in documents}
    first: dict[str, tuple[int, dt.date]] = {}
    for event in events:
        if event.start != event.end:
            continue
        for m in event.mentions:
            day = published.get(m.document_id)
            if day is None or not (day - _DAY <= event.start <= day):
                continue
            at = leads[m.document_id].find(m.sentence[:60])
            if at >= 0 and (
                m.document_id not in first or at + m.timex_start < first[m.document_id][0]
            ):
                first[m.document_id] = (at + m.timex_start, event.start)
    return {doc: first[doc][1] if doc in first else day for doc, day in published.items()}


def rank(events: Iterable[Event]) -> list[Event]:
    """Most important first: events the analyst pinned as key, then by importance; ties
    (events never scored) by most sources, most mentions, then date and label, so the order is
    the same on every run."""
    return sorted(
        events,
        key=lambda e: (
            not e.pinned,
            -e.importance,
            -len(e.sources),
            -len(e.mentions),
            e.start,
            e.label,
        ),
    )


# Each further event of one day counts for this share of the one before it when the chart
# (and a top list) chooses what to show: a story's biggest day holds many events (reports the
# merge kept apart, reactions, background), and the key events should show the story's course,
# not that day alone. The dashboard's table keeps the plain ranking.
SAME_DAY_DECAY = 0.5


def spread_over_days(events: Iterable[Event]) -> list[Event]:
    """``events`` in the order the chart tries them: pinned first, then importance, each day's
    second event weighed at half its importance, its third at a quarter, and so on.

    >>> from dashboard.model import Certainty
    >>> d = dt.date
    >>> evs = [Event(n, n, day, day, Certainty.EXACT, importance=i)
    ...        for n, day, i in [("a", d(2010, 4, 20), 1.0), ("b", d(2010, 4, 20), 0.9),
    ...                          ("c", d(2010, 6, 3), 0.6)]]
    >>> [e.id for e in spread_over_days(evs)]
    ['a', 'c', 'b']
    """
    seen: Counter[dt.date] = Counter()
    weighed = []
    for position, event in enumerate(ranked(events)):
        weight = event.importance * SAME_DAY_DECAY ** seen[event.start]
        seen[event.start] += 1
        weighed.append((not event.pinned, -weight, position, event))
    return [event for *_, event in sorted(weighed, key=lambda w: w[:3])]


def ranked(events: Iterable[Event]) -> list[Event]:
    """:func:`rank`, at little cost when ``events`` already are in that order (the app keeps its
    events ranked; a filter keeps their order)."""
    events = list(events)
    keys = [(not e.pinned, -e.importance) for e in events]
    if all(a <= b for a, b in itertools.pairwise(keys)):
        return events
    return rank(events)


def top_events(
    events: Iterable[Event],
    k: int | None = None,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    one_per_day: bool = False,
) -> list[Event]:
    """The ``k`` most important events within ``start``..``end`` (inclusive; None = open), most
    important first. ``one_per_day`` keeps only the most important event of each first day, as a
    timeline of key dates does. Otherwise they are chosen as the chart chooses what to draw
    (:func:`spread_over_days`: a day's second event weighs half, so a top ten tells the story's
    course, not its biggest day ten times), and an event that retells one chosen before on its day
    (:func:`retells`: "Rig explosion" after "The Deepwater Horizon rig exploded") comes after
    all the others: a top list names the story's happenings, not one happening in many words.

    >>> from dashboard.model import Certainty
    >>> day, later = dt.date(2010, 4, 20), dt.date(2010, 4, 22)
    >>> evs = [Event(i, label, d, d, Certainty.EXACT, importance=w) for i, label, d, w in [
    ...     ("a", "The Deepwater Horizon rig exploded", day, 1.0),
    ...     ("b", "Rig explosion", day, 0.9), ("c", "The rig sank", later, 0.5),
    ...     ("d", "Eleven workers went missing", day, 0.4)]]
    >>> [e.id for e in top_events(evs, 3)]
    ['a', 'c', 'd']
    """
    chosen: list[Event] = []
    retold: list[Event] = []
    days: set[dt.date] = set()
    told: dict[dt.date, list[frozenset[str]]] = defaultdict(list)
    for event in rank(events) if one_per_day else spread_over_days(events):
        if (start is not None and event.end < start) or (end is not None and event.start > end):
            continue
        if one_per_day:
            if event.start in days:
                continue
            days.add(event.start)
        elif event.start == event.end:
            words = _words(event.label)
            if not event.pinned and any(retells(words, w) for w in told[event.start]):
                retold.append(event)
                continue
            told[event.start].append(words)
        chosen.append(event)
        if k is not None and len(chosen) >= k:
            return rank(chosen)
    return rank(chosen) + retold[: None if k is None else k - len(chosen)]


RETOLD_SHARE = 0.5  # of a label's content words, the share another label of its day must hold


def retells(label_words: frozenset[str], chosen_words: frozenset[str]) -> bool:
    """Whether a label (its content words) retells a label chosen before on its day: at least
    :data:`RETOLD_SHARE` of its words are the other's (folded: "explosion" and "exploded" are
    one word).

    >>> retells(_words("Rig explosion"), _words("The Deepwater Horizon rig exploded"))
    True
    >>> retells(_words("Eleven workers went missing"), _words("The rig exploded"))
    False
    """
    if not label_words:
        return False
    return len(label_words & chosen_words) >= RETOLD_SHARE * len(label_words)


# -- headline ----------------------------------------------------------------------------------

HEADLINE_TRIES = 3  # of an event's sentences, the most typical ones a headline is sought in
MIN_HEADLINE_WORDS = 3  # fewer, and a label that is no headline is a fragment ("Began")
HEADLINE_CONTEXT = 400  # characters before a sentence where its pronouns' antecedents are sought


def headline_of(
    event: Event,
    texts: Mapping[str, str],
    spans: Mapping[str, Sequence[tuple[int, int]]] | None = None,
) -> str:
    """The event's label as a headline (:func:`dashboard.events.labels.headline`): of its
    :data:`HEADLINE_TRIES` most typical mention sentences (most words in common with its other
    mentions), the first that gives a headline, else the best whole clause, else the extracted
    label. The extracted label stays when the date is a noun phrase's ("the April 20 explosion":
    the label names that happening, the clause around it may be another). ``texts``: the
    articles' texts by id, where a pronoun's antecedent is sought; ``spans``: the dated spans of
    each mention sentence of the story (the other dates of a sentence stay out of its headline)."""
    own: Counter[str] = Counter()
    for m in event.mentions:
        own.update(_words(m.sentence))
    norm = math.sqrt(sum(v * v for v in own.values()))
    typical = sorted(
        {m.sentence: m for m in event.mentions}.values(),
        # a report that the date moved says what happened to the plan, not what happened:
        # "the vote was postponed until Tuesday" does not name the vote held on Tuesday; nor
        # does a clause whose date is a "since" phrase's ("spewing since the explosion on 20
        # April" names the spill, not the explosion)
        key=lambda m: (
            change_phrase(m.sentence, m.timex_start, m.timex_end) is not None,
            dates_a_point_of_reference(m.sentence, m.timex_start),
            -_cosine(_words(m.sentence), own, norm),
            m.document_id,
        ),
    )
    label = mended(event.label)
    best, grade = label, headline_grade(label) - 1  # cut at 60 characters, maybe
    for m in typical[:HEADLINE_TRIES]:
        if grade == 2:
            break
        if dates_a_noun_phrase(m.sentence, m.timex_start, m.timex_end):
            return label
        text = texts.get(m.document_id, "")
        where = text.find(m.sentence[:60]) if text else -1
        before = text[max(where - HEADLINE_CONTEXT, 0) : where] if where > 0 else ""
        others = [span for span in (spans or {}).get(m.sentence, ()) if span[0] != m.timex_start]
        start, end = (m.timex_start, m.timex_end) if m.timex_end > m.timex_start else (-1, -1)
        found, found_grade = headline(m.sentence, start, end, before, others)
        if found and found_grade > grade:
            best, grade = found, found_grade
    if grade <= 0 and len(best.split()) < MIN_HEADLINE_WORDS and typical:
        # "Began", "Gulf", "AP": a fragment says nothing on a chart; the most typical sentence,
        # without its date and cut to a headline's length, at least says what it reports
        m = typical[0]
        said = " ".join(blank_spans(m.sentence, [(m.timex_start, m.timex_end)]).split())
        said = re.sub(r"\s+(?=[.,;:!?])", "", said)  # the date's place: "Talks ." -> "Talks."
        said = shorten(clean_sentence(said), HEADLINE_CHARS).rstrip(" .,;:")
        if said.count('"') % 2:
            said = said.replace('"', "")
        if len(re.findall(r"\w+", said)) > len(re.findall(r"\w+", best)):
            best = said
    return best


# -- centrality and summary -------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 16)
def _words(sentence: str) -> frozenset[str]:
    # cached: the same mention sentence is weighed for its event, its day and its day's summaries
    return content_words(sentence)


def day_word_counts(events: Sequence[Event]) -> dict[dt.date, Counter[str]]:
    """For each day, how many mention sentences dated exactly that day hold each content word
    (an add works it out once for its days' events: it took a tenth of a second at each of the
    three steps that read it)."""
    # Each distinct sentence's words are counted once, times its mentions: a busy day's
    # copies of one report repeat theirs (29,000 mentions, 2,500 sentences).
    sentences: dict[dt.date, Counter[str]] = defaultdict(Counter)
    for event in events:
        if event.start == event.end and event.mentions:
            sentences[event.start].update([m.sentence for m in event.mentions])
    out: dict[dt.date, Counter[str]] = defaultdict(Counter)
    for day, counted in sentences.items():
        words = out[day]
        for sentence, mentions in counted.items():
            for word in _words(sentence):
                words[word] += mentions
    return out


def _similarity(words: frozenset[str], day: Counter[str]) -> float:
    """Cosine between a sentence's words (binary) and the day's word counts."""
    if not words or not day:
        return 0.0
    dot = sum(day.get(w, 0) for w in words)
    norm = math.sqrt(len(words)) * math.sqrt(sum(v * v for v in day.values()))
    return dot / norm if norm else 0.0


def _centrality(
    event: Event, day_words: Mapping[dt.date, Counter[str]], day_norms: Mapping[dt.date, float]
) -> float:
    day = day_words.get(event.start) if event.start == event.end else None
    if not day:
        return 0.0
    norm = day_norms[event.start]
    # each distinct sentence once: copies of one report repeat theirs
    return max(
        _cosine(_words(sentence), day, norm) for sentence in {m.sentence for m in event.mentions}
    )


def _day_sentences(
    events: Sequence[Event],
    documents: Sequence[Document],
    day_words: Mapping[dt.date, Counter[str]],
    days: Collection[dt.date] | None = None,
    leads: Mapping[str, Sequence[str]] | None = None,
) -> dict[dt.date, dict[str, frozenset[str]]]:
    """For each day, the sentences a summary of its events may take, each with its words: the
    leads of the articles published that day or the next (the next day's report tells what
    happened the day before) and the mention sentences dated exactly that day (cleaned of
    furniture only once chosen); the :data:`DAY_SENTENCES` most central to the day (a busy day
    has hundreds, and every event of it is summarised)."""
    out: dict[dt.date, dict[str, frozenset[str]]] = defaultdict(dict)
    exact_days = {e.start for e in events if e.start == e.end}
    days = exact_days if days is None else exact_days & set(days)
    for document in documents:
        if document.published is None:
            continue
        reported = [d for d in (document.published, document.published - _DAY) if d in days]
        if reported:
            known = (leads or {}).get(document.id)
            lead = {s: _words(s) for s in (lead_sentences(document) if known is None else known)}
            for day in reported:
                out[day].update(lead)
    for event in events:
        if event.start == event.end and event.start in days:
            for m in event.mentions:  # cleaned only once chosen: most never are
                out[event.start].setdefault(m.sentence, _words(m.sentence))
    central = {}
    for day, sentences in out.items():
        pool = day_words.get(day) or Counter()
        norm = math.sqrt(sum(v * v for v in pool.values()))
        ranked = sorted(sentences, key=lambda s: -_cosine(sentences[s], pool, norm))
        central[day] = {s: sentences[s] for s in ranked[:DAY_SENTENCES]}
    return central


_DAY = dt.timedelta(days=1)


def summarise(
    event: Event,
    day_words: Mapping[dt.date, Counter[str]] | None = None,
    day_sentences: Mapping[dt.date, Mapping[str, frozenset[str]]] | None = None,
    day_squares: Mapping[dt.date, int] | None = None,
) -> str:
    """One or two sentences of the sources that say what happened (at most ``SUMMARY_CHARS``):
    of the :data:`SUMMARY_CHOICES` most central to the event and its day, among its own mention
    sentences and the day's (``day_sentences``, with their words) that share a word with it, the
    one or two that say most in the words the day's reports share (:func:`_most_shared`)."""
    if not event.mentions:
        return event.label
    day = (day_words or {}).get(event.start) or Counter()
    own: Counter[str] = Counter()
    mine: dict[str, frozenset[str]] = {}
    for m in event.mentions:
        words = _words(m.sentence)
        own.update(words)
        mine[m.sentence] = words
    pool = _Sum(own, day)
    norm = pool.norm(_square(day) if day_squares is None else day_squares.get(event.start, 0))
    others = (day_sentences or {}).get(event.start, {}) if event.start == event.end else {}
    # The day's sentences that tell of what the label says: a poll taken on the day of a blast
    # is summed up by the poll, not by the blast.
    about = _words(event.label) or frozenset(own)
    sentences = mine | {s: w for s, w in others.items() if not w.isdisjoint(about)}
    centrality = {s: _cosine(w, pool, norm) for s, w in sentences.items()}
    ranked = sorted(sentences, key=lambda s: (-centrality[s], len(s)))[:SUMMARY_CHOICES]
    # cleaned only here: most sentences are never among the choices
    choices = list(dict.fromkeys(clean_sentence(s) for s in ranked))
    reports: Counter[str] = Counter()
    for sentence in sentences:
        reports.update(_token_set(sentence))
    return _most_shared(choices, reports) or clip(choices[0], SUMMARY_CHARS)


class _Sum:
    """Two word counts added, read without adding them: a busy day counts thousands of words,
    and each of its events is summarised against the day's counts plus its own."""

    __slots__ = ("day", "own")

    def __init__(self, own: Mapping[str, int], day: Mapping[str, int]) -> None:
        self.own, self.day = own, day

    def get(self, word: str, default: int = 0) -> int:
        return self.own.get(word, 0) + self.day.get(word, 0) or default

    def norm(self, day_square: int) -> float:
        """The sum's Euclidean norm, from the day's squared norm (``day_square``)."""
        day = self.day
        square = day_square + sum(
            (n + day.get(w, 0)) ** 2 - day.get(w, 0) ** 2 for w, n in self.own.items()
        )
        return math.sqrt(square)


def _square(counts: Mapping[str, int]) -> int:
    return sum(v * v for v in counts.values())


def _most_shared(choices: Sequence[str], reports: Mapping[str, int]) -> str:
    """Of ``choices`` (most central first), the one sentence or the pair (in that order) within
    ``SUMMARY_CHARS`` with most words the day's reports share (:func:`_shared_words`); "" if
    none fits. Measured on the seven gold timelines: AR-1 0.138 (the pair with the largest
    centrality times words, of the eight most central) -> 0.148, six of seven timelines up.

    >>> reports = {"the": 9, "rig": 6, "sank": 5, "on": 9, "friday": 5, "a": 9, "gull": 1}
    >>> _most_shared(["A gull sat on the rig.", "The rig sank on Friday."], reports)
    'A gull sat on the rig. The rig sank on Friday.'
    """
    counts = {s: Counter(_tokens(s)) for s in choices}
    alone = {s: _shared_words(c, reports) for s, c in counts.items()}
    best, value = "", 0.0
    for i, first in enumerate(choices):
        if len(first) > SUMMARY_CHARS:
            continue
        if alone[first] > value:
            best, value = first, alone[first]
        for second in choices[i + 1 :]:
            if len(first) + 1 + len(second) > SUMMARY_CHARS:
                continue
            if round(alone[first] + alone[second], 6) <= value:
                # a word's repeat never adds (:func:`_worth` gives less to each further use),
                # so the pair is worth at most its two sentences alone: it cannot win
                continue
            # the words both say count less the second time: only those need summing again
            a, b = counts[first], counts[second]
            repeat = math.fsum(  # the same in any order of the set
                _worth(reports.get(t, 0), a[t])
                + _worth(reports.get(t, 0), b[t])
                - _worth(reports.get(t, 0), a[t] + b[t])
                for t in a.keys() & b.keys()
            )
            v = round(alone[first] + alone[second] - repeat, 6)
            if v > value:
                best, value = f"{first} {second}", v
    return best


def _shared_words(counts: Mapping[str, int], reports: Mapping[str, int]) -> float:
    """How many of the words counted in ``counts`` are words of the day's reports: a word that
    :data:`SHARED_BY` of them write counts in full, one fewer report writes less; its second use
    counts half, its third a third (a repeat says less). Function words count: a report of what
    happened is written in them ("the", "of", "was"), and so is what the journalists write.

    >>> _shared_words(Counter(["the", "rig", "rig", "gull"]), {"the": 9, "rig": 5, "gull": 1})
    2.7
    """
    return round(sum(_worth(reports.get(t, 0), n) for t, n in counts.items()), 6)


@functools.lru_cache(maxsize=1 << 12)
def _worth(reports: int, uses: int) -> float:
    """What ``uses`` uses of a word that ``reports`` of the day's sentences write are worth."""
    return sum(min(1.0, reports / (SHARED_BY * k)) for k in range(1, uses + 1))


_TOKEN = re.compile(r"[a-z0-9]+")


@functools.lru_cache(maxsize=1 << 16)
def _token_set(sentence: str) -> frozenset[str]:
    # cached: a day's sentences are counted for each of the day's events
    return frozenset(_tokens(sentence))


@functools.lru_cache(maxsize=1 << 16)
def _tokens(sentence: str) -> tuple[str, ...]:
    """The sentence's words as the scorers of timelines count them: lower-case runs of letters
    and digits, function words kept."""
    return tuple(_TOKEN.findall(sentence.lower()))


def _cosine(words: frozenset[str], pool: Counter[str] | _Sum, norm: float) -> float:
    """:func:`_similarity` with the pool's norm computed once for all the sentences ranked."""
    if not words or not norm:
        return 0.0
    return sum(pool.get(w, 0) for w in words) / (math.sqrt(len(words)) * norm)


def clip(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, "…" marking the cut.

    >>> clip("one two three", 9)
    'one two…'
    """
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-")
    return cut + "…"
