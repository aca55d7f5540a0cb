"""Dates the text implies rather than states.

- A duration that starts at the anchor: "has arrived in Moscow for a four-day state visit" written on
  7 May is the visit of 7..10 May. The start is a day-grain date in the same sentence when there is
  one ("will begin a three-day visit on Monday"), else the publication date when the verb says the
  happening has begun ("has arrived", "arrives", "began", "is on").
- A duration counted back: "80 years since the defeat of Nazi Germany" in 2025 is the defeat, in
  1945. The count starts from a date in the same sentence ("on Friday … 80 years since") or else
  from the publication date. Year grain: the day is not implied.
- An anniversary: "the 80th anniversary of the Soviet victory" in 2025 dates the victory to 1945.
- A year that modifies a noun: "the 2022 'no limits' partnership" is the partnership, of 2022.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from dashboard.events.labels import RULES, make_label, noun_phrase_label, shorten
from dashboard.ingest.sentences import Sentence
from dashboard.model import Certainty, Document
from dashboard.temporal.types import Grain, Timex, TimexType

_STARTED = re.compile(
    r"\b(?:has|have)\s+(?:just\s+)?(?:arrived|begun|started|opened|landed|embarked|kicked\s+off)\b|"
    r"\b(?:arrives|arrived\s+today|begins|starts|opens|lands|kicks\s+off|is\s+on|are\s+on)\b",
    re.IGNORECASE,
)
_SINCE = re.compile(r"^\s+(?:since|after)\s+(?P<np>.+)$", re.IGNORECASE)
_ANNIVERSARY = re.compile(
    r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?P<np>[^.;:!?]+)", re.IGNORECASE
)
# Where a noun phrase stops: a clause mark, a relative word, a verb-like conjunction.
_NP_END = re.compile(
    r"[,;:!?()]"
    # a full stop, unless it closes an initial or a title ("U.S.", "Dr.", "Corp.")
    r"|(?-i:(?<![A-Z]))(?<!\bvs)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bCo)(?<!\bInc)"
    r"(?<!\bCorp)(?<!\bSt)(?<!\bJr)(?<!\bSen)(?<!\bGen)(?<!\bGov)(?<!\bRep)\.(?=\s|$)"
    r"|\s(?:that|which|who|whom|whose|when|where|while|because|as|and\s+(?:the\s+)?[a-z]+ed|is|"
    r"are|was|were|has|have|had|will|would)\s"
    # a second clause's subject: "last Tuesday's quake and another 1.5 million were made homeless"
    r"|\s+and\s+(?=(?:another|other|a\s+further|further|more|many|most|several|\d)\b)",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|whose|your|our|my)\s+$", re.IGNORECASE
)
# Words that cannot open the noun phrase a date modifies ("the 1970s in Asia", "a year ago").
_NOT_A_NOUN_WORDS = """in on at to for from by with of and or but as than that which who when where is are was
were has have had will would may might can could ago after before since until later
earlier said says ended ending ends began beginning begins"""  # "its fourth quarter ended Sept. 30"
_NOT_A_NOUN = frozenset(_NOT_A_NOUN_WORDS.split())
MAX_NP_WORDS = 9
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
_CLAUSE_AFTER = re.compile(r"^\s+(?:was|were|is|are|has|had|have|will|would|did)\b")
_DURATION = re.compile(r"^P(?P<n>\d+)(?P<unit>[DWY])$")


def duration_event(
    timex: Timex, sentence: Sentence, document: Document, timexes: Sequence[Timex]
) -> tuple[dt.date, dt.date, Certainty, str, str] | None:
    """(start, end, certainty, label, value) of the happening a duration dates, or None."""
    m = _DURATION.match(timex.value)
    if not m:
        return None
    n, unit = int(m.group("n")), m.group("unit")
    local_start, local_end = timex.start - sentence.start, timex.end - sentence.start
    after = sentence.text[local_end:]
    since = _SINCE.match(after)
    if unit == "Y" and since:
        ref = _reference_day(sentence, timexes, timex) or document.published
        if ref is None:
            return None
        rest = since.group("np")
        np = noun_phrase(rest)
        if not np:
            return None
        year = ref.year - n
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        if _CLAUSE_AFTER.match(rest[rest.find(np) + len(np) :]) or np.lower() in _PRONOUNS:
            # "one year after he was killed by a sniper": a clause, not a noun phrase
            label = shorten(re.split(r"[,;:]", rest, maxsplit=1)[0].strip(" ."))
        else:
            label = noun_phrase_label(np)
        return start, end, Certainty.APPROXIMATE, label, f"{year:04d}"
    if unit in "DW" and re.match(r"^[\s-]*\w", after) and _is_adjective(timex.text):
        days = n * (7 if unit == "W" else 1)
        start = _reference_day(sentence, timexes, timex, same_clause=True)
        if start is None and _STARTED.search(sentence.text):
            start = document.published
        if start is None:
            return None
        end = start + dt.timedelta(days=days - 1)
        label = make_label(sentence.text, local_start, local_end)
        return start, end, Certainty.RANGE, label, timex.value
    return None


def year_noun_phrase(sentence: str, start: int, end: int, timex_text: str) -> str | None:
    """The label of a noun phrase that a date modifies: "the 2022 'no limits' partnership", "the
    Aug. 7 bombings", "last Friday's blasts" (the date is the happening's, not the sentence's)."""
    possessive = re.match(r"^(?:'s|’s)\s+", sentence[end:])
    if possessive:
        end += possessive.end() - 1
    elif not _DETERMINER_BEFORE.search(sentence[:start]) or timex_text.lower().startswith("the "):
        return None
    rest = sentence[end:]
    first = re.match(r"^\s+[\"“'‘]?(?P<word>[\w-]+)", rest)
    if not first or first.group("word").lower() in _NOT_A_NOUN or first.group("word").isdigit():
        return None
    np = noun_phrase(rest)
    if not np or not re.search(r"[a-z]{3,}", np):
        return None
    return noun_phrase_label(np)


