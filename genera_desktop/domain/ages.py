"""A person's age on a day, from their birth date (ISO text as stored)."""

from __future__ import annotations

from datetime import date

ADULT_AGE = 18


def age_on(birth_date: str | None, day: date) -> int | None:
    """Full years on ``day`` (a birthday counts from that day); None without a valid
    birth date. Born on 29 February: a year is full on 1 March in a common year."""
    try:
        born = date.fromisoformat(birth_date or "")
    except ValueError:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def under_18_on(birth_date: str | None, day: date) -> bool:
    """Under 18 on ``day``; a person without a birth date is not said to be."""
    age = age_on(birth_date, day)
    return age is not None and age < ADULT_AGE
