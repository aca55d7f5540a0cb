"""Infer a publication date from the text's own evidence, when no one gave it.

Relative dates ("on Thursday") mean nothing without the day the article was written. When neither the
sidecar, the front matter nor the page's metadata gives it, this module looks for evidence in the
text, in order of strength, and returns the date with the words it rests on, so the user can check:

1. a stated date near the top, in one of the forms of :data:`STATED_FORMS` (strongest first):
   "Published on June 10, 2025", "Posted …", "Date: …", a byline with a date, a line that is a date
   and a time ("June 10, 2025 at 10:32 a.m. EDT"), a dateline "MOSCOW, May 7, 2025 —", and last
   "Updated …"; in other languages, a dateline or date line with a full date ("Москва, 7 мая 2025
   года", "Publié le 7 mai 2025", "2025年5月7日 10:15"); it always wins over the weaker evidence
   below;
2. the year: "the 80th anniversary of" / "80 years since" an event of known year (World War II ended
   in 1945), a weekday named with a date ("Thursday, May 8" is a Thursday only in some years), and,
   weakest, the latest year the text names;
3. the day within that year: a dateline without a year ("JOHANNESBURG, August 7 (Xinhua)"), or the
   days the text itself dates: a weekday named with a date or with a holiday of known day ("on Friday
   for a Victory Day parade"), then the weekdays it names ("talks on Thursday") pin the week; the
   article was written before what it announces (future tense) and after what it reports: the day
   before the first day it announces. "This week's" bounds it from below too, to the Monday of that
   week; the evidence then names the range ("between Mon 5 and Thu 8 May 2025") and the earliest day
   of it is taken, so that every day the text announces in that week lies ahead of the anchor.

Nothing here looks at the clock: if the evidence does not reach a day, the result says so and the
caller asks the user for the date.

>>> infer_published("NAIROBI, Kenya (AP) _\\nBombs exploded on Friday, Aug. 7, in 1998.").date
datetime.date(1998, 8, 8)
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

import regex as re

from dashboard.ingest.sentences import split_sentences
from dashboard.temporal import lexicon, tag
from dashboard.wording import short_day

# The tagger's word tables, in the shapes this module's patterns want: abbreviations without their
# dot (the patterns allow one), full weekday names numbered as ``date.weekday()`` numbers them.
MONTHS = {name.rstrip("."): number for name, number in lexicon.MONTHS.items()}
WEEKDAYS = {name: n - 1 for name, n in lexicon.WEEKDAYS.items() if not name.endswith(".")}
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
_DATELINE_MONTH_DAY = re.compile(
    rf"^[A-Z][A-Z .'-]+,\s*(?:[A-Za-z .]+,\s*)?(?i:{_MONTH})\s+{_DAY}\b", re.MULTILINE
)
_WEEKDAY_WITH_DATE = re.compile(
    rf"\b{_WEEKDAY},?\s*\(?\s*(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})\b", re.IGNORECASE
)
_MONTH_DAY = re.compile(
    rf"\b(?:{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH})\b(?!,?\s*\d{{4}})", re.IGNORECASE
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


# Stated dates: the forms a page uses to say when it was published, strongest first. A form is an
# opener matched at the start of a line near the top (or after a "|" / "·" separator), then a full
# date within ``gap`` characters after it. The examples are run as a test (tests/test_documents.py):
# each line must give its date, and a line that is nothing but the form is a publication line that
# no event comes from (see :func:`publication_line`).
@dataclass(frozen=True)
class StatedForm:
    """A way a page states its own date: ``opener`` then a full date within ``gap`` characters."""

    name: str
    opener: re.Pattern[str]
    gap: int
    examples: tuple[tuple[str, str], ...]  # (line, the ISO date it states)
    rest: re.Pattern[str] | None = None  # what may follow the date on the line (None: anything)


_OPENER_FLAGS = re.IGNORECASE
# What may follow a date on a line that only states it: a time, a zone, a byline.
_META_TAIL = re.compile(
    r"[\s,.;|·•–—-]*(?:(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|AM|PM)?\s*"
    r"(?:\(?[A-Z]{2,5}\)?)?[\s,.;|·•–—-]*)?"
    r"(?:(?:by\s+)?[A-Z][\w.'’-]*(?:[\s,]+(?:[A-Z][\w.'’-]*|and|of|the))*)?[\s.]*$"
)
# A dateline is followed by the story, after a dash, an agency in brackets or an underscore.
_DATELINE_TAIL = re.compile(r"\s*(?:$|[(—–_|-])")
_NOT_A_NAME = r"(?!(?:" + "|".join([*WEEKDAYS, *MONTHS, "the", "then", "now"]) + r")\b)"
STATED_FORMS: tuple[StatedForm, ...] = (
    StatedForm(
        "published",
        re.compile(r"(?:originally\s+|first\s+)?published\b", _OPENER_FLAGS),
        40,
        (
            ("Published on June 10, 2025.", "2025-06-10"),
            ("Published: 10 June 2025 10:32 BST", "2025-06-10"),
            ("First published on Tue 10 Jun 2025 10.32 BST", "2025-06-10"),
            ("Politics | Published June 10, 2025 at 6:00 a.m. ET", "2025-06-10"),
        ),
    ),
    StatedForm(
        "posted",
        re.compile(r"posted\b", _OPENER_FLAGS),
        40,
        (("Posted on June 10, 2025 by Jane Doe", "2025-06-10"),),
    ),
    StatedForm(
        "date label",
        re.compile(r"(?:publication\s+|release\s+)?date(?:d|\s*:)", _OPENER_FLAGS),
        20,
        (("Date: 2025-06-10", "2025-06-10"), ("Dated 10 June 2025", "2025-06-10")),
    ),
    StatedForm(
        "byline with a date",
        re.compile(r"[Bb]y\s+(?=[A-Z])" + f"(?i:{_NOT_A_NAME})"),
        100,
        (
            ("By Jane Doe | June 10, 2025", "2025-06-10"),
            ("By JANE DOE, Associated Press June 10, 2025 at 10:32 a.m. EDT", "2025-06-10"),
        ),
    ),
    StatedForm(
        "date and time line",
        re.compile(r"(?:" + "|".join(WEEKDAYS) + r")?,?\s*", _OPENER_FLAGS),
        0,
        (
            ("June 10, 2025 at 10:32 a.m. EDT", "2025-06-10"),
            ("Tuesday, June 10, 2025", "2025-06-10"),
            ("2025-06-10 08:15", "2025-06-10"),
        ),
        _META_TAIL,
    ),
    StatedForm(
        "dateline with a year",
        re.compile(r"[A-Z][A-Z .'-]+,\s*(?:[A-Z][a-z]+,\s*)?"),
        0,
        (("MOSCOW, May 7, 2025 — Xi Jinping arrived for talks.", "2025-05-07"),),
        _DATELINE_TAIL,
    ),
    # Last: an update may only correct a detail, so a stated publication date wins over it.
    StatedForm(
        "updated",
        re.compile(r"(?:last\s+)?updated\b", _OPENER_FLAGS),
        40,
        (
            ("Updated June 11, 2025 9:00 a.m.", "2025-06-11"),
            ("Updated 10:32 AM EDT, Tue June 10, 2025", "2025-06-10"),
            ("Last updated: 2025-06-11", "2025-06-11"),
        ),
    ),
)


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


MAX_PUBLICATION_LINE = 200  # a date, a time, a byline: longer is a sentence of the story
HEAD_CHARS = 1_000  # a page states its date near the top, before the story begins
# Where a stated form may open on a line: its start, or after a section name and a separator
# ("Politics | Published June 10, 2025").
_FORM_STARTS = re.compile(r"^\W{0,3}|(?<=^[^\n|·•]{1,40}[|·•]\s*)", re.MULTILINE)


@dataclass(frozen=True)
class StatedDate:
    """A date a line states about its page: the form's name, the date, the words."""

    form: str
    date: dt.date
    words: str
    metadata_only: bool  # the line says nothing else (no story follows the date)


