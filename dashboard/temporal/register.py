"""The register of a text: written like a post (informal) or like news.

Posts and news anchor differently. A post is written for the days around it and mostly about what
is coming ("bbq at ours sunday from 2"); news tells what happened, and a weekday with no tense cue
is read as the nearest one (in TimeBank, more often the one past). A post's "see u at 7" is the
evening's 7; a timetable's "at 7" may be the morning's. So a few rules ask whether the text is
informal, and only those rules, only where the two genres really differ:

- a bare weekday with no tense cue is the one ahead (unless the post's words point back:
  "still recovering from sat", "throwback to sunday");
- a bare hour of 7 to 11 after a word of an outing ("see u at 7", "game at 8") is the evening's.

A text is informal when it is short (a post, not an article) and shows at least one mark of the
table below. News, even a one-line headline, shows none: it starts with a capital, spells its
apostrophes and does not write "u" or "tmrw". No TimeBank or platinum document is informal (they
are all longer than ``SHORT``), so these rules leave news as it was.

| mark                     | examples                                  | why it is a mark               |
|--------------------------|-------------------------------------------|--------------------------------|
| a word of chat           | u, ur, tmrw, lol, gonna, pls, omg, btw    | no editor lets it through      |
| an apostrophe left out   | dont, cant, im, didnt, thats, theyre      | idem                           |
| doubled ! or ?           | "sat arvo??", "wedding saturday!!"        | idem                           |
| a hashtag or @mention    | #matchday, @tom                           | only posts have them           |
| a lower-case first word  | "bbq at ours sunday from 2"               | a sentence of news starts with |
|                          |                                           | a capital (or a digit)         |
| an emoji                 | "KO 3pm sat 🏟️", "Dentist Tuesday 😬"     | only posts have them           |

A missing full stop alone is no mark: headlines have none ("Talks resume Monday").
"""

from __future__ import annotations

import re

from dashboard.temporal.lexicon import word_set

# A post is rarely longer than this; an article always is (TimeBank's shortest is ~600).
SHORT = 500

CHAT_WORDS = word_set(
    """u ur ya yall y'all pls plz lol lmao omg btw tbh imo idk ngl rn tmrw tmr tmrrw 2moro 2mrw
    tmw 2nite tonite 2day gonna gunna wanna gotta lets cya thx ty bday hbd xx xoxo smh fr af
    tho cuz coz wknd nxt wk hrs mins"""
)
MISSING_APOSTROPHES = word_set(
    """dont cant wont didnt doesnt isnt arent wasnt werent havent hasnt hadnt couldnt shouldnt
    wouldnt im ive youre theyre thats whats theres heres lets"""
)
# a word, but not a letter of an abbreviation: the "u" of "U.S." is no "u"
_WORD = re.compile(r"(?<![\w.])[a-z0-9'’]+(?!\.[a-z])")
_DOUBLED = re.compile(r"[!?]{2}")
_TAG_OR_MENTION = re.compile(r"(?:^|\s)[#@][A-Za-z0-9_]")
# pictographs and dingbats ("🎉", "☀️", "✈️"), not letters of other scripts
_EMOJI = re.compile("[\u2600-\u27bf\U0001f300-\U0001faff]")
_FIRST_LETTER = re.compile(r"[^\W_]")  # a letter or a digit: "2025 was…" is no mark


def informal_marks(text: str) -> list[str]:
    """The marks of the module's table that ``text`` shows (empty for a long text: only a short
    text can be a post).

    >>> informal_marks("see u at 7!!")
    ['a lower-case first word', 'a word of chat', 'doubled ! or ?']
    >>> informal_marks("The talks resume on Monday.")
    []
    """
    if len(text) > SHORT:
        return []
    marks = []
    first = _FIRST_LETTER.search(text)
    if first is not None and first.group().islower():
        marks.append("a lower-case first word")
    words = set(_WORD.findall(text.lower()))
    if words & CHAT_WORDS:
        marks.append("a word of chat")
    if words & MISSING_APOSTROPHES:
        marks.append("an apostrophe left out")
    if _DOUBLED.search(text):
        marks.append("doubled ! or ?")
    if _TAG_OR_MENTION.search(text):
        marks.append("a hashtag or @mention")
    if _EMOJI.search(text):
        marks.append("an emoji")
    return marks


def is_informal(text: str) -> bool:
    """Whether ``text`` is written like a post (see the module's table).

    >>> is_informal("bbq at ours sunday from 2"), is_informal("Talks resume Monday")
    (True, False)
    """
    return bool(informal_marks(text))


# Words with which a post points back at a day it names ("still recovering from sat",
# "throwback to sunday", "pics from friday", "hungover from saturday"): without them, an informal
# text's bare weekday is the one ahead.
POINTS_BACK = re.compile(
    r"\b(?:recovering|recover|hungover|hangover|throwback|tbt|pics|photos|recap|"
    r"aftermath|still\s(?:buzzing|thinking|sore|tired|shaking))\b"
)
