"""Field parsers: each returns the clean value or raises FieldError with a machine code."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from genera_desktop.domain.errors import FieldError
from genera_desktop.domain.validation import (
    check_birth_date,
    check_email,
    check_phone,
    parse_date,
    parse_time,
)


def code_of(call: Callable[..., object], *args: object, **kwargs: object) -> str:
    with pytest.raises(FieldError) as info:
        call(*args, **kwargs)
    return info.value.code


def test_parse_date_reads_iso_only() -> None:
    assert parse_date("2026-03-04") == date(2026, 3, 4)
    assert parse_date(" 2026-03-04 ") == date(2026, 3, 4)
    assert parse_date(date(2026, 3, 4)) == date(2026, 3, 4)
    for bad in (
        "04/03/2026",
        "2026-3-4",
        "20260304",
        "2026-02-30",
        "",
        "2026-W10-1",
        None,
        20260304,
    ):
        assert code_of(parse_date, bad) == "date_format"


def test_parse_date_names_the_field() -> None:
    with pytest.raises(FieldError) as info:
        parse_date("ieri", "isee_date")
    assert (info.value.field, info.value.value) == ("isee_date", "ieri")


@given(st.dates())
def test_parse_date_round_trips_isoformat(day: date) -> None:
    assert parse_date(day.isoformat()) == day


def test_parse_time() -> None:
    assert parse_time("09:05") == time(9, 5)
    assert parse_time("9:05") == time(9, 5)
    assert parse_time("23:59") == time(23, 59)
    assert parse_time(time(14, 30, 12)) == time(14, 30)
    for bad in ("24:00", "12:60", "12.30", "1230", "12:3", "", None):
        assert code_of(parse_time, bad) == "time_format"


@pytest.mark.parametrize(
    "phone",
    [
        "333 1234567",
        "+39 333 123 4567",
        "030/9612210",
        "(030) 961.22.10",
        "3331234567",
        "123456",
        "+44-20-7946-0958",
        " 333 1234567 ",
    ],
)
def test_check_phone_accepts(phone: str) -> None:
    assert check_phone(phone) == phone.strip()


@pytest.mark.parametrize(
    "phone",
    [
        "12345",
        "1234567890123456",
        "333 12a4567",
        "++39 333 1234567",
        "333+1234567",
        "",
        "tel. 333",
    ],
)
def test_check_phone_refuses(phone: str) -> None:
    assert code_of(check_phone, phone) == "phone"


@pytest.mark.parametrize("email", ["anna.rossi@gmail.com", "a@b.it", "x+tag@mail.example.org"])
def test_check_email_accepts(email: str) -> None:
    assert check_email(f" {email} ") == email


@pytest.mark.parametrize(
    "email",
    ["anna", "anna@", "@gmail.com", "anna@gmail", "a b@c.it", "a@@b.it", "a@b..it", "a@.it", ""],
)
def test_check_email_refuses(email: str) -> None:
    assert code_of(check_email, email) == "email"


def test_check_birth_date_range() -> None:
    today = date(2026, 11, 25)
    assert check_birth_date(date(1900, 1, 1), today=today) == date(1900, 1, 1)
    assert check_birth_date(today, today=today) == today
    assert code_of(check_birth_date, date(1899, 12, 31), today=today) == "birth_date_range"
    assert code_of(check_birth_date, date(2026, 11, 26), today=today) == "birth_date_range"
