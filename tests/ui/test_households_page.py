"""The household list page: type-ahead, filters, sorting, keyboard, a new household."""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer

from genera_desktop.services import records
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.registry.household_dialog import NewHouseholdDialog
from genera_desktop.ui.registry.households import COUNT_DELAY_MS, HouseholdsPage
from genera_desktop.ui.registry.households_model import COLUMNS, HouseholdTableModel
from tests.ui.families import bulk_families, three_families


@pytest.fixture
def families(coordinator: Store) -> dict[str, str]:
    return three_families(coordinator)


@pytest.fixture
def page(qtbot: Any, ctx: AppContext, families: dict[str, str]) -> HouseholdsPage:
    page = HouseholdsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page, timeout=20_000)
    return page


def shown(page: HouseholdsPage) -> list[str]:
    column = COLUMNS.index("reference")
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_opens_with_every_household_latest_first(page: HouseholdsPage) -> None:
    assert shown(page) == ["Ferrari Giulia", "Rossi Mario", "Singh Harpreet"]
    assert page.count.text() == "3 nuclei"


def test_typing_filters_accent_insensitively(qtbot: Any, page: HouseholdsPage) -> None:
    page.focus_search()
    qtbot.keyClicks(page.search, "nicolo")
    qtbot.waitUntil(lambda: shown(page) == ["Ferrari Giulia"], timeout=20_000)
    assert page.count.text() == "1 nucleo"
    page.search.clear()
    qtbot.keyClicks(page.search, "030 961")
    qtbot.waitUntil(lambda: shown(page) == ["Rossi Mario"], timeout=20_000)
    page.search.clear()
    qtbot.keyClicks(page.search, "nessuno")
    qtbot.waitUntil(lambda: shown(page) == [], timeout=20_000)
    assert page.count.text() == "Nessun nucleo trovato"


def test_point_and_status_filters(qtbot: Any, page: HouseholdsPage) -> None:
    page.point.setCurrentIndex(page.point.findData("MON"))
    page.point.activated.emit(page.point.currentIndex())
    assert shown(page) == ["Rossi Mario", "Singh Harpreet"]
    page.status.setCurrentIndex(page.status.findData("closed"))
    page.status.activated.emit(page.status.currentIndex())
    assert shown(page) == ["Singh Harpreet"]
    page.point.setCurrentIndex(0)
    page.point.activated.emit(0)
    page.status.setCurrentIndex(page.status.findData("active"))
    page.status.activated.emit(page.status.currentIndex())
    assert shown(page) == ["Ferrari Giulia"]


def test_sorting_by_a_column(page: HouseholdsPage) -> None:
    page.view.sortByColumn(COLUMNS.index("reference"), Qt.SortOrder.AscendingOrder)
    assert shown(page) == ["Ferrari Giulia", "Rossi Mario", "Singh Harpreet"]
    page.view.sortByColumn(COLUMNS.index("reference"), Qt.SortOrder.DescendingOrder)
    assert shown(page) == ["Singh Harpreet", "Rossi Mario", "Ferrari Giulia"]
    page.view.sortByColumn(COLUMNS.index("members"), Qt.SortOrder.DescendingOrder)
    assert shown(page)[0] == "Ferrari Giulia"


def test_enter_opens_the_current_household(qtbot: Any, page: HouseholdsPage,
                                           families: dict[str, str]) -> None:
    page.focus_search()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # into the table, first row
    assert page.view.hasFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.household_opened, timeout=20_000) as opened:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args == [families["rossi"]]


def test_enter_in_the_search_opens_the_only_match(qtbot: Any, page: HouseholdsPage,
                                                  families: dict[str, str]) -> None:
    qtbot.keyClicks(page.search, "singh")
    with qtbot.waitSignal(page.household_opened, timeout=20_000) as opened:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened.args == [families["singh"]]


def test_double_click_opens(qtbot: Any, page: HouseholdsPage, families: dict[str, str]) -> None:
    rect = page.view.visualRect(page.model.index(2, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.household_opened, timeout=20_000) as opened:
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [families["singh"]]


def test_new_household_is_created_and_opened(qtbot: Any, page: HouseholdsPage,
                                             coordinator: Store,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(NewHouseholdDialog, "ask", classmethod(
        lambda cls, ctx, parent=None: {"point": "CAL", "address": "Via Prati 25"}))
    with qtbot.waitSignal(page.household_created, timeout=20_000) as opened:
        qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with coordinator.unit_of_work() as uow:
        created = records.show(uow, "household", opened.args[0])
    assert created["municipality"] == "Calcinato"  # from its point
    assert created["case_number"].startswith("CAL-")
    assert len(shown(page)) == 4


def test_new_household_dialog_defaults_and_checks(qtbot: Any, ctx: AppContext,
                                                  families: dict[str, str]) -> None:
    dialog = NewHouseholdDialog(ctx)
    qtbot.addWidget(dialog)
    form = dialog.household.form
    assert form.editors["point"].value() is None  # a coordinator has no point of its own
    dialog.save()
    assert dialog.result_fields is None
    assert form.errors["point"].text() == "Campo obbligatorio"
    household = dialog.household
    household.point.setCurrentIndex(household.point.findData("MON"))
    household.point.activated.emit(household.point.currentIndex())
    assert household.municipality.value() == "Montichiari"
    form.editors["address"].set_value("Via Mantova 3")
    dialog.save()
    assert dialog.result_fields == {"point": "MON", "municipality": "Montichiari",
                                    "address": "Via Mantova 3"}


def test_esc_in_the_search_clears_it(qtbot: Any, page: HouseholdsPage) -> None:
    qtbot.keyClicks(page.search, "singh")
    qtbot.waitUntil(lambda: len(shown(page)) == 1, timeout=20_000)
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and len(shown(page)) == 3


def test_a_page_gone_before_its_count_is_left_alone(qtbot: Any, ctx: AppContext,
                                                     coordinator: Store) -> None:
    """More households than the first page: the count comes a moment later, and must not
    reach a page deleted meanwhile (it raised in whichever test ran then)."""
    bulk_families(coordinator, HouseholdTableModel.FIRST_PAGE + 1)
    page = HouseholdsPage(ctx)
    page.show()  # loads the first page and sets the count going
    assert not page.model.is_complete() and page.count.text().startswith("Più di")
    shiboken6.delete(page)
    later: list[bool] = []  # a timer due after the page's: by then, the page's has fired
    QTimer.singleShot(COUNT_DELAY_MS + 10, lambda: later.append(True))
    qtbot.waitUntil(lambda: later == [True], timeout=20_000)
