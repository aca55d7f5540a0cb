"""Who a sentence's claim belongs to, and which time expressions date nothing of their own.

- :func:`attribution`: a claim a source reports on someone else's behalf ("Russian state
  television reported that…", "…, according to a Kremlin readout", "…, Gazprom said.") belongs to
  that someone, as reported by the source. The words are kept as written.
- :func:`counts_from_another_event`: "a day earlier", "two weeks later" count from another event,
  not from the publication date; resolved against the publication date they would be wrong, so
  they are left unanchored (dropped) unless the tagger placed them against the date named before
  (``refers_back``).
- :func:`names_a_day_only`: "the Victory Day parade … on May 8": a holiday's name used as a
  modifier, in a sentence that dates the thing otherwise, names the day it commemorates, not the
  day it happens.
- :func:`counts_from_its_day`: "Sunday", "today", "last week" say which day only near the day the
  article was written; a reporter names any other day by its date.
- :func:`dated_noun`: "the April 20 explosion", "Friday's parade": a date written before a noun
  dates that noun's happening, not the sentence's ("Obama, on his third trip since the April 20
  explosion").
- :func:`change_phrase`: "was brought forward to Wednesday", "postponed until June": the words that
  move a planned happening to a new date, for the change note.

>>> attribution("Negotiators will meet again in Beijing next week, Gazprom said.")
'Gazprom'
>>> attribution("The talks took place on Wednesday.")
''
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from dashboard.events.words import STOPWORDS
from dashboard.temporal.types import Grain, Timex, TimexType

_CALENDAR_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "tonight",
        "tomorrow",
        "yesterday",
    ]
)

_SAYS = (
    r"(?:reported|reports|said|says|announced|announces|claimed|claims|stated|states|indicated|"
    r"indicates|confirmed|confirms|told\s+(?:reporters|journalists|\w+))"
)
_NOT_A_CLAIMANT = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "this",
        "that",
        "there",
        "which",
        "who",
        "analysts",
        "it's",
    ]
)
_MAX_CLAIMANT_WORDS = 8
_WHO = r"(?P<who>[A-Za-z][^,;:.!?\"“”]{1,80}?)"
_PATTERNS = (
    re.compile(r",?\s*\baccording to " + _WHO + r"(?=[,;.]|$| and )", re.IGNORECASE),
    re.compile(r",?\s*\bas reported by " + _WHO + r"(?=[,;.]|$)", re.IGNORECASE),
    re.compile(
        r"^" + _WHO + r"(?:, (?:however|meanwhile|also|though|too),)? " + _SAYS + r"\s+that\b"
    ),
    re.compile(r", " + _WHO + r" " + _SAYS + r"(?=\.?[”\"]?\s*$)"),
)


def attribution(sentence: str) -> str:
    """Who the sentence reports as saying what it says, in its own words, or "" if no one but
    the source does. Pronouns and vague subjects ("he", "analysts") are no one in particular.

    >>> attribution("Most find the response poor, according to a Fox News poll released Thursday.")
    'a Fox News poll'
    """
    found = _claim(sentence)
    return found[0] if found else ""


def without_attribution(sentence: str) -> str:
    """The sentence without its attribution, so that who said it does not count as what happened.

    >>> without_attribution("They held talks on Wednesday, according to a Kremlin readout.")
    'They held talks on Wednesday.'
    """
    found = _claim(sentence)
    if not found:
        return sentence
    _, (a, b) = found
    return (sentence[:a] + sentence[b:]).strip()


_AUXILIARY = frozenset(["had", "has", "have", "would", "could", "will", "was", "were", "than"])
# When a claimant's words came out is no part of who it is: "a Fox News poll released Thursday" is
# "a Fox News poll", the same claimant as in a report that does not say when
_CLAIMANT_TAIL = re.compile(
    r"\s+(?:released|published|issued|conducted|posted|made\s+public|out)\b.*$", re.IGNORECASE
)


def _claim(sentence: str) -> tuple[str, tuple[int, int]] | None:
    for pattern in _PATTERNS:
        found = pattern.search(sentence)
        if found is None:
            continue
        who = _CLAIMANT_TAIL.sub("", found.group("who").strip())
        words = who.lower().split()
        if (
            not words
            or len(words) > _MAX_CLAIMANT_WORDS
            or who.lower() in _NOT_A_CLAIMANT
            or _AUXILIARY & set(words)
        ):
            continue
        a, b = found.span()
        if sentence[b - 1 : b] == ".":
            b -= 1  # keep the full stop
        return who, (a, b)
    return None


_NUMBER = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several|some)"
_COUNTING = re.compile(
    rf"^{_NUMBER}\s+(?:hour|day|night|week|month|year)s?\s+(?:earlier|later|before|after)$",
    re.IGNORECASE,
)


def counts_from_another_event(timex: Timex) -> bool:
    """Whether ``timex`` counts from some other event ("a day earlier", "two weeks later") and the
    tagger anchored it to the publication date all the same.

    >>> from dashboard.temporal.types import Timex, TimexType
    >>> counts_from_another_event(Timex(0, 13, "a day earlier", TimexType.DATE, "2025-05-09"))
    True
    """
    return not timex.refers_back and bool(_COUNTING.match(timex.text.strip()))


# Month names and their abbreviations: a dating that names one is read against the calendar,
# not against the day the article was written.
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])", re.IGNORECASE
)


def counts_from_its_day(expression: str) -> bool:
    """Whether a time expression as written names its day only from the day it was written:
    no number and no month ("Sunday", "today", "last week", "Tuesday night"). Such words are
    used for days near the publication date; any other day a reporter names by its date.

    >>> [counts_from_its_day(t) for t in ("Sunday", "last week", "May 2", "2 May", "1 hr ago")]
    [True, True, False, False, False]
    """
    return not any(ch.isdigit() for ch in expression) and not _MONTH.search(expression)


# A word after a date that the date qualifies: "the April 20 explosion", "Friday's parade"
_NOUN_AFTER = re.compile(r"(?P<possessive>['’]s)?\s+(?P<noun>[a-z][a-z-]+)")


def dated_noun(sentence: str, start: int, end: int) -> str | None:
    """The noun that the date at ``sentence[start:end]`` qualifies when written before it, or
    None when the date stands on its own ("exploded on April 20").

    >>> s = "Obama, on his third trip since the fatal April 20 explosion, met fishermen."
    >>> dated_noun(s, 41, 49), dated_noun("Friday's parade was long.", 0, 6)
    ('explosion', 'parade')
    >>> dated_noun("The rig exploded on April 20 and sank.", 20, 28) is None
    True
    """
    after = _NOUN_AFTER.match(sentence, end)
    if after is None or after.group("noun") in STOPWORDS:
        return None
    if after.group("possessive") or _DETERMINER_BEFORE.search(sentence, 0, start):
        return after.group("noun")
    return None


# "the April 20 explosion", "the fatal April 20 explosion": a determiner, at most one adjective
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)(?:\s+[a-z][a-z-]+)?\s+$", re.IGNORECASE)


def names_a_day_only(timex: Timex, text: str, timexes: Sequence[Timex]) -> bool:
    """A holiday's name ("Victory Day", "Independence Day") written before a noun ("parade",
    "celebrations") when the same sentence dates that noun with another day."""
    words = timex.text.split()
    if (
        timex.type != TimexType.DATE
        or timex.grain != Grain.DAY
        or any(ch.isdigit() for ch in timex.text)
        or not all(w[:1].isupper() for w in words)
    ):
        return False
    if _CALENDAR_WORDS & {w.lower().strip(".,") for w in words}:
        return False  # "Thursday", "May 8": a date, not a name
    after = text[timex.end : timex.end + 30].lstrip(" ").split(maxsplit=1)
    if not after or not after[0][:1].islower() or after[0].lower().strip(",.") in STOPWORDS:
        return False  # "on Victory Day,", "on Victory Day and": dates what it is said of
    stop = _sentence_end(text, timex.end)
    begin = _sentence_start(text, timex.start)
    return any(
        other is not timex
        and other.type == TimexType.DATE
        and other.grain in (Grain.DAY, Grain.TIME)
        and begin <= other.start
        and other.end <= stop
        and other.earliest != timex.earliest
        for other in timexes
    )


# "since the explosion on the rig on 20 April": a phrase opened by "since" or "after", with no
# verb of its own, closed by the date's preposition
_POINT_OF_REFERENCE = re.compile(
    r"\b(?:since|after|following)\s+(?:the|a|an|its|their|his|her|this|that)\s+"
    r"(?P<phrase>[^,;:()]{0,60}?)\s(?:on|in|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_HAS_A_VERB = re.compile(
    r"\b(?:[a-z]+ed|was|were|is|are|had|has|began|sank|blew|broke|struck|hit|fell|rose|took|made)\b"
)


def dates_a_point_of_reference(sentence: str, start: int) -> bool:
    """Whether the time expression at ``sentence[start:]`` dates what a phrase opened by "since"
    or "after" names, not what the sentence's clause says: "Oil has been spewing into the Gulf
    since the explosion on the rig on 20 April" dates the explosion; its clause tells of the
    spill. Such a sentence makes a poor headline for the explosion.

    >>> s = "Oil has been spewing into the Gulf since the explosion on the rig on 20 April."
    >>> dates_a_point_of_reference(s, s.index("20 April"))
    True
    >>> s = "Oil leaked after the rig exploded on 20 April."
    >>> dates_a_point_of_reference(s, s.index("20 April"))
    False
    """
    found = _POINT_OF_REFERENCE.search(sentence, max(0, start - 90), start)
    return found is not None and not _HAS_A_VERB.search(found.group("phrase"))


def describes_a_kind(timex: Timex, text: str) -> bool:
    """A century written as an adjective ("a 21st century problem", "nineteenth-century ethics",
    "twenty-first century technology"): it says what kind of thing the noun is, and dates no
    happening. "In the 21st century, we confront …" still dates what it says.

    >>> import datetime as dt
    >>> from dashboard.temporal import tag
    >>> text = "Drilling is a 19th century answer to a 21st century problem in the 21st century."
    >>> [(t.text, describes_a_kind(t, text)) for t in tag(text, dt.date(2010, 6, 3))]
    [('19th century', True), ('21st century', True), ('the 21st century', False)]
    """
    if timex.grain != Grain.CENTURY:
        return False
    after = _NOUN_AFTER.match(text, timex.end)
    return (
        after is not None
        and not after.group("possessive")
        and after.group("noun") not in STOPWORDS
        and text[timex.end : after.start("noun")].strip() == ""
    )


# The page speaking of itself: "The BBC is discontinuing this live update page for the night",
# "Tonight we'll be updating this page", "Sorry for the delays to the liveblog", "This article
# was updated at 1pm on 10 June", "The photograph on this page was updated in 2011".
_OF_THE_PAGE = re.compile(
    r"\b(?:this|our)\s+(?:live\s+)?(?:update\s+)?(?:page|live\s?blog|blog)\b"
    r"|\bthe\s+live\s?blog\b"
    r"|\bthis\s+(?:article|story|report|post)\s+(?:was|has\s+been|is\s+being)\s+"
    r"(?:updated|amended|corrected|changed|revised)\b",
    re.IGNORECASE,
)


def speaks_of_the_page(sentence: str) -> bool:
    """Whether ``sentence`` tells of the page it is on (its updates, its pauses, its editing),
    not of the news: its date dates no happening of the story.

    >>> speaks_of_the_page("2300 The BBC is discontinuing this live update page for the night.")
    True
    >>> speaks_of_the_page("This article was amended on 10 June 2010.")
    True
    >>> speaks_of_the_page("BP hopes to turn the page on the crisis by Friday.")
    False
    """
    return _OF_THE_PAGE.search(sentence) is not None


# A time restated in another zone, in brackets after the time it converts: "at 1930 CDT on 1
# June (0030 GMT 2 June)", "at 2200 (0300 GMT Saturday)". The bracket opens on a clock and a
# zone; the date in it is the same moment's, not a second happening.
_ZONE_RESTATED = re.compile(
    r"\(\s*\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?\s*)?"
    r"(?:GMT|UTC|BST|CET|CEST|EET|IST|JST|[ECMP][SD]T|AEST|AEDT|local\s+time)\b[^()]{0,40}\)"
)
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}(?:[:.]?\d{2}|\s*[ap]\.?m\.?)\b")
ZONE_RESTATED_REACH = 40  # characters before the bracket where the converted time is written


def restates_in_another_zone(timex: Timex, text: str) -> bool:
    """Whether ``timex`` sits in a bracket that gives the time before it in another zone.

    >>> import datetime as dt
    >>> from dashboard.temporal import tag
    >>> text = "It was cut at 1930 CDT on 1 June (0030 GMT 2 June). Talks end on 4 May (a Friday)."
    >>> [(t.text, restates_in_another_zone(t, text)) for t in tag(text, dt.date(2010, 6, 3))]
    [('1930 CDT', False), ('1 June', False), ('2 June', True), ('4 May', False), ('Friday', False)]
    """
    opening = text.rfind("(", max(0, timex.start - 30), timex.start)
    if opening < 0:
        return False
    bracket = _ZONE_RESTATED.match(text, opening)
    if bracket is None or bracket.end() < timex.end:
        return False
    return bool(_CLOCK_BEFORE.search(text, max(0, opening - ZONE_RESTATED_REACH), opening))


def _sentence_end(text: str, at: int) -> int:
    found = re.compile(r"[.!?](?:\s|$)|\n").search(text, at)
    return found.end() if found else len(text)


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), -1) + 1


_CHANGE = re.compile(
    r"\b(?P<verb>postponed|delayed|deferred|brought\s+forward|moved(?:\s+(?:up|forward|back))?|"
    r"rescheduled|pushed\s+back|put\s+off|advanced|put\s+back)\b"
    r"(?P<middle>[^.;]{0,40}?)\b(?:to|until|till|for)\s+(?:on\s+|the\s+)?$",
    re.IGNORECASE,
)
_MOVER_AFTER = re.compile(r"^[^.;,]{0,30}?\bby\s+(?P<who>[^,.;]{2,60})")


def change_phrase(sentence: str, start: int, end: int) -> str | None:
    """The words that move a happening to the date at ``sentence[start:end]``, or None when the
    date is not the target of a change.

    >>> s = "The signing, due on Friday, was brought forward to Wednesday by the ministry."
    >>> change_phrase(s, s.index("Wednesday"), s.index("Wednesday") + 9)
    'brought forward to Wednesday by the ministry'
    """
    head = sentence[max(0, start - 80) : start]
    found = _CHANGE.search(head)
    if found is None:
        return None
    phrase = head[found.start() :] + sentence[start:end]
    mover = _MOVER_AFTER.match(sentence[end:])
    if mover:
        phrase += sentence[end : end + mover.end()]
    return " ".join(phrase.split())


_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()  # noqa: SIM905
)


def forward_target(sentence: str, start: int, end: int, day, published):
    """The new date of a moved plan, named by its weekday alone ("brought forward to Wednesday"),
    lies ahead of the report: the past tense of "was moved" is the move's, not the date's. A
    weekday read before the publication date is taken a week on; anything else is kept.

    >>> import datetime as dt
    >>> s = "The signing was brought forward to Wednesday."
    >>> forward_target(s, 35, 44, dt.date(2025, 5, 28), dt.date(2025, 6, 3))
    datetime.date(2025, 6, 4)
    """
    if (
        published is None
        or day >= published
        or sentence[start:end].strip().lower() not in _WEEKDAYS
        or change_phrase(sentence, start, end) is None
    ):
        return day
    return day + dt.timedelta(days=7)


_SAYING = re.compile(
    r"\b(?:said|says|told|announced|announces|reported|confirmed|stated|added|acknowledged|"
    r"admitted|disclosed|revealed|warned|insisted|predicted|estimated)"
    r"(?:\s+(?:in|at)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:statement|interview|briefing|"
    r"conference|release|hearing|letter|note|filing))?"
    r"(?:\s+(?:the\s+)?(?:reporters|journalists|lawmakers|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}))?"
    r"\s+(?:(?:on|late|early|late\s+on|early\s+on)\s+)?$"
)


def dates_the_saying(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``sentence[start:end]`` is the day something was said ("BP said on
    Sunday", "Allen told reporters Tuesday", "said in a statement late on Monday"), written
    right after the verb of saying. What was said may have happened on another day.

    >>> s = "BP said on Sunday its crews had collected 22,750 barrels of oil on Saturday."
    >>> dates_the_saying(s, 11, 17), dates_the_saying(s, 68, 76)
    (True, False)
    >>> s = "The well was sealed on Sunday, officials said."
    >>> dates_the_saying(s, 23, 29)
    False
    """
    return bool(_SAYING.search(sentence[max(0, start - 80) : start]))
