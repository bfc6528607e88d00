"""The audit page: the trail filtered; an access request saved as JSON and as PDF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from genera_desktop.services import printing, records
from genera_desktop.services.coordination import audit, conflicts
from genera_desktop.services.registry import persons
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.coordination import audit as audit_page
from genera_desktop.ui.coordination import audit_details
from genera_desktop.ui.coordination.audit import AuditPage
from tests.integration.test_conflicts import log_conflict
from tests.ui.helpers import family


def test_filters_and_access_request(
    qtbot: QtBot,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: object,
) -> None:
    hid = family(ctx.store, "Rossi", "Maria")
    with ctx.store.unit_of_work() as uow:
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


def test_the_trail_names_records_and_says_what_changed_in_words(
    qtbot: QtBot, ctx: AppContext
) -> None:
    hid = family(ctx.store, "Rossi", "Maria")
    with ctx.store.unit_of_work() as uow:
        case = records.to_dict(records.load(uow.session, "household", hid))["case_number"]
        person = persons.find_persons(uow, "rossi").rows[0].id
        records.update(uow, "household", hid, {"phone": "030 961 5521", "address": "Via Po 2"})
        records.update(uow, "person", person, {"relation": "reference"})
        intake = records.add(uow, "intake", {"household": hid, "date": "2026-01-10"})
        printing.print_intake(uow, hid)
        uow.commit()
    log_conflict(ctx.store, hid, "phone", "030 961 5521", "030 961 5512")
    with ctx.store.unit_of_work() as uow:
        conflicts.restore(uow, "c1")
        uow.commit()
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.show()
    shown = {(page.model.data(page.model.index(r, 2)), page.model.data(page.model.index(r, 3)),
              page.model.data(page.model.index(r, 4))) for r in range(page.model.rowCount())}
    assert ("creazione", f"Nucleo familiare {case}", "") in shown
    assert ("creazione", f"Persona Rossi Maria · {case}", "") in shown
    assert ("modifica", f"Nucleo familiare {case}",
            "campi modificati: Indirizzo, Telefono") in shown
    assert ("modifica", f"Persona Rossi Maria · {case}",
            "campi modificati: Relazione con la persona di riferimento") in shown
    # one name per kind (store/kinds.py): an intake is «Accoglienza» on every page
    assert ("creazione", f"Accoglienza del 10/01/2026 · {case}", "") in shown
    assert ("stampa", f"Nucleo familiare {case}", "scheda di accoglienza") in shown
    assert ("decisione su un conflitto", f"Nucleo familiare {case}",
            "Telefono: 030 961 5521 → 030 961 5512 (ripristinato il valore scartato)") in shown
    # No raw id, no JSON anywhere in the two columns.
    for _, data, details in shown:
        assert hid not in data and intake not in data and "{" not in details
        assert "[" not in details


def test_an_erased_or_unknown_record_keeps_its_kind_and_short_id(ctx: AppContext) -> None:
    entry = {"action": "view", "kind": "person", "record_id": "0190aaaa-bbbb-7ccc-8ddd-eeeeffff0000",
             "detail": None}
    with ctx.store.unit_of_work() as uow:
        names = audit.names_for(uow, [entry])
    assert audit_details.record_text("person", entry["record_id"], names) == "Persona (0190aaaa)"
    assert audit_details.detail_text({"action": "delete", "kind": "household",
                                      "detail": {"with": 3}}) == "insieme a 3 dati collegati"
    assert audit_details.detail_text({"action": "admin", "kind": "user", "detail": {
        "add": "g.bodei", "role": "operator"}}) == "nuovo utente g.bodei · ruolo: Operatore"
