"""The corpus is the tagger's specification: every row, every phrasing (tests/temporal_corpus)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dashboard.temporal import tag
from tests.temporal_corpus import seeds

ANCHOR = dt.date.fromisoformat(seeds.ANCHOR)


def _cases():
    for expected, phrasings in seeds.POSITIVE:
        for phrasing in phrasings:
            yield pytest.param(expected, phrasing, id=f"{expected.split()[0]}|{phrasing}")


def _unmark(phrasing: str) -> tuple[str, int, int]:
    start = phrasing.index("[")
    end = phrasing.index("]") - 1
    return phrasing.replace("[", "", 1).replace("]", "", 1), start, end


def _expected(expected: str) -> dict:
    parts = expected.split()
    want: dict = {"value": parts[0]}
    for part in parts[1:]:
        if part in ("DATE", "TIME", "DURATION", "SET"):
            want["type"] = part
        elif part.startswith("mod="):
            want["mod"] = part[4:]
        elif part == "-":
            want["earliest"] = want["latest"] = None
        elif ".." in part:
            earliest, latest = part.split("..")
            want["earliest"], want["latest"] = earliest, latest
    return want


@pytest.mark.parametrize(("expected", "phrasing"), list(_cases()))
def test_corpus_row(expected: str, phrasing: str) -> None:
    text, start, end = _unmark(phrasing)
    found = [t.to_json() for t in tag(text, ANCHOR)]
    spans = [(t["start"], t["end"], t["text"], t["value"]) for t in found]
    same = [t for t in found if (t["start"], t["end"]) == (start, end)]
    assert same, f"expected span {text[start:end]!r}; found {spans}"
    got = same[0]
    for key, value in _expected(expected).items():
        assert got[key] == value, f"{key}: expected {value!r}, got {got[key]!r} in {got}"
    if "mod" not in expected:
        assert got["mod"] is None or expected.startswith(("P", "X")), got


@pytest.mark.parametrize("sentence", seeds.NEGATIVE)
def test_negative_corpus_finds_no_time(sentence: str) -> None:
    found = [(t.text, t.value) for t in tag(sentence, ANCHOR)]
    assert found == []


def test_every_phrasing_marks_one_span() -> None:
    for _, phrasings in seeds.POSITIVE:
        for phrasing in phrasings:
            assert len(re.findall(r"\[", phrasing)) == 1, phrasing


def test_every_rule_has_corpus_rows() -> None:
    """The corpus is the specification: each rule of the table is used by some row."""
    from dashboard.temporal.rules import RULES
    from dashboard.temporal.tagger import explain

    used = set()
    for _, phrasings in seeds.POSITIVE:
        for phrasing in phrasings:
            used.update(name for name, _ in explain(_unmark(phrasing)[0], ANCHOR))
    for sentence in seeds.NEGATIVE:
        used.update(name for name, timex in explain(sentence, ANCHOR) if timex is None)
    assert sorted(rule.name for rule in RULES if rule.name not in used) == []
