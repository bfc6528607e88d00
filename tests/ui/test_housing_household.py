"""A household's page shows its dwelling and contract, its guarantee applications and its
arrears case, to users with the housing area; a user without the area sees none of it."""

from __future__ import annotations

from typing import Any

import pytest

from genera_desktop.domain.errors import Refused
from genera_desktop.services import accounts
from genera_desktop.services.housing import household as housing
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.registry.household import HouseholdPage
from tests.ui.helpers import add, family


@pytest.fixture
def rented(coordinator: Store) -> str:
    """A family renting at agreed rent, with an application and an arrears case."""
    hid = family(coordinator, "Ferri", "Ida")
    landlord = add(coordinator, "landlord", {"name": "Marco Bassi", "landlord_type": "private"})
    dwelling = add(coordinator, "dwelling", {"landlord": landlord, "address": "Via Mazzini 4",
                                             "municipality": "Montichiari", "rooms": 3,
                                             "area_m2": 70})
    add(coordinator, "rent_contract", {"dwelling": dwelling, "household": hid,
                                       "start_date": "2026-03-15", "contract_type": "agreed",
                                       "monthly_rent": 480})
    fund = add(coordinator, "guarantee_fund", {"name": "Fondo affitti 2026", "budget": 5000})
    add(coordinator, "guarantee_application", {"fund": fund, "household": hid,
                                               "date": "2026-04-02", "amount_requested": 900,
                                               "cause": "job_loss"})
    add(coordinator, "arrears_case", {"household": hid, "landlord": landlord,
                                      "amount_owed": 1200, "opened_on": "2026-03-30"})
    return hid


def tab_titles(page: HouseholdPage) -> list[str]:
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def test_the_page_shows_the_familys_housing(qtbot: Any, ctx: AppContext, rented: str) -> None:
    page = HouseholdPage(ctx)
    qtbot.addWidget(page)
    page.load(rented)
    assert page.housing is not None and "Casa" in tab_titles(page)
    tab = page.housing
    qtbot.waitUntil(lambda: tab.contracts.model.rowCount() == 1, timeout=20_000)
    assert "Via Mazzini 4, Montichiari" in tab.dwelling.text()
    assert "3 locali" in tab.dwelling.text() and "Marco Bassi" in tab.dwelling.text()
    # The 3+2 terms of the agreed rent, as the contract computes them.
    assert "480,00 €" in tab.contract.text() and "14/03/2029" in tab.contract.text()
    assert tab.applications.model.rowCount() == 1
    assert tab.applications.model.index(0, 1).data() == "Fondo affitti 2026"
    assert tab.arrears.model.rowCount() == 1
    assert tab.arrears.model.index(0, 2).data() == "1.200,00 €"
    assert not tab.pacts.isVisibleTo(page)  # no pact: no empty table


def test_without_the_housing_area_none_of_it(qtbot: Any, coordinator: Store,
                                             rented: str) -> None:
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "bruno", "long-enough-pw", access_areas=["health"])
        accounts.commit_accounts(uow)
    coordinator.username = "bruno"
    try:
        page = HouseholdPage(AppContext(coordinator))
        qtbot.addWidget(page)
        page.load(rented)
        assert page.housing is None and "Casa" not in tab_titles(page)
        shown = " ".join(w.text() for w in page.findChildren(type(page.title))
                         if hasattr(w, "text"))
        assert "Mazzini" not in shown and "Bassi" not in shown
        with pytest.raises(Refused):
            housing.household_housing(coordinator, rented)
    finally:
        coordinator.username = "anna"
