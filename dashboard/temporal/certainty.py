"""How sure the tagger is of each reading, and the ranges its expressions make: pure functions over
what the recogniser built and where it was placed.

The confidence is a reader's weight, not a probability fitted to data: a date the text spells out
with its year is near certain; one whose year comes from the anchor a little less; one placed
against another date of the text, or by a tense guess, less again; a latent reading (a bare "May",
a bare number read as a year) about even.

>>> from dashboard.temporal.expression import Expression, Kind
>>> confidence(Expression(Kind.CALENDAR, year=2025, month=5, day=9), refers_back=False)
0.95
>>> confidence(Expression(Kind.CALENDAR, month=5, latent=True), refers_back=False)
0.5
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dashboard.temporal.expression import Expression, Kind
from dashboard.temporal.types import Timex, TimexType

# (what is known of the expression, its weight); the first that holds is taken
LATENT = 0.5
ERA = 0.4  # "1500 years ago" read to the century
REFERS_BACK = 0.7
TENSE_GUESS = 0.75  # a weekday or a month whose side of the anchor the clause's tense chose
YEAR_FROM_ANCHOR = 0.85  # "May 9": the year is the anchor's nearest
RELATIVE = 0.9  # "last week", "three days ago"
SPELLED_OUT = 0.95  # "May 9, 2025"
VAGUE = 0.6  # PRESENT_REF, "recent years"


def confidence(expression: Expression, *, refers_back: bool, era: bool = False) -> float:
    """The weight of one reading (see the module docstring)."""
    e = expression
    if e.latent:
        return LATENT
    if era:
        return ERA
    if refers_back:
        return REFERS_BACK
    if e.kind in (Kind.REFERENCE, Kind.SPAN):
        return VAGUE
    if e.kind in (Kind.DURATION, Kind.SET, Kind.RELATIVE, Kind.SHIFT):
        return RELATIVE
    if e.kind is Kind.EITHER:
        return YEAR_FROM_ANCHOR
    if e.year is not None or e.decade is not None or e.century is not None:
        return SPELLED_OUT
    if e.tense is not None and (e.kind is Kind.WEEKDAY or e.day is None or e.month is None):
        return TENSE_GUESS  # ("on the 3rd": the month too is a guess)
    return YEAR_FROM_ANCHOR


# What joins the two ends of a range: a dash or "through" always; a word after "from" or "between"
_RANGE_DASH = re.compile(r"\s?[-–]\s?")
_RANGE_WORDS = re.compile(r"\s(?:to|until|till|through|thru|and)\s")
_RANGE_THROUGH = re.compile(r"\s(?:through|thru)\s")  # "March 5 through 8" needs no "from"
_RANGE_OPENER = re.compile(r"(?:\bfrom|\bbetween)\s$", re.IGNORECASE)
_DATED = (TimexType.DATE, TimexType.TIME)


def _joins(text: str, first: Timex, second: Timex) -> bool:
    if not (
        first.type in _DATED
        and second.type in _DATED
        and first.earliest is not None
        and second.latest is not None
        and first.earliest <= second.latest
        and first.value[:1].isdigit()
        and second.value[:1].isdigit()
    ):
        return False
    between = text[first.end : second.start]
    if _RANGE_DASH.fullmatch(between) or _RANGE_THROUGH.fullmatch(between):
        return True
    return bool(
        _RANGE_WORDS.fullmatch(between)
        and _RANGE_OPENER.search(text, max(0, first.start - 10), first.start)
    )


_WEEKDAY_NAME = re.compile(
    r"(?:(?:late|early|later|earlier)\s+(?:on\s+)?)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?:\s+(?:night|morning|evening|afternoon))?",
    re.IGNORECASE,
)
# Two days a writer gives as alternatives: "by Thursday or Friday", "late Sunday or early Monday"
_EITHER_WORD = re.compile(r",?\s+or\s+")


def _weekday_end_forward(text: str, first: Timex, second: Timex) -> Timex | None:
    """The second day of a range of weekdays, or of two weekdays given as alternatives, a week
    on when the tense put it before the first ("will run from Monday to Wednesday", written on a
    Wednesday: the Monday ahead, and so the Wednesday after it, not today; "usable by Thursday or
    Friday", written on a Wednesday: this Friday, not last); None when the pair is no such pair."""
    if not (
        first.type in _DATED
        and second.type in _DATED
        and _WEEKDAY_NAME.fullmatch(first.text)
        and _WEEKDAY_NAME.fullmatch(second.text)
        and first.earliest is not None
        and second.earliest is not None
        and second.earliest < first.earliest
        and second.refers_back is False
    ):
        return None
    between = text[first.end : second.start]
    if not (
        _RANGE_DASH.fullmatch(between)
        or _RANGE_THROUGH.fullmatch(between)
        or _EITHER_WORD.fullmatch(between)
        or (
            _RANGE_WORDS.fullmatch(between)
            and _RANGE_OPENER.search(text, max(0, first.start - 10), first.start)
        )
    ):
        return None
    day = second.earliest + dt.timedelta(days=7)
    if not first.earliest < day <= first.earliest + dt.timedelta(days=6):
        return None
    # the part of the day stays: "2010-07-18TNI"
    return replace(second, value=day.isoformat() + second.value[10:], earliest=day, latest=day)


_WRITTEN_YEAR = re.compile(r"\d{4}|['’]\d\d")
_MONTH_OR_DAY_VALUE = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _date_end_forward(
    text: str, first: Timex, second: Timex, anchor: dt.date | None
) -> Timex | None:
    """The end of a range of dates a year on, when its year, not written, put it before a start
    that lies ahead ("the season runs from June 1 to the end of November", written in May: this
    November, not last); None when the pair is no such range. (A range begun in the past, "from
    April to March" of a fiscal year, may rather begin a year earlier: left as it is.)"""
    if not (
        anchor is not None
        and first.type is TimexType.DATE
        and first.earliest is not None
        and first.earliest > anchor
        and _DAY_VALUE.fullmatch(first.value)  # a day ahead ("from June 1"); a month's year is
        # less sure ("the loss from April to June" of a November report)
        and second.type is TimexType.DATE
        and second.earliest is not None
        and second.latest is not None
        and second.latest < first.earliest
        and second.refers_back is False
        and _MONTH_OR_DAY_VALUE.fullmatch(second.value)
        and not _WRITTEN_YEAR.search(second.text)
        and _RANGE_WORDS.fullmatch(text[first.end : second.start])
        and _RANGE_OPENER.search(text, max(0, first.start - 10), first.start)
    ):
        return None
    earliest, latest = _years_on(second.earliest, 1), _years_on(second.latest, 1)
    if latest < first.earliest:
        return None  # more than a year apart: no range read this way
    value = f"{int(second.value[:4]) + 1:04d}{second.value[4:]}"
    if value.endswith("-02-29"):
        value = value[:-2] + "28"
    return replace(second, value=value, earliest=earliest, latest=latest)


# What joins two dates that share the year written after the second ("between March and April
# 2009", "from May 3 to June 4, 2009", "in March or April 2009"): a range's words or an "or"
_NAMED_YEAR = re.compile(r"\d{4}|['’]\d\d|\b(?:last|this|next)\s+year\b", re.IGNORECASE)
_SHARED_YEAR_WORDS = re.compile(r"\s?[-–]\s?|\s(?:to|until|till|through|thru|and|or)\s")


def _years_on(day: dt.date, years: int) -> dt.date:
    """``day`` that many years on (back, when negative); 29 February falls on the 28th."""
    return day.replace(year=day.year + years, day=min(day.day, 28) if day.month == 2 else day.day)


def _start_in_the_ends_year(text: str, first: Timex, second: Timex) -> Timex | None:
    """The first of two dates joined as a range or as alternatives, in the year written after
    the second when none is written after it: "between March and April 2009" is March 2009, not
    the March nearest the anchor; "from December to March 2010" is December 2009. None when the
    pair is no such pair, or the year is already that one."""
    if not (
        first.type is TimexType.DATE
        and second.type is TimexType.DATE
        and first.earliest is not None
        and first.latest is not None
        and second.earliest is not None
        and not first.refers_back
        and _MONTH_OR_DAY_VALUE.fullmatch(first.value)
        and _MONTH_OR_DAY_VALUE.fullmatch(second.value)
        and not _WRITTEN_YEAR.search(first.text)
        and _NAMED_YEAR.search(second.text)
        and _SHARED_YEAR_WORDS.fullmatch(text[first.end : second.start])
    ):
        return None
    year = second.earliest.year
    if first.value[5:] > second.value[5 : len(first.value)]:
        year -= 1  # "from December to March 2010": the December before
    shift = year - first.earliest.year
    if shift == 0:
        return None
    return replace(
        first,
        value=f"{year:04d}{first.value[4:]}",
        earliest=_years_on(first.earliest, shift),
        latest=_years_on(first.latest, shift),
    )


def with_ranges(
    text: str, timexes: list[Timex | None], anchor: dt.date | None = None
) -> list[Timex | None]:
    """``timexes`` (in text order; None for spans that are not time) with each pair that makes a
    range ("from 9 to 11 May", "1960-1961") given the range's whole interval. With the
    ``anchor``, the end of a range ahead whose year the anchor gave is put after its start.

    >>> t1 = Timex(0, 4, "1960", TimexType.DATE, "1960", None, dt.date(1960, 1, 1),
    ...            dt.date(1960, 12, 31))
    >>> t2 = Timex(5, 9, "1961", TimexType.DATE, "1961", None, dt.date(1961, 1, 1),
    ...            dt.date(1961, 12, 31))
    >>> str(with_ranges("1960-1961", [t1, t2])[0].range_latest)
    '1961-12-31'
    """
    result = list(timexes)
    previous: int | None = None
    for index, timex in enumerate(result):
        if timex is None:
            continue
        if previous is not None:
            first = result[previous]
            assert first is not None
            first = _start_in_the_ends_year(text, first, timex) or first
            result[previous] = first
            timex = (
                _weekday_end_forward(text, first, timex)
                or _date_end_forward(text, first, timex, anchor)
                or timex
            )
            result[index] = timex
            if _joins(text, first, timex):
                earliest, latest = first.earliest, timex.latest
                assert earliest is not None and latest is not None
                result[previous] = replace(first, range_earliest=earliest, range_latest=latest)
                result[index] = replace(timex, range_earliest=earliest, range_latest=latest)
        previous = index
    return result


def a_year_earlier(timex: Timex, start: int, end: int, text: str) -> Timex | None:
    """``timex`` (a period the text named, finer than a year) moved one year back, as the span
    ``text[start:end]`` ("the same period last year")."""
    if timex.earliest is None or timex.latest is None or not timex.value[:4].isdigit():
        return None

    value = f"{int(timex.value[:4]) - 1:04d}{timex.value[4:]}"
    return replace(
        timex,
        start=start,
        end=end,
        text=text[start:end],
        value=value,
        mod=None,
        earliest=_years_on(timex.earliest, -1),
        latest=_years_on(timex.latest, -1),
        refers_back=True,
        confidence=REFERS_BACK,
        range_earliest=None,
        range_latest=None,
    )
