"""The tagger's output values: small, immutable, JSON-ready.

Intervals are *inclusive* calendar dates everywhere in the project: ``earliest`` is the first day the
expression can denote and ``latest`` the last ("late August 2025" is 2025-08-21..2025-08-31). The
grain says how coarse the expression is, which is what a reader means by "how sure".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class TimexType(StrEnum):
    """TimeML TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Grain(StrEnum):
    """How coarse an anchored expression is, finest first."""

    TIME = "time"  # a time of day or part of day ("tonight", "3 p.m.")
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


@dataclass(frozen=True, slots=True)
class Timex:
    """One time expression found in a text and anchored to the calendar.

    ``start``/``end`` are character offsets (``text == source[start:end]``); ``value`` is a TIMEX3
    value (``2025-05-08``, ``2025-W19``, ``197``, ``P4D``, ``PRESENT_REF``…); ``mod`` a TimeML
    modifier (``START``, ``MID``, ``END``, ``APPROX``, ``BEFORE``, ``AFTER``…) or None.
    ``earliest``/``latest`` bound the anchored interval (inclusive) and are None when the expression
    has no place on the calendar (an unanchored duration such as "80 years", a set such as "weekly").
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    grain: Grain | None = None
    # How sure: ``latent`` marks a reading that may not be time at all or whose place the text does
    # not fix (a bare "May", a bare number read as a year, a weekday with no tense cue), as
    # Duckling flags it; ``confidence`` (0..1) is what the event layer weighs.
    latent: bool = False
    confidence: float = 1.0
    # placed against the date the text named last ("that day", "the same period last year"),
    # not against the publication date
    refers_back: bool = False
    # for each expression of a range ("from 9 to 11 May", "1960-1961"; TimeML annotates two
    # expressions), the whole range's first and last day; None outside a range
    range_earliest: dt.date | None = None
    range_latest: dt.date | None = None

    def to_json(self) -> dict[str, Any]:
        """The CLI's JSON object: dates as ISO strings or null.

        >>> Timex(3, 11, "Thursday", TimexType.DATE, "2025-05-08",
        ...       earliest=dt.date(2025, 5, 8), latest=dt.date(2025, 5, 8)).to_json()["latest"]
        '2025-05-08'
        """
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": str(self.type),
            "value": self.value,
            "mod": self.mod,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "grain": str(self.grain) if self.grain else None,
            "latent": self.latent,
            "confidence": self.confidence,
            "refers_back": self.refers_back,
            "range_earliest": self.range_earliest.isoformat() if self.range_earliest else None,
            "range_latest": self.range_latest.isoformat() if self.range_latest else None,
        }
