"""Place an unresolved :class:`Expression` on the calendar, given the anchor date.

``resolve(expression, anchor)`` is pure: the anchor is the only "now". It returns a
:class:`Resolution` (type, TIMEX3 value, mod, inclusive interval and grain), or None when the
expression names no real date ("February 30").

Conventions (each one a choice an analyst would make; tests pin them):
- Parts of a period are thirds: "early" the first third, "mid" the second, "late"/"the end of"
  the last ("late August" 21..31, "early September" 1..10). Years are cut into 4-month thirds,
  decades into 0-3 / 4-6 / 7-9. The value stays the whole period; the mod says which part.
- A year left out ("May 9", "in January") is chosen by the clause's tense: past -> the latest
  such date that starts on or before the anchor; future -> the earliest that ends on or after it;
  no tense -> the one nearest the anchor.
- Weekdays: past tense -> on or before the anchor, future -> on or after, none -> the nearest.
  "last Friday" is the latest Friday before the anchor, "next Monday" the first after it.
- Seasons are meteorological (summer = June..August); winter Y runs from December Y to February Y+1.
- A quarter named without a year ("the fourth quarter") is the anchor year's, unless a
  past-tense clause reports it and it has not begun by the anchor: then the year before.
- "The quarter" of a business report is the calendar quarter its lead named ("third-quarter
  profit"), the latest such one over by the anchor; with none named, the last completed quarter.
- PAST_REF is bounded above by the anchor, FUTURE_REF below by it; PRESENT_REF is the anchor day.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace

from dashboard.temporal.calendars import BANK_HOLIDAY_MONDAYS, moveable_interval
from dashboard.temporal.expression import Expression, Kind, Tense
from dashboard.temporal.types import Grain, TimexType

MIN_YEAR, MAX_YEAR = 1, 9998  # dt.date's range, one year of margin for "next year"

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # 14 = next February

UNIT_GRAIN = {
    "D": Grain.DAY, "W": Grain.WEEK, "WE": Grain.WEEK, "M": Grain.MONTH, "Q": Grain.QUARTER,
    "Y": Grain.YEAR, "DE": Grain.DECADE, "CE": Grain.CENTURY,
}  # fmt: skip

# A day of the month named without its month ("on the 15th") is looked for this many months
# either side of the anchor's ("Tuesday the 13th" may be some months away)
DAY_OF_MONTH_REACH = 6

# A shift this many years or more back ("1500 years ago") is read to the century, approximately;
# a shorter one is the year it names ("founded 150 years ago", "sank 100 years ago": news counts
# anniversaries to the year)
ERA_YEARS = 1000

# A quarter whose results are told lies at most this far ahead (else it is last year's)
HALF_A_YEAR_DAYS = 182

# The tense picks a date up to TENSE_REACH times as far as the nearest one (plus some slack).
TENSE_REACH, TENSE_SLACK_DAYS = 3, 14

# Fractions of a unit become whole numbers of a smaller one ("2.5 years" -> P30M).
SMALLER_UNIT = {"Y": ("M", 12), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}
# How far a vague future or past span ("the coming days", "recent years") reaches: (days, months).
VAGUE_REACH = {
    "S": (0, 0), "MIN": (0, 0), "H": (1, 0), "D": (10, 0), "W": (42, 0), "WE": (42, 0),
    "M": (0, 6), "Q": (0, 12), "Y": (0, 36), "DE": (0, 360), "CE": (0, 1200),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Resolution:
    """An expression placed on the calendar."""

    type: TimexType
    value: str
    mod: str | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    grain: Grain | None = None


def resolve(expression: Expression, anchor: dt.date) -> Resolution | None:
    """Turn ``expression`` into a value and an interval relative to ``anchor``.

    >>> from dashboard.temporal.expression import Expression, Kind
    >>> r = resolve(Expression(Kind.CALENDAR, month=8, mod="END"), dt.date(2025, 5, 7))
    >>> r.value, r.mod, r.earliest.isoformat(), r.latest.isoformat()
    ('2025-08', 'END', '2025-08-21', '2025-08-31')
    """
    try:
        return _RESOLVERS[expression.kind](expression, anchor)
    except (ValueError, OverflowError):
        return None  # a date outside the calendar ("February 30", year 0)


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_interval(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, _last_day(year, month))


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The n-th ``weekday`` of a month (nth -1: the last): Thanksgiving is (11, 4, 4)."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year, month, _last_day(year, month))
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.isoweekday() - 1)


def _week_value(day: dt.date) -> str:
    iso_year, week, _ = day.isocalendar()
    return f"{iso_year:04d}-W{week:02d}"


def _third(start: dt.date, end: dt.date, mod: str | None, grain: Grain) -> tuple[dt.date, dt.date]:
    """The part of [start, end] a START/MID/END mod picks (see the module docstring)."""
    if mod not in ("START", "MID", "END"):
        return start, end
    if grain in (Grain.YEAR, Grain.DECADE, Grain.CENTURY, Grain.HALF):
        # whole months (years) or whole years (decades, centuries)
        if grain == Grain.DECADE or grain == Grain.CENTURY:
            span = end.year - start.year + 1
            cut1, cut2 = start.year + round(span * 0.4), start.year + round(span * 0.7)
            if mod == "START":
                return start, dt.date(cut1 - 1, 12, 31)
            if mod == "MID":
                return dt.date(cut1, 1, 1), dt.date(cut2 - 1, 12, 31)
            return dt.date(cut2, 1, 1), end
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        step = max(months // 3, 1)
        y1, m1 = _add_months(start.year, start.month, step)
        y2, m2 = _add_months(start.year, start.month, 2 * step)
        if mod == "START":
            return start, dt.date(y1, m1, 1) - dt.timedelta(days=1)
        if mod == "MID":
            return dt.date(y1, m1, 1), dt.date(y2, m2, 1) - dt.timedelta(days=1)
        return dt.date(y2, m2, 1), end
    days = (end - start).days + 1
    step = days // 3
    if step == 0:
        return start, end
    if mod == "START":
        return start, start + dt.timedelta(days=step - 1)
    if mod == "MID":
        return start + dt.timedelta(days=step), start + dt.timedelta(days=2 * step - 1)
    return start + dt.timedelta(days=2 * step), end


def _choose(
    candidates: list[tuple[dt.date, dt.date]],
    anchor: dt.date,
    tense: Tense | None,
    reach: float | None = None,
) -> int:
    """Index of the candidate interval the tense points at (candidates in time order).

    With a ``reach``, the tense wins unless the date it points at is more than ``reach`` times
    as far as the nearest one: news writes about the near past and future, and a past-tense
    clause can still announce a date ("the dividend, the company said, is payable Dec. 15").
    """

    def distance(interval: tuple[dt.date, dt.date]) -> int:
        start, end = interval
        if start <= anchor <= end:
            return 0
        return min(abs((start - anchor).days), abs((end - anchor).days))

    nearest = min(range(len(candidates)), key=lambda i: distance(candidates[i]))
    chosen: int | None = None
    if tense is Tense.PAST:
        before = [i for i, (start, _) in enumerate(candidates) if start <= anchor]
        chosen = before[-1] if before else None
    elif tense is Tense.FUTURE:
        after = [i for i, (_, end) in enumerate(candidates) if end >= anchor]
        chosen = after[0] if after else None
    if chosen is None:
        return nearest
    if reach is not None and distance(candidates[chosen]) > (
        reach * distance(candidates[nearest]) + TENSE_SLACK_DAYS
    ):
        return nearest
    return chosen


def _clock(e: Expression) -> str | None:
    if e.hour is not None:
        return f"T{e.hour:02d}:{e.minute or 0:02d}"
    if e.day_part:
        return f"T{e.day_part}"
    return None


def _day(e: Expression, day: dt.date, mod: str | None = None) -> Resolution:
    """A single day, with a time of day when the expression has one."""
    clock = _clock(e)
    if clock:
        return Resolution(
            TimexType.TIME, day.isoformat() + clock, mod or e.mod, day, day, Grain.TIME
        )
    return Resolution(e.type, day.isoformat(), mod or e.mod, day, day, Grain.DAY)


# ---------------------------------------------------------------------------------------------
# One resolver per kind


# Where a holiday's weekend lies, by the holiday's weekday (Monday 0): the weekend before a
# Monday or Tuesday holiday ("Memorial Day weekend"), the one after a holiday late in the week
# ("Thanksgiving weekend", "Good Friday"), its own when it falls on one
_SATURDAY_FROM = {0: -2, 1: -3, 2: 3, 3: 2, 4: 1, 5: 0, 6: -1}


def _holiday_weekend(day: dt.date) -> tuple[str, dt.date, dt.date, Grain]:
    """ "Memorial Day weekend": the holiday's weekend, valued as its ISO week's (``-WE``), its
    interval the weekend with the holiday (a long weekend)."""
    saturday = day + dt.timedelta(days=_SATURDAY_FROM[day.weekday()])
    start, end = min(day, saturday), max(day, saturday + dt.timedelta(days=1))
    return _week_value(saturday) + "-WE", start, end, Grain.WEEK


def _calendar_interval(e: Expression, year: int) -> tuple[str, dt.date, dt.date, Grain]:
    """Value, interval and grain of a calendar expression once its year is known."""
    if e.holiday_weekend:
        _, day, _, _ = _calendar_interval(replace(e, holiday_weekend=False, unit=None), year)
        return _holiday_weekend(day)
    if e.holiday is not None:
        found = moveable_interval(e.holiday, year)
        if found is None:
            raise ValueError(f"no table row for {e.holiday} in {year}")
        start, end = found
        if e.unit == "W":
            week = _week_start(start)
            return _week_value(start), week, week + dt.timedelta(days=6), Grain.WEEK
        if start == end:
            return start.isoformat(), start, end, Grain.DAY
        middle = start + (end - start) / 2  # Ramadan: the month that holds most of it
        return f"{middle.year:04d}-{middle.month:02d}", start, end, Grain.MONTH
    if e.month is not None and e.day is not None:
        day = dt.date(year, e.month, e.day)
        if e.unit == "W":  # "the week of March 6"
            start = _week_start(day)
            return _week_value(day), start, start + dt.timedelta(days=6), Grain.WEEK
        if e.unit == "WE":  # "the weekend of May 17": the weekend of the day's ISO week
            saturday = _week_start(day) + dt.timedelta(days=5)
            return _week_value(day) + "-WE", saturday, saturday + dt.timedelta(days=1), Grain.WEEK
        return day.isoformat(), day, day, Grain.DAY
    if e.month is not None and e.unit == "W" and e.nth is not None:  # "the first week of June"
        last = _last_day(year, e.month)
        first_day = last - 6 if e.nth < 0 else min(7 * (e.nth - 1) + 1, last - 6)
        start = dt.date(year, e.month, first_day)
        # its value is the ISO week that holds most of its seven days (the middle one's)
        middle = start + dt.timedelta(days=3)
        return _week_value(middle), start, start + dt.timedelta(days=6), Grain.WEEK
    if e.month is not None and e.weekday is not None and e.nth is not None:
        day = _nth_weekday(year, e.month, e.weekday, e.nth)
        return day.isoformat(), day, day, Grain.DAY
    if e.month is not None:
        start, end = _month_interval(year, e.month)
        return f"{year:04d}-{e.month:02d}", start, end, Grain.MONTH
    if e.quarter is not None:
        start = dt.date(year, 3 * e.quarter - 2, 1)
        end = _month_interval(year, 3 * e.quarter)[1]
        return f"{year:04d}-Q{e.quarter}", start, end, Grain.QUARTER
    if e.half is not None:
        start = dt.date(year, 6 * e.half - 5, 1)
        end = _month_interval(year, 6 * e.half)[1]
        return f"{year:04d}-H{e.half}", start, end, Grain.HALF
    if e.season is not None:
        first, last = SEASON_MONTHS[e.season]
        start = dt.date(year, first, 1)
        end_year, end_month = _add_months(year, 1, last - 1)
        return (
            f"{year:04d}-{e.season}",
            start,
            _month_interval(end_year, end_month)[1],
            Grain.SEASON,
        )
    return f"{year:04d}", dt.date(year, 1, 1), dt.date(year, 12, 31), Grain.YEAR


def _resolve_day_of_month(e: Expression, anchor: dt.date) -> Resolution | None:
    """ "on the 15th", "Tuesday the 13th", "the 20th of next month": a day whose month the text
    leaves out. ``offset`` counts months from the anchor's when given ("of next month"); else the
    months around the anchor in which the day exists (and is the weekday given) are the
    candidates, and the tense chooses among them as for a date without its year."""
    assert e.day is not None
    reach = DAY_OF_MONTH_REACH
    offsets = [e.offset] if e.offset is not None else list(range(-reach, reach + 1))
    days = []
    for months in offsets:
        year, month = _add_months(anchor.year, anchor.month, months)
        if not MIN_YEAR <= year <= MAX_YEAR or e.day > _last_day(year, month):
            continue
        day = dt.date(year, month, e.day)
        if e.weekday is None or day.isoweekday() == e.weekday:
            days.append(day)
    if not days:
        return None
    # the months are a few weeks apart: the tense decides ("will arrive on the 3rd" is next
    # month's, even a few days after the 3rd)
    chosen = days[_choose([(day, day) for day in days], anchor, e.tense)]
    return _day(e, chosen)


# A numeric date that may be read day first ("12/05/2024" posted on 20 May 2024) is read so
# only when that reading is near the anchor and the month-first one is not, or is on the other
# side of the anchor from the clause's tense ("results from 10/09/2023 are in", on 14 September)
DAY_FIRST_NEAR_DAYS = 31
MONTH_FIRST_FAR_DAYS = 60


def _distance(resolution: Resolution, anchor: dt.date) -> int:
    start, end = resolution.earliest, resolution.latest
    if start is None or end is None or start <= anchor <= end:
        return 0
    return min(abs((start - anchor).days), abs((end - anchor).days))


def _resolve_numeric_order(e: Expression, anchor: dt.date) -> Resolution | None:
    written = _resolve_calendar(replace(e, order_open=False), anchor)
    if e.day == e.month:
        return written
    swapped = _resolve_calendar(replace(e, order_open=False, month=e.day, day=e.month), anchor)
    if written is None or swapped is None or _distance(swapped, anchor) > DAY_FIRST_NEAR_DAYS:
        return written
    if _distance(written, anchor) > MONTH_FIRST_FAR_DAYS:
        return swapped
    past, ahead = (
        swapped.earliest <= anchor < written.earliest,
        written.latest < anchor <= swapped.latest,
    )  # type: ignore[operator]
    if (e.tense is Tense.PAST and past) or (e.tense is Tense.FUTURE and ahead):
        return swapped
    return written


def _resolve_calendar(e: Expression, anchor: dt.date) -> Resolution | None:
    if e.holiday == "eid":
        return _resolve_one_of(e, anchor, ("eid al-fitr", "eid al-adha"))
    if e.holiday == "bank holiday monday":
        return _resolve_one_of(e, anchor, BANK_HOLIDAY_MONDAYS)
    if e.order_open:
        return _resolve_numeric_order(e, anchor)
    if e.day is not None and e.month is None and e.year is None and e.holiday is None:
        return _resolve_day_of_month(e, anchor)
    if e.century is not None:
        first = max(e.century * 100, MIN_YEAR)
        start, end = dt.date(first, 1, 1), dt.date(e.century * 100 + 99, 12, 31)
        start, end = _third(start, end, e.mod, Grain.CENTURY)
        return Resolution(e.type, f"{e.century:02d}", e.mod, start, end, Grain.CENTURY)
    if e.decade is not None:
        first = max(e.decade * 10, MIN_YEAR)
        start, end = dt.date(first, 1, 1), dt.date(e.decade * 10 + 9, 12, 31)
        start, end = _third(start, end, e.mod, Grain.DECADE)
        return Resolution(e.type, f"{e.decade:03d}", e.mod, start, end, Grain.DECADE)
    if e.year is not None:
        if not MIN_YEAR <= e.year <= MAX_YEAR:
            return None
        year = e.year
    elif e.year_offset is not None:  # "October of next year"
        year = anchor.year + e.year_offset
    elif e.two_digit_year is not None:  # "'82", "3/4/09": no later than ten years ahead
        year = (anchor.year // 100) * 100 + e.two_digit_year
        if year > anchor.year + 10:
            year -= 100
    elif e.quarter is not None or e.half is not None:
        # business news: "the third quarter" is this year's; an offset counts whole years
        year = anchor.year + (e.offset or 0)
        if e.offset is None and e.quarter is not None and e.tense is not None:
            # results reported in the past are of a quarter begun by then ("said profit for the
            # fourth quarter fell", in January: last year's)
            _, start, end, _ = _calendar_interval(e, year)
            if e.tense is Tense.PAST and start > anchor:
                year -= 1
        if e.offset is None and e.quarter is not None and e.begun:
            # a quarter's results told in its first months of the year after ("will report
            # fourth-quarter results next week", in January): the quarter just over, not one
            # more than half a year ahead
            _, start, _, _ = _calendar_interval(e, year)
            if (start - anchor).days > HALF_A_YEAR_DAYS:
                year -= 1
    else:
        years = [anchor.year - 1, anchor.year, anchor.year + 1]
        if e.month is not None and e.day is not None and e.month == 2 and e.day == 29:
            years = [y for y in range(anchor.year - 4, anchor.year + 5) if calendar.isleap(y)]
        if e.weekday is not None and e.day is not None and e.month is not None:
            # "Tuesday, May 3": the years in which May 3 is a Tuesday, if one of them is near
            years = [y for y in years if _weekday_of(y, e.month, e.day) == e.weekday] or years
        candidates = []
        for y in years:
            _, start, end, grain = _calendar_interval(e, y)
            candidates.append(_third(start, end, e.mod, grain))
        if e.offset == -1:  # "last April": the latest one over before the anchor
            over = [i for i, (_, end) in enumerate(candidates) if end < anchor]
            # (in January "last winter" is the one before the winter under way)
            year = years[over[-1]] if over else years[0] - 1
        elif e.offset == 1:  # "next April": the first one to begin after the anchor
            ahead = [i for i, (start, _) in enumerate(candidates) if start > anchor]
            year = years[ahead[0] if ahead else -1]
        elif e.offset == 0:  # "this April", "this summer": the anchor's own year
            year = anchor.year
            if e.season == "WI" and anchor.month <= 2:
                year -= 1  # in February, "this winter" began last December
        else:
            # a month of a future-tense clause is ahead however far ("will fly in February");
            # past-tense clauses also report plans ("said it expects a deal in January")
            # and "since July" has begun, however far back
            sure = (e.tense is Tense.FUTURE and e.day is None) or e.begun
            tense = Tense.PAST if e.begun else e.tense
            year = years[_choose(candidates, anchor, tense, None if sure else TENSE_REACH)]
    value, start, end, grain = _calendar_interval(e, year)
    if grain == Grain.DAY:
        return _day(e, start)
    start, end = _third(start, end, e.mod, grain)
    return Resolution(e.type, value, e.mod, start, end, grain)


def _resolve_one_of(e: Expression, anchor: dt.date, names: tuple[str, ...]) -> Resolution | None:
    """A name of several holidays: "Eid" alone (Eid al-Fitr or Eid al-Adha), "bank holiday
    monday" (of England's four): the one the tense points at (the nearest when the clause has no
    tense), each first placed as its full name would be."""
    readings = [
        found
        for name in names
        if (found := _resolve_calendar(replace(e, holiday=name), anchor)) is not None
    ]
    if not readings:
        return None
    readings.sort(key=lambda r: r.earliest or anchor)
    spans = [(r.earliest or anchor, r.latest or anchor) for r in readings]
    return readings[_choose(spans, anchor, e.tense)]


def _weekday_of(year: int, month: int, day: int) -> int | None:
    """The ISO weekday of a date, None if there is no such date (February 29 of 2025)."""
    try:
        return dt.date(year, month, day).isoweekday()
    except ValueError:
        return None


def _resolve_weekday(e: Expression, anchor: dt.date) -> Resolution:
    assert e.weekday is not None
    back = (anchor.isoweekday() - e.weekday) % 7  # days back to the latest such day
    ahead = (e.weekday - anchor.isoweekday()) % 7
    if e.week_offset is not None:
        day = _week_start(anchor) + dt.timedelta(weeks=e.week_offset, days=e.weekday - 1)
    elif e.offset == -1:
        day = anchor - dt.timedelta(days=back or 7)
    elif e.offset == 1:
        day = anchor + dt.timedelta(days=ahead or 7)
    elif e.offset == 0:
        day = _week_start(anchor) + dt.timedelta(days=e.weekday - 1)
    elif e.tense is Tense.PAST:
        day = anchor - dt.timedelta(days=back)
    elif e.tense is Tense.FUTURE:
        day = anchor + dt.timedelta(days=ahead)
    else:
        day = (
            anchor - dt.timedelta(days=back) if back <= ahead else anchor + dt.timedelta(days=ahead)
        )
    if e.days_after:
        day += dt.timedelta(days=e.days_after)
    return _day(e, day)


def _unit_period(unit: str, offset: int, anchor: dt.date) -> tuple[str, dt.date, dt.date, Grain]:
    """The calendar unit ``offset`` units away from the one holding the anchor."""
    if unit == "D":
        day = anchor + dt.timedelta(days=offset)
        return day.isoformat(), day, day, Grain.DAY
    if unit in ("W", "WE"):
        start = _week_start(anchor) + dt.timedelta(weeks=offset)
        if unit == "WE":
            saturday = start + dt.timedelta(days=5)
            return _week_value(start) + "-WE", saturday, saturday + dt.timedelta(days=1), Grain.WEEK
        return _week_value(start), start, start + dt.timedelta(days=6), Grain.WEEK
    if unit == "M":
        year, month = _add_months(anchor.year, anchor.month, offset)
        start, end = _month_interval(year, month)
        return f"{year:04d}-{month:02d}", start, end, Grain.MONTH
    if unit == "Q":
        quarter_index = anchor.year * 4 + (anchor.month - 1) // 3 + offset
        year, quarter = quarter_index // 4, quarter_index % 4 + 1
        start = dt.date(year, 3 * quarter - 2, 1)
        end = _month_interval(year, 3 * quarter)[1]
        return f"{year:04d}-Q{quarter}", start, end, Grain.QUARTER
    if unit == "DE":
        decade = anchor.year // 10 + offset
        return (
            f"{decade:03d}",
            dt.date(decade * 10, 1, 1),
            dt.date(decade * 10 + 9, 12, 31),
            Grain.DECADE,
        )
    if unit == "CE":
        century = anchor.year // 100 + offset
        start, end = dt.date(max(century * 100, 1), 1, 1), dt.date(century * 100 + 99, 12, 31)
        return f"{century:02d}", start, end, Grain.CENTURY
    year = anchor.year + offset  # "Y" and anything coarser we do not model
    return f"{year:04d}", dt.date(year, 1, 1), dt.date(year, 12, 31), Grain.YEAR


def _resolve_relative(e: Expression, anchor: dt.date) -> Resolution:
    assert e.unit is not None
    offset = e.offset
    if offset is None:  # "the weekend": which one depends on the tense
        saturday = _week_start(anchor) + dt.timedelta(days=5)
        offset = -1 if e.tense is Tense.PAST and anchor < saturday else 0
    if e.unit == "Q" and e.nth is not None:
        # "the quarter" after "third-quarter profit": the latest third quarter over by the
        # anchor, ``offset`` quarters away ("the year-ago quarter": -4); a report names the
        # anchor's own quarter only as an outlook, so then the last completed one
        current = (anchor.month - 1) // 3 + 1
        offset -= (current - e.nth) % 4 or 1
    if offset == 0 and e.unit in ("M", "Q", "Y") and e.mod in ("START", "MID", "END"):
        offset = _part_gone_or_to_come(e, anchor)
    value, start, end, grain = _unit_period(e.unit, offset, anchor)
    if e.year is not None and grain == Grain.QUARTER:  # "the 1988 quarter": same quarter, that year
        quarter = int(value[-1])
        value, start, end, grain = _calendar_interval(
            Expression(Kind.CALENDAR, quarter=quarter), e.year
        )
    if grain == Grain.DAY:
        return _day(e, start)
    start, end = _third(start, end, e.mod, grain)
    return Resolution(e.type, value, e.mod, start, end, grain)


def _part_gone_or_to_come(e: Expression, anchor: dt.date) -> int:
    """Which period "the end of the year" or "the start of the month" names, by the clause's
    tense: a part told in the past before it has come is the period before's ("debt stood at
    $5 billion at the end of the year", written in March); told ahead once it is over, the next
    period's ("the rule takes effect at the start of the year", written in November).
    Otherwise the anchor's own period.

    >>> from dashboard.temporal.expression import Expression, Kind, Tense
    >>> end = Expression(Kind.RELATIVE, unit="Y", offset=0, mod="END", tense=Tense.PAST)
    >>> _part_gone_or_to_come(end, dt.date(2013, 3, 14)), _part_gone_or_to_come(end, dt.date(2013, 12, 20))
    (-1, 0)
    """
    _, start, end, grain = _unit_period(e.unit, 0, anchor)
    part_start, part_end = _third(start, end, e.mod, grain)
    if e.tense is Tense.PAST and anchor < part_start:
        return -1
    if e.tense is Tense.FUTURE and anchor > part_end:
        return 1
    return 0


def _resolve_shift(e: Expression, anchor: dt.date) -> Resolution:
    """``amount`` units before (offset -1) or after (+1) the anchor: "three days ago"."""
    assert e.unit is not None and e.offset is not None
    if e.amount is None:
        ref = "PAST_REF" if e.offset < 0 else "FUTURE_REF"
        return _resolve_reference(Expression(Kind.REFERENCE, value=ref), anchor)
    amount = e.amount * e.offset
    unit = e.unit
    if unit in ("S", "MIN", "H"):
        return _day(e, anchor)
    if e.to_the_day and unit in ("M", "Q", "Y", "DE") and amount == int(amount):
        # "one year ago today": the anchor's day of the month (the month's last, if shorter)
        months = int(amount) * {"M": 1, "Q": 3, "Y": 12, "DE": 120}[unit]
        year, month = _add_months(anchor.year, anchor.month, months)
        if MIN_YEAR <= year <= MAX_YEAR:
            return _day(e, dt.date(year, month, min(anchor.day, _last_day(year, month))))
    if unit in ("D", "W", "WE", "FN"):
        days = amount * {"D": 1, "W": 7, "WE": 7, "FN": 14}[unit]
        day = anchor + dt.timedelta(days=round(days))
        return _day(e, day)
    if unit in ("M", "Q") or (unit == "Y" and amount != int(amount)):
        months = round(amount * {"M": 1, "Q": 3, "Y": 12}[unit])
        year, month = _add_months(anchor.year, anchor.month, months)
        start, end = _month_interval(year, month)
        return Resolution(e.type, f"{year:04d}-{month:02d}", e.mod, start, end, Grain.MONTH)
    years = round(amount * {"Y": 1, "DE": 10, "CE": 100}.get(unit, 1))
    year = anchor.year + years
    if year < MIN_YEAR:  # "12,000 years ago": before the calendar's first year, just the past
        return _resolve_reference(Expression(Kind.REFERENCE, value="PAST_REF"), anchor)
    if abs(years) >= ERA_YEARS:
        # "1500 years ago", "two thousand years ago": a round count of an era, not the year 525
        century = max(year, MIN_YEAR) // 100
        start, end = (
            dt.date(max(century * 100, MIN_YEAR), 1, 1),
            dt.date(century * 100 + 99, 12, 31),
        )
        return Resolution(e.type, f"{century:02d}", e.mod or "APPROX", start, end, Grain.CENTURY)
    return Resolution(
        e.type, f"{year:04d}", e.mod, dt.date(year, 1, 1), dt.date(year, 12, 31), Grain.YEAR
    )


def duration_value(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration: ``duration_value(4, "D") == "P4D"``, ``(None, "Y") -> "PXY"``.

    Decades are written in years, counted or not ("two decades" P20Y, "decades" PXY), as
    TimeBank writes them ("decades-long" PXY, "less than a decade" PXY).

    >>> duration_value(2.5, "Y"), duration_value(24, "H"), duration_value(None, "DE")
    ('P2Y6M', 'PT24H', 'PXY')
    """
    if amount is not None and amount != int(amount) and unit in SMALLER_UNIT:
        smaller, factor = SMALLER_UNIT[unit]
        rest = (amount - int(amount)) * factor
        if rest == int(rest):  # "two and a half years" -> P2Y6M, "a minute and a half" -> PT1M30S
            if int(amount) == 0:
                return duration_value(rest, smaller)
            head = duration_value(int(amount), unit)
            tail = duration_value(rest, smaller)
            return head + tail[2:] if "T" in head else head + tail[1:]
    if unit == "FN":
        unit, amount = "W", None if amount is None else amount * 2
    if unit == "WE":
        unit, amount = "D", None if amount is None else amount * 2
    if unit == "DE":
        unit, amount = "Y", None if amount is None else amount * 10
    if unit == "CE" and amount is not None:
        unit, amount = "Y", amount * 100
    number = "X" if amount is None else f"{amount:g}"
    if unit in ("H", "MIN", "S"):
        return f"PT{number}{'M' if unit == 'MIN' else unit}"
    return f"P{number}{unit}"


