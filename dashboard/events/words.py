"""Content words: what two sentences must share to read as the same happening.

Names, verbs and places carry the meaning; function words, reporting verbs ("said") and numbers do
not. Words are folded to a light stem and to a concept where news uses several words for one thing
("blast", "bombing", "explosion"), so "bombs exploded" and "the bombings" meet.

>>> sorted(content_words("The bombs exploded outside the U.S. embassies in Kenya, officials said."))
['bomb', 'embassy', 'kenya', 'official', 'outside', 'u.s']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

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

# The calendar's and the clock's own words: in a stamp ("Thu May 27, 2010 6:41 pm EDT") they say
# when, not what, and two stamps sharing them are not one happening.
CALENDAR_WORDS = frozenset(
    """mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday
    sunday jan feb mar apr jun jul aug sep sept oct nov dec january february march april june july
    august september october november december am pm gmt bst utc edt est cdt cst pdt pst cet cest
    et""".split()  # noqa: SIM905
)

# One concept, several words: the first word of each row stands for the others.
CONCEPTS = (
    ("bomb", "bombs bombing bombings bomber bombers blast blasts explosion explosions explode "
     "exploded explodes attack attacks attacked"),
    ("visit", "visits visited visiting trip trips travel travels traveled travelled tour tours "
     "arrive arrives arrived arriving arrival left leave leaves leaving depart departs departed "
     "departure"),
    ("talk", "talks meet meets meeting meetings met summit discuss discussion discussions"),
    ("kill", "kills killed killing killings dead death deaths die died dies toll"),
    ("injure", "injured injuring injuries wounded wounding hurt"),
    ("arrest", "arrests arrested detain detained detention custody"),
    ("parade", "parades"),
    ("sign", "signs signed signing inked"),
    ("approve", "approves approved approving approval adopt adopts adopted endorse endorses endorsed "
     "passed"),
    ("agreement", "agreements deal deals accord accords treaty pact"),
    ("china", "chinese beijing"),
    ("russia", "russian russians moscow kremlin"),
    ("usa", "american americans america washington"),
    ("embassy", "embassies"),
)  # fmt: skip
_CONCEPT = {w: row[0] for row in CONCEPTS for w in (row[0], *row[1].split())}

# Idioms that say in several words what one word says: read as that word before anything else.
IDIOMS = (
    ("signed", r"\bput\s+(?:their|his|her|its|our)\s+(?:names?|signatures?)(?:\s+to)?\b"),
    ("met", r"\bsat\s+down\s+(?:together\s+)?with\b"),
)
_IDIOMS = tuple((word, re.compile(pattern, re.IGNORECASE)) for word, pattern in IDIOMS)


def plain(text: str) -> str:
    """``text`` with its idioms said in one word.

    >>> plain("The governments put their names to the cable deal")
    'The governments signed the cable deal'
    """
    for word, pattern in _IDIOMS:
        if pattern.search(text):
            text = pattern.sub(word, text)
    return text


_TOKEN = re.compile(r"[A-Za-z][A-Za-z.'’-]*[A-Za-z]|[A-Za-z]")


def content_words(text: str) -> frozenset[str]:
    """The content words of ``text``, folded (see the module docstring)."""
    return frozenset(
        word for raw in _TOKEN.findall(plain(text)) if (word := _content_word(raw)) is not None
    )


@functools.lru_cache(maxsize=1 << 17)
def _content_word(raw: str) -> str | None:
    """A token as a content word, folded; None for a stopword or a letter. Cached: a story
    repeats its few thousand words in every sentence, and the merge and the scoring read each
    sentence's words many times."""
    word = raw.lower().replace("’", "'").removesuffix("'s").strip(".'-")
    if len(word) < 2 or word in STOPWORDS:
        return None
    return fold(word)


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


@functools.lru_cache(maxsize=1 << 17)
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


# Event words: what a mention says happened (its verbs and eventive nouns), as opposed to who and
# where. Two mentions whose dates disagree are the same happening only if they share one of these:
# "the latest figures as of Monday for the dead in the bombings" counts something else than
# "bombs exploded Friday", though both name the bombings and the embassies.
_EVENT_NOUNS = """bomb bombs bombing bombings blast blasts explosion explosions attack attacks visit visits
    trip trips tour talks talk meeting meetings summit parade parades ceremony funeral election
    elections vote strike strikes raid raids war battle crash fire flood earthquake storm coup
    protest protests rally riot riots trial hearing verdict sentence arrest arrests killing
    killings massacre assault invasion ban launch opening deal treaty accord agreement pact
    merger acquisition sale offer bid takeover visit"""
