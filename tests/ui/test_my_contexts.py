"""'I miei contesti' at a custode's laptop: the residents, a round of visits by keyboard."""

from __future__ import annotations

import io
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genera_desktop.services.coordination import audit
from genera_desktop.services.custode import visits as custode
from genera_desktop.store.store import Store
from genera_desktop.ui.common.print_preview import PrintPreviewDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.custode.my_contexts import MyContextsPage
from genera_desktop.ui.custode.visit import VisitDialog
from tests.ui.custode_world import TODAY, day, make_world, visit

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def world(coordinator: Store) -> dict[str, str]:
    return make_world(coordinator)


@pytest.fixture(autouse=True)
def never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(VisitDialog, "confirm_discard", lambda self: True)


def open_page(qtbot: QtBot, ctx: AppContext) -> MyContextsPage:
    page = MyContextsPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1150, 700)
    page.show()
    qtbot.waitExposed(page, timeout=20_000)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=20_000)
    return page


def cells(page: MyContextsPage, model: Any, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_laptop_lists_its_contexts_and_residents_longest_unvisited_first(
        qtbot: QtBot, ctx: AppContext, world: dict[str, str]) -> None:
    page = open_page(qtbot, ctx)
    assert cells(page, page.contexts, 0) == ["ALER Via Boschetti",
                                             "Condominio sociale Via Trieste"]
    assert [r.household_id for r in page.residents.rows] == [
        world["diallo"], world["popa"], world["nicolo"], world["rossi"]]
    assert cells(page, page.residents, 1)[:2] == ["Diallo Awa", "Popa Ion, Popa Elena"]
    assert cells(page, page.residents, 2) == ["mai visitato", "40 giorni", "12 giorni",
                                              "3 giorni"]
    assert cells(page, page.residents, 3)[1] == TODAY.replace(month=1, day=30).strftime(
        "%d/%m/%Y")
    assert "4 nuclei, 6 residenti" in page.summary.text()
    assert "1 mai visitati" in page.summary.text()
    # Another context: its residents (none here).
    page.context_view.setCurrentIndex(page.contexts.index(1, 0))
    assert page.residents.rowCount() == 0 and not page.visit_button.isEnabled()


def test_a_round_of_visits_by_keyboard_lands_in_the_store(
        qtbot: QtBot, ctx: AppContext, coordinator: Store, world: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Enter on a resident, a few keys, Ctrl+Invio; the next resident is selected."""
    page = open_page(qtbot, ctx)

    def round_visit(dialog: VisitDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=20_000)
        qtbot.keyClick(dialog.person, Qt.Key.Key_Down)
        dialog.issues.setFocus()
        qtbot.keyClick(dialog.issues, Qt.Key.Key_1)
        qtbot.keyClicks(dialog.actions, "Ascolto")
        qtbot.keyClicks(dialog.next_visit, "+14")
        qtbot.keyClick(dialog.actions, Qt.Key.Key_Return, CTRL)
        return int(dialog.result())

    monkeypatch.setattr(VisitDialog, "exec", round_visit)
    page.resident_view.setFocus()
    visited = []
    for key in (Qt.Key.Key_Return, Qt.Key.Key_V, Qt.Key.Key_Return):
        visited.append(page.current_resident().household_id)
        qtbot.keyClick(page.resident_view, key)
        assert page.notice.isVisible()
    assert visited == [world["diallo"], world["popa"], world["nicolo"]]  # one after the other
    with coordinator.unit_of_work() as uow:
        rows = custode.context_visits(uow, world["boschetti"])
    today_rows = [r for r in rows if r.date == TODAY.today().isoformat()]
    assert sorted(r.household_id or "" for r in today_rows) == sorted(visited)
    assert all(r.issues == ["loneliness"] for r in today_rows)
    # Every family visited today is now at the bottom; Rossi (3 days ago) comes first.
    assert page.residents.rows[0].household_id == world["rossi"]


def test_the_visits_due_this_week(qtbot: QtBot, ctx: AppContext, coordinator: Store,
                                  world: dict[str, str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    visit(coordinator, housing_context=world["boschetti"], household=world["popa"],
          date=day(-1), next_visit=day(2))
    visit(coordinator, housing_context=world["boschetti"], date=day(-8), next_visit=day(-2))
    page = open_page(qtbot, ctx)
    assert cells(page, page.due, 0) == ["Scaduta da 2 giorni", "ven 13/03"]
    assert cells(page, page.due, 2) == ["(contesto)", "Scala A int. 2"]
    assert cells(page, page.due, 3)[1] == "Popa Ion"
    asked: list[tuple[Any, ...]] = []
    monkeypatch.setattr(VisitDialog, "ask", classmethod(
        lambda cls, ctx, parent, context, household=None, visit=None:
        asked.append((context, household))))
    page.due_view.setFocus()
    page.due_view.setCurrentIndex(page.due.index(1, 0))
    qtbot.keyClick(page.due_view, Qt.Key.Key_Return)
    assert asked == [(world["boschetti"], world["popa"])]
    page.context_visit()
    assert asked[-1] == (world["boschetti"], None)


def test_print_the_round_sheet_in_the_preview(
        qtbot: QtBot, ctx: AppContext, coordinator: Store, world: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[bytes, str]] = []
    monkeypatch.setattr(PrintPreviewDialog, "show_pdf", classmethod(
        lambda cls, parent, pdf, name, title=None: shown.append((pdf, name))))
    page = open_page(qtbot, ctx)
    qtbot.keyClick(page.resident_view, Qt.Key.Key_P, CTRL)
    ((pdf, name),) = shown
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Scheda del giro" in text and "Diallo Awa" in text and "Bertoni Nicolò" in text
    assert name == f"giro-ALER-Via-Boschetti-{TODAY.isoformat()}.pdf"
    with coordinator.unit_of_work() as uow:
        assert [e["record_id"] for e in audit.entries(uow, action="print")] == [
            world["boschetti"]]


def test_open_the_household(qtbot: QtBot, ctx: AppContext, world: dict[str, str]) -> None:
    page = open_page(qtbot, ctx)
    page.resident_view.setFocus()
    with qtbot.waitSignal(page.household_opened, timeout=20_000) as opened:
        qtbot.keyClick(page.resident_view, Qt.Key.Key_O, CTRL)
    assert opened.args == [world["diallo"]]


def test_a_visit_of_the_list_opens_for_changes(
        qtbot: QtBot, ctx: AppContext, world: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(qtbot, ctx)
    asked: list[Any] = []
    monkeypatch.setattr(VisitDialog, "ask", classmethod(
        lambda cls, ctx, parent, context, household=None, visit=None: asked.append(visit)))
    page.tabs.setCurrentWidget(page.visit_view)
    assert cells(page, page.visits, 2) == ["Rossi Maria", "Bertoni Nicolò", "Popa Ion"]
    page.visit_view.setFocus()
    page.visit_view.setCurrentIndex(page.visits.index(0, 0))
    qtbot.keyClick(page.visit_view, Qt.Key.Key_Return)
    assert asked == [page.visits.rows[0].id]


def test_a_coordinator_sees_every_context(
        qtbot: QtBot, ctx: AppContext, coordinator: Store) -> None:
    make_world(coordinator, laptop=False)
    page = open_page(qtbot, ctx)
    assert page.contexts.rowCount() == 3
