"""Every way the product writes a date or a span of dates, in one place.

The dashboard, the figure, the deck, the disagreement notes and the publication-date evidence all
say dates through these functions, so one event reads the same everywhere. Pure; all intervals are
inclusive (``start``..``end``), as in :mod:`dashboard.model`.

>>> short_day(dt.date(2025, 5, 8)), long_day(dt.date(2025, 5, 8))
('Thu 8 May 2025', 'Thursday 8 May 2025')
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = [
    "attributed",
    "disagreement_text",
    "event_when",
    "format_anchored",
    "format_span",
    "iso_span",
    "long_day",
    "period_text",
    "printable",
    "short_day",
]


def _whole_years(start: dt.date, end: dt.date) -> bool:
    return (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)


def _ends_a_month(day: dt.date) -> bool:
    return day == dt.date.max or (day + dt.timedelta(days=1)).day == 1


def short_day(day: dt.date) -> str:
    """A day as a table or a hover card says it: ``Thu 8 May 2025``."""
    return f"{day:%a} {day.day} {day:%b} {day.year}"


def long_day(day: dt.date) -> str:
    """A day as a slide says it: ``Thursday 8 May 2025``.

    >>> long_day(dt.date(2025, 5, 8))
    'Thursday 8 May 2025'
    """
    return f"{day:%A} {day.day} {day:%B %Y}"


def iso_span(start: dt.date, end: dt.date) -> str:
    """A span in ISO form for machine-read text: ``2025-05-08`` or ``2025-05-07..2025-05-10``.

    >>> iso_span(dt.date(2025, 5, 8), dt.date(2025, 5, 8))
    '2025-05-08'
    """
    return start.isoformat() if start == end else f"{start.isoformat()}..{end.isoformat()}"


def format_anchored(start: dt.date, end: dt.date) -> str:
    """A calendar interval as a reader says it: "Thu 8 May 2025", "Thu 8 – Sun 11 May 2025".

    >>> format_anchored(dt.date(2025, 5, 8), dt.date(2025, 5, 8))
    'Thu 8 May 2025'
    >>> format_anchored(dt.date(2025, 8, 21), dt.date(2025, 9, 10))
    'Thu 21 Aug – Wed 10 Sep 2025'
    """

    def day(d: dt.date, *, month: bool = True, year: bool = True) -> str:
        text = f"{d:%a} {d.day}"
        if month:
            text += f" {d:%b}"
        if year:
            text += f" {d.year}"
        return text

    if start == end:
        return short_day(start)
    if start.year != end.year:
        if _whole_years(start, end):
            return f"{start.year}–{end.year}"
        return f"{day(start)} – {day(end)}"
    if _whole_years(start, end):
        return str(start.year)
    same_month = start.month == end.month
    return f"{day(start, month=not same_month, year=False)} – {day(end)}"


def period_text(start: dt.date, end: dt.date) -> str:
    """A span as a heading says it: "7–10 May 2025", "May–Sep 2025", "2025", "1970s", "1945–2025".

    >>> period_text(dt.date(2025, 5, 7), dt.date(2025, 9, 10))
    'May–Sep 2025'
    >>> period_text(dt.date(1970, 1, 1), dt.date(1979, 12, 31))
    '1970s'
    >>> period_text(dt.date(1945, 5, 9), dt.date(2025, 9, 3))
    '1945–2025'
    """
    if start.year != end.year:
        if start.year % 10 == 0 and end.year == start.year + 9:
            return f"{start.year}s"
        return f"{start.year}–{end.year}"
    if _whole_years(start, end):
        return str(start.year)
    if start.month != end.month:
        return f"{start:%b}–{end:%b} {end.year}"
    if start == end:
        return f"{start.day} {start:%b %Y}"
    if start.day == 1 and _ends_a_month(end):
        return f"{start:%b %Y}"
    return f"{start.day}–{end.day} {start:%b %Y}"


def format_span(start: dt.date, end: dt.date) -> str:
    """An inclusive interval in full words, as short as it can be; whole years and months by name.

    >>> format_span(dt.date(2025, 5, 9), dt.date(2025, 5, 12))
    '9–12 May 2025'
    >>> format_span(dt.date(2025, 8, 21), dt.date(2025, 9, 10))
    '21 August – 10 September 2025'
    >>> format_span(dt.date(1970, 1, 1), dt.date(1979, 12, 31))
    '1970–1979'
    """
    if start == end:
        return long_day(start)
    if _whole_years(start, end):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if start.day == 1 and _ends_a_month(end):
        if (start.year, start.month) == (end.year, end.month):
            return f"{end:%B %Y}"
        if start.year == end.year:
            return f"{start:%B} – {end:%B %Y}"
        return f"{start:%B %Y} – {end:%B %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"


def disagreement_text(disagreement: str) -> str:
    """The disagreement as every view says it, with its lead-in once (the event layer's text
    may already open with it).

    >>> disagreement_text("Sources disagree on the date: 8 May here.")
    'Sources disagree on the date: 8 May here.'
    >>> disagreement_text("8 May here; 9 May by Wire.")
    'Sources disagree: 8 May here; 9 May by Wire.'
    >>> disagreement_text('2025-05-08 by Wire ("May 8"); 2025-05-01..2025-05-31 by TASS ("May")')
    'Sources disagree: Thu 8 May 2025 by Wire ("May 8"); May 2025 by TASS ("May")'
    """
    text = _ISO_SPAN.sub(_readable_span, disagreement)
    if text.casefold().startswith("sources disagree"):
        return text
    return f"Sources disagree: {text}"


# The event layer writes its datings in ISO form (kept so in JSON, CSV and the store, where a
# program reads them); a reader checking "Thursday" against "Friday" needs the weekday.
_ISO_SPAN = re.compile(r"\b(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?\b")


def _readable_span(match: re.Match[str]) -> str:
    try:
        start = dt.date.fromisoformat(match[1])
        end = dt.date.fromisoformat(match[2]) if match[2] else start
    except ValueError:  # not a date after all: leave the text as written
        return match[0]
    return format_anchored(start, end) if start == end else event_when(start, end)


_THIRDS = ((1, 10, "early"), (11, 20, "mid"), (21, 31, "late"))


def _third(day: dt.date, *, start: bool) -> str | None:
    """ "early"/"mid"/"late" when ``day`` opens (or closes) a third of its month."""
    for first, last, word in _THIRDS:
        if start and day.day == first:
            return word
        if not start and (day.day == last or (last == 31 and _ends_a_month(day))):
            return word
    return None


def event_when(start: dt.date, end: dt.date) -> str:
    """An event's dates at their own precision, as a briefing says them: "1945", "the 1970s",
    "May 2025", "late Aug – early Sep 2025", "8 May 2025", "7–10 May 2025".

    >>> event_when(dt.date(1970, 1, 1), dt.date(1979, 12, 31))
    'the 1970s'
    >>> event_when(dt.date(2025, 8, 21), dt.date(2025, 9, 10))
    'late Aug – early Sep 2025'
    >>> d = dt.date
    >>> event_when(d(1945, 1, 1), d(1945, 12, 31)), event_when(d(2025, 5, 8), d(2025, 5, 8))
    ('1945', '8 May 2025')
    """
    if _whole_years(start, end):
        if start.year % 10 == 0 and end.year == start.year + 9:
            return f"the {start.year}s"
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if start.day == 1 and _ends_a_month(end):
        if (start.year, start.month) == (end.year, end.month):
            return f"{start:%b %Y}"
        if start.year == end.year:
            return f"{start:%b} – {end:%b %Y}"
        return f"{start:%b %Y} – {end:%b %Y}"
    opening, closing = _third(start, start=True), _third(end, start=False)
    if opening and closing and (end - start).days >= 8:
        if (start.year, start.month) == (end.year, end.month) and opening == closing:
            return f"{opening} {start:%b %Y}"
        if start.year == end.year:
            return f"{opening} {start:%b} – {closing} {end:%b %Y}"
        return f"{opening} {start:%b %Y} – {closing} {end:%b %Y}"
    if start == end:
        return f"{start.day} {start:%b %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%b %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"


def attributed(source: str, attributed_to: str = "") -> str:
    """Who gives a claim: the source, or whom the source reports as giving it.

    >>> attributed("Moscow Dispatch"), attributed("Moscow Dispatch", "Russian state television")
    ('Moscow Dispatch', 'Russian state television, as reported by Moscow Dispatch')
    """
    return f"{attributed_to}, as reported by {source}" if attributed_to else source


def printable(text: str) -> str:
    r"""``text`` safe to print on a terminal as one line: control characters (escape sequences,
    newlines, carriage returns) and other unprintable characters are written as Python escapes,
    so a file named ``evil\x1b[2J.txt`` cannot clear the screen nor a newline forge a line.

    >>> printable("evil\x1b[2J.txt"), printable("a\nerror: forged.txt"), printable("Café 東京.txt")
    ('evil\\x1b[2J.txt', 'a\\nerror: forged.txt', 'Café 東京.txt')
    """
    if text.isprintable():
        return text
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text
    )


def counted(n: int, noun: str) -> str:
    """``n`` and the noun, plural unless one ("1 row", "2,300 articles").

    >>> counted(1, "row"), counted(2300, "article")
    ('1 row', '2,300 articles')
    """
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
