"""A short readable label for an event, in the words of the text.

A label is what a headline writer would make of the clause that holds the time expression: its
subject, verb and object, without the time expression, without the reporting frame ("officials
said", "X is scheduled to"), without asides and titles, at most ``MAX_LABEL`` characters. It is never
the sentence cut off at 60 characters: when the clause is still too long, whole trailing phrases
(participles, relative clauses, then prepositional phrases) are dropped.

Each step is one rule in the table below; the rules are regular expressions over the clause, applied
in order, so a reader can see why a label came out the way it did.

>>> make_label("Xi is scheduled to meet Putin for formal talks on Thursday.", 50, 58)
'Xi to meet Putin for formal talks'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.ingest.sentences import split_sentences
from dashboard.regex import guarded

MAX_LABEL = 60

# Words that open a clause of their own after a comma (or a dash): the time expression's clause is
# cut out of the sentence at these.
_CLAUSE_BREAK = guarded(
    "\\s'\"”’A-Z;:—–,",
    # A sentence end the splitter missed ("… on Tuesday. ``The type …", "desk.A list"): after a
    # lower-case word, not an abbreviation ("Calif.", "Mr.", "U.S."). Every break opens on a
    # space, a quote, a capital or a stop: the look-ahead fails elsewhere at once (the look-behinds
    # were tried at every character).
    r"(?<=[a-z][a-z][.!?])(?<![A-Z][a-z][.!?])(?<![A-Z][a-z]{2}[.!?])(?<![A-Z][a-z]{3}[.!?])"
    r"(?<![A-Z][a-z]{4}[.!?])(?:['\"”’]*\s+(?=(?:``|[\"“‘'])?[A-Z])|(?=[A-Z][a-z]*\s))|"
    r"\s*[;:—–]\s+|\s+-\s+|,\s+(?=(?:and|but|while|whereas|which|who|although|though|because|"
    r"as|when|after|before|since|until|where|so)\b)|\s+(?=(?:and|but)\s+(?:will|would|is|are|was|"
    r"were|has|have|had|then|also|could|may|might|to|[a-z]+ed)\b)|,\s+(?!(?:including|excluding|according|following|regarding|concerning)\b)(?=[a-z]+ing\b)|\s+(?=as\s+\w+\s+"
    r"(?:once\s+)?(?:did|does|do|had|has)\b)"
    # "…, but there was no word …": "but" and a new subject open a clause of their own.
    r"|\s+(?=but\s+(?:there|it|they|he|she|we|the|a|an)\b)",
)
_SUBORDINATE_START = re.compile(
    r"^(?:and|but|while|whereas|although|though|because|as|so|when|after|before|since|until)\s+",
    re.IGNORECASE,
)
_AUX_START = re.compile(
    r"^(?:will|would|is|are|was|were|has|have|had|could|may|might|to|also|then)\b", re.IGNORECASE
)
_SUBJECT = re.compile(
    r"^(?P<subject>.+?)\s+(?=(?:is|are|was|were|has|have|had|will|would|may|might|could|can|"
    r"should|must|did|does|do)\b)"
)
# Past-tense and common verbs: where a subject of a few words ends ("Kellogg had", "he came").
_VERB = (
    r"(?:[a-z]+ed|said|had|has|was|were|came|made|took|went|got|rose|fell|led|left|became|began|"
    r"won|lost|told|saw|gave|found|put|set|paid|sold|bought|met|held|kept|ran|is|are|will|would|"
    r"may|might|could|can|sank|blew|broke|struck|spoke|wrote|drove|flew|fled|fought|brought|sent|"
    r"spent|stood|threw|grew|drew|chose|froze|sought|caught|meant|shook|stole|tore|swore|sang|rang)"
)
_SHORT_SUBJECT = re.compile(
    r"^(?P<subject>(?:[\w.'’&-]+\s+){0,5}?[\w.'’&-]+)\s+(?=" + _VERB + r"\b)"
)
_VERB_START = re.compile(r"^(?:" + _VERB + r"|[a-z]+ing)\b")
_HAVING = re.compile(r"^having\b")
_CONSEQUENCE = re.compile(r"^(?!having\b)[a-z]{3,}ing\b")
_AFTER_COMMA = re.compile(r",\s+[a-z]{3,}ing\s")
_RELATIVE_START = re.compile(r"^(?:which|who)\s+", re.IGNORECASE)
_ANTECEDENT_NAME = re.compile(r"(?:[A-Z][\w.'’&-]*\s+(?:&\s+|amp\s+)?)*[A-Z][\w.'’&-]*\.?$")
# A preposition or determiner that belongs to the time expression ("on Thursday", "in the 1970s").
_TIME_LEAD = re.compile(
    r"(?:\b(?:on|in|at|by|during|from|until|till|since|for|of|before|after|around|about|through|"
    r"over|throughout|within|to|at\s+about|at\s+around|prior\s+to|up\s+to|ahead\s+of|"
    # "discovered just last year", "filed only a year ago": the adverb goes with its date
    r"just|only|nearly|almost|roughly|exactly|"
    r"between|as\s+of|as\s+early\s+as|no\s+later\s+than)\s+)?(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)

# "I want to", "we will not", "it plans to": a headline's "X to …" needs X to be a name; after a
# pronoun it is not English ("It to acquire"), so the verb stays ("It announced plans to acquire").
_NOT_AFTER_PRONOUN = (
    r"(?<!\bI\s)(?<!\bwe\s)(?<!\bWe\s)(?<!\byou\s)(?<!\bYou\s)(?<!\bit\s)(?<!\bIt\s)"
    r"(?<!\bhe\s)(?<!\bHe\s)(?<!\bshe\s)(?<!\bShe\s)(?<!\bthey\s)(?<!\bThey\s)"
)

# Where a rule that drops words may apply: not inside a quotation, whose words are the speaker's
# (an even number of straight quotes after the place, and no curly quote that closes one).
_OUTSIDE_QUOTES = r'(?=(?:[^"]*"[^"]*")*[^"]*$)(?![^“”]*”)'

# (name, pattern, replacement): applied in order to the clause without its time expression.
RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("parenthesis", re.compile(r"\s*\([^()]*\)"), ""),
    ("however", re.compile(r",?\s+however\b,?", re.IGNORECASE), ""),
    ("aside between dashes", re.compile(r"\s+--\s+[^-]{1,120}?\s+--(?=\s)"), ""),
    ("quoted speech frame", re.compile(r"^[`'\"“]+|[`'\"”]+$"), ""),
    ("editorial intro: following are", re.compile(
        r"^(?:the\s+)?following\s+(?:are|is)\s+(?:the\s+)?(?:some\s+of\s+the\s+)?", re.I), ""),
    ("dateline", re.compile(
        r"^[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w. ]*)?\s*(?:\((?:AP|Xinhua|Reuters|AFP)\))?\s*"
        r"(?:_|--|—)\s*"), ""),
    ("opening prepositional phrase", re.compile(
        r"^(?i:in|at|on|by|for|with|after|before|during|under|among|from|since|despite|amid|over|"
        r"within)\s+[^,]{1,60}(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?=,))?,\s+(?=\S)"), ""),
    ("opening adverb", re.compile(
        r"^(?:nevertheless|nonetheless|additionally|ironically|similarly|notably|meanwhile|however|"
        r"also|still|instead|separately|earlier|later|now|then|moreover|furthermore|in\s+addition|for\s+now|for\s+example|for\s+instance|"
        r"in\s+contrast|by\s+contrast|in\s+turn|as\s+a\s+result)\s*,?\s+"
        # a step of a sequence, with its comma ("First Security" is a name)
        r"|^(?:first|second|next|afterwards|subsequently),\s+", re.IGNORECASE), ""),
    ("reporting frame: X said it (the pronoun is X)", re.compile(
        r"^(?P<x>[\w.'’&-]+(?:\s+[\w.'’&-]+){0,3}?)\s+(?:has\s+|had\s+|have\s+)?(?:said|says|reported|announced|"
        r"stated|added|noted|confirmed)\s+(?:that\s+)?"
        # not an "it" that stands for no one: "said it was time for a change"
        r"(?:it(?!\s+(?:is|was|would\s+be|will\s+be)\s+(?:time|a|an|the|not|clear|likely|unlikely|"
        r"possible|important|too|still|vital|essential)\b)|he|she|they)\s+(?=\S+\s+\S+)"),
     r"\g<x> "),
    ("reporting frame: X said that", re.compile(
        # someone says: at least a word before the verb ("Hopes of a quick fix were dashed" is a
        # noun's hopes, not a frame)
        r"^(?:[\w.'’-]+\s+){1,8}?"
        r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\salso\s)(?<!\bare\salso\s)"
        # "reported a 77% drop": verbs that also take a noun as object are a frame only with "that".
        # whom one told may be several words before "that" ("told the party conference that")
        r"(?:(?:said|says|told\s+(?:(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+(?=\s+that\b)|\w+)|stated|added|believes?|hoped|hopes|argued|insisted|suggested|"
        r"thinks?)\s+(?:that\s+)?|(?:indicated|reported|announced|noted|claimed|confirmed|warned|"
        r"signall?ed|anticipates?|expects?|expected|fears?|feared)\s+that\s+"
        # "expects revenue to total $28 million": what is expected is the clause after the verb
        r"|(?:anticipates?|expects?|expected)\s+(?=[^;]{1,50}?\bto\s+[a-z]))"
        r"(?!to\b|plans?\s+to\b)(?=\S+\s+\S+)",
        re.IGNORECASE), ""),
    ("reporting frame: , officials said", re.compile(
        r",\s+(?:an?\s+|the\s+)?[\w .'-]{0,50}?\b(?:said|says|reported|told\s+[\w ]{1,30}|announced|"
        r"according\s+to\s+[\w .'-]+)\s*[.,]?$", re.IGNORECASE), ""),
    ("reporting frame: he added, (left by a cut)", re.compile(
        r"^(?:he|she|they|it|[A-Z][\w.'’-]*)\s+(?:said|says|added|noted),\s+(?=\S)"), ""),
    ("reporting frame: according to X,", re.compile(
        r"^according\s+to\s+[^,]+,\s*", re.IGNORECASE), ""),
    ("opening phrase before a comma", re.compile(
        r"^(?:just\s+)?(?:contrary\s+to|ahead\s+of|in\s+the\s+wake\s+of|despite|amid|following|"
        r"in\s+response\s+to|as\s+part\s+of|in\s+addition\s+to)\b[^,]{0,80},\s*", re.I), ""),
    ("reporting frame: , X said,", re.compile(
        r",\s+(?:(?:[A-Z][\w.'’-]*|he|she|they|officials|analysts)\s+){1,4}(?:said|says|added|noted)"
        r"\s*(?:,|$)"), ","),
    ("statement heading: X ``…", re.compile(
        r"^(?P<x>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:``|“|\")\s*(?=[A-Z])"), r"\g<x>: "),
    ("subordinator", _SUBORDINATE_START, ""),
    ("complementizer left by a split", re.compile(
        r"^that\s+(?=(?:it|he|she|they|we|the|a|an)\b|[A-Z])"), ""),
    ("frame: is scheduled to", re.compile(
        r"(?=\b(?:is|are|was|were)\s)" + _NOT_AFTER_PRONOUN  # the lookahead first: faster
        + r"\b(?:is|are|was|were)\s+(?:also\s+|already\s+|now\s+)?"
        r"(?:scheduled|expected|set|due|slated|planned|poised|going|likely|about)\s+to\b",
        re.IGNORECASE), "to"),
    ("frame: will", re.compile(
        r"(?=\b(?:will|shall)\s)" + _NOT_AFTER_PRONOUN
        + r"\b(?:will|shall)\s+(?:also\s+|then\s+)?(?!be\b|not\b)", re.IGNORECASE),
     "to "),
    ("frame: plans to", re.compile(
        r"(?=\b(?:announced|unveiled|disclosed|plan|hope|intend|want|aim|expect))"
        + _NOT_AFTER_PRONOUN + r"\b(?:(?:announced|unveiled|disclosed)\s+|"
        r"(?<!announced\s)(?<!unveiled\s)(?<!disclosed\s))"
        # "did not intend to speak": the negation needs its verb; "had been expected to
        # surrender" keeps it too ("had been to surrender" says another thing)
        r"(?<!\bnot\s)(?<!n't\s)(?<!\bnever\s)(?<!\bbeen\s)(?:plans?|planned|hopes?|hoped|"
        r"intends?|wants?|aims?|expects?|expected)\s+to\b",
        re.IGNORECASE), "to"),
    ("aside between commas", re.compile(r",\s+(?:his|her|its|their|the|a|an)\s+[^,]{1,40},(?=\s)"), ""),
    ("prepositional aside between commas", re.compile(
        r",\s+(?:(?:through|with|via|despite|including|like|unlike|along\s+with)\s+|"
        # "Obama, on his third trip to the region, warns": a place or time of the subject's
        r"(?:on|in|at|during|after|before)\s+(?:his|her|its|their|the|a|an)\s+)[^,]{1,60},(?=\s)"),
     ""),
    ("role before a name", re.compile(
        r"\b(?:[A-Z][\w’'.-]*\s+)*(?:spokesperson|spokesman|spokeswoman|aide|adviser|advisor|"
        r"analyst|official|envoy|minister)\s+(?=[A-Z])"), ""),
    ("title before a name", re.compile(
        # not inside a hyphenated name ("Port-au-Prince An estimated"), but "then-President"; a
        # body's initials go with the title ("UN Secretary General Ban Ki-moon": not "UN Ban")
        r"\b(?:(?<=then-)|(?<=ex-)|(?<!-))(?:(?:U\.S\.|U\.N\.|[A-Z]{2,5}|[A-Z][a-z]+|former|then-)\s+)*"
        # Not a word that also opens the names of firms, places and ships ("General Motors",
        # "Prince William Sound", "Queen Mary"), nor a court's word before a ministry ("Justice
        # Department"): a title kept reads well ("General Petraeus said"), a name cut does not.
        r"(?:President|Prime\s+Minister|Premier|Chancellor|Secretary\s+of\s+"
        r"State|Secretary[-\s]+General|Secretary|Foreign\s+Minister|Minister|Ambassador|Senator|"
        r"Sen\.|Rep\.|Gov\.|Governor|Gen\.|Crown\s+Prince|aide|spokesman|spokeswoman|"
        r"spokesperson|Surgeon\s+General|Deputy\s+Ambassador|Attorney\s+General|Attorney|"
        r"(?:Judge|Justice|Magistrate)(?!\s+(?:Department|Ministry|Dept)\b))\s+(?=[A-Z])"), ""),
    # Headlines name a company without its legal form: "Consolidated Freightways reported".
    ("company suffix", re.compile(
        r"(?<=[a-z])(?<!\bamp)\s*,?\s+(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC)\.?(?=[\s,;:]|$)"),
     ""),
    ("filler word", re.compile(
        # "each other", "one another" are pronouns: "blamed each other", not "blamed each"
        r"\b(?:(?<!\beach\s)(?<!\bone\s)other|also|already|once|still|just|reportedly|further|massive|significant|"
        r"formally|officially|finally|(?<!break\s)(?<!broke\s)(?<!broken\s)even|now)\s+"
        + _OUTSIDE_QUOTES, re.IGNORECASE),
     ""),
    ("possessive left by the time expression", re.compile(r"^\s*['’]s\s+"), ""),
    # a quote at the end goes when it closes none; it stays when it does ('a "huge disaster"')
    ("unmatched closing quote", re.compile(r'^([^"]*(?:"[^"]*"[^"]*)*)"[\s,;:.]*$'), r"\1"),
    # "… in the Gulf. \\*": a footnote's mark, escaped by the page, is no part of the label
    ("dangling punctuation", re.compile(r"^[\s,;:.'\"“”‘’`_-]+|[\s,;:.'“‘`_*\\-]+$"), ""),
    ("space before punctuation", re.compile(r"\s+(?=[,.;:!?])"), ""),
    ("repeated space", re.compile(r"\s{2,}"), " "),
)  # fmt: skip

# A word inside a trailing prepositional phrase: not another preposition, not a verb. Words are
# whole (\S+ then \s+), so the pattern cannot backtrack through ways of cutting a word.
_PP_WORD = (
    r"(?!(?:in|at|on|to|for|from|with|by|of|off|near|outside|inside|amid|over|under|after|before|"
    r"during|against|into|about|may|might|will|would|has|have|had|is|are|was|were|can|could|"
    r"should|did|does)\b)"
    # a past tense is a verb unless it modifies the noun after it ("alleged terrorist camps")
    r"(?![a-z]+ed\b(?=\s+(?:in|at|on|to|for|from|with|by|of|over|into|along|across|through|"
    r"around|toward|towards|past|the|a|an|his|her|its|their)\b|\s*$))\S+"
)
# A trailing prepositional phrase ("in Red Square", "of the embassy").
_TRAILING_PP = re.compile(
    r"\s+(?:in|at|on|for|from|with|by|near|outside|inside|amid|over|under|after|before|"
    r"during|against|into|of|about|to(?=\s+(?:(?:the|a|an|his|her|its|their)\b|[A-Z0-9])))\s+"
    r"(?:" + _PP_WORD + r"\s+){0,7}" + _PP_WORD + r"\s*$"
)

# A second clause joined by "and" ("… died in the quake and another 1.5 million were made
# homeless"): an auxiliary within a few words says it has a verb of its own (when the words
# before "and" have theirs: "air raids on Kabul and Khartoum are not linked" is one subject).
# Not between two amounts: "between 130,000 and 270,000 barrels were".
_AND_CLAUSE = re.compile(
    r"(?<![\d%])(?<!\dm)(?<!illion),?\s+and\s+(?![\d$£€#])"
    r"(?=(?:\S+\s+){0,4}(?:were|was|are|is|have|has|had)\b).*$"
)
# Trailing phrases dropped, one at a time and last first, while the label is too long.
# After the last comma: cut only if a verb is left before it (else the cut takes the predicate).
_LAST_COMMA = re.compile(r",\s+[^,]*$")
_TRAILING = (
    # An adverb before its verb goes first: "strongly condemned" -> "condemned".
    re.compile(
        r"(?<=\s)(?!(?:only|early|family|supply|rally|likely|daily|weekly|monthly|yearly|quarterly|"
        r"fly|apply|reply|ally|belly|july|italy)\s)[a-z]{2,}ly\s+(?=[a-z]+(?:ed|s)\b)"
        + _OUTSIDE_QUOTES
    ),
    re.compile(
        r"\s+(?:who|which|that)\s+(?:was|were|is|are|had|has|have)\s+[^,]{1,50}?"
        r"(?=\s+(?:had|has|have|was|were|is|are|will|would|did|may|might|could)\b)"
    ),
    re.compile(
        # (not across a clause: "a fatal dose of propofol when he was alone", "a chapter of its
        # report which said the firms had made")
        r"\s+of\s+(?:(?!\b(?:when|while|if|because|after|before|as|he|she|they|it|we|which|who|"
        r"whom|that|said|says)\b)[^,]){1,40}?"
        r"(?=\s+(?:may|might|will|would|has|have|had|is|are|was|were|can|"
        r"could)\b)"
    ),
    # "A list of 31 people issued by the Cuban government included …": a participle phrase on
    # the subject goes before the verb's object does.
    re.compile(
        r"(?=\s+[a-z]+ed\s+by\s)"  # the lookahead first: the lookbehinds run only where it holds
        r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bbeing)(?<!\bhas)"
        r"(?<!\bhave)(?<!\bhad)\s+[a-z]+ed\s+by\s+[^,]{1,40}?(?=\s+(?:" + _VERB + r")\b)"
    ),
    re.compile(r",?\s+(?:which|who|that|where|while)\s+.*$"),
    re.compile(r",\s+\w+ing\s+.*$"),
    re.compile(r",?\s+but\s+.*$"),
    # a second clause joined by "and" ("… died in the quake and another 1.5 million were made
    # homeless"): an auxiliary within a few words says it has a verb of its own
    _AND_CLAUSE,
    # A participle phrase, but not a verb's complement ("stopped paying", "was paying").
    re.compile(
        r"(?=\s+[a-z]{3,}ing\s)"
        r"(?<!ed)(?<!\bkeep)(?<!\bkept)(?<!\bstop)(?<!\bstart)(?<!\bbegan)(?<!\bbegin)(?<!\bwas)"
        r"(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbe)(?<!\bbeen)"
        # nor a preposition's object: "succeeds in inserting a tube", "by cutting the riser"
        r"(?<!\bin)(?<!\bby)(?<!\bof)(?<!\bfor)(?<!\bon)(?<!\bfrom)(?<!\bwithout)(?<!\bafter)"
        r"(?<!\bbefore)(?<!\babout)"
        r"\s+(?!during\b|according\b)[a-z]{3,}ing\s+(?:the|a|an|his|her|its|their)\s+.*$"
    ),
    _LAST_COMMA,
    re.compile(r"\s+as\s+.*$"),
    re.compile(r"\s+because\s+.*$"),
    # A second object ("sales of $40 million and an operating loss of $1.5 million", "sales of
    # $59.5 million and pretax profit of $2.9 million") goes before the first object's phrases do;
    # it opens on an article or follows an amount. A conjunct with a verb is a clause, and one
    # with a name may be a list's last item ("Poland, Hungary and the Czech Republic").
    re.compile(
        r"\s+and\s+(?:(?:an?|the|its|his|her|their)\s+|(?<=\d\sand\s)|(?<=illion\sand\s))(?![A-Z])"
        r"(?:(?!" + _VERB + r"\b)\S+\s+){0,8}(?!" + _VERB + r"\b)\S+\s*$"
    ),
    _TRAILING_PP,
    re.compile(
        r"\s+(?:in|at|near)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s?)+(?=\s+(?:to|for|on|with)\b|$)"
    ),
)
# Where a phrase ends: before punctuation, a preposition, a conjunction, a relative pronoun or a
# participle ("in a town [bordering Northern Ireland]").
_PHRASE_BOUNDARY = re.compile(
    r"\s*(?:[,;:.(]|$)|\s+(?:in|at|on|to|for|from|with|by|of|into|about|over|under|after|before|"
    r"during|since|until|than|and|or|but|as|so|if|whether|who|which|that|when|where|while|"
    r"because|[a-z]+ing|[a-z]+ed)\b"
)
# A name or a compound adjective that waits for its noun: "6-year-old Cuban", "the U.S.".
_MODIFIER_END = re.compile(r"\s(?:[A-Z][\w.'’&]*|[\w]+-[\w-]+)$")
_PREPOSITION = re.compile(
    r"\s(?:of|in|on|at|for|from|with|by|about|into|over|under|along|across|through|to)\s"
)
_VERB_END = re.compile(r"\s(?:[a-z]+ed|" + _VERB + r")$")
_TO_VERB_END = re.compile(r"\s+to\s+[a-z]+$")
# Every branch opens on a space: the look-ahead fails elsewhere at once, where the branches'
# look-behinds were tried at every character (a search of a label took a third of the time).
_FUNCTION_END = guarded(
    r"\s",
    r"\s+(?:a|an|the|of|to|in|on|at|for|and|or|with|by|his|her|its|their|as|from|than|fewer|"
    r"more|less|some|that|who|which|is|are|was|were|be|been|has|have|had|will|would|whether|if|"
    r"about|after|before|since|until|while|because|pending|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|not|aboard|into|onto|upon|against|toward|towards|without|within|"
    r"between|among|when|where|he|she|they|we)$"
    # "through [the night]" waits for more; "news came through", "the deal went through" do not
    r"|(?<!\bcame)(?<!\bwent)(?<!\bgot)(?<!\bpulled)(?<!\bbroke)(?<!\bfell)(?<!\bput)\s+through$"
    # "up [to 60,000 barrels]" waits for more; a verb's particle does not ("the rig blew up")
    r"|(?<!ed)(?<!\bblew)(?<!\bset)(?<!\bbroke)(?<!\bshut)(?<!\bput)(?<!\bsent)(?<!\bbrought)"
    r"(?<!\bgave)(?<!\bheld)(?<!\bwent)(?<!\bcame)(?<!\btook)(?<!\bstep)(?<!\bblow)\s+up$",
    re.IGNORECASE,
)

# "an active one", "the last one": "one" stands for a noun, and ends the phrase.
_PRONOUN_ONE = re.compile(r"\b(?:a|an|the|this|that|another)\s+[a-z]+\s+one$", re.IGNORECASE)


_GERUND_END = re.compile(r"\s+(?:after|before|since|while|without|by|upon|from)\s+[a-z]+ing$")


def _dangles(text: str) -> bool:
    """Whether ``text`` ends on a word that waits for more (:data:`_FUNCTION_END`)."""
    return bool(_FUNCTION_END.search(text)) and not _PRONOUN_ONE.search(text)


# "and" that opens a clause of its own: a subject of a few words, then its verb ("and US
# military divers were to start", "and the leaders will meet")
_AND_CLAUSE_OPENS = re.compile(
    r"\s+and\s+(?=(?:the|a|an|his|her|its|their|he|she|it|they|we|[A-Z][\w.'’-]*)"
    r"(?:\s+(?!and\b|or\b)[\w.'’-]+){0,4}?\s+" + _VERB + r"\b)"
)


_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*$")


def _own_coordinate_clause(
    sentence: str, start: int, end: int, others: Sequence[tuple[int, int]]
) -> tuple[str, int, int, list[tuple[int, int]]]:
    """The clause of a sentence's two, joined by "and" without a comma, that holds the date
    when the other holds another date: "Four vessels had docked by Thursday evening and US
    military divers were to start repair work on Friday" labels Friday with the divers, not
    with "Four vessels had docked and US military divers". (With a comma the clauses were
    already apart.) Returns the sentence (or that clause), the date's offsets in it and the
    other dates' spans that lie in it."""
    lo, hi = 0, len(sentence)
    dates = {a for a, _ in others} | {start}
    date_ends = {b for _, b in others} | {end}
    for joint in _AND_CLAUSE_OPENS.finditer(sentence):
        if joint.end() in dates:
            continue  # "on Thursday and Friday suggesting that …": two dates, one clause
        if (
            sentence[joint.end()].isupper()
            and joint.start() not in date_ends
            and _CAPITAL_BEFORE.search(sentence, 0, joint.start())
        ):
            continue  # "the National Oceanic and Atmospheric Administration released": a name
        side_before = any(a < joint.start() for a, _ in others) if start >= joint.end() else None
        side_after = any(b > joint.end() for _, b in others) if end <= joint.start() else None
        if side_before and _SUBJECT_VERB.search(sentence, lo, joint.start()):
            lo = joint.end()  # the date's clause comes after this "and"
        elif side_after and _SUBJECT_VERB.search(sentence, joint.end(), hi):
            hi = min(hi, joint.start())
    if (lo, hi) == (0, len(sentence)):
        return _own_verb_phrase(sentence, start, end, others)
    kept = [(a - lo, b - lo) for a, b in others if a >= lo and b <= hi]
    return sentence[lo:hi] + ("." if hi < len(sentence) else ""), start - lo, end - lo, kept


