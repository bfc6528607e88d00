"""The walk of issue 14's "Done when", by keyboard in the real window, by a facilitator
with the adolescents' area: a young person found in the list and registered in the plan
with a parent's consent, enrolled in a youth group (Alt+G, Enter, Alt+P, Ins), a
school-work experience refused without its consent and then started, a week of hours
logged line by line; the totals follow. A user without the area has no such section."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genera_desktop.services import accounts, records
from genera_desktop.store.store import Store
from genera_desktop.ui.common import prompts
from genera_desktop.ui.community.enrol_dialog import PersonSearchDialog
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.main_window import MainWindow
from genera_desktop.ui.youth.hours_dialog import HoursDialog, next_working_day
from genera_desktop.ui.youth.page import YouthPage
from genera_desktop.ui.youth.plan_dialog import PlanDialog
from genera_desktop.ui.youth.section import YouthSection
from tests.ui.helpers import add
from tests.ui.test_workshop_season import active, in_dialog, raise_failures

ALT = Qt.KeyboardModifier.AltModifier
WAIT = 20_000
SECRET = "tulipano-giallo-7"


@pytest.fixture
def facilitator(coordinator: Store) -> Iterator[AppContext]:
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "educ", SECRET, access_areas=["adolescents"])
        accounts.commit_accounts(uow)
    store = Store.open(coordinator.data_dir, "educ", SECRET)
    yield AppContext(store)
    store.close()


def typed(qtbot: QtBot, text: str) -> None:
    """Type ``text`` over what the focused field holds."""
    widget = QApplication.focusWidget()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def tab(qtbot: QtBot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_a_facilitators_young_person_by_keyboard(qtbot: QtBot, coordinator: Store,
                                                 facilitator: AppContext,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    store = coordinator
    # The offer to record the missing consent on the spot is declined here (the walk
    # records it with Alt+C); test_youth_prints.py accepts it.
    offered: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, accept, reject=None:
                        offered.append(text) or False)
    today = date.today()
    hh = add(store, "household", {"point": "MON"})
    add(store, "person", {"household": hh, "first_name": "Anna", "last_name": "Zanetti",
                          "birth_date": "1980-02-03", "relation": "reference"})
    teen = add(store, "person", {"household": hh, "first_name": "Ottavio",
                                 "last_name": "Zanetti", "relation": "child",
                                 "birth_date": (today - timedelta(days=16 * 365 + 10)).isoformat()})
    add(store, "organisation", {"name": "Liceo Bagatta", "org_type": "school"})
    add(store, "organisation", {"name": "Biblioteca civica", "org_type": "association"})
    workshop = add(store, "workshop", {"title": "Radio di quartiere", "point": "MON",
                                       "format": "group", "facilitator": "educ"})
    monday = today - timedelta(days=today.weekday() + 7)  # last week's
    month_ago = (today - timedelta(days=30)).strftime("%d/%m/%Y")
    failures: list[BaseException] = []

    window = MainWindow(facilitator, lock_ms=0)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    active(qtbot, window)
    titles = [window.nav.item(n).text() for n in range(window.nav.count())]
    window.nav.setCurrentRow(titles.index("Adolescenti"))
    section = window.pages["youth"]
    assert isinstance(section, YouthSection)
    page = section.people
    assert isinstance(page, YouthPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    (row,) = page.model.rows
    assert (row.id, row.age, row.consents) == (teen, 16, ())
    assert page.model.data(page.model.index(0, 4)) == "nessuno"
    assert page.status.text() == "1 minorenne, 0 giovani adulti"

    def consent(kind: str) -> object:
        def fill(dialog: RecordDialog) -> None:
            assert QApplication.focusWidget() is dialog.form.editors["consent_type"]
            qtbot.keyClicks(QApplication.focusWidget(), kind)  # the combo's first letters
            tab(qtbot)
            typed(qtbot, month_ago)
            tab(qtbot)
            assert dialog.form.editors["given_by"].value() == "parent"
            tab(qtbot)
            typed(qtbot, "Anna Zanetti")
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        return fill

    def refused_experience(dialog: RecordDialog) -> None:
        qtbot.keyClicks(QApplication.focusWidget(), "Liceo")
        dialog.form.editors["school_type"].setFocus()
        qtbot.keyClicks(QApplication.focusWidget(), "Lic")
        dialog.form.editors["host"].setFocus()
        qtbot.keyClicks(QApplication.focusWidget(), "Bib")
        dialog.form.editors["title"].setFocus()
        typed(qtbot, "Biblioteca e archivio")
        dialog.form.editors["start_date"].setFocus()
        typed(qtbot, monday.strftime("%d/%m/%Y"))
        dialog.form.editors["safety_training_on"].setFocus()
        typed(qtbot, (monday - timedelta(days=3)).strftime("%d/%m/%Y"))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        # Refused: the consent a minor needs is missing, and the dialog says so.
        qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=WAIT)
        assert "minorenne" in dialog.message.text()
        assert "scuola-lavoro" in dialog.message.text()
        assert not records.list_records(store, "school_work")
        assert len(offered) == 1 and "Registrare ora il consenso" in offered[0]
        dialog.reject()
        failures.append(StopIteration())  # marks the refusal seen (dropped below)

    def week_of_hours(dialog: HoursDialog) -> None:
        assert QApplication.focusWidget() is dialog.day
        assert dialog.day.value() == monday.isoformat()
        tab(qtbot)
        for number in range(5):
            typed(qtbot, "4" if number < 4 else "3,5")
            tab(qtbot)
            qtbot.keyClicks(QApplication.focusWidget(), f"Catalogazione, giorno {number + 1}")
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            qtbot.waitUntil(lambda n=number: dialog.model.rowCount() == n + 1, timeout=WAIT)
        assert [h["date"] for h in dialog.model.rows] == [
            (monday + timedelta(days=n)).isoformat() for n in range(5)]
        assert dialog.day.value() == next_working_day(monday + timedelta(days=4)).isoformat()
        assert "Ore svolte: 19,5" in dialog.totals.text()
        assert "richieste nel triennio: 90, ne mancano 70,5" in dialog.totals.text()
        dialog.reject()

    def register(dialog: PlanDialog) -> None:
        assert "Zanetti Ottavio" in dialog.header.text()
        # No images consent: said before anything could publish a photo of him.
        assert dialog.photo.text().startswith("Foto: no")
        in_dialog(qtbot, RecordDialog, consent("Partecipazione"), failures)
        active(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_C, ALT)
        qtbot.waitUntil(lambda: dialog.consents.rowCount() == 1, timeout=WAIT)
        dialog.reject()

    def plan(dialog: PlanDialog) -> None:
        in_dialog(qtbot, RecordDialog, refused_experience, failures)
        active(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_E, ALT)
        qtbot.waitUntil(lambda: bool(failures), timeout=WAIT)
        assert isinstance(failures.pop(), StopIteration), failures
        in_dialog(qtbot, RecordDialog, consent("Formazione"), failures)
        active(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_C, ALT)
        qtbot.waitUntil(lambda: dialog.consents.rowCount() == 2, timeout=WAIT)

        def experience(record: RecordDialog) -> None:
            qtbot.keyClicks(QApplication.focusWidget(), "Liceo")
            record.form.editors["school_type"].setFocus()
            qtbot.keyClicks(QApplication.focusWidget(), "Lic")
            record.form.editors["host"].setFocus()
            qtbot.keyClicks(QApplication.focusWidget(), "Bib")
            record.form.editors["start_date"].setFocus()
            typed(qtbot, monday.strftime("%d/%m/%Y"))
            record.form.editors["safety_training_on"].setFocus()
            typed(qtbot, (monday - timedelta(days=3)).strftime("%d/%m/%Y"))
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

        in_dialog(qtbot, RecordDialog, experience, failures)
        active(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_E, ALT)
        qtbot.waitUntil(lambda: dialog.experiences.rowCount() == 1, timeout=WAIT)
        in_dialog(qtbot, HoursDialog, week_of_hours, failures)
        active(qtbot, dialog)
        dialog.experience_view.setFocus()
        qtbot.keyClick(dialog.experience_view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.experiences.rows[0].get("hours_done") == 19.5,
                        timeout=WAIT)
        dialog.reject()

    # The young person registered in the plan with a parent's consent.
    in_dialog(qtbot, PlanDialog, register, failures)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    raise_failures(failures)
    # Enrolled in the group by keyboard: Alt+G, Enter on it, Alt+P, Ins, the name, Enter.
    active(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, ALT)
    groups = section.groups
    qtbot.waitUntil(lambda: [w["id"] for w in groups.list.model.rows] == [workshop],
                    timeout=WAIT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is groups.list.view, timeout=WAIT)
    qtbot.keyClick(groups.list.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: groups.showing_group(), timeout=WAIT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is groups.page.participants_tab.view,
                    timeout=WAIT)

    def enrol(dialog: PersonSearchDialog) -> None:
        qtbot.keyClicks(dialog.search, "Zanetti Ott")
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    in_dialog(qtbot, PersonSearchDialog, enrol, failures)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Insert)
    raise_failures(failures)
    qtbot.waitUntil(lambda: len(groups.page.participants) == 1, timeout=WAIT)
    assert [e["person"] for e in records.list_records(store, "enrolment")] == [teen]
    # Back to the young people: a school-work experience, and a week of hours.
    active(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: section.tabs.currentWidget() is page, timeout=WAIT)
    in_dialog(qtbot, PlanDialog, plan, failures)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    raise_failures(failures)
    qtbot.waitUntil(lambda: page.model.rows[0].consents == ("activities", "school_work"),
                    timeout=WAIT)
    (experience,) = records.list_records(store, "school_work")
    assert (experience["person"], experience["school_type"], experience["hours_done"]) == (
        teen, "liceo", 19.5)
    assert [e["person"] for e in records.list_records(store, "enrolment")] == [teen]
    window.close()
