"""Secondary suppression, checked on the written files as a reader would: no "<5" count
of the XLSX can be worked out from the other cells of its table and the totals shown
anywhere in the file (spec/cli.md, "Reports")."""

from __future__ import annotations

import io
import math
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from genera_desktop.printing.labels import HOUSEHOLD_STATUS
from genera_desktop.reports import indicators
from genera_desktop.reports.pdf import report_pdf
from genera_desktop.reports.suppression import Count, Relation, suppress
from genera_desktop.reports.xlsx import workbook_bytes
from genera_desktop.services import demo
from tests.conftest import make_coordinator

TODAY = date(2026, 3, 2)
INF = math.inf


def weeks(new: list[int] | None = None) -> list[dict[str, Any]]:
    counts = (new or []) + [0] * (52 - len(new or []))
    return [{"week": f"2025-W{n + 11:02d}", "start": "2025-03-10", "new": c}
            for n, c in enumerate(counts)]


def issue_example() -> dict[str, Any]:
    """The issue's report: VIS under 5, the other points 52, 58, 47, 117, 23, total 300;
    and a comune under 5 against the same total."""
    return {
        "date": TODAY.isoformat(), "site": "Coordinamento", "households_total": 300,
        "target": 4500,
        "by_point": {"CAL": 52, "CRP": 58, "GHE": 47, "MON": 117, "REM": 23, "VIS": 3},
        "points": {}, "by_municipality": {"Calcinato": 110, "Montichiari": 188, "Visano": 2},
        "by_status": {"active": 120, "closed": 80, "new": 100}, "active_cases": 120,
        "new_7_days": 0, "new_30_days": 0, "persons_total": 700, "visits_total": 0,
        "visits_by_context": [], "follow_ups_overdue_by_point": {},
        "referrals_by_status": {}, "new_by_week": weeks(),
        "referrals_by_destination": {}, "visits_by_issue": {}, "sites": [],
    }


def sheet_rows(book: Any, name: str) -> list[tuple[Any, ...]]:
    return [r for r in book[name].iter_rows(min_row=5, values_only=True) if any(r)]


def summary(book: Any) -> dict[str, Any]:
    return {r[0]: r[1] for r in sheet_rows(book, "Sintesi")}


# -- a reader of the file -------------------------------------------------------------


class Reader:
    """What a reader can work out from the file: each hidden cell's range, from its label
    ("<5": floor to 4, "n.d.": 5 or more) and every sum they know the file holds."""

    def __init__(self) -> None:
        self.cells: dict[str, tuple[Any, int]] = {}  # name -> (shown, floor)
        self.sums: list[tuple[list[str], str, bool]] = []  # (parts, total, open)

    def cell(self, name: str, shown: Any, floor: int = 0) -> str:
        self.cells[name] = (shown, floor)
        return name

    def add_sum(self, parts: list[str], total: str, *, open_: bool = False) -> None:
        self.sums.append((parts, total, open_))

    def ranges(self) -> dict[str, tuple[float, float]]:
        out: dict[str, tuple[float, float]] = {}
        for name, (shown, floor) in self.cells.items():
            if shown == "<5":
                out[name] = (floor, 4)
            elif shown == "n.d.":
                out[name] = (max(floor, 5), INF)
            else:
                out[name] = (shown, shown)
        changed = True
        while changed:
            changed = False
            for parts, total, open_ in self.sums:
                terms = [(1, p) for p in parts] + [(-1, total)]
                for sign, name in terms:
                    rest_lo = sum(s * out[n][0] if s > 0 else s * out[n][1]
                                  for s, n in terms if n != name)
                    rest_hi = sum(s * out[n][1] if s > 0 else s * out[n][0]
                                  for s, n in terms if n != name)
                    if open_:  # the total counts more than the parts: rest can be larger
                        rest_hi = INF
                    lo, hi = (-rest_hi, -rest_lo) if sign > 0 else (rest_lo, rest_hi)
                    old = out[name]
                    new = (max(old[0], lo), min(old[1], hi))
                    if new != old:
                        out[name] = new
                        changed = True
        return out

    def assert_nothing_worked_out(self) -> int:
        """Every "<5" cell may still be anything from 1 (its floor if 0) to 4."""
        ranges = self.ranges()
        small = [n for n, (shown, _) in self.cells.items() if shown == "<5"]
        for name in small:
            lo, hi = ranges[name]
            floor = self.cells[name][1]
            assert lo <= max(floor, 1) and hi >= 4, (name, ranges[name])
        return len(small)