EVENT_NOUNS = frozenset(_EVENT_NOUNS.split())
# The same, folded as the event words are ("killings" -> kill, "explosion" -> bomb): what a
# label's head is compared with when it must be a happening's noun.
EVENT_CONCEPTS = frozenset(fold(w) for w in EVENT_NOUNS)
_IRREGULAR_PAST = """took met held left won lost began fell rose came went made gave found put set paid sold
    bought led ran struck hit shot fought fled broke spoke sent brought built quit cut
    became"""
IRREGULAR_PAST = frozenset(_IRREGULAR_PAST.split())
# Words that look like verbs or events but say where, when or how much, not what happened.
_NOT_EVENT = """following including according during regarding concerning morning evening building
    something nothing anything everything thing king spring ring wing ceiling meaning
    dead death deaths toll injured wounded need red bed speed united based"""
NOT_EVENT = frozenset(_NOT_EVENT.split())
# A death is a happening ("Jackson died", "his death on 25 June"), but "the dead", "deaths", "the
# death toll" and "45,000 people have died" count the dead (:data:`NOT_EVENT`): only one person
# dying, as a verb or as someone's death, is an event word.
_DYING = frozenset({"died", "dies"})
_POSSESSIVE = frozenset({"his", "her", "whose"})
# Between a subject and "died": "Jackson has died", "who later died", "reportedly died"
_BEFORE_DYING = frozenset({"has", "had", "have", "who", "later", "also", "then", "reportedly"})
# Subjects that are many: "they died", "people have died", "eleven workers died"
_MANY = frozenset(
    """they we people have were many dozens hundreds thousands some several others two three
    four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand
    million all both""".split()  # noqa: SIM905
)


def _one_died(tokens: Sequence[str], index: int) -> bool:
    """Whether ``tokens[index]``, "died" or "dies", tells of one person's death: its subject (the
    word before it, past "has", "who", "later") is no plural and no count."""
    if tokens[index].lower() == "dies":
        return True
    for before in reversed(tokens[:index]):
        low = before.lower()
        if low in _MANY:
            return False
        if low in _BEFORE_DYING or low.endswith("ly"):
            continue
        return before[:1].isupper() or not low.endswith("s") or low.endswith(("ss", "'s", "’s"))
    return True  # "Died in 2009": a fact box's field, of the one the page is about


_EVENT_SUFFIX = re.compile(r"(?:ed|ing|tion|tions|sion|sions|ment|ments)$")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})
# Nouns in -ment that name a body, not a happening.
_BODY = frozenset({"government", "governments", "department", "departments", "parliament"})


def event_words(label: str) -> tuple[str, ...]:
    """The folded event words of ``label``, in order: verbs (by form) and eventive nouns, written
    in lower case (names are who, not what). The first is the label's head.

    >>> event_words("Suspected bombs exploded outside the U.S. embassies")
    ('bomb',)
    >>> event_words("The following are the latest figures for the dead and injured")
    ()
    >>> event_words("The talks took place")
    ('talk', 'took')
    >>> event_words("Michael Jackson's sudden death"), event_words("Haiti's death toll rose")
    (('kill',), ('rose',))
    >>> event_words("The singer has died"), event_words("About 45,000 people have died")
    (('kill',), ())
    """
    return tuple(dict.fromkeys(folded for folded, _ in _event_tokens(label)))


def head_is_a_past_verb(label: str) -> bool:
    """Whether the label's head (its first event word) is written as a verb of the past
    ("exploded", "died", "sank"): the event words after it then say how or with what the
    head's happening happened ("died after suffering a cardiac arrest", "exploded, killing 11
    workers"); after a noun head they may say that something else happened ("the fire closed a
    school").

    >>> head_is_a_past_verb("Jackson died after suffering a cardiac arrest")
    True
    >>> head_is_a_past_verb("The fire closed a school"), head_is_a_past_verb("Talks")
    (False, False)
    """
    for _, low in _event_tokens(label):
        return low in _DYING or low in IRREGULAR_PAST or low.endswith("ed")
    return False


