"""The agenda's housing part (issue 13): an agreed-rent contract whose first three years
end within six months and an overdue instalment, shown to a user with the housing area;
Enter opens the household on its «Casa» tab; a user without the area sees no such part."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from genera_desktop.services import accounts, records
from genera_desktop.store.models_housing import Installment
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.main_window import MainWindow
from genera_desktop.ui.registry.agenda import AgendaPage
from tests.ui.helpers import add, family

TODAY = date(2026, 12, 7)


@pytest.fixture
def deadlines(coordinator: Store) -> dict[str, str]:
    """Ferri's agreed contract ends its first term on 14/03/2027 (in three to six
    months), Neri's its two-year extension on 19/12/2026 (within three); Galli's
    instalment of 150 € fell due on 30/11/2026 and is not paid."""
    ferri = family(coordinator, "Ferri", "Ida")
    galli = family(coordinator, "Galli", "Leo")
    neri = family(coordinator, "Neri", "Eva")
    landlord = add(coordinator, "landlord", {"name": "Marco Bassi", "landlord_type": "private"})
    dwelling = add(coordinator, "dwelling", {"landlord": landlord, "address": "Via Mazzini 4",
                                             "municipality": "Montichiari"})
    add(coordinator, "rent_contract", {"dwelling": dwelling, "household": ferri,
                                       "start_date": "2024-03-15", "contract_type": "agreed",
                                       "monthly_rent": 480})
    add(coordinator, "rent_contract", {"dwelling": dwelling, "household": neri,
                                       "start_date": "2021-12-20", "contract_type": "agreed",
                                       "monthly_rent": 450})
    case = add(coordinator, "arrears_case", {"household": galli, "landlord": landlord,
                                             "amount_owed": 900, "opened_on": "2026-09-01"})
    add(coordinator, "installment", {"arrears_case": case, "due_date": "2026-11-30",
                                     "amount": 150})
    add(coordinator, "installment", {"arrears_case": case, "due_date": "2026-12-30",
                                     "amount": 150})  # not due yet: not in the agenda
    return {"Ferri": ferri, "Galli": galli, "Neri": neri}


def rows(page: AgendaPage) -> list[list[str]]:
    assert page.housing is not None
    model = page.housing.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_contract_and_instalment_in_the_agenda(qtbot: Any, ctx: AppContext,
                                               deadlines: dict[str, str]) -> None:
    page = AgendaPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    assert page.housing is not None
    qtbot.waitUntil(lambda: page.housing is not None and page.housing.isVisible(),
                    timeout=20_000)
    shown = rows(page)
    assert len(shown) == 3, shown
    instalment, extension, contract = shown  # the most overdue first
    assert instalment[0] == "30/11/2026"
    assert instalment[1] == "Rata del piano di rientro non pagata da 7 giorni: 150,00 €"
    assert "Galli" in instalment[3]
    assert extension[0] == "19/12/2026" and "Neri" in extension[3]
    assert extension[1] == ("Fine della proroga di due anni del canone concordato "
                            "(entro tre mesi)")
    assert contract[0] == "14/03/2027"
    assert contract[1] == "Fine dei primi tre anni del canone concordato (entro sei mesi)"
    assert "Ferri" in contract[3]
    housing = page.housing
    with qtbot.waitSignal(page.housing_opened, timeout=20_000) as opened:
        housing.view.setFocus()
        housing.view.setCurrentIndex(housing.model.index(2, 0))
        qtbot.keyClick(housing.view, Qt.Key.Key_Return)
    assert opened.args == [deadlines["Ferri"]]


def test_enter_opens_the_household_on_its_casa_tab(qtbot: Any, ctx: AppContext,
                                                   deadlines: dict[str, str]) -> None:
    window = MainWindow(ctx, lock_ms=0)
    qtbot.addWidget(window)
    window.show()
    assert window.current_key() == "agenda"
    page = window.pages["agenda"]
    assert isinstance(page, AgendaPage)
    page.today = lambda: TODAY
    page.refresh()
    housing = page.housing
    assert housing is not None
    qtbot.waitUntil(lambda: housing.model.rowCount() == 3, timeout=20_000)
    household = window.household_page
    household.tabs.setCurrentWidget(household.members)  # the tab last used elsewhere
    housing.view.setFocus()
    housing.view.setCurrentIndex(housing.model.index(0, 0))  # Galli's instalment
    qtbot.keyClick(housing.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_key() == "household", timeout=20_000)
    assert household.household_id == deadlines["Galli"]
    assert household.housing is not None
    assert household.tabs.currentWidget() is household.housing
    assert household.housing.arrears.model.rowCount() == 1
    # From a follow-up or the list, a household opens on the tab last used, as before.
    window.open_household(deadlines["Ferri"])
    assert household.tabs.currentWidget() is household.housing
    household.tabs.setCurrentWidget(household.members)
    window.open_household(deadlines["Neri"])
    assert household.tabs.currentWidget() is household.members


def test_paid_instalment_leaves_the_agenda(qtbot: Any, ctx: AppContext,
                                           deadlines: dict[str, str]) -> None:
    with ctx.store.unit_of_work() as uow:
        late = uow.session.query(Installment).filter_by(due_date="2026-11-30").one().id
        records.update(uow, "installment", late, {"paid_on": "2026-12-06"})
        uow.commit()
    page = AgendaPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(rows(page)) == 2, timeout=20_000)
    assert [r[0] for r in rows(page)] == ["19/12/2026", "14/03/2027"]


def test_without_the_housing_area_no_such_part(qtbot: Any, coordinator: Store,
                                               deadlines: dict[str, str]) -> None:
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "bruno", "long-enough-pw", access_areas=["health"])
        accounts.commit_accounts(uow)
    coordinator.username = "bruno"
    try:
        page = AgendaPage(AppContext(coordinator), today=lambda: TODAY)
        qtbot.addWidget(page)
        page.show()
        page.refresh()
        assert page.housing is None
        assert not [w for w in page.findChildren(type(page.follow_up_view))
                    if w.objectName() == "housingAgenda"]
        assert page.follow_ups.rowCount() == 0  # the page itself works
    finally:
        coordinator.username = "anna"


def test_the_follow_ups_keep_their_rows_under_every_part(
        qtbot: Any, ctx: AppContext, deadlines: dict[str, str]) -> None:
    """On a small screen with the housing part filled, the front desk's follow-ups still show
    six rows: the parts scroll under them instead of squeezing them."""
    for n in range(12):
        add(ctx.store, "follow_up", {"household": deadlines["Galli"],
                                     "due_date": f"2026-12-{n + 1:02d}",
                                     "note": f"Promemoria {n}"})
    page = AgendaPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1070, 560)  # a small laptop screen's share
    page.show()
    qtbot.waitUntil(lambda: page.housing is not None and page.housing.isVisible()
                    and page.follow_ups.rowCount() == 12, timeout=20_000)
    row_height = page.follow_up_view.verticalHeader().defaultSectionSize()
    assert page.follow_up_view.height() >= 6 * row_height
