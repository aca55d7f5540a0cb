"""Find time expressions in a text and anchor them: ``tag(text, anchor) -> list[Timex]``.

How it works. One small regex (the *finder*, compiled once) scans the lower-cased text for words
that can begin a time expression ("the", "last", "may", a digit…). At each such word only the rules
that can begin with that word are tried, as one alternation compiled for that word (the
*bucket*; which rules belong is found by asking each rule's pattern whether the word can start a
match, and cached). The rule that matches first builds an unresolved :class:`Expression`, and
:func:`resolve` places it relative to the anchor. Matches never overlap: the scan resumes after
the span it accepted. So the text is read once, mostly inside the regex engine. The most
frequent first words ("the", "a", "in"…) are *guarded*: the finder stops at them only before a
word some rule can go on with ("the quarter", not "the company"), found by probing the rules.

Disjunctions: "late August or early September" is ONE span covering the whole phrase. Its value
and mod are those of the first part (``2025-08``, ``END``); its earliest/latest are the union of
both parts (2025-08-21..2025-09-10), which is what a reader can say about the date.

Anaphora: "the following year", "that year", "later that year", "earlier that day" are placed
from the date the text named last (within REFERENCE_REACH characters, fine enough for the unit),
not from the anchor; with no such date they are left out. A clock time alone ("at 10:35 a.m.")
is on the day the text named last, else on the anchor's day; but a day named right after it,
past a parenthesis or a comma ("10:35 a.m. (0735 GMT) Friday"), is its day (two spans, as in
TimeBank), and so is the day of a parenthesis that restates it ("4 in the morning (4 a.m. EDT
Thursday)"). "The next day", "the next morning" follow the day the text named last.

"later this year" is the year (value ``2025``) with mod ``AFTER`` and the interval from the anchor
to 31 December; "earlier this year" is mod ``BEFORE``, 1 January to the anchor.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import inspect
import json
import os
import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import islice
from pathlib import Path

import regex

from dashboard.temporal import lexicon, programs
from dashboard.temporal import rules as rule_table
from dashboard.temporal.certainty import a_year_earlier, confidence, with_ranges
from dashboard.temporal.expression import Expression, Kind, Tense
from dashboard.temporal.lexicon import trie_regex
from dashboard.temporal.patterns import MACROS
from dashboard.temporal.productions import NOT_TIME, Context
from dashboard.temporal.resolve import Resolution, resolve
from dashboard.temporal.tense import TenseIndex
from dashboard.temporal.types import Grain, Timex

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_GROUP_NAME = re.compile(r"\(\?P<([a-z0-9_]+)>")

# Each rule's pattern with its placeholders filled in, and its group names in order.
_BODIES = tuple(rule_table.expand(rule.pattern) for rule in rule_table.RULES)
_NAMES = tuple(tuple(dict.fromkeys(_GROUP_NAME.findall(body))) for body in _BODIES)

# Frequent words that begin a time expression only before certain words ("the quarter", "a year
# ago", "in two weeks"): the finder stops at them only when one of those follows, so most of
# their occurrences cost nothing. Which words may follow is found from the rules (partial
# matching, as for the buckets), not listed by hand.
GUARDED_WORDS = (
    "the", "a", "an", "in", "that", "at", "as", "about", "more", "up", "no", "over", "once", "twice",
)  # fmt: skip
_GUARDED = frozenset(GUARDED_WORDS)
_DIGIT_PROBES = ("0", "1", "2", "3", "5", "9")
# A few rules start with a look-behind ("for years", the "2010" of "2009-2010"); a probe is tried
# after these words too.
_PROBE_CONTEXTS = ("", "the ", "for ", "in ", "1999-", "at ", "from ", "on ", "friday ")


@dataclass(frozen=True, slots=True)
class _Bucket:
    """The rules that can start with one first word, as one compiled alternation."""

    members: tuple[int, ...]
    pattern: re.Pattern[str]
    # per marker-group index: the rule's index and itself, its group names, and those names
    # as compiled
    rules: dict[int, tuple[int, rule_table.Rule, tuple[str, ...], tuple[str, ...]]]

    def after(self, index: int) -> _Bucket | None:
        """The same bucket without the rules up to and including rule ``index``."""
        rest = tuple(i for i in self.members if i > index)
        return _bucket_of_rules(rest) if rest else None


@cache
def _partial(index: int) -> regex.Pattern[str]:
    return regex.compile(_BODIES[index])


def _can_start_with(index: int, probe: str) -> bool:
    """Whether rule ``index`` can match text that begins with ``probe`` (a partial match)."""
    pattern = _partial(index)
    for context in _PROBE_CONTEXTS:
        if pattern.match(context + probe, pos=len(context), partial=True) is not None:
            return True
    return False


@cache
def _vocabulary() -> frozenset[str]:
    """Every word the rules spell out: candidates for what may follow a guarded word."""
    words = set(rule_table.FIRST_WORDS)
    for table in vars(lexicon).values():  # the lexicon's phrases ("the foreseeable future")
        if isinstance(table, dict | frozenset | set | tuple | list):
            words.update(w for key in table if isinstance(key, str) for w in key.split())
    for text in [rule.pattern for rule in rule_table.RULES] + list(MACROS.values()):
        text = re.sub(r"<[A-Z]+>|\\[a-zA-Z]|\(\?P<[a-z0-9_]+>", " ", text)
        words.update(found for found in re.findall(r"[a-z]+", text) if len(found) > 1)
    return words


def _followers(word: str) -> list[str]:
    """The words after which some rule that can start with ``word`` may still match."""
    members = _members(word)
    if not members:
        return []
    # rules that look behind need the probe contexts; the others are probed once
    probes = [
        (_partial(index), _PROBE_CONTEXTS if "(?<" in _BODIES[index] else ("",))
        for index in members
    ]

    def alive(prefix: str) -> bool:  # a match may go on from here, or end here
        phrase = f"{word} {prefix}"
        return any(
            pattern.match(context + phrase, pos=len(context), partial=True) is not None
            for pattern, contexts in probes
            for context in contexts
        )

    initials = {letter for letter in {w[0] for w in _vocabulary()} if alive(letter)}
    return [w for w in sorted(_vocabulary()) if w[0] in initials and alive(w)]


def _pairs(word: str) -> dict[str, list[int]]:
    """For a guarded word, the rules that can begin with it and each word that may follow it
    (:func:`_followers`; "0" for a digit, "'" for an apostrophe), keyed "the first": the finder
    stops at a guarded word only before one of those, so what follows it picks a few of the
    word's rules to try (the word "the" has about fifty; "the first", a handful). A rule is kept
    when it can begin with the two, parted by a space or a hyphen, as the finder allows."""
    members = _members(word)
    seconds = {follower: (follower,) for follower in _followers(word)}
    seconds["0"], seconds["'"] = _DIGIT_PROBES, ("'", "’")
    return {
        f"{word} {second}": [
            index
            for index in members
            if any(
                _can_start_with(index, f"{word}{gap}{probe}")
                for probe in probes
                for gap in (" ", "-")
            )
        ]
        for second, probes in seconds.items()
    }


# What may follow a guarded word where the finder stopped at it (its guard's own alternatives).
_SECOND_WORD = re.compile(r"[\s-](?:([a-z]+)|(\d)|['’])")


def _pair_bucket(word: str, lowered: str, at: int) -> _Bucket | bool | None:
    """The bucket of the guarded ``word`` and the word after it (at ``at``: :func:`_pairs`);
    None when no rule can begin with the two; False when the second word is not a known one
    (the whole word's bucket then)."""
    found = _SECOND_WORD.match(lowered, at)
    if found is None:
        return False
    second = found.group(1)
    pairs = _probed()["pairs"]
    if second is None:
        key = f"{word} {'0' if found.group(2) else chr(39)}"
    else:
        key = f"{word} {second}"
        if key not in pairs and second.endswith("s"):
            key = key[:-1]  # "the weeks": the guard lets a follower take an "s"
    members = pairs.get(key)
    if members is None:
        return False
    return _bucket_of_rules(tuple(members)) if members else None


# Chinese and Japanese write no spaces: a digit right after one of their characters
# ("于2025年5月9日") may begin a date. Texts without them keep the plain finder (it is faster).
_CJK_CHARACTERS = "\u3040-\u30ff\u3400-\u9fff"  # kana and CJK ideographs
_CJK = re.compile(f"[{_CJK_CHARACTERS}]")


# A number that is a share or an amount of money ("5%", "4.5 percent", "$2 billion", "50 cents",
# "$2 a share") or a count of people, shares or points begins no time expression: the finder
# skips it (in the training texts, 53 % of the numbers; 40 % before cents, shares and people)
_NOT_A_QUANTITY = (
    r"(?![\d.,]*\s?(?:%|percent(?![a-z])|per\scent(?![a-z])|million(?![a-z])|billion(?![a-z])|"
    r"trillion(?![a-z])|cents?(?![a-z])|pence(?![a-z])|shares?(?![a-z])|points?(?![a-z])|"
    r"people(?![a-z])|a\sshare(?![a-z])))"
)


@cache
def _finder(
    guarded_words: tuple[str, ...] = GUARDED_WORDS, after_cjk: bool = False
) -> re.Pattern[str]:
    """The finder: a candidate start is a first word (plural "s" allowed: "Mondays"), a digit
    or an apostrophe ("'80s"), not glued to a word, a currency sign or a quote before it
    (``after_cjk``: a digit may follow a Chinese or Japanese character); a guarded word only
    before one of its followers (:func:`_guards`)."""
    guarded = _probed()["guards"] if guarded_words == GUARDED_WORDS else _guards(guarded_words)
    others = [word for word in rule_table.FIRST_WORDS if word not in guarded_words]
    words = "|".join(guarded) + "|" + trie_regex(others) if guarded else trie_regex(others)
    before = rf"(?<![^\W{_CJK_CHARACTERS}]|[$£€'’])" if after_cjk else r"(?<![\w$£€'’])"
    before += r"(?<!\d,)"  # not inside a number ("12,000": not "000")
    return re.compile(before + r"(?:(" + words + r")s?(?![a-z])|(\d)" + _NOT_A_QUANTITY + r"|['’])")


def _guards(guarded_words: tuple[str, ...]) -> list[str]:
    """For each guarded word, the finder's pattern of it before one of its followers (probing
    the rules takes a moment: :func:`_probed` keeps the result)."""
    guarded = []
    for word in guarded_words:
        members = _members(word)
        if not members or any(_partial(i).fullmatch(word) for i in members):
            continue  # the word alone can be an expression: no guard
        followers = _followers(word)
        after = rf"[\s-](?:{trie_regex(followers)})s?(?![a-z])|" if followers else ""
        guarded.append(rf"{word}(?={after}[\s-][\d'’])")
    return guarded


def _members(key: str) -> tuple[int, ...]:
    """The rules that can begin with a first word (``key``: the word, "0" for any digit, "'"
    for an apostrophe), found by asking each rule's pattern for a partial match."""
    probes = _DIGIT_PROBES if key == "0" else (key,)
    return tuple(
        i for i in range(len(_BODIES)) if any(_can_start_with(i, probe) for probe in probes)
    )


# What probing the rules finds (each first word's rules, the finder's guards) follows from the
# rules alone, and takes about a second: it is kept on disk between runs, under a hash of all it
# is worked out from, so other rules never read it. Where: $NEWS_TIMELINE_CACHE, else the
# user's cache folder; when that cannot be written, it is worked out at each start.
_PROBE_FORMAT = 2  # the file's layout (2: the guarded words' pairs)


def cache_folder() -> Path:
    """Where work that follows from the code alone is kept between runs."""
    if folder := os.environ.get("NEWS_TIMELINE_CACHE"):
        return Path(folder)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "news-timeline"


def _probe_key() -> str:
    inputs = (
        _PROBE_FORMAT, _BODIES, GUARDED_WORDS, _PROBE_CONTEXTS, _DIGIT_PROBES,
        sorted(_vocabulary()), rule_table.FIRST_WORDS, regex.__version__,
        # the probing code itself: a change to how the rules are probed is a change of key
        [inspect.getsource(f) for f in _PROBING],
    )  # fmt: skip
    return hashlib.sha1(repr(inputs).encode()).hexdigest()[:16]


_PROBING = (_members, _guards, _followers, _pairs, _can_start_with, _vocabulary.__wrapped__)


@cache
def _probed() -> dict:
    """{"members": first word -> its rules, "guards": :func:`_guards` of the guarded words,
    "pairs": :func:`_pairs` of the guarded words},
    read from the cache folder, else worked out and kept there."""
    path = cache_folder() / f"tagger-probes-{_probe_key()}.json"
    with contextlib.suppress(OSError, ValueError):
        found = json.loads(path.read_text(encoding="utf-8"))
        if (
            isinstance(found, dict)
            and isinstance(found.get("members"), dict)
            and isinstance(found.get("guards"), list)
            and isinstance(found.get("pairs"), dict)
        ):
            return found
    keys = (*rule_table.FIRST_WORDS, "0", "'")
    table = {
        "members": {key: list(_members(key)) for key in keys},
        "guards": _guards(GUARDED_WORDS),
        "pairs": {key: found for word in GUARDED_WORDS for key, found in _pairs(word).items()},
    }
    if programs.keep_whole(path, json.dumps(table).encode("utf-8")):
        _forget_older_probes(path)
    return table


PROBES_KEPT = 4  # other rules' probes kept beside the newest (versions used side by side)


def _forget_older_probes(newest: Path, kind: str = "tagger-probes-*.json") -> None:
    """Every change of the rules writes a new file: only the few most recent are kept."""
    older = sorted(
        (p for p in newest.parent.glob(kind) if p != newest),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for stale in older[PROBES_KEPT:]:
        with contextlib.suppress(OSError):  # another process may have removed it first
            stale.unlink()


@cache
def _bucket(key: str) -> _Bucket | None:
    """The bucket for a first word (``key``: the word, "0" for any digit, "'" for an apostrophe)."""
    known = _probed()["members"].get(key)
    members = tuple(known) if known is not None else _members(key)
    return _bucket_of_rules(members) if members else None


@cache
def _bucket_of_rules(members: tuple[int, ...]) -> _Bucket:
    pattern = programs.compiled(_bucket_pattern(members), _kept_programs())
    rules = {}
    for index in members:
        names = _NAMES[index]
        full = tuple(f"r{index}_{name}" for name in names)
        rules[pattern.groupindex[f"r{index}"]] = (index, rule_table.RULES[index], names, full)
    return _Bucket(members, pattern, rules)


def _bucket_pattern(members: tuple[int, ...]) -> str:
    branches = []
    for index in members:
        body = _GROUP_NAME.sub(rf"(?P<r{index}_\1>", _BODIES[index])
        # the marker group comes last: it closes last, so ``match.lastindex`` names the rule
        branches.append(f"(?:{body})(?P<r{index}>)")
    return "|".join(branches)


@cache
def _kept_programs() -> dict[str, programs.Program]:
    """The compiled programs of every first word's bucket (:mod:`programs`), read from the
    cache folder, else compiled all at once (about 2.5 s, once per version of the rules) and
    kept there: a new process then compiles none of them (1 s of its first texts before)."""
    engine = hashlib.sha1(programs.ENGINE.encode()).hexdigest()[:8]
    path = cache_folder() / f"tagger-programs-{_probe_key()}-{engine}.bin"
    found = programs.read(path)
    if found is None:
        if not _writable(path.parent):
            return {}  # nowhere to keep them: each bucket compiled when first needed, as before
        probed = _probed()
        patterns = {
            _bucket_pattern(tuple(m))
            for table in (probed["members"], probed["pairs"])
            for m in table.values()
            if m
        }
        found = {programs.digest(p): programs.program(p) for p in sorted(patterns)}
        programs.write(path, found)
        _forget_older_probes(path, "tagger-programs-*.bin")
    return found


def _writable(folder: Path) -> bool:
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        return os.access(folder, os.W_OK)
    return False


def _check_anchor(anchor: object) -> dt.date:
    if isinstance(anchor, dt.datetime):
        return anchor.date()
    if isinstance(anchor, dt.date):
        return anchor
    raise TypeError(
        f"anchor must be a datetime.date (the article's publication date), got "
        f"{type(anchor).__name__} {anchor!r}; pass e.g. datetime.date(2025, 5, 7)"
        + (" or datetime.date.fromisoformat(...) for a string" if isinstance(anchor, str) else "")
    )


# How far back (characters) "the following year" looks for the date it follows, and the
# coarsest grain of that date each unit accepts ("that day" cannot follow a bare "1987").
REFERENCE_REACH = 600
REFERENCE_LOOKBACK = 64  # spans looked at, at most (spans marked not time carry no position)
_FINEST_FIRST = tuple(Grain)
_COARSEST_REFERENCE = {
    "D": Grain.DAY, "W": Grain.WEEK, "WE": Grain.WEEK, "M": Grain.MONTH, "Q": Grain.QUARTER,
    "Y": Grain.YEAR,
}  # fmt: skip


def _reference_date(
    found: list[tuple[str, Timex | None]], start: int, expression: Expression
) -> dt.date | None:
    """The start of the date the text named last before ``start`` (within REFERENCE_REACH and
    fine enough for the expression's unit), or None."""
    timex = _reference_timex(found, start, expression)
    return timex.earliest if timex is not None else None


def _reference_timex(
    found: list[tuple[str, Timex | None]], start: int, expression: Expression
) -> Timex | None:
    """The date the text named last before ``start`` (within REFERENCE_REACH and fine enough for
    the expression's unit; finer than a year for "the same period last year"), or None."""
    unit = (expression.first or expression).unit
    if expression.same_period:
        coarsest = _FINEST_FIRST.index(Grain.HALF)
    else:
        coarsest = _FINEST_FIRST.index(_COARSEST_REFERENCE.get(unit or "Y", Grain.YEAR))
    for _, timex in islice(reversed(found), REFERENCE_LOOKBACK):
        if timex is None:
            continue  # a span marked as not time
        if timex.end < start - REFERENCE_REACH:
            return None
        if (
            timex.earliest is not None
            and timex.grain is not None
            and timex.value[:1].isdigit()
            and _FINEST_FIRST.index(timex.grain) <= coarsest
        ):
            return timex
    return None


# Units of "the following week" that, with no date named before, follow the anchor's period
# ("The next day, the president will speak": the day after the day of writing; a day only in a
# clause that looks forward, or back for "the day before")
_FALLS_BACK_TO_ANCHOR = frozenset({"D", "W", "M", "Q"})

# What may stand between a clock time and the day it is on: "10:35 a.m. (0735 GMT) Friday",
# "at 9 p.m., on Tuesday" (with no gap, the rule "<clock> <day>" reads both as one span).
_PARENTHESIS = re.compile(r"\s?\(")
# (also a start or a kick-off between: "6am start tmrw", "3pm ko sat")
_CLOCK_GAP = re.compile(
    r"\s?(?:\([^()\n]{1,30}\)\s?)?,?\s?(?:(?:start|ko|kickoff|kick-off|finish)\s)?(?:on\s)?"
)


def _on_day(clock: tuple[str, Timex | None], day: Resolution) -> tuple[str, Timex | None]:
    """The clock time ``clock`` moved to the day ``day`` names (a date of day grain), if it is
    one; else ``clock`` unchanged."""
    name, timex = clock
    if (
        timex is None
        or day.grain not in (Grain.DAY, Grain.TIME)
        or day.earliest is None
        or not day.value[:1].isdigit()
        or day.earliest == timex.earliest
    ):
        return clock
    iso = day.earliest.isoformat()
    if not day.value.startswith(iso):
        return clock  # a part of a day such as "tonight", not a date
    moved = replace(
        timex,
        value=iso + timex.value[len(iso) :] if "T" in timex.value else timex.value,
        earliest=day.earliest,
        latest=day.earliest,
    )
    return name, moved


# An era before the common one after a date ("B.C.", "BCE"; not "BC Hydro", a name).
_BEFORE_CHRIST = re.compile(r"\s*(?:B\.\s?C\.(?:\s?E\.)?|BCE\b|BC\b(?!\s+[A-Z]))")


# "the day after Christmas", "the day before May 9": the day next to a day the text names
_DAY_BESIDE = re.compile(r"\bthe\s+day\s+(?P<side>after|before)\s+$")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
DAY_BESIDE_RULE = "the day after <day>"


def _days_beside(
    text: str, lowered: str, found: list[tuple[str, Timex | None]]
) -> list[tuple[str, Timex | None]]:
    """A day written as the day after or before another ("the festival returns the day after
    Christmas") is one expression, that day, as TimeML annotates it: Christmas alone put the
    festival on the 25th."""
    out: list[tuple[str, Timex | None]] = []
    taken = 0  # where the expression before ends: "the day" may not be part of it
    for name, timex in found:
        beside = None
        if timex is not None and timex.earliest is not None and _DAY_VALUE.fullmatch(timex.value):
            beside = _DAY_BESIDE.search(lowered, max(taken, timex.start - 20), timex.start)
        if beside is not None:
            step = dt.timedelta(days=1 if beside.group("side") == "after" else -1)
            day = timex.earliest + step
            start = beside.start()
            name, timex = DAY_BESIDE_RULE, replace(
                timex, start=start, text=text[start : timex.end], value=day.isoformat(),
                earliest=day, latest=day,
            )  # fmt: skip
        out.append((name, timex))
        if timex is not None:
            taken = timex.end
    return out


def tag(text: str, anchor: dt.date) -> list[Timex]:
    """Every time expression in ``text``, anchored to ``anchor`` (the publication date).

    ``anchor`` must be a ``datetime.date`` (a ``datetime`` is taken by its date); anything else
    raises TypeError. Never raises for any text: what it cannot read it leaves out.

    >>> import datetime as dt
    >>> [(t.text, t.value) for t in tag("Xi will meet Putin on Thursday.", dt.date(2025, 5, 7))]
    [('Thursday', '2025-05-08')]
    >>> t = tag("a visit in late August or early September", dt.date(2025, 5, 7))[0]
    >>> t.text, t.value, t.mod, str(t.earliest), str(t.latest)
    ('late August or early September', '2025-08', 'END', '2025-08-21', '2025-09-10')
    """
    return [timex for _, timex in explain(text, anchor) if timex is not None]


def explain(text: str, anchor: dt.date, *, guarded: bool = True) -> list[tuple[str, Timex | None]]:
    """What :func:`tag` finds, with the name of the rule that found each expression; spans a
    rule marked as not time (page debris, ages) come as ``(name, None)``. For tests and
    debugging: which rule read what.

    ``guarded=False`` scans without the finder's guards: slower, the same result (for tests).

    >>> explain("on Friday", dt.date(2025, 5, 7))[0][0]
    '<rel> <weekday> <day part>'
    """
    anchor = _check_anchor(anchor)
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}; decode bytes first")
    lowered = text.lower()
    if len(lowered) != len(text):  # a few non-ASCII letters change length when lowered
        lowered = text.translate(_ASCII_LOWER)
    found: list[tuple[str, Timex | None]] = []
    tenses = TenseIndex(lowered)  # cues found lazily, once per block of text
    memo: dict[str, object] = {}  # what productions find once per text
    cjk = not lowered.isascii() and _CJK.search(lowered) is not None
    finder = _finder(GUARDED_WORDS if guarded else (), cjk).search
    # a guarded word found by the guarded finder has a known word after it: try only its rules
    guarded_set = _GUARDED if guarded else frozenset()
    position = 0
    following: tuple[int, int, int] | None = None  # a clock time's index, where its day may begin
    while True:
        candidate = finder(lowered, position)
        if candidate is None:
            break
        begin = candidate.start()
        word = candidate.group(1)
        paired = _pair_bucket(word, lowered, candidate.end()) if word in guarded_set else False
        bucket = (
            paired
            if paired is not False
            else _bucket(word if word is not None else ("0" if candidate.group(2) else "'"))
        )
        produced = None
        while bucket is not None:
            match = bucket.pattern.match(lowered, begin)
            if match is None:
                break
            rule_index, rule, names, full_names = bucket.rules[match.lastindex]  # type: ignore[index]
            values = (
                match.group(*full_names)
                if len(full_names) > 1
                else ((match.group(full_names[0]),) if full_names else ())
            )
            groups = {n: v for n, v in zip(names, values, strict=True) if v is not None}
            start, end = match.span()
            produced = rule.production(groups, Context(text, lowered, start, end, tenses, memo))
            if produced is not None:
                break
            bucket = bucket.after(rule_index)  # declined: the rules below it may still match
        if produced is None:
            position = begin + 1
            continue
        if produced is NOT_TIME or _BEFORE_CHRIST.match(text, end):
            # "the third century B.C.": before the calendar's first year, which no interval of
            # ours holds; read without its era it would be the third century of ours
            found.append((rule.name, None))
            position = end
            continue
        if isinstance(produced, tuple):
            expression, skip = produced
            start += skip
        else:
            expression = produced
        assert isinstance(expression, Expression)
        if expression.same_period:  # "the same period last year"
            named = _reference_timex(found, start, expression)
            moved = a_year_earlier(named, start, end, text) if named is not None else None
            if moved is not None:
                found.append((rule.name, moved))
                position = end
                following = None
                continue
            expression = expression.first  # nothing named before: "the year-ago period"
            assert expression is not None
        base = _reference_date(found, start, expression) if expression.anaphoric else anchor
        refers_back = expression.anaphoric and base is not None and expression.hour is None
        if (
            base is None
            and expression.anaphoric
            and expression.offset
            and expression.kind is Kind.RELATIVE
            and expression.unit in _FALLS_BACK_TO_ANCHOR
            and (
                expression.unit != "D" or expression.offset < 0 or expression.tense is Tense.FUTURE
            )
        ):
            # "the following week", "the next day" with no date named before: the anchor's
            base = anchor
        if base is None and (expression.hour is not None or expression.or_anchor):
            base = anchor  # a clock time with no day named before: the anchor's day
        if (
            base is not None
            and base < anchor
            and expression.hour is not None
            and expression.anaphoric
            and expression.tense is Tense.FUTURE
        ):
            # "a poll released Tuesday … At 7 p.m., the president will attend a dinner": a
            # clock time of a clause that looks ahead is not on a day already over
            base = anchor
        if base is None and expression.anaphoric and expression.kind is Kind.SHIFT:
            # "two days earlier" with no day named before: the length alone
            expression = replace(expression, kind=Kind.DURATION, offset=None, anaphoric=False)
            base = anchor
        resolution = resolve(expression, base) if base is not None else None
        if resolution is None:
            position = begin + 1
            continue
        if following is not None and start in following[1:] and following[0] == len(found) - 1:
            # the clock time just before belongs to the day this span names
            found[-1] = _on_day(found[-1], resolution)
        following = None
        if expression.anaphoric and expression.hour is not None:
            gap = _CLOCK_GAP.match(lowered, end)
            # a day may follow ("10:35 a.m. (0735 GMT) Friday"), or a parenthesis may restate
            # the time with its day ("4 in the morning (4 a.m. EDT Thursday)")
            inside = _PARENTHESIS.match(lowered, end)
            if gap.end() > end or inside is not None:
                following = (len(found), gap.end(), inside.end() if inside else -1)
        found.append(
            (
                rule.name,
                Timex(
                    start,
                    end,
                    text[start:end],
                    resolution.type,
                    resolution.value,
                    resolution.mod,
                    resolution.earliest,
                    resolution.latest,
                    resolution.grain,
                    latent=expression.latent,
                    confidence=confidence(
                        expression,
                        refers_back=refers_back,
                        era=resolution.grain is Grain.CENTURY and expression.kind is Kind.SHIFT,
                    ),
                    refers_back=refers_back,
                ),
            )
        )
        position = end
    found = _days_beside(text, lowered, found)
    if len(found) < 2:
        return found
    names = [name for name, _ in found]
    return list(zip(names, with_ranges(text, [timex for _, timex in found], anchor), strict=True))
