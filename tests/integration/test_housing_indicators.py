"""The housing indicators per point and per month (contracts signed, applications by
state, arrears opened and resolved, evictions avoided, pairs active), in the JSON as
counted and in the XLSX and PDF aggregate, under 5 as "<5" and never worked out from a
total."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from genera_desktop.reports import indicators
from genera_desktop.reports.housing_indicator_tables import indicator_tables
from genera_desktop.reports.suppression import SUPPRESSED, WITHHELD
from genera_desktop.store.store import Store
from tests.integration.test_housing_report import add, build

TODAY = date(2026, 3, 15)


def test_per_point_and_per_month(coordinator: Store, tmp_path: Path) -> None:
    build(coordinator)
    with coordinator.unit_of_work() as uow:
        ind = indicators.compute(uow.session, TODAY)
    mon, cal = ind["housing_points"]["MON"], ind["housing_points"]["CAL"]
    assert (mon["contracts_signed"], cal["contracts_signed"]) == (7, 1)
    assert (mon["applications_approved"], mon["applications_submitted"]) == (5, 1)
    assert (mon["arrears_opened"], mon["arrears_resolved"], mon["evictions_avoided"]) == (
        2, 1, 1)
    assert (mon["pairs_active"], cal["pairs_active"]) == (1, 0)
    months = ind["housing_months"]
    assert months["2023-01"]["contracts_signed"] == 1
    assert months["2026-02"]["applications_approved"] == 5
    assert months["2026-01"]["arrears_opened"] == 1
    # The pact started in January 2026 is running in every month up to this one.
    assert [months[m]["pairs_active"] for m in ("2026-01", "2026-02", "2026-03")] == [1, 1, 1]
    assert "2026-04" not in months

    tables = {t.sheet: t for t in indicator_tables(ind)}
    by_point = {row[0]: row for row in tables["Casa indicatori per punto"].rows}
    assert by_point["CAL"][2] == SUPPRESSED  # one contract at CAL
    # Not worked out as the total less MON's 7: one of the two is withheld too.
    assert WITHHELD in (by_point["MON"][2], by_point["Totale"][2])
    assert by_point["MON"][3] == SUPPRESSED  # arrears opened: 2
    for table in tables.values():
        for row in table.rows:
            assert not any(isinstance(c, int) and c < 5 for c in row), (table.title, row)
    by_month = {row[0]: row for row in tables["Casa per mese"].rows}
    assert by_month["01/2023"][1] == SUPPRESSED  # one contract signed that month
    # The month's applications, summed over their states (6), or withheld: the other
    # months' zeros are "<5" and the total is there.
    assert by_month["02/2026"][2] in (6, WITHHELD)
    assert by_month["Totale"][-1] == ""  # active pairs do not add up over the months

    from genera_desktop.reports.pdf import report_pdf
    from genera_desktop.reports.xlsx import workbook_bytes

    path = tmp_path / "report.xlsx"
    path.write_bytes(workbook_bytes(ind))
    book = openpyxl.load_workbook(path)
    assert {"Casa indicatori per punto", "Casa domande per punto", "Casa per mese"} <= set(
        book.sheetnames)
    cells = [c.value for row in book["Casa per mese"].iter_rows() for c in row]
    assert SUPPRESSED in cells
    assert report_pdf(ind)[:4] == b"%PDF"


def test_an_eviction_is_not_avoided_and_a_closed_pact_stops(coordinator: Store) -> None:
    hh = add(coordinator, "household", point="MON")
    landlord = add(coordinator, "landlord", name="Privato")
    add(coordinator, "arrears_case", household=hh, landlord=landlord, amount_owed=500,
        status="closed", eviction_stage="validation", opened_on="2026-01-10",
        closed_on="2026-02-20")
    people = [add(coordinator, "person", household=add(coordinator, "household", point="MON"),
                  first_name="A", last_name=str(n)) for n in range(2)]
    add(coordinator, "cohousing_pact", host=people[0], guest=people[1],
        start_date="2025-11-01", end_date="2026-01-31", phase="ended")
    with coordinator.unit_of_work() as uow:
        ind = indicators.compute(uow.session, TODAY)
    assert ind["housing_points"]["MON"]["evictions_avoided"] == 0
    assert ind["housing_points"]["MON"]["pairs_active"] == 0
    active = {m: f["pairs_active"] for m, f in ind["housing_months"].items()
              if f["pairs_active"]}
    assert active == {"2025-11": 1, "2025-12": 1, "2026-01": 1}
