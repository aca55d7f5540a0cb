"""An outlet's repeated furniture: words that say how the page is made, not what happened.

Page stamps ("6 January 2011 Last updated at 12:45 GMT"), print notes ("This article appeared on
p20 of the Main section") and picture credits ("2010 Getty Images") survive the debris filter
when they run into a sentence. They are dated by the page's own publication date, and one outlet
writes them, word for word, on page after page of different days. Two such stamps share their
words, so they read alike and would merge two happenings of one day (or of one outlet).

The rule, by shape only: a run of three words (with at least two content words) that one source
writes right beside the time expression of mentions dated on (or within three days of) their own
page's day, dated ``MIN_DAYS`` or more different days, and not more often elsewhere, is that
source's furniture. Its words are taken out of the words those mentions are merged on; the
mentions themselves are kept as they are. A background sentence repeated from article to article
("the rig exploded on April 20") or a chronology repeated in the days after ("May 14 - Obama
slams the companies") keeps its own one date, so it is not furniture.

>>> import datetime as dt
>>> from dashboard.model import Certainty, Mention
>>> def m(day, text):
...     d = dt.date(2011, 1, day)
...     return Mention(f"d{day}", "Outlet", "x", text, "", d, d, Certainty.EXACT, 0, 14, d)
>>> news = {3: "Shares rose.", 4: "A report came out.", 5: "The chief quit."}
>>> stamps = [m(d, f"{d} January 2011 Last updated at 12:45 GMT Help {t}") for d, t in news.items()]
>>> sorted(furniture_words(stamps)[0])
['gmt', 'help', 'january', 'updated']
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Sequence

from dashboard.events.words import STOPWORDS, fold
from dashboard.model import Mention

MIN_DAYS = 3  # a phrase one outlet dates by its page on this many days is its furniture
SHINGLE = 3  # words in a run
NEAR = 40  # characters either side of the time expression that a stamp's words lie within
PAGE_DAYS = dt.timedelta(days=3)  # a page's stamps may be dated this far from its publication
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def furniture_words(mentions: Sequence[Mention]) -> list[frozenset[str]]:
    """For each mention, the folded words of its sentence that are its outlet's furniture
    (empty for most mentions)."""
    near = [_runs(_around_timex(m)) if _on_its_page_day(m) else () for m in mentions]
    days: dict[tuple[str, tuple[str, ...]], set] = defaultdict(set)
    for m, runs in zip(mentions, near, strict=True):
        for run in runs:
            days[(m.source, run)].add(m.start)
    stamped = {key for key, when in days.items() if len(when) >= MIN_DAYS}
    if not stamped:
        return [frozenset()] * len(mentions)
    elsewhere: dict[tuple[str, tuple[str, ...]], int] = defaultdict(int)
    sources = {source for source, _ in stamped}
    for m, runs in zip(mentions, near, strict=True):
        if m.source not in sources:
            continue  # an outlet with no stamp: its sentences need no reading
        for run in _runs(m.sentence):
            if (m.source, run) in stamped and run not in runs:
                elsewhere[(m.source, run)] += 1
    furniture = {key for key in stamped if elsewhere[key] <= len(days[key])}
    out = []
    for m, runs in zip(mentions, near, strict=True):
        found = {
            fold(word)
            for run in runs
            if (m.source, run) in furniture
            for word in run
            if word not in STOPWORDS
        }
        out.append(frozenset(found))
    return out


def _around_timex(m: Mention) -> str:
    """The words right around the time expression: where a stamp's words are."""
    return m.sentence[max(0, m.timex_start - NEAR) : m.timex_end + NEAR]


def _on_its_page_day(m: Mention) -> bool:
    """Dated on (or within ``PAGE_DAYS`` of) its page's day: a print note names the next day's
    paper."""
    if m.published is None:
        return False
    return m.start - PAGE_DAYS <= m.published <= m.end + PAGE_DAYS


@functools.lru_cache(maxsize=1 << 14)
def _runs(text: str) -> tuple[tuple[str, ...], ...]:
    # cached: a sentence with two dates is two mentions, and a story repeats its sentences
    words = [w.lower().strip("'’-") for w in _WORD.findall(text)]
    runs = {
        tuple(words[k : k + SHINGLE])
        for k in range(len(words) - SHINGLE + 1)
        if sum(w not in STOPWORDS for w in words[k : k + SHINGLE]) >= 2
    }
    return tuple(runs)