def _resolve_duration(e: Expression, anchor: dt.date) -> Resolution:
    assert e.unit is not None
    return Resolution(TimexType.DURATION, e.value or duration_value(e.amount, e.unit), e.mod)


def _resolve_reference(e: Expression, anchor: dt.date) -> Resolution:
    assert e.value is not None
    earliest = None if e.value == "PAST_REF" else anchor
    latest = None if e.value == "FUTURE_REF" else anchor
    grain = Grain.DAY if e.value == "PRESENT_REF" else None
    return Resolution(e.type, e.value, e.mod, earliest, latest, grain)


def _resolve_set(e: Expression, anchor: dt.date) -> Resolution:
    assert e.value is not None
    return Resolution(TimexType.SET, e.value, e.mod)


def _resolve_span(e: Expression, anchor: dt.date) -> Resolution | None:
    """From the anchor to the end of a period ("later this year", mod AFTER) or from its start
    to the anchor ("earlier this year", BEFORE); for a vague duration ("the coming days"), from
    the anchor to a rough reach."""
    if e.first is None:  # a vague duration that starts or ends at the anchor
        assert e.unit is not None
        days, months = VAGUE_REACH.get(e.unit, (30, 0))
        sign = 1 if e.mod == "AFTER" else -1
        year, month = _add_months(anchor.year, anchor.month, sign * months)
        other = dt.date(year, month, min(anchor.day, _last_day(year, month)))
        other += dt.timedelta(days=sign * days)
        value = e.value or duration_value(e.amount, e.unit)
        return Resolution(e.type, value, None, min(anchor, other), max(anchor, other), None)
    period = resolve(e.first, anchor)
    if period is None or period.earliest is None or period.latest is None:
        return period
    if e.mod == "AFTER":
        start, end = max(anchor, period.earliest), period.latest
    else:
        start, end = period.earliest, min(anchor, period.latest)
    if start > end:
        start, end = period.earliest, period.latest
    return Resolution(period.type, period.value, e.mod, start, end, period.grain)


def _resolve_either(e: Expression, anchor: dt.date) -> Resolution | None:
    assert e.first is not None and e.second is not None
    first, second = resolve(e.first, anchor), resolve(e.second, anchor)
    if first is None or second is None or first.earliest is None or second.earliest is None:
        return first or second
    assert first.latest is not None and second.latest is not None
    return Resolution(
        first.type,
        first.value,
        first.mod,
        min(first.earliest, second.earliest),
        max(first.latest, second.latest),
        first.grain,
    )


_RESOLVERS = {
    Kind.CALENDAR: _resolve_calendar,
    Kind.WEEKDAY: _resolve_weekday,
    Kind.RELATIVE: _resolve_relative,
    Kind.SHIFT: _resolve_shift,
    Kind.DURATION: _resolve_duration,
    Kind.REFERENCE: _resolve_reference,
    Kind.SET: _resolve_set,
    Kind.SPAN: _resolve_span,
    Kind.EITHER: _resolve_either,
}
