"""resolve(expression, anchor): the calendar conventions, one kind at a time."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dashboard.temporal.expression import Expression, Kind, Tense
from dashboard.temporal.resolve import duration_value, resolve
from dashboard.temporal.tense import TenseIndex, clause_tense

WEDNESDAY = dt.date(2025, 5, 7)
NEW_YEARS_EVE = dt.date(2025, 12, 31)
LEAP_DAY = dt.date(2024, 2, 29)


def _interval(expression: Expression, anchor: dt.date = WEDNESDAY) -> tuple[str, str, str]:
    r = resolve(expression, anchor)
    assert r is not None and r.earliest is not None and r.latest is not None
    return r.value, r.earliest.isoformat(), r.latest.isoformat()


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        (Expression(Kind.CALENDAR, year=2026, mod="START"), ("2026", "2026-01-01", "2026-04-30")),
        (Expression(Kind.CALENDAR, year=2026, mod="MID"), ("2026", "2026-05-01", "2026-08-31")),
        (Expression(Kind.CALENDAR, year=2026, mod="END"), ("2026", "2026-09-01", "2026-12-31")),
        (Expression(Kind.CALENDAR, decade=198, mod="START"), ("198", "1980-01-01", "1983-12-31")),
        (Expression(Kind.CALENDAR, month=2, mod="END"), ("2025-02", "2025-02-19", "2025-02-28")),
        (
            Expression(Kind.CALENDAR, season="WI", year=2025),
            ("2025-WI", "2025-12-01", "2026-02-28"),
        ),
        (Expression(Kind.CALENDAR, quarter=4), ("2025-Q4", "2025-10-01", "2025-12-31")),
        (Expression(Kind.CALENDAR, century=20), ("20", "2000-01-01", "2099-12-31")),
        (
            Expression(Kind.CALENDAR, month=11, weekday=4, nth=4),
            ("2024-11-28", "2024-11-28", "2024-11-28"),
        ),
        (Expression(Kind.RELATIVE, unit="W", offset=-1), ("2025-W18", "2025-04-28", "2025-05-04")),
        (Expression(Kind.RELATIVE, unit="Q", offset=-1), ("2025-Q1", "2025-01-01", "2025-03-31")),
        (Expression(Kind.RELATIVE, unit="DE", offset=0), ("202", "2020-01-01", "2029-12-31")),
        (
            Expression(Kind.SHIFT, unit="W", amount=2, offset=1),
            ("2025-05-21", "2025-05-21", "2025-05-21"),
        ),
        (
            Expression(Kind.SHIFT, unit="M", amount=5, offset=-1),
            ("2024-12", "2024-12-01", "2024-12-31"),
        ),
    ],
)
def test_calendar_intervals(expression: Expression, expected: tuple[str, str, str]) -> None:
    assert _interval(expression) == expected


def test_month_year_follows_tense_unless_far() -> None:
    january = Expression(Kind.CALENDAR, month=1)
    assert _interval(Expression(Kind.CALENDAR, month=1, tense=Tense.FUTURE))[0] == "2026-01"
    assert _interval(Expression(Kind.CALENDAR, month=1, tense=Tense.PAST))[0] == "2025-01"
    assert _interval(january)[0] == "2025-01"  # no tense: the nearest
    # a past-tense clause that names a date two weeks ahead still means that date
    dec15 = Expression(Kind.CALENDAR, month=12, day=15, tense=Tense.PAST)
    assert _interval(dec15, dt.date(2025, 12, 1))[0] == "2025-12-15"


def test_weekdays() -> None:
    friday = {"weekday": 5}
    assert _interval(Expression(Kind.WEEKDAY, **friday))[0] == "2025-05-09"
    assert _interval(Expression(Kind.WEEKDAY, tense=Tense.PAST, **friday))[0] == "2025-05-02"
    assert _interval(Expression(Kind.WEEKDAY, offset=-1, **friday))[0] == "2025-05-02"
    assert _interval(Expression(Kind.WEEKDAY, offset=1, weekday=3))[0] == "2025-05-14"
    assert _interval(Expression(Kind.WEEKDAY, tense=Tense.PAST, weekday=3))[0] == "2025-05-07"


def test_leap_day_and_year_boundaries() -> None:
    assert _interval(Expression(Kind.CALENDAR, month=2, day=29), WEDNESDAY)[0] == "2024-02-29"
    assert (
        _interval(Expression(Kind.RELATIVE, unit="D", offset=1), NEW_YEARS_EVE)[0] == "2026-01-01"
    )
    assert _interval(Expression(Kind.SHIFT, unit="Y", amount=1, offset=-1), LEAP_DAY)[0] == "2023"


def test_unanchored_and_references() -> None:
    duration = resolve(Expression(Kind.DURATION, unit="D", amount=4), WEDNESDAY)
    assert duration is not None and (duration.value, duration.earliest) == ("P4D", None)
    past = resolve(Expression(Kind.REFERENCE, value="PAST_REF"), WEDNESDAY)
    assert past is not None and (past.earliest, past.latest) == (None, WEDNESDAY)


@pytest.mark.parametrize(
    ("amount", "unit", "value"),
    [(4, "D", "P4D"), (80, "Y", "P80Y"), (2.5, "Y", "P2Y6M"), (None, "W", "PXW"), (3, "H", "PT3H"),
     (1.5, "MIN", "PT1M30S"), (2, "DE", "P20Y"), (2, "Q", "P2Q")],
)  # fmt: skip
def test_duration_values(amount: float | None, unit: str, value: str) -> None:
    assert duration_value(amount, unit) == value


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("xi will meet putin on monday.", Tense.FUTURE),
        ("the two leaders met on monday.", Tense.PAST),
        ("he said on monday that he will resign.", Tense.PAST),
        ("the ministers will meet on monday, officials said.", Tense.FUTURE),
        ("the deal will be signed on monday.", Tense.FUTURE),
        ("talks are expected to resume monday.", Tense.FUTURE),
        ("volume was 840.8 million shares, up from 443.6 million monday.", Tense.PAST),
        ("talks on monday.", None),
        # a plan reported as over: the pluperfect wins over "due to"
        ("the offer had been due to expire monday.", Tense.PAST),
        ("the offer is due to expire monday.", Tense.FUTURE),
        # "planned" looks forward, "as planned" does not
        ("protesters planned a march on monday.", Tense.FUTURE),
        ("voting started as planned on monday.", Tense.PAST),
        # "would" is the clause's verb, not a weak hint
        ("the ministry announced that he would travel to paris monday.", Tense.FUTURE),
    ],
)
def test_clause_tense(sentence: str, tense: Tense | None) -> None:
    start = sentence.index("monday")
    assert clause_tense(sentence, start, start + len("monday")) is tense


def test_tense_index_reads_each_span_of_a_long_text_as_alone() -> None:
    """The index finds cues once per block; spans near block edges must read the same."""
    sentences = [
        "the two leaders met on monday.",
        "xi will meet putin on monday.",
        "talks on monday.",
        "the offer had been due to expire monday.",
    ]
    text = " ".join(sentences[i % 4] + " filler words" * (i % 7) for i in range(400))
    index = TenseIndex(text)
    for found in re.finditer("monday", text):
        start, end = found.span()
        sentence_start = text.rfind(".", 0, start) + 1
        alone = text[sentence_start : text.index(".", end) + 1]
        offset = start - sentence_start
        assert index.tense(start, end) is clause_tense(alone, offset, offset + 6), (start, alone)


def test_cue_heads_cover_every_cue() -> None:
    """The fast cue regex (a trie of head words first) finds exactly what the plain
    alternation of all cues finds."""
    from dashboard.temporal import tense

    text = (
        "he had been due to leave; it had previously been scheduled to end. they will go, "
        "won't go, wo n't go, he'll go, we shall see. it is expected to rise; talks are due; "
        "be set to; scheduled to open; poised to win; going to fall. plans, plan, planned, "
        "as planned, previously planned, planning, intends to, aims to, hopes to, to be held, "
        "upcoming, effective, next week, next to him, coming, forthcoming, tomorrow, soon. "
        "would, said, says, told, was, were, had, did, ago, last, yesterday, earlier, "
        "previously, been. met went came made took gave began fell rose won lost left held sold "
        "bought paid saw became got announced reported ended closed died killed struck agreed "
        "signed arrived returned visited spoke wrote led ran fled found kept brought. "
        "is signed, be closed, to be reported, being killed, been visited, walked, talked. "
        "brought forward to, put back to, postponed until, moved to, had been moved to. "
        "begins starts opens reopens resumes expires kicks off takes effect takes place "
        "convenes gets under way. gonna gunna wanna lets let's let’s cant wait can't wait "
        "see u see ya see you cya. it is on it. didnt didn't wasnt wasn't werent weren't. "
        "essay due fri; due to the storm; due to expire; it was due monday."
    )
    everything = re.compile(tense.CUE_ALTERNATION)
    slow = [(m.span(), m.lastindex) for m in everything.finditer(text)]
    fast = [(m.span(), m.lastindex) for m in tense._CUE.finditer(text)]
    assert fast == slow
    assert len({index for _, index in slow}) == len(tense.TENSE_CUES)  # every cue is tried
