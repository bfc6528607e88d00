"""A course completed from the person's work (issue 12): Alt+C marks the enrolment
completed and asks about the course's skills; only a yes adds them to the profile."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from genera_desktop.domain import catalogs_work as cat
from genera_desktop.services import records
from genera_desktop.ui.common import prompts
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.work.person_dialog import PersonWorkDialog
from tests.ui.helpers import add
from tests.ui.test_workshop_season import active

ALT = Qt.KeyboardModifier.AltModifier


@pytest.mark.parametrize("answer", [True, False])
def test_completing_a_course_asks_before_adding_its_skills(
        qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, answer: bool) -> None:
    store = ctx.store
    household = add(store, "household", {"point": "MON"})
    person = add(store, "person", {"household": household, "first_name": "Ida",
                                   "last_name": "Ferri"})
    profile = add(store, "job_profile", {"person": person, "skills": ["haccp"]})
    course = add(store, "course", {"title": "Carrellisti",
                                   "skills": ["carrello-elevatore", "haccp"]})
    enrolment = add(store, "course_enrolment", {"course": course, "person": person})
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, accept, reject=None:
                        asked.append(text) or answer)
    dialog = PersonWorkDialog(ctx, person, "Ferri Ida")
    qtbot.addWidget(dialog)
    dialog.show()
    active(qtbot, dialog)
    assert dialog.courses.model.rowCount() == 1
    dialog.courses.view.setFocus()
    qtbot.keyClick(dialog.courses.view, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: records.show(store, "course_enrolment", enrolment).get("status")
                    == "completed", timeout=20_000)
    assert len(asked) == 1 and "«Carrellisti»" in asked[0], asked
    # Only the skill the profile lacks is offered.
    assert cat.label(cat.SKILLS, "carrello-elevatore") in asked[0]
    assert str(cat.label(cat.SKILLS, "haccp")) not in asked[0]
    skills = records.show(store, "job_profile", profile)["skills"]
    assert skills == (["haccp", "carrello-elevatore"] if answer else ["haccp"])
    assert dialog.courses.model.index(0, 1).data() == "Corso completato"
