"""Holidays that move: Easter (computed, Western and Orthodox), Ramadan and the Eids (Hijri
calendar), Chinese New Year (lunisolar calendar), the Jewish feasts (Hebrew calendar, computed),
Nowruz (the March equinox), as pure functions of the year.

The lunar calendars are tables, not a dependency: the rows below were computed once with
``hijridate`` 2.6.0 (the Umm al-Qura calendar of Saudi Arabia, as published by its authority; MIT
licence) and ``lunardate`` 0.3.0 (the Chinese calendar's tables of the Purple Mountain
Observatory; GPL-3 library, the dates themselves are facts). Local sightings of the moon can put
Ramadan or an Eid a day either side in some countries: a reader gets the Umm al-Qura day.

>>> moveable_interval("easter", 2025)
(datetime.date(2025, 4, 20), datetime.date(2025, 4, 20))
>>> moveable_interval("ramadan", 2025)
(datetime.date(2025, 3, 1), datetime.date(2025, 3, 29))
>>> moveable_interval("chinese new year", 2025)
(datetime.date(2025, 1, 29), datetime.date(2025, 1, 29))
>>> moveable_interval("passover", 2025)
(datetime.date(2025, 4, 13), datetime.date(2025, 4, 13))
"""

from __future__ import annotations

import datetime as dt
from functools import cache

