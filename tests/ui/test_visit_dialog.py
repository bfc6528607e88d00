"""The visit dialog, driven by keyboard as a custode on a round would."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from genera_desktop.services import records
from genera_desktop.services.coordination import audit
from genera_desktop.services.custode import visits as custode
from genera_desktop.store.models import FollowUp
from genera_desktop.store.store import Store
from genera_desktop.ui.common.print_preview import PrintPreviewDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.custode import visit as visit_module
from genera_desktop.ui.custode.visit import KeyChecklist, VisitDialog
from tests.ui.custode_world import make_world

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def world(coordinator: Store) -> dict[str, str]:
    return make_world(coordinator)


@pytest.fixture(autouse=True)
def never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog closed at teardown with changes must not wait on a question box."""
    monkeypatch.setattr(VisitDialog, "confirm_discard", lambda self: True)


def open_dialog(qtbot: QtBot, ctx: AppContext, context: str, household: str | None = None,
                visit: str | None = None) -> VisitDialog:
    dialog = VisitDialog(ctx, None, context, household, visit)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=20_000)
    dialog.activateWindow()
    # Shortcuts need the application's active window, set a moment after activation.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=20_000)
    return dialog


def stored_visits(store: Store, context: str) -> list[dict[str, Any]]:
    with store.unit_of_work() as uow:
        return [records.show(uow, "visit", v.id, audit_view=False)
                for v in custode.context_visits(uow, context)]


def test_opened_from_a_resident_it_comes_prefilled(
        qtbot: QtBot, ctx: AppContext, world: dict[str, str]) -> None:
    dialog = open_dialog(qtbot, ctx, world["boschetti"], world["rossi"])
    assert dialog.household.currentData() == world["rossi"]
    assert dialog.day.text() == date.today().strftime("%d/%m/%Y")
    assert abs(datetime.strptime(dialog.time.text(), "%H:%M").hour - datetime.now().hour) <= 1
    assert dialog.contact_type.value() == "home_visit"
    assert [dialog.person.itemText(i) for i in range(dialog.person.count())] == [
        "— Nessuno in particolare —", "Rossi Maria", "Rossi Luca"]
    assert "ALER Via Boschetti" in dialog.context_label.text()
    assert dialog.focusWidget() is dialog.person  # straight to whom was met


def test_the_checklist_toggles_with_keys(qtbot: QtBot) -> None:
    checklist = KeyChecklist({"a": "Primo", "b": "Secondo", "c": "Terzo"})
    qtbot.addWidget(checklist)
    checklist.show()
    checklist.setFocus()
    qtbot.keyClick(checklist, Qt.Key.Key_2)
    qtbot.keyClick(checklist, Qt.Key.Key_3)
    assert checklist.value() == ["b", "c"]
    qtbot.keyClick(checklist, Qt.Key.Key_Up)  # back to "Secondo"
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert checklist.value() == ["c"]
    qtbot.keyClick(checklist, Qt.Key.Key_9)  # no ninth line: nothing happens
    qtbot.keyClick(checklist, Qt.Key.Key_3)
    assert checklist.value() == []
    assert checklist.item(0).text() == "1  Primo"