def stated_dates(line: str) -> list[StatedDate]:
    """The dates ``line`` states about its page, in the order of :data:`STATED_FORMS` (strongest
    first).

    >>> [(s.form, s.date.isoformat()) for s in stated_dates("Published on June 10, 2025.")]
    [('published', '2025-06-10')]
    >>> stated_dates("By Monday, June 16, 2025, the talks will have ended.")
    []
    """
    out: list[StatedDate] = []
    # A full date holds a year of 19xx or 20xx: a line without "19" or "20" is not searched.
    if ("19" not in line and "20" not in line) or not _FULL_DATE.search(line):
        return out  # most lines: no full date, nothing stated
    starts = [m.end() for m in _FORM_STARTS.finditer(line)]
    for form in STATED_FORMS:
        for start in starts:
            opener = form.opener.match(line, start)
            if not opener:
                continue
            window = line[opener.end() : opener.end() + form.gap + 40]
            found = _FULL_DATE.match(window) if form.gap == 0 else _FULL_DATE.search(window)
            if not found or found.start() > form.gap or not (date := _full_date(found)):
                continue
            rest = window[found.end() :] + line[opener.end() + len(window) :]
            if form.rest is not None and not form.rest.match(rest):
                continue
            words = line[start : opener.end() + found.end()].strip()
            out.append(StatedDate(form.name, date, words, bool(_META_TAIL.match(rest))))
            break
    return out