# Hijri years 1370..1499 (Gregorian 1951..2076), one per entry: the first day of Ramadan, Eid
# al-Fitr (1 Shawwal, the day after Ramadan) and Eid al-Adha (10 Dhu al-Hijjah).
_HIJRI_YEARS = """
    1951-06-06 1951-07-06 1951-09-12  1952-05-25 1952-06-23 1952-08-31
    1953-05-14 1953-06-13 1953-08-20  1954-05-04 1954-06-02 1954-08-09
    1955-04-24 1955-05-23 1955-07-30  1956-04-12 1956-05-11 1956-07-19
    1957-04-01 1957-05-01 1957-07-08  1958-03-21 1958-04-20 1958-06-27
    1959-03-11 1959-04-10 1959-06-17  1960-02-28 1960-03-28 1960-06-04
    1961-02-16 1961-03-18 1961-05-25  1962-02-05 1962-03-07 1962-05-14
    1963-01-26 1963-02-24 1963-05-03  1964-01-15 1964-02-14 1964-04-22
    1965-01-03 1965-02-02 1965-04-11  1965-12-23 1966-01-22 1966-04-01
    1966-12-13 1967-01-12 1967-03-21  1967-12-02 1968-01-01 1968-03-09
    1968-11-21 1968-12-21 1969-02-27  1969-11-10 1969-12-10 1970-02-16
    1970-11-01 1970-11-30 1971-02-06  1971-10-20 1971-11-19 1972-01-26
    1972-10-08 1972-11-07 1973-01-14  1973-09-27 1973-10-27 1974-01-03
    1974-09-17 1974-10-16 1974-12-24  1975-09-06 1975-10-06 1975-12-13
    1976-08-26 1976-09-24 1976-12-01  1977-08-15 1977-09-14 1977-11-21
    1978-08-05 1978-09-03 1978-11-10  1979-07-25 1979-08-23 1979-10-31
    1980-07-13 1980-08-12 1980-10-19  1981-07-02 1981-08-01 1981-10-08
    1982-06-22 1982-07-21 1982-09-27  1983-06-12 1983-07-11 1983-09-17
    1984-05-31 1984-06-30 1984-09-05  1985-05-20 1985-06-19 1985-08-26
    1986-05-09 1986-06-08 1986-08-15  1987-04-29 1987-05-28 1987-08-04
    1988-04-17 1988-05-16 1988-07-23  1989-04-07 1989-05-06 1989-07-13
    1990-03-27 1990-04-26 1990-07-02  1991-03-17 1991-04-15 1991-06-22
    1992-03-05 1992-04-04 1992-06-11  1993-02-22 1993-03-24 1993-05-31
    1994-02-11 1994-03-13 1994-05-20  1995-01-31 1995-03-02 1995-05-09
    1996-01-21 1996-02-19 1996-04-27  1997-01-10 1997-02-08 1997-04-17
    1997-12-30 1998-01-29 1998-04-07  1998-12-19 1999-01-18 1999-03-27
    1999-12-09 2000-01-08 2000-03-16  2000-11-27 2000-12-27 2001-03-05
    2001-11-16 2001-12-16 2002-02-22  2002-11-06 2002-12-05 2003-02-11
    2003-10-26 2003-11-25 2004-02-01  2004-10-15 2004-11-14 2005-01-21
    2005-10-04 2005-11-03 2006-01-10  2006-09-24 2006-10-23 2006-12-31
    2007-09-13 2007-10-13 2007-12-20  2008-09-01 2008-10-01 2008-12-08
    2009-08-22 2009-09-20 2009-11-27  2010-08-11 2010-09-10 2010-11-16
    2011-08-01 2011-08-30 2011-11-06  2012-07-20 2012-08-19 2012-10-26
    2013-07-09 2013-08-08 2013-10-15  2014-06-28 2014-07-28 2014-10-04
    2015-06-18 2015-07-17 2015-09-23  2016-06-06 2016-07-06 2016-09-11
    2017-05-27 2017-06-25 2017-09-01  2018-05-16 2018-06-15 2018-08-21
    2019-05-06 2019-06-04 2019-08-11  2020-04-24 2020-05-24 2020-07-31
    2021-04-13 2021-05-13 2021-07-20  2022-04-02 2022-05-02 2022-07-09
    2023-03-23 2023-04-21 2023-06-28  2024-03-11 2024-04-10 2024-06-16
    2025-03-01 2025-03-30 2025-06-06  2026-02-18 2026-03-20 2026-05-27
    2027-02-08 2027-03-09 2027-05-16  2028-01-28 2028-02-26 2028-05-05
    2029-01-16 2029-02-14 2029-04-24  2030-01-05 2030-02-04 2030-04-13
    2030-12-26 2031-01-24 2031-04-02  2031-12-15 2032-01-14 2032-03-22
    2032-12-04 2033-01-02 2033-03-11  2033-11-23 2033-12-23 2034-03-01
    2034-11-12 2034-12-12 2035-02-18  2035-11-01 2035-12-01 2036-02-07
    2036-10-20 2036-11-19 2037-01-26  2037-10-10 2037-11-08 2038-01-16
    2038-09-30 2038-10-29 2039-01-05  2039-09-19 2039-10-19 2039-12-26
    2040-09-07 2040-10-07 2040-12-14  2041-08-28 2041-09-26 2041-12-04
    2042-08-17 2042-09-15 2042-11-23  2043-08-06 2043-09-04 2043-11-12
    2044-07-26 2044-08-24 2044-10-31  2045-07-15 2045-08-14 2045-10-21
    2046-07-05 2046-08-03 2046-10-10  2047-06-24 2047-07-24 2047-09-30
    2048-06-12 2048-07-12 2048-09-19  2049-06-02 2049-07-01 2049-09-08
    2050-05-22 2050-06-20 2050-08-28  2051-05-11 2051-06-10 2051-08-17
    2052-04-30 2052-05-29 2052-08-05  2053-04-20 2053-05-19 2053-07-26
    2054-04-09 2054-05-09 2054-07-15  2055-03-29 2055-04-28 2055-07-05
    2056-03-17 2056-04-16 2056-06-23  2057-03-06 2057-04-05 2057-06-12
    2058-02-24 2058-03-25 2058-06-01  2059-02-14 2059-03-15 2059-05-22
    2060-02-03 2060-03-04 2060-05-10  2061-01-23 2061-02-21 2061-04-30
    2062-01-12 2062-02-10 2062-04-20  2063-01-01 2063-01-30 2063-04-09
    2063-12-21 2064-01-20 2064-03-28  2064-12-09 2065-01-08 2065-03-17
    2065-11-29 2065-12-28 2066-03-06  2066-11-19 2066-12-18 2067-02-24
    2067-11-08 2067-12-08 2068-02-13  2068-10-27 2068-11-26 2069-02-02
    2069-10-16 2069-11-15 2070-01-22  2070-10-05 2070-11-04 2071-01-11
    2071-09-25 2071-10-24 2071-12-31  2072-09-13 2072-10-13 2072-12-20
    2073-09-03 2073-10-02 2073-12-09  2074-08-23 2074-09-22 2074-11-29
    2075-08-13 2075-09-11 2075-11-18  2076-08-01 2076-08-30 2076-11-07
"""

