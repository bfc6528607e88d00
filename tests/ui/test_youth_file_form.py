"""The «Scheda» of a young person's plan by keyboard (ui/youth/file_form.py): a
facilitator opens a minor's plan from the list, Alt+S into the file, the school picked
by its first letters, class, school year, Tab past the facilitator (themself, proposed)
and the date, notes, Alt+V; the list then shows school and class and the facilitator.
A young adult not yet followed, offered by Alt+5, is added to the plan by saving their
file; a school year written wrong is said under its field and nothing is saved."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genera_desktop.services import accounts, records
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.main_window import MainWindow
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
    widget = QApplication.focusWidget()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def tab(qtbot: QtBot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def open_list(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, YouthPage]:
    window = MainWindow(ctx, lock_ms=0)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    active(qtbot, window)
    titles = [window.nav.item(n).text() for n in range(window.nav.count())]
    window.nav.setCurrentRow(titles.index("Adolescenti"))
    section = window.pages["youth"]
    assert isinstance(section, YouthSection)
    page = section.people
    assert isinstance(page, YouthPage)
    return window, page


def test_the_file_filled_by_keyboard_shows_in_the_list(qtbot: QtBot, coordinator: Store,
                                                       facilitator: AppContext) -> None:
    store = coordinator
    hh = add(store, "household", {"point": "MON"})
    teen = add(store, "person", {"household": hh, "first_name": "Ottavio",
                                 "last_name": "Zanetti", "relation": "child",
                                 "birth_date": (date.today()
                                                - timedelta(days=16 * 365 + 10)).isoformat()})
    add(store, "organisation", {"name": "Liceo Bagatta", "org_type": "school"})
    add(store, "organisation", {"name": "Biblioteca civica", "org_type": "association"})
    failures: list[BaseException] = []
    window, page = open_list(qtbot, facilitator)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)

    def fill(dialog: PlanDialog) -> None:
        form = dialog.file
        editors = form.form.editors
        assert editors["facilitator"].value() == "educ"  # who is signed in, proposed
        qtbot.keyClick(dialog, Qt.Key.Key_S, ALT)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is editors["school"],
                        timeout=WAIT)
        qtbot.keyClicks(QApplication.focusWidget(), "Lic")  # only schools are offered
        tab(qtbot)
        assert QApplication.focusWidget() is editors["class_name"]
        typed(qtbot, "3B")
        tab(qtbot)
        assert QApplication.focusWidget() is editors["school_year"]
        typed(qtbot, "2026/28")
        tab(qtbot)
        assert QApplication.focusWidget() is editors["facilitator"]
        tab(qtbot)
        assert QApplication.focusWidget() is editors["followed_since"]
        tab(qtbot)
        assert QApplication.focusWidget() is editors["notes"]
        typed(qtbot, "Compiti il martedi")
        qtbot.keyClick(dialog, Qt.Key.Key_V, ALT)
        # Refused under its field; nothing written.
        qtbot.waitUntil(lambda: form.form.has_error("school_year"), timeout=WAIT)
        assert not records.list_records(store, "youth_file")
        editors["school_year"].setFocus()
        typed(qtbot, "2026/27")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter saves too
        qtbot.waitUntil(lambda: form.current is not None, timeout=WAIT)
        assert not form.form.has_error("school_year")
        dialog.reject()

    in_dialog(qtbot, PlanDialog, fill, failures)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(failures) or not QApplication.activeModalWidget(),
                    timeout=WAIT)
    raise_failures(failures)
    (saved,) = records.list_records(store, "youth_file")
    assert (saved["person"], saved["class_name"], saved["school_year"], saved["facilitator"],
            saved["followed_since"], saved["notes"]) == (
        teen, "3B", "2026/27", "educ", date.today().isoformat(), "Compiti il martedi")
    titles = [page.model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(page.model.columnCount())]
    school, educator = titles.index("Scuola e classe"), titles.index("Educatore")
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, school))
                    == "Liceo Bagatta, 3B", timeout=WAIT)
    assert page.model.data(page.model.index(0, educator)) == "educ"


def test_a_young_adult_is_added_to_the_plan_by_saving_a_file(
        qtbot: QtBot, coordinator: Store, facilitator: AppContext) -> None:
    hh = add(coordinator, "household", {"point": "MON"})
    ivo = add(coordinator, "person", {"household": hh, "first_name": "Ivo",
                                      "last_name": "Rota", "relation": "child",
                                      "birth_date": (date.today()
                                                     - timedelta(days=22 * 365)).isoformat()})
    failures: list[BaseException] = []
    window, page = open_list(qtbot, facilitator)
    qtbot.waitUntil(lambda: page.status.text() != "", timeout=WAIT)
    assert page.model.rowCount() == 0
    active(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_5, ALT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    assert page.model.rows[0].id == ivo and not page.model.rows[0].followed
    assert "non seguiti: 1" in page.status.text()

    def add_him(dialog: PlanDialog) -> None:
        assert "salvandola la persona entra nel piano" in dialog.file.status.text()
        qtbot.keyClick(dialog, Qt.Key.Key_S, ALT)
        tab(qtbot)
        typed(qtbot, "5A")
        qtbot.keyClick(dialog, Qt.Key.Key_V, ALT)
        qtbot.waitUntil(lambda: dialog.file.current is not None, timeout=WAIT)
        dialog.reject()

    in_dialog(qtbot, PlanDialog, add_him, failures)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(failures) or not QApplication.activeModalWidget(),
                    timeout=WAIT)
    raise_failures(failures)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.rows[0].followed,
                    timeout=WAIT)
    # Followed now: in the plain list too.
    active(qtbot, window)
    page.adults.setChecked(False)
    qtbot.waitUntil(lambda: [r.id for r in page.model.rows] == [ivo], timeout=WAIT)


def test_a_refresh_keeps_what_was_typed_in_the_file(qtbot: QtBot, coordinator: Store,
                                                    facilitator: AppContext) -> None:
    hh = add(coordinator, "household", {"point": "MON"})
    teen = add(coordinator, "person", {"household": hh, "first_name": "Ottavio",
                                       "last_name": "Zanetti", "birth_date": (
                                           date.today() - timedelta(days=16 * 365 + 10)
                                       ).isoformat()})
    dialog = PlanDialog(facilitator, None, teen)
    qtbot.addWidget(dialog)
    editor = dialog.file.form.editors["class_name"]
    editor.setFocus()
    qtbot.keyClicks(editor, "3B")
    # A consent recorded meanwhile refreshes the plan: the typing stays.
    add(coordinator, "consent", {"person": teen, "consent_type": "activities",
                                 "date": date.today().isoformat(), "given_by": "parent",
                                 "given_by_name": "Anna Zanetti"})
    dialog.refresh()
    assert dialog.consents.rowCount() == 1
    assert editor.value() == "3B"