# "and" before a verb the subject shares: "He arrived on Monday and left on Friday"
_AUXILIARY = re.compile(r"\s*(is|are|was|were|has|have|had|will|would|may|might|could|can)\b")
_DANGLING_PREPOSITION = re.compile(r"\s+(?:on|in|at|by|from|since|until|during)\s*$")
_AND_VERB = re.compile(r"\s+and\s+(?=(?:then\s+|later\s+)?" + _VERB + r"\b)")


def _own_verb_phrase(
    sentence: str, start: int, end: int, others: Sequence[tuple[int, int]]
) -> tuple[str, int, int, list[tuple[int, int]]]:
    """Of two verbs of one subject joined by "and", each with a date, the date's own: "He
    arrived on Monday and left on Friday" labels Monday "He arrived" and Friday "He left" (the
    subject lent to the second). The "and" is the last one between the two dates: "modified
    and expanded the area on Friday, and extended the ban to May 17" keeps "modified and
    expanded" together."""
    joints = list(_AND_VERB.finditer(sentence))
    later = [a for a, _ in others if a >= end]
    if later:
        between = [j for j in joints if end <= j.start() and j.end() <= min(later)]
        if between:
            cut = between[-1].start()
            kept = [o for o in others if o[1] <= cut]
            return sentence[:cut] + ".", start, end, kept
    earlier = [b for _, b in others if b <= start]
    between = [
        j for j in joints if max(earlier, default=len(sentence)) <= j.start() and j.end() <= start
    ]
    if not earlier or not between:
        return sentence, start, end, list(others)
    joint = between[-1]
    subject = _SHORT_SUBJECT.match(sentence[: joint.start()])
    if subject is None:
        return sentence, start, end, list(others)
    # a date inside the subject ("U.S. authorities on Friday modified …") is none of it
    inside = [a for a, _ in others if a < subject.end("subject")]
    words = sentence[: min(inside, default=subject.end("subject"))]
    lent = _DANGLING_PREPOSITION.sub("", words).strip() + " "
    auxiliary = _AUXILIARY.match(sentence, subject.end())
    if auxiliary and not _AUXILIARY.match(sentence, joint.end()):
        lent += auxiliary.group(1) + " "  # "was dated 11 June and released": "was released"
    shift = joint.end() - len(lent)
    kept = [(a - shift, b - shift) for a, b in others if a >= joint.end()]
    return lent + sentence[joint.end() :], start - shift, end - shift, kept


