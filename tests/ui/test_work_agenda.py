"""The agenda's work part (issue 12): interviews and candidacies waiting for an answer,
shown to a user with the work area, hidden when there are none; Enter opens the
household."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from genera_desktop.services.work.agenda import WAITING_DAYS
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.registry.agenda import AgendaPage
from tests.ui.helpers import add


def test_interviews_and_waiting_candidacies_in_the_agenda(qtbot: QtBot,
                                                          ctx: AppContext) -> None:
    store = ctx.store
    firm = add(store, "organisation", {"name": "Officine Rossi", "org_type": "company"})
    vacancy = add(store, "vacancy", {"organisation": firm, "title": "Magazziniere"})
    later = date.today() + timedelta(days=WAITING_DAYS + 2)
    page = AgendaPage(ctx, today=lambda: later)
    qtbot.addWidget(page)
    page.show()
    assert page.work.isHidden()
    homes = {}
    for first, status in (("Ida", "interview"), ("Leo", "sent")):
        homes[first] = add(store, "household", {"point": "MON"})
        person = add(store, "person", {"household": homes[first], "first_name": first,
                                       "last_name": "Ferri"})
        add(store, "job_profile", {"person": person})
        add(store, "candidacy", {"person": person, "vacancy": vacancy, "status": status,
                                 **({"interview_on": "2026-12-10"} if first == "Ida" else {})})
    page.refresh()
    assert page.work.isVisible()
    model = page.work.model
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == [
        "Ferri Ida", "Ferri Leo"]
    assert model.index(0, 0).data() == "10/12/2026" and model.index(0, 1).data() == "Colloquio"
    assert model.index(1, 1).data() == f"Senza risposta da {WAITING_DAYS + 2} giorni"
    with qtbot.waitSignal(page.household_opened, timeout=20_000) as opened:
        page.work.view.setFocus()
        page.work.view.setCurrentIndex(model.index(1, 0))
        qtbot.keyClick(page.work.view, Qt.Key.Key_Return)
    assert opened.args == [homes["Leo"]]
