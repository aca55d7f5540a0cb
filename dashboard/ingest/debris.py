"""Page debris: the parts of a copied web page that are not the article.

Copied articles carry navigation ("Others are reading now", "Also read"), advertising ("Ads by …"),
photo credits ("… / Wiki Commons"), breadcrumbs ("Homepage World …"), image captions, headings,
repeated teasers and the lines that state the page's own date ("Published on June 10, 2025.",
"Updated June 11, 2025 9:00 a.m.", bylines with a date; the forms are
:data:`dashboard.ingest.pubdate.STATED_FORMS`).
None of it is a dated happening, so the event layer skips it.

Recognise, then decide: the text is cut into *blocks* (a line, or a sentence glued to the end of a
line with no space after its full stop, as copy-paste does with breadcrumbs) and each block is
judged by the rules below, in order. A block is kept only if no rule calls it debris.

>>> [b.reason for b in blocks("Others are reading now\\nXi arrived on Friday.\\n")]
['debris phrase "others are reading now"', None]
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from dashboard.ingest.pubdate import publication_line
from dashboard.ingest.sentences import Sentence, split_sentences
from dashboard.regex import guarded

# Phrases that open (or make up) a navigation, advert or credit line. Lower case; matched at the start
# of a block, so "Also read" is debris but "He also read the report." is not.
DEBRIS_OPENINGS = (
    "others are reading now",
    "also read",
    "read also",
    "read more",
    "more from",
    "related:",
    "related articles",
    "related stories",
    "recommended",
    "ads by",
    "advertisement",
    "sponsored",
    "homepage",
    "home page",
    "home >",
    "home /",
    "share this",
    "share on",
    "follow us",
    "sign up",
    "subscribe",
    "newsletter",
    "click here",
    "photo:",
    "photo credit",
    "image:",
    "image credit",
    "caption:",
    "credit:",
    "file photo",
    "watch:",
    "listen:",
    "cookie",
    "copyright",
    "©",
    "all rights reserved",
)

# Words that mark a picture credit when they follow a slash or a dash: "Name / Wiki Commons".
CREDIT_WORDS = (
    "wiki commons",
    "wikimedia",
    "commons",
    "getty",
    "reuters",
    "afp",
    "associated press",
    "shutterstock",
    "epa",
    "alamy",
    "photo",
    "photos",
    "image",
    "images",
    "credit",
)
_CREDIT = re.compile(
    r"(?:/|\||—|–|-)\s*(?:" + "|".join(re.escape(w) for w in CREDIT_WORDS) + r")\b[^.!?]*$",
    re.IGNORECASE,
)


# A caption that ends with its picture's credit: "… in Moscow on Thursday. (Photo: AFP)",
# "… shake hands. REUTERS/Maxim Shemetov", "… at the parade. Photo by Jane Doe".
_CREDIT_BY = (
    r"(?:\(\s*|\b)(?:photo|image|picture|credit|photograph)s?\s*(?:by|:|/|©)\s*[^.()]{1,60}\)?\s*$"
)
_AGENCY_SLASH = r"\b(?:REUTERS|AFP|AP|EPA|GETTY|XINHUA|TASS|SPUTNIK)\s*/\s*[A-Z][\w .'-]{1,50}$"
_CAPTION_CREDIT = re.compile(_CREDIT_BY + "|" + _AGENCY_SLASH, re.IGNORECASE)
_CREDIT_BY_AT_END = re.compile(_CREDIT_BY, re.IGNORECASE)
_AGENCY_SLASH_AT_END = re.compile(_AGENCY_SLASH, re.IGNORECASE)
AGENCY_CHARS = 7  # the longest agency's name before its slash ("SPUTNIK", "XINHUA ")


def ends_with_caption_credit(block: str) -> bool:
    """Whether ``block`` ends with its picture's credit (:data:`_CAPTION_CREDIT`), scanning only
    the end of it: a scan of a whole article for a shape that must reach its end was a seventh
    of the debris filter's time. The first shape holds no full stop, so it starts after the
    block's last one; the second holds no slash after the agency's, so it starts at most the
    agency's name and some spaces before the last slash. (``tests/test_documents.py`` checks
    that this says what a search of the whole block says.)

    >>> ends_with_caption_credit("Putin and Xi shake hands. REUTERS/Maxim Shemetov")
    True
    >>> ends_with_caption_credit("The rig sank. (Photo: AFP)"), ends_with_caption_credit("It sank.")
    (True, False)
    """
    if not _may_match(_CAPTION_CREDIT, block):
        return False
    if _CREDIT_BY_AT_END.search(block, block.rfind(".") + 1):
        return True
    slash = block.rfind("/")
    if slash < 0:
        return False
    start = slash
    while start > 0 and block[start - 1].isspace():
        start -= 1
    return bool(_AGENCY_SLASH_AT_END.search(block, max(0, start - AGENCY_CHARS)))


# A block that ends like a sentence. Closing quotes and brackets may follow the mark; a colon ends a
# lead-in sentence ("His visit sends a clear signal:").
_SENTENCE_END = re.compile(r"[.!?:…][\"'”’)\]]*\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A full stop glued to a capital letter ("axis.Homepage World") is where a pasted page joined two
# blocks; so is a run of spaces.
# (Its match is the stop, so that the scan looks for stops only; the cut is after it.)
_GLUED = re.compile(r"[.!?](?<=[a-z][.!?])(?=[A-Z][a-z])")

MAX_HEADING_WORDS = 20  # a longer block with no full stop is a paragraph that lost its punctuation

# Furniture inside running text. A crawled page is often one long line: the header (headline,
# standfirst, caption, a stamp with the time of posting), picture credits and the reader comments
# are glued to the story. Each rule is (name, pattern); the shapes are those of page templates
# (a time zone after a clock time, "| Report abuse" after a commenter's name), not words of a story.
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_CLOCK = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?"
# "HOUSTON | Thu Apr 22, 2010 7:30 pm EDT", "TRIPOLI | Sun Sep 11", "Wednesday 5 May 2010 21.48 BST",
# a blog's byline "Jo Roe | 09:51 UK time, Friday, 28 May 2010"
# The first shape, a place's name and a bar, needs a bar: a text without one is scanned for the
# others only (the bar's shape tries every capitalised word, a fifth of the filter's time).
_BARRED_STAMP = (
    r"(?:\b[A-Z][\w.'-]*(?:[ ,]+[A-Z][\w.'-]*){0,3}\s*\|\s*)(?:"
    + _WEEKDAY
    + r"\s+"
    + _MONTH
    + r"\s+\d{1,2}(?:,\s*\d{4})?(?:\s+"
    + _CLOCK
    + r")?"
    # "Clare Spencer | 09:51 UK time, Friday, 28 May 2010": a blog's byline, its time of posting
    + r"|"
    + _CLOCK
    + r"(?:\s*time)?,?\s*"
    + _WEEKDAY
    + r"\s+\d{1,2}\s+"
    + _MONTH
    + r"\s+\d{4})"
)
_UNBARRED_STAMP = (
    r"\b"
    + _WEEKDAY
    + r"\s+\d{1,2}\s+"
    + _MONTH
    + r"\s+\d{4}\s+"
    + _CLOCK
    # "Friday, July 23, 2010; 11:01 PM": a stamp with its clock after a semicolon
    + r"|\b"
    + _WEEKDAY
    + r"\s+"
    + _MONTH
    + r"\s+\d{1,2},\s*\d{4};\s*"
    + _CLOCK
    # "8 November 2011 Last updated at 14:07 GMT Help", "Page last updated at 09:18 GMT, Tuesday,
    # 8 September 2009 10:18 UK": a page's own stamp, with its help link
    + r"|(?:\b\d{1,2}\s+"
    + _MONTH
    + r"\s+\d{4}\s+)?\b(?:Page\s+last|Last)\s+updated(?:\s+at)?:?\s+"
    + _CLOCK
    + r"(?:,\s*"
    + _WEEKDAY
    + r"\s+\d{1,2}\s+"
    + _MONTH
    + r"\s+\d{4}(?:\s+"
    + _CLOCK
    + r")?)?(?:\s+Help\b)?"
    # "Last updated: 19 January, 2010 - 14:10 GMT", "Last updated on May 5, 2010 at 2:10 PM": the
    # date first
    + r"|\b(?:Page\s+last|Last)\s+updated(?:\s+(?:at|on))?:?\s+(?:\d{1,2}\s+"
    + _MONTH
    + r",?\s+\d{4}|"
    + _MONTH
    + r"\s+\d{1,2},?\s+\d{4})(?:\s*(?:[-–,]|at)?\s*"
    + _CLOCK
    + r")?"
)
# Every stamp opens on a capital (a place, a weekday, "Page", "Last") or a digit.
_STAMP = guarded(r"A-Z\d", _BARRED_STAMP + "|" + _UNBARRED_STAMP)
_STAMP_WITHOUT_BAR = guarded(r"FLMPSTW\d", _UNBARRED_STAMP)
# An agency dateline opening the story: "LONDON (Reuters) - ", "BIRMINGHAM, Alabama (Reuters) -"
_AGENCY_DATELINE = guarded(
    "A-Z", r"\b[A-Z]{2}[A-Z .'-]*(?:,\s*[A-Z][\w.' -]*?)?\s*\([A-Z][\w .&-]{1,30}\)\s*[-–—]+\s"
)
# A picture credit in running text, and the caption sentence before it:
# "… on East Grand Terre Island. Photograph: Lee Celano/Reuters"
_RUNNING_CREDIT = guarded(
    "PI",
    r"\b(?:Photograph|Photo|Picture|Image|Illustration)s?\s*:\s*"
    r"(?:[^./\\]{1,50}?\\?/\s*[A-Z][\w-]*|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)",
)
# Where a comment thread begins: the furniture of comment systems (a commenter's byline with its
# "Report abuse" link, the moderation notices). From there to the end of the block is comments.
_COMMENTS = guarded(
    "PAR|VTWCS",
    r"Posted by:?\s+[^|]{1,60}\|[^|]{1,40}\|\s*(?:Report abuse|Reply)"
    r"|\bAt\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4},"
    r"\s*[^,.]{1,40}\swrote:"
    r"|\|\s*(?:Report abuse|Reply)\b|\bReport abuse\b|\bRETWEET\b"
    r"|\bAdded:\s+"
    + _WEEKDAY
    + r"\s+\d{1,2}\s+"
    + _MONTH
    + r",?\s+\d{4},?\s+"
    + _CLOCK
    + r"|\b(?:Views expressed in the comments|This discussion is now closed|We welcome comments"
    r"|Comments? (?:are|is) (?:now )?closed|Add your comment|Post a comment|Sign in to comment"
    r"|This comment (?:was|has been) removed\b)",
    re.IGNORECASE,
)
# Share and follow prompts and links in running text.
_PROMPT = guarded(
    "FSLEPhwb",
    r"\bFollow (?:us|me|him|her|them|our|the latest|all the)\b[^.]{0,60}? on (?:Twitter|Facebook)"
    r"|\b(?:Share this(?: article| story| page)?|Like us on \w+|Email this"
    r"(?: article| story)?|Print this(?: article| story)?)\b|https?://\S+|\bwww\.\S+|\bbit\.ly/\S+",
)
# A slideshow's or widget's template left unfilled: "BACK {current} of {total} NEXT", with the
# buttons in capitals around it.
_TEMPLATE = re.compile(r"(?:\b[A-Z]{2,}\s+)?\{\w+\}(?:\s+of\s+\{\w+\})?(?:\s+[A-Z]{2,}\b)?")
# A page's buttons left in the text, each a verb or "More"/"Less" before a capitalised noun of
# what they list, in stray quotes ('More Headlines" "Less Headlines The spill occurred …',
# "Show Comments", "Load More Stories"): a pair of them, or one at the start of a block. In running
# text such words are lower case ("more headlines followed"), and a title ("See More Butterflies",
# "Hide And Seek") is neither a pair nor followed by a sentence.
_BUTTON = (
    r"[\"“”']?(?:More|Less|Fewer|Show|Hide|Load|See|View)(?:\s+(?:More|Less|All))?\s+"
    r"(?:Headlines|Stories|Articles|News|Videos|Photos|Comments|Results)\b[\"“”']?"
)
_BUTTONS = guarded("\"“”'MLFSHV", rf"(?:{_BUTTON}\s*){{2,}}|^{_BUTTON}\s+(?=[A-Z])")
# A page's skip link, which jumps past its menus ("Skip to main content", "Skip to navigation")
# or to a part of a listing ("Skip to a day of the week:"): capitalised, and a heading's colon
# when it names no part of a page. "He asked to skip to the verdict" is lower case.
_SKIP_LINK = re.compile(
    r"\bSkip to (?:(?:the |main )?(?:content|navigation|menu|search|footer|top)\b:?"
    r"|(?:\w+ ){0,5}\w+:)"
)
# A web server's message left where a part of the page failed to load (Apache's server-side
# includes print "[an error occurred while processing this directive]"; some pages bracket it so)
_SERVER_ERROR = re.compile(r"[\[(]an error occurred while processing this directive[\])]")
# A newspaper's print note: "This article appeared on p21 of the Main section of the Observer on
# Sunday 30 May 2010", "A version of this article appeared in print on June 3, 2010, on page A1",
# "This article was amended on 16 December 2010".
_PRINT_NOTE = guarded(
    "AT",
    r"\b(?:(?:A version of this (?:article|story)|This (?:article|story)|A version) appeared "
    r"(?:on|in) (?:p(?:age)?\s?[A-Z]?\d+|print)\b"
    # to the year of its date, or to the "on" before a date the page left out
    r"(?:.{0,120}?\d{4}\b(?:,? on page [A-Z]?\d+)?|[^.]{0,80}?\bon(?=\s+[A-Z]))"
    r"|\bThis (?:article|story) was (?:amended|corrected|updated) on [^.]{0,40}?\d{4}\b)",
)
# A picture's caption headed by its agency and the day it was taken, in a gallery pasted into the
# story: "AP July 31: Oil containment boom is laid out in Treasure Pass. AP Experts have said …".
# The caption runs to its full stop, and the agency's name may close it again.
_AGENCIES = r"(?:AP|Reuters|AFP|Getty\s+Images|EPA|Bloomberg)"
_DATED_CAPTION = guarded("ARGEB", rf"\b{_AGENCIES}\s+" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?:\s")
_CLOSING_CREDIT = re.compile(rf"{_AGENCIES}\s+(?=[A-Z])")
# A wire picture's credit inside the text of a gallery: "(AP Photo/Dave Martin)", "(Dave Martin -
# AP)", the agency's copyright year run into the caption ("AP2010 In this May 22 photo, …") and
# the licence note "NO SALES". Cut out, the caption reads as the sentence it is; left in, it
# opened the event's label ("AP) Oil cleanup workers continue…").
_BRACKETED_CREDIT = guarded(
    "(AEN",
    rf"\(\s*{_AGENCIES}\s+Photos?\s*(?:\\?/\s*[^()]{{1,60}})?\)"
    rf"|\(\s*[A-Z][\w.' -]{{0,40}}?\s+-\s+{_AGENCIES}\s*\)"
    r"|\b(?:AP|AFP|EPA)(?:19|20)\d\d\b"
    r"|\bNO SALES\b",
)
# A list of other sites' headlines, each closed by how long ago it was posted: "Obama: BP to pay
# - 2 hrs ago New York Times Oil flow estimates jump - 3 hrs ago France24 …". Two such closings
# near each other make a list; one alone is a story's own words ("posted 4 minutes ago via web").
_POSTED_AGO = re.compile(
    r"\s[-–—]\s+(?:\d{1,3}|an?|one)\s+(?:hrs?|hours?|mins?|minutes?|secs?|seconds?|days?)\s+ago\b"
)
POSTED_LIST_GAP = 300  # characters between two closings of one list (a headline and its source)
# A caption run into the story with no space or stop: "…at the time of the explosionA Coast Guard"
_RUN_ON = re.compile(r"\b[a-z]{3,}(?=[A-Z])")
HEADER_CHARS = 600  # a stamp this near the start of a text ends the page's header
# What each furniture pattern cannot match without, and whether it ignores case: a text holding
# none of these is not scanned (most blocks hold none, and the scans were most of the filter's
# time). A pattern left out is always scanned.
_NEEDLES: dict[re.Pattern[str], tuple[tuple[str, ...], bool]] = {
    _STAMP: (("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "ast updated"), False),
    _STAMP_WITHOUT_BAR: (("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "ast updated"), False),
    _AGENCY_DATELINE: (("(",), False),
    _RUNNING_CREDIT: (("Photo", "Picture", "Image", "Illustration"), False),
    _PROMPT: (
        (
            "Share this",
            "Follow ",
            "Like us on",
            "Email this",
            "Print this",
            "http",
            "www.",
            "bit.ly/",
        ),
        False,
    ),
    _CAPTION_CREDIT: (("photo", "image", "picture", "credit", "/"), True),
    _PRINT_NOTE: (("appeared", "This article was", "This story was"), False),
    _TEMPLATE: (("{",), False),
    _POSTED_AGO: ((" ago",), False),
    _DATED_CAPTION: ((":",), False),
    _BRACKETED_CREDIT: (
        ((" - ", "Photo", "AP1", "AP2", "AFP1", "AFP2", "EPA1", "EPA2", "NO SALES")),
        False,
    ),
    _BUTTONS: (("More", "Less", "Fewer", "Show", "Hide", "Load", "See", "View"), False),
    _SKIP_LINK: (("Skip to",), False),
    _SERVER_ERROR: (("error occurred while processing",), False),
    _COMMENTS: (
        (
            "posted by",
            "wrote:",
            "added:",
            "|",
            "report abuse",
            "retweet",
            "views expressed",
            "closed",
            "we welcome comments",
            "add your comment",
            "post a comment",
            "sign in to comment",
            "removed",
        ),
        True,
    ),
}
# The letters besides A-Z and a-z that a pattern ignoring case matches to them (Python's re).
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def _may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` cannot match ``text``: it holds none of the pattern's needles.

    >>> _may_match(_COMMENTS, "The rig sank."), _may_match(_COMMENTS, "Comments are CLOSED.")
    (False, True)
    >>> _may_match(_COMMENTS, "Po\u017fted by Jane | 9:00 | Reply")  # a long s: always scanned
    True
    """
    needles, folded = _NEEDLES.get(pattern, ((), None))
    if folded is None:
        return True
    if folded:
        lowered = _lowered(text)
        if lowered is None:
            return True
        text = lowered
    return any(needle in text for needle in needles)