# A picture's caption: "In this May 22, 2010 photo, nesting pelicans are seen …", "This July 10,
# 2010 file photo shows Spike Lee entering …", "File photo shows members of the crew …". The date
# is the picture's; what it shows is the happening, and the frame is no part of its label.
_PICTURE_WORDS = r"(?:photo|image|picture|photograph|video)s?"
_PICTURE_FRAME = re.compile(
    rf"\s*(?:In\s+(?:this|a|an)\b.{{0,100}}?\b{_PICTURE_WORDS}\b[^,]{{0,100}},\s+"
    rf"|(?:(?:This|A|An)\s+(?:[\w.,'’-]+\s+){{0,5}}?|(?:File|Undated)\s+)?{_PICTURE_WORDS}\s+"
    r"(?:[^,.;:]{1,60}?\s+)?shows?\s+(?!that\b))",
    re.IGNORECASE,
)


def past_picture_frame(
    sentence: str, timex_start: int, timex_end: int, others: Sequence[tuple[int, int]] = ()
) -> tuple[str, int, int, list[tuple[int, int]]] | None:
    """What a picture's caption shows, without the caption's frame, with the spans moved (a date
    inside the frame is the picture's: (-1, -1)); None when ``sentence`` is no such caption.

    >>> past_picture_frame("In this May 22, 2010 photo, pelicans land as oil washes ashore.", 8, 20)
    ('Pelicans land as oil washes ashore.', -1, -1, [])
    >>> past_picture_frame("File photo shows crews cleaning up, Feb. 4, 2009.", 36, 48)[:3]
    ('Crews cleaning up, Feb. 4, 2009.', 19, 31)
    >>> past_picture_frame("Photographers flew over the slick on Monday.", 37, 43) is None
    True
    >>> past_picture_frame("Police said on Monday a video shows the attack.", 14, 20) is None
    True
    """
    frame = _PICTURE_FRAME.match(sentence)
    if not frame or frame.end() >= len(sentence) - 1:
        return None
    cut = frame.end()
    rest = sentence[cut:]
    span = (timex_start - cut, timex_end - cut) if timex_start >= cut else (-1, -1)
    kept = [(a - cut, b - cut) for a, b in others if a >= cut]
    return rest[:1].upper() + rest[1:], *span, kept


# A second, relative time after an opening date, set off by commas: "In 1789, just a few months
# into its existence, the Department … became …", "On Monday, a day after the vote, the minister
# resigned". It says when the date falls in the story, not what happened: the main clause does.
_TIME_ASIDE_AFTER_DATE = re.compile(
    r",\s+(?:(?:just|only|barely|nearly|almost|some|about|less\s+than|more\s+than)\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?:after|before|into|since|later|earlier)"
    r"\b[^,]{0,60}(?=,\s+\S)",
    re.IGNORECASE,
)


def without_time_aside(
    sentence: str, timex_start: int, timex_end: int, others: Sequence[tuple[int, int]] = ()
) -> tuple[str, list[tuple[int, int]]] | None:
    """``sentence`` without the relative time set off after its opening date
    (:data:`_TIME_ASIDE_AFTER_DATE`), with ``others`` (the other dates' spans) moved to match;
    None when it has none. The date must open the sentence (at most a preposition before it).

    >>> without_time_aside("On Monday, a day after the vote, the minister resigned.", 3, 9)
    ('On Monday, the minister resigned.', [])
    >>> without_time_aside("The minister resigned on Monday, a day after the vote.", 25, 31) is None
    True
    """
    if timex_start < 0 or len(sentence[:timex_start].split()) > 1:
        return None
    aside = _TIME_ASIDE_AFTER_DATE.match(sentence, timex_end)
    if aside is None:
        return None
    cut, width = aside.start(), aside.end() - aside.start()
    kept = [
        (a, b) if b <= cut else (a - width, b - width)
        for a, b in others
        if not cut <= a < aside.end()
    ]
    return sentence[:cut] + sentence[aside.end() :], kept


def make_label(
    sentence: str,
    timex_start: int,
    timex_end: int,
    others: Sequence[tuple[int, int]] = (),
    *,
    limit: int = MAX_LABEL,
    whole: bool = False,
) -> str:
    """The label of the happening the time expression at ``sentence[timex_start:timex_end]`` dates.
    ``others`` are the spans of the sentence's other time expressions: a label holds none of them.
    ``limit`` and ``whole`` are :func:`shorten`'s.

    >>> make_label("Suspected bombs exploded outside the U.S. embassies in the Kenyan and "
    ...            "Tanzanian capitals Friday, killing dozens of people, witnesses said.", 94, 100)
    'Suspected bombs exploded outside the U.S. embassies'
    """
    if framed := past_picture_frame(sentence, timex_start, timex_end, others):
        rest, start, end, kept = framed
        return make_label(rest, start, end, kept, limit=limit, whole=whole)
    if aside := without_time_aside(sentence, timex_start, timex_end, others):
        rest, kept = aside
        return make_label(rest, timex_start, timex_end, kept, limit=limit, whole=whole)
    if others:
        sentence, timex_start, timex_end, others = _own_coordinate_clause(
            sentence, timex_start, timex_end, others
        )
        sentence = blank_spans(sentence, others)
    sentence = blank_asides(sentence, timex_start, timex_end)
    quoted = _QUOTE_SAID.match(sentence)
    if quoted:
        # '"We will not go over a certain level," said David N. McCammon … yesterday': the words
        # quoted are the happening (the time dates them or their saying), the speaker says whose.
        shift = quoted.start("quote")
        inside = shift <= timex_start and timex_end <= quoted.end("quote")
        span = (timex_start - shift, timex_end - shift) if inside else (-1, -1)
        content = make_label(quoted.group("quote"), *span, limit=limit, whole=whole)
        who = "speaker" if quoted.group("speaker") else "speaker_first"
        # the date of the saying is no part of the speaker's name ("said Jane Roe on Monday")
        said_by = blank_spans(
            sentence, [] if inside or timex_start < 0 else [(timex_start, timex_end)]
        )[quoted.start(who) : quoted.end(who)]
        speaker = _speaker(said_by.split(",")[0])
        combined = shorten(f"{speaker}: {content}", limit, whole=whole)
        if (
            content
            and speaker[:1].isupper()
            and len(speaker.split()) <= 4
            and _SUBJECT_VERB.search(combined.split(": ", 1)[-1])  # the words keep their verb
        ):
            return combined
        if content:
            return content
    participle = _PARTICIPLE_OPENING.match(sentence)
    if participle and timex_end <= participle.end("part"):
        # "Rescued on Nov. 25 by fishermen, Elian has become …": the opening clause is what the
        # date is about, and its subject is the main clause's: "Elian rescued by fishermen".
        part = make_label(
            sentence[: participle.end("part")],
            timex_start,
            timex_end,
            others,
            limit=limit,
            whole=whole,
        )
        subject = _SHORT_SUBJECT.match(participle.group("rest")) or _SUBJECT.match(
            participle.group("rest")
        )
        if subject and part and len(subject.group("subject").split()) <= 4:
            return shorten(
                f"{subject.group('subject')} {part[:1].lower()}{part[1:]}", limit, whole=whole
            )
    leading = _LEADING_TIME_CLAUSE.match(sentence)
    if (
        leading
        and leading.start("clause") <= timex_start
        and timex_end <= leading.end("clause")
        and _SHORT_SUBJECT.match(sentence[leading.start("clause") : timex_start])
    ):
        # "After the rig sank on April 22, oil spilled into the Gulf": the date is the sinking's,
        # told in the clause that opens the sentence; the main clause is what followed
        shift = leading.start("clause")
        return make_label(
            sentence[shift : leading.end("clause")] + ".",
            timex_start - shift,
            timex_end - shift,
            limit=limit,
            whole=whole,
        )
    opening = _OPENING.match(sentence)
    if opening and opening.end() <= timex_start:
        cut = opening.end()
        return make_label(
            sentence[cut:], timex_start - cut, timex_end - cut, limit=limit, whole=whole
        )
    trailing = _TRAILING_FRAME.search(sentence)
    if trailing and trailing.start() <= timex_start and trailing.start() > 12:
        # "…, an official said Saturday.": the time dates the saying; label what was said.
        return make_label(sentence[: trailing.start()] + ".", -1, -1, limit=limit, whole=whole)
    leading = _LEADING_FRAME.match(sentence)
    joined = leading and _JOINED_TELLING.search(leading.group("speaker"))
    if joined and _SUBJECT_VERB.search(leading.group("speaker")[: joined.start()]):
        # "The chairman apologised for the spill on Monday and said that …": no speaker's name
        # before "said" but a clause of its own, and the happening the date is in
        first = sentence[: joined.start()]
        dates = [(timex_start, timex_end)] if timex_start >= 0 and timex_end <= len(first) else []
        return make_label(first + ".", -1, -1, dates, limit=limit, whole=whole)
    if (
        leading
        and leading.start("content") >= timex_end > 0
        and not _SUBORDINATE_SPEAKER.search(leading.group("speaker"))
    ):
        # "Clinton said Thursday that he had ordered the strikes": "Bill Clinton: he had …".
        speaker = _speaker(leading.group("speaker"))
        content = make_label(sentence[leading.start("content") :], -1, -1, limit=limit, whole=whole)
        pronoun = _PRONOUN_SUBJECT.match(sentence, leading.start("content"))
        if speaker and pronoun:
            # "Paribas said that it intends to bid": the pronoun is the speaker, and a headline's
            # "X to bid" needs the name ("Paribas to bid"), not "Paribas: it intends to bid".
            named = make_label(
                speaker + " " + sentence[pronoun.end() :], -1, -1, limit=limit, whole=whole
            )
            if named.startswith(speaker + " to "):
                return named
        if speaker and content:
            first = content.split(" ", 1)[0]
            if first.lower() in _LOWER_FIRST:
                content = content[:1].lower() + content[1:]
            combined = shorten(f"{speaker}: {content}", limit, whole=whole)
            if _SUBJECT_VERB.search(content) and not _SUBJECT_VERB.search(combined):
                return content  # the speaker's name would push the words' verb out of the label
            return combined
    clause, subject = _clause(sentence, timex_start, timex_end)
    for _name, pattern, replacement in RULES:
        clause = pattern.sub(replacement, clause)
    elliptic = _ELLIPSIS.match(clause.strip())
    if elliptic:
        clause = _resolve_ellipsis(elliptic.group("subject"), sentence[:timex_start]) or clause
    pronoun = _LATER_PRONOUN.match(clause)
    named = _NAMED_SPEAKER.match(sentence)
    if pronoun and named and not _LATER_PRONOUN.match(sentence):
        # "First Security said the agreement is subject to approval, and that it hopes to
        # complete the transaction": "it" in a later clause is the speaker the sentence names.
        name = _MODIFIER_BEFORE_NAME.sub("", named.group("name"))
        clause = name + " " + clause[pronoun.end() :]
        for _name, pattern, replacement in RULES:
            clause = pattern.sub(replacement, clause)
    if (
        _CONSEQUENCE.match(clause)
        and timex_start > 0
        and _AFTER_COMMA.search(sentence[:timex_start])
    ):
        # "…charge of $8.3 million, resulting in a net loss for the third quarter": a participle
        # after the main clause has no subject ("Resulting in a net loss" is no headline); the
        # main clause says what happened.
        main = make_label(sentence, -1, -1, [(timex_start, timex_end)], limit=limit, whole=whole)
        if main and not _CONSEQUENCE.match(main.lower()):
            return main
    if subject and (_AUX_START.match(clause) or _VERB_START.match(clause)):
        # "…, having been burned": a participle clause given its subject reads as a past tense.
        clause = subject + " " + _HAVING.sub("had", clause)
        for _name, pattern, replacement in RULES:
            clause = pattern.sub(replacement, clause)
    return shorten(clause, limit, whole=whole)


