"""An article's lead: its first sentences that are not page furniture, cleaned.

What a summary of the article's day may take (:mod:`dashboard.events.importance`). It is worked
out once per article by the extraction, on the workers, and kept beside the article's cached
mentions: so this module is part of the extraction's code (its fingerprint), and the scoring's
code can change without the archive being extracted again.
"""

from __future__ import annotations

import functools
import re

from dashboard.events.words import CALENDAR_WORDS, content_words
from dashboard.ingest.debris import Prose, inline_debris, read_prose
from dashboard.ingest.pubdate import publication_line
from dashboard.model import Document

LEAD_SENTENCES = 3  # the sentences of a report's lead a summary may take
_MIN_SENTENCE_WORDS = 5  # "Reporting by Jane Doe." says nothing of what happened


def lead_sentences(
    document: Document, count: int = LEAD_SENTENCES, *, prose: Prose | None = None
) -> list[str]:
    """The first ``count`` sentences of ``document``'s text that are not page furniture
    (``prose``: the document's :func:`~dashboard.ingest.debris.read_prose`, when the caller has
    read it: the extraction reads a page once for its mentions and its lead).

    >>> from dashboard.model import Document
    >>> lead_sentences(Document("d", "Wire", "", "Share this\\nThe rig sank on Thursday. It burned.", None))
    ['The rig sank on Thursday.']
    """
    if prose is None:
        prose = read_prose(document.text, title=document.title)
    out: list[str] = []
    for sentence in prose.sentences:
        text = clean_sentence(sentence.text)
        if publication_line(text) or len(text.split()) < _MIN_SENTENCE_WORDS:
            continue
        out.append(text)
        if len(out) >= count:
            break
    return out


# Furniture that opens a sentence of crawled text and says nothing of what happened: (name,
# pattern at the start, an example). Taken off a summary's sentences, so its 300 characters say
# more; the ingest layer's rules (:func:`dashboard.ingest.debris.inline_debris`) come first.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
LEADING_FURNITURE: tuple[tuple[str, str, str], ...] = (
    (
        "live-blog time stamp",
        r"\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?\s*:",
        "2.05 pm: Svanberg explains",
    ),
    (
        "page stamp",
        r"(?:\d{1,2}\s+"
        + _MONTH
        + r"\s+\d{4}\s+)?Last updated at \d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,4}\b)?",
        "6 May 2011 Last updated at 12:45 GMT The vote",
    ),
    (
        "picture credit",
        r"(?:[A-Z][\w'-]*)?\\?/\s?[A-Z][\w-]*(?:\s+Images|\s+Features)?(?=\s+[A-Z\"“])",
        "Smith/EPA The ship",
    ),
    (
        "dated caption",
        r"(?:(?:AP|AFP|Reuters|Getty Images)\s+)?" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?\s*[:–—-]",
        "AP May 3: A boat",
    ),
    (
        "reader's comment stamp",
        r"At\s+\d{1,2}[:.]\d{2}(?:\s+\d{1,2}(?:st|nd|rd|th)?\s+"
        + _MONTH
        + r"\s+\d{4})?,?\s+[\w.-]+\s+wrote\s*:?",
        "At 17:38 29th Jun 2010, jane_r wrote: I hope",
    ),
    (
        "heading in capitals",
        r"(?:[A-Z0-9][A-Z0-9'’&.,-]*:?\s+){2,}[A-Z0-9][A-Z0-9'’&.,-]*:?(?=\s+[A-Z][a-z])",
        "NEW CAP ON THE WELL When engineers",
    ),
)
_LEADING = re.compile(r"(?:" + "|".join(f"(?:{p})" for _, p, _ in LEADING_FURNITURE) + r")\s+")


@functools.lru_cache(maxsize=1 << 16)
def clean_sentence(sentence: str) -> str:
    """``sentence`` without the furniture at its start (datelines, stamps, picture credits,
    headings in capitals: :data:`LEADING_FURNITURE`), spaces folded.

    >>> clean_sentence("LONDON | Mon May 10, 2010 7:51 am EDT LONDON (Reuters) - BP said it paid.")
    'BP said it paid.'
    >>> clean_sentence("2.05 pm: NEW PLAN FOR THE DAM Jones/AFP The dam was shut.")
    'The dam was shut.'
    """
    text = " ".join(sentence.split())
    position = 0
    for start, end, _ in inline_debris(text):  # the furniture rules of the ingest layer
        if start > position or end >= len(text):
            break  # furniture that is the whole sentence (a caption) leaves it as it is
        position = end
    while match := _LEADING.match(text, position):
        position = match.end()
    return text[position:].strip() or text


# An article's opening: its first sentence, at most OPENING_CHARS characters (crawled text often
# runs its first lines together with no full stop). What the article is about: a story's topic is
# the words many of its articles open with (importance.story_topic).
OPENING_CHARS = 400
_OPENING_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])")


def opening_words(text: str) -> frozenset[str]:
    """The content words of the opening of an article's ``text`` (its first sentence, without
    its furniture: dateline, stamp, credit), not the calendar's.

    >>> sorted(opening_words("Steve chats to national treasure Trevor McDonald. Later: Jackson."))
    ['chat', 'mcdonald', 'national', 'steve', 'treasure', 'trevor']
    """
    head = clean_sentence(text[:OPENING_CHARS])
    end = _OPENING_END.search(head, 40)  # not at "Dr." or "U.S." in a first line
    return content_words(head[: end.end()] if end else head) - CALENDAR_WORDS