@functools.lru_cache(maxsize=4)
def _lowered(text: str) -> str | None:
    """``text`` in lower case, or None when it holds a letter that a pattern ignoring case
    matches to an ASCII one (:data:`_FOLDS_TO_ASCII`). Cached: each pattern ignoring case asks
    it of the same block (a page's whole text, often)."""
    if any(letter in text for letter in _FOLDS_TO_ASCII):
        return None
    return text.lower()


_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“A-Z0-9])")


@dataclass(frozen=True)
class Block:
    """A span of the text and, when it is debris, why (``reason`` is None for article text)."""

    start: int
    end: int
    text: str
    reason: str | None = None

    @property
    def is_debris(self) -> bool:
        return self.reason is not None


def debris_reason(block: str, *, seen: frozenset[str] = frozenset(), title: str = "") -> str | None:
    """Why ``block`` (one line or glued fragment, stripped) is page debris, or None if it is text.

    >>> debris_reason("Ads by MGDK")
    'debris phrase "ads by"'
    >>> debris_reason("Xi and Putin are expected to sign new agreements.") is None
    True
    """
    low = block.casefold()
    for phrase in DEBRIS_OPENINGS:
        if low.startswith(phrase):
            return f'debris phrase "{phrase}"'
    if form := publication_line(block):
        # "Published on June 10, 2025.", "By Jane Doe | June 10, 2025": the page's metadata.
        return f"publication line ({form})"
    if _CREDIT.search(block) and not _SENTENCE_END.search(block):
        return "photo credit"
    if ends_with_caption_credit(block):
        return "image caption with its credit"
    if title and low.rstrip(" .…") == title.casefold().rstrip(" .…"):
        return "headline repeated"
    if low in seen:
        return "repeated block (teaser or standfirst)"
    if not _WORD.search(block):
        return "no words"
    # words counted only where they decide (a long paragraph is most of a page's text)
    if not _SENTENCE_END.search(block) and len(_WORD.findall(block)) <= MAX_HEADING_WORDS:
        return "heading, caption or label (no sentence punctuation)"
    return None


