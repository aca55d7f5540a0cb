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
from bisect import bisect_left

from dashboard.temporal.expression import Tense
from dashboard.temporal.lexicon import trie_regex, word_set

WINDOW = 160
AFTER_PENALTY = 40
WEAK_PENALTY = 30

_NOT_AFTER_AUXILIARY = r"(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bto\s)"

# (pattern, tense, strong?)
TENSE_CUES: tuple[tuple[str, Tense, bool], ...] = (
    # a plan reported as past ("the offer had been due to expire Friday"): one cue, read first
    (r"had\s(?:previously\s)?been\s(?:scheduled|expected|due|set|slated|planned|supposed)\sto",
     Tense.PAST, True),
    # a plan moved to a new date: the date lies ahead, though the move is told in the past ("was
    # brought forward to Wednesday", "has been postponed until Monday"), unless the whole is past
    # perfect ("had been moved to Monday")
    (r"(?<!\bhad\sbeen\s)(?:(?:brought|moved|pushed|put)\s(?:forward|up|back|off)\s|"
     r"(?:postponed|delayed|deferred|rescheduled|advanced|moved)\s)(?:to|until|till|for)",
     Tense.FUTURE, True),
    (r"will|won't|wo n't|'ll|shall", Tense.FUTURE, True),
    (r"(?:is|are|be)\s(?:scheduled|expected|due|set|slated|planned|going|poised|"
     # weather and markets: "rain is forecast for Sunday", "storms are predicted"
     r"likely|about)\sto|(?:is|are|be)\s(?:scheduled|expected|due|set|slated|planned|forecast|"
     r"forecasted|predicted)|"
     r"(?:scheduled|expected|set|slated|poised|going)\sto|"
     # "due to expire" looks ahead; "due to the storm", "due to its size" give a cause
     r"due\sto(?!\s(?:the|a|an|its|his|her|their|our|this|that|these|those|high|low|heavy|"
     r"poor|bad|lack|concerns?|fears?|weather|rain|snow|illness|injury)\b)",
     Tense.FUTURE, True),
    (r"plans?|(?<!\bas\s)(?<!previously\s)planned|planning|intends?\sto|aims?\sto|hopes?\sto|to\sbe\sheld|upcoming|effective|"
     # ("the next day", "the next morning" of a story told in the past: no cue ahead)
     r"next(?!\sto|\s(?:day|morning|afternoon|evening|night)\b)|scheduled|coming|forthcoming|"
     r"tomorrow|soon", Tense.FUTURE, True),
    # a scheduled event told in the present ("the trial begins in September", "the sale
    # opens Monday"): ahead
    (r"(?:begins|starts|opens|reopens|resumes|expires|kicks\soff|takes\seffect|takes\splace|"
     r"convenes|gets\sunder\sway|"
     # and its end, before its date ("the fiscal year ends in September", "the offer closes on
     # Friday", "ends Sept. 30"; not "the log ends at 3 o'clock on the 20th", an account)
     r"(?:ends|closes|concludes|lapses|runs\sout)(?=\s(?:in|on|next|this|jan|feb|mar|apr|may|"
     r"jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))", Tense.FUTURE, True),
    # a deadline: "essay due fri", "payment is due Monday" (not "due to the storm")
    (r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)due(?!\sto\b)", Tense.FUTURE, True),
    (r"would", Tense.FUTURE, True),  # also the past's future ("said they would")
    # how posts look ahead and back ("lets meet tues", "cant wait for sat", "didnt sleep sun")
    (r"gonna|gunna|wanna|let['’]?s|can['’]?t\swait|see\s(?:u|ya|you)|cya", Tense.FUTURE, True),
    # a day told in the present ("the finale is on sun", "the vote is on Friday"): ahead
    (r"(?:is|are)\son(?=\s)", Tense.FUTURE, True),
    (r"didn['’]?t|wasn['’]?t|weren['’]?t", Tense.PAST, True),
    # ("my last exam", "their last match": the final one, no cue of the past)
    (r"said|says|told|was|were|had|did|ago|(?<!\bmy\s)(?<!\byour\s)(?<!\bur\s)(?<!\bour\s)"
     r"(?<!\btheir\s)last|yesterday|earlier|previously|been",
     Tense.PAST, True),
    # past forms, unless an auxiliary makes them passive or infinitive ("will be signed")
    (_NOT_AFTER_AUXILIARY + r"(?:met|went|came|made|took|gave|began|fell|rose|won|lost|left|held|"
     r"sold|bought|paid|saw|became|got|announced|reported|ended|closed|died|killed|struck|"
     r"agreed|signed|arrived|returned|visited|spoke|wrote|led|ran|fled|found|kept|brought|"
     # irregular past forms that are no present ("hit", "cut", "put" are both: left out)
     r"shot|fought|sent|spent|built|caught|sought|sank|drove|flew|grew|threw|knew|blew|drew|"
     r"swore|tore|stood|broke|chose|froze|stole|rode|slept|swept|withdrew|underwent|oversaw|"
     r"upheld|undertook|shook|arose|stuck|taught|overthrew|overcame)",
     Tense.PAST, True),
    # any other word in -ed, but not the common words that only look like a past form ("need",
    # "indeed", "a hundred", "the United States")
    (_NOT_AFTER_AUXILIARY + r"(?!(?:need|indeed|speed|feed|proceed|exceed|succeed|breed|seed|"
     r"greed|deed|heed|creed|hundred|bed|red|shed|sacred|naked|wicked|hatred|kindred|united)\b)"
     r"[a-z]+ed", Tense.PAST, False),
)  # fmt: skip

