"""Italy's national public holidays, and the working days of a month.

The days no one is expected at work across the country (L. 260/1949 and its changes):
New Year, Epiphany, Easter Monday, Liberation Day, Labour Day, Republic Day,
Assumption, All Saints, the Immaculate Conception, Christmas and St Stephen's; from 2026
also St Francis's day, 4 October (L. 151/2025). A town's patron saint is not among
them: the grid lets a tutor mark any day by hand.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

# (month, day) of the fixed national holidays.
FIXED = ((1, 1), (1, 6), (4, 25), (5, 1), (6, 2), (8, 15), (11, 1), (12, 8), (12, 25),
         (12, 26))
SAINT_FRANCIS_FROM = 2026  # 4 October is a national holiday again from this year


def easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


@lru_cache(maxsize=16)  # a month's working days ask for each of its days
def holidays(year: int) -> frozenset[date]:
    """The national holidays of ``year``."""
    days = {date(year, month, day) for month, day in FIXED}
    days.add(easter(year) + timedelta(days=1))  # Pasquetta
    if year >= SAINT_FRANCIS_FROM:
        days.add(date(year, 10, 4))
    return frozenset(days)


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a national holiday."""
    return day.weekday() < 5 and day not in holidays(day.year)


def month_days(month: str) -> list[date]:
    """Every calendar day of a month written YYYY-MM."""
    year, number = (int(x) for x in month.split("-"))
    return [date(year, number, day)
            for day in range(1, calendar.monthrange(year, number)[1] + 1)]
