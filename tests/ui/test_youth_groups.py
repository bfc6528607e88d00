"""«Gruppi» and «Settimana» of the Adolescenti section, by keyboard in the real window:
a group made, a session added, a minor enrolled after the missing parent's consent is
offered and recorded, the roster's photo column, the same attendance grid; the
facilitator's week with its keys and Enter to the session's grid."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genera_desktop.services import accounts, records
from genera_desktop.store.store import Store
from genera_desktop.ui.common import prompts
from genera_desktop.ui.community.attendance_model import SESSION_ROLE
from genera_desktop.ui.community.enrol_dialog import PersonSearchDialog
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.main_window import MainWindow
from genera_desktop.ui.youth.section import YouthSection
from tests.ui.helpers import add
from tests.ui.test_workshop_season import active, in_dialog, raise_failures

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
WAIT = 20_000
SECRET = "tulipano-giallo-7"


@pytest.fixture
def facilitator(coordinator: Store) -> Iterator[AppContext]:
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "educ", SECRET, access_areas=["adolescents"])
        accounts.add_account(uow, "altro", SECRET, access_areas=["adolescents"])
        accounts.commit_accounts(uow)
    store = Store.open(coordinator.data_dir, "educ", SECRET)
    yield AppContext(store)
    store.close()


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The questions the pages ask, answered yes and noted."""
    said: list[str] = []
    monkeypatch.setattr(prompts, "confirm",
                        lambda parent, title, text, accept, reject=None: said.append(text)
                        or True)
    monkeypatch.setattr(prompts, "show_error", lambda parent, text: said.append(text))
    return said


def open_section(qtbot: QtBot, facilitator: AppContext) -> tuple[MainWindow, YouthSection]:
    window = MainWindow(facilitator, lock_ms=0)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    active(qtbot, window)
    titles = [window.nav.item(n).text() for n in range(window.nav.count())]
    window.nav.setCurrentRow(titles.index("Adolescenti"))
    section = window.pages["youth"]
    assert isinstance(section, YouthSection)
    return window, section


def test_a_group_made_and_a_minor_enrolled_with_the_consent_offered(
        qtbot: QtBot, coordinator: Store, facilitator: AppContext, asked: list[str]) -> None:
    store = coordinator
    today = date.today()
    hh = add(store, "household", {"point": "MON"})
    teen = add(store, "person", {"household": hh, "first_name": "Ottavio",
                                 "last_name": "Zanetti", "relation": "child",
                                 "birth_date": (today - timedelta(days=15 * 365)).isoformat()})
    add(store, "workshop", {"title": "Murales", "point": "MON", "audience": "youth"})
    add(store, "workshop", {"title": "Cucina insieme", "point": "MON", "audience": "adults"})
    failures: list[BaseException] = []
    window, section = open_section(qtbot, facilitator)
    qtbot.keyClick(window, Qt.Key.Key_G, ALT)
    groups = section.groups
    qtbot.waitUntil(lambda: section.tabs.currentWidget() is groups, timeout=WAIT)
    qtbot.waitUntil(lambda: [w["title"] for w in groups.list.model.rows] == ["Murales"],
                    timeout=WAIT)

    def new_group(dialog: RecordDialog) -> None:
        assert QApplication.focusWidget() is dialog.form.editors["title"]
        qtbot.keyClicks(QApplication.focusWidget(), "Ragazzi del parco")
        dialog.form.editors["point"].setFocus()  # at the coordinator, the point is asked
        qtbot.keyClicks(QApplication.focusWidget(), "MON")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    in_dialog(qtbot, RecordDialog, new_group, failures)
    qtbot.keyClick(groups.list.view, Qt.Key.Key_N, CTRL)
    raise_failures(failures)
    page = groups.page
    qtbot.waitUntil(lambda: groups.showing_group(), timeout=WAIT)
    (group,) = [w for w in records.list_records(store, "workshop")
                if w["title"] == "Ragazzi del parco"]
    assert (group["format"], group["audience"], group["facilitator"], group["point"]) == (
        "group", "youth", "educ", "MON")
    assert page.tabs.currentWidget() is page.sessions_tab

    def session(dialog: RecordDialog) -> None:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    active(qtbot, window)
    assert QApplication.focusWidget() is page.sessions_tab.view
    in_dialog(qtbot, RecordDialog, session, failures)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Insert)
    raise_failures(failures)
    qtbot.waitUntil(lambda: len(page.sessions) == 1, timeout=WAIT)

    def consent(dialog: RecordDialog) -> None:
        assert dialog.form.editors["consent_type"].value() == "activities"
        assert dialog.form.editors["given_by"].value() == "parent"
        dialog.form.editors["given_by_name"].setFocus()
        qtbot.keyClicks(QApplication.focusWidget(), "Anna Zanetti")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    def search(dialog: PersonSearchDialog) -> None:
        in_dialog(qtbot, RecordDialog, consent, failures)
        qtbot.keyClicks(dialog.search, "Zanetti")
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)

    active(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.participants_tab.view,
                    timeout=WAIT)
    in_dialog(qtbot, PersonSearchDialog, search, failures)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Insert)
    raise_failures(failures)
    qtbot.waitUntil(lambda: len(page.participants) == 1, timeout=WAIT)
    # The refusal said which consent was missing, and offered to record it.
    assert len(asked) == 1 and "minorenne" in asked[0] and "consenso" in asked[0]
    (given,) = records.list_records(store, "consent")
    assert (given["person"], given["consent_type"], given["given_by"],
            given["given_by_name"]) == (teen, "activities", "parent", "Anna Zanetti")
    # The roster says the photo consent: none recorded, so no.
    model = page.participants_tab.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert model.data(model.index(0, headers.index("Foto"))) == "no"
    # The same attendance grid.
    active(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, ALT)
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.grid_page, timeout=WAIT)
    qtbot.waitUntil(lambda: page.grid.model.rowCount() >= 1, timeout=WAIT)
    window.close()


