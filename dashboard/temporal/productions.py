"""The productions: what each rule of :mod:`dashboard.temporal.rules` builds from its match.

A production receives the match's named groups (a dict) and a :class:`Context` (the text around the
match) and returns an unresolved :class:`Expression`; or ``(expression, skip)`` when the span is to
start ``skip`` characters later ("in two weeks" read as a plain duration leaves "in " out); or None to
decline the match; or ``NOT_TIME`` to mark the span as known non-time (page debris, ages).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from dashboard.temporal import lexicon as lx
from dashboard.temporal.expression import Expression, Kind, Tense
from dashboard.temporal.patterns import APPROX_MODS, RELATIVE_PERIOD_UNITS, expand
from dashboard.temporal.register import POINTS_BACK, is_informal
from dashboard.temporal.tense import TenseIndex
from dashboard.temporal.types import TimexType


class _NotTime:
    def __repr__(self) -> str:
        return "NOT_TIME"


NOT_TIME = _NotTime()


class Context:
    """What a production may look at besides its groups: the text around the match."""

    __slots__ = ("_tense", "_tenses", "end", "lowered", "memo", "original", "start")

    def __init__(
        self,
        original: str,
        lowered: str,
        start: int,
        end: int,
        tenses: TenseIndex | None = None,
        memo: dict[str, object] | None = None,
    ) -> None:
        self.original, self.lowered, self.start, self.end = original, lowered, start, end
        self._tenses = tenses  # shared by the matches of one text: its cues are found once
        # shared by the matches of one text too: what a production found in the whole text
        self.memo: dict[str, object] = {} if memo is None else memo
        self._tense: Tense | bool | None = False  # False: not computed yet

    def tense(self) -> Tense | None:
        """The clause's tense (computed on first use: most rules never need it)."""
        if self._tense is False:
            before = self.word_before()
            deadline = before in _DEADLINE_WORDS or _NO_LATER_THAN.search(
                self.lowered, max(0, self.start - 20), self.start
            )
            if _NOT_UNTIL.search(self.lowered, max(0, self.start - 20), self.start):
                self._tense = Tense.PAST  # "it was not until March that...": a day now past
            elif deadline and not _PLUPERFECT.search(
                self.lowered, max(0, self.start - 100), self.end + 60
            ):
                # "until Tuesday", "by Dec. 15", "no later than Monday": a deadline ahead,
                # even in a past-tense clause ("postponed until Tuesday"); but not in the
                # past perfect ("had filed by Wednesday", "until Thursday they had not called
                # him")
                self._tense = Tense.FUTURE
            elif before == "since":
                self._tense = Tense.PAST  # "since Monday": a day already over
            elif before == "for" and _BOOKED_FOR.search(
                self.lowered, max(0, self.start - 50), self.start
            ):
                # "tickets for aug 12 just dropped", "booked flights for jan 5": one books
                # for a day ahead, whatever the tense of the booking
                self._tense = Tense.FUTURE
            else:
                if self._tenses is None:
                    self._tenses = TenseIndex(self.lowered)
                self._tense = self._tenses.tense(self.start, self.end)
                if self._tense is None and before in _THROUGH:
                    # "the show runs nightly through Sunday": an end ahead when no verb says
                    # otherwise ("through August" of a past clause stays past)
                    self._tense = Tense.FUTURE
        return self._tense  # type: ignore[return-value]

    def informal(self) -> bool:
        """Whether the whole text is written like a post (:mod:`.register`; once per text)."""
        found = self.memo.get("informal")
        if found is None:
            found = self.memo["informal"] = is_informal(self.original)
        return found  # type: ignore[return-value]

    def weekday_tense(self) -> Tense | None:
        """The tense of a bare weekday's clause. In a post with no tense cue, the day ahead
        ("bbq at ours sunday from 2"), or the one past when its words point back ("still
        recovering from sat"); news keeps the nearest day (:mod:`.register`)."""
        tense = self.tense()
        if tense is None and self.informal():
            back = POINTS_BACK.search(self.lowered, max(0, self.start - 40), self.start)
            return Tense.PAST if back else Tense.FUTURE
        return tense

    def moved(self, start: int, end: int) -> Context:
        """The same text, looked at around another span (the date a weekday's brackets give)."""
        return Context(self.original, self.lowered, start, end, self._tenses, self.memo)

    def word_before(self) -> str:
        """The lower-cased word just before the match ("" at the start)."""
        found = _WORD_BEFORE.search(self.lowered, max(0, self.start - 30), self.start)
        return found.group(1) if found else ""

    def word_after(self) -> str:
        """The word just after the match, as written (case kept)."""
        found = _WORD_AFTER.match(self.original, self.end, min(len(self.original), self.end + 30))
        return found.group(1) if found else ""

    def capitalised(self, offset: int) -> bool:
        """Whether the original text has a capital letter at match start + ``offset``."""
        position = self.start + offset
        return position < len(self.original) and self.original[position].isupper()


# TimeBank: 18 of 20 dates after "until" or "by" are on or after the publication date
_DEADLINE_WORDS = frozenset({"until", "till", "til", "by"})
_THROUGH = frozenset({"through", "thru", "thro"})
_NO_LATER_THAN = re.compile(r"\b(?:no|not)\slater\sthan\s$")
_PLUPERFECT = re.compile(r"\bhad\b")
_NOT_UNTIL = re.compile(r"\b(?:was|were)(?:n['’]t|\snot)\suntil\s$")
_BOOKED_FOR = re.compile(
    r"\b(?:tickets?|tix|flights?|booked|booking|bookings|reservations?|reserved|appointments?|"
    r"appt|seats?)(?:\s[\w'’]+){0,3}\sfor\s$"
)
_WORD_BEFORE = re.compile(r"([a-z0-9'$]+)[^\w\n]{0,2}$")
_WORD_AFTER = re.compile(r"[ \t]{1,3}([\w“\"$%'’-]+)")

Production = Callable[
    [dict[str, str], Context], "Expression | tuple[Expression, int] | _NotTime | None"
]


# ---------------------------------------------------------------------------------------------
# Production helpers


def _mod(g: dict[str, str]) -> str | None:
    part = g.get("part") or g.get("partof")
    if part:
        return lx.PERIOD_PARTS.get(part.strip(" -"), lx.PERIOD_PARTS.get(part))
    approx = g.get("approx")
    if approx:
        return APPROX_MODS.get(re.sub(r"\s+", " ", approx))
    return None


def _month(word: str) -> int:
    if word in lx.MONTHS:
        return lx.MONTHS[word]
    return lx.FOREIGN_MONTHS.get(word) or lx.FOREIGN_MONTH_ABBREVIATIONS[word]


def _month_number(g: dict[str, str]) -> int:
    """The month a match names, by its name ("May", "mai", "мая") or its number ("5月")."""
    return int(g["monthnum"]) if "monthnum" in g else _month(g["month"])


def _month_ok(g: dict[str, str], ctx: Context, key: str = "month") -> bool:
    """ "May" and "March" count as months only when written with a capital."""
    word = g.get(key)
    if word is None or word not in lx.AMBIGUOUS_MONTHS:
        return True
    offset = ctx.lowered.find(word, ctx.start, ctx.end) - ctx.start
    return ctx.capitalised(offset)


