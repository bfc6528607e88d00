"""The school-work experience's forms from its hours register (issue 14: "Printed: the
training pact and the hours register with totals and signatures"): Alt+R and Alt+P in
the register open the preview of each, filled from the store."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genera_desktop.services import accounts
from genera_desktop.store.store import Store
from genera_desktop.ui.common.print_preview import PrintPreviewDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.youth.hours_dialog import HoursDialog
from tests.ui.helpers import add
from tests.ui.test_workshop_season import active

ALT = Qt.KeyboardModifier.AltModifier
SECRET = "tulipano-giallo-7"


@pytest.fixture
def facilitator(coordinator: Store) -> Iterator[AppContext]:
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "educ", SECRET, access_areas=["adolescents"])
        accounts.commit_accounts(uow)
    store = Store.open(coordinator.data_dir, "educ", SECRET)
    yield AppContext(store)
    store.close()


def test_the_register_and_the_pact_print_from_the_hours(
        qtbot: QtBot, coordinator: Store, facilitator: AppContext,
        monkeypatch: pytest.MonkeyPatch) -> None:
    hh = add(coordinator, "household", {"point": "MON"})
    student = add(coordinator, "person", {"household": hh, "first_name": "Ottavio",
                                          "last_name": "Zanetti", "birth_date": "2007-01-10"})
    school = add(coordinator, "organisation", {"name": "Liceo Bagatta", "org_type": "school"})
    host = add(coordinator, "organisation", {"name": "Forno Bertoni", "org_type": "company"})
    sw = add(coordinator, "school_work", {
        "person": student, "school": school, "host": host, "school_type": "liceo",
        "title": "Panificazione", "start_date": "2026-10-05",
        "safety_training_on": "2026-10-01"})
    add(coordinator, "school_work_hours", {"school_work": sw, "date": "2026-10-05",
                                           "hours": 3.5, "activity": "Laboratorio"})
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(PrintPreviewDialog, "show_pdf", classmethod(
        lambda cls, parent, pdf, name, title=None: shown.append((name, " ".join(
            p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)))))
    dialog = HoursDialog(facilitator, None, sw)
    qtbot.addWidget(dialog)
    dialog.show()
    active(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20_000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20_000)
    (register_name, register), (pact_name, pact) = shown
    assert register_name == "registro-ore.pdf" and pact_name == "patto-formativo.pdf"
    assert "Registro ore" in register and "Zanetti Ottavio" in register and "3,5" in register
    assert "Patto formativo" in pact and "Forno Bertoni" in pact and "01/10/2026" in pact


def test_a_consent_form_of_each_type_prints_from_the_plan(
        qtbot: QtBot, coordinator: Store, facilitator: AppContext,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 14: "Printed: the consent form for a parent to sign". The plan's button
    offers one form per consent type; a minor's is for a parent or guardian."""
    from genera_desktop.ui.youth.plan_dialog import PlanDialog

    hh = add(coordinator, "household", {"point": "MON"})
    teen = add(coordinator, "person", {"household": hh, "first_name": "Ada",
                                       "last_name": "Zanetti", "birth_date": "2013-04-02"})
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(PrintPreviewDialog, "show_pdf", classmethod(
        lambda cls, parent, pdf, name, title=None: shown.append((name, " ".join(
            p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)))))
    dialog = PlanDialog(facilitator, None, teen)
    qtbot.addWidget(dialog)
    dialog.show()
    offered = {a.data(): a for a in dialog.form_button.menu().actions()}
    assert set(offered) == {"processing", "special_categories", "activities", "images",
                            "school_work", "network_sharing"}
    assert all(a.text() and a.text() != code for code, a in offered.items())  # in words
    offered["activities"].trigger()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20_000)
    ((name, text),) = shown
    assert name == "consenso-activities.pdf"
    assert "Consenso" in text and "Zanetti Ada" in text
    assert "Firma del genitore o del tutore" in text
