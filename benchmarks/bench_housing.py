"""The housing plan's figures (issue 13): a dwelling search over 5,000 dwellings against
50 ms, a fund's page with 2,000 applications against 300 ms, the agenda with the housing
deadlines of 4,500 households against 150 ms.

The records are written straight through the unit of work (as the demo writes them) in a
coordinator store of its own; each figure is the median of a few runs, wall clock and
CPU. The agenda's figure is the agenda page (ui/registry/agenda.py) read again, as a
user with the housing area sees it: its follow-ups (none here) and the housing
deadlines in its Casa part, of 4,500 agreed-rent contracts, one in six ending within
six months, and an overdue instalment for one household in ten; the service's reading
alone is printed before it.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

DWELLINGS = 5_000
APPLICATIONS = 2_000
HOUSEHOLDS = 4_500
RUNS = 5
TODAY = date(2026, 3, 2)
COMUNI = ("Montichiari", "Acquafredda", "Calcinato", "Calvisano", "Carpenedolo", "Remedello",
          "Visano")


def timed(what: Callable[[], Any]) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``RUNS`` calls."""
    walls, cpus = [], []
    for _ in range(RUNS):
        wall, cpu = time.perf_counter(), time.process_time()
        what()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def build(store: Any) -> str:
    """The records; the fund's id."""
    from sqlalchemy import select

    from genera_desktop.store.models import Household, Point
    from genera_desktop.store.models_housing import (
        ArrearsCase,
        Dwelling,
        GuaranteeApplication,
        GuaranteeFund,
        Installment,
        Landlord,
        RentContract,
    )

    rnd = random.Random(13)
    with store.unit_of_work() as uow:
        batch: list[Any] = [Point(code="MON", name="Punto Montichiari")]
        landlords = [Landlord(name=f"Proprietario {n}") for n in range(500)]
        batch += landlords
        uow.write_batch(batch)
        ids = [lo.id for lo in uow.session.scalars(select(Landlord))]
        for n in range(DWELLINGS):
            rooms = rnd.randrange(1, 6)
            batch.append(Dwelling(landlord=rnd.choice(ids), address=f"Via Roma {n}",
                                  municipality=rnd.choice(COMUNI), rooms=rooms,
                                  area_m2=30 + rooms * 18, accessible=rnd.random() < 0.2,
                                  rent_asked=float(rnd.randrange(300, 900))))
            if len(batch) >= 500:
                uow.write_batch(batch)
        fund = GuaranteeFund(name="Fondo", budget=10_000_000)
        batch.append(fund)
        uow.write_batch(batch)
        fund_id = uow.session.scalar(select(GuaranteeFund.id))
        for n in range(HOUSEHOLDS):
            household = Household(point="MON", case_number=f"MON-2026-{n:05d}")
            uow.session.add(household)
            uow.session.flush()
            # One contract in six ends its first term within the next six months.
            years_ago = 3 if n % 6 == 0 else rnd.randrange(0, 3)
            start = TODAY.replace(year=TODAY.year - years_ago) + timedelta(
                days=rnd.randrange(0, 180))
            batch.append(RentContract(dwelling=None, household=household.id,
                                      start_date=start.isoformat(), contract_type="agreed",
                                      monthly_rent=450.0))
            if n < APPLICATIONS:
                batch.append(GuaranteeApplication(
                    fund=fund_id, household=household.id, date="2026-01-10",
                    status=rnd.choice(("submitted", "assessed", "approved")),
                    amount_approved=500.0))
            if n % 10 == 0:
                case = ArrearsCase(household=household.id, amount_owed=900.0,
                                   status="plan_agreed")
                uow.session.add(case)
                uow.session.flush()
                batch.append(Installment(arrears_case=case.id, household=household.id,
                                         due_date="2026-02-01", amount=300.0))
            if len(batch) >= 500:
                uow.write_batch(batch)
        uow.write_batch(batch)
        uow.commit()
    return str(fund_id)


def agenda_page(store: Any) -> tuple[float, float, int]:
    """What a housing user waits for on the agenda: the page read again (follow-ups,
    recent activity, the housing deadlines filled into its Casa part, the columns
    fitted), offscreen. Median wall and CPU ms, and the part's rows."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from genera_desktop.ui.context import AppContext
    from genera_desktop.ui.registry.agenda import AgendaPage

    app = QApplication.instance() or QApplication([])
    page = AgendaPage(AppContext(store), today=lambda: TODAY)
    page.resize(1280, 760)
    page.show()  # read once on show
    app.processEvents()
    assert page.housing is not None and page.housing.isVisible()
    wall, cpu = timed(page.refresh)
    rows = page.housing.model.rowCount()
    page.close()
    page.deleteLater()
    app.processEvents()
    return wall, cpu, rows


def main() -> None:
    from genera_desktop.services.housing import funds, ui_queries
    from genera_desktop.services.network.membership import create_network
    from genera_desktop.services.registry import agenda

    with tempfile.TemporaryDirectory() as folder:
        store = create_network(Path(folder) / "coord", network_name="Bench",
                               site_name="Coordinamento", admin_user="anna",
                               password="correct-horse-9").store
        try:
            started = time.perf_counter()
            fund = build(store)
            print(f"records written in {time.perf_counter() - started:.1f} s")
            found: list[Any] = []
            wall, cpu = timed(lambda: found.append(ui_queries.dwellings(
                store, "montichiari", min_rooms=2, max_rent=700.0)))
            print(f"dwelling search over {DWELLINGS:,} dwellings ({len(found[-1])} found): "
                  f"{wall:.0f} ms wall, {cpu:.0f} ms CPU (target 50 ms)")
            page: list[Any] = []
            wall, cpu = timed(lambda: page.append(funds.fund_page(store, fund)))
            print(f"a fund's page with {len(page[-1]['applications']):,} applications: "
                  f"{wall:.0f} ms wall, {cpu:.0f} ms CPU (target 300 ms)")
            deadlines: list[Any] = []

            def read_agenda() -> None:
                with store.unit_of_work(read_only=True) as uow:
                    deadlines.append(agenda.agenda(uow, today=TODAY).housing)

            wall, cpu = timed(read_agenda)
            print(f"the agenda's data with the housing deadlines of {HOUSEHOLDS:,} households "
                  f"({len(deadlines[-1])} deadlines): {wall:.0f} ms wall, {cpu:.0f} ms CPU")
            wall, cpu, rows = agenda_page(store)
            print(f"the agenda page with the housing deadlines of {HOUSEHOLDS:,} households "
                  f"({rows} rows in its Casa part): {wall:.0f} ms wall, {cpu:.0f} ms CPU "
                  "(target 150 ms)")
        finally:
            store.close()


if __name__ == "__main__":
    main()