_REPORTING = (
    r"(?:said|says|told\s+[\w'’ ]{1,30}?|reported|announced|stated|confirmed|warned|claimed|"
    r"insisted|disclosed|revealed)"
)
_TRAILING_FRAME = re.compile(
    r",\s+(?:[^,]{1,60}?)\s+" + _REPORTING + r"\b(?:[^,]{0,40})[.!?\"'”]*$", re.IGNORECASE
)
_JOINED_TELLING = re.compile(r",?\s+(?:and|but)(?:\s+(?:then|also))?$")
_LEADING_FRAME = re.compile(
    r"^(?P<speaker>[^,]{2,90}?)\s+" + _REPORTING + r"\s+(?:\w+ly\s+)?(?:[^,]{0,30}?\s+)?"
    r"(?:that\s+)(?P<content>\S.*)$"
)
# "Consolidated Freightways reported", "Reed is paying": a capitalised word ending like a participle
# is a name when a name or a verb follows it.
_NOT_A_NAME = r"(?!\s+(?:[A-Z]|(?:is|are|was|were|has|have|had|will|would|said|says)\b))"
_OPENING = re.compile(
    r"^[\"“‘']?(?:(?i:(?:just\s+)?(?:contrary\s+to|ahead\s+of|in\s+the\s+wake\s+of|despite|amid|"
    r"following|in\s+response\s+to|as\s+part\s+of|in\s+addition\s+to))\b"
    # "While the visit was unrelated to Jaguar, GM Chairman Roger Smith answered … Tuesday"
    r"|(?:While|Although|Though|Because|When|If|Unless|Once|Whereas|As\s+soon\s+as|Even\s+though|"
    r"Even\s+if)\s"
    r"|[A-Z][a-z]+(?:ing|ed|en)\b" + _NOT_A_NAME + r"|(?:Led|Found|Born|Held|Seen|Hit|Caught|Sent|"
    r"Built|Made|Struck|Kept|Brought|Bought|Sold|Paid|Told|Won|Lost)\s)[^,]{0,80},\s*(?=\S)"
)
# The conjunctions that open a clause of time, either case of their first letter
_TIME_CONJUNCTION = r"(?:[Aa]fter|[Bb]efore|[Ss]ince|[Uu]ntil|[Ww]hen|[Aa]s\s+soon\s+as)"
# A clause of time that opens the sentence, up to its comma: "When the well blew out on April 20,"
_LEADING_TIME_CLAUSE = re.compile(
    r"^[\"“‘']?(?:" + _TIME_CONJUNCTION + r"|Once)\s+(?P<clause>[^,;:]{3,160}),\s"
)
_LOWER_FIRST_WORDS = (
    """he she it they we i the a an this that these those his her its their there"""
)
_PARTICIPLE_OPENING = re.compile(
    # not the words that only look like one: "When engineers removed the cap, oil gushed out"
    r"^(?!(?:When|Then|Even|Often|Seven|Eleven|Ten|Indeed|Need|Speed|Greed|Seed)\b)"
    r"(?P<part>(?:[A-Z][a-z]+(?:ed|en)"
    + _NOT_A_NAME
    + r"|Found|Born|Held|Seen|Shot|Hit|Caught|Sent|Left|Built|Made|"
    r"Struck|Kept|Led|Met|Brought|Bought|Sold|Paid|Told|Won|Lost)\b[^,]{3,120}),\s+(?P<rest>.+)$"
)
# A sentence that opens on a named speaker ("First Security, with $5.4 billion in assets, said"),
# and a later clause whose subject is "it" or "they".
_NAMED_SPEAKER = re.compile(
    r"^(?P<name>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})(?:,[^,]{1,60},)?\s+(?:also\s+)?"
    r"(?:said|says|announced|reported)\b"
)
_LATER_PRONOUN = re.compile(r"^(?:it|they)\s+(?=[a-z])", re.IGNORECASE)
_MODIFIER_BEFORE_NAME = re.compile(r"^.*-based\s+")  # "Salt Lake City-based First Security"
_PRONOUN_SUBJECT = re.compile(r"(?:it|he|she|they)\s+", re.IGNORECASE)
_LOWER_FIRST = frozenset(_LOWER_FIRST_WORDS.split())
_SPEAKER_TRIM = re.compile(r"\s+(?:who|which|that)\s+.*$")


_ROLE_WORDS = (
    r"(?:spokesman|spokeswoman|spokesperson|chief|executive|official|minister|director|chairman|"
    r"president|secretary|adviser|advisor|analyst|lawyer|attorney|engineer|commander|reporter|"
    r"correspondent|editor|prosecutor|judge|professor|scientist)"
)
# Quoted words and then who said them: '"We will not go over it," said David N. McCammon, …'.
_QUOTE_SAID = re.compile(
    r"^(?:``|[\"“‘'])?(?P<quote>[^\"“”`]{12,}?)[,.!?]?\s*(?:''|[\"”’'])\s+(?:"
    r"(?:said|says|added|told\s+\w+)\s+(?P<speaker>.+)"
    # a role in lower case may stand among the names: "BP spokesman Mark Proegler said"
    # ("the company's chief executive Tony Hayward said"; "the engineer said": a speaker with no
    # name, whose words still are the happening)
    r"|(?P<speaker_first>(?:(?:the|its|his|her|their)\s+(?:[\w-]+['’]s\s+)?)?"
    r"(?:(?:[A-Z][\w.'’-]*|" + _ROLE_WORDS + r")\s+){0,5}(?:[A-Z][\w.'’-]*|" + _ROLE_WORDS + r"))"
    r"\s+(?:said|says|added)\b.*)$"
)
# An aside between a short subject and its verb: "The death toll, initially 10, has risen",
# "Kopp, who is from Vermont, was indicted", "Speculative investors, betting on a clash, pushed";
# a noun phrase in apposition may be long ("Jane Roe, a lawyer who … last week, said").
# An aside between commas; or a list opened by "including" ("the Paris Club, including the US, UK,
# France and Germany, called on …")
_COMMA_ASIDE = (
    r",\s+(?P<aside>(?:an?|the)\s[^,]{1,200}|(?:including|such\sas|among\sthem|notably)\s"
    r"[^,]{1,40}(?:,\s[^,]{1,40}){1,8}|[^,]{1,80}),\s+"
)
_ASIDE = re.compile(
    r"^(?P<subject>(?:\S+\s+){0,9}?\S+?)" + _COMMA_ASIDE + r"(?=(?:(?:also|still|now|then|"
    r"quickly|later)\s+)?(?![a-z]+ed\s+by\b|[a-z]+ed[.,;])(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|did|"
    r"does|[a-z]+ed|became|began|came|went|made|took|met|held|left|won|lost|rose|fell|said|told|"
    r"got|gave|led|ran|saw|sold|paid|kept|flew|fled|spoke|sent|struck|wrote|drew|stood|brought|"
    r"thought|fought|built|chose|drove)\b)"
)
# The same aside between dashes: "Testing of the skimmer - which its owners say can process 21
# million gallons a day - began on Saturday" (a lower-case word opens it: "June 14 - Obama
# visits - …" is a chronology's item, not an aside).
_DASH_ASIDE = re.compile(
    _ASIDE.pattern.replace(
        _COMMA_ASIDE,
        r"\s+[-–—]\s+(?P<aside>[a-z][^-–—.;]{1,160}?)\s+[-–—]\s+",
    )
)
# "to" and a verb, the headline's future ("Obama to address the nation"); "to" before an article
# or a pronoun is a preposition ("on his third trip to the region", "a letter to them").
_INFINITIVE = (
    r"to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|it|us|me|"
    r"some|any|each|every|all|one|two|three|date)\b)[a-z]{2,}"
)
_DETERMINERS = ("the", "a", "an", "its", "his", "her", "their", "this", "these")
# "the damaged riser": a past participle after an article or a possessive is an adjective
_AFTER_DETERMINER = (
    "(?:" + "|".join(rf"(?<=\b{d}\s)|(?<=\b{d.capitalize()}\s)" for d in _DETERMINERS) + ")"
)
_SUBJECT_VERB = re.compile(
    r"\b(?!" + _AFTER_DETERMINER + r"[a-z]+ed\b)(?:" + _VERB + r"|" + _INFINITIVE + r")\b"
)


# A name in apposition, with its title or role: "BP managing director Bob Dudley".
_NAME_APPOSITION = re.compile(
    r"[A-Z][\w.'’&-]*\s+(?:[\w.'’&-]+\s+){0,5}[A-Z][\w.'’-]*\s+[A-Z][\w'’-]*"
)


def blank_asides(sentence: str, timex_start: int = -1, timex_end: int = -1) -> str:
    """``sentence`` with an aside between its subject and its verb replaced by spaces (offsets
    stay valid), unless the time expression is inside it.

    >>> " ".join(blank_asides("Kopp, who is from Vermont, was indicted last year.").split())
    'Kopp was indicted last year.'
    >>> " ".join(blank_asides("Testing of the skimmer - which can process oil - began today.").split())
    'Testing of the skimmer began today.'
    >>> " ".join(blank_asides("The club, including the US, UK and France, called on others.").split())
    'The club called on others.'
    """
    found = _ASIDE.match(sentence) or _DASH_ASIDE.match(sentence)
    offset = 0
    comma = re.match(r"\s*,\s*", sentence[timex_end:]) if timex_end > 0 else None
    if comma and len(sentence[:timex_start].split()) <= 3:
        # "Also Friday, the mayors, accompanied by …, flew": the subject follows the date's comma
        offset = timex_end + comma.end()
        found = _ASIDE.match(sentence[offset:])
    if not found:
        return sentence
    if _SUBJECT_VERB.search(found.group("subject")) and not _NAME_APPOSITION.fullmatch(
        found.group("aside")
    ):
        # "The man expected to replace Mr Hayward, BP managing director Bob Dudley, took over":
        # a subject with a verb of its own takes no aside but the name of whom it describes
        return sentence
    aside = found.group("aside")
    if aside.count('"') % 2 or aside.count("“") != aside.count("”"):
        return sentence  # 'accused of a "real detachment, a real disconnect" by': a quotation
    if offset == 0 and 0 < timex_start < found.end("subject"):
        return sentence  # "In … trading yesterday, Oneida's shares closed": no subject there
    start, end = offset + found.end("subject"), offset + found.end() - 1
    if start <= timex_start < end or start < timex_end <= end:
        return sentence
    return sentence[:start] + " " * (end - start) + sentence[end:]


