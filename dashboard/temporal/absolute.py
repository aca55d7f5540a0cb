"""Absolute date strings, read by dateparser behind one small function of ours.

The recogniser finds the span ("5/9/2025"); dateparser only reads a string we already know is a
date, always with ``languages=["en"]`` (language detection is slow) and with a fixed relative base
so that its answer never depends on the clock.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

# Only used to fill parts a string leaves out; our rules never hand such strings over.
_FIXED_BASE = dt.datetime(2000, 1, 1)


@lru_cache(maxsize=2048)
def parse_absolute_date(text: str, date_order: str = "MDY") -> dt.date | None:
    """The calendar date an absolute date string names, or None when it names none.

    >>> parse_absolute_date("5/9/2025")
    datetime.date(2025, 5, 9)
    >>> parse_absolute_date("13/45/2025") is None
    True
    """
    import dateparser  # heavy: imported only when a numeric date turns up

    try:
        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={
                "DATE_ORDER": date_order,
                "RELATIVE_BASE": _FIXED_BASE,
                "STRICT_PARSING": True,
                "PREFER_DATES_FROM": "past",
            },
        )
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed else None
