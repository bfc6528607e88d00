"""The partita IVA checker: 11 digits normalised, or a FieldError naming what is wrong."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from genera_desktop.domain.errors import FieldError
from genera_desktop.domain.validation import check_vat_number

VALID = "00743110157"


def detail_of(value: object) -> str:
    with pytest.raises(FieldError) as info:
        check_vat_number(value)
    assert info.value.code == "vat_number"
    assert info.value.field == "vat_number"
    return info.value.detail


def luhn_digit(first_ten: str) -> str:
    """The check digit of a partita IVA, computed here independently of stdnum."""
    total = 0
    for i, ch in enumerate(first_ten):
        d = int(ch)
        if i % 2:  # the 2nd, 4th, ... digit is doubled
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def test_a_valid_number_comes_back_as_eleven_digits() -> None:
    assert check_vat_number(VALID) == VALID
    assert check_vat_number(f"  {VALID} ") == VALID


@pytest.mark.parametrize("typed", ["IT00743110157", "IT 007 4311 0157", "007-431-101-57", "it00743110157"])
def test_separators_and_the_country_prefix_are_dropped(typed: str) -> None:
    assert check_vat_number(typed) == VALID


@pytest.mark.parametrize(
    ("value", "detail"),
    [
        ("00743110158", "check_digit"),
        ("0074311015", "length"),
        ("007431101570", "length"),
        ("ABCDEFGHIJK", "format"),
        ("0074311015A", "format"),
        ("00000000000", "format"),
        ("12345678903", "office"),  # office code 890 does not exist
        ("", "format"),
        (None, "format"),
        (743110157, "format"),  # a number loses its leading zeros: only text is read
    ],
)
def test_wrong_numbers_are_refused_saying_why(value: object, detail: str) -> None:
    assert detail_of(value) == detail


def test_the_error_names_the_field_and_keeps_the_value() -> None:
    with pytest.raises(FieldError) as info:
        check_vat_number("00743110158", "partita_iva")
    assert (info.value.field, info.value.value) == ("partita_iva", "00743110158")


@given(st.integers(1, 9_999_999), st.integers(1, 100))
def test_any_number_with_a_real_office_and_its_check_digit_passes(serial: int, office: int) -> None:
    first_ten = f"{serial:07d}{office:03d}"
    number = first_ten + luhn_digit(first_ten)
    assert check_vat_number(number) == number
    wrong = first_ten + str((int(number[-1]) + 1) % 10)
    assert detail_of(wrong) == "check_digit"
