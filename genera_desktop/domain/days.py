"""Days as staff write them: day first, the Italian way, or ISO.

One reader for the app's date fields and the import files, so "3/4/1980" means the
same day wherever it is typed.

A year in two digits ("15/12/26", "151226") is read only where the caller says which
century it means (``short_year``), as a form can: the field shows the day in full as
soon as it is left, so the person sees which one was taken. ``PAST`` is for days that
have happened (a birth date): the latest such day up to today. ``NEAR`` is for the
rest (an appointment, an ISEE, a registration): the such day nearest today, within
fifty years either way. An import file has no one to show the day to: it keeps the
year in full.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from genera_desktop.domain.stamps import parse_stamp

# Day, month, year with one separator used twice: 3/4/1980, 03.04.1980, 03-04-1980.
_DAY_FIRST = re.compile(r"([0-9]{1,2})([/.\- ])([0-9]{1,2})\2([0-9]{2,4})")
_COMPACT = re.compile(r"([0-9]{2})([0-9]{2})([0-9]{4}|[0-9]{2})")  # 03041980, 030480
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

PAST = "past"
NEAR = "near"


class NotADay(ValueError):
    """Text shaped like a day that names none: ``reason`` is "no such day" (31/02) or
    "year not in full" (3/4/80 where no century is given: either one)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_day(text: str, *, short_year: str | None = None,
             today: date | None = None) -> date | None:
    """The day ``text`` writes (ISO, day first, or six or eight digits day first); None
    when it is not written like a day at all; NotADay when it is, but names no day.

    ``short_year`` (``PAST`` or ``NEAR``) reads a two-digit year, against ``today``
    (default: the real one); without it such a year is NotADay("year not in full").
    """
    text = text.strip()
    if _ISO.fullmatch(text):
        day, month, year = text[8:10], text[5:7], text[0:4]
    elif match := _DAY_FIRST.fullmatch(text):
        day, month, year = match[1], match[3], match[4]
    elif match := _COMPACT.fullmatch(text):
        day, month, year = match[1], match[2], match[3]
    else:
        return None
    if len(year) == 2 and short_year is not None:
        return _short_year_day(int(day), int(month), int(year), short_year,
                               today or date.today())
    if len(year) != 4:
        raise NotADay("year not in full")
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise NotADay("no such day") from None


def _short_year_day(day: int, month: int, yy: int, rule: str, today: date) -> date:
    """The day of a two-digit year by ``rule`` (see the module's docstring)."""
    candidates = []
    for century in (today.year // 100 - 1, today.year // 100, today.year // 100 + 1):
        try:
            candidates.append(date(century * 100 + yy, month, day))
        except ValueError:  # 29/02 of a year that has none, or no such day at all
            continue
    if rule == PAST:
        candidates = [d for d in candidates if d <= today]
    elif rule != NEAR:
        raise ValueError(f"unknown rule for a two-digit year: {rule}")
    if not candidates:
        raise NotADay("no such day")
    # Nearest today; of two as near, the earlier (a day written is more often past).
    return min(candidates, key=lambda d: (abs((d - today).days), d))


# -- days and moments as people read them -------------------------------------------------
# The one formatter of the app: screens (ui/common/rows.py), printed forms
# (printing/layout.py) and the funders' reports (reports/tables.py) all show days
# through it, under the names those layers already use.

DAY_FORMAT = "%d/%m/%Y"  # 07/03/2025, as Italian forms write it


def day_text(value: object) -> str:
    """A day as people read it, 07/03/2025: an ISO date (or the date of an ISO stamp),
    a ``date`` or a ``datetime``; "" when empty; other text as written, rather than lost."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime(DAY_FORMAT)
    raw = str(value)
    try:
        return date.fromisoformat(raw[:10]).strftime(DAY_FORMAT)
    except ValueError:
        return raw


MONTH_NAMES = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
               "agosto", "settembre", "ottobre", "novembre", "dicembre")


def month_text(month: object) -> str:
    """A month as people read it, «marzo 2026», from ``2026-03`` (or an ISO date); other
    text as written, rather than lost."""
    raw = str(month or "")
    try:
        year, number = int(raw[:4]), int(raw[5:7])
        return f"{MONTH_NAMES[number - 1]} {year}"
    except (ValueError, IndexError):
        return raw


def moment_text(when: str | datetime | None) -> str:
    """A moment on this computer's clock, 25/11/2026 18:30: a stored ISO stamp (UTC when
    it names no zone), or a datetime (naive: already local). A date alone as a day."""
    if isinstance(when, datetime):
        return when.astimezone().strftime(f"{DAY_FORMAT} %H:%M")
    if not when or len(when) < 16:
        return day_text(when)
    moment = parse_stamp(when)
    return moment.astimezone().strftime(f"{DAY_FORMAT} %H:%M") if moment else when