# Holi and Diwali, which follow the Hindu lunisolar calendar, 2001..2035: the days India's central
# government lists as public holidays, as the python-holidays package (0.108, holidays.India)
# gives them; one row a year, Holi then Diwali ("-": no Holi in that year's list).
_HOLI_AND_DIWALI = """
    2001-03-10 2001-11-14  - 2002-11-04  2003-03-18 2003-10-25
    2004-03-07 2004-11-12  2005-03-26 2005-11-01  2006-03-15 2006-10-21
    2007-03-04 2007-11-09  2008-03-22 2008-10-28  2009-03-11 2009-10-17
    2010-03-01 2010-11-05  - 2011-10-26  2012-03-08 2012-11-13
    2013-03-27 2013-11-03  2014-03-17 2014-10-23  2015-03-06 2015-11-11
    2016-03-24 2016-10-30  2017-03-13 2017-10-19  2018-03-02 2018-11-07
    2019-03-21 2019-10-27  2020-03-10 2020-11-14  2021-03-29 2021-11-04
    2022-03-18 2022-10-24  2023-03-08 2023-11-12  2024-03-25 2024-10-31
    2025-03-14 2025-10-20  2026-03-04 2026-11-08  2027-03-22 2027-10-29
    2028-03-11 2028-10-17  2029-03-01 2029-11-05  2030-03-20 2030-10-26
    2031-03-09 2031-11-14  2032-03-27 2032-11-02  2033-03-16 2033-10-22
    2034-03-05 2034-11-10  2035-03-24 2035-10-30
"""

# Chinese New Year (the first day of the first lunar month), Gregorian 1950..2076, as MMDD.
_CHINESE_NEW_YEAR_FIRST = 1950
_CHINESE_NEW_YEARS = """
    0217 0206 0127 0214 0203 0124 0212 0131 0218 0208
    0128 0215 0205 0125 0213 0202 0121 0209 0130 0217
    0206 0127 0215 0203 0123 0211 0131 0218 0207 0128
    0216 0205 0125 0213 0202 0220 0209 0129 0217 0206
    0127 0215 0204 0123 0210 0131 0219 0207 0128 0216
    0205 0124 0212 0201 0122 0209 0129 0218 0207 0126
    0214 0203 0123 0210 0131 0219 0208 0128 0216 0205
    0125 0212 0201 0122 0210 0129 0217 0206 0126 0213
    0203 0123 0211 0131 0219 0208 0128 0215 0204 0124
    0212 0201 0122 0210 0130 0217 0206 0126 0214 0202
    0123 0211 0201 0219 0208 0128 0215 0204 0124 0212
    0202 0121 0209 0129 0217 0205 0126 0214 0203 0123
    0211 0131 0219 0207 0127 0215 0205
"""


def easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus).

    >>> easter(2024), easter(2000)
    (datetime.date(2024, 3, 31), datetime.date(2000, 4, 23))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


def orthodox_easter(year: int) -> dt.date:
    """Easter Sunday of the Eastern Orthodox churches: the Julian computus (Meeus), moved to the
    Gregorian calendar (13 days apart from March 1900 to February 2100).

    >>> orthodox_easter(2024), orthodox_easter(2013)
    (datetime.date(2024, 5, 5), datetime.date(2013, 5, 5))
    """
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian_to_gregorian = year // 100 - year // 400 - 2
    return dt.date(year, month, day + 1) + dt.timedelta(days=julian_to_gregorian)


# The Hebrew calendar, by the arithmetic of Reingold and Dershowitz, "Calendrical Calculations"
# (3rd ed., ch. 8): days are counted from the epoch, 1 Tishrei of the year 1 (R.D. -1373427,
# the same day count as ``date.toordinal``). A feast day begins at the sunset before it; the
# news dates it by the day.
_HEBREW_EPOCH = -1373427
_HEBREW_YEAR_OFFSET = 3761  # 1 Tishrei of Hebrew year Y + 3761 falls in the autumn of year Y


