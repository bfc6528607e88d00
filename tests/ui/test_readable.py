"""No text cut on any page at 1366 × 768, nor at 125% scaling (1093 × 614 logical px),
in the app's own style: tab labels whole (descenders too), the «Punto» box, columns
at least as wide as their headers and all in sight beside each other, the visit
dialog's hint, the buttons above the custode's contexts."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionTab,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from genera_desktop.services import records
from genera_desktop.store.store import Store
from genera_desktop.ui.common.title_row import TitleRow
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.custode.my_contexts import MyContextsPage
from genera_desktop.ui.custode.visit import VisitDialog
from genera_desktop.ui.main_window import MainWindow
from genera_desktop.ui.registry.household import HouseholdPage
from genera_desktop.ui.registry.household_form import HouseholdForm
from tests.ui.clipping import clipped
from tests.ui.custode_world import TODAY, make_world
from tests.ui.helpers import add, family

# 1366 × 768 less the navigation (210 px): what a page gets; at 125%, 1093 × 614.
SCREENS = {"1366": (1366, 768), "125%": (1093, 614)}
LONG_POINT = "Punto di Comunità Montichiari – Borgosotto"


def rename_point(store: Store, code: str, name: str) -> None:
    with store.unit_of_work() as uow:
        point = next(p for p in records.list_records(uow, "point") if p["code"] == code)
        records.update(uow, "point", point["id"], {"name": name})
        uow.commit()


def settle(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitExposed(widget, timeout=20_000)
    # The layouts' queued requests and the headers' own sizing are posted events and
    # zero-time timers: passes of the event loop deliver them, not milliseconds (a busy
    # machine can let 30 ms go by before the first pass).
    for _ in range(10):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def in_sight(view: QTableView) -> list[str]:
    """The columns of ``view`` cut by its right edge (scrolled out of sight)."""
    header = view.horizontalHeader()
    edge = view.viewport().width()
    return [str(view.model().headerData(s, header.orientation()))
            for s in range(header.count())
            if header.sectionViewportPosition(s) + header.sectionSize(s) > edge + 1]


def test_tab_labels_keep_their_descenders(qtbot: QtBot, ctx: AppContext,
                                         app_style: None) -> None:
    page = HouseholdPage(ctx)
    qtbot.addWidget(page)
    page.load(family(ctx.store, "Rossi", "Maria"))
    page.resize(1156, 700)
    page.show()
    settle(qtbot, page)
    bar = page.tabs.tabBar()
    assert {bar.tabText(i) for i in range(bar.count())} >= {"Accoglienza", "Colloqui"}
    for index in range(bar.count()):
        if index == bar.currentIndex():
            continue  # the current tab was always whole: the others were cut
        option = QStyleOptionTab()
        bar.initStyleOption(option, index)
        text = bar.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar)
        assert text.height() >= bar.fontMetrics().height(), bar.tabText(index)


def test_the_household_page_cuts_nothing_with_a_long_point_name(
    qtbot: QtBot, ctx: AppContext, app_style: None
) -> None:
    rename_point(ctx.store, "MON", LONG_POINT)
    page = HouseholdPage(ctx)
    qtbot.addWidget(page)
    page.load(family(ctx.store, "Rossi", "Maria", phone="+39 348 684 8024"))
    page.resize(1366 - 210, 768 - 60)
    page.show()
    settle(qtbot, page)
    point = page.findChild(HouseholdForm).point
    assert point.currentText() == f"MON – {LONG_POINT}"
    assert clipped(page) == []
    assert point.toolTip() == point.currentText()  # narrower screens: said on hovering


@pytest.fixture
def custode_page(qtbot: QtBot, ctx: AppContext, coordinator: Store) -> MyContextsPage:
    world = make_world(coordinator)
    # A flat and a phone as long as the demo's: the columns as wide as at a real site.
    hid = add(coordinator, "household", {"point": "MON", "housing_context": world["boschetti"],
                                         "flat": "Scala A, int. 10", "address": "Via Boschetti 12"})
    add(coordinator, "person", {"household": hid, "first_name": "Monica", "last_name": "Mancini",
                                "is_reference": True, "phone": "+39 348 684 8024"})
    page = MyContextsPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    return page


@pytest.mark.parametrize("screen", [*SCREENS, "1280"])
def test_the_custodes_page_shows_its_columns_and_buttons_whole(
    qtbot: QtBot, custode_page: MyContextsPage, app_style: None, screen: str
) -> None:
    width, height = SCREENS.get(screen, (1280, 760))  # 1280: the guide's pictures
    page = custode_page
    page.resize(1700, 900)  # shown first at another size: the window is then resized
    page.show()
    settle(qtbot, page)
    page.resize(width - 210, height - 60)
    settle(qtbot, page)
    # Fitted while another context (no residents) is chosen, then back to this one.
    assert page.current_context().name == "ALER Via Boschetti"
    page.context_view.setCurrentIndex(page.contexts.index(1, 0))
    page.refresh()
    page.context_view.setCurrentIndex(page.contexts.index(0, 0))
    settle(qtbot, page)
    assert clipped(page) == []
    for view in (page.context_view, page.resident_view):
        header = view.horizontalHeader()
        for section in range(header.count()):
            assert header.sectionSize(section) >= header.sectionSizeHint(section), (
                view.objectName(), section)
    assert in_sight(page.context_view) == []
    if screen != "125%":
        # Side by side, every column in sight: «Mai visitati» and «Telefono» whole.
        assert in_sight(page.resident_view) == []
    if in_sight(page.resident_view):
        # The residents scroll sideways: the contexts' list keeps no room to spare.
        header = page.context_view.horizontalHeader()
        spare = page.context_view.viewport().width() - header.length()
        assert spare <= 2 and header.sectionSize(0) == header.sectionSizeHint(0)


def test_a_title_row_puts_its_buttons_under_the_title_when_narrow(
    qtbot: QtBot, app_style: None
) -> None:
    title = QLabel("I miei contesti")
    title.setObjectName("pageTitle")
    buttons = [QPushButton(text) for text in ("Nuova visita (Invio)", "Visita al contesto",
                                              "Apri nucleo (Ctrl+O)", "Stampa giro (Ctrl+P)")]
    page = QWidget()  # the page the row sits in: a window would keep it its minimum
    row = TitleRow(title, buttons)
    QVBoxLayout(page).addWidget(row)
    qtbot.addWidget(page)
    page.show()
    wide = row.side_by_side_width()
    page.resize(wide + 40, 200)
    qtbot.waitUntil(lambda: not row.stacked, timeout=20_000)
    assert clipped(page) == []
    page.resize(wide - 60, 200)
    # Stacked, and laid out again (the layout runs after the resize that stacked it).
    qtbot.waitUntil(lambda: row.stacked
                    and row.actions.width() >= row.actions.sizeHint().width(), timeout=20_000)
    assert row.minimumSizeHint().width() < wide
    assert clipped(page) == []


def test_the_visit_dialogs_hint_is_whole(qtbot: QtBot, ctx: AppContext, coordinator: Store,
                                         app_style: None) -> None:
    world = make_world(coordinator)
    dialog = VisitDialog(ctx, None, world["boschetti"], world["rossi"])
    qtbot.addWidget(dialog)
    dialog.resize(dialog.minimumWidth(), dialog.sizeHint().height())
    dialog.show()
    settle(qtbot, dialog)
    assert dialog.hint.text().endswith("Ctrl+Invio salva")
    assert clipped(dialog) == []


def test_a_column_is_never_narrower_than_its_header(qtbot: QtBot, ctx: AppContext,
                                                   app_style: None) -> None:
    """The households' «Punto» was sized before the style sheet made headers bold."""
    family(ctx.store, "Rossi", "Maria")
    window = MainWindow(ctx, lock_ms=0)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page("households")
    settle(qtbot, window)
    header: QHeaderView = window.pages["households"].view.horizontalHeader()
    for section in range(header.count()):
        if header.sectionResizeMode(section) != QHeaderView.ResizeMode.Stretch:
            assert header.sectionSize(section) >= header.sectionSizeHint(section), section


@pytest.mark.parametrize("screen", SCREENS)
def test_no_page_cuts_its_text(qtbot: QtBot, ctx: AppContext, coordinator: Store,
                               app_style: None, screen: str) -> None:
    world = make_world(coordinator)
    add(coordinator, "follow_up", {"household": world["rossi"], "due_date": TODAY.isoformat(),
                                   "note": "Richiamare per l'ISEE"})
    window = MainWindow(ctx, lock_ms=0)
    qtbot.addWidget(window)
    window.resize(*SCREENS[screen])
    window.show()
    settle(qtbot, window)
    found: dict[str, list[str]] = {}
    pages: list[Any] = [k for k in window.pages if k != "household"]
    for key in pages:
        window.show_page(key)
        settle(qtbot, window)
        found[key] = clipped(window)
    window.open_household(world["rossi"])
    household = window.household_page
    for index in range(household.tabs.count()):
        household.tabs.setCurrentIndex(index)
        settle(qtbot, window)
        found[f"household: {household.tabs.tabText(index)}"] = clipped(window)
    assert {k: v for k, v in found.items() if v} == {}
