"""The audit page: the trail filtered; an access request saved as JSON and as PDF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from genera_desktop.services import audit, persons
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.pages import audit as audit_page
from genera_desktop.ui.pages.audit import AuditPage
from tests.ui.helpers import family


def test_filters_and_access_request(
    qtbot: QtBot,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: object,
) -> None:
    hid = family(ctx.store, "Rossi", "Maria")
    with ctx.uow() as uow:
        audit.record(uow, "view", "household", hid)
        audit.record(uow, "print", "household", hid)
        person = persons.find_persons(uow, "rossi").rows[0]
        uow.commit()
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert page.model.rowCount() >= 2
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    page.action.setCurrentIndex(page.action.findData("print"))
    page.refresh()
    assert [e["action"] for e in page.model.rows] == ["print"]
    page.action.setCurrentIndex(0)
    page.record.setText(hid)
    page.refresh()
    assert {e["record_id"] for e in page.model.rows} == {hid}
    page.user.setText("nessuno")
    page.refresh()
    assert page.model.rowCount() == 0
    page.user.clear()
    page.record.clear()

    monkeypatch.setattr(audit_page.PersonPickerDialog, "ask", lambda ctx, parent: person.id)
    for name in ("dati.json", "dati.pdf"):
        target = tmp_path / name
        monkeypatch.setattr(page, "ask_save_path", lambda suggested, t=target: str(t))
        page.export_button.click()
        assert target.exists(), page.message.text()
    report = json.loads((tmp_path / "dati.json").read_text("utf-8"))
    assert report["person"]["last_name"] == "Rossi"
    assert (tmp_path / "dati.pdf").read_bytes().startswith(b"%PDF")
    page.action.setCurrentIndex(page.action.findData("export"))
    page.refresh()
    assert len(page.model.rows) == 2


def test_person_picker_finds_persons(qtbot: QtBot, ctx: AppContext, qtmodeltester: object) -> None:
    family(ctx.store, "Rossi", "Maria")
    family(ctx.store, "Popa", "Ion")
    dialog = audit_page.PersonPickerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.search.setText("popa")
    assert [r.last_name for r in dialog.model.rows] == ["Popa"]
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert dialog.chosen() == dialog.model.rows[0].id