# A lower-case word after a time expression that is not a preposition, conjunction or verb: the
# date is an adjective of that noun ("the 1995 shooting", "the Aug. 7 bombings").
_MODIFIES_NOUN = re.compile(
    r"\s+(?!(?:in|at|on|to|for|from|with|by|of|and|or|but|as|when|after|before|that|which|who|is|"
    r"are|was|were|has|have|had|will|would|said|says|the|a|an)\b)[a-z]+(?<!ed)(?<!ly)\b(?!,)"
)

_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|to|in|on|at|of|for|from|with|by|as|the|a|an)\b|" + _VERB + r"\b)[a-z]{3,}"
)


_LEAD_WINDOW = 40  # characters before a time expression where its leading preposition can be


_POSSESSIVE = re.compile(r"['’]s\b")
# A date's possessive with no noun after it ("this year's to be an active one", "last year's was
# worse"): the date stands for the noun, and stays.
_ELLIPTIC_POSSESSIVE = re.compile(
    r"['’]s(?=\s+(?:to|is|are|was|were|will|would|has|had|have|and|or|but|be|than)\b"
    r"|\s*(?:[,.;:!?]|$))"
)


def blank_spans(sentence: str, spans: Sequence[tuple[int, int]]) -> str:
    """``sentence`` with each span, and the preposition that leads it, replaced by spaces (so that
    offsets stay valid): "occurred at about 10:35 a.m. Friday" loses "at about 10:35 a.m.".

    >>> blank_spans("It occurred at 10:35 a.m. Friday.", [(15, 25)]).split()
    ['It', 'occurred', 'Friday.']
    >>> blank_spans("The effects of last week's blast.", [(15, 24)]).split()
    ['The', 'effects', 'of', 'the', 'blast.']
    """
    chars = list(sentence)
    for start, end in spans:
        if _ELLIPTIC_POSSESSIVE.match(sentence, end):
            continue  # "predict this year's to be active": the date is the noun, and stays
        window = max(start - _LEAD_WINDOW, 0)  # the lead is a few words: never search further
        lead = _TIME_LEAD.search(sentence[window:start])
        first = window + lead.start() if lead else start
        if _MODIFIES_NOUN.match(sentence, end):
            first = start  # "in the October 1998 shooting": the date modifies a noun, which stays
        ended = _PERIOD_ENDED.match(sentence, end)  # "its fourth quarter ended": the period's
        end = ended.end() if ended else end
        possessive = _POSSESSIVE.match(sentence, end)
        if possessive and end - start >= 3:
            # "the effects of last week's blast": the date owns a noun, which stays with its
            # preposition; "the" takes the date's place ("the effects of the blast")
            first, end = start, possessive.end()
        for k in range(max(first, 0), min(end, len(chars))):
            chars[k] = " "
        if possessive and end - start >= 3:
            chars[start : start + 3] = "the"
    return "".join(chars)


# "The prime minister announced the move as he told the fundraiser that …": the one telling is a
# pronoun of a subordinate clause, not a speaker to name ("The move as he: …").
_SUBORDINATE_SPEAKER = re.compile(
    r"\b(?:as|when|while|after|before|because|since|if|where)\s+(?:he|she|they|it|we|i)\s*$",
    re.IGNORECASE,
)


def _speaker(text: str) -> str:
    """Who said it, short: titles and relative clauses dropped ("Thai military officials")."""
    text = _SPEAKER_TRIM.sub("", text.strip())
    for name, pattern, replacement in RULES:
        if name.startswith(("title", "role", "dangling")):
            text = pattern.sub(replacement, text)
    text = _SPEAKER_AFTER_ABBREVIATION.sub("", text)
    words = text.split()
    if len(words) <= 4:
        return text
    # "Director of the U.S. Federal Bureau of Investigation Louis Freeh": the name that closes a
    # long speaker is who spoke; cutting at four words would cut a title in the middle.
    name = _ANTECEDENT_NAME.search(text)
    if name and 2 <= len(name.group().split()) <= 4:
        return name.group()
    return " ".join(words[-4:])


# "… Bureau of Investigation (FBI) Louis Freeh": an abbreviation in brackets closes a body's name,
# so the speaker is the name after it.
_SPEAKER_AFTER_ABBREVIATION = re.compile(r"^.*\([A-Z][A-Z.&-]+\)\s+(?=[A-Z])")


# "as Washington once did": a clause whose verb stands for a verb phrase said just before.
_ELLIPSIS = re.compile(r"^(?P<subject>[A-Z][\w.'’ -]{0,40}?)\s+(?:did|does|do|had)\.?$")
_ANTECEDENT = re.compile(
    r"\b(?:(?:trying|tried|tries|try|seeking|sought|seeks|attempting|attempted|attempts)\s+)?"
    r"to\s+(?P<verb>[a-z]+)(?P<rest>(?:\s+[\w'’-]+){0,6})"
)


def _resolve_ellipsis(subject: str, before: str) -> str | None:
    """``subject`` + the last infinitive before the clause, as a headline verb."""
    found = list(_ANTECEDENT.finditer(before))
    if not found:
        return None
    verb, rest = found[-1].group("verb"), found[-1].group("rest")
    return f"{subject} {third_person(verb)}{rest}"


def third_person(verb: str) -> str:
    """Headline present tense of a base verb: "split" -> "splits", "try" -> "tries".

    >>> third_person("split"), third_person("reach"), third_person("try")
    ('splits', 'reaches', 'tries')
    """
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


# Who says and a "that": "Prosecutors say that …", "The company said on Monday that …"
_SAYS_THAT = re.compile(
    r"^[^,;:\"“]{2,60}?\s(?:say|says|said|told\s+[\w'’ ]{1,30}?|believe|believes|believed|think|"
    r"thinks|thought|allege|alleges|alleged|claim|claims|claimed|argue|argues|argued)"
    r"(?:\s+[^,;:\s]+){0,3}?\s+that\s+(?=\S)"
)


def shorten(text: str, limit: int = MAX_LABEL, *, whole: bool = False) -> str:
    """``text`` as a label: first letter up, whole trailing phrases dropped until it fits. When
    no phrase boundary is left, the words past ``limit`` go; with ``whole``, the label is then
    "" instead (a headline is never cut inside a phrase: the caller takes another sentence).

    >>> shorten("Xi to join world leaders in Red Square to observe a military parade marking the day")
    'Xi to join world leaders to observe a military parade'
    """
    text = original = text.strip()
    frame = _SAYS_THAT.match(text) if len(text) > limit else None
    if frame and _SUBJECT_VERB.search(text, frame.end()):
        # "Prosecutors say that phone records show the doctor made a series of calls": too long
        # with who says it, the label is what is said (cut to "Prosecutors say", it says nothing)
        text = original = text[frame.end() :]
    for pattern in _TRAILING:
        while len(text) > limit:
            cut = pattern.sub("", text).strip()
            if cut == text or len(cut) < 12:
                break
            if (
                pattern in (_LAST_COMMA, _AND_CLAUSE)
                and _SUBJECT_VERB.search(text)
                and not _SUBJECT_VERB.search(cut)
            ):
                break  # "The board of Loudon county, Virginia, to vote": the verb is after the comma
            # "in a show of strategic solidarity": an "of" phrase belongs to the noun before it,
            # so the phrase holding that noun goes too ("in a show" alone says nothing).
            while text[len(cut) :].lstrip().startswith("of ") and pattern is _TRAILING_PP:
                shorter = pattern.sub("", cut).strip()
                if shorter == cut or len(shorter) < 12 or _VERB_END.search(shorter):
                    break
                cut = shorter
            if _VERB_END.search(cut) and not _VERB_END.search(text):
                break  # "The unit accounted": a cut that leaves a verb without its object
            text = cut
    if (
        text != original
        and _GERUND_END.search(text)
        and _SUBJECT_VERB.search(_GERUND_END.sub("", text))
    ):
        # "announced the moves after emerging [from the White House]": a cut took the gerund's
        # object; the phrase goes whole
        text = _GERUND_END.sub("", text)
    if len(text) > limit and whole:
        return ""
    if len(text) > limit:  # no phrase boundary left: whole words only, never a dangling "of the"
        whole = text
        text = text[: limit + 1].rsplit(" ", 1)[0]
        truncated = True
        complete = text
        while _dangles(complete):  # "an Arab force to [protect]": cut after "to"
            complete = _FUNCTION_END.sub("", complete)
        if not _PHRASE_BOUNDARY.match(whole, len(complete)):
            # "order the Miami relatives of 6-year-old Cuban [rafter …]": a phrase cut in the
            # middle says something it does not; the whole phrase goes, if a verb is left.
            # the last preposition opens the phrase that was cut
            starts = [m.start() for m in _PREPOSITION.finditer(text)]
            partial = text[: starts[-1]] if starts and _MODIFIER_END.search(text) else text
            if partial != text and _SUBJECT_VERB.search(partial) and len(partial.split()) >= 3:
                text = partial
    else:
        truncated = False
    stripped = ""
    while _dangles(text):
        stripped = _FUNCTION_END.search(text).group().strip()
        text = _FUNCTION_END.sub("", text)
    if stripped.lower() in _OPENS_A_NOUN_PHRASE:
        # "to funnel off [some]": what is left ended on a verb or a particle whose object was cut
        text = _back_to_phrase_end(text)
    if truncated and _SUBJECT_VERB.search(_TO_VERB_END.sub("", text)):
        # "received an offer to take": once cut, a "to take" without its object goes too, as long
        # as a verb is left ("The board … to vote" keeps it)
        text = _TO_VERB_END.sub("", text)
        while _dangles(text):
            text = _FUNCTION_END.sub("", text)
    text = re.sub(r"(?<=[a-z])\.$", "", text.strip(" ,;:-"))  # a sentence's full stop, not "U.S."
    if not re.search(r"``|[\"“]", text):  # "… along with the boy''": a quote closed, never opened
        text = re.sub(r"\s*(?:''|[\"”])$", "", text)
    return text[:1].upper() + text[1:]


_OPENS_A_NOUN_PHRASE_WORDS = (
    "a an the his her its their some one two three four five six seven eight nine ten"
)
_OPENS_A_NOUN_PHRASE = frozenset(_OPENS_A_NOUN_PHRASE_WORDS.split())


def _back_to_phrase_end(text: str) -> str:
    """``text``, whose verb lost its object to a cut, back to the last place a phrase ends
    before (a preposition, a conjunction, a comma) that leaves a verb with its object and at
    least half of it; as it is when there is none. "A tube is inserted into the leaking pipe
    to funnel off [some …]" says nothing it was not told once it ends before "to funnel".

    >>> _back_to_phrase_end("A tube is inserted into the leaking pipe to funnel off")
    'A tube is inserted into the leaking pipe'
    >>> _back_to_phrase_end("More than 425 turtles are known to have died off")
    'More than 425 turtles are known to have died off'
    """
    for found in reversed(list(_PHRASE_END.finditer(text, 1))):
        head = text[: found.start()].rstrip(" ,;:")
        if len(head) < len(text) // 2:
            break
        if (
            len(head.split()) >= 3
            and _SUBJECT_VERB.search(head)
            and not _dangles(head)
            and not _WAITS_FOR_MORE.search(head)
        ):
            return head
    return text


# Where a phrase ends, for a cut: before a preposition, a conjunction or punctuation (not
# before a participle: "could begin [cutting]").
_PHRASE_END = re.compile(
    r"\s*(?:[,;:](?=\s)|\()|\s+(?:in|at|on|to|for|from|with|by|of|into|about|over|under|after|before|during|"
    r"since|until|and|or|but|as|if|whether|who|which|that|when|where|while|because)\b"
)
# A last word that waits for what follows it: a verb or a participle ("are known [to have
# died]", "The unit accounted [for]"), an adjective of that kind ("likely", "able", "due").
_WAITS_FOR_MORE = re.compile(
    r"\s(?:[a-z]+(?:ed|en|wn)|" + _VERB + r"|likely|able|unable|due|set|begin|start|try|want|"
    r"need|plan|hope|seem|appear)$"
)


def noun_phrase_label(text: str) -> str:
    """A label made of a noun phrase ("the defeat of Nazi Germany" -> "Defeat of Nazi Germany").

    >>> noun_phrase_label("the “no limits” strategic partnership")
    '“No limits” strategic partnership'
    """
    text = re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", text.strip(), flags=re.IGNORECASE)
    text = text.strip(" ,;:.")
    if text[:1] in "“\"'‘" and len(text) > 1:
        return text[0] + shorten(text[1:])
    return shorten(text)