def _hebrew_elapsed_days(hebrew_year: int) -> int:
    months = (235 * hebrew_year - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    # the new year may not fall on a Sunday, Wednesday or Friday
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _hebrew_year_length_correction(hebrew_year: int) -> int:
    before, this, after = (_hebrew_elapsed_days(hebrew_year + k) for k in (-1, 0, 1))
    if after - this == 356:
        return 2
    if this - before == 382:
        return 1
    return 0


def rosh_hashanah(year: int) -> dt.date:
    """1 Tishrei, the Jewish New Year, that falls in the autumn of Gregorian ``year``.

    >>> rosh_hashanah(2013), rosh_hashanah(2023), rosh_hashanah(2025)
    (datetime.date(2013, 9, 5), datetime.date(2023, 9, 16), datetime.date(2025, 9, 23))
    """
    hebrew_year = year + _HEBREW_YEAR_OFFSET
    return dt.date.fromordinal(
        _HEBREW_EPOCH
        + _hebrew_elapsed_days(hebrew_year)
        + _hebrew_year_length_correction(hebrew_year)
    )


def _hanukkah(year: int) -> dt.date:
    """25 Kislev: Tishrei has 30 days, Heshvan 30 only in a "complete" year (355 or 385 days)."""
    new_year = rosh_hashanah(year)
    length = (rosh_hashanah(year + 1) - new_year).days
    heshvan = 30 if length in (355, 385) else 29
    return new_year + dt.timedelta(days=30 + heshvan + 24)


# Jewish feasts as days counted from a Gregorian year's Rosh Hashanah: the months from Nisan to
# Elul have fixed lengths, so Passover (15 Nisan) is always 163 days before 1 Tishrei, Purim (14
# Adar, or Adar II) 30 days before Passover, Shavuot (6 Sivan) 50 days after it.
_JEWISH_FEASTS: dict[str, int] = {
    "rosh hashanah": 0, "yom kippur": 9, "sukkot": 14, "passover": -163, "purim": -193,
    "shavuot": -113,
}  # fmt: skip


def nowruz(year: int) -> dt.date:
    """1 Farvardin, the Persian New Year: the day of the March equinox in Iran when the equinox
    falls before noon in Tehran (UTC+3:30), else the day after. The equinox is Meeus' mean
    equinox (Astronomical Algorithms, table 27.B, years 2000-3000; 27.A before): within about
    20 minutes of the true one, so a year whose equinox falls that close to noon in Tehran may
    be a day off.

    >>> [nowruz(year).day for year in (2000, 2013, 2020, 2023, 2025)]
    [20, 21, 20, 21, 21]
    """
    if year >= 2000:
        y = (year - 2000) / 1000
        jde = 2451623.80984 + 365242.37404 * y + 0.05169 * y**2 - 0.00411 * y**3 - 0.00057 * y**4
    else:
        y = year / 1000
        jde = 1721139.29189 + 365242.13740 * y + 0.06134 * y**2 + 0.00111 * y**3 - 0.00071 * y**4
    # (ignoring TT - UT, about a minute): the day count from the start of ordinal 0 in Tehran
    tehran = jde + 3.5 / 24 - 1721424.5
    day = dt.date.fromordinal(int(tehran))
    return day if tehran % 1 < 0.5 else day + dt.timedelta(days=1)


# Days that follow Easter by a fixed count (Western churches).
EASTER_OFFSETS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2,
    "holy saturday": -1, "maundy thursday": -3, "holy thursday": -3, "palm sunday": -7,
    "ash wednesday": -46, "shrove tuesday": -47, "mardi gras": -47, "pentecost": 49,
    "whit monday": 50, "ascension day": 39,
}  # fmt: skip


# The Monday bank holidays of England and Wales besides Easter Monday (Banking and Financial
# Dealings Act 1971, schedule 1): (month, 1 = first Monday, -1 = last). A year of a royal occasion
# moves one (2012, 2020, 2022): not in this table. Scotland's summer holiday is the first Monday of
# August: posts of England are the many.
_BANK_HOLIDAY_MONDAYS: dict[str, tuple[int, int]] = {
    "early may bank holiday": (5, 1), "spring bank holiday": (5, -1),
    "summer bank holiday": (8, -1),
}  # fmt: skip
# US presidential primaries held on one day in many states, in the years they were not on the
# first Tuesday of March (Wikipedia, "Super Tuesday": 1988, 1992 and 1996 on the second Tuesday,
# 2008 on 5 February; 2000-2024 otherwise on the first Tuesday of March)
_SUPER_TUESDAYS: dict[int, dt.date] = {
    1988: dt.date(1988, 3, 8), 1992: dt.date(1992, 3, 10), 1996: dt.date(1996, 3, 12),
    2008: dt.date(2008, 2, 5),
}  # fmt: skip
# "bank holiday monday": whichever of these the tense points at (see resolve)
BANK_HOLIDAY_MONDAYS = ("easter monday", *_BANK_HOLIDAY_MONDAYS)


