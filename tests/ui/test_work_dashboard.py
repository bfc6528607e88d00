"""The dashboard's work part (issue 12, work3): the headline figures, per point and per
month, counts under 5 as "<5" as in the reports; only for users with the work area."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from genera_desktop.services import accounts, records
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.coordination.dashboard import DashboardPage
from tests.ui.helpers import add, family
from tests.ui.test_housing_dashboard import cells


def test_the_work_indicators(qtbot: QtBot, ctx: AppContext, sync_tasks: None) -> None:
    store = ctx.store
    firm = add(store, "organisation", {"name": "Officine Rossi", "org_type": "company",
                                       "employees": 200})
    today = date.today()
    start = today.replace(day=1).isoformat()
    end = date(today.year + (today.month > 6), (today.month + 5) % 12 + 1, 1).isoformat()
    people = []
    for number in range(6):  # six seekers at MON: a count shown as it is
        family(store, "Ferri", f"Persona{number}")
        with store.unit_of_work() as uow:
            person = records.find(uow.session, "person", f"Persona{number}")[0].id
        people.append(person)
        add(store, "job_profile", {"person": person})
    internship = add(store, "internship", {"person": people[0], "host": firm,
                                           "start_date": start, "end_date": end,
                                           "status": "active"})
    records.add(store, "internship_month", {"internship": internship,
                                            "month": start[:7], "days_expected": 20,
                                            "days_attended": 15,
                                            "project_contribution": 100})
    add(store, "hiring", {"person": people[1], "organisation": firm,
                          "date": today.isoformat(), "contract_type": "permanent"})
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.work is not None and page.work.by_point.rowCount() == 1,
                    timeout=10_000)
    work = page.work
    assert work is not None
    figures = {key: label.text() for key, label in work.figures.items()}
    assert figures["job_seekers_active"] == "6"
    assert figures["internships_started"] == "<5" and figures["hirings"] == "<5"
    assert figures["attendance_rate"] == "75%"
    assert figures["allowances_due"] == "€ 375,00"
    assert figures["project_contribution"] == "€ 100,00"
    assert "Tempo indeterminato <5" in work.breakdowns.text()
    headers = [work.by_point.horizontalHeaderItem(c).text()
               for c in range(work.by_point.columnCount())]
    assert headers == ["Punto", "In cerca di lavoro", "Tirocini", "Assunzioni"]
    row = cells(work.by_point, 0)
    assert row[0].startswith("MON") and row[1:] == ["6", "<5", "<5"]
    month_row = cells(work.by_month, 0)
    assert month_row[1:] == ["<5", "<5"] and str(today.year) in month_row[0]


def test_without_the_work_area_no_work_part(qtbot: QtBot, coordinator: Store,
                                            sync_tasks: None) -> None:
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "bruno", "long-enough-pw")
        accounts.commit_accounts(uow)
    coordinator.username = "bruno"
    try:
        page = DashboardPage(AppContext(coordinator))
        qtbot.addWidget(page)
        assert page.work is None
    finally:
        coordinator.username = "anna"
