"""Placeholders for the rule patterns: the word tables of :mod:`dashboard.temporal.lexicon`
turned into regex pieces (``<MONTH>``, ``<NUM>``, ``<PART>``…), and :func:`expand` that fills them in.

Pieces match lower-cased text; their repetitions are bounded so that no input can make the engine
backtrack without end. The only named groups inside them are those of ``<PART>`` and ``<CLOCK>``,
which a rule uses at most once.
"""

from __future__ import annotations

import re

from dashboard.temporal import lexicon as lx

_END = r"(?![a-z0-9])"
NUMBER_WORDS = [w for w in lx.CARDINALS if " " not in w and w not in ("a", "an")]
_NUMWORD = "(?:" + lx.trie_regex(NUMBER_WORDS) + ")" + _END
ORDINAL_WORDS = [w for w in lx.ORDINALS if w != "last"]

# Time zones of Asia, Africa, Oceania and eastern Europe ("10:30 IST", "9am AEST"), beside the
# American and European ones the patterns spell out (not "EAT", "CAT", "WET": words)
_ZONES = r"(?:ist|jst|kst|hkt|sgt|pkt|wib|aest|aedt|awst|nzst|nzdt|sast|eet|eest)"

MACROS: dict[str, str] = {
    "MONTH": "(?:" + lx.trie_regex(lx.MONTHS) + r")(?![a-z])",
    "FULLMONTH": "(?:" + lx.trie_regex(lx.FULL_MONTHS) + ")" + _END,
    # other languages' months end before any letter, not only before a-z
    "FOREIGNMONTH": "(?:" + lx.trie_regex(lx.FOREIGN_MONTHS) + r")(?!\w)",
    "FOREIGNDAYMONTH": "(?:"
    + lx.trie_regex({**lx.FOREIGN_MONTHS, **lx.FOREIGN_MONTH_ABBREVIATIONS}) + r")(?!\w)",
    "WEEKDAY": "(?:" + lx.trie_regex(lx.WEEKDAYS) + r")(?![a-z])",
    "WEEKDAYWORD": "(?:" + lx.trie_regex(lx.WEEKDAYS) + ")",
    "DAY": r"(?:[0-3]?\d)(?:st|nd|rd|th)?(?![\d/])(?![:.]\d)",
    # not before a zone or "hours": "19 January, 1130 GMT" is a clock time on 19 January
    "YEAR": r"(?:1\d{3}|20\d{2})(?![\d%a-z])(?![.,]\d)"
    r"(?!\s(?:gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|msk|hours|hrs|local\stime|"
    + _ZONES + r")(?![a-z]))",
    "SPOKENYEAR": r"(?:nineteen|twenty)[\s-](?:hundred|(?:" + lx.trie_regex(NUMBER_WORDS)
    + r")(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)" + _END
    + r"|two\sthousand(?:\s(?:and\s)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?" + _END,
    "NUMWORD": _NUMWORD,
    "NUM": r"(?:\d{1,4}(?:\.\d{1,2})?(?:\s1/2|½)?(?![\d,])|\d{1,3}(?:,\d{3}){1,2}(?![\d,])|"
    + _NUMWORD
    + r"(?:[\s-]" + _NUMWORD + r"){0,3}(?:[\s-]and[\s-]a[\s-]half)?|a\sfew|a\scouple(?:\sof)?|"
    + r"couple\sof|several|a\sdozen|a|an|another|half\san?|half(?=-[a-z])|one\sand\sa\shalf|"
    + r"many|some)",
    "UNIT": "(?:" + lx.trie_regex(lx.UNITS) + ")" + _END,
    "ORDINAL": r"(?:\d{1,2}(?:st|nd|rd|th)|" + lx.trie_regex(ORDINAL_WORDS) + ")" + _END,
    # "end-March", "end of next month" (news shorthand without "the") as "the end of March"
    "PART": r"(?:(?P<part>early|late|mid-|mid|middle|end-|start-)[\s-]?|(?:the\s)?(?P<partof>"
    r"beginning|start|middle|end|close|dawn)\sof\s(?:the\s)?)",
    "APPROX": r"(?:about|around|approximately|roughly|nearly|almost|more\sthan|less\sthan|"
    r"at\sleast|at\smost|up\sto|some|no\smore\sthan|no\sless\sthan|just\sover|just\sunder|"
    r"well\sover|the\sbetter\spart\sof|"
    # "for over a decade", "in under two hours" (not "over five years", which may be a period)
    r"(?:(?<=for\s)|(?<=in\s)|(?<=last\s)|(?<=lasted\s)|(?<=lasting\s)|(?<=took\s)|"
    r"(?<=spent\s))(?:over|under))",
    "SEASON": "(?:" + lx.trie_regex(lx.SEASONS) + ")" + _END,
    "DAYPART": "(?:" + lx.trie_regex(lx.DAY_PARTS) + ")" + _END,
    "CLOCK": r"(?:(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s?(?P<ampm>a\.m\.|p\.m\.|am|pm|"
    r"a\.m|p\.m|(?:o['’]clock\s)?in\sthe\s(?:morning|afternoon|evening)|(?:o['’]clock\s)?at\snight|"
    r"o['’]clock)(?![a-z])|(?P<hour24>[01]?\d|2[0-3])"
    # "17:30 GMT", "1730 hours"; with a dot only before a zone ("14.30 GMT", "23.10 EDT")
    r"(?::(?=[0-5]\d\s(?:gmt|utc|est|edt|cet|bst|msk|local\stime|hours|" + _ZONES + "))|"
    r"\.(?=[0-5]\d\s(?:gmt|utc|est|edt|cst|cdt|pst|pdt|cet|cest|bst|msk|" + _ZONES + r")(?![a-z])))"
    r"(?P<minute24>[0-5]\d)|(?:12\s)?(?P<noon>noon|midnight|midday|midnite))",
    "TZ": r"(?:est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|bst|cet|cest|msk|local\stime|et|pt|"
    + _ZONES + "|"
    r"(?:eastern|pacific|central|mountain)\s(?:standard\s|daylight\s)?time)(?![a-z])",
}  # fmt: skip

APPROX_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "more than": "MORE_THAN", "less than": "LESS_THAN",
    "over": "MORE_THAN", "under": "LESS_THAN", "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "some": "APPROX",
    "no more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE", "just over": "MORE_THAN",
    "just under": "LESS_THAN", "well over": "MORE_THAN", "the better part of": "LESS_THAN",
}  # fmt: skip

RELATIVE_PERIOD_UNITS = {
    "day": "D", "week": "W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE", "fiscal year": "Y", "yr": "Y", "qtr": "Q", "wk": "W",
    "wknd": "WE", "wkend": "WE",
}  # fmt: skip


def expand(pattern: str) -> str:
    """Replace ``<NAME>`` placeholders with their regex pieces.

    >>> expand("<WEEKDAY>").startswith("(?:")
    True
    """
    return re.sub(r"<([A-Z]+)>", lambda m: MACROS[m.group(1)], pattern)
