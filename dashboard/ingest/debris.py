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

import itertools
import re
from dataclasses import dataclass

from dashboard.ingest.pubdate import publication_line

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
_CAPTION_CREDIT = re.compile(
    r"(?:\(\s*|\b)(?:photo|image|picture|credit|photograph)s?\s*(?:by|:|/|©)\s*[^.()]{1,60}\)?\s*$"
    r"|\b(?:REUTERS|AFP|AP|EPA|GETTY|XINHUA|TASS|SPUTNIK)\s*/\s*[A-Z][\w .'-]{1,50}$",
    re.IGNORECASE,
)

# A block that ends like a sentence. Closing quotes and brackets may follow the mark; a colon ends a
# lead-in sentence ("His visit sends a clear signal:").
_SENTENCE_END = re.compile(r"[.!?:…][\"'”’)\]]*\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A full stop glued to a capital letter ("axis.Homepage World") is where a pasted page joined two
# blocks; so is a run of spaces.
_GLUED = re.compile(r"(?<=[a-z][.!?])(?=[A-Z][a-z])")

MAX_HEADING_WORDS = 20  # a longer block with no full stop is a paragraph that lost its punctuation


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
    if _CAPTION_CREDIT.search(block):
        return "image caption with its credit"
    if title and low.rstrip(" .…") == title.casefold().rstrip(" .…"):
        return "headline repeated"
    if low in seen:
        return "repeated block (teaser or standfirst)"
    words = _WORD.findall(block)
    if not words:
        return "no words"
    if not _SENTENCE_END.search(block) and len(words) <= MAX_HEADING_WORDS:
        return "heading, caption or label (no sentence punctuation)"
    return None


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
            out.append(Block(start, end, stripped, reason))
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
    cuts = [m.start() for m in _GLUED.finditer(line)]
    bounds = [0, *cuts, len(line)]
    return [(offset + a, offset + b) for a, b in itertools.pairwise(bounds) if b > a]
