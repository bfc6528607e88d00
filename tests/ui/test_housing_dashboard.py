"""The dashboard's housing part: indicators per point and per month, only for users
with the housing area."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from genera_desktop.services import accounts
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.coordination.dashboard import DashboardPage
from tests.ui.helpers import add, family


def cells(table: object, row: int) -> list[str]:
    return [table.item(row, c).text()  # type: ignore[attr-defined]
            for c in range(table.columnCount())]  # type: ignore[attr-defined]


def test_the_housing_indicators_per_point_and_month(qtbot: QtBot, ctx: AppContext,
                                                    sync_tasks: None) -> None:
    hh = family(ctx.store, "Ferri", "Ida")
    landlord = add(ctx.store, "landlord", {"name": "Marco Bassi"})
    dwelling = add(ctx.store, "dwelling", {"landlord": landlord, "address": "Via Roma 3",
                                           "municipality": "Montichiari"})
    month = date.today().isoformat()[:7]
    add(ctx.store, "rent_contract", {"dwelling": dwelling, "household": hh,
                                     "start_date": f"{month}-01", "contract_type": "agreed",
                                     "monthly_rent": 400})
    add(ctx.store, "arrears_case", {"household": hh, "landlord": landlord, "amount_owed": 600,
                                    "opened_on": f"{month}-02", "status": "resolved",
                                    "closed_on": f"{month}-03"})
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.housing is not None
                    and page.housing.by_point.rowCount() == 1, timeout=20_000)
    assert page.housing is not None
    headers = [page.housing.by_point.horizontalHeaderItem(c).text()
               for c in range(page.housing.by_point.columnCount())]
    assert headers[:4] == ["Punto", "Contratti firmati", "Domande presentate",
                           "Domande istruite"]
    row = dict(zip(headers, cells(page.housing.by_point, 0), strict=True))
    assert row["Punto"].startswith("MON")
    assert (row["Contratti firmati"], row["Morosità aperte"], row["Morosità risolte"],
            row["Sfratti evitati"]) == ("1", "1", "1", "1")
    month_row = dict(zip(headers[1:], cells(page.housing.by_month, 0)[1:], strict=True))
    assert cells(page.housing.by_month, 0)[0] == f"{month[5:]}/{month[:4]}"
    assert month_row["Contratti firmati"] == "1" and month_row["Morosità risolte"] == "1"


def test_without_the_housing_area_no_housing_part(qtbot: QtBot, coordinator: Store,
                                                  sync_tasks: None) -> None:
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "bruno", "long-enough-pw")
        accounts.commit_accounts(uow)
    coordinator.username = "bruno"
    try:
        page = DashboardPage(AppContext(coordinator))
        qtbot.addWidget(page)
        assert page.housing is None
        assert "Piano casa per mese" not in [w.text() for w in page.findChildren(
            type(page.status))]
    finally:
        coordinator.username = "anna"