def publication_line(text: str) -> str | None:
    """The form's name when ``text`` (a line or a sentence) only states its page's date, as in
    "Published on June 10, 2025." or "By Jane Doe | June 10, 2025": metadata, not a happening.

    >>> publication_line("Updated June 11, 2025 9:00 a.m."), publication_line("Xi arrived on May 9, 2025.")
    ('updated', None)
    """
    text = text.strip()
    if "\n" in text or len(text) > MAX_PUBLICATION_LINE:
        return None
    return next((s.form for s in stated_dates(text) if s.metadata_only), None)


def _stated_date(text: str) -> Inference | None:
    lines = text[:HEAD_CHARS].split("\n")
    found = [s for line in lines for s in stated_dates(line)]
    if not found:
        return _dateline_any_language(lines)
    rank = {form.name: i for i, form in enumerate(STATED_FORMS)}
    best = min(found, key=lambda s: rank[s.form])  # the strongest form; then the first line
    return Inference(best.date, f'the text states its date ({best.form}): "{best.words}"')


# A page in another language states its date as a dateline ("Москва, 7 мая 2025 года. …"), after a
# "published" word ("Опубликовано: 7 мая 2025", "Publié le 7 mai 2025 à 10h15") or as a line that is
# only a date and a time ("2025年5月7日 10:15"). The date is one the tagger reads with its year
# written out; the examples are run as a test (tests/test_documents.py).
PUBLISHED_WORDS = (
    "publié le", "publié", "mis à jour le", "veröffentlicht am", "veröffentlicht",
    "aktualisiert am", "publicado el", "publicado", "actualizado el", "pubblicato il",
    "pubblicato", "aggiornato il", "опубликовано", "обновлено", "发布时间", "发布于", "发布",
    "更新时间", "公開日", "更新日",
)  # fmt: skip
ANY_LANGUAGE_EXAMPLES = (
    ("Москва, 7 мая 2025 года. Председатель КНР прибыл в Москву.", "2025-05-07"),
    ("Опубликовано: 7 мая 2025, 10:15", "2025-05-07"),
    ("Publié le 7 mai 2025 à 10h15", "2025-05-07"),
    ("Berlin, 7. Mai 2025 (dpa) - Der Besuch beginnt.", "2025-05-07"),
    ("2025年5月7日 10:15", "2025-05-07"),
)
_PUBLISHED_BEFORE = re.compile(
    r"^(?:" + "|".join(sorted(PUBLISHED_WORDS, key=len, reverse=True)) + r")\s*:?$", re.I
)
_PLACE_BEFORE = re.compile(r"^[^\W\d][\w .'’-]{0,40},$")  # "Москва,", "Berlin,"
_STORY_AFTER = re.compile(r"^\s*(?:$|[.(—–/-])")  # a dateline: the story follows its mark
_TIME_AFTER = re.compile(
    r"^[\s,.;|·•]*(?:(?:à|um|a\s+las|alle|в)?\s*\d{1,2}[:.h]\d\d\b.{0,12})?\s*$"
)
_HEAD_LINES = 3  # a dateline or a date line opens the page


