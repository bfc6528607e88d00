"""The Adolescenti list at 1280×760, the guide's screen, with its «Scuola e classe» and
«Educatore» columns: every column whole (no sideways scrolling, no header cut, the last
column not cut at the edge), a long school name cut with its whole text in the tooltip.
Filled by the real demo, at the coordinator and at a point, with every young adult too."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genera_desktop.services import demo
from genera_desktop.services.network.site import set_setting
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.main_window import MainWindow
from genera_desktop.ui.youth.page import YouthPage
from genera_desktop.ui.youth.section import YouthSection
from tests.ui.test_housing_fit import problems

TODAY = date(2026, 3, 12)


@pytest.fixture
def demo_store(coordinator: Store) -> Store:
    with coordinator.unit_of_work() as uow:
        demo.fill(uow, 120, seed=5, today=TODAY)
        uow.commit()
    return coordinator


def open_people(qtbot: QtBot, ctx: AppContext) -> YouthPage:
    window = MainWindow(ctx, lock_ms=0)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("youth")
    section = window.pages["youth"]
    assert isinstance(section, YouthSection)
    page = section.people
    assert isinstance(page, YouthPage)
    qtbot.waitUntil(lambda: page.view.isVisible() and page.model.rowCount() > 0,
                    timeout=20_000)
    QApplication.processEvents()
    return page


def school_column(page: YouthPage) -> int:
    titles = [page.model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(page.model.columnCount())]
    return titles.index("Scuola e classe")


def test_the_list_fits_1280_at_the_coordinator_with_every_young_adult(
        qtbot: QtBot, ctx: AppContext, demo_store: Store, app_style: None) -> None:
    page = open_people(qtbot, ctx)
    assert problems(page.view) == [], problems(page.view)
    column = school_column(page)
    filled = [r for r in range(page.model.rowCount())
              if page.model.data(page.model.index(r, column))]
    assert filled  # the demo's files are shown
    count = page.model.rowCount()
    page.adults.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() > count, timeout=20_000)
    QApplication.processEvents()
    assert problems(page.view) == [], problems(page.view)


def test_the_list_fits_1280_at_a_point(
        qtbot: QtBot, ctx: AppContext, demo_store: Store, app_style: None) -> None:
    with demo_store.unit_of_work() as uow:
        set_setting(uow.session, "role", "point")
        set_setting(uow.session, "point_code", "MON")
        uow.commit()
    page = open_people(qtbot, ctx)
    assert problems(page.view) == [], problems(page.view)
    column = school_column(page)
    for row in range(page.model.rowCount()):
        index = page.model.index(row, column)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