def inline_debris(text: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) of the page furniture inside ``text`` (one block of running text),
    in order and not overlapping.

    >>> page = "HOUSTON | Thu Apr 22, 2010 7:30 pm EDT HOUSTON (Reuters) - The rig sank."
    >>> [(reason, page[a:b]) for a, b, reason in inline_debris(page)]
    [('page header', 'HOUSTON | Thu Apr 22, 2010 7:30 pm EDT HOUSTON (Reuters) - ')]
    >>> page = "(AP Photo/Dave Martin) (Dave Martin - AP) Workers clean the beach, Monday."
    >>> [(reason, page[a:b]) for a, b, reason in inline_debris(page)]  # doctest: +NORMALIZE_WHITESPACE
    [('picture credit', '(AP Photo/Dave Martin) '), ('picture credit', '(Dave Martin - AP) ')]
    >>> page = ("The rig sank. A crew at the rig. Photograph: Lee Celano/Reuters Oil leaked. "
    ...         "Report abuse | Reply Good riddance.")
    >>> [(reason, page[a:b]) for a, b, reason in inline_debris(page)]  # doctest: +NORMALIZE_WHITESPACE
    [('caption and credit', 'A crew at the rig. Photograph: Lee Celano/Reuters'),
     ('comment thread', 'Report abuse | Reply Good riddance.')]
    """
    spans: list[tuple[int, int, str]] = []
    stamps = _STAMP if "|" in text else _STAMP_WITHOUT_BAR
    stamp = stamps.search(text, 0, HEADER_CHARS + 80) if _may_match(stamps, text) else None
    if stamp and stamp.start() <= HEADER_CHARS:
        # headline, standfirst and caption come before the stamp; the story after it
        spans.append((0, _skip_space(text, stamp.end()), "page header"))
    for match in _scan(_AGENCY_DATELINE, text, 0, HEADER_CHARS + 80):
        spans.append((match.start(), match.end(), "agency dateline"))
        break
    for match in _scan(stamps, text):
        spans.append((match.start(), _skip_space(text, match.end()), "dateline"))
    for match in _scan(_RUNNING_CREDIT, text):
        caption = _sentence_start(text, _sentence_start(text, match.start()) - 1)
        spans.append((caption, match.end(), "caption and credit"))
    for match in _RUN_ON.finditer(text):
        spans.append(
            (_sentence_start(text, match.start()), match.end(), "caption run into the text")
        )
    for match in _scan(_PROMPT, text):
        spans.append((match.start(), match.end(), "share prompt or link"))
    for match in _scan(_TEMPLATE, text):
        spans.append((match.start(), _skip_space(text, match.end()), "widget template"))
    for match in _scan(_BUTTONS, text):
        spans.append((match.start(), _skip_space(text, match.end()), "page buttons"))
    for match in _scan(_SKIP_LINK, text):
        spans.append((match.start(), _skip_space(text, match.end()), "skip link"))
    for match in _scan(_SERVER_ERROR, text):
        spans.append((match.start(), _skip_space(text, match.end()), "web server's error message"))
    for match in _scan(_DATED_CAPTION, text):
        stop = _SENTENCE_STOP.search(text, match.end())
        end = stop.end() if stop else len(text)
        if credit := _CLOSING_CREDIT.match(text, end):
            end = credit.end()
        spans.append((match.start(), end, "dated picture caption"))
    for match in _scan(_BRACKETED_CREDIT, text):
        spans.append((match.start(), _skip_space(text, match.end()), "picture credit"))
    for start, end in _posted_lists(text):
        spans.append((start, end, "list of other sites' headlines"))
    for match in _scan(_PRINT_NOTE, text):
        spans.append((match.start(), _skip_stop(text, match.end()), "print note"))
    comments = _COMMENTS.search(text) if _may_match(_COMMENTS, text) else None
    if comments:
        start = comments.start()
        if comments.group().lower().startswith(("posted by", "this comment")):
            # the first comment comes before its byline; a notice after its time of posting
            start = _sentence_start(text, start)
        spans.append((start, len(text), "comment thread"))
    return _disjoint(spans)


def _posted_lists(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of two or more headlines closed by "- N hrs ago": from the start of
    the sentence holding the first to the end of the sentence holding the last (the last item's
    source name, or a promotion the page glued on).

    >>> page = ("The well held. Times Oil flow jumps - 1 hr ago Herald BP to pay - 3 hrs ago "
    ...         "Post. Crews left.")
    >>> [page[a:b] for a, b in _posted_lists(page)]
    ['Times Oil flow jumps - 1 hr ago Herald BP to pay - 3 hrs ago Post. ']
    """
    closings = list(_scan(_POSTED_AGO, text))
    runs: list[list[re.Match[str]]] = []
    for closing in closings:
        if runs and closing.start() - runs[-1][-1].end() <= POSTED_LIST_GAP:
            runs[-1].append(closing)
        else:
            runs.append([closing])
    for run in runs:
        if len(run) < 2:
            continue
        last = run[-1].end()
        stop = _SENTENCE_STOP.search(text, last, last + POSTED_LIST_GAP)
        end = stop.end() if stop else len(text) if len(text) - last <= POSTED_LIST_GAP else last
        yield _sentence_start(text, run[0].start()), end


