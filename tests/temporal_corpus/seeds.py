"""The tagger's specification for news dated Wednesday 2025-05-07 (the seed articles' date).

Each row: (expected, phrasings). ``expected`` reads "VALUE [TYPE] [mod=MOD] [EARLIEST..LATEST]";
an interval written "-" means none (an unanchored duration). Each phrasing is a sentence with the
expected span in [brackets]; the tagger must find exactly that span with that value.
NEGATIVE sentences must yield no time expression at all (or none over the [bracketed] part when
brackets are given).
"""

ANCHOR = "2025-05-07"

POSITIVE: list[tuple[str, list[str]]] = [
    # weekdays, tense-aware
    (
        "2025-05-08 DATE 2025-05-08..2025-05-08",
        [
            "Talks on [Thursday].",
            "Xi is scheduled to meet Putin for formal talks on [Thursday].",
            "[Thursday] will see the talks.",
            "The ministers will meet on [Thursday], officials said",
        ],
    ),
    (
        "2025-05-09 DATE 2025-05-09..2025-05-09",
        [
            "[Friday]",
            "He will join other leaders on [Friday] for a parade.",
            "The parade is [Friday].",
        ],
    ),
    (
        "2025-05-02 DATE 2025-05-02..2025-05-02",
        [
            "The deal was signed [last Friday].",
            "[Last Friday], officials met.",
            "[last Friday]",
        ],
    ),
    (
        "2025-05-05 DATE 2025-05-05..2025-05-05",
        [
            "The two leaders met on [Monday].",
            "He said on [Monday] that talks had ended.",
            "Police arrested him [Monday].",
        ],
    ),
    (
        "2025-05-12 DATE 2025-05-12..2025-05-12",
        [
            "The two leaders will meet on [Monday].",
            "Talks are expected to resume [Monday].",
            "They meet again [next Monday].",
        ],
    ),
    ("2025-05-07 DATE", ["Officials said [Wednesday] that the talks went well."]),
    # a day of an event told in the present is the day of writing (twenty-first pass)
    (
        "2025-05-07 DATE 2025-05-07..2025-05-07",
        [
            "It's [the second day] of an offensive by the army.",
            "It is [the fifth straight day] of protests.",
            "The strike, which is in its [third day], has shut the port.",
        ],
    ),
    # a possessive weekday names a day whose event is over, whatever the clause's tense
    (
        "2025-05-01 DATE 2025-05-01..2025-05-01",
        [
            "Shares ended above [Thursday]'s closing price.",
            "Lawyers will appeal [Thursday]’s ruling.",
        ],
    ),
    ("2025-05-09 DATE", ["The offer is due to expire [Friday]."]),
    ("2025-05-02 DATE", ["The offer had been due to expire [Friday]."]),
    # irregular past forms are cues of the past too
    ("2025-05-02 DATE", ["The ship sank on [Friday].", "Troops withdrew [Friday]."]),
    ("2025-05-03 DATE", ["Voting started as planned on [Saturday]."]),
    ("2025-05-10 DATE", ["Protesters planned a march on [Saturday]."]),
    # month and day without a year
    (
        "2025-05-09 DATE 2025-05-09..2025-05-09",
        [
            "The parade on [May 9].",
            "The parade on [9 May].",
            "[On May 9], Xi will join leaders.".replace("[On May 9]", "On [May 9]"),
            "[the 9th of May] parade",
            "on [May 9th]",
            "[Friday, May 9]",
            "[May 9, 2025]",
            "[9 May 2025]",
            "[2025-05-09]",
        ],
    ),
    ("2026-01 DATE 2026-01-01..2026-01-31", ["The company plans to open the plant in [January]."]),
    ("2025-01 DATE 2025-01-01..2025-01-31", ["The plant opened in [January]."]),
    ("2025-09-03 DATE", ["The summit is set for [Sept. 3].", "The summit will open [Sept. 3]."]),
    (
        "2025-05-08 DATE 2025-05-08..2025-05-08",
        ["[Thursday, May 8]", "[May 8]", "on [Thursday 8 May]", "[Thursday, the 8th of May]"],
    ),
    # a weekday named with the date picks a year in which the date is that weekday
    ("2024-03-21 DATE 2024-03-21..2024-03-21", ["The match is on [Thursday 21 March]."]),
    ("2026-01-10 DATE 2026-01-10..2026-01-10", ["The vote is on [Saturday, Jan. 10]."]),
    ("2024-10-23 DATE", ["The firm reported on [Oct. 23] that profits fell."]),
    # parts of periods
    (
        "2025-08 DATE mod=END 2025-08-21..2025-08-31",
        [
            "a visit in [late August]",
            "Putin will travel in [late August].",
            "[the end of August]",
        ],
    ),
    (
        "2025-09 DATE mod=START 2025-09-01..2025-09-10",
        [
            "in [early September]",
            "[the beginning of September]",
        ],
    ),
    (
        "2025-08 DATE mod=END 2025-08-21..2025-09-10",
        [
            "Putin is scheduled to travel to China in [late August or early September].",
        ],
    ),
    (
        "2026 DATE mod=MID 2026-05-01..2026-08-31",
        ["The pipeline opens in [mid-2026].", "[mid 2026]"],
    ),
    (
        "2025-05 DATE mod=END 2025-05-21..2025-05-31",
        [
            "by [the end of the month]",
            "by [the end of this month]",
        ],
    ),
    (
        "2025-11 DATE mod=MID 2025-11-11..2025-11-20",
        ["Talks are expected in [mid-November].", "[the middle of November] will see"],
    ),
    # relative periods
    ("2025 DATE 2025-01-01..2025-12-31", ["one of the key events [this year]", "in [2025]"]),
    (
        "2025 DATE mod=AFTER 2025-05-07..2025-12-31",
        [
            "Putin may pay a visit to China [later this year].",
        ],
    ),
    ("2025 DATE mod=BEFORE 2025-01-01..2025-05-07", ["Talks stalled [earlier this year]."]),
    ("2025-W19 DATE 2025-05-05..2025-05-11", ["[This week]’s visit", "talks [this week]"]),
    ("2025-06 DATE 2025-06-01..2025-06-30", ["talks [next month]"]),
    ("2024 DATE 2024-01-01..2024-12-31", ["[last year]", "a year before, in [2024]"]),
    ("2025-05-21 DATE 2025-05-21..2025-05-21", ["The deal will be signed in [two weeks]."]),
    ("2025-05-04 DATE 2025-05-04..2025-05-04", ["He arrived [three days ago]."]),
    ("2024 DATE 2024-01-01..2024-12-31", ["Prices rose [a year ago]."]),
    ("2025-05-06 DATE 2025-05-06..2025-05-06", ["He arrived [yesterday]."]),
    ("2025-05-08 DATE 2025-05-08..2025-05-08", ["talks [tomorrow]"]),
    ("2025-05-07TNI TIME 2025-05-07..2025-05-07", ["a dinner [tonight]"]),
    ("2025-05-07TMO TIME", ["He arrived [this morning]."]),
    ("2025-05-06TNI TIME", ["He arrived [last night]."]),
    (
        "PRESENT_REF DATE 2025-05-07..2025-05-07",
        [
            "It [now] buys more oil.",
            "[Currently], China buys more oil.",
            "[Now] officials are investigating him.",
            "Troops are there for [now], officials said.",
        ],
    ),
    ("PAST_REF DATE", ["He [recently] visited Moscow.", "[More recently], he visited Kyiv."]),
    # a vague stretch up to the anchor: a duration (TimeBank's majority), with its rough interval;
    # "recent years" without "the" is TimeBank's vague past (PAST_REF), over the same interval
    (
        "PXY DURATION 2022-05-07..2025-05-07",
        ["over [the past few years]", "in [the last several years]"],
    ),
    (
        "PAST_REF DATE 2022-05-07..2025-05-07",
        ["in [recent years]", "Losses were bigger in [past years]."],
    ),
    ("PXW DURATION 2025-03-26..2025-05-07", ["in [recent weeks]", "[the past few weeks]"]),
    ("PRESENT_REF DATE", ["Few people write letters [these days]."]),
    # "to this day" is the present ("the song is loved to this day"); "this day" alone is a day
    (
        "PRESENT_REF DATE",
        [
            "The shipwreck is a mystery to [this day].",
            "The cause is unknown until [this day].",
            "In [this day and age], few firms pay by cheque.",
        ],
    ),
    ("PXW DURATION 2025-05-07..2025-06-18", ["in [the weeks ahead]"]),
    ("P1D DURATION -", ["a [day-long] strike"]),
    (
        "2026 DATE mod=APPROX 2026-01-01..2026-12-31",
        ["Prices will rise over [the next year or so]."],
    ),
    ("P2Y DURATION mod=APPROX -", ["Prices will rise over [the next two years or so]."]),
    # "the next year", "the coming month": a stretch of one unit from the day of writing, as "the
    # next two years" is P2Y (twenty-first pass); "next year" is the calendar year; in a story
    # told in the past, "the next year" follows the year named last
    (
        "P1Y DURATION -",
        ["The firm will cut jobs over [the next year].", "[The next year] will be crucial."],
    ),
    ("P1M DURATION -", ["A decision is due within [the next month]."]),
    ("P1W DURATION -", ["The vote is expected in [the coming week]."]),
    ("2006 DATE", ["He was elected in 2005 and resigned [the next year]."]),
    # but how long, after "spent", "took", and a decade always
    ("P1Y DURATION -", ["Jailed in 1990, he spent [the next year] in a cell."]),
    ("P10Y DURATION -", ["Jailed in 1990, he was moved often over [the next decade]."]),
    # a quotation keeps the speaker's own tense, not that of the "said" after it
    ("P1W DURATION -", ['"Nothing will change [the next week] or after," he said.']),
    ("2026 DATE", ["Ministers argued over [the next year]'s budget."]),
    ("P8D DURATION -", ["[Eight trading days] later, shares fell."]),
    # "within" bounds the duration (the mod); the span leaves it out, as TimeBank does
    ("P18M DURATION mod=EQUAL_OR_LESS -", ["The plant will be built within [18 months]."]),
    ("P1Y DURATION -", ["The contract runs for [an additional year]."]),
    ("1959 DATE", ["the post-[1959] exodus of Cubans"]),
    ("PXY DURATION -", ["a [decades-long] feud"]),
    # a deadline ("until", "by") is ahead even in a past-tense clause, unless in the past perfect
    ("2025-05-13 DATE", ["Officials postponed the vote until [Tuesday]."]),
    # a plan moved to a weekday: the new day lies ahead, though the move is told in the past
    (
        "2025-05-09 DATE",
        [
            "The signing was brought forward to [Friday].",
            "The signing has been brought forward to [Friday] by the government.",
            "The summit was moved to [Friday].",
        ],
    ),
    (
        "2025-05-13 DATE",
        [
            "The launch was pushed back to [Tuesday].",
            "The vote has been postponed to [Tuesday], officials said.",
            "The hearing was rescheduled for [Tuesday].",
        ],
    ),
    # in the past perfect the move, and its date, are past
    ("2025-05-02 DATE", ["The vote had been moved to [Friday] before the recount."]),
    ("2025-05-05 DATE", ["Ten members had filed reports by [Monday]."]),
    # a month in a future-tense clause is ahead, however far; in a past one the tense gives way
    # to a much nearer date (reports of plans)
    ("2026-02 DATE", ["Collins will command a mission in [February]."]),
    ("2025-02 DATE", ["Collins flew a mission in [February]."]),
    # anaphora: placed from the date the story named last, not from the publication date
    (
        "1996 DATE 1996-01-01..1996-12-31",
        ["The plant opened on May 22, 1995, and closed [the following year]."],
    ),
    ("1988 DATE", ["Sales peaked in 1988; [that year] the firm hired 500 people."]),
    (
        "2025-05-03 DATE 2025-05-03..2025-05-03",
        ["He was shot on Friday, May 2, and died [the next day]."],
    ),
    ("2025-05-03TMO TIME", ["He was arrested on May 2 and appeared in court [the next morning]."]),
    ("2025-05-02TMO TIME", ["Prices fell on Friday, May 2. Dealers sold in [the morning]."]),
    (
        "1998 DATE mod=AFTER 1998-06-01..1998-12-31",
        ["He left in June 1998 and returned [later that year]."],
    ),
    ("2025-04 DATE", ["Talks began in March. [The following month] they failed."]),
    ("1999-10-23 DATE", ["The fire broke out on Oct. 23, 1999. [Earlier that day], it rained."]),
    # "the past" itself, not the start of a longer phrase
    (
        "PAST_REF DATE",
        [
            "In [the past], Russia has often claimed it.",
            "than they have in [the past].",
            "Crane said that in [the past] it considered a bid.",
        ],
    ),
    ("FUTURE_REF DATE", ["talks in [the future]", "a deal in [the near future]"]),
    # "soon" between a modal and its verb (not "soon after", "was soon released")
    (
        "FUTURE_REF DATE",
        ["The company will [soon] begin selling boxes.", "It expects sales to [soon] grow."],
    ),
    # "one day" between a modal and its verb: some day ahead, not a length
    (
        "FUTURE_REF DATE",
        [
            "Islam will [one day] be the second largest religion in the country.",
            "The vaccine could [one day] replace the old one.",
        ],
    ),
    ("P1D DURATION", ["The strike will last [one day].", "The trial will take [one day]."]),
    # "in a year or two": some time ahead, too vague for a date; told in the past, a length
    (
        "FUTURE_REF DATE",
        ["You may, in [a year or two], save a few more lives.", "It opens in [a week or two]."],
    ),
    ("PXY DURATION", ["Prices doubled in [a year or two]."]),
    ("P1M DURATION", ["It could take as long as [a month] or two."]),
    ("PXD DURATION", ["in [the coming days]"]),
    ("2025-SU DATE 2025-06-01..2025-08-31", ["[this summer]", "in [summer 2025]"]),
    ("2024-FA DATE", ["[last fall]", "[last autumn]"]),
    (
        "2025-Q3 DATE 2025-07-01..2025-09-30",
        [
            "[the third quarter]",
            "[third-quarter] profit",
            "[2025-Q3]",
            "[the third quarter of 2025]",
        ],
    ),
    (
        "2025-Q1 DATE",
        [
            "profit in [the quarter]",
            "[the latest quarter]",
            "The storm will weigh on [the quarter]'s results.",
            "Quarterly profit rose in [the latest period].",
        ],
    ),
    (
        "2024-Q1 DATE",
        [
            "Net income rose in the quarter from $2 a share [a year ago].",
            "third-quarter profit, up from [a year earlier]",
            "[the year-ago quarter]",
            "[the 2024 quarter]",
        ],
    ),
    # "the quarter" of a report is the quarter its lead named, the latest such one over
    (
        "2024-Q4 DATE 2024-10-01..2024-12-31",
        [
            "Fourth-quarter profit rose 5%. Sales in [the quarter] were flat.",
            "Profit rose in the fourth quarter. After a weak third quarter, [the latest period] "
            "showed gains.",
        ],
    ),
    ("2023-Q4 DATE", ["Fourth-quarter profit rose 5%, up from [the year-ago quarter]."]),
    # the same quarter a year back, however phrased
    (
        "2024-Q1 DATE 2024-01-01..2024-03-31",
        [
            "First-quarter profit rose 5% from [the quarter a year ago].",
            "First-quarter sales rose from [the corresponding period last year].",
            "First-quarter profit rose; [last year's quarter] was weak.",
            "Profit rose from [the comparable year-ago quarter].",
        ],
    ),
    # the anchor's own quarter is an outlook, a fiscal quarter no calendar one: the last over
    (
        "2025-Q1 DATE",
        [
            "Second-quarter sales should grow, after [the quarter] just ended.",
            "Fiscal first-quarter profit rose; in [the quarter], sales fell.",
        ],
    ),
    ("2024 DATE", ["Sales rose from [a year earlier]."]),
    # "three days later" counts from an event of the story, not from the publication date: the
    # duration alone is time (TimeBank annotates it so)
    (
        "P3D DURATION -",
        ["[Three days] later, the talks resumed.", "He died [three days] later."],
    ),
    ("PXD DURATION -", ["[A few days] later, the talks resumed."]),
    # "last" the verb before a vague amount: the length alone ("the last several days" stays)
    (
        "PXD DURATION -",
        ["The conclave could last [several days].", "It will not last [a few days]."],
    ),
    ("2025-W19-WE DATE 2025-05-10..2025-05-11", ["talks over [the weekend] will"]),
    # durations
    ("P4D DURATION -", ["a [four-day] state visit", "a [4-day] visit", "[four days]"]),
    ("P80Y DURATION -", ["commemorating [80 years] since the defeat", "[eighty years]"]),
    ("P2Y6M DURATION -", ["[two and a half years]", "[2 1/2 years]"]),
    ("P30M DURATION -", ["[30 months]"]),
    ("PT1M30S DURATION -", ["[a minute and a half]"]),
    ("P2Y DURATION", ["[a couple of years]", "[two years]"]),
    ("PXY DURATION -", ["for [decades]"]),
    ("P5Y DURATION", ["stocks hit a [five year] low", "a [five-year] plan"]),
    ("PT24H DURATION", ["in [the last twenty four hours]"]),
    ("P2M DURATION", ["[the past two months]", "[the last two months]"]),
    ("P9M DURATION", ["[the first nine months]", "in [the nine months]"]),
    ("PXY DURATION", ["[several years]", "[a few years]"]),
    # a bare plural unit after "for", "within", "in", "over the" is a vague duration
    (
        "PXY DURATION -",
        ["growth for the first time in [years]", "over the [years] many more", "for [years]"],
    ),
    ("PXW DURATION -", ["Troops will be sent within [weeks]."]),
    ("PTXH DURATION -", ["The talks went on for [hours]."]),
    ("PTXM DURATION -", ["Police arrived within [minutes].", "In [minutes], the fire spread."]),
    # "years ago": some time back
    ("PAST_REF DATE", ["He left [months ago].", "The plant closed [years ago]."]),
    ("PT30M DURATION -", ["The meeting lasted [half an hour]."]),
    # a rate in hours, minutes or seconds is a set of that time unit ("PT1H", not "P1TH")
    ("PT1H SET", ["The convoy crawled at 20 miles [an hour]."]),
    ("PT1S SET", ["Crude poured out at 50 barrels [a second], engineers said."]),
    # a range of amounts is one span, valued by its first number
    ("P2W DURATION -", ["Shipments resume within [two to three weeks]."]),
    ("P12M DURATION -", ["Deals will be made during [the next 12 to 18 months]."]),
    ("2023 DATE", ["The plant closed [two or three years ago]."]),
    # "by mid-afternoon": the afternoon of the day named last
    ("2025-05-02TAF TIME", ["Police came on Friday. By [mid-afternoon], the fire was out."]),
    ("PXQ DURATION", ["Sales will rise in [coming quarters].", "Sales fell in [recent quarters]."]),
    # a range of years is two expressions, one per year, as TimeML annotates it
    (
        "2009 DATE 2009-01-01..2009-12-31",
        ["The [2009]-2010 pandemic killed many.", "in the war of [2009]–2011"],
    ),
    (
        "2010 DATE 2010-01-01..2010-12-31",
        ["The 2009-[2010] pandemic killed many.", "the 2009–[10] season", "in 2009/[10]"],
    ),
    ("1958 DATE 1958-01-01..1958-12-31", ["The 1957-[58] season was the worst."]),
    # a range of days likewise: each day its own expression, sharing the month and year
    (
        "2025-05-10 DATE 2025-05-10..2025-05-10",
        ["The festival runs May 8-[10].", "The summit is on May 9 and [10] in Geneva."],
    ),
    ("2025-06-25 DATE 2025-06-25..2025-06-25", ["The summit runs [25]–27 June 2025."]),
    ("2024-06-25 DATE 2024-06-25..2024-06-25", ["The summit ran [June 25]-27, 2024."]),
    ("2024-06-27 DATE 2024-06-27..2024-06-27", ["The summit ran June 25-[27, 2024]."]),
    # a weekday with its date in brackets is that date
    ("2025-05-13 DATE 2025-05-13..2025-05-13", ["The vote is on [Tuesday] (May 13)."]),
    # years, decades, seasons, centuries
    (
        "2022 DATE 2022-01-01..2022-12-31",
        [
            "reinforcing the [2022] partnership",
            "in [2022], troops",
            "since [2022]",
        ],
    ),
    (
        "197 DATE 1970-01-01..1979-12-31",
        [
            "as Washington once did in [the 1970s].",
            "[the '70s]",
            "[the seventies]",
            "[1970s]",
        ],
    ),
    ("199 DATE 1990-01-01..1999-12-31", ["[the 90s]", "[the 1990s]", "[the nineties]"]),
    ("198 DATE mod=END 1987-01-01..1989-12-31", ["[the late 1980s]"]),
    # a two-digit decade written "the 30's"; the second of two decades ("the 1880s and 90s") is
    # in the first one's century
    ("193 DATE", ["Wages fell in [the 30's].", "Jazz thrived in the 1920s and [30s]."]),
    ("189 DATE", ["Mills closed in the 1870s and [90s].", "It peaked in the 1880s/[90s]."]),
    ("199 DATE", ["Crime rose in the 70s or [90s].", "Films of the '80s and [90's] sold well."]),
    ("197 DATE", ["A fad of the 1960s-[70s] came back."]),
    # a round hundred is a century ("the 2000s" stays a decade)
    ("18 DATE 1800-01-01..1899-12-31", ["Cities grew in [the 1800s]."]),
    ("19 DATE mod=START", ["Cars spread in [the early 1900s]."]),
    ("200 DATE 2000-01-01..2009-12-31", ["Prices rose in [the 2000s]."]),
    # "end-March", "end of next month": the end of the period without "the"
    ("2025-03 DATE mod=END", ["Stocks rose in [end-March]."]),
    ("2025-05 DATE mod=END", ["The deal is due by [end of the month]."]),
    ("2025 DATE mod=END", ["The deal is due by [end-2025]."]),
    ("19 DATE 1900-01-01..1999-12-31", ["[the 20th century]", "in [the twentieth century]"]),
    # two centuries named together are two expressions, the first without its noun
    ("17 DATE", ["Ships of [the 18th] and 19th centuries sank here."]),
    ("18 DATE", ["Ships of the 18th and [19th centuries] sank here."]),
    ("15 DATE mod=START", ["It spread in the late 15th and [early 16th centuries]."]),
    ("1996 DATE", ["in [nineteen ninety-six]"]),
    ("2000 DATE", ["[the year two thousand]"]),
    # absolute dates in news formats
    ("2025-05-09 DATE", ["[May 9, 2025]", "[9 May 2025]", "[2025-05-09]", "[Friday, May 9, 2025]"]),
    ("1998-08-07 DATE", ["[Aug. 7, 1998]", "[August 7, 1998]"]),
    ("2025-09 DATE", ["[September 2025]", "[Sept. 2025]"]),
    ("1997-01 DATE", ["[January nineteen ninety-seven]"]),
    # other languages (month names from dateparser's locale data): a day and a month, a month and
    # a year, Chinese/Japanese numerals. Without a year, the year nearest the anchor: the tense
    # cues are English words ("Was geschieht" is "what happens", not the past)
    (
        "2025-05-09 DATE 2025-05-09..2025-05-09",
        [
            "Le défilé aura lieu le [9 mai 2025] à Moscou.",
            "Am [9. Mai 2025] findet die Parade statt.",
            "Was geschieht am [9. Mai]?",
            "El desfile será el [9 de mayo de 2025].",
            "A parada será em [9 de maio de 2025].",
            "La parata del [9 maggio 2025] a Mosca.",
            "Парад пройдёт [9 мая 2025 года] на Красной площади.",
            "Парад состоялся [9 мая].",
            "据报道，[2025年5月9日]，习近平抵达莫斯科。",
            "[2025年5月9日]、首脳会談が行われた。",
            "会谈定于 [5月9号] 举行。",
            "习近平于[2025年5月9日]抵达莫斯科。",
            "首脳会談は[5月9日]に行われた。",
            "[２０２５年５月９日]",
        ],
    ),
    (
        "2025-05-01 DATE 2025-05-01..2025-05-01",
        ["le [1er mai]", "el [1.º de mayo]", "no [1º de maio]", "il [1° maggio]", "am [1. Mai]"],
    ),
    (
        "2025-05 DATE 2025-05-01..2025-05-31",
        [
            "en [mai 2025]",
            "im [Mai 2025]",
            "en [mayo de 2025]",
            "em [maio de 2025]",
            "a [maggio 2025]",
            "Визит состоялся в [мае 2025 года].",
            "с [мая 2025 г.] цены росли",
            "[2025年5月]",
        ],
    ),
    ("2025-01-07 DATE", ["le [7 janv. 2025]", "[7 янв. 2025]", "am [7. Jänner 2025]"]),
    ("2025-03-02 DATE", ["le [2 mars]"]),  # "2 Mars rovers" is not a date (NEGATIVE)
    # the nearest year, back or ahead
    ("2024-12-30 DATE", ["Le sommet s'est tenu le [30 décembre].", "Саммит прошёл [30 декабря]."]),
    ("2025-07-01 DATE", ["Der Gipfel beginnt am [1. Juli].", "[7月1日]，峰会开幕。"]),
    # times
    ("2025-05-06T15:00 TIME", ["The blast came at [3 p.m. Tuesday]."]),
    ("2025-05-07T19:15 TIME mod=APPROX", ["[around 7:15 p.m.]"]),
    ("2025-W11 DATE 2025-03-10..2025-03-16", ["The trial opened [the week of March 10]."]),
    # a clock time alone is on the day the text named last (else the anchor's day)
    (
        "2025-05-02T10:35 TIME 2025-05-02..2025-05-02",
        ["The bomb went off on Friday, May 2. Police came at [10:35 a.m.]"],
    ),
    # ...but a clock time followed within a parenthesis or a comma by a day is on that day
    (
        "2025-05-02T10:35 TIME 2025-05-02..2025-05-02",
        [
            "The blast occurred at [10:35 a.m.] (0735 GMT) Friday, police said.",
            "It went off at [10:35 a.m.] (0735 GMT), on Friday, May 2.",
        ],
    ),
    (
        "2025-05-02T10:35 TIME mod=APPROX 2025-05-02..2025-05-02",
        ["The blast occurred at [about 10:35 a.m.] (0735 GMT) Friday, toppling a building."],
    ),
    # (a day after the sentence ends is not the clock's day)
    ("2025-05-07T10:35 TIME", ["It opened at [10:35 a.m.] (0735 GMT). Friday was quiet."]),
    ("2025-05-09T12:00 TIME", ["The parade starts at [noon Friday]."]),
    ("2025-05-07T04:00 TIME", ["He will leave at [4 in the morning]."]),
    ("2025-05-07T12:00 TIME", ["The vote is at [noon]."]),
    ("2025-05-07 DATE", ["The offer is advertised in [today]'s editions."]),
    ("2025-W19 DATE", ['"[This week] we will vote," he said.']),
    ("2025-05-08T04:00 TIME", ["He will leave at [4 in the morning] (4 a.m. EDT Thursday)."]),
    ("2025-05-07T21:00 TIME", ["The show starts at [9 at night]."]),
    ("2025-05-06 DATE mod=START", ["He left [early Tuesday]."]),
    ("2025-05-09 DATE mod=END", ["He will arrive [late Friday]."]),
    ("2025-05-06 DATE mod=END", ["The talks ended [late yesterday]."]),
    ("2025-05-07 DATE", ["[earlier today]"]),
    ("2025-05-06TAF TIME", ["He arrived [mid-afternoon yesterday]."]),
    ("2025-05-06TMO TIME", ["He arrived [yesterday morning]."]),
    # business news: quarters, halves, fiscal years, year-end
    ("2025-Q3 DATE", ["[this year's third quarter]", "[next quarter]"]),
    ("2024-Q4 DATE", ["[last year's fourth quarter]"]),
    # a quarter reported in the past has begun by the anchor; ahead or tenseless, this year's
    (
        "2024-Q4 DATE 2024-10-01..2024-12-31",
        [
            "AT&T announced a drop in profits for [the fourth quarter].",
            "[Fourth-quarter] profit fell.",
        ],
    ),
    (
        "2025-Q4 DATE",
        ["Profit will rise in [the fourth quarter].", "[The fourth quarter] looks weak."],
    ),
    ("2025-Q1 DATE", ["Profit rose in [the first quarter]."]),
    ("2025-Q2 DATE 2025-04-01..2025-06-30", ["[this quarter]"]),
    ("2026-H1 DATE 2026-01-01..2026-06-30", ["[the first half of 2026]"]),
    ("2024 DATE", ["[fiscal 2024]", "[the year-ago period]", "the [year-earlier] profit"]),
    ("2025 DATE", ["[the current fiscal year]"]),
    ("2025 DATE mod=END 2025-09-01..2025-12-31", ["by [year-end]", "by [year's end]"]),
    (
        "2025 DATE 2025-01-01..2025-12-31",
        [
            "profit for [the full year]",
            "sales for [the year]",
            "sales in the first nine months of [the year]",
        ],
    ),
    # a year that ends on a named date is a span of twelve months (the date its own expression)
    (
        "P1Y DURATION -",
        [
            "Profit rose 5% for [the year] ended March 31.",
            "Revenue in [the fiscal year] ending June 30 will fall.",
        ],
    ),
    ("2025-03-31 DATE", ["Profit rose 5% for the year ended [March 31]."]),
    # a possessive weekday is over ("Tuesday's ruling") unless "will" governs its clause
    ("2025-05-10 DATE", ["Richmond will face Adelaide in [Saturday]'s grand final."]),
    (
        "2025-05-06 DATE",
        [
            "They said they would look for ways around [Tuesday]'s ruling.",
            "It will erode the trust that had begun to build after [Tuesday]'s deal.",
        ],
    ),
    # "the final quarter of 2024": the fourth ("the last quarter" alone is the one before)
    (
        "2024-Q4 DATE",
        [
            "The bank cut rates in [the final quarter of 2024].",
            "Sales slumped in [the last quarter of last year].",
        ],
    ),
    ("2025-Q4 DATE", ["Growth will pick up in [the final quarter of the year]."]),
    # a range of weekdays runs forward: its end follows its start ("will run from Monday to
    # Wednesday" on a Wednesday is next week's, not today); a past range keeps both days
    ("2025-05-14 DATE", ["The strike will run from Monday to [Wednesday]."]),
    ("2025-05-15 DATE", ["Temperatures will hit 30C between Tuesday and [Thursday]."]),
    ("2025-05-07 DATE", ["The strike ran from Monday to [Wednesday]."]),
    # weather: "is forecast" looks ahead
    ("2025-05-11 DATE", ["Heavy rain is forecast for [Sunday].", "Storms are predicted [Sunday]."]),
    # British and Australian figures: "in the year to April" is twelve months (TimeBank's "the
    # year ended March 31"), the month its own expression
    (
        "P1Y DURATION",
        ["Prices rose 6.3% in [the year] to April.", "Wages grew 5% in [the year] to 31 March."],
    ),
    ("P2W DURATION", ["The figures cover [the fortnight] to May 3."]),
    ("P1M DURATION", ["Grocery inflation was 17% in [the month] to May 14."]),
    # months with last/next
    ("2025-04 DATE", ["[last April]"]),
    ("2024-05 DATE", ["[last May]"]),
    # "the next day" of a story told in the past is no cue ahead: its date stays in the past
    ("2024-11-16 DATE", ["They left the next morning, [November 16], for Rome."]),
    ("2025-11-16 DATE", ["They will leave next month, on [November 16]."]),
    # the end of a range ahead whose year the anchor gave follows its start ("from June 1 to
    # November 30", written in May: this November, not last)
    ("2026-04-30 DATE", ["The season runs from June 1 to [April 30] each year."]),
    ("2025-03 DATE", ["Sales were flat from January to [March]."]),
    # "it was not until March that...": a day already past, though "until" looks ahead
    ("2025-03 DATE", ["It was not until [March] that the rules changed."]),
    ("2025-04-20 DATE", ["It wasn't until [April 20] that the firm hired a lawyer."]),
    ("2025-06 DATE", ["The talks were postponed until [June]."]),
    # a news caption's "In this March 3 photo": "this" points at the photo, the date follows
    ("2025-03-03 DATE", ["In this [March 3] photo, firefighters work at the scene."]),
    ("2024-11-20 DATE", ["In this [Nov. 20, 2024] file photo, the minister speaks."]),
    ("2025-06 DATE", ["The plant will reopen [this June]."]),
    ("2026-01 DATE", ["[next January]"]),
    ("2025-05-09 DATE", ["[5/9/2025]", "[05/09/2025]", "[9.5.2025]", "[2025/05/09]", "[2025.5.9]"]),
    ("2013-03-21 DATE", ["sent on [21/03/2013]"]),  # month first unless it cannot be
    ("PTXH DURATION", ["survivors may be found in [the coming hours]"]),
    # a week of a month: its seven days, valued as the ISO week holding most of them
    ("2025-W23 DATE 2025-06-01..2025-06-07", ["in [the first week of June]"]),
    ("2025-W26 DATE 2025-06-24..2025-06-30", ["in [the last week of June]"]),
    ("2025-W13 DATE 2025-03-25..2025-03-31", ["The vote was in [the last week of March]."]),
    ("2025-H2 DATE 2025-07-01..2025-12-31", ["in [the second half of the year]"]),
    ("2025-Q3 DATE 2025-07-01..2025-09-30", ["[Q3 2025]", "in [Q3]"]),
    ("2024 DATE", ["[FY2024]", "[FY24]"]),
    # a quarter of a fiscal year named; a fiscal year over two years is the one it ends in
    ("2023-Q1 DATE", ["results for [Q1 FY23]", "[Q1 FY2023] sales"]),
    ("2023 DATE", ["in [FY2022-23] the firm grew", "[FY22/23] profit"]),
    ("2025-05-09T14:00 TIME", ["at [2 p.m. local time on Friday]"]),
    # sets
    ("P1D SET", ["[daily]", "[every day]", "[each day]", "rallies are held [daily] in Havana"]),
    ("P1Y SET", ["[annually]", "[every year]", "The board meets [twice a year]."]),
    ("P1W SET", ["[every week]", "[weekly]", "[once a week]", "Trains run [twice weekly]."]),
    ("P1D SET", ["Take it [three times a day].", "He calls [several times per day]."]),
    ("XXXX-WXX-1 SET", ["[every Monday]", "on [Mondays]", "[each Monday]"]),
    # a part of the day, a season, a weekend, "every few <units>"
    ("XXXX-XX-XXTMO SET", ["He runs [every morning]."]),
    ("XXXX-WXX-1TMO SET", ["The market opens [every Monday morning]."]),
    ("XXXX-WXX-2TNI SET", ["The show airs [Tuesday nights]."]),
    ("XXXX-WXX-1TNI SET", ["Flights leave on [Monday] and Tuesday nights."]),
    ("XXXX-SU SET", ["The festival is held [each summer]."]),
    ("XXXX-WXX-WE SET", ["The shop opens on [weekends].", "[every weekend]"]),
    ("PXM SET", ["Prices are reviewed [every few months]."]),
    # holidays
    ("2025-12-25 DATE", ["The plant will open by [Christmas]."]),
    ("2024-11-28 DATE", ["He was found on [Thanksgiving Day] clinging to an inner tube."]),
    # moveable feasts: Easter by the computus, the lunar ones from calendars.py's tables
    ("2025-04-20 DATE 2025-04-20..2025-04-20", ["Pilgrims came for [Easter]."]),
    ("2026-04-05 DATE", ["The mass is set for [Easter 2026]."]),
    ("2025-04-18 DATE", ["Shops closed on [Good Friday]."]),
    ("2025-W16 DATE 2025-04-14..2025-04-20", ["Crowds filled Rome in [Easter week]."]),
    ("2025-03 DATE 2025-03-01..2025-03-29", ["Prices rose during [Ramadan]."]),
    ("2025-03-30 DATE", ["Families met for [Eid al-Fitr]."]),
    ("2025-06-06 DATE", ["The prayers of [Eid al-Adha] drew crowds."]),
    ("2025-01-29 DATE", ["Travel peaked before [Chinese New Year]."]),
    ("2026-02-17 DATE", ["Sales will rise before [Lunar New Year 2026]."]),
    ("2024-11-29 DATE", ["Shoppers queued on [Black Friday]."]),
    # named days: US Election Day (the Tuesday after the first Monday of November), Super
    # Tuesday (the first Tuesday of March, latent), fixed and n-th-weekday public holidays
    ("2024-11-05 DATE", ["Voters went to the polls on [Election Day 2024]."]),
    ("2025-11-04 DATE", ["Polls close on [Election Day]."]),
    ("2025-03-04 DATE", ["Candidates campaigned hard before [Super Tuesday]."]),
    ("2025-03-17 DATE", ["Parades were held on [St. Patrick's Day]."]),
    ("2025-06-19 DATE", ["Offices will close for [Juneteenth]."]),
    ("2025-01-20 DATE", ["Crowds gathered on [Inauguration Day]."]),
    ("2025-04-21 DATE", ["The marathon is run on [Patriots' Day]."]),
    # compound expressions, read as one
    ("2024-Q1 DATE 2024-01-01..2024-03-31", ["Sales fell in [the first quarter of last year]."]),
    ("2025-Q3 DATE", ["Sales will rise in [the third quarter of this year]."]),
    ("2026-10 DATE 2026-10-01..2026-10-31", ["The vote is due in [October of next year]."]),
    ("2024-06-25 DATE", ["He died on [25 June last year].", "He died on [June 25th last year]."]),
    ("2026-03-03 DATE", ["The vote is due on [March 3 next year]."]),
    # references back: the date the text named last, a year or a unit away
    (
        "2024-Q1 DATE 2024-01-01..2024-03-31",
        ["Profit rose in the first quarter of 2025 from [the same period last year]."],
    ),
    ("2024 DATE", ["Profit rose 5% from [the same period last year]."]),
    (
        "2025-05-03 DATE 2025-05-03..2025-05-03",
        ["The attack came on 3 May. [The same day], police made arrests."],
    ),
    ("2025-05-02 DATE", ["The attack came on 3 May. [The day before], police had been warned."]),
    ("2025-05-03 DATE", ["The attack came on 3 May. [That day] was calm."]),
    ("2025-05-02 DATE", ["He died on May 3. [The previous day] he had spoken."]),
    # two units from the anchor's
    ("2025-W17 DATE 2025-04-21..2025-04-27", ["It was calm [the week before last]."]),
    ("2025-07 DATE", ["The vote is due [the month after next]."]),
    ("2023 DATE", ["Sales fell [the year before last]."]),
    # short and numeric forms
    ("2025-02-15 DATE", ["The deal closed on [2/15].", "It was signed [15/2] in Paris."]),
    ("2009-03-04 DATE", ["The memo dated [3/4/09] said so."]),
    ("1982 DATE", ["the war of ['82]", "the war of [’82]"]),
    ("2025 DATE", ["Profit will rise [this yr]."]),
    ("2025-Q2 DATE", ["Profit will rise [this qtr]."]),
    ("2025-H1 DATE 2025-01-01..2025-06-30", ["Revenue in [H1 2025] rose."]),
    ("2025-W20 DATE", ["The talks resume [the upcoming week]."]),
    ("2025-W20 DATE", ["The talks resume [the following week]."]),
    ("2025-W19 DATE mod=MID", ["A storm is due [mid-week]."]),
    ("2025-05-07T20:00 TIME", ["The vote is [tonight at 8]."]),
    # times of day: an hour with "tonight"/"this morning", "o'clock", a 24-hour clock after a
    # word that introduces it, the first hour of a range, a part of a named weekday
    (
        "2025-05-07T20:00 TIME",
        ["He will speak at [8 tonight].", "Polls close at [8 o'clock tonight]."],
    ),
    ("2025-05-07T09:00 TIME", ["He spoke at [9 this morning].", "Doors opened at [9 o'clock]."]),
    ("2025-05-07T15:00 TIME", ["The vote is at [3 o'clock this afternoon]."]),
    ("2025-05-07T17:30 TIME", ["The market closes at [17:30].", "Talks ran from 9:00 to [17:30]."]),
    ("2025-05-07T14:00 TIME", ["The office is open between [2] and 4 p.m."]),
    ("2025-05-07T09:00 TIME", ["It opens from [9] to 11 a.m."]),
    ("2025-05-05TNI TIME mod=END", ["The blast came [late Monday night]."]),
    ("2025-05-07TMO TIME mod=START", ["He left [early Wednesday morning]."]),
    # a range keeps its two expressions (TimeML); each carries the whole (see test_temporal)
    ("2025-05-09 DATE", ["The fair runs from [9] to 11 May."]),
    ("2025-03-08 DATE", ["The show runs March 5 through [8]."]),
    # curly apostrophes; a clock time before a weekday that has its own date
    ("2024-12-31 DATE", ["[New Year’s Eve] parties were cancelled."]),
    ("199 DATE", ["Music of [the ’90s] is back."]),
    ("2013-03-05T10:15 TIME", ["Updated at [10:15 GMT], Tuesday 5 March 2013"]),
    # a day of the month without its month: the month near the anchor the tense points at (and
    # in which the day is the weekday named with it)
    ("2025-05-13 DATE 2025-05-13..2025-05-13", ["The vote is set for [Tuesday the 13th]."]),
    ("2025-05-16 DATE", ["The vote is set for [Friday the 16th].", "Talks resume [Friday 16th]."]),
    ("2024-12-13 DATE", ["The vote was held on [Friday the 13th]."]),
    ("2025-05-03 DATE", ["He arrived on [the 3rd].", "He has been missing since [the 3rd]."]),
    ("2025-06-03 DATE", ["He will arrive on [the 3rd], officials said."]),
    ("2025-05-20 DATE", ["Officials will meet on [the 20th of this month]."]),
    ("2025-06-02 DATE", ["Talks resume [the 2nd of next month]."]),
    ("2025-05-15 DATE", ["It runs from the 13th to [the 15th]."]),
    ("2025-05-05 DATE", ["On [Monday] 13 people died."]),  # a count after a weekday
    # a deadline lies ahead ("no later than", as "by" and "until")
    ("2025-05-12 DATE", ["Lawmakers must act no later than [Monday]."]),
    # a range of years written with spaces around the dash
    ("1961 DATE", ["The war of 1960 - [1961] ended.", "The war of 1960 – [61] ended."]),
    # a military clock time with its zone after "at"; the first hour of "2-4 p.m."
    ("2025-05-07T12:00 TIME", ["Trading halted at [1200 GMT]."]),
    ("2025-05-04T14:00 TIME", ["The truce took effect at [1400 GMT] on Sunday."]),
    # ... and without its zone where no year is written ("at" a clock)
    ("2025-05-07T11:00 TIME", ["He fell asleep at about [1100].", "Guards left at [1100]."]),
    # (a zone named by a place; not a number before a name: see NEGATIVE)
    ("2025-05-07T14:00 TIME", ["The raid began at [1400] Moscow time."]),
    ("1825 DATE", ["The strangulation continued until [1825], when France relented."]),
    ("1945 DATE", ["It was quiet until [1945]."]),
    ("1990 DATE", ["Emissions were frozen at [1990] levels."]),
    # in a text that writes its times so, the clock after "between", "after", "until" too
    (
        "2025-05-07T12:00 TIME",
        [
            "He fell asleep at about 1100. Calls were made between 1130 and [1200].",
            "He fell asleep at about 1100. No ambulance came until [1200].",
        ],
    ),
    ("1200 DATE", ["The town grew between 1100 and [1200]."]),
    # "this time last year": about the same day a year back
    ("2024-05-07 DATE mod=APPROX", ["Prices are higher than [this time last year]."]),
    ("2025-05-14 DATE mod=APPROX", ["We will know more [this time next week]."]),
    # a fortnight past or to come is two weeks long, as "the past two weeks"
    (
        "P2W DURATION -",
        ["A verdict is due within [the next fortnight].", "Prices rose over [the past fortnight]."],
    ),
    # business writing: "end of month" without its article; "by eod", "by cob"
    ("2025-05 DATE mod=END", ["Targets are due by [end of month]."]),
    ("2025-05-07 DATE mod=END", ["Please reply by [eod].", "Send the files by [cob]."]),
    # a 24-hour clock before its day ("around 1800 yesterday"); not after "since"
    ("2025-05-06T18:00 TIME", ["We crossed the check points around [1800] yesterday."]),
    ("1990 DATE", ["Shares fell to their lowest since [1990] yesterday."]),
    # a zone after four digits makes them a clock, not the year of the date before them
    ("2025-01-19 DATE", ["[19 January], 1130 GMT, Bani: a queue at the station."]),
    # the stamps that open a live page's entries, and the years that open a chronology's lines
    (
        "2025-05-07T20:34 TIME",
        [
            "(All times GMT.) 2040 Officials spoke. [2034] The preacher made a claim. 1245 Aid.",
            "0000 The page closes. 2040 Officials spoke. [2034] The preacher made a claim.",
        ],
    ),
    ("2001 DATE", ["1995 Founded in Ohio. [2001] Listed in New York. 2005 Bought by Acme."]),
    ("1150 DATE", ["The castle was built after [1150]."]),
    ("2025-05-07T14:00 TIME", ["The meeting runs [2]-4 p.m."]),
    # "Days later": some days (TimeML keeps "later" out of the span, as in "Three days later")
    ("PXD DURATION -", ["[Days] later, he was arrested."]),
    ("PTXH DURATION", ["[Hours] later, the rebels withdrew."]),
    # "over" and "under" as bounds where a length is meant ("for over a decade")
    ("P10Y DURATION mod=MORE_THAN", ["The drug has been sold for [over a decade]."]),
    ("PT2H DURATION mod=LESS_THAN", ["The talks lasted [under two hours]."]),
    ("P5Y DURATION", ["The plan cuts the deficit over [five years]."]),
    # numbers with thousands separators: a length, an era, or a time before the calendar
    ("P1500Y DURATION", ["The dynasty ruled for [1,500 years]."]),
    ("00 DATE mod=APPROX", ["The city was founded [2,000 years ago]."]),
    ("PAST_REF DATE", ["The ice age ended [about 12,000 years ago]."]),
    # US time zones written out
    ("2025-05-07T17:00 TIME", ["Voting ends at [5 p.m. Eastern time]."]),
    ("2025-05-07T15:00 TIME", ["The launch is at [3 p.m. PT]."]),
    # a length with an adjective or "or so"; "last" the verb is not "the last"
    ("P2D DURATION", ["He was held for [two full days].", "It will last [two days]."]),
    ("P5Y DURATION", ["The budget was cut for [five straight years]."]),
    ("P1Y DURATION mod=APPROX", ["The project will take [a year or so]."]),
    # the n-th weekday of a month; a part of this morning or last night; "a week from today"
    ("2025-06-02 DATE", ["The vote is on [the first Monday of June]."]),
    ("2025-05-11 DATE", ["It falls on [the second Sunday in May]."]),
    ("2025-05-30 DATE", ["Markets close on [the last Friday of May 2025]."]),
    ("2025-05-07TMO TIME mod=START", ["He left [early this morning]."]),
    ("2025-05-06TNI TIME mod=END", ["He spoke [late last night]."]),
    ("2025-05-14 DATE", ["The decision is due [a week from today]."]),
    # the abbreviations "Jun", "Jul", "Sep", "Mar" without a period; a dateline's "Wed"
    ("2010-06-09 DATE", ["At 10:49 am on [09 Jun 2010], Bauer wrote:"]),
    ("2010-06-16 DATE", ["WASHINGTON | [Wed Jun 16, 2010] 9:13 pm EDT WASHINGTON (Reuters)"]),
    ("2025-07-04 DATE", ["The parade is on [Jul 4]."]),
    ("2024-09-05 DATE", ["[Sep 5] was hot."]),
    ("2025-06-05 DATE", ["He sat [Jun 5] exams."]),  # "sat" the verb
    (
        "PXY DURATION",
        ["The clean-up could take [years].", "It could be [years] before they reopen."],
    ),
    ("PXD DURATION", ["For [days], no oil appeared.", "The ruling is expected within [days]."]),
    ("PXM DURATION", ["The fire lasted [months].", "After [months] of talks, a deal came."]),
    # "a year" after an amount is a rate: it recurs
    (
        "P1Y SET",
        ["The deal is worth $33 million [a year].", "Fifty thousand CDs [a year] are sold."],
    ),
    ("P1D SET", ["Output is 5,000 barrels [a day].", "The shop opens 24 hours [a day]."]),
    # after money in dollars too ("$500 a month" was a length)
    ("P1M SET", ["Rent is $500 [a month].", "The plan costs $1.2 billion [a month]."]),
    ("PT1H SET", ["Cleaners earn $9 [an hour]."]),
    ("P1Y DURATION", ["He was jailed for [a year]."]),
    # not after a verb that asks how long, a clause apart, or with "nearly" (twenty-first pass)
    (
        "P1Y DURATION",
        ["The process takes [a year].", "His term lasts [a year].", "He spends [a year] abroad."],
    ),
    ("P1M DURATION", ["The bank needs [a month] to decide."]),
    ("P10Y DURATION mod=LESS_THAN", ["He has ruled since 2003, [nearly a decade]."]),
    ("PT30M DURATION", ["The [half-hour] meeting ended."]),
    ("P1W DURATION", ["The [weeklong] festival opened."]),
    ("P2Y6M DURATION", ["The [two-and-a-half-year] war ended."]),
    ("PXM DURATION", ["It's been [months] since he spoke."]),
    # posts: named days, weekdays and units as they are typed
    ("2025-05-08 DATE", ["can't wait for [tmrw]!!", "see u [tmr] at the park"]),
    ("2025-05-07TNI TIME", ["going out [tonite]", "party [2nite]"]),
    ("2025-05-06TNI TIME", ["[last nite] was crazy"]),
    ("2025-05-07 DATE", ["feeling great [2day]"]),
    ("PRESENT_REF DATE", ["busy [rn]"]),
    ("2025-W19-WE DATE", ["plans [this wknd]?"]),
    ("2025-W20 DATE", ["meeting [next wk]"]),
    ("2025-05-10 DATE", ["going to the beach on [sat]"]),
    ("2025-05-10TNI TIME", ["see you [sat night]", "party [sat nite]!!"]),
    ("2025-W20 DATE", ["see u [nxt week]"]),
    ("2025-05-09 DATE", ["open til [fri]"]),
    ("PT2H DURATION", ["stuck in [2 hrs] of traffic"]),
    ("PT20M DURATION", ["been waiting [20 mins]"]),
    ("2024-12-25 DATE", ["merry [xmas] everyone"]),
    ("2025-05-11 DATE", ["happy [mothers day]"]),
    # eighth pass (more in posts.tsv): months and weekdays as posts write them, parts of today
    ("2025-09 DATE", ["school starts in [sept]", "back to work in [september]"]),
    ("2025-01 DATE", ["havent smoked since [jan]", "it's been cold since [Jan.]"]),
    ("2025-05-01 DATE", ["[thurs] was wild"]),
    ("2025-05-13 DATE", ["lets meet [tues]"]),
    ("2025-05-10 DATE", ["hiking [nxt sat]"]),
    ("XXXX-WXX-6 SET", ["market [every sat]"]),
    ("2025-05-07TMO TIME", ["ran 5k [this am]", "[this mornin] was rough"]),
    ("2025-05-07TEV TIME", ["drinks [this eve]?"]),
    ("2025-05-07T20:00 TIME", ["party [2nite at 8]"]),
    # a bare hour after a day or an event (posts): the afternoon's or evening's up to 6 and
    # after an evening event, as written otherwise; on the day named last
    ("2025-05-07T20:00 TIME", ["show at [8]", "dinner @ [8]!", "doors at [8] see u there"]),
    ("2025-05-07T19:30 TIME", ["doors at [7:30]"]),
    ("2025-05-08T17:00 TIME", ["tmrw at [5]", "see u tomorrow at [5] ok?"]),
    ("2025-05-07T18:00 TIME", ["be home by [6]"]),
    ("2025-05-10T09:00 TIME", ["practice on sat at [9]"]),
    ("2025-05-07T20:00 TIME mod=APPROX", ["drinks around [8ish]?"]),
    ("2025-05-05 DATE", ["saw her [a couple days ago]"]),
    ("2025-05-06 DATE", ["[yesterday]s game was insane"]),
    ("2025-05-04 DATE", ["crying over [last sunday]s finale", "[last Sunday]s game"]),
    ("2025-05-09 DATE", ["[next friday]s game", "cant wait for [this friday]s gig"]),
    # a clock time right after a weekday is on that day, and a short weekday's cue
    ("2025-05-08T16:30 TIME", ["vet appt thurs [4:30]", "The vote is on Thursday [4:30]."]),
    ("2025-05-10T08:00 TIME", ["garage sale sat [8am]"]),
    ("2025-05-10 DATE", ["garage sale [sat] 8am"]),
    ("2025-06-01 DATE", ["rent due [the 1st]"]),
    (
        "XXXX-WXX-7 SET",
        ["It rained on the [last Sundays] of the month.", "[last sundays] were rough"],
    ),
    ("2024-SU DATE", ["still thinking about [summer '24]"]),
    ("2025-05-07T24:00 TIME", ["store closes at [midnite]", "The offer expires at [midnight]."]),
    ("2025-05-07T00:00 TIME", ["The curfew began at [midnight]."]),
    # a name only when a capitalised word follows: these stay days
    ("2025-04-18 DATE", ["The [Good Friday] service was long."]),
    ("2025-03 DATE", ["Sales in the [March] to June period rose."]),
    ("2025-05-04 DATE", ["They met on the [Sunday] before."]),
    ("2025-W20-WE DATE", ["The rally is planned for [the weekend of May 17]."]),
    ("2025-W18-WE DATE", ["[last wkend] was lit"]),
    ("2019 DATE", ["[2k19] was crazy"]),
    ("2025-05-12 DATE", ["cya [mon]"]),
    ("FUTURE_REF DATE", ["call me [asap]"]),
    ("PAST_REF DATE", ["[the other day] i saw him", "I met him [the other day]."]),
    ("2025-05-07TAF TIME", ["lunch [this arvo]"]),
    ("2025-05-10TAF TIME", ["see u [sat arvo]"]),
    ("2025-W18-WE DATE", ["it rained all over [the wknd]"]),
    # how other outlets write periods: Australian and Indian reports, Asian time zones
    ("2025-Q1 DATE", ["Sales rose in [the March quarter]."]),
    ("2025-Q3 DATE", ["Growth will slow in [the September quarter]."]),
    ("2024-H2 DATE", ["Earnings fell in [2H24]."]),
    ("2024 DATE", ["Exports fell [last fiscal].", "Profits rose in [the last financial year]."]),
    ("2025 DATE", ["The company expects growth [this fiscal]."]),
    ("2025 DATE mod=MID", ["The talks should end by [mid-year]."]),
    ("2025-05-07T10:30 TIME", ["The index closed at [10:30 IST]."]),
    # anniversaries to the day, and a weekday with its numeric date (flyers, posts)
    ("2024-05-07 DATE", ["[One year ago today]", "[a year ago today] we met"]),
    ("2025-06-07 DATE", ["The law takes effect [a month from today]."]),
    ("2025-05-09 DATE", ["Tickets on sale [Fri 5/9] at 10am"]),
    ("2025-05-11 DATE", ["[This Sunday 5/11] is Mother's Day"]),
    ("2025-05-10 DATE", ["sale on [sat 5/10] only"]),
    ("2025-05-11 DATE", ["omg the finale is on [sun]!!", "The final is on [Sunday]."]),
    ("2025-04 DATE", ["[april] was a blur"]),
    ("2025-01 DATE", ["Prices have risen since [Jan.] Officials said so."]),
    ("2025-05-07TEV TIME", ["[this evening]'s concert"]),
    ("2025-05-06TNI TIME", ["[last night]s show was amazing"]),
    # words that only look like a past form are no cue of the past ("need", "a hundred")
    ("2025-05-09 DATE", ["need it done b4 [friday]", "We need a deal by [Friday]."]),
    ("PXX DURATION -", ["He stayed for [a while].", "Wait [a little while]."]),
    ("PAST_REF DATE", ["[A while ago], he left."]),
    # found beside HeidelTime on the story articles: a range's ordinal second day, a military
    # time in local time, a year that names a thing after "a", ranges of amounts, hours
    ("2025-08-15 DATE", ["The well will be sealed between August 14th and [15th]."]),
    ("2025-06-06 DATE", ["The poll was conducted June 3 to [6] among voters."]),
    ("2025-05-01T14:25 TIME", ["The flow was shut off at [1425 local time] on Thursday."]),
    ("1979 DATE", ["It is similar to a [1979] accident."]),
    ("1993 DATE", ["In a [1993] interview, he said so."]),
    # a year, though a count could stand there too
    ("1992 DATE", ["Shops burned in the [1992] riots."]),
    ("1990 DATE", ["It cost more in [1990] dollars."]),
    ("1500 DATE", ["In [1500] ships sailed west."]),
    ("PT24H DURATION", ["It would take [24-48 hours]."]),
    ("P7D DURATION", ["It could take between four and [seven days]."]),
    ("PTXH DURATION", ["In [the last few hours] a team arrived."]),
    ("199 DATE mod=END", ["Output declined in [the late 90s] and early 2000s."]),
    ("P14Y DURATION", ["Shares hit a [14-year] low."]),
    ("PXY DURATION", ["Effects may last [decades]."]),
    ("2025-02-02 DATE", ["It was still [Groundhog Day] in Alabama."]),
    ("2025-03 DATE", ["Inspections in February, [March] and on April 1 found nothing."]),
    ("PXQ DURATION", ["It made a profit after [several quarters] of losses."]),
    ("2025-FA DATE", ["In [the fall], leaves drop."]),
    ("P10Y DURATION", ["The pact was renewed for [another decade]."]),
    ("2025-05-10 DATE", ["The rally was held on the weekend of [May 10]-11."]),
    # the second month of a range ("March" needs a cue: here the month before it)
    ("2025-03 DATE", ["Car sales in the January-[March] period rose."]),
    # a record "in" a length of time is that length, even in a future-tense clause
    (
        "P600Y DURATION mod=LESS_THAN",
        ["He will resign, the first pope to do so in [nearly 600 years]."],
    ),
    ("P20Y DURATION", ["It will be the first such vote in [20 years]."]),
    ("2027 DATE", ["The company will be profitable in [two years]."]),
    # "in about three weeks" ahead is a date too, roughly; a past clause keeps the length
    (
        "2025-05-28 DATE mod=APPROX",
        ["The launch window opens in [about three weeks].", "It ends in [roughly three weeks]."],
    ),
    ("P3W DURATION mod=APPROX", ["Prices rose 5% in [about three weeks]."]),
    ("P2W DURATION mod=LESS_THAN", ["The report is due in [less than two weeks]."]),
    # "since July" has begun by the day of writing, however far back that puts it
    (
        "2024-07 DATE",
        ["It is the weakest reading since [July].", "Prices have doubled since [July]."],
    ),
    ("2024-05-20 DATE", ["Prices have risen since [May 20]."]),
    # a month that opens its sentence before a comma takes the main clause's tense whole: past,
    # it is over however far back; inside a clause the tense reaches only so far ("said it
    # expects a deal in June": a plan, the June ahead)
    (
        "2024-06 DATE",
        [
            "In [June], the company named a new chief executive.",
            "Sales fell. In [June], a fire closed the plant.",
        ],
    ),
    # so long after the coming such weekday
    ("2025-05-23 DATE", ["The deal closes [two weeks from Friday]."]),
    ("2025-05-16 DATE", ["[a week from Friday]"]),
    ("2025-05-22 DATE", ["The law takes effect [ten days from Monday]."]),
    # a weekday of the week named: one day
    ("2025-05-01 DATE", ["The pope met them on [Thursday last week].", "[Thursday of last week]"]),
    ("2025-05-16 DATE", ["A ruling is due by [Friday next week]."]),
    ("2025-05-05TNI TIME", ["Officials met [Monday night this week]."]),
    # some units at the start or the end of a stretch: a vague length
    ("PXW DURATION", ["Thousands fled in [the first few weeks] of the war."]),
    ("PTXH DURATION", ["Prisoners were taken in [the first hours] of the ground war."]),
    ("PXY DURATION", ["You save fewer lives in [the early years]."]),
    ("PXM DURATION", ["In [the final months] of his life, he wrote a memoir."]),
    # a quarter's results in the year's first months are the last quarter's (see news_recall);
    # in May the fourth quarter ahead is near enough
    ("2025-Q4 DATE", ["The firm will report [fourth-quarter] results in January."]),
    # an end told in the present is ahead, as a start is ("the trial begins in September")
    ("2025-11 DATE", ["The fiscal year ends in [November].", "The truce lapses in [November]."]),
    ("2024-11 DATE", ["The fiscal year ended in [November]."]),
    # a verb of a finished happening just before "in" or "on" the date: past however far back
    (
        "2024-08 DATE",
        ["Sales rose 5 percent in [August].", "He was born in [August].", "He died in [August]."],
    ),
    ("2024-08-20 DATE", ["The plant closed on [August 20]."]),
    # more verbs of a finished happening (twenty-first pass); a plan or a noun stays ahead
    (
        "2024-08 DATE",
        ["The firm sold its unit in [August].", "The board approved the plan in [August]."],
    ),
    ("2025-08 DATE", ["The firm will be sold in [August].", "A rate cut is likely in [August]."]),
    # a holiday too ("was closed on Whit Monday" of a May: last year's, not the one ahead)
    ("2024-05-20 DATE", ["The store was closed on [Whit Monday]."]),
    ("2025-06-09 DATE", ["The store will be closed on [Whit Monday]."]),
    # and in the passive, but for a plan's words ("was scheduled in August")
    ("2024-08 DATE", ["The drug was approved in [August]."]),
    ("2024-FA DATE", ["The bridge was completed in [the fall]."]),
    ("2025-08 DATE", ["The vote was scheduled in [August]."]),
    (
        "2025-06 DATE",
        [
            "The company said it expects a deal in [June].",
            "In [June], the company will name a new chief executive.",
            "The two sides agreed to meet in [June].",
            "The film will be released in [June].",
        ],
    ),
    ("2024-SU DATE", ["It has not rained since [the summer]."]),
    ("2025-07 DATE", ["He will stay in office until [July]."]),
    # "the previous month" is the month before the one named last (the anchor's when none)
    (
        "2025-01 DATE",
        [
            "It fell in February after rising [the previous month].",
            "In February it fell; it rose [the prior month].",
        ],
    ),
    ("2009 DATE", ["Sales rose in 2010, after falling [the previous year]."]),
    ("2024 DATE", ["[The previous year], sales fell."]),
    # a scheduled event told in the present lies ahead ("the trial begins in November")
    (
        "2025-11 DATE",
        ["The trial begins in [November].", "The new law takes effect in [November]."],
    ),
    ("2025-05-12 DATE", ["The sale opens [Monday].", "The season kicks off on [Monday]."]),
    # "next Tuesday and Wednesday": the second day shares "next"
    ("2025-05-14 DATE", ["The Fed meets next Tuesday and [Wednesday]."]),
    ("2025-05-06 DATE", ["They met last Monday and [Tuesday]."]),
    # "for the past month" asks how long: a length; "over the past year" stays the period
    ("P1M DURATION", ["He has been ill for [the past month]."]),
    ("P10Y DURATION", ["The effects will be felt for [the next decade]."]),
    ("2024 DATE", ["Prices doubled over [the past year]."]),
    # "the previous Friday", "the following Monday": from the day named last, else the anchor
    ("2025-04-25 DATE", ["Stocks fell on Friday, down 4.5% from [the previous Friday]."]),
    ("2025-03-10 DATE", ["He arrived on March 5 and left [the following Monday]."]),
    ("2025-05-04 DATE", ["[The previous Sunday], he had been in Rome."]),
    # a possessive weekday "ahead of" is still to come ("before Friday's purchases" is past)
    (
        "2025-05-11 DATE",
        [
            "Ahead of [Sunday]'s election, parties campaigned.",
            "Shares rose in advance of [Sunday]'s vote.",
        ],
    ),
    # an era ago is read to its century, not to the year 525
    ("05 DATE mod=APPROX 0500-01-01..0599-12-31", ["The temple was built [1500 years ago]."]),
    # a few hundred years back is the year it names: news counts anniversaries to the year
    ("1875 DATE", ["The company was founded [150 years ago]."]),
    ("1925 DATE", ["The ship sank [100 years ago]."]),
    # fourth pass: "in <amount> <unit>" with no verb of the past counts from the anchor
    ("2025-05-10 DATE", ["The vote is in [three days].", "Results in [3 days]."]),
    ("P2W DURATION", ["Prices rose 5 percent in [two weeks]."]),
    ("P5Y DURATION", ["The oil could be the second setback in [five years]."]),
    # days or weeks "earlier" count back from the day the story named last; with none named,
    # a length, as "two days later" is
    ("2025-05-03 DATE", ["She spoke on Sunday. Speaking [a day earlier], she said so."]),
    ("2025-04-26 DATE", ["He arrived on 3 May. [A week earlier], talks had failed."]),
    ("P2D DURATION", ["[Two days earlier], he had met the king."]),
    ("P1D DURATION", ["It was held on May 8, [a day earlier] than others had said."]),
    # "the next day" with no day named before follows the day of writing
    ("2025-05-08 DATE", ["[The next day], the president will speak."]),
    (
        "P25Y DURATION",
        [
            "He ruled for [a quarter century].",
            "The feud lasted [a quarter-century].",
            "It dragged on for [a quarter of a century].",
        ],
    ),
    ("P25Y DURATION mod=LESS_THAN", ["He led for [nearly a quarter of a century]."]),
    ("PXY DURATION", ["Oil use may double in [the coming decades]."]),
    ("PXM DURATION", ["In [the following months], fishermen found other work."]),
    (
        "PXY DURATION",
        [
            "The company overpaid in [previous years].",
            "Unlike [prior years], sales rose.",
        ],
    ),
    # "in the new year" of a clause not in the past: the year ahead, not 1 January
    ("2026 DATE", ["see everyone in [the new year]", "Talks will resume in [the new year]."]),
    # a numeric date read day first when only that reading is near the day of writing (British,
    # Indian, Australian posts); month first when both are near, or neither
    ("2025-05-03 DATE", ["full time: rovers 2 united 1 ([03/05/2025])", "pics from [3/5] lol"]),
    ("2025-05-12 DATE", ["the fete is on [12/05/2025]"]),
    ("2025-05-06 DATE", ["filed on [5/6/2025]"]),
    # lower case as posts write: the second day of "aug 3-5", "31st may", "this aft", "mon-fri"
    ("2025-08-05 DATE", ["festival aug 3-[5], tix out now"]),
    ("2025-05-31 DATE", ["last entry [31st may]"]),
    ("2025-05-07TAF TIME", ["storms expected [this aft]"]),
    ("2025-05-09 DATE", ["im off mon-[fri]"]),
    # a deadline ("due", not "due to", "was due") lies ahead
    (
        "2025-05-09 DATE",
        ["essay due [fri]", "The payment is due [Friday]."],
    ),
    ("2025-05-05 DATE", ["The payment was due on [Monday] but was delayed."]),
    ("2025-05-05 DATE", ["Flights were cancelled due to the storm on [Monday]."]),
    ("2025-05-01 DATE", ["In refusing it on [Thursday], the 5th U.S. Circuit erred."]),
    # a shortened weekday with its day of the month; a train or a show by its time
    ("2025-05-14 DATE", ["results out [wed 14th]", "[Weds the 14th] works"]),
    ("2025-05-07T08:10 TIME", ["train cancelled again, the [8:10] this time"]),
    # "through <day>" with no verb of the past is an end ahead; a past clause keeps it past
    ("2025-05-11 DATE", ["The show runs nightly through [Sunday]."]),
    ("2025-05-04 DATE", ["The exhibit ran through [Sunday]."]),
    # clock times told in words ("half 7" is British for 7:30), latent, as a bare hour
    ("2025-05-07T18:15 TIME", ["[quarter past 6] works"]),
    ("2025-05-07T14:45 TIME", ["back by [a quarter to 3]"]),
    ("2025-05-07T10:30 TIME", ["its [half past 10]"]),
    # in a post, an hour of 7 to 11 after a word of an outing is the evening's (register.py);
    # a sentence written like news keeps the hour as written
    ("2025-05-07T19:30 TIME", ["meet at [half 7]?"]),
    ("2025-05-07T19:00 TIME", ["see u at [7] then"]),
    ("2025-05-07T07:00 TIME", ["See you at [7] then."]),
    ("2025-05-07T10:30 TIME", ["its [half past 10]", "see u at [half past 10] in the morning"]),
    # posts: "mid-march" in lower case, "ages ago", "every single day", "3x a week"
    ("2025-03 DATE mod=MID", ["[mid-march] already??"]),
    ("PAST_REF DATE", ["saw it [ages ago]"]),
    ("P1D SET", ["[every single day]"]),
    ("P1W SET", ["gym [3x a week]"]),
    # a day booked for lies ahead, whatever the tense of the booking
    ("2025-08-12 DATE", ["tickets for [aug 12] just dropped"]),
    ("2025-05-10 DATE", ["He booked a table for [Saturday]."]),
    # a lower-case "may" or "march" with a day after it, where the clause ends or goes on as a
    # date does ("they march 10 miles" does not)
    ("2025-05-10 DATE", ["its [may 10]", "[may 10] is my bday", "[may 10th]!!"]),
    # "New Year" as written, or wished ("happy new year"); "the new year" in lower case is not
    ("2025-01-01 DATE", ["[New Year] celebrations went on.", "happy [new year]!!!"]),
    # a part of the day the story named last; "next day" without "the"
    ("2025-05-02TMO TIME", ["The rig blew up on May 2. [That morning], tests had run."]),
    ("2025-05-05TNI TIME", ["They met on Monday. [Later that night], he left."]),
    ("2025-05-06 DATE", ["The storm hit on Monday. [Next day], boats went out."]),
    ("2025-W16-WE DATE", ["It blew up on April 19. They left [that weekend]."]),
    # a clock time of a set belongs to the set ("every Sunday at noon" is no date of its own)
    ("XXXX-WXX-7T12:00 SET", ["The pope speaks [every Sunday at noon]."]),
    ("XXXX-XX-XXT09:00 SET", ["The shop opens [each day at 9 a.m.]"]),
    # early, mid or late in a part of the day named last; after "by", "at"… the day of writing
    # when none was named
    ("2025-05-05TAF TIME mod=END", ["He left on Monday. By [late afternoon] he was home."]),
    ("2025-05-06TEV TIME mod=START", ["It began on Tuesday in the [early evening]."]),
    ("2025-05-07TAF TIME", ["By [mid afternoon], officials said it was over."]),
    ("2025-05-07TAF TIME mod=START", ["Shares recovered by [early afternoon]."]),
    # a dateline's short weekday before a day and a month
    ("2025-05-07 DATE", ["Last modified on [Wed 7 May 2025] 14.30 BST"]),
    # a 24-hour clock with a dot only before its zone; a military time in "hours"
    ("2025-05-07T14:30 TIME", ["Last modified on 7 May 2025 [14.30 GMT]."]),
    ("2025-05-07T23:10 TIME", ["Updated [23.10 EDT]."]),
    ("2025-05-07T17:30 TIME", ["The attack began at [1730 hours]."]),
    # sixth pass: a count of things that each last a while is not one sum ("two five" is not 7)
    (
        "P5Y DURATION",
        ["He has served two [five-year] terms.", "The two [five year] plans failed."],
    ),
    ("PT2H DURATION", ["They held three [two-hour] sessions."]),
    ("P25Y DURATION", ["It took [twenty five years].", "It took [twenty-five years]."]),
    # a year between two words, before a singular noun, names a thing of that year (a count
    # would need a plural noun)
    (
        "1997 DATE",
        ["It was the blockbuster [1997] movie.", "He recalled his campaign [1997] speech."],
    ),
    # feasts of other calendars: the Hebrew calendar (computed), Nowruz on the March equinox
    # (before noon in Tehran, else the next day), the Orthodox Easter and Christmas (Julian)
    ("2025-04-13 DATE", ["Jews marked [Passover] last month.", "He spoke after [Pesach]."]),
    ("2025-03-14 DATE", ["Crowds marked [Purim] in March."]),
    ("2025-09-23 DATE", ["[Rosh Hashanah] falls in September.", "before the [Jewish New Year]"]),
    ("2025-10-02 DATE", ["Talks will resume after [Yom Kippur]."]),
    ("2025-12-15 DATE", ["Lights will be lit for [Hanukkah]."]),
    (
        "2025-03-21 DATE",
        ["Iranians marked [Nowruz] in March.", "They marked the [Persian New Year]."],
    ),
    ("2025-04-20 DATE", ["Russians celebrated [Orthodox Easter]."]),
    ("2025-01-07 DATE", ["Serbs celebrated [Orthodox Christmas] in January."]),
    # some hours, days or weeks after or before an event: a length, as "Days later" is
    ("PTXH DURATION", ["He was arrested [hours] after the attack."]),
    ("PXD DURATION", ["[Days] after the vote, he resigned.", "He quit [days] before the vote."]),
    (
        "PXW DURATION",
        [
            "[Weeks] before the election, polls shifted.",
            "[Weeks] into the war, troops stalled.",
            "The election is [weeks] away.",
        ],
    ),
    ("PXY DURATION", ["[Decades] of war have left the country poor."]),
    ("PXY DURATION", ["It ended [years] of isolation.", "[Years] of sanctions hurt."]),
    ("PXM DURATION", ["[Months] earlier, he had resigned."]),
    # a decade of old is written with "the" or after "in"; "1040s forms" are things
    ("184 DATE", ["It was built in [1840s] London.", "Cholera struck in [the 1840s]."]),
    # "in two weeks' time" (British) is the date two weeks ahead, as "in two weeks"
    (
        "2025-05-21 DATE",
        ["The vote is in [two weeks' time].", "He said it would end in [two weeks’ time]."],
    ),
    # "the past decade" is the ten years up to the day of writing; "the last decade" the
    # calendar decade before (as TimeBank reads them)
    ("P10Y DURATION", ["Violence rose over [the past decade].", "It grew in [this past decade]."]),
    ("P100Y DURATION", ["It was the worst storm of [the past century]."]),
    ("201 DATE", ["Wages fell in [the last decade]."]),
    # a month with a two-digit year, or its number and the year; a set written with a hyphen
    ("2012-03 DATE", ["It rose in [March '12].", "It rose in [3/2012]."]),
    ("P1Y SET", ["They held the [twice-yearly] meeting."]),
    ("P1D SET", ["Depositors may withdraw 260 euros [a day] from ATMs."]),
    # "midnight Friday" ends Friday (TimeML's T24:00); a midnight alone stays the day's first
    ("2025-05-09T24:00 TIME", ["The strike ends at [midnight Friday]."]),
    ("2025-05-07T00:00 TIME", ["He died shortly after [midnight]."]),
    # a clock time of a clause that looks ahead is not on a day already over
    (
        "2025-05-07T19:00 TIME",
        ["A poll released Tuesday showed gains. At [7 p.m.], the president will attend a dinner."],
    ),
    ("2025-05-06T20:00 TIME", ["The vote took place on Tuesday. Polls closed at [8 p.m.]"]),
    # "the quarter ending in June": the quarter that holds the month
    ("2025-Q2 DATE", ["Apple forecast lower sales for [the quarter] ending in June."]),
    ("2025-Q1 DATE", ["It lost money in [the quarter] ended March 31."]),
    ("PXY DURATION", ["In the [years] that followed, he left."]),
    # an event named by its year; a product or firm named by a number is no year
    (
        "2010 DATE",
        ["He played in the World Cup [2010] qualifiers.", "She won the Mercury Prize [2010]."],
    ),
    # a place, a year and a happening: the year of the happening
    (
        "2011 DATE",
        [
            "Survivors of the Japan [2011] tsunami met in Sendai.",
            "The firm paid for the Louisiana [2011] oil spill.",
        ],
    ),
    # a year is one thing ("1998 was"); after a preposition or another year "were" is still a
    # year's (the counts that begin their clause are in NEGATIVE)
    ("1998 DATE", ["Prices in [1998] were lower than now.", "Sales in 1997 and [1998] were flat."]),
    # "Eid" alone: of the two Eids, the one the tense points at; Indian spellings of Eid al-Adha
    ("2025-03-30 DATE", ["Crowds celebrated [Eid] in the capital."]),
    (
        "2025-06-06 DATE",
        ["Families will gather for [Eid] next month.", "Banks close for [Bakrid]."],
    ),
    # public holidays of other English-writing countries
    ("2025-01-26 DATE", ["Troops marched on [Republic Day]."]),
    ("2025-02-06 DATE", ["The prime minister spoke on [Waitangi Day]."]),
    ("2024-12-31 DATE", ["Thousands gathered in Edinburgh for [Hogmanay]."]),
    ("2025-11-05 DATE", ["Councils will cancel displays on [Bonfire Night]."]),
    ("2025-05-19 DATE", ["Fireworks will light up the harbour on [Victoria Day]."]),
    ("2025-W20-WE DATE", ["Cottages will fill up over [Victoria Day weekend]."]),
    # a holiday's weekend: the one before a Monday holiday, after a Thursday or Friday one
    (
        "2025-W21-WE DATE 2025-05-24..2025-05-26",
        [
            "Beaches will be packed over [Memorial Day weekend].",
            "Traffic will be heavy over the [Memorial Day long weekend].",
        ],
    ),
    ("2025-W16-WE DATE 2025-04-19..2025-04-20", ["Traffic was heavy over the [Easter weekend]."]),
    ("2024-W48-WE DATE 2024-11-28..2024-12-01", ["Sales soared over [Thanksgiving weekend]."]),
    # days of history named by their date or a code, not this year's
    (
        "2001-09-11 DATE",
        ["Airport security has been tighter since [9/11].", "The [9/11] attacks killed 2,977."],
    ),
    ("2008-11-26 DATE", ["India remembered the victims of the [26/11] attacks."]),
    ("2005-07-07 DATE", ["Survivors of the [7/7] bombings met."]),
    ("1944-06-06 DATE", ["Veterans marked the anniversary of [D-Day].", "[D-Day] veterans met."]),
    ("2025-09-11 DATE", ["Applications close by [9/11]."]),
    # twelfth pass (more in posts.tsv and news_recall.tsv): spellings of posts, days of other
    # countries
    ("2025-05-08 DATE", ["[2moz] is gonna be rough"]),
    ("2025-05-07TMO TIME", ["parkrun [this morn]"]),
    ("2025-03-17 DATE", ["[st paddys day] was mad", "The pubs were full on [Paddy's Day]."]),
    ("2025-02-14 DATE", ["[vday] was a disaster lol"]),
    ("2025-11-09 DATE", ["Wreaths will be laid at the Cenotaph on [Remembrance Sunday]."]),
    ("2025-05-05 DATE mod=END", ["The bank sought emergency funding [late on Monday]."]),
    ("2025-05-06TNI TIME mod=END", ["The miners were freed [late on Tuesday night]."]),
    # a short weekday where a post's clause ends, or first before a verb
    ("2025-05-12 DATE", ["back to the grind [mon] 😭", "work [mon] ugh"]),
    ("2025-05-10 DATE", ["hmu if ur free [sat]", "[sat] is gonna be huge"]),
    ("2025-05-07 DATE", ["dentist [wed]!"]),  # (written on a Wednesday: that day)
    ("2025-05-03 DATE", ["[sat] was unreal lol"]),
    # "my last exam" is the final one, no cue of the past ("last" alone still is)
    ("2025-05-12 DATE", ["[monday] is my last exam"]),
    ("2025-05-05 DATE", ["[monday] was my last exam", "He said [Monday] that it would last."]),
    # a day of the month in a post with no tense cue is ahead, as a bare weekday; news: nearest
    ("2025-06-03 DATE", ["bday on [the 3rd] 🎉", "party on [the 3rd]!!"]),
    ("2025-05-03 DATE", ["pics from [the 3rd] 📸", "The meeting ended early on [the 3rd]."]),
    # a clock clipped to "p" or "a" in a post
    ("2025-05-07T20:00 TIME", ["watch party [8p] at mine"]),
    ("2025-05-07T20:30 TIME", ["game starts [8:30p]"]),
    ("2025-05-08T19:00 TIME", ["tmrw [7p]!!"]),
    ("2025-05-07T10:30 TIME", ["brunch [10:30a]?"]),
    # a post that begins with a month before a verb
    ("2025-08 DATE", ["[aug] is gonna be busy", "[august] will be mad"]),
    ("2025-04 DATE", ["[apr] flew by"]),
    # the end of a working day, or a pub's last call, asks for an hour
    ("2025-05-07T17:30 TIME", ["finish at [5:30] then pub", "off work at [5:30]!!"]),
    ("2025-05-07T22:00 TIME", ["last orders at [10] lol"]),
    # in a post, an event said to be on a numeric day; a mark out of a total is no date
    ("2025-06-03 DATE", ["the gig is [6/3] dont forget", "bday party's [6/3]!!"]),
    # a weekday's possessive without its apostrophe before a word of an event is one day
    ("2025-05-04 DATE", ["[sunday]s game was mad"]),
    ("2025-05-09 DATE", ["[friday]s episode tho!!"]),
    ("XXXX-WXX-1 SET", ["[mondays] suck"]),
    ("XXXX-WXX-7 SET", ["[sundays] games are the best"]),
    # England's bank holiday Mondays: "bank holiday monday" is the one the tense points at
    ("2025-05-26 DATE", ["Shops will be shut on [bank holiday Monday]."]),
    ("2025-05-05 DATE", ["Traffic was light on [bank holiday Monday]."]),
    ("2025-05-26 DATE", ["The [spring bank holiday] will be warm."]),
    ("2025-08-25 DATE", ["Trains will be busy over the [August bank holiday]."]),
    ("2026-05-04 DATE", ["Trains will run a Sunday service on the [early May bank holiday]."]),
    # a clock time on a holiday of a fixed date is one expression, as "noon on Tuesday"
    ("2025-12-24T12:00 TIME", ["The library will close at [noon on Christmas Eve]."]),
    ("2025-11-05T21:00 TIME", ["The fireworks will start at [9pm on Bonfire Night]."]),
    # Super Tuesday of the years it was not the first Tuesday of March
    ("2008-02-05 DATE", ["Candidates campaigned before [Super Tuesday 2008]."]),
    ("2016-03-01 DATE", ["Trump won seven states on [Super Tuesday 2016]."]),
    # a short weekday and its day before a clock time; "yest"
    ("2025-05-10 DATE", ["footy [sat 10th] 3pm ko"]),
    ("2025-05-06 DATE", ["[yest] was mental"]),
    ("2025-05-07T15:00 TIME", ["she sat 8th [3pm] lol"]),  # the verb: no 8 May before the hour
    # Holi and Diwali from a table of India's public holidays (2001-2035)
    ("2024-10-31 DATE", ["Delhi's air quality worsened after [Diwali] fireworks."]),
    ("2025-10-20 DATE", ["Sales are expected to peak before [Deepavali]."]),
    ("2025-03-14 DATE", ["Revellers threw coloured powder during [Holi] celebrations."]),
    ("2025-05-10 DATE", ["car boot [sat] who's coming", "@mike 5 a side [sat]?"]),
    ("2025-05-11 DATE", ["super bowl [sun] 🏈"]),
    # holidays' names without their apostrophe, as posts write them
    ("2025-03-17 DATE", ["[st patricks day] who's in 🍀", "[st pattys day] parade!!"]),
    ("2025-04-01 DATE", ["[april fools day] was wild lol"]),
    # a lower-case "mar" after a word that introduces a date
    ("2025-03-22 DATE", ["gig on [mar 22] 🎸", "been sick since [mar 22nd] lol"]),
    # an hour with "ish" takes its half of the day from the event just before it
    ("2025-05-07T19:00 TIME mod=APPROX", ["dinner [7ish]?", "drinks [7ish] lol"]),
    ("2025-05-07T07:00 TIME mod=APPROX", ["up at [7ish] for work"]),
    # "sat eve", "friday eve": the evening of that day
    ("2025-05-10TEV TIME", ["bbq [sat eve]", "drinks [saturday eve]?"]),
    # a clock time written with a dot in a post ("lunch at 12.30"), its half of the day as "at 8"
    ("2025-05-07T12:30 TIME", ["lunch at [12.30]"]),
    ("2025-05-07T19:30 TIME", ["dinner at [7.30] x", "see u at [7.30]!!"]),
    ("2025-05-07T17:45 TIME", ["train at [17.45] lol"]),
    # a short weekday just after a clock time in a post ("KO 3pm sat"); an emoji marks a post
    ("2025-05-10T15:00 TIME", ["KO [3pm] sat 🏟️"]),
    ("2025-05-10 DATE", ["KO 3pm [sat] 🏟️", "doors 8pm [sat]!!"]),
    # every weekend, where a post begins or after "work"
    ("XXXX-WXX-WE SET", ["[weekends] are for sleeping", "i work [weekends] lol"]),
    # a named day and a part of it as posts shorten it
    ("2025-05-08TMO TIME", ["car boot [tmrw morn] if its dry"]),
    ("2025-05-08TEV TIME", ["drinks [tomorrow eve]?"]),
    # a short weekday before an ordinal day and its month
    ("2025-05-17 DATE", ["Tickets for [Sat 17th May] selling fast!"]),
    ("2024-05-07 DATE mod=APPROX", ["[this time last yr] i was in bali"]),
    # in a post, "the 20th" after a booking, a start or an end, or "is"
    ("2025-05-20 DATE", ["flights booked for [the 20th] ✈️", "half term starts [the 20th]"]),
    ("2025-06-03 DATE", ["my bday is [the 3rd]!!"]),
    # a holiday and a part of its day; Britain's "pancake day"
    ("2025-10-31TNI TIME", ["trick or treating [halloween night] 🎃"]),
    ("2025-12-25TMO TIME", ["The children will open presents on [Christmas morning]."]),
    ("2026-02-17 DATE", ["[pancake day] is next week!!"]),
    # a holiday in a post with no tense cue is the one ahead (a greeting keeps the nearest)
    ("2025-05-26 DATE", ["[bank hol monday] bbq?"]),
    # "12 noon", "12 midnight" whole
    ("2025-05-08T12:00 TIME", ["Kick off [12 noon tomorrow]"]),
    ("2025-05-07T12:00 TIME", ["The rally begins at [12 noon]."]),
    # a clock time before a kick-off or a start ("sun 10:30 ko", "sat 9:30 start")
    ("2025-05-11T10:30 TIME", ["sun [10:30] ko"]),
    ("2025-05-10T09:30 TIME", ["parkrun sat [9:30] start"]),
    # a number glued to a short unit, as posts write it
    ("PT24H DURATION", ["[24hrs] to go"]),
    ("P2W DURATION", ["[2wks] left lol"]),
    ("2020-05-07 DATE", ["[5yrs ago today] we met"]),
    # "the 31st" after an event of a day in a post
    ("2025-05-31 DATE", ["payday [the 31st] cant come soon enough"]),
    # "by end of day" without its article
    ("2025-05-07 DATE mod=END", ["send it by [end of day] pls"]),
    # a lower-case "may" or "march" in a post after a preposition, or first before a verb
    ("2025-03 DATE", ["school trip in [march] lol"]),
    ("2025-05 DATE", ["back in [may] lol", "[may] is gonna be busy"]),
    # where a post begins, "mornings are …": every morning
    ("XXXX-XX-XXTMO SET", ["[mornings] are the worst"]),
    ("XXXX-XX-XXTNI SET", ["[nights] r long lol"]),
    # "the new yr", "this mornings parkrun", "fortnightly", as posts write them
    ("2026 DATE", ["see u in [the new yr] x"]),
    ("2025-05-07TMO TIME", ["[this morning]s parkrun 🏃"]),
    ("P2W SET", ["book club meets [fortnightly]"]),
    # in a post, "the 27th" after "work" or "day" ("back at work the 27th", "move in day the 16th")
    ("2025-05-27 DATE", ["back at work [the 27th] 😩", "move in day [the 27th]"]),
    # "mon 18th" before any word ("mon" is no English word)
    ("2025-05-19 DATE", ["[mon 19th] uni starts"]),
    # a post that begins with "spring" or "fall" before a verb
    ("2025-SP DATE", ["[spring] is finally here 🌸"]),
    # "this upcoming weekend" as "this coming weekend"; "pi day", "black fri"
    ("2025-W20-WE DATE", ["road trip [this upcoming weekend]"]),
    ("2025-03-14 DATE", ["[pi day] was fun 🥧"]),
    ("2025-11-28 DATE", ["[black fri] deals r live"]),
    # an event before the day before an hour names its half of the day ("game fri @ 7")
    ("2025-05-09T19:00 TIME", ["game fri @ [7]"]),
    ("2025-05-09T20:00 TIME", ["drinks fri at [8]?"]),
    ("2025-05-08T09:00 TIME", ["class tmrw at [9]"]),
    # a start or a kick-off between a clock time and its day
    ("2025-05-08T06:00 TIME", ["[6am] start tmrw ugh"]),
    ("2025-05-09T19:00 TIME", ["[7pm] finish friday lol"]),
    # a festival before a short weekday in a post
    ("2025-05-10 DATE", ["festival [sat] and sun 🎶"]),
]

