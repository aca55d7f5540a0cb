"""Find time expressions in a text and anchor them: ``tag(text, anchor) -> list[Timex]``.

How it works: every rule of :mod:`dashboard.temporal.rules` is compiled, once, into a single
alternation, guarded by a look-ahead that only lets the engine try the rules where a word that can
begin a time expression starts. The text is scanned once, left to right; at each hit the rule that
matched builds an unresolved :class:`Expression`, and :func:`resolve` places it relative to the
anchor. Matches never overlap: the scan resumes after the span it accepted.

Disjunctions: "late August or early September" is ONE span covering the whole phrase. Its value
and mod are those of the first part (``2025-08``, ``END``); its earliest/latest are the union of
both parts (2025-08-21..2025-09-10), which is what a reader can say about the date.

"later this year" is the year (value ``2025``) with mod ``AFTER`` and the interval from the anchor
to 31 December; "earlier this year" is mod ``BEFORE``, 1 January to the anchor.
"""

from __future__ import annotations

import datetime as dt
import re

from dashboard.temporal import rules as rule_table
from dashboard.temporal.expression import Expression
from dashboard.temporal.lexicon import trie_regex
from dashboard.temporal.resolve import resolve
from dashboard.temporal.rules import NOT_TIME, Context
from dashboard.temporal.types import Timex

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _compile() -> tuple[
    re.Pattern[str], dict[int, tuple[rule_table.Rule, tuple[str, ...], tuple[str, ...]]]
]:
    """One alternation of all rules; per outer group index, the rule and its inner group names."""
    branches = []
    inner_names: list[tuple[str, ...]] = []
    for index, rule in enumerate(rule_table.RULES):
        body = rule_table.expand(rule.pattern)
        names = tuple(dict.fromkeys(re.findall(r"\(\?P<([a-z0-9_]+)>", body)))
        body = re.sub(r"\(\?P<([a-z0-9_]+)>", rf"(?P<r{index}_\1>", body)
        branches.append(f"(?P<r{index}>{body})")
        inner_names.append(names)
    first = trie_regex(rule_table.FIRST_WORDS)
    pattern = re.compile(
        r"(?<![\w$£€'’])(?=(?:" + first + r")s?(?![a-z])|\d|')(?:" + "|".join(branches) + ")"
    )
    by_group: dict[int, tuple[rule_table.Rule, tuple[str, ...], tuple[str, ...]]] = {}
    for index, rule in enumerate(rule_table.RULES):
        group = pattern.groupindex[f"r{index}"]
        names = inner_names[index]
        by_group[group] = (rule, names, tuple(f"r{index}_{n}" for n in names))
    return pattern, by_group


_PATTERN, _RULE_OF_GROUP = _compile()


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
    anchor = _check_anchor(anchor)
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}; decode bytes first")
    lowered = text.lower()
    if len(lowered) != len(text):  # a few non-ASCII letters change length when lowered
        lowered = text.translate(_ASCII_LOWER)
    found: list[Timex] = []
    search = _PATTERN.search
    position = 0
    while True:
        match = search(lowered, position)
        if match is None:
            break
        start, end = match.span()
        rule, names, full_names = _RULE_OF_GROUP[match.lastindex]  # type: ignore[index]
        values = (
            match.group(*full_names)
            if len(full_names) > 1
            else (match.group(full_names[0]),)
            if full_names
            else ()
        )
        groups = {
            name: value for name, value in zip(names, values, strict=True) if value is not None
        }
        context = Context(text, lowered, start, end)
        produced = rule.production(groups, context)
        if produced is NOT_TIME:
            position = end
            continue
        if produced is None:
            position = start + 1
            continue
        if isinstance(produced, tuple):
            expression, skip = produced
            start += skip
        else:
            expression = produced
        assert isinstance(expression, Expression)
        resolution = resolve(expression, anchor)
        if resolution is None:
            position = match.start() + 1
            continue
        found.append(
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
            )
        )
        position = end
    return found
