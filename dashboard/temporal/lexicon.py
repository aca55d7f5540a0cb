"""Word tables: every spelling the rules accept, and what it means.

The rules in :mod:`dashboard.temporal.rules` refer to these tables by name (``<MONTH>``,
``<WEEKDAY>``…); a new spelling is one more row here, never a change to a rule.
All keys are lower case: the recogniser scans a lower-cased copy of the text.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from functools import lru_cache

MONTHS: dict[str, int] = {
    "january": 1, "jan.": 1, "jan": 1,
    "february": 2, "feb.": 2, "feb": 2,
    "march": 3, "mar.": 3, "mar": 3,
    "april": 4, "apr.": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun.": 6, "jun": 6,
    "july": 7, "jul.": 7, "jul": 7,
    "august": 8, "aug.": 8, "aug": 8,
    "september": 9, "sept.": 9, "sept": 9, "sep.": 9, "sep": 9,
    "october": 10, "oct.": 10, "oct": 10,
    "november": 11, "nov.": 11, "nov": 11,
    "december": 12, "dec.": 12, "dec": 12,
}  # fmt: skip

# Full month names only: a bare abbreviation ("Dec", "Jan") alone is too often something else.
FULL_MONTHS: dict[str, int] = {
    k: v for k, v in MONTHS.items() if len(k) > 4 or k in ("may", "june", "july")
}

# How posts write a month alone ("school starts in sept", "since jan"): in lower case, or
# shortened without a period; read only after a word that asks for a time (see rules.py)
CASUAL_MONTHS: dict[str, int] = {
    k: v for k, v in MONTHS.items() if not k.endswith(".") and k not in ("may", "march", "mar")
}

# Month names that are also ordinary English words: alone, they count only when capitalised.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar"})

# Month names of other languages, read once from dateparser's own locale data (a fixed list of
# languages: no language detection, no network). Its lists mix full names, inflected forms
# ("мая", the genitive of "май") and abbreviations ("janv", "сент").
FOREIGN_LANGUAGES = ("fr", "de", "es", "it", "pt", "ru")
_CALENDAR_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip


def _is_abbreviation(form: str, forms: Iterable[str]) -> bool:
    """Whether ``form`` shortens another form of its month: a prefix of one at least two
    letters longer, or three letters or fewer beside a longer one. Not "mai" (the whole French
    name), not "март" beside "марта" (an inflection).

    >>> _is_abbreviation("janv", ["janvier", "janv"]), _is_abbreviation("jun", ["juin", "jun"])
    (True, True)
    >>> _is_abbreviation("mai", ["mai"]), _is_abbreviation("март", ["мар", "март", "марта"])
    (False, False)
    """
    for other in forms:
        longer_by = len(other) - len(form)
        if (other.startswith(form) and longer_by >= 2) or (len(form) <= 3 and longer_by > 0):
            return True
    return False


def _russian_prepositional(nominative: str) -> str:
    """ "в мае", "в январе": dateparser lists the nominative and the genitive only."""
    return nominative[:-1] + "е" if nominative[-1] in "ьй" else nominative + "е"


def _foreign_months(languages: tuple[str, ...]) -> tuple[dict[str, int], dict[str, int]]:
    """(full names with their inflections, abbreviations) of ``languages``, month numbers."""
    names: dict[str, int] = {}
    abbreviations: dict[str, int] = {}
    for language in languages:
        info = importlib.import_module(f"dateparser.data.date_translation_data.{language}").info
        for number, key in enumerate(_CALENDAR_MONTHS, 1):
            forms = [form.lower() for form in info[key]]
            for form in forms:
                if not _is_abbreviation(form, forms):
                    names[form] = number
                    if language == "ru" and form[-1] not in "ая":
                        names[_russian_prepositional(form)] = number
                elif len(form) > 3 or not form.isascii():
                    # a three-letter Latin one is too often a word ("ago", "set", "out", "mar",
                    # "gen", "mag" are August, September, October, March, January, May)
                    abbreviations[form] = abbreviations[form + "."] = number
    return names, {k: v for k, v in abbreviations.items() if k.rstrip(".") not in names}


# "mai", "mars", "мая", "мае" (в мае), "märz", "maggio"…: a day or a year goes with them
FOREIGN_MONTHS, FOREIGN_MONTH_ABBREVIATIONS = _foreign_months(FOREIGN_LANGUAGES)

# Foreign month names that are also English names or words ("Mars", "Mayo Clinic", "Avril"):
# they count only in lower case, as French, Spanish and Italian write their months.
AMBIGUOUS_FOREIGN_MONTHS = frozenset({"mars", "mayo", "avril", "julio"})

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7, "mon.": 1, "tues.": 2, "tue.": 2, "wed.": 3, "thurs.": 4, "thu.": 4, "fri.": 5,
}  # fmt: skip

# Three-letter weekdays without a period ("Wed Jun 16, 2010" in datelines): words of their own
# ("sun", "sat", "wed"), so read only right before a month and a day
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6,
    "sun": 7,
}  # fmt: skip

# How posts shorten weekdays ("on sat", "thurs night"): read only with a cue (see rules.py)
CASUAL_WEEKDAYS: dict[str, str] = {
    "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
    "weds": "wednesday", "thu": "thursday", "thur": "thursday", "thurs": "thursday",
    "fri": "friday", "sat": "saturday", "sun": "sunday",
}  # fmt: skip

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}  # fmt: skip

# Parts of a day, with their TIMEX3 codes.
DAY_PARTS: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "mid-afternoon": "AF", "midafternoon": "AF",
    "mid afternoon": "AF",
    "evening": "EV", "night": "NI", "overnight": "NI", "nite": "NI", "arvo": "AF",
}  # fmt: skip

# Parts of a period ("late August", "the end of the month") and the TimeML mod they carry.
PERIOD_PARTS: dict[str, str] = {
    "early": "START", "beginning": "START", "start": "START", "dawn": "START",
    "mid": "MID", "mid-": "MID", "middle": "MID",
    "late": "END", "end": "END", "close": "END", "end-": "END", "start-": "START",
}  # fmt: skip

CARDINALS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "one hundred": 100, "thousand": 1000, "a thousand": 1000,
    "a dozen": 12, "dozen": 12, "half a": 0.5, "half an": 0.5, "a half": 0.5, "a couple of": 2,
    "couple of": 2, "a couple": 2,
}  # fmt: skip

# Quantities with no number: the duration's amount is unknown ("several years" -> PXY).
VAGUE_AMOUNTS = frozenset(
    {"several", "a few", "few", "some", "many", "the next few",
     "a number of", "dozens of", "hundreds of", "thousands of"}
)  # fmt: skip

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31, "last": -1,
}  # fmt: skip

# Calendar units: the duration letter, whether it is a time (PT..) unit, and its grain.
UNITS: dict[str, str] = {
    "second": "S", "seconds": "S", "minute": "MIN", "minutes": "MIN", "hour": "H", "hours": "H",
    "day": "D", "days": "D", "week": "W", "weeks": "W", "weekend": "WE", "weekends": "WE",
    "fortnight": "FN", "month": "M", "months": "M", "quarter": "Q", "quarters": "Q",
    "year": "Y", "years": "Y", "decade": "DE", "decades": "DE", "century": "CE",
    "centuries": "CE",
    # abbreviations of posts and headlines ("2 hrs", "20 mins", "3 yrs"; not "sec": the SEC)
    "hr": "H", "hrs": "H", "min": "MIN", "mins": "MIN", "yr": "Y", "yrs": "Y", "wk": "W",
    "wks": "W", "mos": "M", "mths": "M", "wkend": "WE", "wkends": "WE",
}  # fmt: skip

# Relative words before a unit, weekday, month or season, and their offset from the anchor.
RELATIVE_WORDS: dict[str, int] = {
    "this": 0, "current": 0, "the current": 0, "this coming": 1, "the coming": 1, "coming": 1,
    "this upcoming": 1,
    "next": 1, "the next": 1, "the following": 1, "following": 1, "nxt": 1,
    "last": -1, "the last": -1, "past": -1, "the past": -1, "previous": -1, "the previous": -1,
    "this past": -1, "the latest": -1, "latest": -1, "the prior": -1, "prior": -1,
    "the same": 0, "upcoming": 1, "the upcoming": 1,
}  # fmt: skip

# Sets: "daily" -> every day (P1D).
SET_ADVERBS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "semiannually": "P6M", "biannually": "P6M", "fortnightly": "P2W",
}  # fmt: skip

# Words that point at the present, past or future as a whole. Left out on purpose, because
# in news they are far more often not annotated as time than annotated: "previously", "recent"
# alone, "future" alone ("future growth"). "In the past" is (TimeBank: 4 of 4). "soon" only
# between a modal and its verb ("will soon begin": TimeBank 3 of 4; see productions.reference).
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "at present": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "the present": "PRESENT_REF", "this crucial moment": "PRESENT_REF", "the past": "PAST_REF",
    "at the moment": "PRESENT_REF", "this moment": "PRESENT_REF", "these days": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "lately": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "a later date": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "rn": "PRESENT_REF",  # posts' "right now", only in lower case (see productions.reference)
    "asap": "FUTURE_REF", "the other day": "PAST_REF",
    "the distant future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    # "remains a classic to this day" (only after "to", "until": see productions.reference)
    "this day": "PRESENT_REF", "this day and age": "PRESENT_REF",
}  # fmt: skip

# Named days: (offset in days from the anchor, part of day or None).
NAMED_DAYS: dict[str, tuple[int, str | None]] = {
    "today": (0, None), "yesterday": (-1, None), "tomorrow": (1, None),
    "tonight": (0, "NI"), "the day before yesterday": (-2, None),
    "the day after tomorrow": (2, None), "last night": (-1, "NI"),
}  # fmt: skip

# How posts and texts spell the named days ("see u tmrw", "party 2nite", "last nite")
INFORMAL_NAMED_DAYS: dict[str, str] = {
    "tmrw": "tomorrow", "tmr": "tomorrow", "tmrrw": "tomorrow", "2moro": "tomorrow",
    "2morrow": "tomorrow", "tomorow": "tomorrow", "tonite": "tonight", "2nite": "tonight",
    "2night": "tonight", "2day": "today", "yday": "yesterday", "last nite": "last night",
    "2mrw": "tomorrow", "2mro": "tomorrow", "2morow": "tomorrow", "tmrow": "tomorrow",
    "tmw": "tomorrow", "tomoz": "tomorrow", "tonigt": "tonight", "tnite": "tonight",
    "2moz": "tomorrow",  # British posts, as "tomoz"
    "yest": "yesterday",
}  # fmt: skip

# Fixed-date holidays: (month, day). Days of observance ("International Women's Day", "Earth
# Day", "World AIDS Day") are left out: news names them as events, and TimeBank leaves them out.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
    "independence day": (7, 4), "valentine's day": (2, 14), "victory day": (5, 9),
    "boxing day": (12, 26), "may day": (5, 1), "bastille day": (7, 14),
    "veterans day": (11, 11), "armistice day": (11, 11), "remembrance day": (11, 11),
    "inauguration day": (1, 20), "st. patrick's day": (3, 17), "st patrick's day": (3, 17),
    "saint patrick's day": (3, 17), "april fools' day": (4, 1), "april fool's day": (4, 1),
    "cinco de mayo": (5, 5), "juneteenth": (6, 19), "flag day": (6, 14),
    "canada day": (7, 1), "australia day": (1, 26), "anzac day": (4, 25),
    "guy fawkes night": (11, 5), "all saints' day": (11, 1), "all souls' day": (11, 2),
    "ve day": (5, 8), "xmas": (12, 25), "xmas day": (12, 25), "xmas eve": (12, 24),
    "nye": (12, 31), "new years eve": (12, 31), "new years day": (1, 1),
    "new yrs eve": (12, 31), "new yrs day": (1, 1),
    "valentines day": (2, 14), "groundhog day": (2, 2),
    # as Irish and British posts write them ("st paddys day", "vday plans??")
    "st paddy's day": (3, 17), "st. paddy's day": (3, 17), "st paddys day": (3, 17),
    "paddy's day": (3, 17), "paddys day": (3, 17), "vday": (2, 14),
    "st patty's day": (3, 17), "st. patty's day": (3, 17), "pi day": (3, 14),
    # public holidays of other English-writing countries (India's Republic Day, New Zealand's
    # Waitangi Day, Scotland's Hogmanay, Britain's Bonfire Night)
    "republic day": (1, 26), "waitangi day": (2, 6), "hogmanay": (12, 31),
    "bonfire night": (11, 5), "guy fawkes day": (11, 5),
    "v-e day": (5, 8), "vj day": (8, 15), "v-j day": (8, 15),
    # "New Year", "happy new year" (not "the new year" in lower case: see productions.holiday)
    "new year": (1, 1), "new years": (1, 1),
    # the Julian 25 December, 7 January from 1900 to 2099
    "orthodox christmas": (1, 7), "orthodox christmas day": (1, 7),
}  # fmt: skip

# Days of history the news names by their date or a code, never by their year: "since 9/11",
# "the 26/11 attacks" (Mumbai), "the 7/7 bombings" (London), "the anniversary of D-Day". They
# are that day, not this year's 11 September (see productions.day_of_history for the cues).
DAYS_OF_HISTORY: dict[str, str] = {
    "9/11": "2001-09-11", "26/11": "2008-11-26", "7/7": "2005-07-07", "d-day": "1944-06-06",
}  # fmt: skip

# Holidays that fall on the n-th weekday of a month: (month, ISO weekday, n; -1 = the last).
MOVEABLE_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1), "mother's day": (5, 7, 2), "father's day": (6, 7, 3),
    "mothers day": (5, 7, 2), "fathers day": (6, 7, 3),
    "martin luther king day": (1, 1, 3), "presidents day": (2, 1, 3),
    "presidents' day": (2, 1, 3), "columbus day": (10, 1, 2),
    "martin luther king jr. day": (1, 1, 3), "mlk day": (1, 1, 3),
    "washington's birthday": (2, 1, 3), "patriots' day": (4, 1, 3),
    "indigenous peoples' day": (10, 1, 2),
    # Britain's day of remembrance, the second Sunday of November (the Sunday nearest 11 November)
    "remembrance sunday": (11, 7, 2),
}  # fmt: skip

# Feasts that follow the moon or Easter, by the names the news gives them -> the name
# :func:`dashboard.temporal.calendars.moveable_interval` knows.
LUNAR_AND_CHURCH_HOLIDAYS: dict[str, str] = {
    "easter": "easter", "easter sunday": "easter", "easter day": "easter",
    "easter week": "easter", "holy week": "easter",
    "easter monday": "easter monday", "good friday": "good friday",
    "holy saturday": "holy saturday", "maundy thursday": "maundy thursday",
    "holy thursday": "holy thursday", "palm sunday": "palm sunday",
    "ash wednesday": "ash wednesday", "shrove tuesday": "shrove tuesday",
    "pancake day": "shrove tuesday",  # British
    "mardi gras": "mardi gras", "pentecost": "pentecost", "whit monday": "whit monday",
    "ascension day": "ascension day",
    "ramadan": "ramadan", "ramadhan": "ramadan", "ramazan": "ramadan",
    "eid al-fitr": "eid al-fitr", "eid al fitr": "eid al-fitr", "eid ul-fitr": "eid al-fitr",
    "eid-ul-fitr": "eid al-fitr", "eid-al-fitr": "eid al-fitr", "eid al-adha": "eid al-adha",
    "eid al adha": "eid al-adha", "eid ul-adha": "eid al-adha", "eid-ul-adha": "eid al-adha",
    "eid-al-adha": "eid al-adha", "eid ul fitr": "eid al-fitr", "eid ul adha": "eid al-adha",
    # as Indian and Pakistani papers write Eid al-Adha
    "eid ul-azha": "eid al-adha", "eid-ul-azha": "eid al-adha", "eid ul-zuha": "eid al-adha",
    "eid-ul-zuha": "eid al-adha", "bakrid": "eid al-adha", "bakri eid": "eid al-adha",
    # "Eid" alone: whichever of the two the tense points at (see resolve)
    "eid": "eid",
    # Canada: the Monday before 25 May
    "victoria day": "victoria day",
    "chinese new year": "chinese new year", "lunar new year": "chinese new year",
    "orthodox easter": "orthodox easter", "orthodox easter sunday": "orthodox easter",
    # the Hebrew calendar's feasts (computed in calendars.py)
    "passover": "passover", "pesach": "passover", "rosh hashanah": "rosh hashanah",
    "rosh hashana": "rosh hashanah", "jewish new year": "rosh hashanah",
    "yom kippur": "yom kippur", "sukkot": "sukkot", "hanukkah": "hanukkah",
    "chanukah": "hanukkah", "hanukah": "hanukkah", "purim": "purim", "shavuot": "shavuot",
    # the Persian New Year, on the March equinox
    "nowruz": "nowruz", "norouz": "nowruz", "nowrouz": "nowruz", "norooz": "nowruz",
    "navruz": "nowruz", "novruz": "nowruz", "nauryz": "nowruz", "newroz": "nowruz",
    "persian new year": "nowruz", "iranian new year": "nowruz",
    "black friday": "black friday", "cyber monday": "cyber monday", "black fri": "black friday",
    # US federal elections: the Tuesday after the first Monday of November
    "election day": "election day",
    # Hindu feasts of India's public holidays (a table in calendars.py, 2001-2035)
    "diwali": "diwali", "deepavali": "diwali", "deepawali": "diwali", "holi": "holi",
    # the day of most US presidential primaries (calendars.py: the known ones, else the first
    # Tuesday of March; a named day, not the nearest Tuesday)
    "super tuesday": "super tuesday",
    # England and Wales (calendars.py): "bank holiday monday" is whichever of the four the tense
    # points at; "the August bank holiday" the last Monday of August
    "bank holiday monday": "bank holiday monday", "bank hol monday": "bank holiday monday",
    "early may bank holiday": "early may bank holiday",
    "spring bank holiday": "spring bank holiday", "summer bank holiday": "summer bank holiday",
    "august bank holiday": "summer bank holiday",
    "august bank holiday monday": "summer bank holiday",
}  # fmt: skip

# Spoken decades ("the nineties") -> the decade's first two or three digits after the century.
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (easier to read in a table).

    >>> sorted(word_set("in  since"))
    ['in', 'since']
    """
    return frozenset(words.split())


