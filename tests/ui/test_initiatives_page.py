"""Citizens' initiatives: the list and its state filter, the dialog offering only the
moves the flow allows (a refused move says why, and saves nothing), overdue reports
in the agenda."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from genera_desktop.services import records
from genera_desktop.services.registry import agenda
from genera_desktop.ui.community.initiative_dialog import InitiativeDialog
from genera_desktop.ui.community.initiatives import InitiativesPage
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.registry.agenda import AgendaPage
from tests.ui.helpers import add

TODAY = date(2026, 3, 12)


def moves(dialog: InitiativeDialog) -> list[str]:
    return [b.text() for b in dialog.move_buttons.values() if b.isEnabled()]


def status_of(ctx: AppContext, iid: str) -> str:
    return str(records.show(ctx.store, "initiative", iid, audit_view=False)["status"])


def test_only_the_flows_moves_are_offered_and_a_refusal_says_why(
        qtbot: QtBot, ctx: AppContext) -> None:
    iid = add(ctx.store, "initiative", {"title": "Orto condiviso", "point": "MON",
                                        "support_requested": 1200})
    dialog = InitiativeDialog(ctx, iid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Proposta" in dialog.state.text()
    assert moves(dialog) == ["Metti in valutazione", "Segna come ritirata"]

    qtbot.mouseClick(dialog.move_buttons["evaluating"], Qt.MouseButton.LeftButton)
    assert status_of(ctx, iid) == "evaluating"
    assert moves(dialog) == ["Accogli", "Respingi", "Segna come ritirata"]

    # Accepting without the decision's date: refused, said in words, nothing saved.
    granted = dialog.form.editors["support_granted"]
    granted.set_value(900)
    assert not dialog.apply_move("accepted")
    assert dialog.message.isVisible()
    assert "«Accogli» non è possibile" in dialog.message.text()
    assert "data della decisione" in dialog.message.text()
    shown = records.show(ctx.store, "initiative", iid, audit_view=False)
    assert shown["status"] == "evaluating" and "support_granted" not in shown

    # With the date typed, the same button accepts, saving the grant with the move.
    decided = dialog.form.editors["decided_on"]
    decided.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(decided, "10/03/2026")
    qtbot.mouseClick(dialog.move_buttons["accepted"], Qt.MouseButton.LeftButton)
    assert not dialog.message.isVisible()
    shown = records.show(ctx.store, "initiative", iid, audit_view=False)
    assert (shown["status"], shown["decided_on"], shown["support_granted"]) == (
        "accepted", "2026-03-10", 900)
    assert moves(dialog) == ["Avvia", "Segna come ritirata"]
    assert dialog.changed

    dialog.apply_move("in_progress")
    dialog.apply_move("completed")
    assert status_of(ctx, iid) == "completed"
    assert moves(dialog) == []  # a final state: no move at all
    assert "Conclusa" in dialog.state.text() or "conclusa" in dialog.state.text().lower()


def test_a_grant_before_acceptance_is_refused_under_saving(
        qtbot: QtBot, ctx: AppContext) -> None:
    iid = add(ctx.store, "initiative", {"title": "Merenda in piazza", "point": "MON"})
    dialog = InitiativeDialog(ctx, iid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.editors["support_granted"].set_value(300)
    assert not dialog.save()
    assert "solo a un'iniziativa accolta" in dialog.message.text()
    assert "support_granted" not in records.show(ctx.store, "initiative", iid,
                                                 audit_view=False)


def test_the_list_filters_by_state(qtbot: QtBot, ctx: AppContext,
                                   qtmodeltester: Any) -> None:
    add(ctx.store, "initiative", {"title": "Orto", "point": "MON"})
    other = add(ctx.store, "initiative", {"title": "Biblioteca di condominio", "point": "MON"})
    records.update(ctx.store, "initiative", other, {"status": "withdrawn"})
    page = InitiativesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20000)
    qtmodeltester.check(page.model)
    combo = page.status_filter
    combo.setCurrentIndex(combo.findData("withdrawn"))
    combo.activated.emit(combo.currentIndex())
    assert [r["title"] for r in page.model.rows] == ["Biblioteca di condominio"]
    assert page.status.text() == "1 iniziativa"


@pytest.fixture
def overdue(ctx: AppContext) -> str:
    iid = add(ctx.store, "initiative", {
        "title": "Orto condiviso", "point": "MON", "status": "accepted",
        "decided_on": "2025-12-10", "report_due": (TODAY - timedelta(days=12)).isoformat()})
    add(ctx.store, "initiative", {  # received: not overdue
        "title": "Festa di via", "point": "MON", "status": "completed",
        "decided_on": "2025-10-01", "report_due": "2026-01-10",
        "report_received": "2026-01-08"})
    add(ctx.store, "initiative", {  # due later
        "title": "Cineforum", "point": "MON", "status": "accepted",
        "decided_on": "2026-02-01", "report_due": "2026-06-30"})
    return iid


def test_overdue_reports_are_in_the_agenda(qtbot: QtBot, ctx: AppContext, overdue: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    with ctx.store.unit_of_work(read_only=True) as uow:
        found = agenda.agenda(uow, today=TODAY)
    assert [r["id"] for r in found.overdue_reports] == [overdue]

    page = AgendaPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.reports.rowCount() == 1, timeout=20000)
    assert page.reports_view.isVisible()
    assert page.reports.index(0, 0).data() == "Scaduto da 12 giorni"
    assert page.reports.index(0, 1).data() == "Orto condiviso"
    assert "1 rendiconto di un'iniziativa in ritardo" in page.summary.text()

    # Enter opens the initiative; recording the report takes it off the agenda.
    def receive(cls: type, ctx_: AppContext, iid: str, parent: Any) -> bool:
        records.update(ctx_.store, "initiative", iid, {"report_received": "2026-03-12"})
        return True

    monkeypatch.setattr(InitiativeDialog, "ask", classmethod(receive))
    page.reports_view.setCurrentIndex(page.reports.index(0, 0))
    page.reports_view.activated.emit(page.reports.index(0, 0))
    assert page.reports.rowCount() == 0
    assert not page.reports_view.isVisibleTo(page)


def test_no_overdue_report_no_section(qtbot: QtBot, ctx: AppContext) -> None:
    page = AgendaPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: bool(page.summary.text()), timeout=20000)
    assert not page.reports_view.isVisible() and not page.reports_heading.isVisible()
    assert "rendicont" not in page.summary.text()
