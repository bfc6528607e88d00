"""domain/days.read_day: the one reader of day-first dates, and its two-digit years."""

from __future__ import annotations

from datetime import date

import pytest

from genera_desktop.domain.days import NEAR, PAST, NotADay, read_day

TODAY = date(2026, 3, 11)


@pytest.mark.parametrize(("text", "rule", "day"), [
    ("15/12/26", NEAR, date(2026, 12, 15)),   # an appointment this year
    ("151226", NEAR, date(2026, 12, 15)),
    ("3/4/80", NEAR, date(1980, 4, 3)),       # 46 years back is nearer than 54 ahead
    ("3/4/30", NEAR, date(2030, 4, 3)),
    ("11.03.76", NEAR, date(1976, 3, 11)),    # fifty years either way: the earlier
    ("15/12/26", PAST, date(1926, 12, 15)),   # a birth date is never after today
    ("11/03/26", PAST, date(2026, 3, 11)),    # born today
    ("3/4/30", PAST, date(1930, 4, 3)),
    ("29/02/00", PAST, date(2000, 2, 29)),
    ("3/4/1930", NEAR, date(1930, 4, 3)),     # a year in full is taken as written
])
def test_two_digit_years(text: str, rule: str, day: date) -> None:
    assert read_day(text, short_year=rule, today=TODAY) == day


def test_without_a_rule_the_year_must_be_in_full() -> None:
    with pytest.raises(NotADay) as raised:
        read_day("3/4/80")
    assert raised.value.reason == "year not in full"
    assert read_day("3/4/1980") == date(1980, 4, 3)


def test_no_such_day_in_any_century() -> None:
    for text in ("31/04/26", "29/02/25"):
        with pytest.raises(NotADay) as raised:
            read_day(text, short_year=NEAR, today=TODAY)
        assert raised.value.reason == "no such day"
    assert read_day("non è una data", short_year=NEAR) is None


def test_months_are_written_in_one_place() -> None:
    from genera_desktop.domain.days import month_text

    assert month_text("2026-03") == "marzo 2026"
    assert month_text("2026-12-07") == "dicembre 2026"
    assert month_text("n/d") == "n/d" and month_text(None) == ""