def test_a_visit_typed_by_keyboard_is_saved_with_ctrl_enter(
        qtbot: QtBot, ctx: AppContext, coordinator: Store, world: dict[str, str]) -> None:
    dialog = open_dialog(qtbot, ctx, world["boschetti"], world["diallo"])
    qtbot.keyClick(dialog.person, Qt.Key.Key_Down)  # Diallo Awa
    qtbot.keyClick(dialog.flagged_by, Qt.Key.Key_Down)  # Servizi sociali
    qtbot.keyClick(dialog.flagged_by, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.issues  # "Problemi &rilevati"
    for key in (Qt.Key.Key_1, Qt.Key.Key_9, Qt.Key.Key_Up, Qt.Key.Key_Space):
        qtbot.keyClick(dialog.issues, key)
    qtbot.keyClicks(dialog.actions, "Aiuto per attivare lo SPID")
    dialog.referrals.setFocus()
    qtbot.keyClick(dialog.referrals, Qt.Key.Key_4)
    qtbot.keyClicks(dialog.outcome, "Da rivedere con la figlia")
    qtbot.keyClicks(dialog.next_visit, "+7")
    qtbot.keyClick(dialog.next_visit, Qt.Key.Key_Return)  # as Tab would, it ends the edit
    expected_next = (date.today() + timedelta(days=7))
    assert dialog.next_visit.text() == expected_next.strftime("%d/%m/%Y")
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return, CTRL)
    assert dialog.saved_id is not None and not dialog.isVisible()

    (saved,) = [v for v in stored_visits(coordinator, world["boschetti"])
                if v["id"] == dialog.saved_id]
    with coordinator.unit_of_work() as uow:
        awa = records.show(uow, "household", world["diallo"])["persons"][0]["id"]
        follow_ups = [(f.due_date, f.note) for f in uow.session.scalars(
            select(FollowUp).where(FollowUp.household == world["diallo"]))]
    assert saved["household"] == world["diallo"] and saved["person"] == awa
    assert saved["date"] == date.today().isoformat() and saved["contact_type"] == "home_visit"
    assert saved["flagged_by"] == "social_services"
    assert saved["issues"] == ["loneliness", "barriers", "digital_help"]
    assert saved["referrals"] == ["point"]
    assert (saved["actions"], saved["outcome"]) == ("Aiuto per attivare lo SPID",
                                                   "Da rivedere con la figlia")
    assert follow_ups == [(expected_next.isoformat(), custode.FOLLOW_UP_NOTE)]


def test_a_visit_to_the_context_as_a_whole(
        qtbot: QtBot, ctx: AppContext, coordinator: Store, world: dict[str, str]) -> None:
    dialog = open_dialog(qtbot, ctx, world["boschetti"])
    assert dialog.household.currentData() is None and not dialog.person.isEnabled()
    assert dialog.contact_type.value() == "shared_spaces"
    dialog.issues.setFocus()
    qtbot.keyClick(dialog.issues, Qt.Key.Key_3)  # Guasto / manutenzione
    qtbot.keyClicks(dialog.actions, "Ascensore fermo: segnalato ad ALER")
    qtbot.keyClick(dialog.actions, Qt.Key.Key_Enter, CTRL)
    assert dialog.saved_id is not None
    (saved,) = [v for v in stored_visits(coordinator, world["boschetti"])
                if v["id"] == dialog.saved_id]
    assert "household" not in saved and saved["issues"] == ["maintenance"]


def test_mistakes_are_said_under_their_field_and_nothing_is_saved(
        qtbot: QtBot, ctx: AppContext, coordinator: Store, world: dict[str, str]) -> None:
    before = len(stored_visits(coordinator, world["boschetti"]))
    dialog = open_dialog(qtbot, ctx, world["boschetti"], world["rossi"])
    dialog.day.clear()
    assert dialog.save() is False
    assert dialog.form.errors["date"].text() == "Campo obbligatorio"
    dialog.day.set_value(date.today().isoformat())
    dialog.next_visit.set_value((date.today() - timedelta(days=1)).isoformat())
    assert dialog.save() is False
    assert dialog.form.errors["next_visit"].text() == "La prossima visita non può precedere questa"
    dialog.next_visit.setText("31/02/2026")
    dialog.time.setText("25:99")
    assert dialog.save() is False
    assert dialog.form.errors["next_visit"].isVisible()
    assert dialog.form.errors["date"].text() == "Scrivere un orario valido, es. 09:30"
    assert dialog.isVisible() and len(stored_visits(coordinator, world["boschetti"])) == before


