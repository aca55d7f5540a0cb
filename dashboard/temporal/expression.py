"""The recogniser's output: what an expression says, before it is placed on the calendar.

An :class:`Expression` is a description, not a date: "last Friday" is ``Kind.WEEKDAY`` with
``weekday=5, offset=-1``; "late August" is ``Kind.CALENDAR`` with ``month=8, mod="END"`` and no
year. :func:`dashboard.temporal.resolve.resolve` turns it into a value and an interval given an
anchor. Fields a kind does not use stay None.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dashboard.temporal.types import TimexType


class Kind(StrEnum):
    """How ``resolve`` reads an :class:`Expression`."""

    CALENDAR = "calendar"  # named calendar fields: year, month, day, season, quarter, decade…
    WEEKDAY = "weekday"  # a day of the week, placed by offset or tense
    RELATIVE = "relative"  # ``offset`` units from the anchor's own unit (this/last/next year…)
    SHIFT = "shift"  # ``amount`` units before/after the anchor ("three days ago")
    DURATION = "duration"  # a length of time ("four-day", "80 years")
    REFERENCE = "reference"  # PRESENT_REF, PAST_REF, FUTURE_REF
    SET = "set"  # a recurrence ("daily", "every week")
    SPAN = "span"  # from the anchor to the end/start of a period ("later this year")
    EITHER = "either"  # a disjunction: ``first`` or ``second`` ("late August or early September")


class Tense(StrEnum):
    """The tense of the clause around an expression: decides which way a bare "Friday" goes."""

    PAST = "past"
    FUTURE = "future"


@dataclass(frozen=True, slots=True)
class Expression:
    """An unresolved time expression (see the module docstring)."""

    kind: Kind
    type: TimexType = TimexType.DATE
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # ISO: Monday 1 … Sunday 7
    nth: int | None = None  # month+weekday: the n-th such weekday (-1: the last); unit Q: Qn
    season: str | None = None  # SP, SU, FA, WI
    quarter: int | None = None  # 1..4
    half: int | None = None  # 1..2
    decade: int | None = None  # 197 for the 1970s
    century: int | None = None  # 19 for the 20th century
    unit: str | None = None  # a key of lexicon.UNITS' values: D, W, M, Q, Y, DE, CE, H, MIN, S, WE
    offset: int | None = None  # whole units from the anchor's unit; None when the tense decides
    amount: float | None = None  # for durations and shifts; None means "some" (PXY)
    day_part: str | None = None  # MO, AF, EV, NI
    hour: int | None = None
    minute: int | None = None
    value: str | None = None  # a value given outright (PRESENT_REF, P1D for a set)
    mod: str | None = None  # START, MID, END, APPROX, BEFORE, AFTER, ON_OR_AFTER…
    tense: Tense | None = None  # the clause's tense, when the expression needs it
    first: Expression | None = None  # EITHER: the two alternatives; SPAN: the period
    second: Expression | None = None
    # placed relative to the date the text named last, not the anchor ("the following year")
    anaphoric: bool = False
    # anaphoric, but on the anchor when the text named no date before ("by mid-afternoon")
    or_anchor: bool = False
    year_offset: int | None = None  # the year counted from the anchor's ("October of next year")
    two_digit_year: int | None = None  # "'82", "3/4/09": the century is the one nearest the anchor
    holiday: str | None = None  # a moveable feast of :mod:`.calendars` ("easter", "ramadan")
    # "the same period last year": the period the text named last, ``offset`` years away
    same_period: bool = False
    latent: bool = False  # see ``Timex.latent``
    # "12/05/2024", "2/11": written month first, but the day may come first (both are 12 or
    # less); the resolver takes the day first when only that reading is near the anchor
    order_open: bool = False
    # the date has begun by the anchor, however far back that puts it ("since July" in March:
    # last July, not the July ahead)
    begun: bool = False
    # a shift to the very day ("one year ago today", "a month from today"): the anchor's day of
    # the month, that many months or years away
    to_the_day: bool = False
    # "Memorial Day weekend", "the Easter weekend": the weekend the holiday belongs to
    holiday_weekend: bool = False
    # "Thursday last week", "on Friday of next week": the weekday of the week this many weeks
    # from the anchor's
    week_offset: int | None = None
    # "two weeks from Friday": this many days after the day named
    days_after: int | None = None