# Nouns that name a happening: "the slated visit of William Daley in September" is the visit's date.
EVENT_NOUNS = (
    "visit|trip|tour|meeting|summit|talks|conference|election|elections|vote|referendum|trial|"
    "hearing|parade|ceremony|funeral|rally|strike|deadline|launch|inauguration|wedding|opening|"
    "session|congress|festival|games|match|final|release|auction|sale"
)
_EVENT_NP_BEFORE = re.compile(
    r"\b(?P<np>(?:the|a|an|his|her|its|their)\s+(?P<mods>(?:[\w-]+\s+){0,2}?)"
    r"(?P<noun>" + EVENT_NOUNS + r")"
    r"(?P<complement>\s+(?:of|by|to|with|between)\s+[^,;:()\"`]{1,60}?)?)"
    r"\s+(?:in|on|at|during|by|around|until|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:slated|planned|scheduled|expected|upcoming|proposed|annual|next|first|second|final)\b",
    re.IGNORECASE,
)


def event_noun_phrase(sentence: str, start: int) -> str | None:
    """The label of a happening named by a noun the date follows: "the slated visit of U.S.
    Commerce Secretary William Daley in September" -> "Slated visit of William Daley". Only with
    a complement ("of X") or a word of planning ("the planned summit"), so that "formal talks on
    Thursday" keeps its fuller clause label ("Xi to meet Putin for formal talks").

    >>> event_noun_phrase("They discussed the slated visit of Commerce Secretary William Daley in "
    ...                   "September.", 71)
    'Slated visit of William Daley'
    """
    m = _EVENT_NP_BEFORE.search(sentence[:start])
    if not m or not (m.group("complement") or _PLANNED.search(m.group("mods") or "")):
        return None
    label = noun_phrase_label(m.group("np"))
    for name, pattern, replacement in RULES:
        if name.startswith(("title", "role")):
            label = pattern.sub(replacement, label)
    return label[:1].upper() + label[1:] if len(label.split()) >= 2 else None


def dates_a_noun_phrase(sentence: str, start: int, end: int) -> bool:
    """Whether the time expression at ``sentence[start:end]`` dates a noun phrase rather than its
    clause: "the April 20 explosion", "the visit of X in May", "80 years since the defeat of X",
    "the 80th anniversary of X" (the event is the noun phrase's, not the clause's).

    >>> dates_a_noun_phrase("Crowds marked 80 years since the defeat of Nazi Germany.", 14, 22)
    True
    """
    text = sentence[start:end]
    if re.search(r"\banniversary$", text) or (
        re.search(r"\byears?$", text) and _SINCE.match(sentence[end:])
    ):
        return True
    found = year_noun_phrase(sentence, start, end, text) or event_noun_phrase(sentence, start)
    return bool(found and len(found.split()) >= 2)


def anniversaries(
    sentences: Sequence[Sentence], document: Document, timexes: Sequence[Sequence[Timex]]
) -> list[tuple[Sentence, int, int, dt.date, dt.date, str]]:
    """(sentence, start, end of "Nth anniversary", interval, label) for each "Nth anniversary of X";
    ``timexes[i]`` are the expressions of ``sentences[i]``."""
    out = []
    for sentence, near in zip(sentences, timexes, strict=True):
        for m in _ANNIVERSARY.finditer(sentence.text):
            ref = _reference_day(sentence, near, None) or document.published
            np = noun_phrase(m.group("np"))
            if ref is None or not np:
                continue
            year = ref.year - int(m.group("n"))
            # The time expression as written is "80th anniversary": it dates the noun phrase.
            out.append(
                (
                    sentence,
                    m.start(),
                    m.start() + m.group().lower().index("anniversary") + len("anniversary"),
                    dt.date(year, 1, 1),
                    dt.date(year, 12, 31),
                    noun_phrase_label(np),
                )
            )
    return out


def noun_phrase(text: str) -> str:
    """The noun phrase that opens ``text``, up to a clause mark or a verb, at most a few words."""
    text = text.lstrip()
    stop = _NP_END.search(text)
    np = text[: stop.start()] if stop else text
    words = np.split()
    return " ".join(words[:MAX_NP_WORDS]).strip(" ,")


def _reference_day(
    sentence: Sentence, timexes: Sequence[Timex], exclude: Timex | None, *, same_clause=False
) -> dt.date | None:
    """A day-grain date in the same sentence (and clause: no comma between): the start a
    duration counts from."""
    for t in timexes:
        if t is exclude or not (sentence.start <= t.start < sentence.end):
            continue
        if same_clause and exclude is not None:
            a, b = sorted((t.start, exclude.start))
            if "," in sentence.text[a - sentence.start : b - sentence.start]:
                continue
        if (
            t.type in (TimexType.DATE, TimexType.TIME)
            and t.earliest is not None
            and t.earliest == t.latest
            and t.grain in (Grain.DAY, Grain.TIME, None)
        ):
            return t.earliest
    return None


def _is_adjective(text: str) -> bool:
    """ "four-day", "three day": a duration used before a noun."""
    return bool(re.search(r"[-\s](?:day|week)$", text.strip(), re.IGNORECASE))