def _scan(pattern: re.Pattern[str], text: str, *bounds: int) -> Iterator[re.Match[str]]:
    return pattern.finditer(text, *bounds) if _may_match(pattern, text) else iter(())


def _skip_stop(text: str, end: int) -> int:
    """``end`` past the full stop and the spaces that close a note ("… 30 May 2010. ")."""
    if text[end : end + 1] == ".":
        end += 1
    return _skip_space(text, end)


def _skip_space(text: str, end: int) -> int:
    while end < len(text) and text[end] == " ":
        end += 1
    return end


def _sentence_start(text: str, offset: int) -> int:
    """Where the sentence holding ``offset`` starts (after the last full stop before it)."""
    last = 0
    offset = max(0, offset)
    for match in _SENTENCE_STOP.finditer(text, max(0, offset - 400), offset + 1):
        if match.end() <= offset:
            last = match.end()
    return last if last or offset <= 400 else offset


def _disjoint(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for start, end, reason in sorted(spans, key=lambda s: (s[0], -s[1])):
        if out and start < out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end, out[-1][2])
            continue
        out.append((start, end, reason))
    return out


# A broadcaster's programme listing (a week of radio schedules, crawled with the news because a
# show names the story's people): its items are programmes, not happenings. It is told by two
# kinds of line news does not have, each written at least LISTING_MIN times: a programme's
# time slot ("7.00-10.00 pm", "12.00noon-6.00 pm") and its credits ("Presenter/Colin Murray",
# "Producer: Jo Roe"). Of the 1,884 story articles, the 7 pages with both kinds at all are BBC
# radio listings (6 to 25 slots, 13 to 97 credits); no news article has two of either.
LISTING_MIN = 3
_TIME_SLOT = re.compile(
    r"\b\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?|noon|midnight)?\s*[-–]\s*"
    r"\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?|noon|midnight)?",
    re.IGNORECASE,
)
_PROGRAMME_CREDIT = re.compile(
    r"\b(?:Presenters?|Producers?|Readers?|Editors?|Directors?|Hosts?)\s*(?:\\?/|:)\s*[A-Z]"
)


