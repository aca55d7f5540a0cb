"""The tense of the clause around an expression, from its verbs.

"will meet on Monday" looks forward, "met on Monday" back. We look at the sentence that holds the
expression (at most ``WINDOW`` characters either side) and take the tense cue nearest to it, in
characters, with two penalties: a cue after the expression counts ``AFTER_PENALTY`` characters
further (in English the verb that governs an adverbial comes before it: "said Friday that it
will…"), and a weak cue (any word ending in -ed, "would") ``WEAK_PENALTY`` further. No cue at all
gives None, and the resolver falls back to the nearest date.
"""

from __future__ import annotations

import re

from dashboard.temporal.expression import Tense

WINDOW = 160
AFTER_PENALTY = 40
WEAK_PENALTY = 30

_NOT_AFTER_AUXILIARY = r"(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bto\s)"

# (pattern, tense, strong?)
TENSE_CUES: tuple[tuple[str, Tense, bool], ...] = (
    (r"will|won't|wo n't|'ll|shall", Tense.FUTURE, True),
    (r"(?:is|are|be)\s(?:scheduled|expected|due|set|slated|planned|going|poised|"
     r"likely|about)\sto|(?:is|are|be)\s(?:scheduled|expected|due|set|slated|planned)|"
     r"(?:scheduled|expected|due|set|slated|poised|going)\sto",
     Tense.FUTURE, True),
    (r"plans?|planned|planning|intends?\sto|aims?\sto|hopes?\sto|to\sbe\sheld|upcoming|effective|"
     r"next(?!\sto)|scheduled|coming|forthcoming|tomorrow|soon", Tense.FUTURE, True),
    (r"would", Tense.FUTURE, False),  # also the past's future ("said they would")
    (r"said|says|told|was|were|had|did|ago|last|yesterday|earlier|previously|been",
     Tense.PAST, True),
    # past forms, unless an auxiliary makes them passive or infinitive ("will be signed")
    (_NOT_AFTER_AUXILIARY + r"(?:met|went|came|made|took|gave|began|fell|rose|won|lost|left|held|"
     r"sold|bought|paid|saw|became|got|announced|reported|ended|closed|died|killed|struck|"
     r"agreed|signed|arrived|returned|visited|spoke|wrote|led|ran|fled|found|kept|brought)",
     Tense.PAST, True),
    (_NOT_AFTER_AUXILIARY + r"[a-z]+ed", Tense.PAST, False),
)  # fmt: skip

_CUE = re.compile(
    r"\b(?:"
    + "|".join(f"(?P<c{i}>{pattern})" for i, (pattern, _, _) in enumerate(TENSE_CUES))
    + r")\b"
)
_SENTENCE_END = re.compile(r"[.!?;\n]")


def clause_tense(lowered: str, start: int, end: int) -> Tense | None:
    """The tense of the clause around ``lowered[start:end]`` (text already lower-cased).

    >>> text = "xi will meet putin on thursday."
    >>> clause_tense(text, text.index("thursday"), text.index("thursday") + 8)
    <Tense.FUTURE: 'future'>
    """
    left = max(0, start - WINDOW)
    right = min(len(lowered), end + WINDOW)
    # the sentence: back to the previous sentence end, on to the next ("Sept. 30" has a dot that
    # is not an end, so a dot must be followed by a space and a capital-less-sensitive guess)
    for found in _SENTENCE_END.finditer(lowered, end, right):
        if found.group() != "." or _is_sentence_dot(lowered, found.start()):
            right = found.start()
            break
    cut = left
    for found in _SENTENCE_END.finditer(lowered, left, start):
        if found.group() != "." or _is_sentence_dot(lowered, found.start()):
            cut = found.end()
    left = cut
    best: int | None = None
    best_tense: Tense | None = None
    for cue in _CUE.finditer(lowered, left, right):
        if start <= cue.start() < end:
            continue  # the expression itself ("last", "next") is not a verb of the clause
        index = cue.lastindex
        assert index is not None
        _, tense, strong = TENSE_CUES[index - 1]
        distance = start - cue.end() if cue.end() <= start else cue.start() - end + AFTER_PENALTY
        if not strong:
            distance += WEAK_PENALTY
        if best is None or distance < best:
            best, best_tense = distance, tense
    return best_tense


def _is_sentence_dot(lowered: str, position: int) -> bool:
    """A full stop, not the dot of an abbreviation such as "Sept." or "U.S." or a number."""
    after = lowered[position + 1 : position + 2]
    if after and not after.isspace() and after not in "\"'’”)":
        return False  # "840.8", "U.S.", "...":
    before = lowered[max(0, position - 5) : position]
    word = re.search(r"[a-z]+$", before)
    return not (word and (len(word.group()) <= 2 or word.group() in _ABBREVIATIONS))


_ABBREVIATIONS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        "sun",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "no",
        "gen",
        "sen",
        "rep",
        "gov",
        "corp",
        "inc",
        "co",
        "ltd",
        "vs",
        "est",
    ]
)