# The words a cue can begin with (besides any word in -ed). The cue regex first checks, by a
# trie, that a word is one of these: most words are not, and the alternation of all the cues,
# slow to try, is then not tried at all (tests/test_temporal_resolve.py checks that the heads
# cover every cue).
CUE_HEADS: frozenset[str] = word_set(
    """had will won't wo 'll shall is are be scheduled expected due set slated poised going plan
    plans planned planning intend intends aim aims hope hopes to upcoming effective next coming
    forthcoming tomorrow soon would said says told was were did ago last yesterday earlier
    previously been met went came made took gave began fell rose won lost left held sold bought
    paid saw became got announced reported ended closed died killed struck agreed signed
    arrived returned visited spoke wrote led ran fled found kept brought put shot fought sent spent
    built caught sought sank drove flew grew threw knew blew drew swore tore stood broke chose froze
    stole rode slept swept withdrew underwent oversaw upheld undertook shook arose stuck taught
    overthrew overcame begins starts opens reopens resumes expires kicks takes convenes gets
    ends closes concludes lapses runs
    gonna gunna wanna let lets can cant see cya didn didnt wasn wasnt weren werent"""
)
CUE_ALTERNATION = (
    r"\b(?:"
    + "|".join(f"(?P<c{i}>{pattern})" for i, (pattern, _, _) in enumerate(TENSE_CUES))
    + r")\b"
)
_CUE = re.compile(
    r"\b(?=(?:" + trie_regex(CUE_HEADS) + r")(?![a-z])|[a-z]+ed\b)" + CUE_ALTERNATION[2:]
)


def clause_tense(lowered: str, start: int, end: int) -> Tense | None:
    """The tense of the clause around ``lowered[start:end]`` (text already lower-cased).

    One-off form of :meth:`TenseIndex.tense`; to ask about many spans of one text, build one
    :class:`TenseIndex` and ask it (the cues are then found once).

    >>> text = "xi will meet putin on thursday."
    >>> clause_tense(text, text.index("thursday"), text.index("thursday") + 8)
    <Tense.FUTURE: 'future'>
    """
    return TenseIndex(lowered).tense(start, end)