def listing_reason(text: str) -> str | None:
    """Why ``text`` is a programme listing rather than an article (:data:`LISTING_MIN` time slots
    and as many credits), or None.

    >>> listing_reason("7.00-9.00 pm Jo Roe presents. Presenter/Jo Roe, Producer/Al Poe. "
    ...                "9.00-10.00 pm News. 10.00-11.00 pm Drama. Reader/Ann Lee")
    'a programme listing (3 time slots, 3 credits)'
    >>> listing_reason("Talks ran from 9.00-11.00 am and 2.00-4.00 pm, the editor: Jo Roe said.") is None
    True
    """
    slots = len(_TIME_SLOT.findall(text))
    if slots < LISTING_MIN:
        return None
    credits = len(_PROGRAMME_CREDIT.findall(text))
    if credits < LISTING_MIN:
        return None
    return f"a programme listing ({slots} time slots, {credits} credits)"


def blocks(text: str, *, title: str = "") -> list[Block]:
    r"""Cut ``text`` into blocks and judge each one. Hard-wrapped lines (a long line that stops
    mid-sentence) are joined first, so a wrapped paragraph is one block, not a run of "headings";
    a block's text has its line breaks as spaces (same length, offsets unchanged).

    >>> [b.text for b in blocks("The end.Homepage World News")]
    ['The end.', 'Homepage World News']
    >>> [b.reason for b in blocks("The ministers met for a second round of talks in the\n"
    ...                           "capital on Thursday.")]
    [None]
    """
    listing = listing_reason(text)
    if listing is not None:  # the whole page: none of its lines is news
        return [Block(0, len(text), text.replace("\n", " "), listing)]
    out: list[Block] = []
    seen: set[str] = set()
    for line_start, line_end in _lines(text):
        line = text[line_start:line_end].replace("\n", " ")
        for start, end in _split_glued(line, line_start):
            raw = line[start - line_start : end - line_start]
            stripped = raw.strip()
            if not stripped:
                continue
            lead = len(raw) - len(raw.lstrip())
            start += lead
            end = start + len(stripped)
            reason = debris_reason(stripped, seen=frozenset(seen), title=title)
            seen.add(stripped.casefold())
            if reason is None:
                out.extend(_without_furniture(Block(start, end, stripped)))
            else:
                out.append(Block(start, end, stripped, reason))
    return out


