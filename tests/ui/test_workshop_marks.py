"""A workshop's page shows the attendance already recorded (the grid was empty once:
the page turned the service's (person, session) keys round)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from genera_desktop.services import records
from genera_desktop.services.community import attendance, enrolments
from genera_desktop.ui.community.workshop_page import WorkshopPage
from genera_desktop.ui.context import AppContext


def test_recorded_attendance_shows_in_the_grid(qtbot: QtBot, ctx: AppContext) -> None:
    store = ctx.store
    household = records.add(store, "household", {"point": "MON"})
    anna = records.add(store, "person", {"household": household, "first_name": "Anna",
                                         "last_name": "Rossi"})
    bruno = records.add(store, "person", {"household": household, "first_name": "Bruno",
                                          "last_name": "Rossi"})
    workshop = records.add(store, "workshop", {"title": "Merende sane", "point": "MON"})
    first = records.add(store, "workshop_session", {"workshop": workshop,
                                                     "date": "2026-03-04"})
    second = records.add(store, "workshop_session", {"workshop": workshop,
                                                      "date": "2026-03-11"})
    for person in (anna, bruno):
        enrolments.enrol(store, workshop, person)
    attendance.mark(store, first, anna, "present")
    attendance.mark(store, second, bruno, "absent")

    page = WorkshopPage(ctx)
    qtbot.addWidget(page)
    page.load(workshop)
    model = page.grid.model
    assert model.status(anna, first) == "present"
    assert model.status(bruno, second) == "absent"
    assert model.status(anna, second) is None
    assert model.present_count(person_id=anna) == 1
