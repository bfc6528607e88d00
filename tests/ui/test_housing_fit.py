"""The Casa tables at 1280×760, the guide's screen: Alloggi, Proprietari, Fondi di
garanzia, Morosità, Ospitalità and Coabitazioni fit the window with every column whole (no
sideways scrolling, no header cut, the last column not cut at the edge), a long text
cut with its whole text in the tooltip. Filled by the real demo, at the coordinator
and at a point."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from genera_desktop.services import demo
from genera_desktop.services.network.site import set_setting
from genera_desktop.store.store import Store
from genera_desktop.ui.community.room import PADDING
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.housing.page import HousingPage
from genera_desktop.ui.main_window import MainWindow
from tests.ui.test_community_fit import problems as edge_problems

TODAY = date(2026, 3, 12)


@pytest.fixture
def demo_store(coordinator: Store) -> Store:
    with coordinator.unit_of_work() as uow:
        demo.fill(uow, 120, seed=5, today=TODAY)
        uow.commit()
    return coordinator


def tables(page: HousingPage) -> dict[str, QTableView]:
    """Each tab's tables, by a name the assertion reads."""
    assert page.dwellings and page.landlords and page.funds and page.arrears and page.pacts
    assert page.offers
    return {"Alloggi": page.dwellings.view, "Proprietari": page.landlords.view,
            "Fondi": page.funds.funds.view, "Fondi: domande": page.funds.applications.view,
            "Morosità": page.arrears.cases.view, "Morosità: piano": page.arrears.plan.view,
            "Ospitalità": page.offers.offers.view, "Ospitalità: abbinamenti": page.offers.pairs.view,
            "Coabitazioni": page.pacts.view, "Coabitazioni: visite": page.pacts.visits.view}


def problems(view: QTableView) -> list[str]:
    """Those of the community lists, and a cell cut while the table leaves room to
    spare elsewhere (another column wider than its contents by more than it needs)."""
    found = edge_problems(view)
    header = view.horizontalHeader()
    need = {c: max(view.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(header.count()) if not header.isSectionHidden(c)}
    short = {c: n - header.sectionSize(c) for c, n in need.items() if header.sectionSize(c) < n}
    # Each column keeps its margin beyond its text (room.py's PADDING): not room to spare.
    spare = sum(max(0, header.sectionSize(c) - n - PADDING) for c, n in need.items())
    if short and spare >= sum(short.values()):
        found.append(f"{sorted(short)} cut with {spare} px to spare")
    return found


MASTERS = {"Fondi: domande": lambda p: p.funds.funds.view,
           "Morosità: piano": lambda p: p.arrears.cases.view,
           "Coabitazioni: visite": lambda p: p.pacts.view}
TABS = {"Alloggi": "dwellings", "Proprietari": "landlords", "Fondi": "funds",
        "Morosità": "arrears", "Ospitalità": "offers", "Coabitazioni": "pacts"}


def open_casa(qtbot: QtBot, ctx: AppContext) -> tuple[HousingPage, dict[str, list[str]]]:
    window = MainWindow(ctx, lock_ms=0)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("housing")
    page = window.pages["housing"]
    assert isinstance(page, HousingPage)
    seen: dict[str, list[str]] = {}
    for name, view in tables(page).items():
        page.show_tab(TABS[name.split(":")[0]])
        if name in MASTERS:  # a detail table: the first row above that has some
            master = MASTERS[name](page)
            for row in range(master.model().rowCount()):
                master.setCurrentIndex(master.model().index(row, 0))
                QApplication.processEvents()
                if view.model().rowCount():
                    break
        try:
            qtbot.waitUntil(lambda v=view: v.isVisible() and v.model().rowCount() > 0,
                            timeout=20_000)
        except Exception as err:  # name the table
            raise AssertionError(f"{name}: visible {view.isVisible()}, "
                                 f"{view.model().rowCount()} rows") from err
        QApplication.processEvents()
        seen[name] = problems(view)
    return page, seen


def test_the_casa_tables_fit_1280_at_the_coordinator(
        qtbot: QtBot, ctx: AppContext, demo_store: Store, app_style: None) -> None:
    page, seen = open_casa(qtbot, ctx)
    assert seen == {name: [] for name in seen}


def test_the_casa_tables_fit_1280_at_a_point(
        qtbot: QtBot, ctx: AppContext, demo_store: Store, app_style: None) -> None:
    with demo_store.unit_of_work() as uow:
        set_setting(uow.session, "role", "point")
        set_setting(uow.session, "point_code", "MON")
        uow.commit()
    page, seen = open_casa(qtbot, ctx)
    assert seen == {name: [] for name in seen}
    # A cut cell keeps its whole text in the tooltip.
    view = page.dwellings.view if page.dwellings else None
    assert view is not None
    model = view.model()
    for column in range(model.columnCount()):
        index = model.index(0, column)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