def test_an_existing_visit_is_changed(
        qtbot: QtBot, ctx: AppContext, coordinator: Store, world: dict[str, str]) -> None:
    vid = [v for v in stored_visits(coordinator, world["boschetti"])
           if v["household"] == world["popa"]][0]["id"]
    dialog = open_dialog(qtbot, ctx, world["boschetti"], visit=vid)
    assert dialog.household.currentData() == world["popa"]
    assert dialog.windowTitle() == "Modifica visita"
    dialog.issues.setFocus()
    qtbot.keyClick(dialog.issues, Qt.Key.Key_6)  # Morosità
    qtbot.keyClicks(dialog.outcome, "Piano di rientro con ALER")
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return, CTRL)
    assert dialog.saved_id == vid
    (saved,) = [v for v in stored_visits(coordinator, world["boschetti"]) if v["id"] == vid]
    assert saved["issues"] == ["rent_arrears"] and saved["outcome"] == "Piano di rientro con ALER"


def test_save_and_print_opens_the_visit_report(
        qtbot: QtBot, ctx: AppContext, coordinator: Store, world: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[bytes, str]] = []
    monkeypatch.setattr(PrintPreviewDialog, "show_pdf",
                        classmethod(lambda cls, parent, pdf, name, title=None:
                                    shown.append((pdf, name))))
    dialog = open_dialog(qtbot, ctx, world["boschetti"], world["rossi"])
    qtbot.keyClick(dialog.person, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.person, Qt.Key.Key_P, CTRL)
    assert dialog.saved_id is not None and len(shown) == 1
    pdf, name = shown[0]
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Scheda visita" in text and "Rossi Maria" in text
    assert name == f"scheda-visita-{date.today().isoformat()}.pdf"
    with coordinator.unit_of_work() as uow:
        assert [e["record_id"] for e in audit.entries(uow, action="print")] == [dialog.saved_id]


def test_closing_with_unsaved_changes_asks_first(
        qtbot: QtBot, ctx: AppContext, world: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, ctx, world["boschetti"], world["rossi"])
    asked: list[bool] = []
    monkeypatch.setattr(VisitDialog, "confirm_discard", lambda self: asked.append(True) or False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not dialog.isVisible() and asked == []
    dialog = open_dialog(qtbot, ctx, world["boschetti"], world["rossi"])
    qtbot.keyClicks(dialog.outcome, "Tutto bene")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked == [True]


def test_ask_returns_none_when_cancelled(
        ctx: AppContext, world: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(VisitDialog, "exec", lambda self: self.reject() or 0)
    assert VisitDialog.ask(ctx, None, world["boschetti"], world["rossi"]) is None
    assert visit_module.VisitDialog is VisitDialog


def test_tab_follows_the_form_top_to_bottom_left_to_right(
        qtbot: QtBot, ctx: AppContext, world: dict[str, str]) -> None:
    dialog = open_dialog(qtbot, ctx, world["boschetti"], world["rossi"])
    expected = [dialog.household, dialog.person, dialog.day, dialog.time, dialog.flagged_by,
                dialog.contact_type, dialog.outcome, dialog.next_visit, dialog.issues,
                dialog.referrals, dialog.actions, dialog.notes, dialog.save_print_button,
                dialog.save_button, dialog.cancel_button]
    dialog.household.setFocus()
    qtbot.waitUntil(dialog.household.hasFocus, timeout=20_000)
    reached = [dialog.household]
    for _ in expected[1:]:
        focused = QApplication.focusWidget()
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        reached.append(next((w for w in expected if w is focused or w.isAncestorOf(focused)),
                            focused))
    assert reached == expected

    def place(widget: Any) -> tuple[int, int]:
        corner = widget.mapTo(dialog, widget.rect().topLeft())
        return corner.x(), corner.y()

    left, right = expected[:8], expected[8:10]
    for column in (left, right):  # each column read downwards
        tops = [place(w)[1] for w in column]
        assert tops == sorted(tops)
    assert place(dialog.time)[0] > place(dialog.day)[0]  # "ora" beside the date
    assert min(place(w)[0] for w in right) > max(place(w)[0] for w in left)
    buttons = [place(w)[0] for w in expected[-3:]]
    assert buttons == sorted(buttons) and place(dialog.notes)[1] > place(dialog.issues)[1]
