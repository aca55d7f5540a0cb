"""Short posts and recall-stressing news as the tagger must read them (tests/temporal_corpus/*.tsv).

Each table row: the post date, the expected value ("VALUE [TYPE] [mod=MOD] [EARLIEST..LATEST]", as
in seeds.py, or NONE), and the text with the expected span in [brackets]. A row whose expected
value starts with "MISS " is one the rules do not read yet: it is expected to fail (strictly, so a
rule that fixes it is noticed and the row is promoted).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dashboard.temporal import tag
from tests.test_temporal_corpus import _expected, _unmark

TABLES = Path(__file__).parent / "temporal_corpus"
MISS = "MISS "


def _rows():
    for table in ("posts.tsv", "news_recall.tsv"):
        for number, line in enumerate((TABLES / table).read_text().splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            anchor, expected, text = line.split("\t")
            marks = [pytest.mark.xfail(strict=True)] if expected.startswith(MISS) else []
            yield pytest.param(
                dt.date.fromisoformat(anchor), expected.removeprefix(MISS), text,
                id=f"{table}:{number}|{text}", marks=marks,
            )  # fmt: skip


@pytest.mark.parametrize(("anchor", "expected", "text"), list(_rows()))
def test_table_row(anchor: dt.date, expected: str, text: str) -> None:
    if expected == "NONE":
        plain, start, end = _unmark(text) if "[" in text else (text, 0, len(text))
        over = [(t.text, t.value) for t in tag(plain, anchor) if t.start < end and t.end > start]
        assert over == []
        return
    plain, start, end = _unmark(text)
    found = [t.to_json() for t in tag(plain, anchor)]
    same = [t for t in found if (t["start"], t["end"]) == (start, end)]
    spans = [(t["text"], t["value"]) for t in found]
    assert same, f"expected span {plain[start:end]!r}; found {spans}"
    for key, value in _expected(expected).items():
        assert same[0][key] == value, f"{key}: expected {value!r}, got {same[0][key]!r}"
    if "mod=" not in expected and not expected.startswith(("P", "X")):
        assert same[0]["mod"] is None, same[0]


def test_tables_are_well_formed() -> None:
    rows = list(_rows())
    assert len(rows) > 100
    for row in rows:
        _, expected, text = row.values
        assert expected == "NONE" or text.count("[") == 1, text
