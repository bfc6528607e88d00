"""Shared pieces of the printed forms: dates, amounts, labels, the bundled font."""

from __future__ import annotations

import shutil
import sys
from datetime import date

import pytest

from genera_desktop.printing import fonts, labels
from genera_desktop.printing.layout import fmt_date, fmt_euro


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-05", "05/03/2026"),
        (date(2026, 1, 9), "09/01/2026"),
        (None, ""),
        ("", ""),
        ("2026-03-05T10:30:00", "05/03/2026"),
        ("non è una data", "non è una data"),
    ],
)
def test_dates_are_printed_the_italian_way(value: object, expected: str) -> None:
    assert fmt_date(value) == expected


def test_euro_amounts() -> None:
    assert fmt_euro(8450) == "€ 8.450,00"
    assert fmt_euro("12345.5") == "€ 12.345,50"
    assert fmt_euro(None) == ""


def test_every_enumerated_code_has_a_label() -> None:
    expected = {
        ("person", "education"): {
            "none",
            "primary",
            "lower_secondary",
            "vocational",
            "upper_secondary",
            "degree",
        },
        ("person", "work_status"): {
            "employed",
            "unemployed",
            "student",
            "homemaker",
            "retired",
            "unable_to_work",
        },
        ("person", "marital_status"): {
            "single",
            "married",
            "cohabiting",
            "separated",
            "divorced",
            "widowed",
        },
        ("intake", "housing_tenure"): {
            "owned",
            "rented",
            "public_housing",
            "guest",
            "occupied_without_title",
            "homeless",
            "other",
        },
        ("intake", "consents"): {"processing", "special_categories", "network_sharing", "contact"},
        ("visit", "issues"): {
            "loneliness",
            "emotional_support",
            "maintenance",
            "neighbour_conflict",
            "vandalism",
            "rent_arrears",
            "health_hygiene",
            "barriers",
            "digital_help",
        },
    }
    for key, codes in expected.items():
        assert set(labels.BY_FIELD[key]) == codes, key
    for mapping in labels.BY_FIELD.values():
        assert all(mapping.values()) and len(set(mapping.values())) == len(mapping)
    assert labels.label(labels.WORK_STATUS, "retired") == "Pensionato/a"
    assert labels.label(labels.VISIT_CONTACT_TYPE, "in portineria") == "in portineria"


def test_fonts_are_found_in_a_frozen_build(tmp_path, monkeypatch) -> None:
    bundled = tmp_path / "resources" / "fonts"
    bundled.mkdir(parents=True)
    shutil.copy(fonts.fonts_dir() / "DejaVuSans.ttf", bundled)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts.fonts_dir() == bundled


def test_font_licence_ships_with_the_fonts() -> None:
    folder = fonts.fonts_dir()
    assert (folder / "DejaVuSans-Bold.ttf").is_file()
    assert "Bitstream" in (folder / "DejaVuSans-LICENSE.txt").read_text("utf-8")
