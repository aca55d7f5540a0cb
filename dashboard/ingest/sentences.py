"""Cut article text into sentences, with their offsets, for news English (and other scripts).

A sentence ends at ``.``, ``!`` or ``?`` (closing quotes may follow) before a space and a capital
letter (of any script: "Парад"), a quote or a digit, or at a Chinese full stop "。"; unless the
word before the full stop is an abbreviation news writes before names and numbers ("Aug. 7", "U.S.
Embassy", "Dr. Slepian", "Sept. 3") or a single initial.

>>> [s.text for s in split_sentences("Talks on Aug. 7 in the U.S. Embassy ended. Dr. Li left.")]
['Talks on Aug. 7 in the U.S. Embassy ended.', 'Dr. Li left.']
>>> [s.text for s in split_sentences("June 14: Talks ended. -- Two aides left. -- A third stayed.")]
['June 14: Talks ended.', 'Two aides left.', 'A third stayed.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Lower case, without the full stop. A sentence does not end after these.
ABBREVIATIONS = frozenset(
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
        "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mr", "mrs", "ms", "dr",
        "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "rev", "st",
        "mt", "ft", "no", "nos", "vs", "etc", "inc", "corp", "co", "ltd", "jr", "sr", "u.s", "u.k",
        "u.n", "e.u", "a.m", "p.m", "i.e", "e.g", "approx", "dept", "est", "fig", "ave", "blvd",
    }
)  # fmt: skip

# The next sentence opens on a capital letter of any script or a digit (checked in code: ``re``
# has no class for capitals); Chinese and Japanese end one with "。" and no space.
# A dash between two sentences is a list's separator ("… to the Gulf. -- Two lawmakers release").
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+(?:[-–—]{1,2}\s+)?[\"'“‘«„(\[]?(\w))|[。！？]")
# Longer than any sentence a reporter writes (news sentences run to 300-400 characters).
MAX_SENTENCE_CHARS = 800
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]*[\"'”’)\]]*$")
_MONTH_DAY_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+[0-3]?\d$"
)
# the year goes on the date's phrase ("2010 photo,", "2010, the"), not a clause of its own
# ("2010 was a hard year")
_YEAR_NEXT = re.compile(
    r"\s+(?:19|20)\d\d(?=,|\s+(?!(?:was|is|were|are|has|had|have|will|would|saw|brought|marked|"
    r"began|ended|proved|became)\b)[a-z])"
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Sentences of ``text`` with offsets (plus ``offset``) into the original string.

    >>> split_sentences("He left. She stayed.", offset=10)[1]
    Sentence(start=19, end=30, text='She stayed.')
    """
    out: list[Sentence] = []
    begin = 0
    for m in _END.finditer(text):
        opening = m.group(1)
        if opening is not None and not (opening.isupper() or opening.isdigit()):
            continue  # "e.g. the talks": a lower-case word goes on the same sentence
        word = _word_before(text, begin, m)
        if word and m.group().startswith(".") and _is_abbreviation(word.group(1)):
            continue
        if (
            m.group() == "."
            and _YEAR_NEXT.match(text, m.end())
            and _MONTH_DAY_BEFORE.search(text, max(begin, m.start() - 16), m.start())
        ):
            continue  # "In this May 22. 2010 photo": a full stop typed for the date's comma
        _add(out, text, begin, m.end(), offset)
        begin = m.end()
    _add(out, text, begin, len(text), offset)
    return out


def _word_before(text: str, begin: int, end: re.Match[str]) -> re.Match[str] | None:
    """The word before the sentence end ``end``, looked for in the last :data:`WORD_WINDOW`
    characters first (searching from the sentence's start made a long paragraph cost its length
    at every full stop); from the sentence's start when the word may begin before the window."""
    window = max(begin, end.start() - WORD_WINDOW)
    word = _WORD_BEFORE.search(text, window, end.end())
    if window > begin and (
        word is None or word.start() == window or text[word.start() - 1] in _TAIL_MARKS
    ):
        word = _WORD_BEFORE.search(text, begin, end.end())  # it may start further back
    return word


WORD_WINDOW = 64
_TAIL_MARKS = "!?…\"'”’)]"  # what may follow the word in _WORD_BEFORE, besides full stops


def _add(out: list[Sentence], text: str, start: int, end: int, offset: int) -> None:
    """The sentence ``text[start:end]``, stripped; one over :data:`MAX_SENTENCE_CHARS` (a list,
    a table, text with no full stops) is cut into pieces at spaces, so that the work per time
    expression stays bounded however the text is written."""
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        _add_piece(out, text, start, cut, offset)
        start = cut
    _add_piece(out, text, start, end, offset)


def _is_abbreviation(word: str) -> bool:
    word = word.rstrip(".").lower()
    return word in ABBREVIATIONS or len(word) == 1 or bool(re.fullmatch(r"(?:\w\.)+\w", word))


# What a sentence does not open with: the spaces and a list's dash before it.
_LEAD = re.compile(r"\s*(?:[-–—]{1,2}\s+(?=\S))?")


def _add_piece(out: list[Sentence], text: str, start: int, end: int, offset: int) -> None:
    piece = text[start:end]
    lead = _LEAD.match(piece).end()
    stripped = piece[lead:].rstrip()
    if stripped:
        out.append(Sentence(offset + start + lead, offset + start + lead + len(stripped), stripped))