NEGATIVE: list[str] = [
    # a day of an event told of a day gone by: which day is not said (twenty-first pass)
    "The cardinals voted on the second day of the conclave.",
    "It was the third day of talks.",
    "The index closed at 1100 points.",  # a count after "at"
    "They live at 1600 Pennsylvania Avenue.",  # a street's number after "at"
    # "a second" before a noun is the ordinal, even after a verb ending in s ("says")
    "The airline says a second relief flight will land.",
    "Crews searched the rubble a second time.",
    "In a second report, the panel blamed the operator.",
    "This day belonged to the defence lawyers.",
    "Rep. Glenn Nye hosted the lobbyists.",
    "Tourists packed the Quarter's bars.",
    "She came 18th and 19th in the two races.",
    "That was a grim start to this day of mourning.",
    # "the fall-out"; "the Quarter" of a town
    "The fall-out from the scandal was still felt.",
    "Diners crowded into the Quarter for the festival.",
    "He was in his 30s and 40s then.",
    "Both pilots were in their 40s or 50s.",
    "won it sat 2:1",
    "due the 3rd time",
    "half 7 of them came",
    "one quarter of voters",
    "the ages of the children",
    "she sat 14th in the standings",
    "that rising-sun aspiration",
    "The ruling of the 5th U.S. Circuit stood.",
    "he ran the 1:45 mile",
    "the 2nd may come later",
    "from may 8-10 people",
    "the sun-dried tomatoes",
    "they march 10 miles",
    "you may 2 go",
    "the new year brings hope",
    "shares closed at 8",
    "the index stood at 8 on the day",
    "the meeting is at 5 Main Street",
    "about 10ish people came",
    "waltzes by Jan Bobrowicz",
    "an august body met",
    "he sat 3/4 of the exam",
    "He sold the 2H model.",
    "The august quarter market is closed.",
    "He picked the other day of the week.",
    "I played NBA 2K19 all night",
    # a day's or a month's name inside the name of a paper, a show, a treaty, a march
    "The Sunday Times first reported the deal.",
    "She starred in Saturday Night Live.",
    "the Christmas Truce is remembered",
    "The Good Friday Agreement held.",
    "The March on Washington drew thousands.",
    "jan said hi",
    "the oct report was late",
    "Nguyen Thu spoke",
    "I am here.",
    "He was soon released.",
    "Soon after, he left.",
    "The talks will resume soon.",
    "Xi Jinping has arrived in Moscow, his 11th trip to Russia.",
    "his 11th to Russia",
    "the long-delayed Power of Siberia 2 gas pipeline",
    "a flat on the 80th floor",
    "Chinese troops: 2022 troops will also participate.",
    "The bill came to $2,022.50, or €1,999.",
    "It costs $2025 per tonne.",
    "It cost $12,000; the vote was 12,2025 against; 2,000 troops came.",
    "Call 555-2025 or +1 202 555 1998.",
    "About 1500-2000 troops were sent; it costs $1999-2005; phone 1999-2034-5555.",
    "The minutes of the meeting were published; office hours are short.",
    "The score was 2009-08.",
    "They may 8-10 times; prices rose 5-10%; the ratio was 3-1.",
    "Trading halted (1200 GMT).",  # a restated clock time, not a year nor a time of its own
    # a score, a ratio or a race time is not a clock time
    "The odds moved to 10:15; he ran at a 2:05:30 pace; they won 3 to 4 points.",
    "He said that day was hard for everyone.",
    "The plan failed the following year.",
    "He died the next day.",
    "It was the year's best film and the season opener; he scored 20 goals this season.",
    "The annual report says that for the first time he was once a star, at one time.",
    "He runs in the morning and reads in the evening.",
    "The daily newspaper and two weekly magazines cited the figures.",
    "They set up a joint venture called Orion 1980, making parts.",
    "The bank sold its Orion 1980 fund to investors.",
    "Rights in today's world are for today's youth; this is VOA Today.",
    'Baker, speaking on ABC\'s "This Week," said the request was made.',
    "It was high noon for the alliance.",
    "Shares rose 4 in the afternoon and fell 2 at night.",
    "He had years of experience; the years were good.",
    "The plan failed. Now, he says, it looks like the West just wanted war.",
    "He spent the past three summers there.",
    "The past president of the club spoke.",
    "Others are reading now",
    "Also read",
    "Ads by MGDK",
    "He may attend the summit.",
    "Version 2025.12.99 shipped; he ran from 2 to 3 percent.",
    "Once again he won; twice he lost; the weekends' crowds were large.",
    "Protesters march on the embassy.",
    "Oil prices fall sharply.",
    "His 80th birthday party",
    "Page 1 of 12",
    "Model 1984X sells 3000 units",
    "People in their 90s",
    "a 6-year-old boy and his 44-year-old father",
    "about three-quarters of the vote",
    "fell twenty six percent",
    "He won a second term with more than a quarter of the vote.",
    "Prices will fall soon; future growth; previously he said",
    # counts are not years; named days are not the nearest weekday; fractions are not dates
    "1000 people marched.",
    "About 2,000 troops arrived.",
    "1000 Lybians have died, officials said.",
    "More than 2,000 people died and 1500 were injured.",
    "It is D-Day for the talks; he made 7/7 free throws; he said eid is a word.",
    "He looked to the year to come; it was the week to remember.",
    "He scored in the final quarter of the game.",
    "Of the dead, 1200 were children; 1100 remain missing.",
    "The dome was lowered by cranes around 1500 metres to the sea floor.",
    "Divers counted an unknown number of the 1080 wrecks lying on the bottom.",
    "About 1500 people came; the 2000 miles of coast were closed.",
    "The anniversary of Bloody Sunday was marked.",
    "Voters queued on election day; it was the end of an era; we start over at the end.",
    "He ate 3/4 of the cake.",
    "Easter Island lies far away.",
    # other languages: relative expressions and weekdays are not read, nor a bare month
    "Путин встретится с Си в четверг, а на следующей неделе улетит в Пекин.",
    "Les deux dirigeants se rencontreront jeudi, mais rien n'est signé.",
    "El presidente llegará el jueves; la semana que viene, a Pekín.",
    "5月，会谈继续举行。",
    # "Mai" the name, and foreign names that are English words written with a capital
    "Mai Thi Nguyen sagte, 3 Minister kommen.",
    "NASA sent 2 Mars rovers; doctors at the Mayo clinic agreed.",
    # Latin abbreviations of three letters are left out: they are words ("out", "set", "ago")
    "9 out of 10 doctors agree; he lost 3 set points.",
    # an ordinal that counts or names something is not a day of the month
    "Critics said the delays mar 12 events.",
    "The years after the war were hard.",
    "An RN at the hospital said the sun rose; he sat down; newly wed couples; the SEC said.",
    "He works at a 24/7 service; a 9-5 job; the 1-0 win; it was a 50-50 call.",
    "Once in a while we meet.",
    "He ran a 2000 mile trip; a 1000 percent rise; a 1500 calorie diet.",
    "The Daily Mail newspaper said boats out there get two thousand.",
    "Recovery removed one quarter (25 percent) of the oil; the fall of the regime; the fall out.",
    "Prices rose 5 percent, 4.5 per cent and 12% to $2 billion, or 3.5 million euros.",
    "He lives on the 15th floor; they appealed to the 11th Circuit; it fell on the 3rd lap.",
    # an exclamation is no length; "a new year" of anything is no holiday
    "what a day!! such a week",
    "It was a new year of talks; new year new me.",
    # "that night" with no day named before is no date
    "That night he slept well. He runs in the morning; early morning raids are common.",
    "The war was long; that weekend was calm.",
    # a decimal is no clock time without its zone; "a quarter" of a vote is no length
    "Shares rose 14.30 percent; the index closed at 14.30; they won a quarter of the vote.",
    # a count before a plural noun or a measure stays a count
    "The top 2000 firms ran 2000 metre races.",
    # a New Year of another calendar is no 1 January
    "The Islamic New Year is a holiday; the Thai New Year festival began.",
    # the days before an event are a stretch the story dates by it, not a length
    "In the days before the vote, and in the first weeks after it, it was a matter of days before he left.",
    # ("the final months of the war" is now a vague length, as TimeBank's "the first hours of
    # the ground war": a row of POSITIVE)
    "He died in the early hours of a cold day.",
    "Their 1040s forms were filed.",
    "\"We don't need W2s. We don't need 1040s,\" she said. Bring 1040s.",
    # a morn of verse is no morning of today
    "From morn to night they toiled; the morn was grey.",
    # "late on" before no weekday is no date ("late on in the game")
    "He scored late on in the game; the decision came late on.",
    "out in the sun 😎",
    "the cat sat lol",
    "sun is out!!",
    "they got wed!",
    "c mon!!",
    "free sun cream!!",
    "its 8p a litre lol",
    "costs 8p lol",
    "flat 10a is ours lol",
    "The stamp costs 8p; see note 3a.",
    "sold at 3.45 a share lol",
    "rates at 5.25% smh",
    "The shares traded at 12.30 in London.",
    "it could mar 3 events lol",
    "the weekends events were fun lol",
    "the festival sat on the hill lol",
    "a spring in my step lol",
    "back at work the 3rd time lol",
    "The end of day two was calm.",
    "Mornings are busy.",
    "we may march lol",
    "from may 8-10 people came lol",
    "flight 4h late lol",
    "ran 30m lol",
    "the party was on the 3rd floor lol",
    "my 5 yr old said the funniest thing",
    "for the 3rd time lol",
    "she is the 3rd person to ask lol",
    "jan is coming over lol",
    "august company is gonna be there",
    "start work at 6 lol",
    "scored 12/15 on the quiz 😎",
    "got 9/10 lol",
    "the show is 3/4 done lol",
    "the boot sat by the door lol",
    "Holiday plans were holistic.",
]