def _event_tokens(label: str) -> Iterator[tuple[str, str]]:
    """(folded, as written in lower case) of each event word of ``label``, in order."""
    tokens = _TOKEN.findall(plain(label))
    for index, raw in enumerate(tokens):
        word = raw.replace("’", "'").removesuffix("'s").strip(".'-")
        low = word.lower()
        if index > 0 and word[:1].isupper():
            continue
        before = tokens[index - 1].lower() if index else ""
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        if (
            low.endswith(("ed", "ing"))
            and (index == 0 or before in _DETERMINERS)
            and after[:1].islower()
            and after.lower() not in STOPWORDS
        ):
            continue  # "Suspected bombs", "the planned visit": an adjective before its noun
        if (
            low == "death"
            and after.lower() != "toll"
            and any(
                w in _POSSESSIVE or w.endswith(("'s", "’s"))
                for w in (t.lower() for t in tokens[max(index - 2, 0) : index])
            )
        ):
            yield fold(low), low  # "his death", "Jackson's sudden death"; not "Haiti's death toll"
            continue
        if low in STOPWORDS or low in NOT_EVENT or low in _BODY or len(low) < 3:
            continue
        if (
            low in EVENT_NOUNS
            or (low in _DYING and _one_died(tokens, index))
            or low in IRREGULAR_PAST
            or (len(low) > 4 and _EVENT_SUFFIX.search(low))
        ):
            yield fold(low), low


# An amount a sentence states: money ("$3.5 billion", "£40m", "€2bn") or a share ("11 percent"),
# and a count of something ("10,500 barrels", "1.5 million people"; the thing in lower case, so
# not "20 April"; not a time's length, "three years", nor a year, "the 2010 season").
_AMOUNT = re.compile(
    r"(?P<currency>[$£€¥])\s?(?P<number>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<scale>trillion|billion|million"
    r"|tn|bn|m)\b)?|(?P<share>\d[\d,]*(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)",
    re.IGNORECASE,
)
_COUNT = re.compile(
    r"(?<![\w$£€¥.,-])(?P<count>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s(?P<scale>million|billion))?"
    r"\s(?P<thing>[a-z]{3,})\b"
)
_NOT_COUNTED = frozenset(
    """percent per cent and or to of the a an in on at by for from with than year years month
    months week weeks day days hour hours minute minutes second seconds decade decades century
    centuries gmt bst edt est cdt pdt local time""".split()  # noqa: SIM905
)
_SCALES = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "m": 1e6}


@functools.lru_cache(maxsize=1 << 12)  # a sentence is weighed against each of its conflicts
def stated_amounts(text: str) -> frozenset[tuple[str, float]]:
    """The sums of money, the shares and the counts ``text`` states, each as (its kind: the
    currency, "%" or the thing counted; its value): two reports that state amounts of one kind
    and share none tell of two happenings ("BP raised $3.5 billion", "BP raised its estimated
    costs by $7.7 billion"; "BP collected 10,500 barrels", "BP had collected 127,000 barrels"),
    not of one they date otherwise.

    >>> sorted(stated_amounts("BP raised its costs by $7.7bn to $40 billion, up 11 per cent"))
    [('$', 7700000000.0), ('$', 40000000000.0), ('%', 11.0)]
    >>> stated_amounts("£40m") == stated_amounts("£40 million"), stated_amounts("The rig sank")
    (True, frozenset())
    >>> sorted(stated_amounts("It collected 10,500 barrels and 1.5 million people fled in 2010 "
    ...                       "over three days on 20 April"))
    [('barrel', 10500.0), ('people', 1500000.0)]
    """
    found = set()
    for match in _AMOUNT.finditer(text):
        if match.group("share") is not None:
            found.add(("%", float(match.group("share").replace(",", ""))))
            continue
        scale = _SCALES.get((match.group("scale") or "").lower(), 1.0)
        value = float(match.group("number").replace(",", "")) * scale
        found.add((match.group("currency"), round(value, 2)))
    for match in _COUNT.finditer(text):
        thing = match.group("thing")
        if thing in _NOT_COUNTED:
            continue
        count = float(match.group("count").replace(",", ""))
        if 1800 <= count <= 2099 and "," not in match.group("count"):
            continue  # a year: "the 2010 season"
        count *= _SCALES.get(match.group("scale") or "", 1.0)
        found.add((fold(thing), round(count, 2)))
    return frozenset(found)