class TenseIndex:
    """The sentence ends of one text, found once (on first need, in blocks of ``END_BLOCK``
    characters) and shared by every expression in it; and the tense cues of the sentence
    around each expression asked about, read by one regex scan of that sentence (at most
    ``WINDOW`` characters either side). The scan is bounded, so a text dense with weekdays
    ("Friday Friday Friday...") stays linear. (Cues were once cached in blocks of 64
    characters shared between expressions: three times as many scans, and a fifth of the
    tagger's time went to them.)

    >>> index = TenseIndex("they met on monday. they will meet on friday.")
    >>> index.tense(12, 18), index.tense(38, 44)
    (<Tense.PAST: 'past'>, <Tense.FUTURE: 'future'>)
    """

    END_BLOCK = 1024
    # the cue scan starts this far before the sentence, so that a cue of several words that
    # began before it ("had been due to") is consumed whole and not read again in pieces
    LEAD = 24
    # and goes on this far after it, so that a cue is not cut short at its end ("is
    # expected" of "is expected to") but left out whole
    OVERLAP = 64

    __slots__ = ("_ends", "lowered")

    def __init__(self, lowered: str) -> None:
        self.lowered = lowered
        self._ends: dict[int, list[int]] = {}

    def _end_block(self, number: int) -> list[int]:
        found = self._ends.get(number)
        if found is None:
            lowered = self.lowered
            first = number * self.END_BLOCK
            last = min(len(lowered), first + self.END_BLOCK)
            # one character past the block, so that the regex sees what follows a dot at its end
            scan = _SENTENCE_END.finditer(lowered, first, min(len(lowered), last + 1))
            found = [end.start() for end in scan if end.start() < last]
            self._ends[number] = found
        return found

    def tense(self, start: int, end: int) -> Tense | None:
        """The tense of the clause around ``lowered[start:end]``: the nearest cue of its
        sentence (at most ``WINDOW`` characters either side), weighed as the module says."""
        lowered = self.lowered
        left = max(0, start - WINDOW)
        right = min(len(lowered), end + WINDOW)
        ends: list[int] = []
        for number in range(left // self.END_BLOCK, max(left, right - 1) // self.END_BLOCK + 1):
            ends += self._end_block(number)
        # the sentence: back to the previous sentence end, on to the next
        after = bisect_left(ends, end)
        if after < len(ends) and ends[after] < right:
            right = ends[after]
        before = bisect_left(ends, start) - 1
        if before >= 0 and ends[before] >= left:
            left = ends[before] + 1
        best: int | None = None
        best_tense: Tense | None = None
        scan = _CUE.finditer(
            lowered, max(0, left - self.LEAD), min(len(lowered), right + self.OVERLAP)
        )
        for cue in scan:
            cue_start, cue_end = cue.span()
            if cue_start >= right:
                break
            if cue_start < left or cue_end > right:
                continue
            if start <= cue_start < end:
                continue  # the expression itself ("last", "next") is not a verb of the clause
            _, tense, strong = TENSE_CUES[(cue.lastindex or 0) - 1]
            ahead = cue_end > start  # a cue after the expression counts further off
            distance = cue_start - end + AFTER_PENALTY if ahead else start - cue_end
            if not strong:
                distance += WEAK_PENALTY
            if best is None or distance < best:
                best, best_tense = distance, tense
        return best_tense


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


def _sentence_ends(abbreviations: frozenset[str]) -> re.Pattern[str]:
    """The characters that end a sentence: ``! ? ;``, a line break, and a full stop, but not the
    dot of a number or of "U.S." (a dot ends a sentence only before a space, a closing quote or
    parenthesis, or the end of the text) nor that of an abbreviation ("Sept.", "Mr."): one or two
    letters, or a known abbreviation, within the five characters before the dot.

    One regex rather than a check in Python of every dot: the character class comes first, so
    the regex engine skips fast from one such character to the next.
    """
    # (the look-behinds are read after the dot: each ends with it)
    not_after = [
        r"(?<![^a-z][a-z]\.)",
        r"(?<!^[a-z]\.)",
        r"(?<![^a-z][a-z]{2}\.)",
        r"(?<!^[a-z]{2}\.)",
    ]
    for length in sorted({len(word) for word in abbreviations if len(word) > 2}):
        words = "|".join(sorted(word for word in abbreviations if len(word) == length))
        if length >= 5:  # the five letters before the dot, even inside a longer word
            not_after.append(rf"(?<!(?:{words})\.)")
        else:
            not_after += [rf"(?<![^a-z](?:{words})\.)", rf"(?<!^(?:{words})\.)"]
    return re.compile(r"[.!?;\n](?:(?<!\.)|(?![^\s\"'’”)])" + "".join(not_after) + ")")


_SENTENCE_END = _sentence_ends(_ABBREVIATIONS)
