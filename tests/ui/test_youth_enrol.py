"""The enrol dialog refuses a minor without a parent's consent as the service does, and
says so in Italian, with the day; it stays open for another choice."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from genera_desktop.services.community import enrolments
from genera_desktop.ui.community.enrol_dialog import PersonSearchDialog
from genera_desktop.ui.context import AppContext
from tests.ui.helpers import add

WAIT = 20_000


def test_the_enrol_dialog_says_which_consent_a_minor_lacks(qtbot: QtBot,
                                                           ctx: AppContext) -> None:
    store = ctx.store
    hh = add(store, "household", {"point": "MON"})
    teen = add(store, "person", {"household": hh, "first_name": "Ottavio",
                                 "last_name": "Zanetti", "birth_date": "2012-04-01"})
    workshop = add(store, "workshop", {"title": "Radio di quartiere", "point": "MON"})
    dialog = PersonSearchDialog(
        ctx, None, title="Iscrivi al laboratorio",
        pick=lambda row: enrolments.enrol(store, workshop, row.id, enrolled_on="2026-03-02"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "Zanetti")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    row = dialog.model.row_at(dialog.model.index(0, 0))
    assert row.id == teen
    dialog.choose(row)
    assert dialog.isVisible() and dialog.message.isVisibleTo(dialog)
    text = dialog.message.text()
    assert "minorenne il 02/03/2026" in text and "consenso alle attività" in text
    assert "genitore o dal tutore" in text
    add(store, "consent", {"person": teen, "consent_type": "activities",
                           "date": "2026-03-01", "given_by": "parent"})
    dialog.choose(row)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_value == enrolments.enrolment_id(workshop, teen)