def read_households(book: Any) -> Reader:
    """The households' tables of a written report: by point, comune and status, each
    adding up to the households reached; "in carico" the two statuses' sum."""
    reader = Reader()
    top = summary(book)
    total = reader.cell("T", top["Nuclei familiari raggiunti"])
    active = reader.cell("A", top["Nuclei in carico (attivi o presi in carico)"])
    for sheet, column in (("Per punto", 2), ("Per comune", 1)):
        parts = [reader.cell(f"{sheet}:{r[0]}", r[column], floor=1)
                 for r in sheet_rows(book, sheet)]
        reader.add_sum(parts, total)
    in_charge = {HOUSEHOLD_STATUS[s] for s in indicators.ACTIVE_STATUSES}
    statuses = [(r[0], reader.cell(f"stato:{r[0]}", r[1], floor=1))
                for r in sheet_rows(book, "Per stato")]
    reader.add_sum([n for label, n in statuses if label in in_charge], active)
    reader.add_sum([n for label, n in statuses], total)
    return reader


# -- the issue's example ---------------------------------------------------------------


def test_the_issue_example_cannot_be_worked_out_by_subtraction() -> None:
    book = load_workbook(io.BytesIO(workbook_bytes(issue_example())))
    points = {r[0]: r[2] for r in sheet_rows(book, "Per punto")}
    assert points["VIS"] == "<5"
    assert points["REM"] == "n.d."  # the next smallest, hidden with it
    assert [points[c] for c in ("CAL", "CRP", "GHE", "MON")] == [52, 58, 47, 117]
    assert summary(book)["Nuclei familiari raggiunti"] == 300  # the headline stays
    # The comune table shares the total: its "<5" is protected against it too.
    comuni = {r[0]: r[1] for r in sheet_rows(book, "Per comune")}
    assert comuni == {"Calcinato": "n.d.", "Montichiari": 188, "Visano": "<5"}
    assert read_households(book).assert_nothing_worked_out() == 2
    assert "n.d." in (book["Per punto"]["A3"].value or "")  # every sheet says what it is


def test_the_pdf_hides_the_same_cells() -> None:
    text = "\n".join(page.extract_text()
                     for page in PdfReader(io.BytesIO(report_pdf(issue_example()))).pages)
    assert "«n.d.» indica un dato non diffuso" in text
    lines = text.splitlines()
    assert any(line.startswith("VIS") and line.rstrip().endswith("<5") for line in lines)
    assert any(line.startswith("REM") and line.rstrip().endswith("n.d.") for line in lines)
    assert not any(line.startswith("REM") and "23" in line for line in lines)


def test_before_the_rule_the_issue_example_gave_vis_away() -> None:
    """The check itself can fail: with "<5" alone, VIS is the total minus the rest."""
    reader = Reader()
    values = {"CAL": 52, "CRP": 58, "GHE": 47, "MON": 117, "REM": 23}
    parts = [reader.cell(code, n, floor=1) for code, n in values.items()]
    parts.append(reader.cell("VIS", "<5", floor=1))
    reader.add_sum(parts, reader.cell("T", 300))
    assert reader.ranges()["VIS"] == (3, 3)
    with pytest.raises(AssertionError):
        reader.assert_nothing_worked_out()


def test_a_total_is_hidden_only_when_nothing_else_can_protect() -> None:
    ind = issue_example()
    ind.update(households_total=7, by_point={"CAL": 3, "VIS": 4},
               by_municipality={"Visano": 7}, by_status={"active": 7}, active_cases=7)
    book = load_workbook(io.BytesIO(workbook_bytes(ind)))
    # 3 + 4 = 7 would give both away; so would the one comune, and the one status.
    assert summary(book)["Nuclei familiari raggiunti"] == "n.d."
    assert summary(book)["Percentuale dell'obiettivo raggiunta"] == "–"
    assert read_households(book).assert_nothing_worked_out() == 2


