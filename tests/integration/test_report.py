"""The programme's indicators, checked against counts made from `dump`, and the XLSX
and PDF that leave the coordinator: aggregates only, no names, small counts hidden."""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from genera_desktop.reports import indicators
from genera_desktop.reports.pdf import report_pdf
from genera_desktop.reports.tables import shown, tables
from genera_desktop.reports.xlsx import workbook_bytes
from genera_desktop.services import demo, records
from genera_desktop.services.dump import dump_lines
from tests.conftest import make_coordinator

TODAY = date(2026, 3, 2)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A store with demo data, one merged and one deleted household, and its indicators."""
    store = make_coordinator(tmp_path_factory.mktemp("report") / "s")
    with store.unit_of_work() as uow:
        demo.fill(uow, 120, 5, today=TODAY)
        uow.commit()
    with store.unit_of_work() as uow:
        first, second, third = (h.id for h in records.find(uow.session, "household", limit=3))
        records.update(uow, "household", second, {"merged_into": first})
        records.delete(uow, "household", third)
        uow.commit()
    with store.unit_of_work() as uow:
        lines = [json.loads(line) for line in dump_lines(uow)]
        ind = indicators.compute(uow.session, TODAY)
    yield store, lines, ind
    store.close()


def by_kind(lines: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [r for r in lines if r["kind"] == kind]


def test_indicators_match_counts_made_from_the_dump(filled: Any) -> None:
    _, lines, ind = filled
    households = [h for h in by_kind(lines, "household") if "merged_into" not in h]
    assert len(households) < len(by_kind(lines, "household"))  # the merged one is out
    assert ind["households_total"] == len(households) == 118
    assert ind["target"] == 4500
    assert ind["by_point"] == dict(sorted(Counter(h["point"] for h in households).items()))
    assert ind["by_municipality"] == dict(sorted(
        Counter(h.get("municipality", "") for h in households).items()))
    for days in (7, 30):
        since = (TODAY - timedelta(days=days)).isoformat()
        expected = sum(since < h["registered_on"] <= TODAY.isoformat() for h in households)
        assert ind[f"new_{days}_days"] == expected
    assert ind["new_30_days"] > 0
    assert ind["persons_total"] == sum("merged_into" not in p for p in by_kind(lines, "person"))
    assert ind["active_cases"] == sum(h.get("status") in ("taken_on", "active")
                                      for h in households)
    visits = Counter(v["housing_context"] for v in by_kind(lines, "visit"))
    assert {c["housing_context"]: c["visits"] for c in ind["visits_by_context"]} == {
        c["id"]: visits.get(c["id"], 0) for c in by_kind(lines, "housing_context")}
    assert ind["visits_total"] == sum(visits.values())
    point_of = {h["id"]: h["point"] for h in households}
    overdue = Counter(
        point_of[f["household"]] for f in by_kind(lines, "follow_up")
        if not f.get("done") and f["due_date"] < TODAY.isoformat() and f["household"] in point_of
    )
    assert ind["follow_ups_overdue_by_point"] == dict(sorted(overdue.items()))
    assert ind["referrals_by_status"] == dict(sorted(
        Counter(r.get("status", "") for r in by_kind(lines, "referral")).items()))


def words_and_codes(lines: list[dict[str, Any]]) -> tuple[set[str], set[str]]:
    persons = by_kind(lines, "person")
    surnames = {w.lower() for p in persons for w in re.findall(r"\w+", p["last_name"])
                if len(w) > 2}
    codes = {p["tax_code"] for p in persons if p.get("tax_code")}
    return surnames, codes


def assert_anonymous(text: str, lines: list[dict[str, Any]]) -> None:
    surnames, codes = words_and_codes(lines)
    words = {w.lower() for w in re.findall(r"\w+", text)}
    assert not surnames & words, sorted(surnames & words)
    assert not [c for c in codes if c in text]
    assert "<5" in text  # 120 households over six points: some cells are small


def test_xlsx_carries_aggregates_only(filled: Any) -> None:
    _, lines, ind = filled
    book = load_workbook(io.BytesIO(workbook_bytes(ind)), read_only=True)
    cells = [str(value) for sheet in book.worksheets
             for row in sheet.iter_rows(values_only=True) for value in row if value is not None]
    assert_anonymous("\n".join(cells), lines)
    sheet = book["Per punto"]
    rows = {r[0]: r[2] for r in sheet.iter_rows(min_row=5, values_only=True)}
    assert rows == {code: shown(n) for code, n in ind["by_point"].items()}


def test_pdf_carries_aggregates_only(filled: Any) -> None:
    _, lines, ind = filled
    data = report_pdf(ind, "Coordinamento")
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert_anonymous(text, lines)
    assert "Nuclei per punto di comunità" in text and "Pagina 1 di" in text
    assert "Coordinamento" in text and "02/03/2026" in text
    assert reader.pages[0].mediabox.width == pytest.approx(595.3, abs=1)  # A4


def test_small_counts_are_suppressed_in_the_tables() -> None:
    ind = {
        "date": "2026-03-02", "site": "X", "households_total": 7, "target": 4500,
        "by_point": {"MON": 3, "CAL": 4}, "points": {}, "by_municipality": {"": 7},
        "by_status": {}, "new_7_days": 0, "new_30_days": 5, "persons_total": 12,
        "active_cases": 1, "visits_total": 0, "visits_by_context": [],
        "follow_ups_overdue_by_point": {}, "referrals_by_status": {"sent": 5},
    }
    out = {t.sheet: t.rows for t in tables(ind)}
    assert out["Per punto"] == [("MON", "", "<5"), ("CAL", "", "<5")]
    assert out["Per comune"] == [("non indicato", 7)]
    assert ("Nuovi nuclei negli ultimi 7 giorni", "<5") in out["Sintesi"]
    assert out["Invii"] == [("Inviato", 5)]


def test_an_empty_store_reports_zeros(tmp_path: Path) -> None:
    store = make_coordinator(tmp_path / "empty")
    try:
        with store.unit_of_work() as uow:
            ind = indicators.compute(uow.session, TODAY)
        assert ind["households_total"] == 0 and ind["by_point"] == {}
        assert report_pdf(ind).startswith(b"%PDF")
        assert workbook_bytes(ind).startswith(b"PK")
    finally:
        store.close()