@cache
def _hijri_rows() -> tuple[tuple[dt.date, dt.date, dt.date], ...]:
    dates = [dt.date.fromisoformat(word) for word in _HIJRI_YEARS.split()]
    return tuple(zip(dates[0::3], dates[1::3], dates[2::3], strict=True))


@cache
def _hindu_feasts() -> dict[tuple[str, int], dt.date]:
    """(name, year) -> the day, from the table of Holi and Diwali."""
    words = _HOLI_AND_DIWALI.split()
    found: dict[tuple[str, int], dt.date] = {}
    for holi, diwali in zip(words[0::2], words[1::2], strict=True):
        day = dt.date.fromisoformat(diwali)
        found["diwali", day.year] = day
        if holi != "-":
            found["holi", day.year] = dt.date.fromisoformat(holi)
    return found


@cache
def _chinese_new_years() -> dict[int, dt.date]:
    days = _CHINESE_NEW_YEARS.split()
    return {
        _CHINESE_NEW_YEAR_FIRST + i: dt.date(_CHINESE_NEW_YEAR_FIRST + i, int(d[:2]), int(d[2:]))
        for i, d in enumerate(days)
    }


# Which of a Hijri row's dates each name means, and for how many days it lasts (an Eid is a
# feast of several days, but the news dates it by its first).
_HIJRI_NAMES: dict[str, int] = {"ramadan": 0, "eid al-fitr": 1, "eid al-adha": 2}


def moveable_interval(name: str, year: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the moveable holiday ``name`` in Gregorian ``year``, or None when
    the tables do not reach that year. A year with two Ramadans (1997, 2030) gives the first."""
    if name in EASTER_OFFSETS:
        day = easter(year) + dt.timedelta(days=EASTER_OFFSETS[name])
        return day, day
    if name in ("black friday", "cyber monday"):  # the Friday and Monday after Thanksgiving
        november = dt.date(year, 11, 1)
        thanksgiving = november + dt.timedelta(days=(3 - november.weekday()) % 7 + 21)
        day = thanksgiving + dt.timedelta(days=1 if name == "black friday" else 4)
        return day, day
    if name == "election day":  # the Tuesday after the first Monday of November
        november = dt.date(year, 11, 1)
        first_monday = november + dt.timedelta(days=(0 - november.weekday()) % 7)
        day = first_monday + dt.timedelta(days=1)
        return day, day
    if name in _BANK_HOLIDAY_MONDAYS:  # England and Wales: the first or last Monday of a month
        month, nth = _BANK_HOLIDAY_MONDAYS[name]
        first = dt.date(year, month, 1)
        if nth == 1:
            day = first + dt.timedelta(days=-first.weekday() % 7)
        else:
            last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            day = last - dt.timedelta(days=last.weekday())
        return day, day
    if name == "super tuesday":
        day = _SUPER_TUESDAYS.get(year)
        if day is None:  # the first Tuesday of March, where most have fallen since 2000
            march = dt.date(year, 3, 1)
            day = march + dt.timedelta(days=(1 - march.weekday()) % 7)
        return day, day
    if name == "victoria day":  # Canada: the last Monday before 25 May
        day = dt.date(year, 5, 24)
        day -= dt.timedelta(days=day.weekday())
        return day, day
    if name == "orthodox easter":
        day = orthodox_easter(year)
        return day, day
    if name in _JEWISH_FEASTS:
        day = rosh_hashanah(year) + dt.timedelta(days=_JEWISH_FEASTS[name])
        return day, day
    if name == "hanukkah":
        day = _hanukkah(year)
        return day, day
    if name == "nowruz":
        day = nowruz(year)
        return day, day
    if name in ("holi", "diwali"):
        found = _hindu_feasts().get((name, year))
        return (found, found) if found else None
    if name in ("chinese new year", "lunar new year", "spring festival"):
        found = _chinese_new_years().get(year)
        return (found, found) if found else None
    index = _HIJRI_NAMES.get(name)
    if index is None:
        return None
    for row in _hijri_rows():
        if row[index].year == year:
            if index == 0:  # Ramadan lasts until the day before Eid al-Fitr
                return row[0], row[1] - dt.timedelta(days=1)
            return row[index], row[index]
    return None