def _subordinate_clause_start(sentence: str, c_start: int, start: int) -> int:
    """Where the time expression's own clause begins, when a conjunction of time opens it with no
    comma before (:data:`_SUBORDINATOR`: "Prices have risen since the plant closed last May",
    "what I have seen since I arrived here last Friday", "died when the well blew out on April
    20"): after the last such conjunction before it whose subject of a few words has its verb;
    ``c_start`` when none does ("since the vote on Tuesday" is a phrase: the clause around it
    is the happening's)."""
    found = None
    for m in _SUBORDINATOR.finditer(sentence, c_start, start):
        found = m
    if found is None or found.start() == c_start:
        return c_start
    subject = _SHORT_SUBJECT.match(sentence[found.end() : start])
    if subject is None or subject.group("subject").lower() in _NOT_A_SUBJECT:
        return c_start
    return found.end()


_NOT_A_SUBJECT = frozenset({"the", "a", "an", "that", "this", "it was", "which"})


def _clause(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The clause around the time expression (which it leaves out), and the sentence's subject
    for a clause that has none of its own ("... and will join X on Friday")."""
    bounds = [0]
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.start() > 0:
            bounds.append(m.start())
            bounds.append(m.end())
    bounds.append(len(sentence))
    pieces = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds) - 1, 2)]
    if start < 0:  # no time expression in this text: its main (first) clause
        a, b = pieces[0] if pieces else (0, len(sentence))
        return sentence[a:b], ""
    c_start, c_end = next(((a, b) for a, b in pieces if a <= start < b), (0, len(sentence)))
    opened = _subordinate_clause_start(sentence, c_start, start)
    if opened != c_start:
        # the subordinate clause has its subject and verb before the date, and ends with it: what
        # follows is the main clause's ("…arrived here last Friday, they are …"; "after the well
        # exploded in April by creating new safety standards")
        c_start, c_end = opened, end
    before = sentence[c_start:start]
    lead = _TIME_LEAD.search(before)
    if lead:
        # "a drop in third-quarter net income", "remembers the 1956 uprising": a date that
        # modifies a noun leaves the noun its preposition (a compound adjective, hyphenated, is
        # surely one) or at least its article; a date of its own takes them along.
        keep = ""
        if re.search(r"-\w+$", sentence[start:end]) and _NOUN_AFTER.match(sentence, end):
            keep = lead.group()
        elif _MODIFIES_NOUN.match(sentence, end):
            keep = re.search(r"(?:the\s+)?$", lead.group()).group()
        elif (
            _OWNS_A_NOUN.match(sentence, end)
            and not _possessive_aside(sentence, end, c_end)  # "on today's show, we …"
            and lead.group().strip()
            and before[: lead.start()].strip(" ,;:\"'`“‘")  # "As of Friday's close, …": no
        ):
            # "died in last Tuesday's quake": the date owns the noun, which keeps its
            # preposition, and "the" takes the date's place ("died in the quake")
            keep = re.sub(r"(?:the|its|their)\s+$", "", lead.group()) + "the "
        before = before[: lead.start()] + keep
    after = sentence[end:c_end]
    if c_start > 0 and _RELATIVE_START.match(sentence[c_start:c_end]):
        # "The rights, which expire Nov. 21, can be exercised": the relative clause ends at the
        # comma before the main verb.
        after = _MAIN_VERB_AFTER_ASIDE.split(after, maxsplit=1)[0]
    phrase = _POSSESSIVE_PHRASE.match(after)
    if (
        phrase
        and lead
        and lead.group().strip()
        and not _OPENING_FILLER.sub("", before).strip(" ,;:\"'`“‘")
    ):
        # "As of Friday's close, the Nasdaq was down 6%": the opening phrase is the time's, all
        # of it ("close" is no subject).
        after = after[phrase.end() :]
    if _ELLIPTIC_POSSESSIVE.match(after):
        # "meteorologists predict this year's to be an active one": the date is the noun (this
        # year's season); taken out, the clause would have no object
        before, after = sentence[c_start : end + 2], after[2:]
    else:
        after = re.sub(r"^(?:'s|’s)\s*", "", after)
    # "killed within a week of his capture": the "of" phrase is the time expression's, and so is
    # "ended …" in "for its fourth quarter ended Sept. 30".
    after = _TIME_OF.sub("", after)
    ended = _PERIOD_ENDED.match(after)
    after = after[ended.end() :] if ended else after
    if (
        not before.strip(" \"'`“‘")
        and _AUX_START.match(after.strip())
        and not after.startswith(",")
    ):
        # "The quarter was terrible": the time expression is the subject, so it stays.
        before = sentence[c_start:end]
    elif re.search(r"\d{4}$", sentence[start:end]) or before.rstrip().endswith(","):
        # "on Monday, June 16, 2025, for talks", "Xi, on Friday, met": the date's own commas
        after = re.sub(r"^\s*,\s*", " ", after)
    clause = f"{before} {after}".lstrip(" ,;:")  # "In 1988, the company …" leaves a comma
    if c_start > 0 and _RELATIVE_START.match(clause.strip()):
        # ", which rose 5% in 1988": the relative pronoun stands for the name before the comma.
        antecedent = _antecedent(sentence[:c_start])
        if antecedent:
            clause = f"{antecedent} {_RELATIVE_START.sub('', clause.strip())}"
    first = sentence[pieces[0][0] : pieces[0][1]] if pieces else sentence
    subject = _SUBJECT.match(first) or _SHORT_SUBJECT.match(first)
    return clause, (subject.group("subject") if subject and c_start > 0 else "")


# "And also on today's program, we …": words that open a sentence and say nothing of it.
_OPENING_FILLER = re.compile(r"^\s*(?:(?:and|but|so|also|then|now|still)\s+)+", re.IGNORECASE)
_OWNS_A_NOUN = re.compile(r"['’]s\s+[a-z]")
_MAIN_VERB_AFTER_ASIDE = re.compile(
    r",\s+(?=(?:can|could|will|would|is|are|was|were|has|have|had|may|might|must|should)\b)"
)
_TIME_OF = re.compile(
    r"^\s+of\s+(?:(?:the|his|her|its|their|a|an)\s+)?[a-z][\w'’-]*"
    r"(?=\s*(?:[,.;]|$)|\s+(?:by|in|at|on|for|from|with|to|and|when|after|before)\b)"
)
_PERIOD_ENDED = re.compile(r"\s+(?:ended|ending)(?=\s)")  # used with .match: where it starts
_POSSESSIVE_PHRASE = re.compile(r"^(?:'s|’s)\s+[^,]{1,40},\s*")


def _possessive_aside(sentence: str, end: int, c_end: int) -> bool:
    """Whether the date's possessive phrase ("on today's show,") is an aside before the clause
    goes on, not the end of the clause before who reported it ("appeared surprised by
    Wednesday's disclosure, reports said": the disclosure keeps its "by the")."""
    phrase = _POSSESSIVE_PHRASE.match(sentence[end:c_end])
    if phrase is None:
        return False
    comma = end + phrase.group().rindex(",")
    return _TRAILING_FRAME.match(sentence, comma) is None


_LEAD_WORDS_TEXT = """in on at to for of by with from into and or against about over under after before than
like between among near"""
_LEAD_WORDS = frozenset(_LEAD_WORDS_TEXT.split())


def _antecedent(before: str) -> str:
    """The noun phrase a relative clause hangs on: the name (or last three words) before it."""
    before = before.rstrip(" ,")
    name = _ANTECEDENT_NAME.search(before)
    if name and name.group().strip():
        return name.group().strip()
    words = before.split()[-3:]
    while words and words[0].lower() in _LEAD_WORDS:  # "on Kellogg stock": the noun, not "on"
        words = words[1:]
    return " ".join(words)


# -- headlines: an event's label, from its best sentence ------------------------------------------

HEADLINE_CHARS = 80
# Three words in capitals in a row: a dateline or a heading ("PRUDHOE BAY GAS PIPELINE RUPTURE").
_SHOUTED = re.compile(r"\b[A-Z][A-Z'’.&-]+(?:\s+[A-Z][A-Z'’.&-]+){2,}\b")
# A finite verb or a headline's "to" + verb: the past tense, an auxiliary or a common irregular
# verb, or a present tense in -s after a word that can end a subject ("the rig explodes", "BP
# says"; not "600 adults").
_HEADLINE_VERB = re.compile(
    # "the damaged riser": a past participle after an article or a possessive is an adjective
    r"\s(?!"
    + _AFTER_DETERMINER
    + r"[a-z]+ed\b)(?:"
    + _VERB
    + r"|"
    + _INFINITIVE
    + r"|[a-z]{2,}ed|(?:is|are|was|were|be|been|has|have|had|do|does|"
    r"did|will|would|shall|should|can|could|may|might|must)|n[o’']t|"
    r"(?:says|gets|goes|makes|takes|gives|comes|sees|finds|seeks|brings|keeps|leaves|shows|sends|"
    r"wins|loses|hits|cuts|puts|sets|runs|faces|fears|begins|ends|fails|tries|plans|wants|calls|"
    r"warns|agrees|admits|denies|vows|urges|orders|signs|opens|closes|halts|stops|starts|sinks|"
    r"caps|kills|rises|falls|pays|sues|asks|rejects|approves|launches|announces|unveils|reveals|"
    r"resigns|dies|follows?|continues|remains)|"
    r"(?<=[a-z]{3}\s)(?<!s\s)(?<!\bthe\s)(?<!\ban\s)(?<!\bof\s)(?<!\band\s)[a-z]{3,}(?:es|[^su\s]s)"
    # after a name in capitals, a present tense with its object: "BP inserts a tube" (not "US
    # troops arrive", "UN agencies in Haiti")
    r"|(?:(?<=\b[A-Z]{2}\s)|(?<=\b[A-Z]{3}\s)|(?<=\b[A-Z]{4}\s))[a-z]{3,}(?:es|[^su\s]s)"
    r"(?=\s+(?:the|a|an|its|his|her|their|that|to)\b))\b"
    r"(?!\s+(?:and|or)\b)"
)


def reads_as_headline(text: str) -> bool:
    """Whether ``text`` reads as a headline: a subject that is not a pronoun, a verb, whole
    quotes, no dateline, at most :data:`HEADLINE_CHARS` characters.

    >>> reads_as_headline("Deepwater Horizon rig explodes"), reads_as_headline("He warned")
    (True, False)
    >>> reads_as_headline("At the firm's US headquarters in Houston, Texas")
    False
    """
    return headline_grade(text) == 2


def headline_grade(text: str) -> int:
    """2 for a headline (:func:`reads_as_headline`); 1 for a whole clause that is no headline
    ("There will be no dividends", "We've been frustrated with BP": it says what happened, but
    leans on words said elsewhere); 0 for a fragment, a dateline or a cut phrase.

    >>> headline_grade("There will be no dividends"), headline_grade("In central London")
    (1, 0)
    """
    words = text.split()
    if not 3 <= len(words) <= 20 or len(text) > HEADLINE_CHARS or _SHOUTED.search(text):
        return 0
    if (
        text.count('"') % 2
        or text.count("“") != text.count("”")
        or text.count("(") != text.count(")")
    ):
        return 0
    if not _HEADLINE_VERB.search(" " + text) or _UNFINISHED.search(text) or _BROKEN.search(text):
        return 0
    speaker = _SPEAKER_COLON.match(text)
    if speaker:  # "Wells: the company planned …": the words said open like a clause of their own
        if speaker.group().rstrip(": ").lower() in _LEANS_ON_CONTEXT:
            return 1  # "He: the gusher could continue": whose words, the text before says
        words = text[speaker.end() :].split()
    first = re.sub(r"\W", "", re.split(r"['’]", words[0])[0]).lower()  # "We've" -> "we"
    if first in _OPENS_A_PHRASE or (words[0][:1].islower() and not speaker):
        return 0
    if first in _LEANS_ON_CONTEXT or _BARE_QUANTIFIER.match(text):
        return 1
    return 2


# Words a headline never opens on: a preposition or conjunction opens a phrase, not a clause ("At
# the firm's headquarters"); a pronoun or "there" leans on what was said before ("He warned").
_OPENS_A_PHRASE_WORDS = """which who whom whose what and but or nor so yet in at on by for with from to
of into onto after before during under over since until as while when where if although though
because amid despite among about against through"""
_OPENS_A_PHRASE = frozenset(_OPENS_A_PHRASE_WORDS.split())
_LEANS_ON_CONTEXT_WORDS = """he she it they we i you his her its their our my your this these those there
here that"""
_LEANS_ON_CONTEXT = frozenset(_LEANS_ON_CONTEXT_WORDS.split())
# "Some were only discovered": a quantifier with no noun ("Some of the corals" has one).
_BARE_QUANTIFIER = re.compile(r"^(?:Some|Many|Most|Both|Others|All|None|Several)\s+(?!of\b)")
# A clause whose object was cut off: it ends on a verb that needs one ("Anybody who has used a saw
# knows", "Mr Wells said").
# A verb of telling with only a place after it waits for its object too ("Eric Holder announced in
# New Orleans", "The paper published").
_UNFINISHED = re.compile(
    r"\b(?:says|said|knows|knew|thinks|thought|believes|believed|told|tells|added|noted|warned|"
    r"insisted|claimed|argued|explained|stressed|wants|wanted|means|meant|"
    # in the passive it needs none: "The report was published"
    r"(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
    r"(?:announced|published|revealed|disclosed|unveiled|confirmed|made\s+clear))"
    r"(?:\s+(?:in|at|on|during|from)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?$"
    # "Obama told NBC's Matt Lauer": told whom, and not what
    r"|\btold\s+(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*$"
)
# Signs of a sentence broken by a cut or a join: an aside left open (", according to a poll,"), a
# "not only" with no "but", a capitalised function word run into the text ("cash flow So BP").
# An ending that waits for more ("collected 149,900 barrels since it", "the decision to grant
# him"), and a list's number ("1. In explaining …").
_BROKEN = re.compile(
    r",\s*according\s+to\b|\bnot\s+only\b(?!.*\bbut\b)"
    r"|[a-z,]\s+(?:So|But|And|Then|The|In|On|At|It|He|She|They|We|This|That)\s"
    r"|\s(?:it|him|them|us|me|a|an|the|of|to|for|with|from|by|since|and|or|but|than|that|new)$"
    r"|^\d+[.)]\s"
    # a quotation left empty by the date taken out of it ('NBC's " " show')
    r"|[\"“]\s*[\"”]"
)
_SPEAKER_COLON = re.compile(r"^(?:[\w.'’&-]+\s+){0,3}[\w.'’&-]+:\s+")
# A heading in capitals before the sentence ("PRUDHOE BAY GAS PIPELINE RUPTURE, SEPTEMBER 29,
# 2008 A high-pressure…"): the sentence starts after it.
_HEADING = re.compile(r"^(?:[A-Z][A-Z'’.&-]+[\s,]+){2,}(?:\d[\d,\s]*)?(?=[A-Z][a-z]|\d)")


# Repairs of a headline's debris and of what cutting it left: (name, pattern, replacement), each
# with an example in tests/test_key_events.py. A picture credit run into the text ("Getty Images
# With a final shot…" leaves "Images"), an agency's tag, a clause joined by "and" whose verb lost
# its object when the label was cut ("The chairman apologised and said"), and the "a" before a
# vowel that a date taken out leaves ("a 2008 internal inquiry" -> "a internal inquiry").
MENDS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "picture credit",
        re.compile(
            r"^(?:Images?|Photos?|Photograph|Pictures?)(?:\s*:?\s+(?:[A-Z][\w'-]*\s+){0,2}"
            r"[A-Z][\w'-]*\\?/[A-Z][\w-]*|\s+(?:Reuters|AP|AFP|EPA|PA|Getty Images))?\s+(?=[A-Z])"
        ),
        "",
    ),
    # a reader's comment under the story, headed by its time and its writer's name
    (
        "comment stamp",
        re.compile(
            r"^At\s+\d{1,2}[:.]\d{2}(?:\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\s+\d{4})?,?"
            r"\s+[\w.-]+\s+wrote\b\s*:?\s*"
        ),
        "",
    ),
    ("agency tag", re.compile(r"^\((?:AP|AFP|Reuters|UPI|PA)\)\s+"), ""),
    # a list's number or what a date taken out left of a stamp: "5 A leak at the refinery",
    # "28.2010 Ken Salazar said"; not a count ("15 workers died", "300 Marines landed")
    (
        "clock stamp",
        re.compile(
            r"^\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}(?:\s+time)?)?[,:]?\s+(?=[A-Z])"
            # a live page's "1733 Paul Roe e-mails", "2200 GMT, …": the hour and minute run
            # together (a year the tagger would have dated, and taken out)
            r"|^(?:[01]\d|2[0-3])[0-5]\d(?:\s+(?:GMT|BST|UTC|EST|EDT|CST|CDT|local\s+time))?,?\s+"
            r"(?=[A-Z])"
        ),
        "",
    ),
    # "PORT-AU-PRINCE We have arrived", "JANE ROE I arrived back": a dateline or a writer's name
    # in capitals (two words or a hyphened one: "BP PLC", "NATO" stay)
    (
        "dateline in capitals",
        re.compile(
            r"^(?:[A-Z]{2,}-[A-Z-]+|[A-Z][A-Z'’.]+(?:\s+[A-Z][A-Z'’.]+)+),?\s+"
            r"(?=(?:I|We|The|A|An|It|He|She|They)\s|[A-Z][a-z])"
        ),
        "",
    ),
    (
        "stray number",
        re.compile(r"^(?:\d+[.:]\d*|\d+\s+(?=(?:A|An|The|This|In|On|At)\s))\s*(?=[A-Z])"),
        "",
    ),
    (
        "dangling verb of telling",
        re.compile(
            r",?\s+and\s+(?:then\s+|also\s+)?(?:said|says|added|adds|made\s+clear|makes\s+clear|"
            r"warned|noted|insisted|told|argued|explained)$"
        ),
        "",
    ),
    # "June 14 - Obama, makes a fourth trip": a comma between a name and its verb
    (
        "comma after a name subject",
        re.compile(
            r"^([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+(?=[a-z]+s\s+(?:a|an|the|his|her|its|their)\s)"
        ),
        r"\1 ",
    ),
    ("comma before a closing quote", re.compile(r"[,;:]\s*([\"”])$"), r"\1"),
    ("bracket never closed", re.compile(r"^\((?=[^)]*$)"), ""),
    # what a time expression taken out left: "Shortly, he was found" ("shortly after noon")
    ("time residue", re.compile(r"^(?:Early|Late|Earlier|Later|Shortly|Soon|Just),\s+(?=\S)"), ""),
    # what a date taken out of an aside left: "In a preview of its report, due next week, the
    # commission said" -> "Due, the commission said"; "results, expected on Tuesday, will show"
    (
        "schedule residue",
        re.compile(r"^(?:Due|Expected|Scheduled|Slated|Planned),\s+(?=\S)"),
        "",
    ),
    (
        "schedule residue inside",
        re.compile(r",\s+(?:due|expected|scheduled|slated|planned),(?=\s)"),
        ",",
    ),
    ("a before a vowel", re.compile(r"\b([Aa])\s+(?=(?:[ai]|e(?!u))[a-z])"), r"\1n "),
    # a photo caption's pointer at the picture: "A new containment cap, left, hovers over …"
    (
        "picture position",
        re.compile(r",\s+(?:left|right|centre|center|top|bottom|above|below|pictured)\s*,(?=\s)"),
        "",
    ),
)