def _dateline_any_language(lines: list[str]) -> Inference | None:
    """A stated date in a language the English forms do not read (see ANY_LANGUAGE_EXAMPLES)."""
    head = [line.strip() for line in lines if line.strip()][:_HEAD_LINES]
    for line in head:
        for timex in tag(line[:MAX_PUBLICATION_LINE], _NO_ANCHOR):
            written = unicodedata.normalize("NFKC", timex.text)
            if not (re.fullmatch(r"\d{4}-\d\d-\d\d", timex.value) and timex.value[:4] in written):
                continue  # a full date, its year written out: not "7 мая" nor "Thursday"
            before, after = line[: timex.start].strip(), line[timex.end :]
            if (
                (not before and _TIME_AFTER.match(after))
                or (_PUBLISHED_BEFORE.match(before) and _TIME_AFTER.match(after))
                or (_PLACE_BEFORE.match(before) and _STORY_AFTER.match(after))
            ):
                words = line[: timex.end].strip()
                return Inference(
                    dt.date.fromisoformat(timex.value),
                    f'the text states its date (a dateline or date line): "{words}"',
                )
            break  # the first full date of a line decides
    return None


_NO_ANCHOR = dt.date(2000, 1, 1)  # only dates with their year written out are kept


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
    future = sorted((d, why) for d, why, is_future in dated if is_future)
    past = sorted((d, why) for d, why, is_future in dated if not is_future)
    if not future:
        day, why = past[-1]
        return day + dt.timedelta(days=1), f"written after {why} ({short_day(day)})"
    first, first_why = future[0]
    latest = first - dt.timedelta(days=1)
    before = f"before {first_why} ({short_day(first)})"
    this_week = _THIS_WEEK.search(text)
    if not this_week:
        # Only an upper bound: the day before, as an article announces what is near.
        return latest, f"written {before}"
    # "This week's …": written in the week of the first day it announces; a day it reports in
    # that week moves the start on. Of the days left, the earliest is taken: every day the text
    # announces in that week then lies ahead of the anchor, so "on Thursday" in the future tense
    # lands in that week whichever of those days the article was really written on.
    earliest = first - dt.timedelta(days=first.weekday())
    latest = max(latest, earliest)  # the first announced day is a Monday: written that morning
    after = f'in the same week ("{this_week.group()}")'
    reported = [(d, why) for d, why in past if earliest <= d + dt.timedelta(days=1) <= latest]
    if reported:
        day, why = reported[-1]
        earliest, after = day + dt.timedelta(days=1), f"after {why} ({short_day(day)})"
    if earliest == latest:
        return earliest, f"written {before}, {after}"
    return earliest, (
        f"written between {_span_words(earliest, latest)}: {before}, {after}; "
        "the earliest of these days is taken"
    )


def _span_words(first: dt.date, last: dt.date) -> str:
    """Two days as the evidence says them: "Mon 5 and Thu 8 May 2025" (month and year once when
    they are shared)."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%a} {first.day} and {short_day(last)}"
    return f"{short_day(first)} and {short_day(last)}"


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