# -- a real store ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory: pytest.TempPathFactory) -> Any:
    store = make_coordinator(tmp_path_factory.mktemp("suppression") / "s")
    try:
        with store.unit_of_work() as uow:
            demo.fill(uow, 90, 11, today=TODAY)
            uow.commit()
        with store.unit_of_work(read_only=True) as uow:
            ind = indicators.compute(uow.session, TODAY)
    finally:
        store.close()
    return ind, load_workbook(io.BytesIO(workbook_bytes(ind)))


def test_a_real_report_gives_no_small_count_away(demo_book: Any) -> None:
    ind, book = demo_book
    reader = read_households(book)
    # Visits by context add up to the visits of the summary.
    visits = [reader.cell(f"ctx:{i}", r[2]) for i, r in enumerate(sheet_rows(book, "Visite"))]
    reader.add_sum(visits, reader.cell("V", summary(book)["Visite del custode sociale"]),
                   open_=sum(c["visits"] for c in ind["visits_by_context"])
                   != ind["visits_total"])
    # The weeks of the last year are some of the households reached.
    week_cells = [reader.cell(f"w:{r[0]}", r[2]) for r in sheet_rows(book, "Per settimana")]
    reader.add_sum(week_cells, "T", open_=True)
    # Each outcome's outgoing referrals are some of that status's referrals.
    header = next(book["Invii per destinazione"].iter_rows(min_row=4, max_row=4,
                                                           values_only=True))
    by_status = {r[0]: r[1] for r in sheet_rows(book, "Invii")}
    destinations = sheet_rows(book, "Invii per destinazione")
    for column, label in enumerate(header[1:], start=1):
        if label in by_status:
            cells = [reader.cell(f"d:{r[0]}:{label}", r[column]) for r in destinations]
            reader.add_sum(cells, reader.cell(f"s:{label}", by_status[label], floor=1),
                           open_=True)
    assert reader.assert_nothing_worked_out() > 10  # the check had small cells to check
    assert "n.d." in {c for sheet in book.worksheets
                      for row in sheet.iter_rows(min_row=5, values_only=True) for c in row}


def test_the_engine_refuses_sums_tied_in_a_loop() -> None:
    a, b, c, d = (Count(2) for _ in range(4))
    r1, r2 = Count(4), Count(4)
    with pytest.raises(ValueError, match="loop"):
        suppress([a, b, c, d, r1, r2], [Relation([a, b], r1), Relation([a, b], r2)])


def test_the_report_command_writes_the_protected_file(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from genera_desktop.cli import main
    from genera_desktop.services import records
    from tests.conftest import ADMIN, PASSWORD

    store = make_coordinator(tmp_path / "s")
    with store.unit_of_work() as uow:
        for code, n in (("CAL", 6), ("MON", 9), ("VIS", 2)):
            records.add(uow, "point", {"code": code, "name": f"Punto {code}"})
            for _ in range(n):
                records.add(uow, "household", {"point": code, "municipality": "Montichiari",
                                               "status": "active"})
        uow.commit()
    store.close()
    monkeypatch.setenv("GENERA_DATA_DIR", str(tmp_path / "s"))
    monkeypatch.setenv("GENERA_USER", ADMIN)
    monkeypatch.setenv("GENERA_PASSWORD", PASSWORD)
    out = tmp_path / "r.xlsx"
    assert main(["report", "--xlsx", str(out)]) == 0
    book = load_workbook(out)
    points = {r[0]: r[2] for r in sheet_rows(book, "Per punto")}
    # Hiding 6 would leave VIS at most 3 (2 + 6 - 5): the 9 is the one that protects it.
    assert points == {"CAL": 6, "MON": "n.d.", "VIS": "<5"}
    assert summary(book)["Nuclei familiari raggiunti"] == 17
    read_households(book).assert_nothing_worked_out()
