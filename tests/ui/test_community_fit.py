"""The community lists at 1280×760, the guide's screen: Laboratori, Iniziative and Rete
fit the window with every column whole (no sideways scrolling, no header cut, the last
column not cut at the edge), a long title cut with its whole text in the tooltip.
Filled by the real demo, at the coordinator (the workshops' widest list: the point's
column too) and at a point (the place without the point's own comune)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from genera_desktop.services import demo
from genera_desktop.services.network.site import set_setting
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.main_window import MainWindow
from tests.ui.clipping import clipped
from tests.ui.helpers import add

TODAY = date(2026, 3, 12)
LISTS = ("workshops", "initiatives", "network")


@pytest.fixture
def demo_store(coordinator: Store) -> Store:
    with coordinator.unit_of_work() as uow:
        demo.fill(uow, 40, seed=5, today=TODAY)
        uow.commit()
    return coordinator


def view_of(window: MainWindow, key: str) -> QTableView:
    page = window.pages[key]
    listing = getattr(page, "list", page)  # the workshops' section holds its list
    view = listing.view
    assert isinstance(view, QTableView)
    return view


def problems(view: QTableView) -> list[str]:
    """What a person would see wrong: a sideways scroll bar, a column cut at the right
    edge, a header narrower than its text."""
    found = []
    header = view.horizontalHeader()
    if view.horizontalScrollBar().maximum() > 0:
        found.append(f"scrolls sideways by {view.horizontalScrollBar().maximum()} px")
    last = max(c for c in range(header.count()) if not header.isSectionHidden(c))
    right = header.sectionViewportPosition(last) + header.sectionSize(last)
    if right > view.viewport().width():
        found.append(f"the last column ends at {right}, the view at "
                     f"{view.viewport().width()}")
    found += clipped(header)
    for column in range(header.count()):
        title = view.model().headerData(column, Qt.Orientation.Horizontal)
        # Whatever the stretching, a header reads whole.
        if header.sectionSize(column) + 1 < header.sectionSizeHint(column):
            found.append(f"«{title}» cut to {header.sectionSize(column)} px")
    return found


def open_lists(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, dict[str, list[str]]]:
    window = MainWindow(ctx, lock_ms=0)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    seen: dict[str, list[str]] = {}
    for key in LISTS:
        window.show_page(key)
        view = view_of(window, key)
        qtbot.waitUntil(lambda v=view: v.model().rowCount() > 0, timeout=20_000)
        QApplication.processEvents()
        seen[key] = problems(view)
    return window, seen


def test_the_community_lists_fit_1280_at_the_coordinator(
        qtbot: QtBot, ctx: AppContext, demo_store: Store, app_style: None) -> None:
    _, seen = open_lists(qtbot, ctx)
    assert seen == {key: [] for key in LISTS}


def test_the_community_lists_fit_1280_at_a_point(
        qtbot: QtBot, ctx: AppContext, demo_store: Store, app_style: None) -> None:
    with demo_store.unit_of_work() as uow:
        set_setting(uow.session, "role", "point")
        set_setting(uow.session, "point_code", "MON")
        uow.commit()
    _, seen = open_lists(qtbot, ctx)
    assert seen == {key: [] for key in LISTS}




def cell(view: QTableView, header_text: str, row: int, role: Qt.ItemDataRole) -> str:
    model = view.model()
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == header_text:
            return str(model.index(row, column).data(role))
    raise AssertionError(f"no column {header_text!r}")


def test_a_place_in_its_points_comune_is_named_without_it(
        qtbot: QtBot, ctx: AppContext, app_style: None) -> None:
    store = ctx.store
    here = add(store, "place", {"name": "Biblioteca civica", "point": "MON",
                                "place_type": "library", "municipality": "Montichiari"})
    there = add(store, "place", {"name": "Oratorio San Luigi", "point": "MON",
                                 "place_type": "parish", "municipality": "Carpenedolo"})
    title = "Genitori e figli davanti agli schermi: regole, tempi e buone abitudini"
    add(store, "workshop", {"title": title, "point": "MON", "place": here,
                            "start_date": "2026-02-04"})
    add(store, "workshop", {"title": "Orto in cortile", "point": "MON", "place": there,
                            "start_date": "2026-01-04"})
    add(store, "initiative", {"title": "Festa di via", "point": "MON", "place": here,
                              "report_due": "2026-06-30"})
    add(store, "organisation", {"name": "Cooperativa sociale La Nuvola",
                                "org_type": "cooperative", "municipality": "Montichiari"})
    window, seen = open_lists(qtbot, ctx)
    assert seen == {key: [] for key in LISTS}
    view = view_of(window, "workshops")
    shown = Qt.ItemDataRole.DisplayRole
    tip = Qt.ItemDataRole.ToolTipRole
    assert cell(view, "Luogo", 0, shown) == "Biblioteca civica"
    assert cell(view, "Luogo", 0, tip) == "Biblioteca civica (Montichiari)"
    assert cell(view, "Luogo", 1, shown) == "Oratorio San Luigi (Carpenedolo)"
    # The long title is cut in the list, whole in its tooltip.
    column = next(c for c in range(view.model().columnCount())
                  if view.model().headerData(c, Qt.Orientation.Horizontal) == "Titolo")
    assert view.horizontalHeader().sectionSize(column) < \
        view.fontMetrics().horizontalAdvance(title)
    assert cell(view, "Titolo", 0, tip) == title
    initiatives = view_of(window, "initiatives")
    assert cell(initiatives, "Luogo", 0, shown) == "Biblioteca civica"
    assert cell(initiatives, "Rendiconto entro", 0, shown) == "30/06/2026"