def test_the_facilitators_week_by_keyboard(qtbot: QtBot, coordinator: Store,
                                           facilitator: AppContext) -> None:
    store = coordinator
    monday = date.today() - timedelta(days=date.today().weekday())
    mine = add(store, "workshop", {"title": "Compiti insieme", "point": "MON",
                                   "format": "group", "facilitator": "educ"})
    theirs = add(store, "workshop", {"title": "Murales", "point": "MON", "audience": "youth",
                                     "facilitator": "altro"})
    adults = add(store, "workshop", {"title": "Cucina insieme", "point": "MON",
                                     "facilitator": "educ"})

    def meeting(workshop: str, day: date, start: str = "16:00") -> str:
        return add(store, "workshop_session", {"workshop": workshop, "date": day.isoformat(),
                                               "start_time": start})

    tuesday = meeting(mine, monday + timedelta(days=1))
    meeting(mine, monday + timedelta(days=3), "15:00")
    last_week = meeting(mine, monday - timedelta(days=6))
    meeting(theirs, monday + timedelta(days=2))
    meeting(adults, monday + timedelta(days=1))
    window, section = open_section(qtbot, facilitator)
    qtbot.keyClick(window, Qt.Key.Key_M, ALT)
    week = section.week
    qtbot.waitUntil(lambda: section.tabs.currentWidget() is week, timeout=WAIT)
    # The signed-in facilitator's sessions of this week, by day.
    assert week.facilitator.currentData() == "educ"
    qtbot.waitUntil(lambda: [s["workshop"] for s in week.model.rows] == [mine, mine],
                    timeout=WAIT)
    assert week.model.rows[0]["id"] == tuesday
    assert monday.strftime("%d/%m/%Y") in week.title.text()
    qtbot.keyClick(week.view, Qt.Key.Key_Left, ALT)
    qtbot.waitUntil(lambda: [s["id"] for s in week.model.rows] == [last_week], timeout=WAIT)
    qtbot.keyClick(week.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: len(week.model.rows) == 2, timeout=WAIT)
    qtbot.keyClick(week.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: not week.model.rows, timeout=WAIT)
    qtbot.keyClick(week.view, Qt.Key.Key_Left, ALT)
    # Everyone's: the youth workshop too, never the adults' one.
    week.facilitator.setCurrentIndex(week.facilitator.findData(None))
    week.facilitator.activated.emit(week.facilitator.currentIndex())
    qtbot.waitUntil(lambda: {s["workshop"] for s in week.model.rows} == {mine, theirs},
                    timeout=WAIT)
    # Enter on a session: its group's grid, on its column.
    week.view.setFocus()
    week.view.setCurrentIndex(week.model.index(0, 0))
    qtbot.keyClick(week.view, Qt.Key.Key_Return)
    page = section.groups.page
    qtbot.waitUntil(lambda: section.tabs.currentWidget() is section.groups
                    and section.groups.showing_group(), timeout=WAIT)
    assert page.workshop_id == mine
    assert page.tabs.currentWidget() is page.grid_page
    chosen: Any = page.grid.view.currentIndex().data(SESSION_ROLE)
    assert chosen == tuesday
    window.close()


def test_the_young_people_from_eleven_and_younger_children_when_ticked(
        qtbot: QtBot, coordinator: Store, facilitator: AppContext) -> None:
    today = date.today()
    hh = add(coordinator, "household", {"point": "MON"})
    for first, days in (("Ottavio", 15 * 365), ("Bianca", 4 * 365)):
        add(coordinator, "person", {"household": hh, "first_name": first,
                                    "last_name": "Zanetti", "relation": "child",
                                    "birth_date": (today - timedelta(days=days)).isoformat()})
    window, section = open_section(qtbot, facilitator)
    page = section.people
    qtbot.waitUntil(lambda: [r.first_name for r in page.model.rows] == ["Ottavio"],
                    timeout=WAIT)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_1, ALT)
    qtbot.waitUntil(lambda: [r.first_name for r in page.model.rows] == ["Bianca", "Ottavio"],
                    timeout=WAIT)
    assert page.younger.isChecked()
    window.close()