@lru_cache(maxsize=1024)
def spoken_year(words: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "two thousand" -> 2000.

    >>> spoken_year("nineteen ninety-six"), spoken_year("two thousand and one")
    (1996, 2001)
    """
    words = words.replace("-", " ")
    if words.startswith("two thousand"):
        rest = words[len("two thousand") :].replace(" and ", " ").strip()
        return 2000 + int(lx.parse_amount(rest) or 0) if rest else 2000
    head, _, rest = words.partition(" ")
    century = lx.CARDINALS.get(head)
    if century is None:
        return None
    if rest == "hundred":
        return int(century) * 100
    tail = lx.parse_amount(rest)
    if tail is None or tail < 10:
        return None  # "twenty six" is a number; "nineteen ninety-six" a year
    return int(century) * 100 + int(tail)


def _year(g: dict[str, str], key: str = "year") -> int | None:
    text = g.get(key)
    if text is None:
        return None
    return int(text) if text[0].isdigit() else spoken_year(text)


def _tense_if(ctx: Context, needed: bool) -> Tense | None:
    return ctx.tense() if needed else None


# ---------------------------------------------------------------------------------------------
# Productions, one per rule (named after the rule they serve)


def page_debris(g: dict[str, str], ctx: Context) -> _NotTime:
    return NOT_TIME


def month_part_either(g: dict[str, str], ctx: Context) -> Expression | None:
    if not (_month_ok(g, ctx, "month") and _month_ok(g, ctx, "month2")):
        return None
    tense = ctx.tense()
    month, month2 = _month(g["month"]), _month(g["month2"])
    year, year2 = _year(g), _year(g, "year2")
    # The year written once is both months': "March or April 2009", "December or January 2010"
    # (the December before), "May 2009 or June"
    if year is None and year2 is not None:
        year = year2 - 1 if month > month2 else year2
    elif year2 is None and year is not None:
        year2 = year + 1 if month > month2 else year
    first = Expression(Kind.CALENDAR, month=month, year=year, mod=_mod(g), tense=tense)
    part2 = g.get("part2") or g.get("partof2")
    mod2 = lx.PERIOD_PARTS.get(part2.strip(" -")) if part2 else None
    second = Expression(Kind.CALENDAR, month=month2, year=year2, mod=mod2, tense=tense)
    return Expression(Kind.EITHER, first=first, second=second)


# A date right after a weekday ("10:15 GMT, Tuesday 5 March 2013"): the date says the day
_DATE_AFTER_WEEKDAY = re.compile(
    expand(r",?\s(?:the\s)?(?:[0-3]?\d(?:st|nd|rd|th)?\s<MONTH>|<MONTH>\s?\d)")
)


_MIDNIGHT = lx.word_set("midnight midnite")


def clock_with_day(g: dict[str, str], ctx: Context) -> Expression | None:
    hour, minute = _clock(g)
    if hour is None:
        return None
    if g.get("weekday") and _DATE_AFTER_WEEKDAY.match(ctx.lowered, ctx.end):
        return None  # the clock alone; the weekday and its date are read next
    if g.get("noon") in _MIDNIGHT:
        # "midnight Friday" (a deadline, a curfew) is the midnight that ends Friday: TimeML's
        # T24:00 of that day, not the first minute of it
        hour = 24
    time = {"hour": hour, "minute": minute, "type": TimexType.TIME, "mod": _mod(g)}
    if g.get("weekday"):
        return Expression(
            Kind.WEEKDAY, weekday=lx.WEEKDAYS[g["weekday"]], tense=ctx.weekday_tense(), **time
        )
    if g.get("named"):
        offset, _ = lx.NAMED_DAYS[g["named"]]
        return Expression(Kind.RELATIVE, unit="D", offset=offset, **time)
    if g.get("holiday"):  # "noon on Christmas Eve"
        month, day = lx.HOLIDAYS[re.sub(r"\s+", " ", g["holiday"]).replace("’", "'")]
        return Expression(Kind.CALENDAR, month=month, day=day, tense=ctx.tense(), **time)
    if not _month_ok(g, ctx):
        return None
    return Expression(
        Kind.CALENDAR,
        month=_month(g["month"]),
        day=int(re.match(r"\d+", g["day"]).group()),  # type: ignore[union-attr]
        year=_year(g),
        tense=_tense_if(ctx, "year" not in g),
        **time,
    )


def _clock(g: dict[str, str]) -> tuple[int | None, int | None]:
    if g.get("noon"):
        return (0, 0) if g["noon"] in _MIDNIGHT else (12, 0)
    if g.get("hour24"):
        return int(g["hour24"]), int(g["minute24"])
    hour = int(g["hour"])
    if not 1 <= hour <= 12:
        return None, None
    ampm = re.sub(r"^o['’]clock\s?", "", g["ampm"])
    if not ampm:  # "at 9 o'clock": the hour as written (the text does not say which half)
        return hour, 0
    if ampm.startswith(("in", "at")):  # "4 in the morning", "9 at night"
        ampm = "am" if ampm.endswith("morning") else "pm"
    if ampm.startswith("p") and hour != 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    return hour, int(g["minute"]) if g.get("minute") else None


# "the 1:45 mile", "the 2:05 marathon": a record or a pace, not the time of day
_TIMED_RECORDS = lx.word_set(
    "mile miles mark marathon pace split splits ratio record km lap laps finish barrier run"
)


def clock_24(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "at 17:30", "by 9:00", "the 8:10 was cancelled": a clock time without a.m./p.m. after a
    word that introduces one; "at 3:30" may be either half of the day, so an hour up to 12 is
    latent."""
    if ctx.word_before() == "the" and ctx.word_after().lower() in _TIMED_RECORDS:
        return None
    expression = clock_alone(g, ctx)
    if expression is None:
        return None
    return replace(expression, latent=int(g["hour24"]) <= 12)


def dotted_clock(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "lunch at 12.30", "home by 6.45": a clock time written with a dot, in a post, where the
    clause ends or a small word follows (a price or a count goes on: "at 3.45 a share"); up to
    12 as "show at 8:30", its half of the day from the event before."""
    if not ctx.informal():
        return None
    if int(g["hour24"]) <= 12:
        return bare_hour({"hour": g["hour24"], "minute": g["minute24"]}, ctx)
    return clock_24(g, ctx) if _AFTER_A_BARE_HOUR.match(ctx.lowered, ctx.end) else None


def clock_alone(g: dict[str, str], ctx: Context) -> Expression | None:
    hour, minute = _clock(g)
    if hour is None:
        return None
    if g.get("noon") and ctx.word_before() == "high":
        return None  # "high noon", the idiom (and the film)
    if g.get("ampm", "").startswith(("in", "at")) and ctx.word_before() != "at":
        return None  # "rose 4 in the afternoon" counts points; "at 4 in the morning" is a time
    if g.get("noon") in _MIDNIGHT and ctx.tense() is not Tense.PAST:
        hour = 24  # "the store closes at midnight": the midnight that ends the day, T24:00
    return Expression(
        Kind.RELATIVE, type=TimexType.TIME, unit="D", offset=0, hour=hour, minute=minute,
        mod=_mod(g), anaphoric=True, tense=ctx.tense(),
    )  # fmt: skip


# "at 1400 Moscow time": a zone named by a place
_PLACE_TIME_AFTER = re.compile(r"[ \t]+[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?[ \t]+time\b")


def clock_24_after_at(g: dict[str, str], ctx: Context) -> Expression | _NotTime | None:
    """ "fell asleep at about 1100": a 24-hour clock; not a number of a street or a name
    before its capitalised word ("at 1600 Pennsylvania Avenue", "at 1000 Main St."), unless
    that names the clock's zone ("at 1400 Moscow time")."""
    if _title_follows(ctx) and not _PLACE_TIME_AFTER.match(ctx.original, ctx.end):
        return NOT_TIME  # (nor the year it might be: "at" a year is not English)
    return clock_alone(g, ctx)


# A text that writes the time of day as a 24-hour clock: "at about 1100", "1400 GMT", "0930
# local time", "1730 hours"
_CLOCK_WRITTEN = re.compile(
    r"\bat\s(?:about\s|around\s)?(?:[01][0-8]|2[1-3])[0-5]\d(?![\d%]|[,.]\d|\s(?:points?|"
    r"levels?))|\b(?:[01]\d|2[0-3])[0-5]\d\s(?:gmt|bst|utc|local\stime|hours|hrs)\b"
)


def clock_of_a_text_of_clocks(g: dict[str, str], ctx: Context) -> Expression | None:
    """A four-digit number after "between", "and", "after", "until" … read as a clock time in
    a text that writes its times so ("fell asleep at about 1100 … calls between 1100 and 1200"),
    as one sense per text; elsewhere left to the year it may be ("between 1100 and 1200, the
    town grew")."""
    writes_clocks = ctx.memo.get("clocks")
    if writes_clocks is None:  # once per text
        writes_clocks = ctx.memo["clocks"] = bool(_CLOCK_WRITTEN.search(ctx.lowered))
    return clock_alone(g, ctx) if writes_clocks else None


# A live page's entries open on the clock time each was posted, one after another: "(All times
# GMT.) 0000 The BBC is discontinuing … 2040 Officials at the US Department … 2034 The US
# televangelist …": four digits that open a sentence, before a capital.
_OPENING_STAMP = re.compile(r"(?<![\w.,:/$£€-])((?:[01]\d|2[0-3])[0-5]\d)\s+(?=[A-Z])")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"”’')\]\n])\s*$")
_TIMES_STATED = re.compile(r"\ball\stimes\s(?:are\s)?(?:in\s)?" + expand("<TZ>"))
LIVE_PAGE_STAMPS = 3  # stamps that make a page a live one: two may be years that open sentences


def _live_page_stamps(text: str) -> frozenset[int]:
    """Where the clock stamps of a live page's entries start in ``text``; none unless there are
    :data:`LIVE_PAGE_STAMPS` of them or more and the page shows it writes the time of day so: a
    stamp no year of a news page can be (before 1000: "0000", "0930") or its times' zone stated
    ("All times GMT"). A chronology whose lines open on years ("1995 Founded. 2001 Listed.")
    has neither."""
    found = [
        m.start(1)
        for m in _OPENING_STAMP.finditer(text)
        if _SENTENCE_END.search(text, max(0, m.start(1) - 3), m.start(1))
    ]
    if len(found) < LIVE_PAGE_STAMPS:
        return frozenset()
    clocks_only = any(int(text[i : i + 4]) < 1000 for i in found)
    if not clocks_only and not _TIMES_STATED.search(text.lower()):
        return frozenset()
    return frozenset(found)


def live_page_stamp(g: dict[str, str], ctx: Context) -> Expression | None:
    """The clock stamp that opens an entry of a live page (:func:`_live_page_stamps`): the time
    of day of the day the page is about; elsewhere four digits that open a sentence are left to
    the year they may be."""
    stamps = ctx.memo.get("stamps")
    if stamps is None:  # once per text
        stamps = ctx.memo["stamps"] = _live_page_stamps(ctx.original)
    return clock_alone(g, ctx) if ctx.start in stamps else None


# "8p" may be eight pence ("8p a litre", "50p off", "costs 8p"): a clipped clock only in a post,
# and a bare "p" hour not after a price's words nor before a quantity's; "a" only with minutes
# ("flat 10a", "form 3a")
_PRICE_AROUND_P = lx.word_set(
    "a an per each off for coin coins piece cost costs costing price just only"
)


def clipped_clock(g: dict[str, str], ctx: Context) -> Expression | None:
    if not ctx.informal() or ctx.original[ctx.start - 1 : ctx.start] in ("£", "$", "€"):
        return None
    if g["ampm"] == "a" and not g.get("minute"):
        return None
    if not g.get("minute") and (
        ctx.word_before() in _PRICE_AROUND_P or ctx.word_after().lower() in _PRICE_AROUND_P
    ):
        return None
    return clock_alone({**g, "ampm": g["ampm"] + "m"}, ctx)


_RANGE_YEAR = re.compile(r"[-–][0-3]?\d,?\s((?:1\d{3}|20\d{2}))(?![\d%a-z])")


# "its may 10", "march 3rd!!": a lower-case "may" or "march" is a month when a day follows it and
# the clause ends there or goes on as a date does ("they march 10 miles", "you may 2 go" do not)
_AFTER_A_LOWER_CASE_DATE = re.compile(
    r"\s*(?:$|[^\w\s/%–-]|(?:is|was|will|at|and|or|to|thru|through|til|till|until|then|cant|can't|"
    r"for|we|i|u|lol|pls|please|this|next|last|morning|night|nite|eve)(?![\w'’])|"
    # a clock time: "footy sat 8th 3pm ko"
    r"(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?(?:am|pm)(?![a-z]))"
)


# "gig on mar 22", "from mar 3rd": a lower-case "mar" (a verb too) is the month after these
_PREPOSITIONS_OF_A_DATE = lx.word_set("on from since til till until by before after thru due")


def _lower_case_month_day(g: dict[str, str], ctx: Context) -> bool:
    """ "its may 10", "may 10th", "on mar 22" (not "they march 10 miles")."""
    if g["month"] == "mar" and ctx.word_before() not in _PREPOSITIONS_OF_A_DATE:
        return False
    ends_as_a_date = bool(_AFTER_A_LOWER_CASE_DATE.match(ctx.lowered, ctx.end))
    return ctx.lowered.startswith(g["month"], ctx.start) and (
        g["day"][-1].isalpha() or ends_as_a_date
    )


# "this year", "last year", "next year": the year counted from the anchor's
_YEAR_OFFSETS = {"this": 0, "last": -1, "next": 1}


def month_day(g: dict[str, str], ctx: Context) -> Expression | None:
    if not _month_ok(g, ctx) and not _lower_case_month_day(g, ctx):
        return None
    day = int(re.match(r"\d+", g["day"]).group())  # type: ignore[union-attr]
    if not 1 <= day <= 31:
        return None
    year = _year(g)
    if year is None and (shared := _RANGE_YEAR.match(ctx.lowered, ctx.end)):
        year = int(shared.group(1))  # "June 25-27, 2024": the range's year
    if g.get("rel"):  # "25 June last year": in the year before the anchor's
        offset = _YEAR_OFFSETS[g["rel"]]
        return Expression(Kind.CALENDAR, month=_month_number(g), day=day, year_offset=offset)
    return Expression(
        Kind.CALENDAR,
        month=_month_number(g),
        day=day,
        year=year,
        day_part=lx.DAY_PARTS.get(g.get("daypart", "")),
        tense=_tense_if(ctx, year is None),
        begun=year is None and (_since(ctx) or _happened_then(ctx)),
    )


# "May 8-10", "8-10 May", "April 24 and 25": two expressions, as for a range of years, each day
# its own
_RANGE_FROM_MONTH_DAY = re.compile(
    r"(?<![\w.])([A-Za-z][a-z]{2,8})\.?\s([0-3]?\d)(?:st|nd|rd|th)?"
    r"([-–]|\s(?:and|or|to|through|until|till)\s)$"
)


# Words that may follow the last day of a range ("May 8-10 in Geneva"); another lower-case word
# makes it a count ("May 8 and 30 others")
_AFTER_DAY = lx.word_set(
    "in at on and or but when as to for with of the after before during this that while because "
    "from until till through next last among by across near over under against within amid "
    "despite following around along"
)


def day_range_start(g: dict[str, str], ctx: Context) -> Expression | None:
    """The first day of "8-10 May": the month and year are those of the second."""
    if int(g["day"]) >= int(g["day2"]):
        return None
    if g.get("joiner") and ctx.word_before() not in ("from", "between"):
        return None  # "rose 9 to 11 May": a range only after "from" or "between"
    month_end = ctx.lowered.find(g["month"], ctx.end, ctx.end + 20) + len(g["month"])
    return month_day({k: v for k, v in g.items() if k != "day2"}, ctx.moved(ctx.start, month_end))


def day_range_end(g: dict[str, str], ctx: Context) -> Expression | None:
    """The second day of "May 8-10"; in lower case only with a dash and a month that is no
    word ("aug 3-5"; "may 8-10" is not a date)."""
    first = _RANGE_FROM_MONTH_DAY.search(ctx.original, max(0, ctx.start - 24), ctx.start)
    if first is None or first.group(1).lower().rstrip(".") not in lx.MONTHS:
        return None
    if first.group(1)[0].islower() and (
        first.group(1) in lx.AMBIGUOUS_MONTHS or first.group(3) not in "-–"
    ):
        return None
    day, month = int(g["day2"]), first.group(1).lower()
    if not int(first.group(2)) < day <= 31:
        return None
    after = ctx.word_after()
    if after[:1].islower() and after not in _AFTER_DAY:
        return None  # "from May 8 to 10 percent", "on May 8 and 30 others": a count
    year = _year(g)
    return Expression(
        Kind.CALENDAR, month=_month(month), day=day, year=year,
        tense=_tense_if(ctx, year is None),
    )  # fmt: skip


def week_of_day(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "the week of March 6": the ISO week that holds the day; "the weekend of May 17" that
    week's weekend."""
    day = month_day(g, ctx)
    return None if day is None else replace(day, unit="WE" if g["week"] == "weekend" else "W")


def iso_date(g: dict[str, str], ctx: Context) -> Expression | None:
    return Expression(
        Kind.CALENDAR, year=int(g["year"]), month=int(g["monthnum"]), day=int(g["day"])
    )


def numeric_date(g: dict[str, str], ctx: Context) -> Expression | None:
    from dashboard.temporal.absolute import parse_absolute_date

    # "9.5.2025" puts the day first, as most of the world does; "5/9/2025" is American, unless
    # it cannot be ("21/03/2013")
    dotted = g.get("dotted")
    if dotted:
        day = parse_absolute_date(dotted, "DMY")
    else:
        day = parse_absolute_date(g["numeric"]) or parse_absolute_date(g["numeric"], "DMY")
    if day is None:
        return None
    # both parts 12 or less: the order stays open until the anchor is known ("12/05/2024")
    first, second = (
        int(part) for part in (dotted or g["numeric"]).replace(".", "/").split("/")[:2]
    )
    open_order = {"order_open": not dotted and first <= 12 and second <= 12, "tense": ctx.tense()}
    if not dotted and len(g["numeric"].rsplit("/", 1)[1]) == 2:
        # "3/4/09": the century nearest the anchor (2009), never the parser's guess (1909)
        return Expression(
            Kind.CALENDAR, month=day.month, day=day.day, two_digit_year=day.year % 100,
            **open_order,
        )  # fmt: skip
    return Expression(Kind.CALENDAR, year=day.year, month=day.month, day=day.day, **open_order)


def year_quarter(g: dict[str, str], ctx: Context) -> Expression:
    year = _year(g) or _year(g, "fyear")
    if g.get("yy"):  # "Q1 FY23"
        year = _two_digit_fiscal_year(g["yy"])
    return Expression(Kind.CALENDAR, year=year, quarter=int(g["quarter"]))


def week_of_month(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "the first week of June": days 1-7 of the month ("the last week": its last 7 days)."""
    if not _month_ok(g, ctx):
        return None
    number = -1 if g["ord"] in ("last", "final") else lx.ORDINALS[g["ord"]]
    year = _year(g)
    return Expression(
        Kind.CALENDAR, month=_month(g["month"]), year=year, nth=number, unit="W",
        tense=_tense_if(ctx, year is None),
    )  # fmt: skip


def nth_weekday_of_month(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "the first Monday of June": that weekday of the month (as Thanksgiving is)."""
    if not _month_ok(g, ctx):
        return None
    number = -1 if g["ord"] in ("last", "final") else lx.ordinal_value(g["ord"])
    year = _year(g)
    return Expression(
        Kind.CALENDAR, month=_month(g["month"]), weekday=lx.WEEKDAYS[g["weekday"]], nth=number,
        year=year, tense=_tense_if(ctx, year is None),
    )  # fmt: skip


def month_year(g: dict[str, str], ctx: Context) -> Expression | None:
    if not _month_ok(g, ctx):
        return None
    if g.get("rel"):
        # "October of next year" is in the anchor's year + 1, not merely the next October
        offset = _YEAR_OFFSETS[g["rel"]]
        return Expression(Kind.CALENDAR, month=_month(g["month"]), year_offset=offset, mod=_mod(g))
    if g.get("yy"):  # "March '12": the century nearest the anchor
        return Expression(
            Kind.CALENDAR, month=_month_number(g), two_digit_year=int(g["yy"]), mod=_mod(g)
        )
    year = _year(g)
    if year is None:
        return None
    return Expression(Kind.CALENDAR, month=_month_number(g), year=year, mod=_mod(g))


def foreign_date(g: dict[str, str], ctx: Context) -> Expression | None:
    """A date in another language ("9 mai 2025", "мае 2025 года", "2025年5月9日"): what
    :func:`month_day` or :func:`month_year` builds, except that a date without a year takes the
    year nearest the anchor. The tense cues are English words, and in these languages they
    mislead (German "was" is "what", "will" is "wants")."""
    word = g.get("month")
    if word in lx.AMBIGUOUS_FOREIGN_MONTHS and ctx.capitalised(
        ctx.lowered.find(word, ctx.start, ctx.end) - ctx.start
    ):
        return None  # "2 Mars rovers", "the Mayo 2025 report"
    if "monthnum" in g and not 1 <= int(g["monthnum"]) <= 12:
        return None
    expression = month_day(g, ctx) if "day" in g else month_year(g, ctx)
    return None if expression is None else replace(expression, tense=None)


def part_of_month(g: dict[str, str], ctx: Context) -> Expression | None:
    if not _month_ok(g, ctx) and g.get("part") != "mid-":
        return None  # "mid-march", "mid-may" are months in lower case too ("early may" is not)
    year = _year(g)
    return Expression(
        Kind.CALENDAR,
        month=_month(g["month"]),
        year=year,
        mod=_mod(g),
        tense=_tense_if(ctx, year is None),
    )


def part_of_year(g: dict[str, str], ctx: Context) -> Expression | None:
    half = g.get("half")
    if half:
        number = 1 if half == "first" else 2
        if g.get("rel"):  # "the second half of the year", "the first half of next year"
            offset = {"this": 0, "the": 0, "next": 1, "last": -1}[g["rel"]]
            return Expression(Kind.CALENDAR, half=number, offset=offset)
        return Expression(Kind.CALENDAR, year=_year(g), half=number)
    return Expression(Kind.CALENDAR, year=_year(g), mod=_mod(g))


def part_of_relative(g: dict[str, str], ctx: Context) -> Expression | None:
    unit = RELATIVE_PERIOD_UNITS[g["unit"]]
    rel = g.get("rel", "the")
    offset = 0 if rel in ("the", "this", "the current", "current") else lx.RELATIVE_WORDS[rel]
    # "the end of the year" in a clause of the past, in March: the end of the year before
    # (:func:`~dashboard.temporal.resolve.resolve` weighs it); "this" names the current one
    tense = ctx.tense() if rel == "the" else None
    return Expression(Kind.RELATIVE, unit=unit, offset=offset, mod=_mod(g), tense=tense)


_ABBREVIATED_ENDS = {"eod": "D", "cob": "D", "eow": "W", "eom": "M", "eoy": "Y"}


def end_of_abbreviated(g: dict[str, str], ctx: Context) -> Expression:
    """ "by eod", "by cob" (close of business), "by eow": the end of this day, week, month, year."""
    return Expression(Kind.RELATIVE, unit=_ABBREVIATED_ENDS[g["abbr"]], offset=0, mod="END")


def part_of_day(g: dict[str, str], ctx: Context) -> Expression | None:
    named = re.sub(r"\s+", " ", g["named"])
    if named.startswith("this "):  # "early this morning"
        offset, day_part = 0, lx.DAY_PARTS[named[5:]]
    else:
        offset, day_part = lx.NAMED_DAYS[named]
    part = g.get("part")
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(part or "")
    return Expression(
        Kind.RELATIVE,
        unit="D",
        offset=offset,
        day_part=lx.DAY_PARTS.get(g.get("daypart", ""), day_part),
        mod=mod,
    )


# How posts write the parts of this day ("ran 5k this am", "drinks this eve")
_CASUAL_DAY_PARTS = {
    "mornin": "morning", "morn": "morning", "am": "morning", "eve": "evening",
    "arvo": "afternoon", "aft": "afternoon", "avo": "afternoon",
}  # fmt: skip


def this_day_part(g: dict[str, str], ctx: Context) -> Expression:
    daypart = _CASUAL_DAY_PARTS.get(g["daypart"], g["daypart"])
    return Expression(Kind.RELATIVE, unit="D", offset=0, day_part=lx.DAY_PARTS[daypart])


def day_part_of_reference(g: dict[str, str], ctx: Context) -> Expression:
    """ "in the morning", "by late afternoon": that part of the day the story named last (left
    out when it named none: "he runs in the morning" is a habit)."""
    # after "by", "until", "at"… a deadline or a moment: with no day named before, the day of
    # writing ("By mid afternoon, officials said the operation was over")
    return Expression(
        Kind.RELATIVE, unit="D", offset=0, day_part=lx.DAY_PARTS[g["daypart"]], anaphoric=True,
        mod=_mod(g), or_anchor=ctx.word_before() in _BEFORE_A_MOMENT,
    )  # fmt: skip


_BEFORE_A_MOMENT = lx.word_set("by at until till before after since from")


def earlier_later(g: dict[str, str], ctx: Context) -> Expression | None:
    unit = RELATIVE_PERIOD_UNITS[g["unit"]]
    rel = g.get("rel", "this")
    offset = {"this": 0, "the": 0, "next": 1, "last": -1}[rel]
    period = Expression(Kind.RELATIVE, unit=unit, offset=offset)
    if offset != 0:  # "later next year": the year itself, its second part
        mod = "END" if g["dir"] == "later" else "START"
        return Expression(Kind.RELATIVE, unit=unit, offset=offset, mod=mod)
    return Expression(Kind.SPAN, first=period, mod="AFTER" if g["dir"] == "later" else "BEFORE")


_BEFORE_AN_OLD_DECADE = lx.word_set("in since during from by until till through before after of")


def decade(g: dict[str, str], ctx: Context) -> Expression | None:
    if g.get("decade4"):
        value = int(g["decade4"])
        if value % 10 == 0 and value < 200:  # "the 1800s", "the early 1900s": a century
            return Expression(Kind.CALENDAR, century=value // 10, mod=_mod(g))
        if (
            value < 190
            and not (g.get("the") or _mod(g))
            and ctx.word_before() not in _BEFORE_AN_OLD_DECADE
            and not ctx.word_after()[:1].isupper()
        ):
            # "1040s forms were filed", "we don't need 1040s,": things named by a number,
            # written as a plural; a decade of old is written "the 1840s" or "in 1840s London"
            return None
    elif g.get("decade2") or g.get("decade2b"):
        digit = int(g.get("decade2") or g["decade2b"])
        value = 190 + digit if digit >= 2 else 200 + digit  # "the '90s", "the '00s"
    elif g.get("decadeword"):
        value = 190 + lx.DECADE_WORDS[g["decadeword"]]
    elif g.get("decade2c"):
        # "the 1880s and 90s", "the 1940s/50s": the second of two decades is in the first's century
        first = _DECADE_BEFORE.search(ctx.lowered, max(0, ctx.start - 24), ctx.start)
        if first is None:
            return None
        digit = int(g["decade2c"])
        if first.group("century"):
            value = int(first.group("century")) * 10 + digit
        else:
            value = 190 + digit if digit >= 2 else 200 + digit
    else:
        return None
    return Expression(Kind.CALENDAR, decade=value, mod=_mod(g))


# The first of two decades, written as a decade is ("the 70s", "'70s", "1970s"; not "his 30s")
_DECADE_BEFORE = re.compile(
    r"(?:(?<!\d)(?P<century>1\d|20)|the\s(?:early\s|late\s|mid-|mid\s)?|['’])"
    r"\d0['’]?s(?:\sand\s|\sor\s|/|-)$"
)


# The first of two centuries ("the 18th and 19th centuries"): an ordinal, then "and", "or", "to"
_ORDINAL_AND_BEFORE = re.compile(r"(?:\d(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th))\s(?:and|or|to)\s$")


def century(g: dict[str, str], ctx: Context) -> Expression | None:
    if "ordinal2" in g and not _ORDINAL_AND_BEFORE.search(
        ctx.lowered, max(0, ctx.start - 24), ctx.start
    ):
        return None  # "19th centuries" needs the first century and "and" before it
    number = lx.ordinal_value(g.get("ordinal") or g["ordinal2"])
    if "ordinal2" in g:
        g = {**g, "part": g.get("part2", "")}
    if number is None or not 1 <= number <= 99:
        return None
    return Expression(Kind.CALENDAR, century=number - 1, mod=_mod(g))


_SEASON_CUES = frozenset(
    {"in", "this", "last", "next", "during", "by", "until", "since", "the", "early", "late",
     "mid", "before", "after", "through", "of", "over", "past", "coming"}
)  # fmt: skip


_AFTER_A_FALL = lx.word_set("of in out from to off")


def season(g: dict[str, str], ctx: Context) -> Expression | None:
    word = g["season"]
    qualified = g.get("rel") or g.get("year") or g.get("part") or g.get("the")
    if (
        word in ("fall", "spring")
        and not qualified
        and ctx.word_before() not in _SEASON_CUES
        and not _a_month_begins_a_post({"month": word}, ctx)  # "spring is finally here"
    ):
        return None  # "prices fall", "a spring in his step"
    if word == "fall" and not (g.get("year") or g.get("rel")) and ctx.word_after() in _AFTER_A_FALL:
        return None  # "the fall of the regime", "the fall in prices", "the fall out"
    if word == "fall" and ctx.lowered.startswith(("-out", "-off"), ctx.end):
        return None  # "the fall-out from the war"
    if g.get("yy"):
        return Expression(
            Kind.CALENDAR, season=lx.SEASONS[word], two_digit_year=int(g["yy"]), mod=_mod(g)
        )
    year = _year(g)
    rel = g.get("rel")
    offset = lx.RELATIVE_WORDS.get(rel) if rel else None
    if rel in ("this", "the current", "current"):
        offset = 0
    return Expression(
        Kind.CALENDAR,
        season=lx.SEASONS[word],
        year=year,
        offset=offset,
        mod=_mod(g),
        tense=_tense_if(ctx, year is None and offset is None),
        begun=year is None and offset is None and (_since(ctx) or _happened_then(ctx)),
    )


_QUARTER_BACK = {"year-ago", "year-earlier", "comparable", "corresponding"}
# "fourth-quarter results", "the fourth quarter's earnings": a quarter's figures are told once it
# is under way or over (see resolve: "will report fourth-quarter results" in January)
_RESULTS_AFTER = re.compile(
    r"(?:['’]s)?\s(?:(?:net|operating|pretax|pre-tax|adjusted|core)\s)?(?:results?|earnings|"
    r"profits?|loss(?:es)?|revenues?|sales|income|figures|numbers|report|gdp|growth|output)\b"
)


def quarter(g: dict[str, str], ctx: Context) -> Expression | tuple[Expression, int] | None:
    """A quarter; as an adjective ("the third-quarter loss") its span leaves "the" out."""
    expression = _quarter(g, ctx)
    span = ctx.lowered[ctx.start : ctx.end]
    if expression is not None and span.startswith("the ") and span.endswith("-quarter"):
        return expression, len("the ")
    return expression


def _quarter(g: dict[str, str], ctx: Context) -> Expression | None:
    rel = g.get("rel")
    if (
        ctx.original.startswith("the Quarter", ctx.start)
        and not (rel or g.get("ago"))
        and ctx.word_after().lower() not in ("ended", "ending", "to", "through")
    ):
        return None  # "foodies filled the Quarter": a town's quarter named short ("the French ...")
    year = _year(g) or _year(g, "qyear")
    if g.get("qmonth"):  # "the June quarter": April to June
        if not ctx.capitalised(len("the ")) and not year:
            return None
        number = (lx.MONTHS[g["qmonth"]] - 1) // 3 + 1
        return Expression(
            Kind.CALENDAR, quarter=number, year=year, tense=_tense_if(ctx, year is None)
        )
    ordinal = g.get("ord")
    number = 4 if ordinal in ("final", "last") else lx.ordinal_value(ordinal) if ordinal else None
    if g.get("yearrel"):
        year_offset = _YEAR_OFFSETS[g["yearrel"]]
        if number is not None:
            return Expression(Kind.CALENDAR, quarter=number, year=None, offset=year_offset)
        # "last year's quarter": the report's quarter, that many years away
        mentioned = _mentioned_quarter(ctx)
        if mentioned is not None:
            return Expression(Kind.RELATIVE, unit="Q", nth=mentioned, offset=4 * year_offset)
        return Expression(Kind.RELATIVE, unit="Q", offset=4 * year_offset - 1)
    if number is not None:
        if year is None and rel in ("year-ago", "year-earlier"):
            return Expression(Kind.CALENDAR, quarter=number, offset=-1)
        return Expression(
            Kind.CALENDAR, quarter=number, year=year, tense=_tense_if(ctx, year is None),
            begun=year is None and _RESULTS_AFTER.match(ctx.lowered, ctx.end) is not None,
        )  # fmt: skip
    # "the quarter", "the latest quarter", "the year-ago quarter": the last reported quarter
    period = "period" in ctx.lowered[ctx.start : ctx.end]
    if period and not g.get("ago") and not _about_quarters(ctx):
        # "the year-ago period" outside a quarterly report: the year
        if year is not None:
            return Expression(Kind.CALENDAR, year=year)
        if rel in ("year-ago", "year-earlier", "comparable", "corresponding"):
            return Expression(Kind.RELATIVE, unit="Y", offset=-1)
        return None
    ending = _QUARTER_ENDING.match(ctx.lowered, ctx.end)
    if ending is not None and not g.get("ago") and rel in (None, "latest", "current"):
        # "the quarter ending in June", "the quarter ended Sept. 30": the quarter that holds
        # that month, in the year the clause points at
        number = (_month(ending.group("month")) - 1) // 3 + 1
        return Expression(
            Kind.CALENDAR, quarter=number, year=year, tense=_tense_if(ctx, year is None)
        )
    if rel in ("this", "current"):
        return Expression(Kind.RELATIVE, unit="Q", offset=0, year=year)
    if rel == "next":
        return Expression(Kind.RELATIVE, unit="Q", offset=1, year=year)
    back = bool(g.get("ago")) or (rel or "").endswith(("year-ago", "year-earlier"))
    mentioned = _mentioned_quarter(ctx)
    if mentioned is not None:  # the quarter the report is about: the one it named before
        return Expression(Kind.RELATIVE, unit="Q", nth=mentioned, offset=-4 if back else 0,
                          year=year)  # fmt: skip
    # otherwise the last completed quarter ("the 1988 quarter": that quarter in 1988)
    return Expression(Kind.RELATIVE, unit="Q", offset=-5 if back else -1, year=year)


_QUARTER_ENDING = re.compile(
    expand(r"\s(?:ended|ending|that\sends|that\sended)\s(?:in\s|on\s)?(?P<month><MONTH>)")
)

# a calendar quarter named: "third-quarter profit" (a fiscal quarter is not a calendar one)
_NAMED_QUARTER = re.compile(r"(?<!fiscal\s)(first|second|third|fourth)[\s-]quarter")
MENTION_CONTEXT = 3000  # characters before "the quarter" searched for the quarter it refers to


def _mentioned_quarter(ctx: Context) -> int | None:
    """The first quarter named ("third-quarter profit") in the text before the match: the
    quarter a report is about is named in its lead; later ones are comparisons."""
    named = ctx.memo.get("quarters")
    if named is None:  # once per text: where each quarter is named, and which
        found = list(_NAMED_QUARTER.finditer(ctx.lowered))
        named = ([m.start() for m in found], [lx.ORDINALS[m.group(1)] for m in found])
        ctx.memo["quarters"] = named
    positions, numbers = named  # type: ignore[misc]
    index = bisect_left(positions, ctx.start - MENTION_CONTEXT)
    return numbers[index] if index < len(positions) and positions[index] < ctx.start else None


def _two_digit_fiscal_year(digits: str) -> int:
    short = int(digits)
    return 2000 + short if short < 50 else 1900 + short


def fiscal_year(g: dict[str, str], ctx: Context) -> Expression | None:
    year = _year(g)
    if g.get("yy"):  # "FY24"
        year = _two_digit_fiscal_year(g["yy"])
    if year is not None and g.get("endyy"):
        # "FY2022-23": the year it ends in (as "FY23"); "FY2022-24" is no fiscal year
        end = year - year % 100 + int(g["endyy"])
        if end != year + 1 and not (year % 100 == 99 and int(g["endyy"]) == 0):
            return None
        year += 1
    if year is not None:
        return Expression(Kind.CALENDAR, year=year)
    rel = g.get("rel", "this")
    offset = {"this": 0, "current": 0, "the": 0, "latest": -1, "last": -1, "previous": -1,
              "next": 1, "coming": 1}.get(rel, 0)  # fmt: skip
    return Expression(Kind.RELATIVE, unit="Y", offset=offset)


def year_ago_period(g: dict[str, str], ctx: Context) -> Expression | tuple[Expression, int]:
    """ "the year-ago period"; as an adjective ("the year-earlier profit") without "the"."""
    if _about_quarters(ctx):
        expression = Expression(Kind.RELATIVE, unit="Q", offset=-5)  # same quarter, a year back
    else:
        expression = Expression(Kind.RELATIVE, unit="Y", offset=-1)
    span = ctx.lowered[ctx.start : ctx.end]
    if span.startswith("the ") and span.endswith(("-ago", "-earlier")):
        return expression, span.index("year-")
    return expression


def _about_quarters(ctx: Context) -> bool:
    """Whether the text around is a quarterly report ("profit rose from $1 a share a year ago"
    after "third-quarter net income"): then "a year ago" is the same quarter a year back."""
    return "quarter" in ctx.lowered[max(0, ctx.start - QUARTER_CONTEXT) : ctx.end + 200]


QUARTER_CONTEXT = 400  # characters before "a year ago" searched for a quarterly report


def year_end(g: dict[str, str], ctx: Context) -> Expression:
    return Expression(Kind.RELATIVE, unit="Y", offset=0, mod="END")


def year_ended(g: dict[str, str], ctx: Context) -> Expression:
    """ "the year ended March 31", "the year to April": a span of twelve months (the date is its
    own expression); "the fortnight to May 3" two weeks."""
    unit = g.get("unit") or "year"
    if unit == "fortnight":
        return Expression(Kind.DURATION, unit="W", amount=2)
    return Expression(Kind.DURATION, unit=lx.UNITS[unit], amount=1)


def this_time_then(g: dict[str, str], ctx: Context) -> Expression:
    """ "this time last year", "this time next month": about the anchor's day, one unit away."""
    return Expression(
        Kind.SHIFT, unit=lx.UNITS[g["unit"]], amount=1, offset=-1 if g["rel"] == "last" else 1,
        mod="APPROX", to_the_day=True,
    )  # fmt: skip


def this_year(g: dict[str, str], ctx: Context) -> Expression:
    return Expression(Kind.RELATIVE, unit="Y", offset=0)


def shift(g: dict[str, str], ctx: Context) -> Expression | None:
    unit = lx.UNITS[g["unit"]]
    direction = g["dir"]
    offset = -1 if direction in ("ago", "earlier", "back", "before") else 1
    if unit == "Y" and offset == -1 and g["num"] in ("a", "one") and _about_quarters(ctx):
        return Expression(Kind.RELATIVE, unit="Q", offset=-5)  # the same quarter, a year back
    if direction == "earlier" and unit in ("S", "MIN", "H", "D", "W", "WE", "FN"):
        # "two days earlier", "a week earlier": before a day the story told, seldom the day of
        # writing: counted back from the date it named last (the tagger reads it as a length,
        # as "two days later", when it named none). "A year earlier", "a month earlier" stay
        # on the anchor: news compares with the same period then.
        amount = lx.parse_amount(g["num"])
        if unit in ("S", "MIN", "H") or amount is None or ctx.word_after().lower() == "than":
            # ("held on May 8, a day earlier than others said": a difference, not a day)
            return Expression(Kind.DURATION, unit=unit, amount=amount, mod=_mod(g) or _or_so(ctx))
        return Expression(
            Kind.SHIFT, unit=unit, amount=amount, offset=-1, mod=_mod(g), anaphoric=True
        )
    return Expression(
        Kind.SHIFT,
        unit=unit,
        amount=lx.parse_amount(g["num"]),
        offset=offset,
        mod=_mod(g),
        to_the_day=bool(g.get("today")) or g["dir"] == "from today",
    )


# "the first ... in 20 years", "the highest in a decade": a record over a length of time, not
# a date that many years ahead, whatever the clause's tense
_RECORD_BEFORE = re.compile(
    r"\b(?:first|only|highest|lowest|biggest|largest|smallest|worst|best|strongest|weakest|"
    r"fastest|slowest|deadliest|longest|most|least|sharpest|steepest|greatest|heaviest|"
    r"hottest|coldest|warmest|wettest|driest|busiest|fewest|"
    # "the second setback in five years", "the third such attack in a month": a count
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\b[^.;!?]*$"
)


def in_amount(g: dict[str, str], ctx: Context) -> Expression | tuple[Expression, int] | None:
    """ "in two weeks": a date when the clause looks forward or has no tense, else just the
    duration (without "in"); "within 18 months" is a duration with its bound (mod
    EQUAL_OR_LESS)."""
    unit = lx.UNITS[g["unit"]]
    amount = lx.parse_amount(g["num"])
    if unit == "S" and g["num"] in ("a", "an") and _ORDINAL_BEFORE_A_NOUN.match(ctx.word_after()):
        return None  # "in a second report", "in a second day of hearings": an ordinal
    if g.get("ortwo") and g["prep"] == "in":
        # "may, in a year or two, save more lives": a time ahead too vague for a date
        # (TimeBank: FUTURE_REF); told in the past, a vague length ("rose in a year or two")
        if ctx.tense() is Tense.PAST:
            return Expression(Kind.DURATION, unit=unit), len("in ")
        return Expression(Kind.REFERENCE, value="FUTURE_REF"), len("in ")
    if g["prep"] == "within":  # the bound is the mod; the span leaves "within" out (TimeBank)
        expression = Expression(Kind.DURATION, unit=unit, amount=amount, mod="EQUAL_OR_LESS")
        return expression, len("within ")
    # no verb says otherwise: in news "in two weeks" counts from the day of writing ("the
    # vote is in three days"); a past clause makes it a length ("rose 5% in two weeks")
    if g.get("time") and amount is not None:  # "in two weeks' time" always counts ahead
        return Expression(Kind.SHIFT, unit=unit, amount=amount, offset=1), len("in ")
    if (
        ctx.tense() is not Tense.PAST
        and amount is not None
        and unit not in ("S", "MIN", "H")
        # "the first to do so in nearly 600 years": a length; "opens in about three weeks"
        # is a date ahead, roughly
        and _mod(g) in (None, "APPROX")
        and not _RECORD_BEFORE.search(ctx.lowered, max(0, ctx.start - 80), ctx.start)
    ):
        # (the span leaves "in" out, as TimeML does: "redeemed in [five years]")
        return Expression(Kind.SHIFT, unit=unit, amount=amount, offset=1, mod=_mod(g)), len("in ")
    return Expression(Kind.DURATION, unit=unit, amount=amount, mod=_mod(g)), len("in ")


# Words after which "last" is the verb ("it will last two days", "to last a week")
_BEFORE_LAST_THE_VERB = lx.word_set(
    "will would could can may might must should to did didn't won't cannot not never only also"
)


def past_amount(g: dict[str, str], ctx: Context) -> Expression | None:
    unit = lx.UNITS[g["unit"]]
    amount = lx.parse_amount(g["num"])
    if ctx.lowered.startswith("last", ctx.start) and ctx.word_before() in _BEFORE_LAST_THE_VERB:
        return None  # "it will last two days": the length alone, by "<amount> <unit>"
    if amount is None and not g.get("approx"):  # "the past several years": as "recent years"
        span = ctx.lowered[ctx.start : ctx.end]
        for word, mod in (("past", "BEFORE"), ("last", "BEFORE"), ("previous", "BEFORE"),
                          ("next", "AFTER"), ("coming", "AFTER")):  # fmt: skip
            if span.startswith(word) or span.startswith("the " + word):
                return Expression(Kind.SPAN, type=TimexType.DURATION, unit=unit, mod=mod)
    return Expression(Kind.DURATION, unit=unit, amount=amount, mod=_mod(g) or _or_so(ctx))


# "$33 million a year", "50,000 CDs a year", "24 hours a day": a rate, so "a year" recurs (SET)
_QUANTITY_WORDS = lx.word_set("million billion trillion thousand hundred dozen percent cents")
_NOT_PLURAL_NOUNS = lx.word_set(
    "this his its was has is as us yes unless always perhaps across less plus thus whereas "
    "towards afterwards besides sometimes news series"
    # verbs that ask how long: "the process takes a year", "his term lasts a year"
    " takes lasts spends needs requires remains stays serves gets gives means seems waits runs"
)
_AFTER_RATE = lx.word_set("ago earlier later after before of or and old")
_WORD_END = tuple("abcdefghijklmnopqrstuvwxyz0123456789%")
# "a year from now" counts from a day; "260 euros a day from ATMs" is still a rate
_FROM_A_DAY = re.compile(r"\s+from\s+(?:now|today|tomorrow|yesterday|then)\b")


def _rate_before(ctx: Context) -> bool:
    """Whether "a <unit>" follows an amount of something, which makes it a rate."""
    before = ctx.word_before()
    if (
        not before
        or ctx.word_after().lower() in _AFTER_RATE
        or _FROM_A_DAY.match(ctx.lowered, ctx.end)
        # "in power since 2003, a decade": a clause apart, no amount of anything
        or not ctx.lowered[max(0, ctx.start - 3) : ctx.start].rstrip().endswith(_WORD_END)
    ):
        return False
    if (
        before.lstrip("$")[:1].isdigit()  # "$500 a month", "$5 an hour": money, as "500 euros"
        or before in _QUANTITY_WORDS
        or ctx.lowered.endswith("% ", 0, ctx.start)
    ):
        return True
    return (
        len(before) > 2 and before.endswith("s") and not before.endswith("ss")
        and before not in _NOT_PLURAL_NOUNS
    )  # fmt: skip


# "a second" before a word other than these is the ordinal ("a second flight", "a second time")
_ORDINAL_BEFORE_A_NOUN = re.compile(r"(?!(?:ago|earlier|later|after|before|of|or|and|old)$)[a-z]+$")


def amount_of_units(g: dict[str, str], ctx: Context) -> Expression | tuple[Expression, int] | None:
    unit = lx.UNITS[g["unit"]]
    number = g["num"]
    if unit == "S" and number in ("a", "an") and _ORDINAL_BEFORE_A_NOUN.match(ctx.word_after()):
        return None  # "says a second relief flight", "survivors a second time": an ordinal
    if number in ("a", "an") and (
        ctx.word_before() in ("once", "twice", "thrice", "times", "per")
        or (not g.get("approx") and _rate_before(ctx))  # "nearly a decade" is a length
    ):
        return Expression(Kind.SET, value=f"P{'T' if unit in ('H', 'MIN', 'S') else ''}1"
                          f"{'M' if unit == 'MIN' else unit}")  # fmt: skip
    if (
        number[0].isdigit()
        and unit in ("S", "MIN")
        and "." not in number
        and ctx.word_before() == ""
    ):
        pass
    if unit == "Q" and (
        "-quarter" in ctx.lowered[ctx.start : ctx.end]
        or ctx.lowered.startswith(" (", ctx.end)
        or (number in ("one", "three") and ctx.word_after() == "of")
    ):
        return None  # "three-quarters of", "one quarter (25 percent)", "three quarters of"
    if unit in ("Q", "S") and number in ("a", "an"):
        return None  # "a quarter of the vote", "a second term"
    if number in ("a", "an") and ctx.word_before() in ("what", "such"):
        return None  # "what a day!", "such a year": an exclamation, not a length
    if _some_day_ahead(g, ctx):
        return Expression(Kind.REFERENCE, value="FUTURE_REF")
    if number in ("a", "an") and ctx.lowered.endswith("-long", ctx.start, ctx.end):
        return None  # "a day-long strike": the article is the noun's; "day-long" its own rule
    tail = lx.counted_tail(number) if not number[0].isdigit() else 0
    if tail:  # "two five-year terms": two things of five years; the span is "five-year"
        skip = ctx.lowered.find(number, ctx.start, ctx.end) - ctx.start + tail
        amount = lx.parse_amount(number[tail:])
        return Expression(Kind.DURATION, unit=unit, amount=amount, mod=_or_so(ctx)), skip
    amount = lx.parse_amount(number)
    if (amount is None and number[0].isdigit()) or (amount is not None and amount > 10000):
        return None
    if amount is not None and g.get("andhalf"):
        amount += 0.5
    return Expression(Kind.DURATION, unit=unit, amount=amount, mod=_mod(g) or _or_so(ctx))


# "Islam will one day be the second religion", "could one day replace": between a modal and its
# verb "one day" is some day ahead, not a length (TimeBank: FUTURE_REF). Not "will take one day",
# "may one day later", "will one day a week"
_NOT_A_VERB_AFTER_ONE_DAY = lx.word_set(
    "later earlier after before ago and or of a an the to in at on for from per each every"
)


def _some_day_ahead(g: dict[str, str], ctx: Context) -> bool:
    if g["num"] != "one" or g["unit"] != "day" or g.get("num2") or g.get("approx"):
        return False
    after = ctx.word_after()
    return (
        ctx.word_before() in _MODALS
        and after.isalpha()
        and after.islower()
        and after not in _NOT_A_VERB_AFTER_ONE_DAY
    )


def quarter_century(g: dict[str, str], ctx: Context) -> Expression:
    """ "a quarter of a century", "a quarter-century": 25 years."""
    return Expression(Kind.DURATION, unit="Y", amount=25, mod=_mod(g))


def unit_long(g: dict[str, str], ctx: Context) -> Expression:
    """ "a day-long strike" lasts a day (P1D); "a decades-long feud" some decades (PXY)."""
    amount = None if g.get("plural") else 1
    return Expression(Kind.DURATION, unit=lx.UNITS[g["unit"]], amount=amount)


# Words before "hours of", "months of" that make it a part of a period, not a length
_BEFORE_UNITS_OF_A_LENGTH = lx.word_set(
    "after following ended end ending ends despite amid through endured survived"
)
_THE_WORD_BEFORE = re.compile(r"\bthe\s(?:[a-z]+\s)?$")


def vague_units(g: dict[str, str], ctx: Context) -> Expression | None:
    if g.get("side") == "of" and not (
        ctx.capitalised(0) or ctx.word_before() in _BEFORE_UNITS_OF_A_LENGTH
    ):
        # "Decades of war", "ended years of isolation" are lengths; "the early hours of
        # Thursday" a part of a day, "years of experience" a measure of something else
        return None
    if g.get("side") in ("after", "before") and (
        ctx.word_before() == "of"
        or _THE_WORD_BEFORE.search(ctx.lowered, max(0, ctx.start - 30), ctx.start)
    ):
        # "in the days before the vote", "the first days after": a stretch by an event, not a
        # length; "a matter of days before" (TimeBank marks neither)
        return None
    unit = lx.UNITS[g["unit"]]
    return Expression(Kind.DURATION, unit=unit, amount=None)


# "the first days after the vote": a stretch by an event (see vague_units)
_AFTER_FIRST_UNITS = lx.word_set("after before since following")


def first_units(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "the first few weeks of the war", "the first hours of the ground war", "the early
    years": some units at the start (or the end) of a stretch, a vague length (TimeBank:
    "the first hours" PTXH, "the early years" PXY). "the early hours" of a day is a part of
    it, not a length."""
    if ctx.word_after().lower() in _AFTER_FIRST_UNITS:
        return None
    unit = lx.UNITS[g["unit"]]
    if unit == "H" and g["edge"] == "early":
        return None
    return Expression(Kind.DURATION, unit=unit, amount=None)


def coming_units(g: dict[str, str], ctx: Context) -> Expression:
    unit = lx.UNITS[g["unit"]]
    return Expression(Kind.SPAN, type=TimexType.DURATION, unit=unit, amount=None, mod="AFTER")


def recent_units(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "recent months": a vague duration (PXM, TimeBank's more frequent reading, 8 of 14) that
    ends at the anchor, reaching back a few units. "recent years", "past years" (no "the") are
    TimeBank's vague past (PAST_REF, 5 of 7), over the same rough interval."""
    if ctx.lowered.startswith("last", ctx.start) and ctx.word_before() in _BEFORE_LAST_THE_VERB:
        return None  # "it could last several days": the length alone, by "<amount> <unit>"
    unit = lx.UNITS[g["unit"]]
    if unit == "Y" and ctx.lowered.startswith(("recent", "past"), ctx.start):
        return Expression(Kind.SPAN, unit=unit, value="PAST_REF", mod="BEFORE")
    return Expression(Kind.SPAN, type=TimexType.DURATION, unit=unit, amount=None, mod="BEFORE")


def following_period(g: dict[str, str], ctx: Context) -> Expression:
    """ "the following year": the year after the one the story last named; "the next
    morning" the morning of the day after the day it last named; "the previous day" the day
    before it."""
    offset = -1 if g.get("which") == "previous" else 1
    # the tense says whether "the next day" may follow the day of writing when the story named
    # no day before (only in a clause that looks forward: "he died the next day" may not)
    tense = ctx.tense() if offset > 0 and g["unit"] in ("day", *lx.DAY_PARTS) else None
    if g["unit"] in lx.DAY_PARTS:
        return Expression(
            Kind.RELATIVE, unit="D", offset=offset, day_part=lx.DAY_PARTS[g["unit"]],
            anaphoric=True, tense=tense,
        )  # fmt: skip
    unit = RELATIVE_PERIOD_UNITS[g["unit"]]
    return Expression(Kind.RELATIVE, unit=unit, offset=offset, anaphoric=True, tense=tense)


def two_weeks(g: dict[str, str], ctx: Context) -> Expression:
    """ "the past fortnight", "the next fortnight": a length of two weeks (no calendar period)."""
    return Expression(Kind.DURATION, unit="W", amount=2)


def two_units_away(g: dict[str, str], ctx: Context) -> Expression:
    """ "the week before last", "the month after next": two units from the anchor's."""
    offset = -2 if g["dir"].startswith("before") else 2
    return Expression(Kind.RELATIVE, unit=RELATIVE_PERIOD_UNITS[g["unit"]], offset=offset)


def units_ago(g: dict[str, str], ctx: Context) -> Expression:
    """ "years ago", "months ago": an unknown amount back (PAST_REF)."""
    return Expression(Kind.SHIFT, unit=lx.UNITS[g["unit"]], amount=None, offset=-1)


def a_while(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "for a while", "after a long while": a length the text does not give (TimeML's PXX);
    "a while ago" is some time back. "Once in a while" is a frequency, not a length."""
    if ctx.lowered.endswith("once in ", max(0, ctx.start - 8), ctx.start):
        return None
    if g.get("ago"):
        return Expression(Kind.SHIFT, unit="Y", amount=None, offset=-1)
    return Expression(Kind.DURATION, unit="Y", value="PXX")


def that_period(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "that year", "later that year", "earlier that day": the period of the date the story
    last named ("that day" alone is too often not a date to be read as one)."""
    unit = RELATIVE_PERIOD_UNITS[g["unit"]]
    period = Expression(Kind.RELATIVE, unit=unit, offset=0, anaphoric=True)
    if g.get("dir") and unit != "D":
        mod = "AFTER" if g["dir"] == "later" else "BEFORE"
        return Expression(Kind.SPAN, first=period, mod=mod, anaphoric=True)
    return period


def relative_period(g: dict[str, str], ctx: Context) -> Expression | None:
    unit = RELATIVE_PERIOD_UNITS[re.sub(r"\s+", " ", g["unit"])]
    offset = lx.RELATIVE_WORDS[re.sub(r"\s+", " ", g["rel"])]
    if g["rel"] == "the current" and unit == "D":
        return None
    if _quoted_title(ctx):
        return None  # ABC's "This Week," a programme
    if unit in ("DE", "CE") and g["rel"] in ("the past", "past", "this past"):
        # "over the past decade": the ten years up to the day of writing (P10Y), not the
        # calendar decade before ("the last decade" of 1998 is the 1980s)
        return Expression(Kind.DURATION, unit=unit, amount=1, mod=_or_so(ctx))
    if (
        unit in ("Y", "M", "W", "DE", "D")
        and g["rel"] in ("the last", "the past", "the next", "the coming")
        and ctx.word_before() == "for"
    ):
        # "ill for the past month", "felt for the next decade": "for" asks how long (P1M);
        # "over the past year" stays the period, as TimeBank reads it (2 of 2)
        return Expression(Kind.DURATION, unit=unit, amount=1, mod=_or_so(ctx))
    if (
        unit in ("Y", "M", "W", "DE")
        and g["rel"] in ("the next", "the coming")
        and not _or_so(ctx)
        and not ctx.lowered.startswith(("'s", "’s"), ctx.end)
    ):
        if (
            g["rel"] == "the next"
            and unit != "DE"
            and ctx.word_before() not in _BEFORE_A_STRETCH
            and not _QUOTE_ENDS_AFTER.match(ctx.original, ctx.end)
            and ctx.tense() is Tense.PAST
        ):
            # "elected in 2005, he resigned the next year": the year after the one named last
            return Expression(Kind.RELATIVE, unit=unit, offset=1, anaphoric=True, or_anchor=True)
        # "over the next year", "in the coming month": the stretch of one unit from the day of
        # writing, as "the next two years" is P2Y, not the calendar year after this one
        return Expression(Kind.DURATION, unit=unit, amount=1)
    if g["rel"] in ("the previous", "the prior") and unit in ("W", "M", "Y"):
        # "fell in February after rising the previous month": the month before the one the
        # story named last, as "the following month" is the one after (the anchor's when it
        # named none)
        return Expression(
            Kind.RELATIVE, unit=unit, offset=-1, mod=_or_so(ctx), anaphoric=True, or_anchor=True
        )
    return Expression(Kind.RELATIVE, unit=unit, offset=offset, mod=_or_so(ctx))


# "over the next year", "within the next week": a stretch from the day of writing, even in a
# quote told in the past ("could shut the well in the next week," he said)
# ("spent the next decade in exile": how long, too)
_BEFORE_A_STRETCH = lx.word_set(
    "in over within during for throughout spent spend spends spending took take takes lasted"
)
# a quotation that ends after the match: its tense is the speaker's, not the "said" after it
_QUOTE_ENDS_AFTER = re.compile(r"[^\"”.!?\n]{0,60}[,.!?]?[\"”]")


def _quoted_title(ctx: Context) -> bool:
    """Whether the match opens a quotation and its last word is capitalised too: a title
    ("This Week," on ABC) rather than a date."""
    before = ctx.original[max(0, ctx.start - 2) : ctx.start]
    last_word = ctx.lowered.rfind(" ", ctx.start, ctx.end) + 1
    return (
        before.rstrip(" ").endswith(('"', "“", "``", "`"))
        and 0 < last_word < ctx.end
        and ctx.capitalised(0)
        and ctx.capitalised(last_word - ctx.start)
    )


def _or_so(ctx: Context) -> str | None:
    """ "the next year or so": roughly (mod APPROX)."""
    return "APPROX" if ctx.lowered.endswith("or so", ctx.start, ctx.end) else None


# "the weekend of May 10-11": the weekend of the date that follows, not the anchor's
_OF_DATE = re.compile(expand(r"\sof\s(?:<MONTH>|[0-3]?\d)"))


def the_weekend(g: dict[str, str], ctx: Context) -> Expression | None:
    if _OF_DATE.match(ctx.lowered, ctx.end):
        return None  # the date itself is read next
    return Expression(Kind.RELATIVE, unit="WE", offset=None, tense=ctx.tense())


# "In this May 26 photo", "In this June 1, 2010 file photo" (news captions): "this" points at
# the photo; the date is the month and day that follow
_DAY_AFTER_A_MONTH = re.compile(r"\.?\s?(?:[12]\d|3[01]|0?[1-9])(?![\d:]|\s?[ap]\.?m)")


def relative_month(g: dict[str, str], ctx: Context) -> Expression | None:
    if not _month_ok(g, ctx):
        return None
    if g["rel"] == "this" and _DAY_AFTER_A_MONTH.match(ctx.lowered, ctx.end):
        return None
    offset = lx.RELATIVE_WORDS[re.sub(r"\s+", " ", g["rel"])]
    return Expression(Kind.CALENDAR, month=_month(g["month"]), offset=offset)


_RESTATED_DATE = re.compile(expand(r",?\s?\((?P<month><MONTH>)\.?\s?(?P<day><DAY>)\)"))


_SHARED_PLURAL = re.compile(
    expand(r"\s(?:and|or)\s<WEEKDAYWORD>(?:s|\s(morning|afternoon|evening|night)s)(?![a-z])")
)


_AHEAD_OF = re.compile(r"\b(?:ahead|in\sadvance)\sof\s$")

# "next Tuesday and Wednesday", "last Monday or Tuesday": the second day shares the first's word
_SHARED_REL_BEFORE = re.compile(
    expand(r"\b(?P<rel>last|next|this\scoming|this\spast)\s<WEEKDAY>,?\s(?:and|or)\s$")
)


def weekday(g: dict[str, str], ctx: Context) -> Expression | None:
    rel = g.get("rel")
    if not rel and (
        shared_rel := _SHARED_REL_BEFORE.search(ctx.lowered, max(0, ctx.start - 30), ctx.start)
    ):
        rel = shared_rel.group("rel")
    offset = None
    if rel:
        offset = {"last": -1, "this past": -1, "past": -1, "next": 1, "this coming": 1,
                  "coming": 1, "this": 0, "the previous": -1,
                  "the following": 1}[re.sub(r"\s+", " ", rel)]  # fmt: skip
    daypart = g.get("daypart") or ""
    day_part = lx.DAY_PARTS.get(_WEEKDAY_PARTS_IN_POSTS.get(daypart, daypart)) or lx.DAY_PARTS.get(
        g.get("daypart2", "")
    )
    shared = (
        None if g.get("plural") or g.get("plural2") else _SHARED_PLURAL.match(ctx.lowered, ctx.end)
    )
    if shared is not None:  # "Monday and Tuesday nights": every Monday night too
        g = {**g, "plural": "s"}
        day_part = lx.DAY_PARTS.get(shared.group(1))
    if g.get("plural") or g.get("plural2"):
        number = lx.WEEKDAYS[g["weekday"]]
        return Expression(
            Kind.SET, value=f"XXXX-WXX-{number}" + (f"T{day_part}" if day_part else "")
        )
    restated = _RESTATED_DATE.match(ctx.lowered, ctx.end)
    if restated is not None and offset is None and not day_part:
        # "on Tuesday (May 13)": the date in brackets says which Tuesday
        return month_day(restated.groupdict(), ctx.moved(restated.start("month"), restated.end()))
    tense = None
    if offset is None and ctx.word_before() in _NAMED_WEEKDAY_WORDS:
        return NOT_TIME  # "Bloody Sunday", "Super Tuesday": a named day, not the nearest one
    if (
        offset is None
        and ctx.capitalised(0)
        and _title_follows(ctx)
        and (
            ctx.word_before() == "the"  # "The Sunday Times", "the Monday Club"
            or (
                g.get("daypart") and ctx.capitalised(len(g["weekday"]) + 1)
            )  # "Saturday Night Live"
        )
    ):
        return NOT_TIME
    if offset is None:
        # "Wednesday's ruling", "Thursday's closing price": news names by the possessive a day
        # whose event is over (TimeBank: 20 of 20 on or before the publication date)
        possessive = ctx.lowered.startswith(("'s", "’s"), ctx.end) and not g.get("daypart")
        tense = Tense.PAST if possessive else ctx.weekday_tense()
        if possessive and _WILL_BEFORE.search(ctx.lowered, max(0, ctx.start - 80), ctx.start):
            tense = Tense.FUTURE  # "will face Adelaide in Saturday's final" (not "would")
        if possessive and _AHEAD_OF.search(ctx.lowered, max(0, ctx.start - 20), ctx.start):
            # "ahead of Sunday's election", "in advance of Friday's report": still to come
            # ("before Friday's purchases" stays past: TimeBank reads it so)
            tense = Tense.FUTURE
    # "down 4.5% from the previous Friday", "the following Monday": counted from the day the
    # story named last (the anchor's when it named none), as "the previous day" is
    told = rel in ("the previous", "the following")
    return Expression(
        Kind.WEEKDAY,
        weekday=lx.WEEKDAYS[g["weekday"]],
        offset=offset,
        day_part=day_part,
        mod=_mod(g),
        tense=tense,
        latent=offset is None and tense is None,  # nearest such day, either way: a guess
        unit="D" if told else None,
        anaphoric=told,
        or_anchor=told,
    )


_A_RANGE_GOES_ON = re.compile(r"\s*(?:[-–]|(?:to|until|till|through|thru|and|or)\b)")


def units_from_a_weekday(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "two weeks from Friday", "a week from Tuesday", "ten days from Monday": so long after
    the coming such day (was a length, and the nearest Friday apart)."""
    if _A_RANGE_GOES_ON.match(ctx.lowered, ctx.end):
        return None  # "moved it three days from Monday to Thursday": a move, a range
    amount = lx.parse_amount(g["num"])
    if amount is None or amount != int(amount):
        return None
    days = int(amount) * (7 if g["unit"].startswith("week") else 1)
    return Expression(
        Kind.WEEKDAY, weekday=lx.WEEKDAYS[g["weekday"]], tense=Tense.FUTURE, days_after=days
    )


def weekday_of_a_week(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "on Thursday last week", "Friday of next week", "Monday this week": that weekday of the
    week named, one expression (was the nearest Thursday, and "last week" apart)."""
    if ctx.word_before() in _NAMED_WEEKDAY_WORDS or (
        ctx.capitalised(0) and ctx.word_before() == "the"
    ):
        return None  # "Super Tuesday last week", "the Sunday last week"
    return Expression(
        Kind.WEEKDAY,
        weekday=lx.WEEKDAYS[g["weekday"]],
        day_part=lx.DAY_PARTS.get(g.get("daypart") or ""),
        week_offset=_YEAR_OFFSETS[g["rel"]],
    )


# "will" earlier in the clause, and "in", "at" or "during" just before: a possessive weekday
# names an event still to come ("will vote in Thursday's election"; "will appeal Thursday's
# ruling", "will be punished for Friday's attack" name one that is over)
# ("will erode the confidence that had begun to build after Wednesday's deal": a clause of its
# own, past, between)
_WILL_BEFORE = re.compile(
    r"\b(?:will|shall|won['’]t)\s(?:(?!(?:that|which|who|had|has|have|was|were|been|did|said)\b)"
    r"[^\s.;:!?]+\s){0,10}(?:(?<=\sin\s)|(?<=\sat\s)|(?<=\sduring\s))$"
)


# Words before a shortened weekday that make it one ("on sat", "till fri", "see you thurs")
# "mon-fri": the second day of a range of weekdays (not "rising-sun")
_WEEKDAY_DASH_BEFORE = re.compile(
    r"(?<![a-z])(?:" + lx.trie_regex([*lx.CASUAL_WEEKDAYS, *lx.WEEKDAYS]) + r")[-–]$"
)
_CASUAL_WEEKDAY_CUES = lx.word_set("on til till until by since from before after you u cya")


# Shortened weekdays that are no English word or name: they need no cue ("thurs was wild",
# "lets meet tues"); "tue", "thu", "fri" only in lower case ("Nguyen Thu" is a name)
_CASUAL_WEEKDAYS_NOT_WORDS = lx.word_set("tues thur thurs weds")
_CASUAL_WEEKDAYS_NOT_WORDS_LOWER = lx.word_set("tue thu fri")


# a clock time right after a short weekday is its cue: "garage sale sat 8am", "vet thurs 4:30"
_CLOCK_AFTER = re.compile(
    r"\s(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])"
    r"|\s(?:1[0-2]|0?[1-9]):[0-5]\d(?![\d:])"
)

_SUBJECT_PRONOUNS = lx.word_set("i we you u he she they it who that which")

# In a post (:mod:`.register`), an event named just before a short weekday is its cue ("lan
# party sat", "brunch sun?"), unless a word after makes "sat" the verb ("the party sat down")
_EVENTS_OF_A_DAY = lx.word_set(
    "bbq barbecue brunch lunch dinner drinks picnic game match final derby wedding party gig "
    "show concert fair sale market footy training practice raid meetup hike trip festival fest"
    # British posts: "car boot sat", "5 a side sat?", "parkrun sat", "quiz sun", "sesh sat"; and
    # "super bowl sun"
    " boot side 5aside parkrun quiz karaoke sesh bowl"
)
_AFTER_THE_VERB_SAT = re.compile(
    r"\s(?:down|on|in|at|with|there|here|outside|around|back|up|by|beside|next|for|through|"
    r"quietly|still|alone|together)(?![a-z])"
)


def _an_event_on_a_short_day(ctx: Context) -> bool:
    return (
        ctx.word_before() in _EVENTS_OF_A_DAY
        and not _AFTER_THE_VERB_SAT.match(ctx.lowered, ctx.end)
        and ctx.informal()
    )


# In a post, "mon" and "wed" where the clause ends (before an emoji, a mark, a hashtag or a
# word of chat) are the day ("back to the grind mon 😭", "work mon ugh", "dentist wed!"), and
# any short weekday after "free" or a clock time there ("hmu if ur free sat", "KO 3pm sat"); not
# "sat" or "sun" after other words ("the cat sat", "out in the sun 😎"), nor "wed" after a word
# that makes it the verb ("newly wed lol", "they got wed"). At the start of a post, "mon", "wed"
# and "sat" before a verb are the day ("wed is intl womens day", "sat was unreal"; not "sun is
# out")
_POST_CLAUSE_ENDS = re.compile(
    r"\s*(?:$|[!?.,;:)(#@]|[^\x00-\x7f]|(?:lol|ugh|smh|x+|haha|lmao|omg|tho|tbh)(?![a-z]))"
)
_SHORT_DAYS_THAT_END_A_POST = lx.word_set("mon wed")
_MAKE_WED_A_VERB = lx.word_set("newly just get got getting gets be been being to and will was were")
_SHORT_DAYS_THAT_BEGIN_A_POST = lx.word_set("mon wed sat")
_CLOCK_BEFORE = re.compile(r"(?<![\d:])(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?(?:am|pm)\s$")
_VERB_AFTER_A_FIRST_DAY = re.compile(r"\s(?:is|was|will|gonna|cant|can't|should)(?![a-z'’])")


def _a_short_day_ends_a_post(name: str, ctx: Context) -> bool:
    before = ctx.word_before()
    if (
        name in _SHORT_DAYS_THAT_BEGIN_A_POST
        and not ctx.lowered[: ctx.start].strip()
        and _VERB_AFTER_A_FIRST_DAY.match(ctx.lowered, ctx.end)
    ):
        return ctx.informal()
    if not _POST_CLAUSE_ENDS.match(ctx.lowered, ctx.end) or not ctx.informal():
        return False
    if before == "free" or _CLOCK_BEFORE.search(ctx.lowered, max(0, ctx.start - 10), ctx.start):
        return True  # "hmu if ur free sat", "KO 3pm sat", "doors 7:30pm fri!"
    if name not in _SHORT_DAYS_THAT_END_A_POST or before in _SUBJECT_PRONOUNS or before == "c":
        return False  # ("c mon": come on)
    return not (name == "wed" and before in _MAKE_WED_A_VERB)


def casual_weekday(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "on sat", "sat night", "next thurs", "thurs was wild": a weekday as posts shorten it,
    with a cue unless the short form can be nothing else."""
    name = g["weekday"]
    needs_no_cue = name in _CASUAL_WEEKDAYS_NOT_WORDS or (
        name in _CASUAL_WEEKDAYS_NOT_WORDS_LOWER and ctx.original[ctx.start : ctx.end].islower()
    )
    if not (
        needs_no_cue
        or g.get("rel")
        or g.get("daypart")
        or g.get("dash")
        or _WEEKDAY_DASH_BEFORE.search(ctx.lowered, max(0, ctx.start - 12), ctx.start)
        or ctx.word_before() in _CASUAL_WEEKDAY_CUES
        or (
            _CLOCK_AFTER.match(ctx.lowered, ctx.end)
            and ctx.word_before() not in _SUBJECT_PRONOUNS  # "i sat 8am class": the verb
        )
        or _an_event_on_a_short_day(ctx)
        or _a_short_day_ends_a_post(name, ctx)
    ):
        return None  # "he sat down", "the sun", "newly wed"
    rel = "next" if g.get("rel") == "nxt" else g.get("rel")
    return weekday({**g, "weekday": lx.CASUAL_WEEKDAYS[g["weekday"]], "rel": rel}, ctx)


# posts: "sat eve", "friday eve" (the evening, not the eve before the day)
_WEEKDAY_PARTS_IN_POSTS = {"eve": "evening"}


def weekday_month_day(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "Thursday, May 8", "Thursday 21 March": the date, in a year where it is that weekday."""
    name = g["weekday"]
    if name in lx.WEEKDAY_ABBREVIATIONS and not ctx.capitalised(
        ctx.lowered.find(name, ctx.start, ctx.end) - ctx.start
    ):
        return None  # "he sat Jun 5 exams": the verb
    date = month_day(g, ctx)
    number = lx.WEEKDAYS.get(name) or lx.WEEKDAY_ABBREVIATIONS[name]
    return None if date is None else replace(date, weekday=number)


# "today's world", "today's youth": the present era in general, which TimeBank leaves out;
# "today's editions" is the day
_GENERIC_PRESENT = lx.word_set(
    "world society youth generation children kids young youngsters teenagers students "
    "computers technology culture families parents women men people americans standards"
)
_POSSESSIVE_NOUN = re.compile(r"['’]s\s([a-z]+)")
# "VOA Today", "USA Today": a programme or a paper named after an acronym
_ACRONYM_BEFORE = re.compile(r"(?<![\w.])[A-Z]{2,5}\s$")


# "it's the second day of", "today is the eighth day of", "the strike, now in its third day"
_PRESENT_DAY_OF = re.compile(
    r"(?:\b(?:it['’]s|it\sis|today\sis|this\sis)\s|\b(?:now|is|are)\sin\s(?:its|their)\s)$"
)


def day_of_an_event_today(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "It's the second day of an offensive": the day of writing (a day of an event told in the
    present); elsewhere ("on the second day of the talks") the text does not say which day."""
    if not _PRESENT_DAY_OF.search(ctx.lowered, max(0, ctx.start - 20), ctx.start):
        return None
    return Expression(Kind.RELATIVE, unit="D", offset=0)


def named_day(g: dict[str, str], ctx: Context) -> Expression | None:
    if g.get("named2"):
        g = {**g, "named": g["named2"]}
    named = re.sub(r"\s+", " ", g["named"])
    if named in lx.INFORMAL_NAMED_DAYS:  # "tmrw", "2nite"
        g = {**g, "named": lx.INFORMAL_NAMED_DAYS[named]}
    if g["named"] == "today":
        noun = _POSSESSIVE_NOUN.match(ctx.lowered, ctx.end)
        if noun is not None and noun.group(1) in _GENERIC_PRESENT:
            return None
        if ctx.capitalised(0) and _ACRONYM_BEFORE.search(
            ctx.original, max(0, ctx.start - 7), ctx.start
        ):
            return None
    offset, day_part = lx.NAMED_DAYS[re.sub(r"\s+", " ", g["named"])]
    daypart = _CASUAL_DAY_PARTS.get(g.get("daypart") or "", g.get("daypart"))
    return Expression(
        Kind.RELATIVE, unit="D", offset=offset,
        day_part=lx.DAY_PARTS.get(daypart) if daypart else day_part,
    )  # fmt: skip


# Words before a month that posts write in lower case or shorten ("in sept", "since jan")
_CASUAL_MONTH_CUES = lx.word_set("in since by until till til from before after during through of")


# Month names that posts write in lower case and that are no word ("april was a blur"; not
# "may", "march", "august")
_LOWER_CASE_MONTHS_NEEDING_NO_CUE = lx.word_set(
    "january february april june july september october november december"
)


# A post that begins with a month before a verb is about that month ("aug is gonna be busy",
# "august flew by"; not "jan is coming over", a name, nor "jan said hi")
_VERB_AFTER_A_FIRST_MONTH = re.compile(
    r"\s(?:is|was|will|gonna|flew|went|has|already|cant|can't|can’t)(?![a-z'’])"
)


def _a_month_begins_a_post(g: dict[str, str], ctx: Context) -> bool:
    return (
        g["month"] != "jan"
        and not ctx.lowered[: ctx.start].strip()
        and ctx.original[ctx.start : ctx.end].islower()
        and bool(_VERB_AFTER_A_FIRST_MONTH.match(ctx.lowered, ctx.end))
        and ctx.informal()
    )


def casual_month(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "school starts in sept", "since jan", "april was a blur": a month as posts write it,
    after a cue unless it is written whole."""
    if (
        ctx.word_before() not in _CASUAL_MONTH_CUES
        and not (
            g["month"] in _LOWER_CASE_MONTHS_NEEDING_NO_CUE
            and ctx.original[ctx.start : ctx.end].islower()
        )
        and not _a_month_begins_a_post(g, ctx)
    ):
        return None  # "jan said", "the oct report"
    if ctx.capitalised(0) and ctx.original[ctx.end - 1] != "." and ctx.word_after()[:1].isupper():
        return None  # "a piano piece by Jan Bobrowicz": a name ("since Jan. Officials said" stays)
    return Expression(
        Kind.CALENDAR, month=lx.CASUAL_MONTHS[g["month"]], tense=ctx.tense(), latent=True,
        begun=_since(ctx),
    )  # fmt: skip


# "the March on Washington", "the March for Our Lives", "the March of Dimes": a walk
_MARCH_TO_A_NAME = re.compile(r"\s(?:on|to|for|of|against)\s(?:the\s)?([A-Z][a-z]+)")


# In a post, a lower-case "may" or "march" after these is the month ("back in may", "since
# march"; the verb follows no preposition), and so where it begins a post before a verb ("may
# is gonna be busy")
_LOWER_CASE_MAY_CUES = lx.word_set("in since until till til from before after during")


def _a_lower_case_may(ctx: Context) -> bool:
    if ctx.lowered[ctx.end : ctx.end + 2][-1:].isdigit():
        return False  # a day after it: the date's rules declined it ("from may 8-10 people")
    if ctx.word_before() not in _LOWER_CASE_MAY_CUES and not (
        not ctx.lowered[: ctx.start].strip()
        and _VERB_AFTER_A_FIRST_MONTH.match(ctx.lowered, ctx.end)
    ):
        return False
    return ctx.informal()


def bare_month(g: dict[str, str], ctx: Context) -> Expression | None:
    word = g["month"]
    lower_case_may = (
        not ctx.capitalised(0) and word in lx.AMBIGUOUS_MONTHS and _a_lower_case_may(ctx)
    )
    if not ctx.capitalised(0) and not lower_case_may:
        return None
    if word == "march" and ctx.word_before() == "the":
        name = _MARCH_TO_A_NAME.match(ctx.original, ctx.end)
        if name is not None and name.group(1).lower() not in _TIME_WORDS_AFTER:
            return NOT_TIME
    if (
        word in lx.AMBIGUOUS_MONTHS
        and not lower_case_may
        and ctx.word_before() not in _MONTH_CUES
        and ctx.word_before() not in lx.FULL_MONTHS  # "in February, March and April"
        and not _MONTH_DASH_BEFORE.search(ctx.lowered, max(0, ctx.start - 12), ctx.start)
    ):
        return None  # "May" the verb, "March" the walk
    # latent: the year is a guess from the tense (Duckling's "latent" month)
    tense = ctx.tense()
    begun = _since(ctx) or _happened_then(ctx) or (tense is Tense.PAST and _fronted(ctx))
    return Expression(Kind.CALENDAR, month=_month(word), tense=tense, latent=True, begun=begun)


def _since(ctx: Context) -> bool:
    """ "since July", "since March 5": the date has begun by the day of writing."""
    return ctx.word_before() == "since"


# A verb of a finished happening, a few words before "in" or "on" and the date: "sales rose 5
# percent in June", "he was born in June", "the plant closed on June 20". Not a verb of a plan
# ("was scheduled for June", "expected in June"), nor one that reports ("said", "told"), nor
# across an infinitive or a clause ("agreed to meet in June", "rose, and will fall in June").
# (Read word by word back from the preposition: a regex searched back over the clause cost 4 %
# of the tagger's time, once for every month and day of a text.)
_HAPPENED_VERBS = lx.word_set(
    "met went came began fell rose won lost died grew sank fled struck fought shrank slid "
    "slumped jumped climbed dropped surged plunged soared declined increased decreased gained "
    "tumbled peaked killed arrived resigned retired collapsed crashed occurred happened erupted "
    "exploded founded elected married divorced released arrested sentenced convicted acquitted "
    "injured wounded hit opened closed ended finished started launched signed left returned "
    "visited changed sold bought acquired raised lowered reported posted announced filed "
    "approved passed rejected named appointed hired fired completed introduced unveiled "
    "suspended reached paid took made"
)
# ("is closed in June", "to be released in June", "have closed in June": no finished happening)
_BEFORE_NO_HAPPENING = lx.word_set("be been being is are to have")
_PLANNED_FORMS = lx.word_set(
    "scheduled expected planned slated set due forecast projected predicted timed postponed "
    "delayed moved rescheduled deferred extended pushed targeted aimed proposed promised pledged "
    "supposed designed intended needed required asked urged told invited called ordered allowed "
    "permitted advised warned tipped"
)
# words between the verb and the date that open another clause or a plan
_NOT_BETWEEN = lx.word_set(
    "to will would could may might can shall should and but or that which who when until before "
    "after for next this coming payable effective due starting beginning"
)
_WORD_BETWEEN = re.compile(r"[a-z0-9$%.'’-]+(?:,\d+)*")


def _happened_then(ctx: Context) -> bool:
    """Whether a verb of something that happened governs the date: then it is past however far
    back the tense's reach would look (:func:`resolve._choose`)."""
    before = ctx.lowered[max(0, ctx.start - 60) : ctx.start]
    if not before.endswith((" in ", " on ", " during ")):
        return False
    words = before.split()[:-1]
    for back in range(1, min(6, len(words) + 1)):
        word = words[-back]
        previous = words[-back - 1] if back < len(words) else ""
        if word in _HAPPENED_VERBS and previous not in _BEFORE_NO_HAPPENING:
            return True
        if previous in ("was", "were") and (
            word == "born" or (word.endswith("ed") and word not in _PLANNED_FORMS)
        ):
            return True
        if word in _NOT_BETWEEN or not _WORD_BETWEEN.fullmatch(word):
            return False
    return False


# "In January, the company named…": a month put first in its sentence, before a comma
_FRONTED_IN = re.compile(r"(?:^|[.!?]\s+|\n\s*)[\"'`“]*In\s+$")


def _fronted(ctx: Context) -> bool:
    """ "In January, American Medical brought in a new chief": a month that opens its sentence
    and is set off by a comma modifies the main clause after it, whose verb then tells the
    tense whole. Past, the month is over however far back ("In December, it changed its fiscal
    year", written in late October: last December, not the one ahead); a month inside a clause
    ("said it expects a deal in January") keeps the tense's reach (:func:`resolve._choose`)."""
    if not ctx.original.startswith(",", ctx.end):
        return False
    return _FRONTED_IN.search(ctx.original[max(0, ctx.start - 12) : ctx.start]) is not None


# "the January-March period": a month range's second month
_MONTH_DASH_BEFORE = re.compile(expand(r"<MONTH>\.?[-–]$"))
_MONTH_CUES = frozenset(
    {"in", "since", "by", "until", "till", "of", "during", "through", "before", "after", "from",
     "to", "early", "late", "mid", "last", "next", "this", "each", "every", "and", "or", "between",
     "throughout", "on", "the"}
)  # fmt: skip

# Words that may follow a year; any other lower-case word after a bare 4-digit number ("2022
# troops") means the number counts things.
_AFTER_YEAR = lx.word_set(
    "and or to when as was were is are that the after before through but with for in on at by  "
    "from he she it they we i there because compared versus vs than elections election levels  "
    "level figures figure budget season census olympics games world cup summit crisis war  "
    "campaign presidential general fiscal model agreement accord deal law act earthquake  "
    "bombing attack attacks massacre revolution uprising invasion coup rebellion agreement  "
    "treaty talks visit constitution ceremony parade"
)  # fmt: skip
_BEFORE_YEAR = lx.word_set(
    "in since of by until till during from before after the year fiscal early late mid and or  "
    "to between through spring summer autumn fall winter christmas around about circa end  "
    "beginning start middle that this its their his her our whose"
)  # fmt: skip


_TIME_ZONE = re.compile(expand("<TZ>"))

# A capitalised word inside a sentence, just before the number
_NAME_BEFORE = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+) $")
# Names of events held in a year and named by it ("the World Cup 2010", "the Mercury Prize
# 2009", "Expo 2020"): the number is the event's year, not part of a product's name
_EVENT_NAMES = lx.word_set(
    "cup games olympics paralympics championship championships prize awards expo summit "
    "festival election elections census budget open congress convention conference"
)
# Happenings a place and a year name together ("the Indian Ocean 2004 tsunami", "the Beijing
# 2008 Olympics", "the Massachusetts 2003 oil spill"): after a name, the number is their year
_EVENTS_AFTER_A_PLACE = lx.word_set(
    "tsunami earthquake quake hurricane floods flood spill oil olympics games election "
    "elections riots bombings bombing attacks massacre summit crisis war disaster"
)
_TIME_WORDS = frozenset(
    [*lx.MONTHS, *lx.WEEKDAYS, *lx.SEASONS, *lx.HOLIDAYS, *lx.MOVEABLE_HOLIDAYS, *lx.NAMED_DAYS]
)


def year(g: dict[str, str], ctx: Context) -> Expression | None:
    value = _year(g)
    if value is None:
        return None
    before = ctx.original[max(0, ctx.start - 2) : ctx.start]
    if re.search(r"[\d$£€#№]-?\s?$|No\.\s?$", before):
        return None  # "$2022", "555 2025", "No. 1990"
    after = ctx.word_after()
    if after and after[0].isdigit():
        return None  # phone numbers, lists of numbers
    if _TIME_ZONE.match(after.lower()):
        return None  # "(1200 GMT)": a clock time
    before_word = ctx.word_before()
    if _counts_things(value, before_word, after.strip("“\"'’")):
        return None  # "around 1500 metres", "the 1080 wrecks", "about 1500 people"
    if after.lower() in _PLURAL_VERBS and _COUNT_SUBJECT_BEFORE.search(
        ctx.original, max(0, ctx.start - 12), ctx.start
    ):
        return None  # "2,000 died and 1500 were injured": a year is one thing ("1998 was")
    if ctx.lowered.endswith(("pre-", "post-"), max(0, ctx.start - 5), ctx.start):
        return Expression(Kind.CALENDAR, year=value)  # "the post-1959 exodus"
    if g.get("theyear") or before_word in _BEFORE_YEAR or before_word.endswith(("'s", "’s")):
        return Expression(Kind.CALENDAR, year=value)
    if (
        before_word in ("a", "an")
        and 1900 <= value <= 2099
        and _NAMES_AN_EVENT.match(after)
        and after not in _MEASURES
    ):
        return Expression(Kind.CALENDAR, year=value)  # "a 1979 accident", "in a 1993 interview"
    name = _NAME_BEFORE.search(ctx.original, max(0, ctx.start - 30), ctx.start)
    if name is not None and name.group(1).lower() in _EVENT_NAMES:
        return Expression(Kind.CALENDAR, year=value)  # "the World Cup 2010", "Expo 2020"
    if name is not None and after.lower() in _EVENTS_AFTER_A_PLACE and value in NEWS_YEARS:
        return Expression(Kind.CALENDAR, year=value)  # "the Indian Ocean 2004 tsunami"
    if name is not None and name.group(1).lower() not in _TIME_WORDS:
        return None  # a name that ends in a number: "a venture called Orion 1980"
    word = after.strip("“\"'’")
    if (
        before_word.isalpha()
        and value in NEWS_YEARS
        and _NAMES_AN_EVENT.match(word)
        and word not in _MEASURES
        and before_word not in _BEFORE_A_COUNT
        and before_word not in lx.CARDINALS
    ):
        # "the blockbuster 1997 movie", "his campaign 2008 speech": between two words a count
        # needs a plural noun after it; a singular noun makes the number its year
        return Expression(Kind.CALENDAR, year=value)
    if (
        word
        and word[0].islower()
        and word not in _AFTER_YEAR
        and word.rstrip("s") not in _AFTER_YEAR
    ):
        return None  # "2022 troops"
    if _COUNTED_NAME.match(ctx.original, ctx.end) and before_word != "the":
        return None  # "1000 Lybians have died": people counted ("the 2000 Olympics" is a year)
    # no cue says it is a year: kept, but flagged (Duckling's latent year)
    return Expression(Kind.CALENDAR, year=value, latent=True)


# Units a number measures: "1500 metres" is a depth, whatever comes before it. Currencies are
# left out: "in 1990 dollars" is a year's money.
_UNITS = lx.word_set(
    "metre metres meter meters km kilometre kilometres kilometer kilometers foot feet mile miles "
    "yard yards ton tons tonne tonnes barrel barrels gallon gallons litre litres liter liters "
    "acre acres hectare hectares degree degrees percent"
)
# Words before a number that fit a year ("the 1992 riots", "around 1990") and a count alike
# ("the 1080 wrecks", "about 1500 people")
_BEFORE_A_COUNT = lx.word_set("the around about some nearly almost over roughly")
_IRREGULAR_PLURALS = lx.word_set("people men women children police personnel staff cattle sheep")
NEWS_YEARS = range(1900, 2100)  # the years news mostly names; a count is likelier outside them


def _counts_things(value: int, before_word: str, after_word: str) -> bool:
    """Whether a four-digit number counts or measures something rather than naming a year: a
    unit follows it, or, outside the years news mostly names, a cue that fits a count too and a
    plural noun that is not one a year qualifies ("the 1080 wrecks", not "the 1992 riots").

    >>> _counts_things(1500, "around", "metres"), _counts_things(1080, "the", "wrecks")
    (True, True)
    >>> _counts_things(1992, "the", "riots"), _counts_things(1500, "in", "ships")
    (False, False)
    """
    if after_word.lower() in _UNITS:
        return True
    return (
        value not in NEWS_YEARS
        and before_word in _BEFORE_A_COUNT
        and after_word[:1].islower()
        and (after_word.endswith("s") or after_word in _IRREGULAR_PLURALS)
        and after_word not in _AFTER_YEAR
    )


# "a 1979 accident": after "a", a year names a thing of that year when a singular noun follows
# that is no measure ("a 2000 mile trip", "a 1000 percent rise" count)
_MEASURES = lx.word_set(
    "percent per mile miles metre meter meters metres kilometre kilometer km foot feet yard pound "
    "ton tonne calorie dollar euro yen acre square page word point member strong seat vote times "
    "horsepower barrel gallon litre liter degree hectare"
)
_NAMES_AN_EVENT = re.compile(r"[a-z]+(?<!s)$|[a-z]+ss$")


# A number that is the subject of a plural verb counts things: a year takes "was", "has"
# ("2019 was a record year"). Only where the number begins its clause: after a preposition or
# another year it is a year again ("prices in 1998 were", "1998 and 1999 were").
_PLURAL_VERBS = lx.word_set("were are have remain remained")
_COUNT_SUBJECT_BEFORE = re.compile(r"(?:^|[.;:!?\n]\s*|,\s|[a-z]\s(?:and|but|while|whereas)\s)$")
# A plural name then a lower-case word: "1000 Lybians have died", "500 Americans were"
_COUNTED_NAME = re.compile(r"\s[A-Z][a-z]+s\s[a-z]")
# Words that make a weekday after them a named day ("Bloody Sunday"), not a date
_NAMED_WEEKDAY_WORDS = lx.word_set("bloody super black blue cyber giving manic")


# A range of years ("the 2009-2010 pandemic", "the 1957-58 season") is two expressions, one per
# year, as TimeML annotates it; a range of other numbers ("1500-2000 troops") is not time.
_RANGE_SECOND = re.compile(r"(?:[-–/]|\s[-–]\s)((?:1\d{3}|20\d{2})|\d{2})(?![\d%a-z])(?![-–/]\d)")
_RANGE_FIRST = re.compile(r"(?<![\w$£€#.,])(1[89]\d{2}|20\d{2})(?:[-–/]|\s[-–]\s)$")
RANGE_SPAN = 100  # years: a longer "range" is more likely two numbers than two years


def _range_end(first: int, second: str) -> int | None:
    """The year that ``second`` ("2010", "58") names after ``first``, if the two make a range."""
    if len(second) == 2:
        century, last_two = divmod(first, 100)
        end = century * 100 + int(second)
        return end if int(second) > last_two else None
    end = int(second)
    return end if first < end <= first + RANGE_SPAN else None


def _counted_after(ctx: Context, position: int) -> bool:
    """Whether a plural noun follows ``position`` ("1500-2000 troops"): the numbers count it."""
    found = _WORD_AFTER.match(ctx.original, position, min(len(ctx.original), position + 30))
    word = found.group(1) if found else ""
    return word[:1].islower() and word.endswith("s") and word not in _AFTER_YEAR


def year_range_start(g: dict[str, str], ctx: Context) -> Expression | None:
    """The first year of a range, "2009" in "2009-2010"."""
    second = _RANGE_SECOND.match(ctx.original, ctx.end)
    first = int(g["year"])
    if second is None or first < 1800 or _range_end(first, second.group(1)) is None:
        return None
    before = ctx.original[max(0, ctx.start - 2) : ctx.start]
    if _counted_after(ctx, second.end()) or re.search(r"[\d$£€#]\s?$", before):
        return None  # "1500-2000 troops", "$1999-2005"
    return Expression(Kind.CALENDAR, year=first)


def year_range_end(g: dict[str, str], ctx: Context) -> Expression | None:
    """The second year of a range, "2010" in "2009-2010" or "58" in "1957-58"."""
    first = _RANGE_FIRST.search(ctx.original, max(0, ctx.start - 7), ctx.start)
    if first is None or _counted_after(ctx, ctx.end):
        return None
    end = _range_end(int(first.group(1)), g["second"])
    return Expression(Kind.CALENDAR, year=end) if end is not None else None


# "soon" is the future only between a modal and its verb: "will soon begin", "may soon seek",
# "to soon grow" (TimeBank marks 3 of these 4; it leaves "soon after", "was soon released",
# "strike again soon" unmarked)
_MODALS = lx.word_set("will would may might could can should must to shall")
_NOT_A_VERB_AFTER_SOON = lx.word_set("after afterwards thereafter as enough and or but than")


_START_OF_A_DAY = re.compile(r"\b(?:start|end|beginning|close|finish|opening)\sto\s$")


def reference(g: dict[str, str], ctx: Context) -> Expression | None:
    word = re.sub(r"\s+", " ", g["ref"])
    if word == "rn" and ctx.original[ctx.start : ctx.end] != "rn":
        return None  # "an RN", a registered nurse
    if word == "the other day" and ctx.word_after().lower() in ("of", "in"):
        return None  # "the other day of the week": one day of several, not a day back
    if word == "current" and ctx.word_after().lower() in _NOT_TIME_AFTER_CURRENT:
        return None
    if word == "this day" and (
        ctx.word_before() not in ("to", "until", "till")
        or _START_OF_A_DAY.search(ctx.lowered, max(0, ctx.start - 20), ctx.start)
    ):
        # "on this day in 1969", "this day was about the experts", "the start to this day": a
        # day, not the present of "remains poor to this day"
        return None
    if word == "now" and ctx.original.startswith("Now,", ctx.start) and _opens_sentence(ctx):
        return None  # "Now, he says...": a discourse marker, not the present
    if word == "soon" and not (
        ctx.word_before() in _MODALS and ctx.word_after().isalpha()
        and ctx.word_after().lower() not in _NOT_A_VERB_AFTER_SOON
    ):  # fmt: skip
        return None  # "soon after", "was soon released", "as soon as": not the future itself
    if word == "the past":
        after = ctx.word_after()
        if after[:1].isalnum() and not after[:1].isupper() and after not in _AFTER_THE_PAST:
            return None  # "the past three summers", "the past president": not the past itself
    return Expression(Kind.REFERENCE, value=lx.REFERENCE_WORDS[word])


def _opens_sentence(ctx: Context) -> bool:
    before = ctx.original[max(0, ctx.start - 3) : ctx.start].rstrip(" \"'`“")
    return not before or before[-1] in ".!?\n"


_AFTER_THE_PAST = lx.word_set(
    "it that they he she we i you there this these those the a an and or but when as has have  "
    "had was were is are to for in on at by with from of so because than decade"
)  # fmt: skip
_NOT_TIME_AFTER_CURRENT = frozenset({"account", "accounts", "affairs", "events", "flowing", "of"})


# "a daily newspaper", "a weekly magazine": a kind of publication, not a recurrence in time
_PUBLICATIONS = lx.word_set(
    "newspaper paper magazine journal publication edition newsletter tabloid bulletin"
)


def set_adverb(g: dict[str, str], ctx: Context) -> Expression | None:
    # ("average daily volume" is left alone: TimeBank leaves it out, AQUAINT marks "average
    # hourly earnings")
    written_after = ctx.word_after()
    after = written_after.lower()
    if after in _PUBLICATIONS or after.removesuffix("s") in _PUBLICATIONS:
        return None
    if ctx.capitalised(0) and written_after[:1].isupper() and not _opens_sentence(ctx):
        return None  # "The Daily Mail", "the Weekly Standard": a title
    return Expression(Kind.SET, value=lx.SET_ADVERBS[g["setword"]])


def every_day_at(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "every Sunday at noon" (``XXXX-WXX-7T12:00``), "each day at 9 a.m."
    (``XXXX-XX-XXT09:00``): a recurring clock time."""
    if g.get("noon"):
        hour = 0 if g["noon"] in _MIDNIGHT else 12
        minute = 0
    else:
        hour, minute = int(g["hour"]) % 12, int(g.get("minute") or 0)
        if g["ampm"].startswith("p"):
            hour += 12
    day = f"WXX-{lx.WEEKDAYS[g['weekday']]}" if g.get("weekday") else "XX-XX"
    return Expression(Kind.SET, value=f"XXXX-{day}T{hour:02d}:{minute:02d}")


def every_unit(g: dict[str, str], ctx: Context) -> Expression | None:
    if g.get("weekday"):
        day_part = f"T{lx.DAY_PARTS[g['daypart']]}" if g.get("daypart") else ""
        name = lx.CASUAL_WEEKDAYS.get(g["weekday"], g["weekday"])  # "every sat"
        return Expression(Kind.SET, value=f"XXXX-WXX-{lx.WEEKDAYS[name]}{day_part}")
    if g.get("month"):
        return Expression(Kind.SET, value=f"XXXX-{_month(g['month']):02d}")
    if g.get("daypart2"):  # "every morning"
        return Expression(Kind.SET, value=f"XXXX-XX-XXT{lx.DAY_PARTS[g['daypart2']]}")
    if g.get("season"):  # "every summer"
        return Expression(Kind.SET, value=f"XXXX-{lx.SEASONS[g['season']]}")
    unit = lx.UNITS[g["unit"]]
    if unit == "WE":  # "every weekend"
        return Expression(Kind.SET, value="XXXX-WXX-WE")
    amount = lx.parse_amount(g["num"]) if g.get("num") else 1
    if g.get("other"):
        amount = 2
    from dashboard.temporal.resolve import duration_value

    return Expression(Kind.SET, value=duration_value(amount, unit))


def times_a_unit(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "twice a year", "three times a day", "once weekly": a recurrence every unit (TimeML
    writes how often in ``freq``, which we do not keep: the value is the period)."""
    if g.get("setword"):
        return Expression(Kind.SET, value=lx.SET_ADVERBS[g["setword"]])
    unit = lx.UNITS[g["unit"]]
    if unit == "WE":
        return Expression(Kind.SET, value="XXXX-WXX-WE")
    from dashboard.temporal.resolve import duration_value

    return Expression(Kind.SET, value=duration_value(1, unit))


def day_parts(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "mornings are the worst": every morning, in a post."""
    if not ctx.informal():
        return None
    return Expression(Kind.SET, value=f"XXXX-XX-XXT{lx.DAY_PARTS[g['daypart']]}")


def weekends(g: dict[str, str], ctx: Context) -> Expression:
    """ "on weekends": every weekend."""
    return Expression(Kind.SET, value="XXXX-WXX-WE")


_NOT_EASTER_AFTER = lx.word_set("island islanders egg eggs rising bunny")


# Capitalised words after a day's name that still belong to the time ("Sunday Night" is not a
# title by itself, "Good Friday March 29" is a date)
_TIME_WORDS_AFTER = frozenset(
    {*lx.MONTHS, *lx.WEEKDAYS, *lx.DAY_PARTS, "day", "eve", "week", "weekend", "holiday", "at",
     "on", "in", "and", "or", "the"}
)  # fmt: skip


def _title_follows(ctx: Context) -> bool:
    """Whether a capitalised word that is no word of time follows the match: "the Sunday
    [Times]", "the Good Friday [Agreement]", "Saturday Night [Live]" name a paper, a treaty, a
    show."""
    word = ctx.word_after()
    return bool(word) and word[0].isupper() and word.lower() not in _TIME_WORDS_AFTER


_NAME_BEFORE_NYE = re.compile(
    r"\b(?!(?:Happy|On|For|By|Till|Until|This|Last|Next|Before|After|Since|Over)\s)"
    r"[A-Z][a-z]*\.?\s(?=Nye\b)"
)


# A holiday's name as posts write it, without its apostrophe ("st patricks day")
_HOLIDAYS_WITHOUT_APOSTROPHE = {
    name.replace("'", ""): name
    for name in [*lx.HOLIDAYS, *lx.MOVEABLE_HOLIDAYS, *lx.LUNAR_AND_CHURCH_HOLIDAYS]
    if "'" in name
}


_HOLIDAY_GREETINGS = lx.word_set("happy merry")


def holiday(g: dict[str, str], ctx: Context) -> Expression | None:
    name = re.sub(r"\s+", " ", g["holiday"]).replace("’", "'")
    if name not in lx.HOLIDAYS and name not in lx.MOVEABLE_HOLIDAYS:
        name = _HOLIDAYS_WITHOUT_APOSTROPHE.get(name, name)
    if not g.get("rel") and ctx.word_before() == "the" and _title_follows(ctx):
        return NOT_TIME  # "the Good Friday Agreement", "the Christmas Truce"
    if name == "election day" and "Election Day" not in ctx.original[ctx.start : ctx.end]:
        return None  # "on election day" of any vote; "Election Day" is the US one
    if name.startswith("easter") and ctx.word_after().lower() in _NOT_EASTER_AFTER:
        return None  # "Easter Island", "the Easter Rising"
    if name in ("new year", "new years") and not (
        ctx.capitalised(0) or ctx.word_before() == "happy"
    ):
        return None  # "a new year of talks", "new year new me": the holiday is "New Year"
    if name in ("new year", "new years", "new year's day") and (
        ctx.word_before() in lx.OTHER_CALENDARS
    ):
        return None  # "the Islamic New Year", "the Thai New Year": not 1 January
    if name in ("eid", "bakrid", "hogmanay", "waitangi day") and not ctx.capitalised(0):
        return None  # a name, always written with its capital
    if name == "nye" and _NAME_BEFORE_NYE.search(ctx.original, max(0, ctx.start - 20), ctx.end):
        return None  # "Rep. Glenn Nye", "Bill Nye": a surname after a first name or a title
    if name in ("christmas", "christmas day") and ctx.word_before() in ("orthodox", "julian"):
        return None  # "Russian Orthodox Christmas" is no 25 December (spelt whole: 7 January)
    weekend = bool(g.get("weekend"))
    rel = g.get("rel")
    offset = {"last": -1, "next": 1, "this": 0}.get(rel or "")
    year = _year(g)
    # a post with no tense cue looks ahead, as for a bare weekday ("bank hol monday bbq?"); a
    # greeting keeps the nearest ("merry xmas everyone", "happy new year!!")
    tense = None
    if year is None and offset is None:
        greeting = ctx.word_before() in _HOLIDAY_GREETINGS
        tense = ctx.tense() if greeting else ctx.weekday_tense()
    # "the store was closed on Easter Sunday": the one past, however near the next
    begun = year is None and offset is None and _happened_then(ctx)
    day_part = lx.DAY_PARTS.get(g.get("daypart") or "")
    if day_part and (weekend or name.endswith(" week") or name == "ramadan"):
        return None  # a part of a day is no part of a week or a month
    if name in lx.LUNAR_AND_CHURCH_HOLIDAYS:
        # "Easter week" is the ISO week that ends on Easter Sunday; "Holy Week" too
        unit = "W" if name.endswith(" week") else None
        return Expression(
            Kind.CALENDAR, holiday=lx.LUNAR_AND_CHURCH_HOLIDAYS[name], year=year, offset=offset,
            tense=tense, unit=unit, holiday_weekend=weekend, latent=name == "super tuesday",
            day_part=day_part, begun=begun,
        )  # fmt: skip
    if name in lx.MOVEABLE_HOLIDAYS:
        month, weekday, nth = lx.MOVEABLE_HOLIDAYS[name]
        return Expression(
            Kind.CALENDAR, month=month, weekday=weekday, nth=nth, year=year, offset=offset,
            tense=tense, holiday_weekend=weekend, day_part=day_part, begun=begun,
        )  # fmt: skip
    month, day = lx.HOLIDAYS[name]
    return Expression(
        Kind.CALENDAR, month=month, day=day, year=year, offset=offset, tense=tense,
        holiday_weekend=weekend, day_part=day_part, begun=begun,
    )  # fmt: skip


def spoken_year_rule(g: dict[str, str], ctx: Context) -> Expression | None:
    value = _year(g)
    if value is None or not 1000 <= value <= 2099:
        return None
    if (
        value == 2000
        and "year" not in ctx.lowered[ctx.start : ctx.end]
        and (
            ctx.word_before() not in _BEFORE_YEAR or ctx.word_before() in ("the", "and", "or", "to")
        )
    ):
        return None  # "get two thousand", "the two thousand people": a count
    return Expression(Kind.CALENDAR, year=value)


def nth_day(g: dict[str, str], ctx: Context) -> Expression | None:
    day = lx.ordinal_value(g["ordinal"])
    if day is None or not 1 <= day <= 31:
        return None
    if not _month_ok(g, ctx) and not (
        # "last entry 31st may", "the 3rd of march!" (not "the 2nd may come")
        g["month"] != "mar"
        and "year" not in g
        and g["ordinal"][0].isdigit()
        and _AFTER_A_LOWER_CASE_DATE.match(ctx.lowered, ctx.end)
    ):
        return None
    year = _year(g)
    return Expression(
        Kind.CALENDAR, month=_month(g["month"]), day=day, year=year,
        tense=_tense_if(ctx, year is None),
    )  # fmt: skip


# Words that may follow "on the 15th" when it is a day: any other word makes the ordinal count
# or name something ("on the 15th floor", "the 11th Circuit")
_AFTER_DAY_OF_MONTH = lx.word_set(
    "and or to through until till when at in as but after before while with of from the he she "
    "it they we there so because"
    # a post's interjections ("exam on the 14th ugh"): no noun the ordinal could count
    " ugh lol lmao haha omg yay smh tbh fr pls please cant can't wont won't dont don't i u x xx"
)


_BEFORE_DAY_OF_MONTH = lx.word_set("on by until till til thru since before after from to and due")
# in a post, also after a booking, a start or an end, "is", or an event of a day ("flights
# booked for the 20th", "half term starts the 15th", "back the 28th x", "my bday is the 3rd",
# "payday the 31st"; not "for the 3rd time")
_BEFORE_DAY_OF_MONTH_IN_A_POST = lx.word_set(
    "for starts start begins ends back is its payday bday birthday party exam gig wedding work day"
)


def day_of_month(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "on the 15th", "Tuesday the 13th", "the 20th of next month": a day, its month left out."""
    day = int(g["day"])
    if not 1 <= day <= 31:
        return None
    rel = g.get("rel")
    if (
        rel is None
        and not g.get("weekday")
        and ctx.word_before() not in _BEFORE_DAY_OF_MONTH
        and not (ctx.word_before() in _BEFORE_DAY_OF_MONTH_IN_A_POST and ctx.informal())
    ):
        return None  # "the 15th" alone may count anything; "on the 15th" is a day
    after = ctx.word_after()
    if (
        rel is None
        and after
        and after not in _AFTER_DAY_OF_MONTH
        and (not g.get("weekday") or after[0].isupper())
    ):
        # "the 15th floor", "the 11th Circuit", "on Thursday, the 5th U.S. Circuit" ("Fri 16th
        # doors 7": a weekday before makes it a day)
        return None
    name = g.get("weekday")
    # ("mon" is no English word: "mon 18th uni starts" is a day)
    if (
        name in _WEEKDAY_ABBREVIATIONS_THAT_ARE_WORDS
        and name != "mon"
        and (
            not _AFTER_A_LOWER_CASE_DATE.match(ctx.lowered, ctx.end)
            or ctx.word_before() in _SUBJECT_PRONOUNS
        )
    ):
        return None  # "she sat 14th in the standings"; "results out wed 14th" is a day
    weekday = lx.WEEKDAYS[lx.CASUAL_WEEKDAYS.get(name, name)] if name else None
    # a post with no tense cue looks ahead, as for a bare weekday ("bday on the 3rd 🎉" of 14
    # November is 3 December; "pics from the 3rd" looks back); news keeps the nearest
    return Expression(
        Kind.CALENDAR, day=day, weekday=weekday,
        offset=lx.RELATIVE_WORDS[rel] if rel else None, tense=None if rel else ctx.weekday_tense(),
    )  # fmt: skip


def same_period(g: dict[str, str], ctx: Context) -> Expression:
    """ "the same period last year": the period the text named last, a year back; with none named,
    as "the year-ago period" (the year before, or the quarter in a quarterly report)."""
    fallback = year_ago_period(g, ctx)
    if isinstance(fallback, tuple):
        fallback = fallback[0]
    return Expression(Kind.RELATIVE, same_period=True, offset=-1, first=fallback, anaphoric=True)


def unit_before(g: dict[str, str], ctx: Context) -> Expression:
    """ "the day before", "the week after": one unit from the date the text named last."""
    offset = -1 if g["dir"] in ("before", "earlier") else 1
    return Expression(
        Kind.RELATIVE, unit=RELATIVE_PERIOD_UNITS[g["unit"]], offset=offset, anaphoric=True
    )


def half_year(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "H1 2025", "H2", "1H23": a half of the year (written with a capital H; "h1" is no
    half)."""
    if "H" not in ctx.original[ctx.start : ctx.end]:
        return None
    half = int(g["half"])
    if g.get("yy"):
        return Expression(Kind.CALENDAR, half=half, two_digit_year=int(g["yy"]))
    year = _year(g)
    return Expression(Kind.CALENDAR, half=half, year=year, offset=None if year else 0)


# Words after which "2/15" is a date rather than a fraction or a score
_SLASH_DATE_CUES = lx.word_set("on by since until till from through before after dated")


# Words around a day of history's code that make it that day: "since 9/11", "the 7/7
# bombings", "the 75th anniversary of D-Day"; words of a schedule make "9/11" this year's date
_HISTORY_BEFORE = lx.word_set("since after before of the post pre")
_HISTORY_AFTER = lx.word_set(
    "attack attacks bombing bombings bombers hijackers victims families anniversary memorial "
    "commission landings invasion veterans beaches era"
)
_SCHEDULE_BEFORE = lx.word_set("by until till due from through next this every")


def day_of_history(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "since 9/11", "the 26/11 attacks", "D-Day veterans": a day of history (lexicon's
    ``DAYS_OF_HISTORY``). "7/7" and "D-Day" need a cue ("7/7 free throws", "D-Day for the
    talks" are no such day); "9/11" and "26/11" are the day unless a schedule names them."""
    code = g["history"]
    before, after = ctx.word_before(), ctx.word_after().lower()
    if before in _SCHEDULE_BEFORE or after in ("at", "from", "to", "for"):
        return None
    if code in ("7/7", "d-day") and before not in _HISTORY_BEFORE and after not in _HISTORY_AFTER:
        return None
    if code == "d-day" and not ctx.capitalised(0):
        return None
    year, month, day = (int(part) for part in lx.DAYS_OF_HISTORY[code].split("-"))
    return Expression(Kind.CALENDAR, year=year, month=month, day=day)


# A mark out of a total is no date ("scored 12/15 on the quiz", "got 9/10")
_SCORE_BEFORE = lx.word_set("scored score scores scoring got get gets rated rate rating marks")
# In a post, an event said to be on a numeric day is the cue ("the gig is 12/3", "bday is 6/14")
_EVENT_IS_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted(_EVENTS_OF_A_DAY | lx.word_set("bday birthday exam deadline flight")))
    + r")(?:\sis|['’]s)\s$"
)


_PART_OF_A_WHOLE_AFTER = lx.word_set("done full over through of complete finished gone sold booked")


def _an_event_is_on_a_slash_date(ctx: Context) -> bool:
    """ "the gig is 12/3" (not "the show is 3/4 done": a part of it)."""
    return (
        bool(_EVENT_IS_BEFORE.search(ctx.lowered, max(0, ctx.start - 30), ctx.start))
        and ctx.word_after().lower() not in _PART_OF_A_WHOLE_AFTER
        and ctx.informal()
    )


def month_slash_day(g: dict[str, str], ctx: Context) -> Expression | _NotTime | None:
    """ "on 2/15", "15/2": a day and a month without a year (American order unless it cannot
    be). "3/4" alone is as likely a fraction: only a cue word or a part over 12 makes it a date."""
    if g["slash"] in ("24/7", "24/365"):
        return NOT_TIME  # "a 24/7 service": all the time, not 24 July
    if g["slash"] in lx.DAYS_OF_HISTORY:
        found = day_of_history({"history": g["slash"]}, ctx)
        if found is not None:
            return found
    first, second = (int(part) for part in g["slash"].split("/"))
    if ctx.word_before() in _SCORE_BEFORE:
        return None  # "scored 12/15 on the quiz", "rated 4/5"
    cue = ctx.word_before() in _SLASH_DATE_CUES or _an_event_is_on_a_slash_date(ctx)
    if not cue and first <= 12 and second <= 12:
        return None
    month, day = (first, second) if first <= 12 else (second, first)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Expression(
        Kind.CALENDAR, month=month, day=day, tense=ctx.tense(), latent=not cue,
        order_open=first <= 12 and second <= 12,
    )  # fmt: skip


_WEEKDAY_ABBREVIATIONS_THAT_ARE_WORDS = lx.word_set("mon wed sat sun")


def weekday_slash_date(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "Fri 5/9", "this Sunday 5/11": the weekday is the cue that makes "5/9" a date."""
    name = g["weekday"]
    if (
        name in _WEEKDAY_ABBREVIATIONS_THAT_ARE_WORDS
        and not ctx.capitalised(ctx.lowered.find(name, ctx.start, ctx.end) - ctx.start)
        and not g.get("rel")
        and ctx.word_before() not in _CASUAL_WEEKDAY_CUES
    ):
        return None  # "he sat 3/4 of the exam": the verb
    first, second = (int(part) for part in g["slash"].split("/"))
    month, day = (first, second) if first <= 12 else (second, first)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    number = lx.WEEKDAYS.get(name) or lx.WEEKDAY_ABBREVIATIONS[name]
    return Expression(Kind.CALENDAR, month=month, day=day, weekday=number, tense=ctx.tense())


def apostrophe_year(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "'82", "in '09": a year in the century nearest the anchor; posts' "2k19" is 2019."""
    if g.get("k"):
        if not ctx.original[ctx.start : ctx.end].islower():
            return None  # "NBA 2K19", a game's title
        return Expression(Kind.CALENDAR, year=2000 + int(g["k"]))
    return Expression(Kind.CALENDAR, two_digit_year=int(g["yy"]))


def mid_week(g: dict[str, str], ctx: Context) -> Expression:
    """ "mid-week", "mid-year": the middle of the anchor's week or year."""
    return Expression(Kind.RELATIVE, unit="Y" if g["unit"] == "year" else "W", offset=0, mod="MID")


def tonight_at(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "tonight at 8", "at 8 tonight": an evening hour of the anchor's day; "at 9 this
    morning" a morning hour, "at 3 this afternoon" an afternoon one."""
    hour = int(g["hour"])
    if not 1 <= hour <= 12:
        return None
    named = g["named"]
    if named.endswith("morning"):
        hour = 0 if hour == 12 else hour
    elif named.endswith("afternoon"):
        hour = hour if hour == 12 else hour + 12
    elif 5 <= hour < 12:
        hour += 12  # an evening hour; "tonight at 1" is past midnight, left as written
    minute = int(g["minute"]) if g.get("minute") else None
    return Expression(
        Kind.RELATIVE, type=TimexType.TIME, unit="D", offset=0, hour=hour, minute=minute
    )


# A bare hour ("show at 8", "tmrw at 5", "8ish"): posts leave out a.m. and p.m. when the event
# says which. Read only after a day or a word of an event, and only where the clause ends or a
# small word follows ("closed at 8", "at 8 percent", "at 5 points" count things).
_DAY_BEFORE_AN_HOUR = re.compile(
    expand(
        r"(?:today|tonight|tomorrow|"
        + lx.trie_regex(lx.INFORMAL_NAMED_DAYS)
        + r"|<WEEKDAYWORD>s?|"
        + lx.trie_regex(lx.CASUAL_WEEKDAYS)
        + r"|<MONTH>\.?\s?[0-3]?\d(?:st|nd|rd|th)?|[01]?\d/[0-3]?\d)\s(?:at|@|by|around|from)\s$"
    )
)
_EVENING_EVENTS = lx.word_set(
    "show shows doors dinner party gig concert movie movies film drinks screening curtain "
    "karaoke trivia quiz bar pub club iftar bed night nite"
)
# In a post (:mod:`.register`), an hour of 7 to 11 after these is the evening's too: one meets,
# plays and streams after work ("see u at 7", "game at 8", "stream at 9"); a class, a meeting, a
# call or a breakfast keeps the hour as written ("class at 9")
_OUTINGS_IN_A_POST = _EVENING_EVENTS | lx.word_set(
    "u you ya yall everyone meet meetup game match kickoff kick-off tipoff tip-off stream "
    "there home"
)
_EVENTS_AT_AN_HOUR = _EVENING_EVENTS | lx.word_set(
    "lunch brunch breakfast game match kickoff kick-off tipoff tip-off meet meetup meeting "
    "practice training class rehearsal session call stream service mass starts start begins "
    "begin opens open closes leave leaves arrive arrives landing lands pickup pick-up "
    "appointment appt interview home back there ready done u you ya yall everyone iftar bed "
    "night nite dentist doctor doctors vet haircut gym off finish finishes finishing"
)
# The end of a working day, or a pub's last call, asks for an hour too ("leaving work at 5",
# "finish at 5:30", "last orders at 10": the evening's); "start work at 6" keeps the hour
_END_OF_A_DAY_BEFORE_AN_HOUR = re.compile(
    r"(?:(?P<work>(?:leav(?:e|es|ing)|off|finish(?:es|ing)?)\swork)|(?P<orders>last\sorders))"
    r"\s(?:at|@|by|around)\s$"
)
_WORD_BEFORE_THE_PREPOSITION = re.compile(r"([a-z'-]+)\s(?:at|@|by|around)\s$")
_WORD_JUST_BEFORE = re.compile(r"([a-z'-]+)\s$")
_AFTER_A_BARE_HOUR = re.compile(
    r"\s*(?:$|[^\w\s]|(?:on|and|or|then|tmrw|tomorrow|today|sharp|pls|please|lol|if|so|but|"
    r"with|for|til|till|until|to|ok|okay|right|ya|u|everyone|yall|y'all|guys|see|be|bring|"
    r"dont|don't|x+|ko|kickoff|start)(?![\w'’]))"
)


def _an_outing_in_a_post(hour: int, event: str, ctx: Context) -> bool:
    """Whether an hour of 7 to 11 is the evening's because a post names an outing at it ("see
    u at 7", "meet at half 7"; :mod:`.register`)."""
    return (
        7 <= hour <= 11
        and event in _OUTINGS_IN_A_POST
        and not _MORNING_AFTER.match(ctx.lowered, ctx.end)
        and ctx.informal()
    )


_MORNING_AFTER = re.compile(
    r"\s*(?:in\sthe\smorning|(?:this|tmrw|tomorrow)\smorning|in\sthe\sam)\b"
)


def bare_hour(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "show at 8", "tmrw at 5", "doors @ 7", "home by 6", "8ish": an hour without its half of
    the day, the afternoon's or evening's up to 6 and after an evening event ("dinner at 8"),
    latent, on the day named last."""
    hour = int(g["hour"])
    if not 1 <= hour <= 12 or not _AFTER_A_BARE_HOUR.match(ctx.lowered, ctx.end):
        return None
    before = ctx.lowered[max(0, ctx.start - 40) : ctx.start]
    word = _WORD_BEFORE_THE_PREPOSITION.search(before)
    if word is None and g.get("ish"):  # "dinner 7ish?", "drinks 8ish": the event just before
        word = _WORD_JUST_BEFORE.search(before)
    event = word.group(1) if word else ""
    end_of_day = _END_OF_A_DAY_BEFORE_AN_HOUR.search(before)
    day = _DAY_BEFORE_AN_HOUR.search(before)
    if (
        not g.get("ish")
        and g.get("afterday") is None  # "thurs 4:30": the weekday just before says it
        and event not in _EVENTS_AT_AN_HOUR
        and not end_of_day
        and not day
    ):
        return None
    if day is not None and event not in _EVENTS_AT_AN_HOUR:
        # "game fri @ 7", "drinks tmrw at 8": the event before the day names the hour's half
        prior = _WORD_JUST_BEFORE.search(before, 0, day.start())
        event = prior.group(1) if prior else event
    if hour <= 6 or (
        hour < 12
        and (
            event in _EVENING_EVENTS
            or (end_of_day is not None and end_of_day.group("orders") is not None)
            or re.search(r"(?:tonight|tonite|2nite|night|nite)\s\S+\s$", before)
            or _an_outing_in_a_post(hour, event, ctx)
        )
    ):
        hour += 12
    return Expression(
        Kind.RELATIVE, type=TimexType.TIME, unit="D", offset=0, hour=hour,
        minute=int(g["minute"]) if g.get("minute") else None,
        mod="APPROX" if g.get("ish") else None, anaphoric=True, tense=ctx.tense(), latent=True,
    )  # fmt: skip


def new_year_ahead(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "see everyone in the new year", "talks resume in the New Year": the year after the day of
    writing; a past clause keeps the holiday ("In the New Year, prices rose")."""
    if ctx.tense() is Tense.PAST:
        return None
    return Expression(Kind.RELATIVE, unit="Y", offset=1)


def half_past(g: dict[str, str], ctx: Context) -> Expression | None:
    """ "half past 6", "a quarter to 7", "meet at half 7" (British: 7:30): a clock time told in
    words, its half of the day as for a bare hour (the afternoon's or evening's up to 6),
    latent."""
    hour = int(g["hour"])
    minute = 30
    if g.get("quarter"):
        minute = 15 if g["dir"] == "past" else 45
        if g["dir"] == "to":
            hour = 12 if hour == 1 else hour - 1
    before = _WORD_BEFORE_THE_PREPOSITION.search(ctx.lowered[max(0, ctx.start - 40) : ctx.start])
    if hour <= 6 or _an_outing_in_a_post(hour, before.group(1) if before else "", ctx):
        hour += 12
    return Expression(
        Kind.RELATIVE, type=TimexType.TIME, unit="D", offset=0, hour=hour, minute=minute,
        anaphoric=True, tense=ctx.tense(), latent=True,
    )  # fmt: skip
