"""The work plan's figures of the report: JSON raw; XLSX and PDF aggregated, "<5"."""

from __future__ import annotations

from typing import Any

from genera_desktop.reports import indicators
from genera_desktop.reports.suppression import SUPPRESSED, WITHHELD
from genera_desktop.reports.work import work_tables
from genera_desktop.services import records
from genera_desktop.store.store import Store


def add(store: Store, kind: str, **data: Any) -> str:
    return records.add(store, kind, data)


def figures(store: Store) -> dict[str, Any]:
    with store.unit_of_work() as uow:
        return indicators.compute(uow.session)


def build(store: Store) -> dict[str, str]:
    firm = add(store, "organisation", name="Officine", org_type="company", employees=200)
    people = [add(store, "person", household=add(store, "household", point="MON"),
                  first_name=f"N{i}", last_name=f"C{i}") for i in range(7)]
    for person in people[:6]:
        add(store, "job_profile", person=person)
    add(store, "job_profile", person=people[6], status="placed")
    internships = []
    for n, person in enumerate(people):
        internships.append(add(store, "internship", person=person, host=firm,
                               start_date=f"2026-0{1 + n % 3}-01", end_date="2026-09-30",
                               status="completed" if n < 2 else "active"))
    add(store, "internship_month", internship=internships[0], month="2026-01",
        days_expected=20, days_attended=20, project_contribution=100)
    add(store, "internship_month", internship=internships[1], month="2026-02",
        days_expected=20, days_attended=10)
    for person, internship in zip(people[:2], internships[:2], strict=True):
        add(store, "hiring", person=person, organisation=firm, date="2026-10-01",
            contract_type="permanent", internship=internship)
    gone = add(store, "hiring", person=people[3], organisation=firm, date="2026-10-02")
    records.delete(store, "hiring", gone)
    return {"firm": firm}


def test_json_counts_internships_of_any_status_and_hirings(coordinator: Store) -> None:
    build(coordinator)
    found = figures(coordinator)
    assert found["internships"] == 7 and found["hirings"] == 2
    assert found["internships_by_status"] == {"active": 5, "completed": 2}
    assert (found["internships_started"], found["internships_completed"],
            found["internships_to_hiring"]) == (7, 2, 2)
    assert found["job_seekers_active"] == 6
    assert found["hirings_by_contract"] == {"permanent": 2}
    assert found["internship_attendance_rate"] == 0.75
    # 500 in full (20/20) and 250 (10/20 of 500): the allowance the rules gave each.
    assert found["allowances_due"] == 750.0 and found["project_contribution"] == 100.0
    assert found["work_by_point"] == {"MON": {"job_seekers_active": 6, "internships": 7,
                                              "hirings": 2}}
    assert found["work_by_month"]["2026-10"] == {"internships_started": 0, "hirings": 2}
    assert sum(m["internships_started"] for m in found["work_by_month"].values()) == 7


def test_tables_show_small_counts_as_under_five(coordinator: Store) -> None:
    build(coordinator)
    tables = {t.sheet: t for t in work_tables(figures(coordinator))}
    summary = dict(tables["Lavoro"].rows)
    assert summary["Persone in cerca di lavoro (profili attivi)"] == 6
    assert summary["Assunzioni"] == SUPPRESSED and summary["Tirocini conclusi"] == SUPPRESSED
    # 7 = 5 in progress + 2 completed: shown, it would give the hidden 2 back.
    assert summary["Tirocini (tutti)"] == WITHHELD
    assert summary["Tasso di presenza nei tirocini"] == "75%"
    statuses = dict(tables["Tirocini"].rows)
    assert statuses["Concluso"] == SUPPRESSED and statuses["In corso"] in (5, WITHHELD)
    for table in tables.values():
        for row in table.rows:
            assert not any(isinstance(cell, int) and 0 < cell < 5 for cell in row), row