@dataclass(frozen=True)
class Prose:
    """A page read once for everything that reads its news: its judged ``blocks`` and the
    ``sentences`` of those that are not debris (offsets in the page), without the lines that
    state the page's own date. The event layer's mentions and the article's lead both read it,
    so the page is judged once."""

    blocks: list[Block]
    sentences: list[Sentence]


def read_prose(text: str, *, title: str = "") -> Prose:
    r"""The :class:`Prose` of ``text``.

    >>> [s.text for s in read_prose("Share this\nPublished on May 9, 2025.\nXi arrived.").sentences]
    ['Xi arrived.']
    """
    judged = blocks(text, title=title)
    sentences = [
        sentence
        for block in judged
        if not block.is_debris
        for sentence in split_sentences(block.text, offset=block.start)
        if not publication_line(sentence.text)  # "Published on June 10, 2025." glued to the story
    ]
    return Prose(judged, sentences)


def _without_furniture(block: Block) -> list[Block]:
    """``block`` cut around its inline furniture; a remnant too short to be a sentence is judged
    again (a headline left before a stamp)."""
    found = inline_debris(block.text)
    if not found:
        return [block]
    out: list[Block] = []
    position = 0
    for start, end, reason in [*found, (len(block.text), len(block.text), "")]:
        piece = block.text[position:start]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            text = piece.strip()
            at = block.start + position + lead
            out.append(Block(at, at + len(text), text, debris_reason(text)))
        if end > start:
            out.append(Block(block.start + start, block.start + end, block.text[start:end], reason))
        position = end
    return out


