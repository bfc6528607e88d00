"""Days shown to people are formatted in one place (domain/days.py)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from genera_desktop.domain.days import day_text, moment_text
from genera_desktop.printing import layout
from genera_desktop.reports import tables
from genera_desktop.ui.common import rows

PACKAGE = Path(__file__).resolve().parents[2] / "genera_desktop"


def test_screens_forms_and_reports_use_the_one_formatter() -> None:
    assert rows.format_date is day_text and layout.fmt_date is day_text
    assert tables.fmt_day is day_text and rows.format_moment is moment_text


def test_a_day_reads_the_italian_way_whatever_it_comes_as() -> None:
    assert day_text("2025-03-07") == "07/03/2025"
    assert day_text("2025-03-07T10:00:00") == "07/03/2025"
    assert day_text(date(2025, 3, 7)) == "07/03/2025"
    assert day_text(datetime(2025, 3, 7, 23, 59)) == "07/03/2025"
    assert day_text(None) == "" and day_text("") == ""
    assert day_text("marzo") == "marzo"  # not a day: as written, never lost
    assert moment_text(datetime(2025, 3, 7, 18, 30)) == "07/03/2025 18:30"
    assert moment_text("2025-03-07") == "07/03/2025"


def test_no_other_module_writes_a_day_of_its_own() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "%d/%m/%Y" in path.read_text("utf-8")
        and path.relative_to(PACKAGE).as_posix() != "domain/days.py"
    ]
    assert offenders == []