def mended(text: str) -> str:
    """``text`` with :data:`MENDS` applied.

    >>> mended("The chairman apologised for the spill and said")
    'The chairman apologised for the spill'
    >>> mended("A new containment cap, left, hovers over the well")
    'A new containment cap hovers over the well'
    """
    for _name, pattern, replacement in MENDS:
        text = pattern.sub(replacement, text)
    text = text.strip()
    return text[:1].upper() + text[1:]  # what a mend took off the start opened the headline


def headline(
    sentence: str,
    timex_start: int,
    timex_end: int,
    before: str = "",
    others: Sequence[tuple[int, int]] = (),
) -> tuple[str, int]:
    """A headline of at most :data:`HEADLINE_CHARS` characters for the happening the time
    expression dates, with its :func:`headline_grade`: its clause (:func:`make_label`) when that
    reads as one, else the sentence's main clause, whichever grades higher. Never cut inside a
    phrase. A pronoun that opens it stands for the name that opens the sentence before
    (``before``: the article's text up to the sentence), when one does. ``others``: the spans of
    the sentence's other time expressions, left out as :func:`make_label` leaves them.

    >>> headline("The official arrival of hurricane season Tuesday has incited a new rash of "
    ...          "dire scenarios.", 41, 48)
    ('The official arrival has incited a new rash of dire scenarios', 2)
    >>> headline("The port reopened on Monday, four weeks after the Harbour Bridge collapsed on "
    ...          "March 4.", 78, 85)
    ('The Harbour Bridge collapsed', 2)
    >>> headline("The effects of last week's blast reached Louisiana on Monday.", 54, 60,
    ...          others=[(15, 24)])
    ('The effects of the blast reached Louisiana', 2)
    >>> headline("He warned on Tuesday that the slick could reach Florida.", 13, 20,
    ...          before="Adm. Thad Allen visited Venice. ")
    ('Thad Allen: the slick could reach Florida', 2)
    """
    if timex_start >= 0:
        a, b = glued_part(sentence, timex_start, timex_end)
        if (a, b) != (0, len(sentence)):
            # a caption or a byline run into the story: the part that holds the date is the
            # sentence, the parts before it are what was written before it
            inside = [(x - a, y - a) for x, y in others if a <= x and y <= b]
            part = sentence[a:b].rstrip()
            return headline(part, timex_start - a, timex_end - a, before + sentence[:a], inside)
    best, grade = "", -1
    field = _FACT_FIELD.match(sentence) if timex_start >= 0 else None
    if field and field.end() == timex_start:
        # a profile's fact box, "Born: August 29, 1958, Gary, Indiana, US Also known as: …": the
        # field names the happening, the words after the date up to the next field its place
        place = _FIELD_VALUE.match(sentence, timex_end)
        where = place.group("value").strip(" ,;") if place else ""
        return (f"{field.group('field')} in {where}", 2) if where else (field.group("field"), 1)
    heading = _HEADING.match(sentence)
    # "The port reopened on Monday, four weeks after the bridge collapsed on March 4": the date
    # is the subordinate clause's, which is the happening it dates.
    subordinate = [
        m for m in _SUBORDINATOR.finditer(sentence, 0, max(timex_start, 0)) if timex_start >= 0
    ]
    when = (
        _WHEN_AFTER.match(sentence, timex_end)
        if timex_end > 0 and _COUNTING_FROM.search(sentence, 0, timex_start)
        else None
    )
    if timex_end > 0 and not when and _TIME_SETTING.match(sentence, 0, timex_start):
        # "It had just gone 11am … when the three buzzes were heard": the main clause only sets
        # the time; the clause of "when" is the happening
        when = _WHEN_LATER.search(sentence, timex_end)
    for text in ("when", "subordinate", "clause", "main", "after heading"):
        if text == "when":
            # "Oil has gushed since 22 April, when the rig exploded and sank": the clause of
            # "when" tells what happened on the date; the main clause, a state since then
            if not when:
                continue
            stop = _CLAUSE_END.search(sentence, when.end())
            text = make_label(
                sentence[when.end() : stop.start() if stop else len(sentence)],
                -1,
                -1,
                limit=HEADLINE_CHARS,
                whole=True,
            )
            if headline_grade(text) < 2:
                continue
        elif text == "subordinate":
            if not subordinate:
                continue
            at = subordinate[-1].end()
            if _CLAUSE_END.search(sentence, at, timex_start):
                # "Shares, which have lost … since the crisis began, closed up on Thursday": the
                # clause of "since" ends before the date; the date is not its happening's
                continue
            stop = _CLAUSE_END.search(sentence, timex_end)
            spans = [(a - at, b - at) for a, b in others if a >= at]
            text = make_label(
                sentence[at : stop.start() if stop else len(sentence)],
                timex_start - at,
                timex_end - at,
                spans,
                limit=HEADLINE_CHARS,
                whole=True,
            )
            if headline_grade(text) < 2:
                continue  # "before the March 4 collapse": a noun phrase, not a clause
        elif text == "clause":
            text = make_label(
                sentence, timex_start, timex_end, others, limit=HEADLINE_CHARS, whole=True
            )
        elif text == "main":
            dates = [*others, (timex_start, timex_end)]
            text = make_label(sentence, -1, -1, dates, limit=HEADLINE_CHARS, whole=True)
        elif heading:
            # the dates stay out of it, as out of the other candidates: the chart shows the date
            at = heading.end()
            dates = [(a - at, b - at) for a, b in [*others, (timex_start, timex_end)] if a >= at]
            text = make_label(sentence[at:], -1, -1, dates, limit=HEADLINE_CHARS, whole=True)
        else:
            continue
        text = mended(_TIME_RESIDUE.sub("", text))
        text = text[:1].upper() + text[1:]
        pronoun = _OPENING_PRONOUN.match(text)
        if pronoun and before:
            name = named_subject(before, person=pronoun.group(1).lower() in ("he", "she"))
            if name:
                text = shorten(name + text[pronoun.end(1) :], HEADLINE_CHARS, whole=True)
        if text and headline_grade(text) > grade:
            best, grade = text, headline_grade(text)
            if grade == 2:
                break
    if _DONE_THEN.match(best) and before:
        # "This was completed at 1930 CDT on 1 June": the sentence only dates the happening the
        # sentence before tells ("The damaged riser was cut"), which is the label
        found = split_sentences(before[-HEADLINE_CONTEXT_CHARS:])
        told = headline(found[-1].text.strip(), -1, -1) if found else ("", 0)
        if told[1] == 2:
            return told
    return best, grade


