"""Search keys: fold() and digits()."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from genera_desktop.domain.text import digits, fold


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Nicolò", "nicolo"),
        ("Ștefan", "stefan"),
        ("Şule", "sule"),
        ("Łukasz", "lukasz"),
        ("Gülşen", "gulsen"),
        ("Përparim", "perparim"),
        ("Zoë", "zoe"),
        ("François", "francois"),
        ("Straße", "strasse"),
        ("ẞ", "ss"),
        ("Søren", "soren"),
        ("Đorđe", "dorde"),
        ("YILMAZ Yılmaz", "yilmaz yilmaz"),
        ("İstanbul", "istanbul"),
        ("Æsa Œuvre Þór", "aesa oeuvre thor"),
        ("D’Angelo", "d'angelo"),
        ("  Anna\t Maria \n", "anna maria"),
        ("ＭＡＲＩＯ", "mario"),
        ("王 伟", "王 伟"),
        ("Олена", "олена"),
        ("", ""),
    ],
)
def test_fold_examples(raw: str, folded: str) -> None:
    assert fold(raw) == folded


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@given(st.text())
def test_fold_is_case_folded_without_stray_whitespace(text: str) -> None:
    folded = fold(text)
    assert folded == folded.strip()
    assert "  " not in folded
    assert folded == folded.casefold()


@given(st.text())
def test_fold_ignores_case(text: str) -> None:
    assert fold(text.upper()) == fold(text.lower())


@given(st.text(alphabet=st.characters(codec="ascii")))
def test_fold_on_ascii_is_lower_and_collapse(text: str) -> None:
    assert fold(text) == " ".join(text.lower().split())


@pytest.mark.parametrize(
    ("raw", "only"),
    [
        ("+39 (333) 123-45.67", "393331234567"),
        ("030/961 22 10", "0309612210"),
        ("３３３ 12", "33312"),
        ("no digits", ""),
    ],
)
def test_digits(raw: str, only: str) -> None:
    assert digits(raw) == only


def test_a_person_is_written_surname_first_with_the_parts_there_are() -> None:
    from genera_desktop.domain.text import full_name

    assert full_name("Rossi", "Anna") == "Rossi Anna"
    assert full_name(None, " Anna ") == "Anna" and full_name("", None) == ""
