"""Infer a publication date from the text's own evidence, when no one gave it.

Relative dates ("on Thursday") mean nothing without the day the article was written. When neither the
sidecar, the front matter nor the page's metadata gives it, this module looks for evidence in the
text, in order of strength, and returns the date with the words it rests on, so the user can check:

1. a stated date: "Published: 7 May 2025", a dateline "MOSCOW, May 7, 2025", an ISO date near the top;
2. the year: "the 80th anniversary of" / "80 years since" an event of known year (World War II ended
   in 1945), a weekday named with a date ("Thursday, May 8" is a Thursday only in some years), and,
   weakest, the latest year the text names;
3. the day within that year: a dateline without a year ("JOHANNESBURG, August 7 (Xinhua)"), or the
   days the text itself dates: a weekday named with a date or with a holiday of known day ("on Friday
   for a Victory Day parade"), then the weekdays it names ("talks on Thursday") pin the week; the
   article was written before what it announces (future tense) and after what it reports; "this
   week's" keeps it in the same week.

Nothing here looks at the clock: if the evidence does not reach a day, the result says so and the
caller asks the user for the date.

>>> infer_published("NAIROBI, Kenya (AP) _\\nBombs exploded on Friday, Aug. 7, in 1998.").date
datetime.date(1998, 8, 8)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex as re

from dashboard.sentences import split_sentences

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "tenth": 10, "twentieth": 20,
    "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
NUMBER_WORDS = {
    "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
}  # fmt: skip

# Happenings of known year that anniversaries count from. Keys are matched inside the words that
# follow "anniversary of" / "years since"; the longest key that matches wins.
KNOWN_YEARS = {
    "world war ii": 1945,
    "world war two": 1945,
    "second world war": 1945,
    "great patriotic war": 1945,
    "defeat of nazi germany": 1945,
    "defeat of fascism": 1945,
    "soviet victory": 1945,
    "victory over nazi": 1945,
    "victory in europe": 1945,
    "world war i": 1918,
    "first world war": 1918,
    "fall of the berlin wall": 1989,
    "moon landing": 1969,
    "september 11": 2001,
    "9/11": 2001,
}
# Days of known date each year: a weekday named with one of them fixes that weekday's date.
ANNUAL_DAYS = {
    "victory day": (5, 9),
    "independence day": (7, 4),
    "bastille day": (7, 14),
    "christmas day": (12, 25),
    "new year's day": (1, 1),
    "armistice day": (11, 11),
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_FULL_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR})\b|"
    r"\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b",
    re.IGNORECASE,
)
_STATED = re.compile(
    r"\b(?:published|updated|posted|date|dated)\b[^\n\d]{0,20}(?=\S)", re.IGNORECASE
)
_DATELINE_MONTH_DAY = re.compile(
    rf"^[A-Z][A-Z .'-]+,\s*(?:[A-Za-z .]+,\s*)?(?i:{_MONTH})\s+{_DAY}\b", re.MULTILINE
)
_WEEKDAY_WITH_DATE = re.compile(
    rf"\b{_WEEKDAY},?\s*\(?\s*(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})\b", re.IGNORECASE
)
_MONTH_DAY = re.compile(
    rf"\b(?:{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH})\b(?!,?\s*\d{{4}})", re.IGNORECASE
)
# A line that is only a date, or a dateline that opens with one: "MOSCOW, May 7, 2025 —".
_DATE_LINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z .'-]+,\s*)?(?i:(?:" + "|".join(WEEKDAYS) + r"),?\s*)?(?=\S)",
    re.MULTILINE,
)
_WEEKDAY_ALONE = re.compile(r"\b(?P<weekday>" + "|".join(w.title() for w in WEEKDAYS) + r")\b")
_ANNIVERSARY = re.compile(
    r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?P<what>[^.;]{1,80})|"
    r"\b(?P<nw>" + "|".join(ORDINAL_WORDS) + r")\s+anniversary\s+of\s+(?P<what2>[^.;]{1,80})|"
    r"\b(?P<y>\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+years\s+(?:since|after)\s+"
    r"(?P<what3>[^.;]{1,80})",
    re.IGNORECASE,
)
_YEAR_ALONE = re.compile(r"(?<![\d$.,])(?P<year>(?:19|20)\d\d)(?![\d%])(?!\s*(?:troops|people))")
_THIS_WEEK = re.compile(r"\bthis\s+week(?:'s|’s)?\b", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|shall|is|are)\s+(?:(?:also|already|now)\s+)?"
    r"(?:scheduled|expected|set|due|slated|planned|going)\s+to\b|\bwill\b|\bplans?\s+to\b",
    re.IGNORECASE,
)

MAX_CHARS = (
    50_000  # an article's evidence is in its first pages; a huge text is not read to its end
)
WEAK = "weak: "  # marks evidence of a year that is not enough to date the article
MAX_WEEKDAY_YEARS_BACK = 30  # a weekday-with-date fits about every 6 years; keep the search short


@dataclass(frozen=True)
class Inference:
    """What the text says about its own date: ``date`` (None if no day is reached), the evidence."""

    date: dt.date | None
    evidence: str
    year: int | None = None


def infer_published(text: str) -> Inference:
    """The publication date the text's own words point to, with the evidence as one sentence.

    >>> infer_published("Talks on Thursday and the Victory Day parade on Friday.").date is None
    True
    >>> infer_published("On Friday the Victory Day parade marks 80 years since the defeat of Nazi Germany."
    ...                 ).year
    2025
    """
    text = text[:MAX_CHARS]
    stated = _stated_date(text)
    if stated:
        return stated
    year, year_evidence = _year(text)
    if year is None:
        return Inference(None, "no year found in the text")
    day = None if year_evidence.startswith(WEAK) else _day_in_year(text, year)
    year_evidence = year_evidence.removeprefix(WEAK)
    if day is None:
        return Inference(None, f"only the year: {year_evidence}", year)
    date, day_evidence = day
    return Inference(date, f"{day_evidence}; {year_evidence}", year)


def _stated_date(text: str) -> Inference | None:
    head = text[:600]
    for marker in _STATED.finditer(head):
        found = _FULL_DATE.match(head, marker.end())
        if found and (date := _full_date(found)):
            return Inference(date, f'the text states "{head[marker.start() : found.end()]}"')
    for line in _DATE_LINE.finditer(head):
        found = _FULL_DATE.match(head, line.end())
        if found and (date := _full_date(found)):
            rest = head[found.end() :].split("\n", 1)[0].strip()
            if not rest or rest[0] in "(—–-_|":
                return Inference(
                    date, f'a dated line: "{head[line.start() : found.end()].strip()}"'
                )
    return None


def _full_date(m: re.Match[str]) -> dt.date | None:
    try:
        if m.group("iso"):
            return dt.date.fromisoformat(m.group("iso"))
        return dt.date(int(m.group("year")), MONTHS[m.group("month").lower()], int(m.group("day")))
    except ValueError:
        return None


def _year(text: str) -> tuple[int | None, str]:
    for m in _ANNIVERSARY.finditer(text):
        n_text = m.group("n") or m.group("nw") or m.group("y")
        n = int(n_text) if n_text.isdigit() else (ORDINAL_WORDS | NUMBER_WORDS)[n_text.lower()]
        what = (m.group("what") or m.group("what2") or m.group("what3")).lower()
        keys = [k for k in KNOWN_YEARS if k in what]
        if keys:
            key = max(keys, key=len)
            return KNOWN_YEARS[key] + n, f'"{m.group().strip()}" ({key}: {KNOWN_YEARS[key]})'
    explicit = [int(m.group("year")) for m in _YEAR_ALONE.finditer(text)]
    weekday_dates = list(_WEEKDAY_WITH_DATE.finditer(text))
    for m in weekday_dates:
        years = _years_matching(m, latest=max(explicit, default=None))
        if years:
            return years[0], f'"{m.group()}" falls on a {m.group("weekday").title()} in {years[0]}'
    if explicit:
        # Weak: texts name past years more than their own. Kept as a hint, never turned into a day.
        return max(explicit), f"{WEAK}the latest year named in the text is {max(explicit)}"
    return None, ""


def _years_matching(m: re.Match[str], *, latest: int | None) -> list[int]:
    """Years in which the weekday-with-date of ``m`` is that weekday, nearest the latest year the
    text names first (an article dates its own days in the year it is written, or soon after)."""
    month, day = MONTHS[m.group("month").lower()], int(m.group("day"))
    weekday = WEEKDAYS[m.group("weekday").lower()]
    if latest is None:
        return []  # a weekday with a date recurs every few years: not evidence of a year alone
    years = []
    for year in range(latest - MAX_WEEKDAY_YEARS_BACK, latest + MAX_WEEKDAY_YEARS_BACK):
        try:
            if dt.date(year, month, day).weekday() == weekday:
                years.append(year)
        except ValueError:
            continue
    return sorted(years, key=lambda y: (y < latest, abs(y - latest)))


def _day_in_year(text: str, year: int) -> tuple[dt.date, str] | None:
    dateline = _DATELINE_MONTH_DAY.search(text[:400])
    if dateline:
        try:
            day = dt.date(year, MONTHS[dateline.group("month").lower()], int(dateline.group("day")))
            return day, f'the dateline "{dateline.group().strip()}"'
        except ValueError:
            pass
    dated = list(_dated_days(text, year))
    if not dated:
        return None
    this_week = _THIS_WEEK.search(text)
    future = [(d, why) for d, why, is_future in dated if is_future]
    past = [(d, why) for d, why, is_future in dated if not is_future]
    if future:
        day, why = min(future)
        written = day - dt.timedelta(days=1)
        if this_week and written.isocalendar()[:2] != day.isocalendar()[:2]:
            written = day  # "this week's": written in the same week as what it announces
        return written, f"written before {why} ({day:%a %d %b %Y})"
    day, why = max(past)
    written = day + dt.timedelta(days=1)
    return written, f"written after {why} ({day:%a %d %b %Y})"


def _dated_days(text: str, year: int):
    """(day, words, future?) for each day the text dates well enough without an anchor."""
    fixed: list[tuple[dt.date, str, bool]] = []
    weekday_days: dict[int, dt.date] = {}
    for sentence in split_sentences(text):
        s = sentence.text
        future = bool(_FUTURE.search(s))
        for m in _WEEKDAY_WITH_DATE.finditer(s):
            day = _date(year, m.group("month"), m.group("day"))
            if day:
                fixed.append((day, f'"{m.group()}"', future))
                weekday_days[day.weekday()] = day
        low = s.lower()
        for name, (month, day_of_month) in ANNUAL_DAYS.items():
            weekdays = _WEEKDAY_ALONE.findall(s)
            if name in low and len(weekdays) >= 1:
                day = dt.date(year, month, day_of_month)
                for w in weekdays:
                    if WEEKDAYS[w.lower()] == day.weekday():
                        fixed.append((day, f'"{w}" with {name.title()} ({day:%d %b})', future))
                        weekday_days[day.weekday()] = day
        for m in _MONTH_DAY.finditer(s):
            day = _date(year, m.group("month"), m.group("day"))
            if day and m.group("month")[0].isupper():
                fixed.append((day, f'"{m.group()}"', future))
    if weekday_days:
        # Bare weekdays ("talks on Thursday") name days of the week that a dated weekday fixed.
        ref = next(iter(weekday_days.values()))
        monday = ref - dt.timedelta(days=ref.weekday())
        for sentence in split_sentences(text):
            s = sentence.text
            future = bool(_FUTURE.search(s))
            for w in _WEEKDAY_ALONE.findall(s):
                day = monday + dt.timedelta(days=WEEKDAYS[w.lower()])
                fixed.append((day, f'"{w}" in the week of {ref:%d %b}', future))
    return fixed


def _date(year: int, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(year, MONTHS[month.lower()], int(day))
    except (KeyError, ValueError):
        return None
