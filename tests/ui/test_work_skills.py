"""Skill exchange from a person's work (issue 12): Alt+S records an offer, the skill
found as typed; the table shows who it matches; «Chiudi scambio» closes it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from genera_desktop.services import records
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.work.person_dialog import PersonWorkDialog
from tests.ui.conftest import PLATFORM_NOISE
from tests.ui.helpers import add
from tests.ui.test_work_walk import pick_code
from tests.ui.test_workshop_season import (  # noqa: F401  (questions: the prompts, autouse)
    WAIT,
    active,
    in_dialog,
    questions,
    raise_failures,
)

ALT = Qt.KeyboardModifier.AltModifier


# The completer's popup over the form: the offscreen platform's notes, not the app's.
@pytest.mark.qt_log_ignore(*PLATFORM_NOISE, r"This plugin does not support raise\(\)",
                           r"This plugin does not support grabbing the keyboard")
def test_an_offer_recorded_by_keyboard_shows_its_match(qtbot: QtBot, ctx: AppContext) -> None:
    store = ctx.store
    people = {}
    for first in ("Ida", "Leo"):
        household = add(store, "household", {"point": "MON"})
        people[first] = add(store, "person", {"household": household, "first_name": first,
                                              "last_name": "Ferri"})
    add(store, "skill_exchange", {"person": people["Leo"], "skill": "haccp",
                                  "direction": "ask"})
    dialog = PersonWorkDialog(ctx, people["Ida"], "Ferri Ida")
    qtbot.addWidget(dialog)
    dialog.show()
    active(qtbot, dialog)
    failures: list[BaseException] = []

    def offer(form: Any) -> None:
        editors = form.form.editors
        assert editors["direction"].currentData() == "offer"
        pick_code(qtbot, editors["skill"], "igiene alimentare")
        assert editors["skill"].value() == "haccp"
        qtbot.keyClick(editors["direction"], Qt.Key.Key_Return)

    in_dialog(qtbot, RecordDialog, offer, failures)
    qtbot.keyClick(dialog, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: bool(failures) or dialog.skills.model.rowCount() == 1,
                    timeout=WAIT)
    raise_failures(failures)
    model = dialog.skills.model
    assert model.index(0, 0).data() == "Offre"
    assert model.index(0, 3).data() == "Ferri Leo"
    mine = model.rows[0]["id"]
    dialog.skills.close_button.click()
    assert records.show(store, "skill_exchange", mine)["status"] == "closed"
    assert model.index(0, 3).data() == ""
