"""«Zone del canone»: the coordinator enters a zone of the local agreement with its band
in the Casa section, and an agreed contract's rent is then judged against it; a point
reads the zones but has no button to change them. The table ships empty and says why."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from genera_desktop.services import records
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.housing.page import HousingPage
from tests.ui.helpers import add, family
from tests.ui.test_accessibility import audit
from tests.ui.test_housing_walk import (  # noqa: F401  (network is a fixture)
    WAIT,
    exchange,
    fill_and_save,
    in_dialog,
    network,
)


def test_the_coordinator_enters_a_zone_and_a_point_reads_it(
        qtbot: QtBot, network: tuple[Store, Store], tmp_path: Path) -> None:  # noqa: F811
    coordinator, point = network
    household = family(coordinator, "Ferri", "Ida")
    landlord = next(iter(records.list_records(coordinator, "landlord")))["id"]
    dwelling = add(coordinator, "dwelling", {"landlord": landlord, "address": "Via Roma 1",
                                             "municipality": "Montichiari", "area_m2": 70,
                                             "zone": "B"})
    contract = add(coordinator, "rent_contract", {
        "dwelling": dwelling, "household": household, "start_date": "2026-03-15",
        "contract_type": "agreed", "monthly_rent": 420})
    assert records.show(coordinator, "rent_contract", contract)["band_check"] == "unknown"

    page = HousingPage(AppContext(coordinator))
    qtbot.addWidget(page)
    page.show()
    zones = page.show_tab("zones")
    qtbot.waitUntil(lambda: zones.status.text() == "Nessuna zona inserita.", timeout=WAIT)
    assert zones.explain.isVisible() and "accordo territoriale" in zones.explain.text()
    assert zones.new_button.isVisible()
    assert audit(page) == []  # every control named, reached by Tab
    failures: list[BaseException] = []
    in_dialog(qtbot, lambda d: fill_and_save(
        qtbot, d, choices={},
        typed={"municipality": "Montichiari", "zone": "B", "band_min": "5",
               "band_max": "7"}), failures)
    page.new_record()  # Ctrl+N on the tab shown
    qtbot.waitUntil(lambda: zones.model.rowCount() == 1, timeout=WAIT)
    assert not failures, failures
    # 420 € / 70 m² = 6 €/m²: within the band just entered.
    assert records.show(coordinator, "rent_contract", contract)["band_check"] == "within"
    page.close()

    exchange(point, coordinator, tmp_path)
    at_point = HousingPage(AppContext(point))
    qtbot.addWidget(at_point)
    at_point.show()
    zones = at_point.show_tab("zones")
    qtbot.waitUntil(lambda: zones.model.rowCount() == 1, timeout=WAIT)
    assert not zones.new_button.isVisible()
    assert "al coordinamento" in zones.explain.text()
    at_point.close()