# A line broken mid-sentence: long, no closing punctuation, and the next line goes on (it opens in
# lower case, or this one ends on a word that cannot end a sentence).
WRAP_MIN_CHARS = 50
_OPEN_END = re.compile(
    r"(?:,|\b(?:a|an|the|of|to|in|on|at|for|and|or|but|with|by|from|that|which|who|his|her|its|"
    r"their|as|is|are|was|were|has|have|had|will|would))$",
    re.IGNORECASE,
)


def _wrapped_paragraphs(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Ends of lines inside hard-wrapped paragraphs: lines between blank lines that all but the
    last fill most of the width (as ``fmt`` or an e-mail client leaves them)."""
    ends: set[int] = set()
    paragraph: list[tuple[int, int]] = []
    for span in [*spans, (len(text) + 2, len(text) + 2)]:
        if paragraph and text[paragraph[-1][1] : span[0]] != "\n":  # a blank line (or the end)
            widths = [b - a for a, b in paragraph]
            width = max(widths)
            if (
                len(paragraph) >= 2
                and width >= WRAP_MIN_CHARS
                and all(w >= 0.7 * width for w in widths[:-1])
                and not all(_SENTENCE_END.search(text[a:b]) for a, b in paragraph[:-1])
            ):
                ends.update(b for _, b in paragraph[:-1])
            paragraph = []
        paragraph.append(span)
    return ends


def _lines(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    wrapped_paragraphs = _wrapped_paragraphs(text, spans)
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and joined[-1][1] in wrapped_paragraphs and text[joined[-1][1] : start] == "\n":
            joined[-1] = (joined[-1][0], end)
            continue
        if joined:
            p_start, p_end = joined[-1]
            previous = text[p_start:p_end].rstrip()
            between = text[p_end:start]
            nxt = text[start:end].lstrip()
            wrapped = (
                between == "\n"
                and len(text[p_start:p_end].split("\n")[-1]) >= WRAP_MIN_CHARS
                and not _SENTENCE_END.search(previous)
                and (nxt[:1].islower() or bool(_OPEN_END.search(previous)))
            )
            if wrapped:
                joined[-1] = (p_start, end)
                continue
        joined.append((start, end))
    return joined


def _split_glued(line: str, offset: int) -> list[tuple[int, int]]:
    cuts = [m.end() for m in _GLUED.finditer(line)]
    bounds = [0, *cuts, len(line)]
    return [(offset + a, offset + b) for a, b in itertools.pairwise(bounds) if b > a]
