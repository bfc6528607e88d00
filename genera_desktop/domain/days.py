"""Days as staff write them: day first, the Italian way, or ISO.

One reader for the app's date fields and the import files, so "3/4/1980" means the
same day wherever it is typed.
"""

from __future__ import annotations

import re
from datetime import date

# Day, month, year with one separator used twice: 3/4/1980, 03.04.1980, 03-04-1980.
_DAY_FIRST = re.compile(r"([0-9]{1,2})([/.\- ])([0-9]{1,2})\2([0-9]{2,4})")
_COMPACT = re.compile(r"([0-9]{2})([0-9]{2})([0-9]{4})")  # 03041980
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class NotADay(ValueError):
    """Text shaped like a day that names none: ``reason`` is "no such day" (31/02) or
    "year not in full" (3/4/80: either century)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_day(text: str) -> date | None:
    """The day ``text`` writes (ISO, day first, or eight digits day first); None when it
    is not written like a day at all; NotADay when it is, but names no day."""
    text = text.strip()
    if _ISO.fullmatch(text):
        day, month, year = text[8:10], text[5:7], text[0:4]
    elif match := _DAY_FIRST.fullmatch(text):
        day, month, year = match[1], match[3], match[4]
    elif match := _COMPACT.fullmatch(text):
        day, month, year = match[1], match[2], match[3]
    else:
        return None
    if len(year) != 4:
        raise NotADay("year not in full")
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise NotADay("no such day") from None