# Calendars whose new year is not 1 January: "the Islamic New Year", "the Thai New Year" are no
# New Year's Day (those the tables know are holidays of their own: "Persian New Year").
OTHER_CALENDARS = word_set(
    "islamic muslim hijri thai ethiopian tamil sinhala sinhalese khmer cambodian tibetan nepali "
    "nepalese bengali coptic hindu sikh balinese lao burmese mongolian assyrian kurdish afghan "
    "orthodox julian vietnamese korean lunar jewish hebrew persian iranian chinese"
)


def trie_regex(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored as a trie, so the engine never backtracks
    across alternatives (``may|march|mar.`` -> ``ma(?:y|r(?:ch|\\.))``).

    >>> trie_regex(["may", "march"])
    'ma(?:rch|y)'
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends_here = "" in node
        parts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if ends_here:
            body = "(?:" + body + ")?"
        return body

    return build(trie)


_NUMBER_PART = re.compile(r"1/2|½|[a-z]+|\d+(?:\.\d+)?")


@lru_cache(maxsize=4096)
def parse_amount(words: str) -> float | None:
    """The number a quantity phrase denotes, or None for a vague one ("several").

    >>> parse_amount("twenty four"), parse_amount("two and a half"), parse_amount("2 1/2")
    (24.0, 2.5, 2.5)
    """
    words = words.strip().lower().replace("-", " ")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", words):  # "12,000"
        words = words.replace(",", "")
    if words == "another":  # "another decade": one more
        return 1.0
    if words in VAGUE_AMOUNTS or not words:
        return None
    if words in CARDINALS:
        return float(CARDINALS[words])
    total = 0.0
    current = 0.0
    for part in _NUMBER_PART.findall(words):
        if part in ("and",):
            continue
        if part in ("1/2", "½", "half"):
            current += 0.5
        elif part[0].isdigit():
            current += float(part)
        elif part == "hundred":
            current = max(current, 1) * 100
        elif part == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif part in CARDINALS:
            value = CARDINALS[part]
            if part in ("a", "an") and current:
                continue  # "two and a half": the "a" belongs to "half"
            current += value
        else:
            return None
    return total + current


def counted_tail(words: str) -> int:
    """Where the last whole number of a run of number words begins (0 when the run is one
    number): "two five" is two things of five ("two five-year terms"), not seven, while
    "twenty five" and "two hundred" are one number each.

    >>> counted_tail("two five"), counted_tail("twenty five"), counted_tail("three twenty")
    (4, 0, 6)
    """
    start = 0
    previous: float | None = None
    for word in re.finditer(r"[a-z]+", words.lower()):
        value = CARDINALS.get(word.group())
        if value is None or word.group() in ("a", "an", "hundred", "thousand", "dozen"):
            previous = None
            continue
        # a digit word or a teen may be followed only by "hundred" or "thousand"; a tens word
        # only by a digit word ("twenty five")
        if previous is not None and (previous < 20 or value >= 10):
            start = word.start()
        previous = value
    return start


def ordinal_value(word: str) -> int | None:
    """The day or rank an ordinal denotes: "third" -> 3, "21st" -> 21.

    >>> ordinal_value("21st"), ordinal_value("twenty-first")
    (21, 21)
    """
    word = word.lower()
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group())
    return ORDINALS.get(word)
