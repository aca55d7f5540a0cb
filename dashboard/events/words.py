"""Content words: what two sentences must share to read as the same happening.

Names, verbs and places carry the meaning; function words, reporting verbs ("said") and numbers do
not. Words are folded to a light stem and to a concept where news uses several words for one thing
("blast", "bombing", "explosion"), so "bombs exploded" and "the bombings" meet.

>>> sorted(content_words("The bombs exploded outside the U.S. embassies in Kenya, officials said."))
['bomb', 'embassy', 'kenya', 'official', 'outside', 'u.s']
"""

from __future__ import annotations

import re

_STOPWORDS = """a an the and or but nor so yet of in on at to for from by with without into onto upon over
    under about above below between among through during before after since until till than then
    as per via against toward towards within across off out up down around near
    is are was were be been being am has have had having do does did doing will would shall should
    may might must can could not no never also already still just once only even ever again more
    most less least very much many some any all both each either neither every other another such
    own same this that these those there here where when while which who whom whose what why how
    it its it's he him his she her hers they them their theirs we us our ours you your yours i me my
    mine one ones said say says saying told tell tells according reported reports reportedly added
    noted stated announced indicated expected scheduled set due likely plans planned planning
    going if whether because although though however meanwhile nevertheless notably instead
    mr mrs ms dr new now today yesterday tomorrow week weeks month months year years day days
    time times first last next later earlier ago recently soon"""
STOPWORDS = frozenset(_STOPWORDS.split())

# One concept, several words: the first word of each row stands for the others.
CONCEPTS = (
    ("bomb", "bombs bombing bombings bomber bombers blast blasts explosion explosions explode "
     "exploded explodes attack attacks attacked"),
    ("visit", "visits visited visiting trip trips travel travels traveled travelled tour tours"),
    ("talk", "talks meet meets meeting meetings met summit discuss discussion discussions"),
    ("kill", "kills killed killing killings dead death deaths die died dies toll"),
    ("injure", "injured injuring injuries wounded wounding hurt"),
    ("arrest", "arrests arrested detain detained detention custody"),
    ("parade", "parades"),
    ("sign", "signs signed signing"),
    ("agreement", "agreements deal deals accord accords treaty pact"),
    ("china", "chinese beijing"),
    ("russia", "russian russians moscow kremlin"),
    ("usa", "american americans america washington"),
    ("embassy", "embassies"),
)  # fmt: skip
_CONCEPT = {w: row[0] for row in CONCEPTS for w in (row[0], *row[1].split())}

_TOKEN = re.compile(r"[A-Za-z][A-Za-z.'’-]*[A-Za-z]|[A-Za-z]")


def content_words(text: str) -> frozenset[str]:
    """The content words of ``text``, folded (see the module docstring)."""
    out = set()
    for raw in _TOKEN.findall(text):
        word = raw.lower().replace("’", "'").removesuffix("'s").strip(".'-")
        if len(word) < 2 or word in STOPWORDS:
            continue
        out.add(fold(word))
    return frozenset(out)


def name_words(text: str) -> frozenset[str]:
    """The folded content words of ``text`` that were written capitalised (names, places).

    >>> sorted(name_words("The Security Council condemned the bombing in Kenya."))
    ['council', 'kenya', 'security']
    """
    out = set()
    for raw in _TOKEN.findall(text):
        word = raw.replace("’", "'").removesuffix("'s").strip(".'-")
        if word[:1].isupper() and word.lower() not in STOPWORDS and len(word) > 1:
            out.add(fold(word))
    return frozenset(out)


def actor_words(label: str) -> frozenset[str]:
    """The names a label opens with, when there are at least two ("The Security Council condemned"
    -> council, security). A lone capitalised first word may be any word, so it does not count.

    >>> sorted(actor_words("Bill Clinton condemned the bombing")), actor_words("Suspected bombs")
    (['bill', 'clinton'], frozenset())
    """
    run = []
    for raw in _TOKEN.findall(label.replace(":", " : ")):
        word = raw.replace("’", "'").removesuffix("'s").strip(".'-")
        if not run and word.lower() in ("the", "a", "an"):
            continue
        if not word[:1].isupper():
            break
        run.append(fold(word))
    return frozenset(run) if len(run) >= 2 else frozenset()


def fold(word: str) -> str:
    """A light stem, then the concept it belongs to.

    >>> fold("embassies"), fold("Kenyan"), fold("talks"), fold("parades")
    ('embassy', 'kenya', 'talk', 'parade')
    """
    word = word.lower()
    if word in _CONCEPT:
        return _CONCEPT[word]
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ian"):
        word = word[:-1]  # demonym to place: Tanzanian -> tanzania, Russian -> russia
    elif len(word) > 5 and word.endswith("yan"):
        word = word[:-1]  # Kenyan -> kenya
    return _CONCEPT.get(word, word)
