"""Patterns scanned behind a look-ahead for their first characters (``dashboard.regex``) find
what the plain patterns find."""

from __future__ import annotations

import re
from pathlib import Path

import dashboard.events.labels
import dashboard.ingest.debris  # noqa: F401  (their guarded patterns are registered on import)
from dashboard.regex import GUARDED

# Page furniture of each kind the guarded patterns look for, in the shapes their comments name,
# with variations of case and script a guard must not lose.
FURNITURE_EXAMPLES = [
    "HOUSTON | Thu Apr 22, 2010 7:30 pm EDT HOUSTON (Reuters) - The rig sank.",
    "Clare Spencer | 09:51 UK time, Friday, 28 May 2010",
    "Wednesday 5 May 2010 21.48 BST. Friday, July 23, 2010; 11:01 PM",
    "8 November 2011 Last updated at 14:07 GMT Help. Last updated: 19 January, 2010 - 14:10 GMT",
    "Page last updated at 09:18 GMT, Tuesday, 8 September 2009 10:18 UK",
    "Last updated on May 5, 2010 at 2:10 PM. Wednesday ٥ May 2010 ٢١.٤٨ BST",
    "BIRMINGHAM, Alabama (Reuters) - Oil reached the coast.",
    "The crew at the rig. Photograph: Lee Celano/Reuters Oil leaked. Pictures: Jo Roe",
    "Posted by: Jane | 9:00 | Report abuse. posted by jane | 9:00 | reply. | Reply RETWEET",
    "At 10:30 on 5 May 2010, Jane Roe wrote: good. Added: Mon 5 May, 2010, 10:30 BST",
    "Comments are closed. This comment was removed. We welcome comments. Po\u017fted by x | y | Reply",
    "Follow us on Twitter. Share this article http://x.example/a www.example.com bit.ly/abc",
    "Like us on Facebook. Email this story. Print this",
    'More Headlines" "Less Headlines The spill occurred. Show Comments Load More Stories',
    "This article appeared on p21 of the Main section of the Observer on Sunday 30 May 2010.",
    "A version of this article appeared in print on June 3, 2010, on page A1 of the paper.",
    "This article was amended on 16 December 2010. AP July 31: Oil boom is laid out.",
    "(AP Photo/Dave Martin) (Dave Martin - AP) AP2010 In this photo, NO SALES",
]

# Labels cut short, of the shapes the labels' guarded patterns look for (a clause break, a word
# that waits for more at the end).
LABEL_EXAMPLES = [
    "Talks ended on Tuesday. ``The type of deal is new",
    "The desk.A list of names; the talks - which began - went on, and will resume",
    "Officials met, but there was no word, fearing the worst as they did",
    "An Arab force to",
    "The deal went through",
    "The rig blew up",
    "Exports rose by up",
    "The price of",
]


def _texts(seeds_dir: Path) -> list[str]:
    data = Path(__file__).parent / "data"
    pages = [
        p.read_text(encoding="utf-8") for p in [*data.rglob("*.txt"), *seeds_dir.glob("*.txt")]
    ]
    sentences = [s for page in pages for s in re.split(r"(?<=[.!?])\s+", page) if len(s) < 400]
    # every sentence cut after each of its words: the patterns that look at a label's end
    cuts = [s[: m.start()] for s in sentences for m in re.finditer(r"\s", s)]
    return FURNITURE_EXAMPLES + LABEL_EXAMPLES + pages + cuts


def test_a_guarded_pattern_finds_what_the_pattern_alone_finds(seeds_dir):
    """Each guarded pattern finds exactly what its plain self finds, on the test texts and the
    examples, and finds something in the examples (so a wrong guard would show)."""
    texts = _texts(seeds_dir)
    examples = len(FURNITURE_EXAMPLES) + len(LABEL_EXAMPLES)
    assert len(GUARDED) >= 11
    for guarded, plain in GUARDED.items():
        found = [[m.span() for m in guarded.finditer(text)] for text in texts]
        assert found == [[m.span() for m in plain.finditer(text)] for text in texts], plain.pattern
        assert any(found[:examples]), plain.pattern
