"""The access export of a minor from the «Registro accessi» page: the page asks who
requests it (a parent or the guardian, by name) and the export records them; cancelled,
nothing is written. An adult's export asks nothing."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genera_desktop.ui.context import AppContext
from genera_desktop.ui.coordination import audit as audit_page
from genera_desktop.ui.coordination.audit import AuditPage
from genera_desktop.ui.youth.requester import RequesterDialog
from tests.ui.helpers import add
from tests.ui.test_workshop_season import in_dialog, raise_failures


def test_a_minors_export_asks_who_requests_it(qtbot: QtBot, ctx: AppContext, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    hh = add(ctx.store, "household", {"point": "MON"})
    adult = add(ctx.store, "person", {"household": hh, "first_name": "Anna",
                                      "last_name": "Zanetti", "is_reference": True,
                                      "birth_date": "1980-02-03"})
    teen = add(ctx.store, "person", {
        "household": hh, "first_name": "Ottavio", "last_name": "Zanetti", "relation": "child",
        "birth_date": (date.today() - timedelta(days=15 * 365)).isoformat()})
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.show()
    chosen = {"id": teen}
    monkeypatch.setattr(audit_page.PersonPickerDialog, "ask",
                        lambda ctx, parent: chosen["id"])
    target = tmp_path / "dati.json"
    monkeypatch.setattr(page, "ask_save_path", lambda suggested: str(target))
    failures: list[BaseException] = []

    def cancel(dialog: RequesterDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    in_dialog(qtbot, RequesterDialog, cancel, failures)
    page.export_button.click()
    raise_failures(failures)
    assert not target.exists()

    def name_the_mother(dialog: RequesterDialog) -> None:
        assert QApplication.focusWidget() is dialog.name
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # no name yet: said, still open
        assert dialog.isVisible() and dialog.message.isVisibleTo(dialog)
        qtbot.keyClicks(dialog.name, "Anna Zanetti")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.relation
        qtbot.keyClick(dialog.relation, Qt.Key.Key_Return)

    in_dialog(qtbot, RequesterDialog, name_the_mother, failures)
    page.export_button.click()
    raise_failures(failures)
    assert target.exists(), page.message.text()
    assert json.loads(target.read_text("utf-8"))["requested_by"] == {
        "name": "Anna Zanetti", "relation": "parent"}

    # An adult's export asks nothing (a RequesterDialog would hang the test).
    chosen["id"] = adult
    target.unlink()
    page.export_button.click()
    assert "requested_by" not in json.loads(target.read_text("utf-8"))
