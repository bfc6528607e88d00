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
from genera_desktop.ui.registry.agenda import AgendaPage
from genera_desktop.ui.registry.household import HouseholdPage
from tests.ui.helpers import add, family

TODAY = date(2026, 12, 7)


@pytest.fixture
def deadlines(coordinator: Store) -> dict[str, str]:
    """Ferri's agreed contract ends its first term on 14/03/2027 (in three to six
    months); Galli's instalment of 150 € fell due on 30/11/2026 and is not paid."""
    ferri = family(coordinator, "Ferri", "Ida")
    galli = family(coordinator, "Galli", "Leo")
    landlord = add(coordinator, "landlord", {"name": "Marco Bassi", "landlord_type": "private"})
    dwelling = add(coordinator, "dwelling", {"landlord": landlord, "address": "Via Mazzini 4",
                                             "municipality": "Montichiari"})
    add(coordinator, "rent_contract", {"dwelling": dwelling, "household": ferri,
                                       "start_date": "2024-03-15", "contract_type": "agreed",
                                       "monthly_rent": 480})
    case = add(coordinator, "arrears_case", {"household": galli, "landlord": landlord,
                                             "amount_owed": 900, "opened_on": "2026-09-01"})
    add(coordinator, "installment", {"arrears_case": case, "due_date": "2026-11-30",
                                     "amount": 150})
    add(coordinator, "installment", {"arrears_case": case, "due_date": "2026-12-30",
                                     "amount": 150})  # not due yet: not in the agenda
    return {"Ferri": ferri, "Galli": galli}


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
    assert len(shown) == 2, shown
    instalment, contract = shown  # the most overdue first
    assert instalment[0] == "30/11/2026, scaduta da 7 giorni"
    assert instalment[1] == "Rata del piano di rientro non pagata: 150,00 €"
    assert "Galli" in instalment[3]
    assert contract[0] == "14/03/2027"
    assert contract[1] == ("Contratto a canone concordato: finiscono i primi tre anni "
                           "(meno di sei mesi)")
    assert "Ferri" in contract[3]
    housing = page.housing
    with qtbot.waitSignal(page.housing_opened, timeout=20_000) as opened:
        housing.view.setFocus()
        housing.view.setCurrentIndex(housing.model.index(1, 0))
        qtbot.keyClick(housing.view, Qt.Key.Key_Return)
    assert opened.args == [deadlines["Ferri"]]
    # The household opens on its Casa tab, where the contract is.
    household = HouseholdPage(ctx)
    qtbot.addWidget(household)
    household.load(opened.args[0], tab="housing")
    assert household.housing is not None
    assert household.tabs.currentWidget() is household.housing
    assert household.housing.contracts.model.rowCount() == 1


def test_paid_instalment_leaves_the_agenda(qtbot: Any, ctx: AppContext,
                                           deadlines: dict[str, str]) -> None:
    with ctx.store.unit_of_work() as uow:
        late = uow.session.query(Installment).filter_by(due_date="2026-11-30").one().id
        records.update(uow, "installment", late, {"paid_on": "2026-12-06"})
        uow.commit()
    page = AgendaPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(rows(page)) == 1, timeout=20_000)
    assert rows(page)[0][0] == "14/03/2027"


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
