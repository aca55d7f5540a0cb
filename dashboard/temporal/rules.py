"""The recogniser's rules: one row per kind of expression, (name, pattern, production).

A pattern is a regular expression over the lower-cased text, written with the placeholders of
:mod:`dashboard.temporal.patterns` (``<MONTH>``, ``<WEEKDAY>``, ``<NUM>``…). Its named groups are
handed to the production (:mod:`dashboard.temporal.productions`), which builds an unresolved
:class:`Expression`, declines the match, or marks the span as known non-time.

At a given position the first rule that matches wins (see :mod:`dashboard.temporal.tagger`), so
longer, more specific rules come first.

>>> import re
>>> rule = next(r for r in RULES if r.name == "<month> <day>, <year>")
>>> re.fullmatch(expand(rule.pattern), "may 9, 2025").group("month", "day", "year")
('may', '9', '2025')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.temporal import lexicon as lx
from dashboard.temporal.patterns import APPROX_MODS, NUMBER_WORDS, ORDINAL_WORDS, expand
from dashboard.temporal.productions import (
    NOT_TIME,
    Context,
    Production,
    a_while,
    amount_of_units,
    apostrophe_year,
    bare_hour,
    bare_month,
    casual_month,
    casual_weekday,
    century,
    clipped_clock,
    clock_24,
    clock_24_after_at,
    clock_alone,
    clock_of_a_text_of_clocks,
    clock_with_day,
    coming_units,
    day_of_an_event_today,
    day_of_history,
    day_of_month,
    day_part_of_reference,
    day_parts,
    day_range_end,
    day_range_start,
    decade,
    dotted_clock,
    earlier_later,
    end_of_abbreviated,
    every_day_at,
    every_unit,
    first_units,
    fiscal_year,
    following_period,
    foreign_date,
    half_past,
    half_year,
    holiday,
    in_amount,
    iso_date,
    live_page_stamp,
    mid_week,
    month_day,
    month_part_either,
    month_slash_day,
    month_year,
    named_day,
    new_year_ahead,
    nth_day,
    nth_weekday_of_month,
    numeric_date,
    page_debris,
    part_of_day,
    part_of_month,
    part_of_relative,
    part_of_year,
    past_amount,
    quarter,
    quarter_century,
    recent_units,
    reference,
    relative_month,
    relative_period,
    same_period,
    season,
    set_adverb,
    shift,
    spoken_year_rule,
    that_period,
    the_weekend,
    this_day_part,
    this_time_then,
    this_year,
    times_a_unit,
    tonight_at,
    two_units_away,
    two_weeks,
    unit_before,
    unit_long,
    units_ago,
    units_from_a_weekday,
    vague_units,
    week_of_day,
    week_of_month,
    weekday,
    weekday_month_day,
    weekday_of_a_week,
    weekday_slash_date,
    weekends,
    year,
    year_ago_period,
    year_end,
    year_ended,
    year_quarter,
    year_range_end,
    year_range_start,
)

__all__ = ["FIRST_WORDS", "NOT_TIME", "RULES", "Context", "Rule", "expand"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One recogniser rule: its name says what it matches."""

    name: str
    pattern: str
    production: Production


# ---------------------------------------------------------------------------------------------
# The table. Order matters only between rules that can match at the same position.

_PART2 = (
    r"(?:(?P<part2>early|late|mid-|mid|middle)[\s-]?|the\s(?P<partof2>beginning|start|middle|end|"
    r"close)\sof\s)"
)
# "the quarter a year ago", "the corresponding period last year": the same quarter, a year back
_AGO = (
    r"(?:\s(?P<ago>a\syear\s(?:ago|earlier)|last\syear|of\slast\syear|of\sthe\sprevious\syear))?"
    r"(?![a-z-]|['’](?!s\s))"
)
# posts glue a number to a short unit: "4hrs", "30mins", "2wks", "5yrs ago" (not "4h", "30m")
_GLUED = r"(?<=\d)(?=(?:hrs?|mins?|wks?|yrs?|secs?|days|weeks|months|years)(?![a-z]))"
_REL_MONTH = r"(?P<rel>last|next|this|this\spast|this\scoming|the\spast|past)"
# "... last year" after a day and a month: the year counted from the anchor's
_REL_YEAR = r"\s(?P<rel>this|last|next)\syear(?![a-z'’-])"
# the fixed holidays named as a day ("Christmas Eve", "Bonfire Night"), which a clock time "on" may
# precede
_DAYS_OF_A_CLOCK = sorted(
    name for name in lx.HOLIDAYS if name.endswith((" day", " eve", " night")) or name == "christmas"
)