# A clause whose subject stands for the happening told just before and whose verb only says it
# was done or took place then: "This was completed", "It happened", "That took place".
_DONE_THEN = re.compile(
    r"^(?:This|That|It)\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:completed|done|"
    r"finished|carried\s+out|achieved|performed|accomplished|repeated)|happened|occurred|"
    r"took\s+place|came|followed|ended|began|started)\b"
)
HEADLINE_CONTEXT_CHARS = 400  # of the text before a sentence, where the sentence before it is


# Where a caption, a byline or a heading runs into the next sentence with no full stop between
# them (a crawled page's blocks joined): (name, pattern of the place where the next one starts,
# an example). Each is a rule of shape: a capital where no sentence goes on with one.
GLUES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "a sentence's first word after a lower-case one",
        # "… any wrongdoing On 8 February, Dr Murray appeared", "… by the judge A judge in Los
        # Angeles has ordered": an article, a determiner or a preposition in capitals after a
        # word in lower case, then a word in lower case (not "in The Hague", "Plan A", "his This
        # Is It tour", whose words are a title's)
        re.compile(
            r"(?<![\w'’-])[a-z][\w'’-]*(?P<cut>\s+)(?=(?:The|A|An|This|These|Those|His|Her|Their|"
            r"Its|On|In|At|After|Before|When|Up|Some|Many|Most)\s+[a-z0-9])"
            # after a name, "The" or "An" and a word in lower case ("… tents to Haiti The acting
            # head of the UN mission has said"; "Plan A was" stays)
            r"|(?<=[a-z])(?P<after_name>\s+)(?=(?:The|An)\s+[a-z])"
        ),
        "Dr Roe denies any wrongdoing On 8 May, Dr Roe appeared in court",
    ),
    (
        "a pronoun and its verb after a word",
        # "… is recovering in hospital It has been a frantic day", "… in Los Angeles It had gone"
        re.compile(
            r"(?<=[a-z])(?P<cut>\s+)(?=(?:It|He|She|They|We)\s+(?:is|was|were|are|has|had|have|will|"
            r"would|could|can|[a-z]+ed)\b)"
        ),
        "Jane Roe is recovering in hospital It has been a frantic day",
    ),
    (
        "a headline's closing quote",
        # "Haiti recovery 'to take decades' Aid agencies have called …": a quotation closed
        # right after a word, then a capitalised word and one in lower case
        re.compile(r"(?<=[a-z][’'\"”])(?P<cut>\s+)(?=[A-Z][a-z]+\s+[a-z])"),
        "Recovery 'to take decades' Aid agencies have called for tents",
    ),
    (
        "a person's title after a name",
        # "La Toya to perform in Cardiff Ms Jackson attended …": two names in a row, the second
        # opened by a title, then a verb ("the doctor Dr Roe said" is one sentence)
        re.compile(
            r"(?<=\b[A-Z])[a-z]+(?P<cut>\s+)(?=(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]*\s+[a-z])"
        ),
        "La Toya to perform in Cardiff Ms Jackson attended the trial",
    ),
    (
        "a date closing a caption",
        # "Jane Roe died on 25 June 2009 Jurors at the trial …": after a preposition the date
        # ends the clause before it; a verb of saying before it takes a clause without "that"
        # ("said on Thursday Republicans were wrong"), so no sentence starts there
        re.compile(r"(?P<date>)\s+(?=[A-Z][\w'’-]*\s)"),
        "Jane Roe died on 25 June 2009 Jurors at the trial heard",
    ),
)
*_GLUE_STARTS, _GLUE_DATE = (pattern for _, pattern, _ in GLUES)
_PREPOSITION_BEFORE_DATE = re.compile(
    r"\b(?:on|in|at|by|since|until|from|of|during|before|after)\s+(?:the\s+)?$", re.IGNORECASE
)
_SAYING_BEFORE = re.compile(
    r"\b(?:said|says|told\s+[\w ]{1,30}?|announced|added|warned|reported|confirmed)\s+"
    r"(?:on|in|at|by)\s+(?:the\s+)?$"
)
_DATE_AT_START = re.compile(r"\s*(?:On|In|At|By|Since|From|Until|During)?\s*$")
# "By Jane Roe BBC News, Los Angeles Michael Jackson died": a byline, its place and then the
# sentence, whose subject opens the capitalised run after the comma
_BYLINE = re.compile(
    r"^By\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:[A-Z][\w.'’&-]*\s+){0,3}[A-Z][\w.'’&-]*,\s+"
    r"(?P<run>(?:[A-Z][\w.'’-]*\s+){2,6})(?=[a-z])"
)


def glued_part(sentence: str, timex_start: int, timex_end: int) -> tuple[int, int]:
    """Where the part of ``sentence`` that holds the time expression starts and ends, when a
    caption, a byline or a heading runs into it with no full stop (:data:`GLUES`); the whole
    sentence otherwise. A byline's place goes too: the sentence's subject is the tail of the
    capitalised run after the byline's comma that the sentence names again.

    >>> s = "Jane Roe died on 25 June 2009 Jurors at the trial of Jane Roe's doctor heard evidence."
    >>> a, b = glued_part(s, s.index("25 June"), s.index(" Jurors")); s[a:b]
    'Jane Roe died on 25 June 2009'
    >>> s = "By Jim Poe BBC News, Los Angeles Jane Roe died on 25 June Jurors at Jane Roe's trial wept."
    >>> a, b = glued_part(s, s.index("25 June"), s.index(" Jurors")); s[a:b]
    'Jane Roe died on 25 June'
    >>> s = "The mayor said on Thursday Republicans were wrong."
    >>> glued_part(s, s.index("Thursday"), s.index(" Republicans")) == (0, len(s))
    True
    """
    # (where a part ends, where the next starts)
    cuts = [
        m.span(next(name for name, found in m.groupdict().items() if found is not None))
        for glue in _GLUE_STARTS
        for m in glue.finditer(sentence)
    ]
    after = _GLUE_DATE.match(sentence, timex_end)
    head = sentence[:timex_start]
    if after and not _DATE_AT_START.fullmatch(head) and re.search(r"[a-z]", head[-30:]):
        if _PREPOSITION_BEFORE_DATE.search(head):
            # a clause closed by the date has its verb ("In London on Monday Jane Roe signed")
            if _SUBJECT_VERB.search(head) and not _SAYING_BEFORE.search(head):
                cuts.append((timex_end, after.end()))  # "died on 25 June 2009 | Jurors at"
        elif re.search(r"[a-z]\s+$", head):
            cuts.append((timex_start, timex_start))  # "the trial | 29 September 2011 Jackson's"
    start = max((nxt for _, nxt in cuts if nxt <= timex_start), default=0)
    end = min((stop for stop, _ in cuts if stop >= timex_end), default=len(sentence))
    byline = _BYLINE.match(sentence, start)
    if byline:
        words = byline.group("run").split()
        rest = sentence[byline.end("run") :]
        for k in range(1, len(words)):
            if " ".join(words[k:]) in rest:  # the sentence names its subject again
                start = byline.start("run") + len(" ".join(words[:k])) + 1
                break
    return start, end


# A subordinate clause of time opened by a conjunction, then its subject (an article, a name).
_SUBORDINATOR = re.compile(
    r"\b" + _TIME_CONJUNCTION + r"\s+"
    r"(?=(?:the|a|an|[A-Z]\w*(?:['’]s)?|[a-z]+s)\s)"  # "after BP's rig exploded"
)

# A fact box's field before its date ("Born: August 29, 1958, Gary, Indiana"), and the value
# after the date: up to the next field ("Also known as:") or the sentence's end.
_FACT_FIELD = re.compile(r"(?P<field>Born|Died|Founded|Married|Elected|Appointed)\s*:\s*")
_FIELD_VALUE = re.compile(
    r",?\s*(?P<value>[A-Z][^:.;]{1,60}?)(?=\s+[A-Z][a-z]+(?:\s+[a-z]+){0,3}\s*:|[.;]|\s*$)"
)
_WHEN_AFTER = re.compile(r",\s+when\s+(?=\S)")  # used with .match at the date's end
# A main clause that only says what time it was: "It was 10pm", "It had just gone 11am"
_TIME_SETTING = re.compile(
    r"It\s+(?:was|is|had\s+(?:just\s+)?(?:gone|passed|turned)|was\s+(?:just\s+)?(?:after|"
    r"before|past|gone))\s+(?:just\s+|shortly\s+|about\s+|around\s+|nearly\s+)?$"
)
_WHEN_LATER = re.compile(r",?\s+when\s+(?=\S)")  # searched for after the date
_COUNTING_FROM = re.compile(r"\b(?:since|from|after)\s+(?:the\s+)?$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?](?=\s+[A-Z\"“]|\s*$)|,\s")

# What a time expression taken out can leave at the start: "early on Wednesday, investors …".
# ("The next day, shortly after noon, he …": what is left between commas)
_TIME_RESIDUE = re.compile(
    r"^(?:Early|Late|Earlier|Later|Shortly|Soon|Just)\b,?\s+(?=\S)"
    r"|(?<=,)\s+(?i:early|late|earlier|later|shortly|soon|just),(?=\s)"
)
# "It has been a frantic day", "It is a reasonable assumption": an "it" that says what a day or a
# thing was stands for no one named before
_OPENING_PRONOUN = re.compile(
    r"^(He|She|It|They)(?=[:\s])(?!\s+(?:is|was|has\s+been|had\s+been)\s+(?:a|an|the|not)\b)"
)
_NAME_SUBJECT = re.compile(
    r"^(?P<name>(?:[A-Z][\w.'’&-]*\s+){0,3}[A-Z][\w'’&-]*)\s+(?=(?:[a-z]+ed|said|says|told|"
    r"is|was|has|had|will|would|added|warned|announced|[a-z]+s)\b)"
)
_NAME_TITLE = re.compile(
    r"^(?:Adm|Mr|Mrs|Ms|Dr|Lt|Col|Capt|Sgt)\.?\s+|^(?:[A-Z][\w-]*\s+)*(?:chief\s+executive|"
    r"executive|chairman|director|head|commander)\s+"
)


def named_subject(before: str, *, person: bool) -> str:
    """The name that opens the last sentence of ``before``, titles dropped ("Adm. Thad Allen
    said" -> "Thad Allen"); "" when it opens on anything else. A person (for "he", "she") has a
    first and a last name, so "BP said" stands for "it" only.

    >>> named_subject("Oil reached the shore. BP chief executive Tony Hayward said so. ", person=True)
    'Tony Hayward'
    >>> named_subject("Featuring performances from Jo Roe, the show airs at 0100 GMT. ", person=False)
    ''
    """
    found = split_sentences(before[-400:])
    if not found:
        return ""
    last = found[-1].text.strip()
    # a title says the name is a person's: "Mr Obama has postponed a trip" stands for "he"
    titled = bool(_PERSON_TITLE.match(last))
    for name, pattern, replacement in RULES:
        if name.startswith(("title", "role")):
            last = pattern.sub(replacement, last)
    subject = _NAME_SUBJECT.match(_NAME_TITLE.sub("", last)) or _QUOTE_SPEAKER.search(last)
    if not subject:
        return ""
    words = subject.group("name").split()
    if words[0].lower() in _OPENS_A_PHRASE | _LEANS_ON_CONTEXT or words[0] in ("The", "A", "An"):
        return ""
    if _PARTICIPLE_CLAUSE.match(last):
        return ""  # "Featuring performances from …, the telethon will be screened": no name
    return "" if person and len(words) < 2 and not titled else " ".join(words)


# A sentence opened by a participle's clause, its subject after the comma: "Featuring performances
# from Justin Timberlake, the telethon will be screened" ("Beijing says the talks …" is a name)
_PARTICIPLE_CLAUSE = re.compile(
    r"^[A-Z][a-z]+(?:ing|ed)\s+[a-z][^,]*,\s+(?:the|a|an|his|her|its|their)\s"
)
_PERSON_TITLE = re.compile(
    r"^(?:Mr|Mrs|Ms|Dr|Adm|Gen|Sen|Rep|Gov|President|Senator|Governor|Admiral|General)\.?\s+"
    r"(?=[A-Z][\w'’-]*\s+[a-z])"
)
# The speaker named after the words quoted: '"We decided to wait," Thad Allen said.'
_QUOTE_SPEAKER = re.compile(
    r"[,.!?][\"”]\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*)\s+(?:said|says|added)"
    r"\b[^\"“”]*$"
)