RULES: tuple[Rule, ...] = (
    Rule("page debris: 'Others are reading now'",
         r"(?:others|people|what\sothers)\sare\s(?:reading|watching)\snow", page_debris),
    Rule("an age: '6-year-old'",  # posts: "my 5 yr old", "a 3 mth old"
         r"<NUM>[\s-](?:year|yr|month|mth|week|wk|day)s?[\s-]olds?(?![a-z])",
         page_debris),
    Rule("<part> <month> or <part> <month>",
         r"<PART>?(?P<month><MONTH>)(?:\s(?P<year><YEAR>))?\sor\s" + _PART2
         + r"?(?P<month2><MONTH>)(?:\s(?P<year2><YEAR>))?", month_part_either),
    # "at 8 tonight", "at 9 this morning", "by 3 o'clock this afternoon", "since 9 this morning"
    Rule("at <hour> tonight",
         # (a look-ahead first: the look-behinds are then tried only where the rest can match)
         r"(?=[01]?\d(?::[0-5]\d)?(?:\so['’]clock)?\s(?:tonight|this\s))"
         r"(?:(?<=at\s)|(?<=by\s)|(?<=until\s)|(?<=before\s)|(?<=after\s)|(?<=from\s)"
         r"|(?<=since\s)|(?<=till\s)|(?<=til\s))"
         r"(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?(?:\so['’]clock)?\s"
         r"(?P<named>tonight|this\s(?:morning|afternoon|evening))(?![a-z])", tonight_at),
    Rule("<clock> <day>",
         r"(?:(?P<approx>about|around|approximately)\s)?<CLOCK>(?:\s<TZ>)?,?\s(?:on\s)?"
         r"(?:(?P<weekday><WEEKDAY>)|(?P<month><MONTH>)\s?(?P<day><DAY>)(?:,?\s(?P<year><YEAR>))?|"
         r"(?P<named>today|yesterday|tomorrow|tonight)|"
         # "noon on Christmas Eve", "midnight on New Year's Eve": a holiday of a fixed date
         r"(?<=\son\s)(?P<holiday>" + lx.trie_regex(_DAYS_OF_A_CLOCK).replace("'", "['’]")
         + r")(?![a-z]))", clock_with_day),
    Rule("<clock>", r"(?:(?P<approx>about|around|approximately)\s)?<CLOCK>(?:\s<TZ>)?",
         clock_alone),
    # posts: "watch party 8p", "game starts 8:30p", "brunch 10:30a" (not "8p a litre", "flat 10a")
    Rule("8p", r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?(?P<ampm>p|a)(?![\w'’.-])",
         clipped_clock),
    # "between 2 and 4 p.m.", "from 9 to 11 a.m.": the first hour, in the second's half of the day
    Rule("<hour> to <hour> pm, its first hour",
         r"(?=[01]?\d(?::[0-5]\d)?\s?(?:[-–]|and|to|until|till)\s?[01]?\d)"
         r"(?:(?<=between\s)|(?<=from\s)|(?=[01]?\d(?::[0-5]\d)?[-–]))"
         r"(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?"
         r"(?=\s?(?:[-–]|and|to|until|till)\s?[01]?\d(?::[0-5]\d)?\s?"
         r"(?P<ampm>a\.m\.|p\.m\.|am|pm|a\.m|p\.m)(?![a-z]))", clock_alone),
    # "at 1400 GMT": a military clock time with its zone, after a word that introduces it (the
    # "(0735 GMT)" that restates a time in brackets is not a time of its own in TimeBank)
    Rule("at <hhmm> GMT",  # also "at 1425 local time", "at 1930 CDT"
         r"(?=\d{4}\s)(?:(?<=at\s)|(?<=by\s)|(?<=until\s)|(?<=till\s)|(?<=before\s)|"
         r"(?<=after\s)|(?<=from\s)|(?<=around\s)|(?<=about\s))(?P<hour24>[01]\d|2[0-3])"
         r"(?P<minute24>[0-5]\d)"
         r"\s(?:<TZ>|hours(?![a-z]))", clock_alone),  # "at 1730 hours": no 1,730 hours
    # "fell asleep at about 1100": a 24-hour clock without its zone after "at", where no year is
    # written ("at" a year is not English) and no year of the last two centuries is read ("at
    # 1945" stays open); not a count ("at 1100 points", "at 1990 levels")
    Rule("at <hhmm>",
         r"(?=\d{4}(?![\d%]|[,.]\d|\s(?:points?|levels?|prices?|feet|ft|metres?|meters?|miles?|"
         r"people|troops|dollars|pounds|euros|yen|rpm|m|km|kg|tonnes?)\b))"
         r"(?:(?<=\bat\s)|(?<=\bat\sabout\s)|(?<=\bat\saround\s)|(?<=\bat\sroughly\s)|"
         r"(?<=\bat\sapproximately\s)|(?<=\bat\sexactly\s))(?P<hour24>[01][0-8]|2[1-3])"
         r"(?P<minute24>[0-5]\d)", clock_24_after_at),
    # "around 1800 yesterday", "at 2000 on Monday": a 24-hour clock before its day, after a word
    # that introduces a time ("since 1990 yesterday" is the year: not after "since")
    Rule("around <hhmm> yesterday",
         r"(?:(?<=\bat\s)|(?<=\baround\s)|(?<=\babout\s)|(?<=\bapproximately\s)|(?<=\bby\s)|"
         r"(?<=\bshortly\safter\s)|(?<=\bshortly\sbefore\s)|(?<=\bjust\safter\s)|"
         r"(?<=\bjust\sbefore\s))(?P<hour24>[01]\d|2[0-3])(?P<minute24>[0-5]\d)"
         r"(?=\s(?:yesterday|today|tonight|this\s(?:morning|afternoon|evening)|last\snight|"
         r"on\s<WEEKDAY>))", clock_alone),
    # "0000 The BBC is discontinuing … 2040 Officials say …": the stamps of a live page's entries
    Rule("<hhmm> opening an entry of a live page",
         r"(?P<hour24>[01]\d|2[0-3])(?P<minute24>[0-5]\d)(?=\s)", live_page_stamp),
    # "calls between 1100 and 1200", "shortly after 1100": a clock in a text that writes its
    # times as a 24-hour clock elsewhere ("at about 1100"), else a year
    Rule("between <hhmm> in a text of clocks",
         r"(?=\d{4}(?![\d%]|[,.]\d))(?:(?<=\bbetween\s)|(?<=\band\s)|(?<=\bafter\s)|"
         r"(?<=\bbefore\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bto\s)|(?<=\bby\s))"
         r"(?P<hour24>[01][0-8]|2[1-3])(?P<minute24>[0-5]\d)", clock_of_a_text_of_clocks),
    # posts: "show at 8", "tmrw at 5", "doors @ 7:30", "home by 6", "8ish" (the production
    # asks for a day or an event before the hour)
    Rule("show at 8",
         r"(?=(?:1[0-2]|0?[1-9])(?::[0-5]\d)?(?:ish)?(?![\w%'’]|[:.,/-]\d))"
         r"(?:(?<=at\s)|(?<=@\s)|(?<=by\s)|(?<=around\s)|(?=(?:1[0-2]|0?[1-9])(?::[0-5]\d)?ish))"
         r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?(?P<ish>ish)?", bare_hour),
    # "vet appt thurs 4:30", "Friday 7:45": a clock time right after a weekday is on that day
    Rule("<weekday> <h:mm>",
         "(?:" + "|".join(rf"(?<=\b{re.escape(day)}\s)" for day in sorted(
             {*lx.WEEKDAYS, *lx.CASUAL_WEEKDAYS}))  # sorted: the same pattern in every run
         + r")(?P<afterday>)(?P<hour>1[0-2]|0?[1-9]):(?P<minute>[0-5]\d)(?![\d:]|[.,]\d)"
         r"(?!\s?(?:a\.?m|p\.?m)(?![a-z]))", bare_hour),
    # "half past 6", "quarter to 7", "half 7" (British for 7:30, after a word that introduces it)
    Rule("half past <hour>",
         r"(?:(?P<quarter>(?:a\s)?quarter)\s(?P<dir>past|to)|(?P<half>half)\s(?P<dir2>past)|"
         r"(?P<halfuk>half)(?=\s(?:1[0-2]|[1-9])(?![\d:.,/%a-z]))(?:(?<=at\shalf)|(?<=by\shalf)|(?<=around\shalf)|(?<=till\shalf)|"
         r"(?<=until\shalf)|(?<=from\shalf)))"
         r"\s(?P<hour>1[0-2]|[1-9])(?![\d:.,/%]|\s?(?:a\.?m|p\.?m|o['’]clock))(?![a-z])", half_past),
    # "at 17:30", "by 9:00": a clock time without a.m. or p.m. where a word introduces it
    Rule("at <hh:mm>",
         r"(?=\d{1,2}:)(?:(?<=at\s)|(?<=by\s)|(?<=until\s)|(?<=till\s)|(?<=before\s)|"
         # "the 8:10 was cancelled": a train or a show by its time
         r"(?<=after\s)|(?<=from\s)|(?<=\d\sto\s)|(?<=the\s))(?P<hour24>[01]?\d|2[0-3]):"
         r"(?P<minute24>[0-5]\d)"
         r"(?![\d:])(?![.,]\d)", clock_24),
    # posts, British: "lunch at 12.30", "home by 6.45" (the production asks for a post, and for
    # the clause to end or a small word to follow: not a price, "sold at 3.45 a share")
    Rule("at <h.mm> in a post",
         r"(?=\d{1,2}\.[0-5]\d(?![\d%]|\.\d))(?:(?<=at\s)|(?<=by\s)|(?<=@\s)|(?<=until\s)|(?<=till\s)|"
         r"(?<=from\s))(?P<hour24>[01]?\d|2[0-3])\.(?P<minute24>[0-5]\d)", dotted_clock),
    Rule("<weekday>, <month> <day>, <year>",
         r"(?:(?:this\scoming|this|last|next)\s)?(?P<weekday><WEEKDAY>|"
         + lx.trie_regex(lx.WEEKDAY_ABBREVIATIONS) + r"(?=,?\s<MONTH>\s?\d))"
         r",?\s(?P<month><MONTH>)\s?(?P<day><DAY>)(?:,?\s(?P<year><YEAR>))?", weekday_month_day),
    Rule("<weekday> <day> <month> <year>",
         r"(?:(?:this\scoming|this|last|next)\s)?(?P<weekday><WEEKDAY>|"
         # a dateline's "Wed 20 Mar 2013": the short weekday only before a day and a month
         + lx.trie_regex(lx.WEEKDAY_ABBREVIATIONS) + r"(?=,?\s[0-3]?\d(?:st|nd|rd|th)?\s<MONTH>))"
         r",?\s(?:the\s)?(?P<day><DAY>)\s(?:of\s)?"
         r"(?P<month><MONTH>)(?:,?\s(?P<year><YEAR>))?", weekday_month_day),
    # "Fri 5/9", "this Sunday 5/11" (posts, flyers): the date, with its weekday
    Rule("<weekday> <m>/<d>",
         r"(?:(?P<rel>this|next|last)\s)?(?P<weekday><WEEKDAY>|" + lx.trie_regex(lx.WEEKDAY_ABBREVIATIONS)
         + r")\.?,?\s(?P<slash>[01]?\d/[0-3]?\d)(?![\d/%])(?![.,]\d)", weekday_slash_date),
    # "Tuesday the 13th", "Friday 16th": the day of a month near the anchor that is that weekday
    Rule("<weekday> the <day>",
         # posts: "wed 14th", "fri the 16th"
         r"(?P<weekday><WEEKDAY>|" + lx.trie_regex(lx.CASUAL_WEEKDAYS) + r"(?=\.?,?\s(?:the\s)?\d))"
         r"\.?,?\s(?:the\s)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)(?![a-z\d])",
         day_of_month),
    Rule("the week of <month> <day>",  # also "the weekend of May 17" (not of "May 10-11")
         r"the\s(?P<week>week|weekend)\sof\s(?P<month><MONTH>)\s?(?P<day><DAY>)(?![-–]\d)"
         r"(?:,?\s(?P<year><YEAR>))?",
         week_of_day),
    # "June 25 last year", "25 June last year": one date, as "June last year" is one month
    Rule("<month> <day>, <year>",
         r"(?P<month><MONTH>)\s?(?P<day><DAY>)(?:,?\s(?P<year><YEAR>)|" + _REL_YEAR + r")?"
         r"(?:\s(?P<daypart><DAYPART>))?", month_day),
    # "on the 15th", "by the 3rd", "the 20th of next month": a day, its month left out
    Rule("on the <day>",  # (the word before is checked by the production: a look-behind here
         # would be tried at every "the")
         r"the\s(?P<day>[0-3]?\d)(?:st|nd|rd|th)(?:\sof\s(?P<rel>this|next|last)\smonth(?![a-z])|"
         r"(?![a-z\d-])(?!\s(?:of\s)?<MONTH>))",
         day_of_month),
    Rule("<ordinal> of <month> <year>",
         r"(?:the\s)?(?P<ordinal><ORDINAL>)\s(?:of\s)?(?P<month><MONTH>)(?:,?\s(?P<year><YEAR>))?",
         nth_day),
    Rule("<day>-<day> <month>, its first day",
         r"(?P<day>[0-3]?\d)(?=(?:[-–]|\s(?P<joiner>to|until|till|through|and)\s)(?P<day2>[0-3]?\d)"
         r"\s(?P<month><MONTH>)(?:,?\s(?P<year><YEAR>))?)",
         day_range_start),
    Rule("<month> <day>-<day>, its second day",
         r"(?:(?<=\d[-–])|(?<=\d\sand\s)|(?<=\d\sor\s)|(?<=\d\sto\s)|(?<=\d\sthrough\s)|"
         r"(?<=\d\suntil\s)|(?<=\d\still\s)|(?<=\d(?:st|nd|rd|th)\sand\s)|"
         r"(?<=\d(?:st|nd|rd|th)[-–]))(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%:.,]\d)(?![\w%-])"
         r"(?:,?\s(?P<year><YEAR>))?",
         day_range_end),
    Rule("<day> <month> <year>",
         r"(?P<day>[0-3]?\d)\s(?P<month><MONTH>)(?:,?\s(?P<year><YEAR>)|" + _REL_YEAR + r")?",
         month_day),
    Rule("<yyyy>-<mm>-<dd>", r"(?P<year><YEAR>)-(?P<monthnum>0[1-9]|1[0-2])-(?P<day>[0-3]\d)(?!\d)",
         iso_date),
    Rule("<yyyy>/<mm>/<dd>",
         r"(?P<year>1\d{3}|20\d{2})[/.](?P<monthnum>0?[1-9]|1[0-2])[/.](?P<day>[0-3]?\d)"
         r"(?![\d/.]\d|\d)", iso_date),
    Rule("<m>/<d>/<yyyy>", r"(?P<numeric>[0-3]?\d/[0-3]?\d/(?:\d{4}|\d{2}))(?![\d/])", numeric_date),
    Rule("<m>/<d> without a year",
         r"(?P<slash>[0-3]?\d/[0-3]?\d)(?![\d/%])(?![.,]\d)", month_slash_day),
    Rule("D-Day", r"(?P<history>d-day)(?![a-z-])", day_of_history),  # (and "since 9/11", above)
    Rule("<d>.<m>.<yyyy>", r"(?P<dotted>[0-3]?\d\.[01]?\d\.\d{4})(?![\d.])", numeric_date),
    Rule("<yyyy>-Q<n>", r"(?P<year><YEAR>)-?q(?P<quarter>[1-4])(?![\w])", year_quarter),
    Rule("Q<n> <yyyy>",
         # "Q1 FY23", "Q3 FY2024": the quarter of the fiscal year named (a fiscal year is the
         # calendar year it names, as "FY24" is 2024)
         r"q(?P<quarter>[1-4])(?:\s(?P<year><YEAR>)|\s?fy\s?(?:(?P<fyear><YEAR>)|(?P<yy>\d{2})(?!\d)))?"
         r"(?![\w])", year_quarter),
    Rule("H1 <yyyy>",
         r"h(?P<half>[12])(?:\s(?P<year><YEAR>)|\s?['’](?P<yy>\d{2})(?!\d))?(?![\w])", half_year),
    Rule("1H23", r"(?P<half>[12])h(?:(?P<year>20\d{2})|(?P<yy>\d{2}))(?![\w])", half_year),
    Rule("FY<yyyy>",
         # "FY2022-23", "FY22/23" (Indian reports): the fiscal year that ends in the second year
         r"fy\s?(?:(?P<year>1\d{3}|20\d{2})|(?P<yy>\d{2}))(?:[-–/](?P<endyy>\d{2})(?!\d))?"
         r"(?![\d%a-z])(?![.,]\d)", fiscal_year),
    Rule("<month> <year>",
         r"<PART>?(?P<month><MONTH>),?\s(?:of\s)?(?:(?P<year><YEAR>|<SPOKENYEAR>)|"
         r"(?P<rel>this|last|next)\syear(?!-)|['’](?P<yy>\d{2})(?![\d'’%]|s(?![a-z])))",
         month_year),
    # "in 3/2012": a month and its year written in digits ("2009-08" may be a score or a
    # season, and is left alone)
    Rule("<m>/<yyyy>",
         r"(?P<monthnum>0?[1-9]|1[0-2])/(?P<year>19\d{2}|20\d{2})(?![\d/])(?![.,]\d)", month_year),
    # "mai 2025", "Mai 2025", "mayo de 2025", "мае 2025 года"
    Rule("<month> <year> in fr/de/es/it/pt/ru",
         r"(?P<month><FOREIGNMONTH>)\s(?:del?\s)?(?P<year><YEAR>)(?:\s(?:года|г\.))?",
         foreign_date),
    Rule("<part> <month>", r"<PART>(?P<month><MONTH>)(?!\sbank\sholiday)", part_of_month),
    Rule("the first half of <year>",
         r"(?:the\s)?(?P<half>first|second|last)[\s-]half\sof\s(?:(?P<year><YEAR>)|"
         r"(?P<rel>this|the|next|last)\syear(?![a-z-]))", part_of_year),
    Rule("the first week of <month>",
         r"the\s(?P<ord>first|second|third|fourth|last|final)\sweek\sof\s(?P<month><MONTH>)"
         r"(?:,?\s(?P<year><YEAR>))?", week_of_month),
    # "the first Monday of June", "the second Sunday in May", "the last Friday of March 2026"
    Rule("the first <weekday> of <month>",
         r"the\s(?P<ord>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s"
         r"(?P<weekday><WEEKDAY>)\s(?:of|in)\s(?P<month><MONTH>)(?:,?\s(?P<year><YEAR>))?",
         nth_weekday_of_month),
    Rule("<part> <year>", r"<PART>(?P<year><YEAR>)(?!s|'s)", part_of_year),
    Rule("the same period last year",
         r"the\ssame\s(?:period|quarter|month|week|time|day)\s(?:a\syear\s(?:ago|earlier)|"
         r"last\syear|of\slast\syear|the\sprevious\syear|of\sthe\sprevious\syear)(?![a-z'’-])",
         same_period),
    Rule("the same day", r"the\ssame\s(?P<unit>day|week|month)(?![a-z'’-])(?!\s(?:as|of|that)\b)",
         that_period),
    # "the week before last", "the month after next": two units from the anchor's
    Rule("the week before last",
         r"the\s(?P<unit>week|month|year|weekend)\s(?P<dir>before\slast|after\snext)(?![a-z])"
         r"(?!\s?['’]s)(?!\s(?:<WEEKDAYWORD>|<MONTH>|week|month|year|night|summer|winter|spring|"
         r"fall|autumn)(?![a-z]))", two_units_away),
    Rule("the day before",
         # only where the clause ends: "the day before authorities issued a warrant" is a span
         # of its own, "the day before returning" no date of the story
         r"the\s(?P<unit>day|week)\s(?P<dir>before|after|earlier)(?=\s?[,.;:!?)]|\s(?:and|but)\s)",
         unit_before),
    Rule("the following year", r"the\sfollowing\s(?P<unit>year|month|quarter|week|day)(?![a-z-])",
         following_period),
    # "the next day" of a story is the day after the one it named ("in the next year" is a span)
    Rule("the next day",
         r"(?:the\s)?(?P<which>next|following|previous)\s(?P<unit>day|morning|afternoon|evening|"
         r"night)"
         r"(?![a-z-])", following_period),
    Rule("later that year",
         r"(?:(?P<dir>earlier|later)\s(?:in\s|on\s)?)?that\s(?P<same>same\s)?"
         r"(?P<unit>year|month|quarter|weekend|week|day)(?![a-z-])", that_period),
    # "that morning", "later that night": a part of the day the story named last
    Rule("that morning",
         r"(?:(?:earlier|later)\s(?:in\s|on\s)?)?that\s(?P<daypart>morning|afternoon|evening|night)"
         r"(?![a-z'’-])", day_part_of_reference),
    Rule("earlier this <period>",
         r"(?P<dir>earlier|later)\s(?:in\s)?(?P<rel>this|the|next|last)\s(?P<unit>year|month|week|"
         r"quarter|decade|century)(?![a-z-])", earlier_later),
    Rule("mid-week", r"mid-?(?P<unit>week|year)(?![a-z-])", mid_week),  # also "by mid-year"
    Rule("tonight at <hour>",
         r"(?P<named>tonight|tonite|2nite|2night|this\sevening)\sat\s(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?"
         r"(?![\d:]|\.\d|\s?(?:a\.?m|p\.?m|o['’]clock))", tonight_at),
    Rule("<part> <day>",
         r"(?P<part>early|late|earlier|later|mid-|mid)[\s-]?(?:(?P<daypart><DAYPART>)\s)?"
         r"(?P<named>today|yesterday|tomorrow|tonight|last\snight|"
         r"this\s(?:morning|afternoon|evening))(?![a-z])", part_of_day),
    Rule("<part> this <period>",
         r"<PART>(?P<rel>this|last|next|the\scoming|the\spast|the\scurrent|the|current)\s"
         r"(?P<unit>year|month|week|weekend|quarter|decade|century)(?![a-z-])", part_of_relative),
    # "due end of month", "by end of year": business writing leaves the article out
    Rule("end of <period>",
         # also "by end of day" (not "the end of day two")
         r"(?P<partof>beginning|start|middle|end|close)\sof\s(?P<unit>week|month|quarter|year|"
         r"(?<=end\sof\s)day(?!\s(?:one|two|three|four|five|\d)))(?![a-z-])", part_of_relative),
    # "reply by eod", "send it by cob": the end of this working day (week, month, year)
    Rule("by eod",
         r"(?:(?<=\bby\s)|(?<=\bbefore\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bat\s))"
         r"(?P<abbr>eod|cob|eow|eom|eoy)(?![a-z])"
         r"(?!\s(?:<WEEKDAY>|today|tomorrow|tmrw|tmr))", end_of_abbreviated),  # "cob friday": Friday
    Rule("<part> <decade>",
         r"(?P<the>the\s)?<PART>?(?:(?P<decade4>1\d{2}|20\d)0['’]?s|['’](?P<decade2>\d)0['’]?s"
         r"|(?:(?<=the\s)|(?<=the\searly\s)|(?<=the\slate\s)|(?<=the\smid-)|(?<=the\smid\s))"
         r"(?P<decade2b>\d)0['’]?s|(?:(?<=0s\sand\s)|(?<=0s\sor\s)|(?<=0s/)|(?<=0s-)"
         r"|(?<=0['’]s\sand\s)|(?<=0['’]s\sor\s)|(?<=0['’]s/))(?P<decade2c>\d)0['’]?s"
         r"|(?<=the\s)(?P<decadeword>twenties|thirties|forties|"
         r"fifties|sixties|seventies|eighties|nineties))(?![a-z0-9])", decade),
    # "the 20th century"; "the 18th" of "the 18th and 19th centuries" (two expressions, each its
    # own century: the second is the rule below)
    Rule("<ordinal> century",
         r"(?:the\s)?<PART>?(?P<ordinal><ORDINAL>)(?:[\s-]century(?![a-z])|(?=\s(?:and|or|to)\s"
         r"(?:(?:early|late|mid)[\s-])?<ORDINAL>\scenturies(?![a-z])))", century),
    Rule("<ordinal> and <ordinal> centuries",
         r"(?:(?P<part2>early|late|mid)[\s-])?(?P<ordinal2><ORDINAL>)\scenturies(?![a-z])", century),
    Rule("<rel> <season> <year>",
         r"(?P<the>the\s)?(?:(?P<rel>this\spast|this\scoming|this|last|next|past|coming|current)\s)?"
         r"<PART>?(?P<season><SEASON>)(?!\sbank\sholiday)(?:\s(?:of\s)?(?P<year><YEAR>|<SPOKENYEAR>)|"
         # "summer '24": the century nearest the anchor
         r"\s['’](?P<yy>\d{2})(?![\d'’%]|s(?![a-z])))?", season),
    Rule("<year>'s <ordinal> quarter",
         r"(?:the\s)?(?:(?P<qyear><YEAR>)|(?P<yearrel>this|last|next)\syear)'s\s"
         r"(?:(?P<ord>first|second|third|fourth)[\s-](?:fiscal\s)?)?quarter(?![a-z])", quarter),
    Rule("the <ordinal> quarter of <year>",
         r"(?:the\s)?(?:(?P<rel>current|latest|last|next|previous|past|prior|same|comparable|"
         r"corresponding|year-ago|year-earlier|this)\s)?(?:(?P<qyear><YEAR>)\s)?(?:fiscal[\s-])?"
         r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-](?:fiscal\s)?quarter(?![a-z])"
         r"(?:\s(?:of\s)?(?:fiscal\s)?(?P<year><YEAR>)|\sof\s(?P<yearrel>this|last|next)\syear"
         r"(?![a-z'’-]))?", quarter),
    # "the final quarter of 2024", "the last quarter of the year": the fourth ("the last
    # quarter" alone is the quarter before this one, below)
    Rule("the final quarter of <year>",
         r"the\s(?P<ord>final|last)\squarter\sof\s(?:(?P<year><YEAR>)|(?P<yearrel>this|last|next)"
         r"\syear|the\syear)(?![a-z'’-])", quarter),
    Rule("the latest quarter",
         r"the\s(?:(?P<rel>current|latest|last|next|previous|past|prior|comparable|"
         r"corresponding|year-ago|year-earlier|this|comparable\syear-ago|comparable\syear-earlier)\s)?"
         r"quarter(?![a-z-])" + _AGO, quarter),
    Rule("the 1988 quarter",
         r"the\s(?:(?P<rel>latest|comparable|corresponding|year-ago|year-earlier)\s|"
         r"(?P<qyear><YEAR>)\s)(?:quarter|period)(?![a-z-])" + _AGO, quarter),
    Rule("this quarter", r"(?P<rel>this|last|next)\squarter(?![a-z-])", quarter),
    # "the June quarter" (Australian and Indian reports): the quarter that ends in that month
    Rule("the June quarter",
         r"the\s(?:(?P<qyear><YEAR>)\s)?(?P<qmonth>march|june|september|december|sept?\.|dec\.)"
         r"\squarter(?![a-z-])", quarter),
    # also British and Australian figures "in the year to April", "the fortnight to May 3": the
    # length; the date is its own expression
    Rule("the year ended <date>",
         r"the\s(?:fiscal\s)?(?P<unit>year|fortnight|month|week)(?=\s(?:ended|ending)\s|"
         r"\sto\s(?:<MONTH>|[0-3]?\d(?:st|nd|rd|th)?\s<MONTH>))", year_ended),
    Rule("fiscal <year>",
         r"(?:the\s)?(?:(?P<rel>current|latest|last|next|previous|this|coming)\s)?"
         r"(?:fiscal|financial)"
         r"(?:\syear)?(?:\s(?P<year><YEAR>)|(?<=year)|"
         # "this fiscal", "last fiscal" (Indian reports): the fiscal year, its word left out
         r"(?<=fiscal)(?=\s?[.,;:!?)]|\s(?:and|but|as|when|after|before|to|from)\s)"
         r"(?<=(?:this|last|next)\sfiscal))(?![a-z-])", fiscal_year),
    Rule("the year-ago period",
         r"(?:the\s)?(?:comparable\s|corresponding\s)?year-(?:ago|earlier)(?:\s(?:period|year))?"
         r"(?![a-z-])", year_ago_period),
    Rule("year-end", r"(?:the\s)?year(?:-|\s|'s\s|’s\s)end(?![a-z])", year_end),
    Rule("the full year",
         r"the\s(?:full|whole|entire)\syear(?![a-z-])|"
         # "for the year"; "the first nine months of the year" (two expressions in TimeBank)
         r"(?:(?<=for\s)|(?<=months\sof\s)|(?<=quarters\sof\s))the\syear(?![a-z'’-])",
         this_year),
    # "two weeks from Friday", "a week from Tuesday": so long after the coming such day
    Rule("two weeks from Friday",
         # (a short number only: the rule is tried at every number of a text)
         r"(?P<num>an?|one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d?)\s"
         r"(?P<unit>weeks?|days?)\sfrom\s(?:this\s|next\s)?"
         r"(?P<weekday><WEEKDAY>)(?![a-z'’])", units_from_a_weekday),
    Rule("<amount> <unit> ago",
         r"(?:(?P<approx><APPROX>)\s)?(?P<num><NUM>)(?:\s(?P<upto>to|or)\s(?P<num2><NUM>))?"
         r"(?:\s|" + _GLUED + r")(?:more\s)?(?P<unit><UNIT>)"
         r"(?:\sor\sso)?\s(?P<dir>ago|earlier|from\s(?:now|today)|hence|back)(?![a-z])"
         # "one year ago today" (posts on an anniversary): to the day
         r"(?:(?<=ago)\s(?P<today>today)(?![a-z]))?", shift),
    # "years ago", "months ago": some time back (PAST_REF, as "several years ago")
    Rule("<units> ago",
         r"(?P<unit>hours|days|weeks|months|years|decades|centuries)\sago(?![a-z])", units_ago),
    Rule("in <amount> <unit>",
         r"(?P<prep>in|within)\s(?:(?P<approx><APPROX>)\s)?(?P<num><NUM>)\s(?P<unit><UNIT>)"
         # "in a year or two": some time ahead, no date
         r"(?P<ortwo>\sor\s(?:two|three)(?![a-z-]))?"
         # "in two weeks' time", "in a year's time" (British): the same date ahead
         r"(?!\s(?:ago|earlier|later|of\b|before|after))(?:(?P<time>['’]s?\stime)(?![a-z]))?"
         r"(?!['’-])", in_amount),
    Rule("the past <amount> <unit>",
         r"(?:(?P<approx>at\sleast|nearly|almost|more\sthan|less\sthan)\s)?(?:the\s)?"
         r"(?:past|last|next|first|coming|previous|latest|"
         r"final|remaining|following|preceding|initial|latest)\s(?P<num><NUM>)"
         r"(?:\s(?P<upto>to|or)\s(?P<num2><NUM>))?\s(?:more\s)?"
         r"(?P<unit><UNIT>)(?!-)(?:\sor\sso(?![a-z]))?", past_amount),
    # "the first few weeks of the war", "the final months of his life", "the early years"
    Rule("the first few <units>",
         r"the\s(?P<edge>first|final|early|opening|closing|initial)\s(?:few\s)?"
         r"(?P<unit>hours|days|weeks|months|years|decades)(?![a-z'’-])", first_units),
    Rule("the <amount> <unit>",
         r"the\s(?P<num>(?:\d{1,3}|<NUMWORD>))\s(?P<unit>days|weeks|months|years|quarters|hours|"
         r"decades)(?![a-z-])", past_amount),
    Rule("the coming <units>",
         r"(?:the\s)?(?:coming|upcoming|next\sfew|next\sseveral|(?<!\w)the\sfollowing)\s"
         r"(?P<unit>hours|days|weeks|months|quarters|years|decades)(?![a-z'’])", coming_units),
    Rule("the weeks ahead", r"the\s(?P<unit>days|weeks|months|years)\sahead(?![a-z])",
         coming_units),
    Rule("day-long", r"(?P<unit>hour|day|week|month|year|decade)(?P<plural>s)?-?long(?![a-z])",
         unit_long),
    Rule("recent <units>",
         r"(?:the\s)?(?:recent|past\sfew|last\sfew|past\sseveral|last\sseveral|previous|prior|"
         r"past)\s(?P<unit>days|weeks|months|quarters|years|decades|hours|minutes)(?![a-z])",
         recent_units),
    # "a quarter of a century", "a quarter-century": 25 years (not "a quarter", then "a century")
    Rule("a quarter century",
         r"(?:(?P<approx><APPROX>)\s)?(?:a\s|the\s)?quarter(?:[\s-]|\sof\sa\s)century(?![a-z-])",
         quarter_century),
    # a range of amounts is one span valued by its first number ("two to three weeks",
    # "24-48 hours"); "between two and six days" is "six days" in TimeBank
    Rule("<amount> <unit>",
         r"(?:(?P<approx><APPROX>)\s)?(?P<num><NUM>)(?:(?:\s(?P<upto>to|or)\s|[-–])(?P<num2><NUM>))?"
         r"(?:[\s-]|" + _GLUED + r")(?:(?:more|additional|extra|further|full|straight|consecutive|"
         r"successive|whole|long)\s)?(?:(?:trading|business|working)\s)?(?P<unit><UNIT>)"
         r"(?P<andhalf>\sand\sa\shalf)?(?:-long)?(?!-(?!low|high)[a-z])(?:\sor\sso(?![a-z]))?",
         amount_of_units),
    Rule("the weekend", r"the\s(?:weekend|wknd|wkend)(?![a-z])", the_weekend),  # "over the wknd"
    Rule("<rel> <month>", _REL_MONTH + r"\s(?P<month><FULLMONTH>)", relative_month),
    # posts' possessive without its apostrophe: "last sundays finale", "next fridays game" (a
    # set takes no "last": "last sundays" before a noun is one Sunday; not "the last Sundays of
    # the month", "last sundays were rough")
    Rule("<rel> <weekday>s <noun>",
         r"(?P<rel>last|next|this)\s(?P<weekday><WEEKDAYWORD>)"
         r"(?=s\s(?!(?:of|were|are|r|have|in|and|or)\s)[a-z])", weekday),
    # and with no "last": "sundays game was mad", "fridays episode" (before a word of an event
    # only: "mondays suck" is every Monday)
    Rule("<weekday>s <event>",
         r"(?P<weekday><WEEKDAYWORD>)(?=s\s(?:game|match|show|gig|party|final|episode|ep|race|"
         r"fixture|derby|concert|stream)(?![a-z]))", weekday),
    # "on Thursday last week", "Friday of next week": one day, of the week named
    Rule("<weekday> last week",
         r"(?P<weekday><WEEKDAY>)(?:\s(?P<daypart>morning|afternoon|evening|night)(?![a-z]))?"
         r",?\s(?:of\s)?(?P<rel>last|next|this)\sweek(?![a-z'’-])", weekday_of_a_week),
    Rule("<rel> <weekday> <day part>",
         r"(?:(?P<rel>last|next|this\scoming|this\spast|this|coming|past|the\sprevious|"
         r"the\sfollowing)\s)?(?P<weekday><WEEKDAYWORD>)(?P<plural>s)?(?![a-z])(?:\s(?P<daypart>morning|afternoon|evening|night|nite|eve)(?P<plural2>s)?(?![a-z]))?",
         weekday),
    Rule("<part> <weekday>",  # also British "late on Thursday", "early on Monday morning"
         r"(?P<part>early|late)\s(?:on\s(?=<WEEKDAY>)|(?P<daypart2><DAYPART>)\s)?(?P<weekday><WEEKDAY>)"
         r"(?:\s(?P<daypart>morning|afternoon|evening|night)(?![a-z]))?", weekday),
    # "this time last year": about the same day, a year back ("this time next week": ahead)
    Rule("this time last year",
         r"this\stime\s(?P<rel>last|next)\s(?P<unit>year|yr|month|week|wk)(?![a-z-])",
         this_time_then),
    Rule("<rel> <period>",
         r"(?P<rel>this\scoming|this\supcoming|this\spast|this|last|next|nxt|the\spast|the\slast|the\snext|"
         r"the\scoming|the\sprevious|the\sfollowing|the\scurrent|the\supcoming|upcoming|previous|past|"
         r"coming|current|"
         r"the\slatest|latest|the\sprior)\s(?P<unit>fiscal\syear|year|yr|month|week|weekend|wk|wknd|wkend|"
         r"quarter|qtr|decade|century)(?![a-z-])(?:\sor\sso(?![a-z]))?", relative_period),
    # "within the next fortnight", "over the past fortnight": two weeks, as "the past two weeks"
    Rule("the past fortnight",
         r"(?:the\s|this\s)?(?:past|last|next|coming)\sfortnight(?![a-z-])(?!\sof\s)", two_weeks),
    Rule("this morning",  # posts: "this am", "this mornin", "this morn", "this eve"
         # and the possessive without its apostrophe ("this mornings parkrun")
         r"this\s(?P<daypart>morning|afternoon|evening|mornin|morn|am|eve|arvo|aft|avo)"
         r"(?:(?![a-z-])(?!\.[a-z])|(?=s\s[a-z]))", this_day_part),
    Rule("in the morning", r"(?<=in\s)the\s(?P<daypart>morning|afternoon|evening)(?![a-z])",
         day_part_of_reference),
    Rule("by mid-afternoon",
         r"(?:(?<=by\s)|(?<=at\s)|(?<=until\s))(?P<daypart>mid-afternoon|midafternoon|"
         r"mid\safternoon)(?![a-z-])", day_part_of_reference),
    # "by late afternoon", "in the early evening": a part of the day named last (not "late
    # afternoon Tuesday", "early morning yesterday": rules above read those with their day)
    Rule("by late afternoon",
         r"(?P<part>early|late|mid)[\s-]?(?P<daypart>morning|afternoon|evening)(?![a-z-])"
         r"(?!,?\s(?:<WEEKDAYWORD>|today|yesterday|tomorrow|of|on)(?![a-z]))",
         day_part_of_reference),
    # "It's the second day of an offensive", "today is the eighth day of the strike": the day of
    # writing (TimeBank marks both so); told of a day gone by, the day is not known
    Rule("it is the second day",
         r"(?:the\s)?(?P<ordinal><ORDINAL>)\s(?:straight\s|consecutive\s|full\s)?day(?![a-z'’-])",
         day_of_an_event_today),
    Rule("today", r"(?P<named>today|yesterday|tomorrow|tonight|last\snight|the\sday\sbefore\s"
         r"yesterday|the\sday\safter\stomorrow|"
         + lx.trie_regex(lx.INFORMAL_NAMED_DAYS) + r")(?![a-z])(?:\s(?P<daypart><DAYPART>|"
         # posts: "tmrw morn", "tomorrow eve"
         r"(?:morn|mornin|eve|avo)(?![a-z'’])))?"
         # posts' possessive without its apostrophe: "yesterdays game", "todays news"
         r"|(?P<named2>today|yesterday|tomorrow|tonight|last\snight)(?=s\s[a-z])",
         named_day),
    # posts: "on sat", "sat night", "next thurs", "mon morning" (a bare "sat" or "wed" is a word)
    Rule("on sat",
         r"(?:(?P<rel>last|next|nxt|this)\s)?(?P<weekday>" + lx.trie_regex(lx.CASUAL_WEEKDAYS)
         # "mon-fri": a dash before another weekday is the cue
         + r")(?![a-z.’'])(?:(?=(?P<dash>[-–])(?:" + lx.trie_regex(lx.CASUAL_WEEKDAYS)
         + r"|<WEEKDAYWORD>)(?![a-z.’'-]))|(?![-–]))"
         r"(?:\s(?P<daypart>morning|afternoon|evening|night|nite|arvo|eve)(?![a-z]))?",
         casual_weekday),
    # "see everyone in the new year", "into the new year": the year ahead, not 1 January
    Rule("in the new year",
         # posts: "see u in the new yr"
         r"(?=the\snew\sy(?:ea)?r(?![a-z'’-]))(?:(?<=in\s)|(?<=into\s)|(?<=until\s)|(?<=till\s)|"
         r"(?<=til\s)|(?<=by\s)|(?<=after\s)|(?<=over\s))the\snew\sy(?:ea)?r", new_year_ahead),
    Rule("<holiday> <year>",
         r"(?:(?P<rel>last|next|this)\s)?(?P<holiday>"
         # either apostrophe, or none as posts write it ("st patricks day", "april fools day")
         + lx.trie_regex([*lx.HOLIDAYS, *lx.MOVEABLE_HOLIDAYS, *lx.LUNAR_AND_CHURCH_HOLIDAYS])
         .replace("'", "['’]?")
         + r")(?![a-z])(?:\s(?P<year><YEAR>))?"
         # "christmas morning", "halloween night": that day's part
         r"(?:\s(?P<daypart>morning|afternoon|evening|night|nite)(?![a-z]))?"
         # "Memorial Day weekend", "the Easter long weekend", "the Labor Day holiday weekend"
         r"(?:\s(?P<weekend>(?:holiday\s|long\s)?weekend)(?![a-z]))?", holiday),
    Rule("<month>", r"(?P<month><FULLMONTH>)", bare_month),
    # posts: "in sept", "since jan", "til august" (a bare "jan" or "august" may be a name or a word)
    Rule("in sept",  # (an abbreviation keeps its period: "in Jan.")
         r"(?P<month>" + lx.trie_regex(lx.CASUAL_MONTHS) + r")(?:\.(?![a-z0-9]))?(?![a-z0-9'’.-])",
         casual_month),
    Rule("the year <spoken year>",
         r"(?:the\syear\s)?(?P<year><SPOKENYEAR>)", spoken_year_rule),
    # other languages: "9 mai 2025", "le 1er mai", "9. Mai", "9 de mayo de 2025", "1º de maio",
    # "9 мая 2025 года" (after the English rules: a digit tries them last, before "<year>")
    Rule("<day> <month> <year> in fr/de/es/it/pt/ru",
         r"(?P<day>[0-3]?\d)(?:er|\.º|º|°|\.)?\s(?:de\s)?(?P<month><FOREIGNDAYMONTH>)"
         r"(?:\s(?:del?\s)?(?P<year><YEAR>)(?:\s(?:года|г\.))?)?", foreign_date),
    # "2025年5月9日", "5月9日", "5月9号", "2025年5月" (a bare "5月" is declined)
    Rule("<year>年<month>月<day>日 in Chinese/Japanese",
         r"(?:(?P<year>[12１２]\d{3})\s?年\s?)?(?P<monthnum>\d{1,2})\s?月"
         r"(?:\s?(?P<day>\d{1,2})\s?[日号])?", foreign_date),
    Rule("'<yy>", r"['’](?P<yy>\d{2})(?![\d'’%]|s(?![a-z]))", apostrophe_year),
    Rule("2k19", r"2k(?P<k>[0-4]\d)(?![\w'’-])", apostrophe_year),  # posts: "2k19 was crazy"
    # "2009-2010", "1957-58", "1960 - 1961"
    Rule("<year>-<year>, its first year", r"(?P<year><YEAR>)(?=[-–/]\d|\s[-–]\s\d)",
         year_range_start),
    Rule("<year>-<year>, its second year",
         r"(?:(?<=\d[-–/])|(?<=\d\s[-–]\s))(?P<second>(?:1\d{3}|20\d{2})|\d{2})(?![\d%a-z]|[:.]\d)"
         r"(?![-–/]\d)", year_range_end),
    Rule("<year>", r"(?P<theyear>the\syear\s)?(?P<year><YEAR>)(?!-\d)", year),
    # "every Sunday at noon", "each day at 9 a.m.": the clock time is the set's, not a date's
    Rule("every Sunday at noon",
         r"(?:every|each)\s(?:(?P<weekday><WEEKDAY>)|day)\s(?:at\s)?(?:(?P<noon>noon|midday|"
         r"midnight)|(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s?(?P<ampm>a\.m\.|p\.m\.|am|pm|"
         r"a\.m|p\.m))(?![a-z])", every_day_at),
    Rule("every <unit>",
         r"(?:every|each|per)\s(?:single\s)?(?:(?P<other>other)\s|(?P<num><NUM>|few)\s)?(?:(?P<unit><UNIT>)|"
         r"(?P<weekday><WEEKDAY>|"
         # posts: "every sat", "every thurs night"
         + lx.trie_regex(lx.CASUAL_WEEKDAYS) + r"(?![a-z.’'-]))"
         r"(?:\s(?P<daypart>morning|afternoon|evening|night|nite)(?![a-z]))?|"
         r"(?P<month><FULLMONTH>)|(?P<daypart2>morning|afternoon|evening|night)(?![a-z])|"
         r"(?P<season><SEASON>))", every_unit),
    # "twice a year", "once a week", "three times a day", "twice weekly": the whole phrase (TimeML)
    Rule("twice a <unit>",
         # posts: "3x a week", "2x daily"
         r"(?:once|twice|thrice|(?P<num><NUM>)\stimes|(?P<numx>\d{1,2})x)[\s-](?:(?:a|an|per|each|every)\s"
         r"(?P<unit><UNIT>)|(?P<setword>" + lx.trie_regex(lx.SET_ADVERBS) + r")(?![a-z]))",
         times_a_unit),
    # "on weekends", "at weekends": every weekend
    # and where a post begins ("weekends are for sleeping") or after work ("i work weekends")
    Rule("on weekends",
         r"(?:(?<=on\s)|(?<=at\s)|(?<=work\s)|(?<=working\s)|(?<![\s\S]))weekends(?![a-z'’])",
         weekends),
    # posts: "mornings are the worst", "nights r long": every morning, where a post begins
    Rule("mornings are",
         r"(?<![\s\S])(?P<daypart>morning|afternoon|evening|night)s"
         r"(?=\s(?:are|r|were|suck|go|always)(?![a-z'’]))", day_parts),
    Rule("daily", "(?P<setword>" + lx.trie_regex(lx.SET_ADVERBS) + r")(?![a-z])", set_adverb),
    # "Days later", "hours later": some days (TimeML: "Three days later" is "Three days")
    Rule("days later",
         r"(?P<unit>years|decades|months|weeks|days|hours|minutes)"
         r"(?=\s(?P<side>later|earlier|after|before|into|away|ahead|that\sfollowed)(?![a-z]))",
         vague_units),
    # "Decades of war", "after months of talks", "ended years of isolation": a length
    Rule("years of war",
         r"(?P<unit>years|decades|months|weeks|hours)(?=\s(?P<side>of)\s[a-z])", vague_units),
    Rule("for a while",
         # posts: "ages ago", some time back
         r"(?:(?:quite\s)?a\s(?:long\s|little\s|short\s)?while|ages(?=\sago))(?:\s(?P<ago>ago))?"
         r"(?![a-z])",
         a_while),
    Rule("for years",
         r"(?:(?<=for\s)|(?<=within\s)|(?<=\bin\s)|(?<=over\sthe\s)|"
         # "could take years", "a fire that lasted months", "after months of talks"
         r"(?<=\btake\s)|(?<=takes\s)|(?<=took\s)|(?<=lasted\s)|(?<=spent\s)|(?<=\bafter\s)|"
         r"(?<=follows\s)|(?<=despite\s)|(?<=\bamid\s)|(?<=\bbeen\s)|(?<=\bbe\s)|"
         r"(?<=\blast\s)(?<!the\slast\s))"
         r"(?P<unit>years|decades|months|weeks|days|centuries|hours|minutes)(?![a-z])", vague_units),
    Rule("now, recently, the future",
         "(?P<ref>" + lx.trie_regex(lx.REFERENCE_WORDS) + r")(?![a-z'’-])", reference),
)  # fmt: skip

# Words a match can begin with: the scan only tries the rules where one of these starts.
FIRST_WORDS: tuple[str, ...] = tuple(
    sorted(
        set(lx.MONTHS) | set(lx.WEEKDAYS) | set(lx.WEEKDAY_ABBREVIATIONS) | set(lx.SEASONS)
        | set(lx.UNITS) | set(lx.SET_ADVERBS)
        | set(lx.FOREIGN_MONTHS)
        | {w.split()[0] for w in lx.REFERENCE_WORDS} | {w.split()[0] for w in lx.NAMED_DAYS}
        | {w.split()[0] for w in lx.INFORMAL_NAMED_DAYS} | set(lx.CASUAL_WEEKDAYS)
        | {w.split()[0] for w in [*lx.HOLIDAYS, *lx.MOVEABLE_HOLIDAYS, *lx.LUNAR_AND_CHURCH_HOLIDAYS]}
        | set(NUMBER_WORDS) | set(ORDINAL_WORDS)
        | set(lx.DAY_PARTS) | {w.split()[0] for w in APPROX_MODS}
        | {"the", "a", "an", "this", "last", "next", "past", "coming", "previous", "following",
           "current", "latest", "prior", "early", "late", "earlier", "later", "mid", "mid-",
           "middle", "in", "within", "every", "each", "per", "fiscal", "year", "others", "people",
           "what", "several", "few", "couple", "many", "some", "half", "upcoming", "recent",
           "noon", "midnight", "midday", "midnite", "comparable", "corresponding", "year-ago",
           "year-earlier", "at", "just", "that", "well", "no", "up", "more", "less", "right", "as",
           "nowadays", "presently", "h", "mid-week", "midweek", "tonight", "nxt",
           "formerly", "previously", "soon", "future", "lately", "q", "fy", "once", "twice",
           "thrice", "end", "start", "beginning", "another", "hourlong", "daylong", "weeklong",
           "monthlong", "yearlong", "financial", "mid-year", "midyear", "ages", "quarter", "d-day",
           "eod", "cob", "eow", "eom", "eoy", "mornings", "afternoons", "evenings", "nights"}
    )
)  # fmt: skip
