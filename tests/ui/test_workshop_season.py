"""A facilitator's season, by keyboard, in the real window: a new workshop (Ctrl+N),
three sessions (Ins), five persons enrolled (one a newcomer registered on the spot),
attendance and guests marked in the grid, the sign-in sheet printed (Ctrl+P) with its
preview; and the Laboratori list's filters."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from genera_desktop.services import records
from genera_desktop.services.community import attendance
from genera_desktop.services.coordination import audit
from genera_desktop.ui.common import prompts
from genera_desktop.ui.common.print_preview import PrintPreviewDialog
from genera_desktop.ui.community.enrol_dialog import NewcomerDialog, PersonSearchDialog
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.community.workshops import WorkshopsPage
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.main_window import MainWindow
from tests.ui.helpers import add, family

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
WAIT = 20_000


def active(qtbot: QtBot, window: QWidget) -> None:
    """Keys reach shortcuts only in the active window: wait until it is."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)


def in_dialog(qtbot: QtBot, kind: type, action: Callable[[Any], None],
              failures: list[BaseException]) -> None:
    """Run ``action(dialog)`` once a modal dialog of ``kind`` is open (a button pressed
    by its Alt+letter clicks a moment later: the dialog is waited for). A failure closes
    the dialog (so the test never hangs on it) and is kept to be raised."""
    clock = QElapsedTimer()
    clock.start()

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) and clock.elapsed() < WAIT:
            QTimer.singleShot(20, run)
            return
        try:
            assert isinstance(dialog, kind), f"{dialog!r} open, not a {kind.__name__}"
            active(qtbot, dialog)
            action(dialog)
            if dialog.isVisible():
                said = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
                raise AssertionError(f"{kind.__name__} still open, saying {said}")
        except BaseException as err:  # noqa: BLE001 - raised again by the test
            failures.append(err)
            if isinstance(dialog, kind):
                dialog.reject()

    QTimer.singleShot(0, run)


def raise_failures(failures: list[BaseException]) -> None:
    if failures:
        raise failures[0]


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The message boxes the pages would open, answered and noted (a message box left
    open offscreen would wait for ever)."""
    asked: list[str] = []
    monkeypatch.setattr(prompts, "ask_save_changes",
                        lambda parent: asked.append("save?") or prompts.DISCARD)
    monkeypatch.setattr(prompts, "confirm",
                        lambda parent, title, text, accept, reject=None: asked.append(text)
                        or False)
    monkeypatch.setattr(prompts, "show_error", lambda parent, text: asked.append(text))
    return asked


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    win = MainWindow(ctx, lock_ms=0)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    active(qtbot, win)
    return win


def test_a_facilitators_season_by_keyboard(
        qtbot: QtBot, window: MainWindow, ctx: AppContext, questions: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    store = ctx.store
    for last, first in (("Rossi", "Maria"), ("Bianchi", "Luca"), ("Popa", "Ion"),
                        ("Esposito", "Chiara")):
        family(store, last, first)
    printed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(PrintPreviewDialog, "show_pdf", classmethod(
        lambda cls, parent, pdf, name, title=None: printed.append((pdf, name))))
    failures: list[BaseException] = []
    today = date.today()

    # -- Ctrl+4: Laboratori; Ctrl+N: a new workshop, at Montichiari, on nutrition -----
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    section = window.pages["workshops"]
    assert isinstance(section, WorkshopsPage) and window.current_key() == "workshops"

    def new_workshop(dialog: RecordDialog) -> None:
        title = dialog.form.editors["title"]
        assert QApplication.focusWidget() is title
        qtbot.keyClicks(title, "Cucinare insieme")
        qtbot.keyClick(title, Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "M")  # the point: MON – …
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "Al")  # the theme: Alimentazione
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    in_dialog(qtbot, RecordDialog, new_workshop, failures)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    raise_failures(failures)
    page = section.page
    qtbot.waitUntil(lambda: section.showing_workshop(), timeout=WAIT)
    (workshop,) = records.list_records(store, "workshop")
    assert (workshop["title"], workshop["point"], workshop["theme"], workshop["status"]) == (
        "Cucinare insieme", "MON", "nutrition", "planned")
    assert page.workshop_id == workshop["id"]
    assert page.tabs.currentWidget() is page.sessions_tab

    # -- three sessions, Ins each: a fortnight ago, a week ago, today ------------------
    days = [today - timedelta(days=14), today - timedelta(days=7), today]
    for number, day in enumerate(days):
        def new_session(dialog: RecordDialog, day: date = day, number: int = number) -> None:
            when = dialog.form.editors["date"]
            assert QApplication.focusWidget() is when
            qtbot.keyClick(when, Qt.Key.Key_A, CTRL)
            qtbot.keyClicks(when, day.strftime("%d/%m/%Y"))
            qtbot.keyClick(when, Qt.Key.Key_Tab)
            if number == 0:  # the next ones take the first one's hours
                qtbot.keyClicks(QApplication.focusWidget(), "17:00")
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
                qtbot.keyClicks(QApplication.focusWidget(), "18:30")
            topic = dialog.form.editors["topic"]
            topic.setFocus()  # type: ignore[attr-defined]
            qtbot.keyClicks(topic, f"Incontro {number + 1}")
            qtbot.keyClick(topic, Qt.Key.Key_Return)

        active(qtbot, window)
        in_dialog(qtbot, RecordDialog, new_session, failures)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Insert)
        raise_failures(failures)
        qtbot.waitUntil(lambda n=number: len(page.sessions) == n + 1, timeout=WAIT)
    assert [(s["date"], s["start_time"], s["end_time"]) for s in page.sessions] == [
        (d.isoformat(), "17:00", "18:30") for d in days]

    # -- Alt+P: participants; Ins: four found as at the front desk, one newcomer -------
    active(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.participants_tab, timeout=WAIT)
    for surname in ("rossi", "bianchi", "popa", "esposito"):
        def enrol(dialog: PersonSearchDialog, surname: str = surname) -> None:
            assert QApplication.focusWidget() is dialog.search
            qtbot.keyClicks(dialog.search, surname)
            qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

        active(qtbot, window)
        in_dialog(qtbot, PersonSearchDialog, enrol, failures)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Insert)
        raise_failures(failures)

    def newcomer(dialog: NewcomerDialog) -> None:
        assert dialog.last_name.text() == "Diallo" and dialog.first_name.text() == "Amina"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "347 7654321")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.consent
        qtbot.keyClick(dialog.consent, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.consent, Qt.Key.Key_Return)

    def search_then_new(dialog: PersonSearchDialog) -> None:
        qtbot.keyClicks(dialog.search, "diallo amina")
        qtbot.waitUntil(lambda: "Nessuna persona" in dialog.count.text(), timeout=WAIT)
        in_dialog(qtbot, NewcomerDialog, newcomer, failures)
        qtbot.keyClick(dialog.search, Qt.Key.Key_N, ALT)  # «Nuova persona…»
        qtbot.waitUntil(lambda: not dialog.isVisible() or bool(failures), timeout=WAIT)

    active(qtbot, window)
    in_dialog(qtbot, PersonSearchDialog, search_then_new, failures)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Insert)
    raise_failures(failures)
    qtbot.waitUntil(lambda: len(page.participants) == 5, timeout=WAIT)
    names = [e["person_data"]["last_name"] for e in page.participants]
    assert names == ["Bianchi", "Diallo", "Esposito", "Popa", "Rossi"]
    diallo = page.participants[1]["person_data"]
    household = records.show(store, "household", diallo["household"], audit_view=False)
    assert (household["status"], household["point"], diallo["phone"]) == (
        "contact", "MON", "347 7654321")

    # -- Alt+E: the grid, on today's session; marks by keys, guests typed ---------------
    active(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, ALT)
    view = page.grid.view
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=WAIT)
    assert view.currentIndex().column() == 2  # the latest session held: today's
    qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)  # the first person, the first session
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 0)
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Down,  # Bianchi present
                Qt.Key.Key_Space, Qt.Key.Key_Down,  # Diallo present
                Qt.Key.Key_2, Qt.Key.Key_Down,  # Esposito absent
                Qt.Key.Key_3, Qt.Key.Key_Down,  # Popa excused
                Qt.Key.Key_Space, Qt.Key.Key_Down):  # Rossi present; then the guests
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_4)  # four came without giving a name
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState, timeout=WAIT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState, timeout=WAIT)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Space,  # Rossi, second time
                Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_1):  # Esposito present
        qtbot.keyClick(view, key)
    first, second, _third = (s["id"] for s in page.sessions)
    person = {e["person_data"]["last_name"]: e["person"] for e in page.participants}
    # the service keys a mark (person, session); the expectation below reads by session
    marks = {(sid, pid): status for (pid, sid), status
             in attendance.grid(store, workshop["id"]).marks.items()}
    assert marks == {
        (first, person["Bianchi"]): "present", (first, person["Diallo"]): "present",
        (first, person["Esposito"]): "absent", (first, person["Popa"]): "excused",
        (first, person["Rossi"]): "present",
        (second, person["Rossi"]): "present", (second, person["Esposito"]): "present"}
    assert records.show(store, "workshop_session", first, audit_view=False)["guests"] == 4
    assert not page.grid_message.isVisible()

    # -- Ctrl+P: the sign-in sheet of the grid's session (the second), in the preview --
    qtbot.keyClick(view, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=WAIT)
    ((pdf, name),) = printed
    assert name == f"foglio-firme-{days[1].isoformat()}.pdf"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    order = [text.find(surname) for surname in ("Bianchi", "Diallo", "Esposito", "Popa",
                                                "Rossi")]
    assert -1 not in order and order == sorted(order)  # every enrolled, by surname
    assert "Cucinare insieme" in text and "347" not in text  # names only, no phone
    with store.unit_of_work() as uow:
        assert [e["record_id"] for e in audit.entries(uow, action="print")] == [second]

    # -- Esc: back to the list, which counts what was made ----------------------------
    qtbot.keyClick(page.grid.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not section.showing_workshop(), timeout=WAIT)
    (row,) = section.list.model.rows
    assert (row["sessions"], row["participants"]) == (3, 5)
    assert questions == []  # nothing refused, nothing left unsaved on the way


def test_a_refused_mark_is_said_on_the_page_and_the_cell_kept(
        qtbot: QtBot, window: MainWindow, ctx: AppContext,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A mark the service refuses (the enrolment removed at another desk meanwhile)
    puts the cell back and says why above the grid."""
    store = ctx.store
    hid = family(store, "Rossi", "Maria")
    pid = records.show(store, "household", hid, audit_view=False)["persons"][0]["id"]
    wid = add(store, "workshop", {"title": "Genitori", "point": "MON"})
    add(store, "workshop_session", {"workshop": wid, "date": date.today().isoformat()})
    enrolment = add(store, "enrolment", {"workshop": wid, "person": pid})
    section = window.pages["workshops"]
    assert isinstance(section, WorkshopsPage)
    window.show_page("workshops")
    section.open_workshop(wid)
    page = section.page
    page.tabs.setCurrentWidget(page.grid_page)
    records.delete(store, "enrolment", enrolment)  # meanwhile, elsewhere
    qtbot.keyClick(page.grid.view, Qt.Key.Key_Space)
    qtbot.waitUntil(page.grid_message.isVisible, timeout=WAIT)
    assert "non è iscritta" in page.grid_message.text()
    assert page.grid.view.currentIndex().data(Qt.ItemDataRole.DisplayRole) in ("", None)
    assert attendance.grid(store, wid).marks == {}


def test_the_list_filters_by_status_theme_audience_and_place(
        qtbot: QtBot, window: MainWindow, ctx: AppContext, qtmodeltester: Any) -> None:
    store = ctx.store
    library = add(store, "place", {"name": "Biblioteca", "point": "MON"})
    add(store, "workshop", {"title": "Cucina", "point": "MON", "theme": "nutrition",
                            "audience": "families", "status": "running", "place": library})
    add(store, "workshop", {"title": "Genitori", "point": "MON", "theme": "parenting",
                            "audience": "adults", "status": "planned"})
    add(store, "workshop", {"title": "Italiano", "point": "CAL", "theme": "language",
                            "audience": "adults", "status": "completed"})
    window.show_page("workshops")
    listing = window.pages["workshops"].list  # type: ignore[attr-defined]
    qtmodeltester.check(listing.model)

    def titles() -> list[str]:
        return sorted(r["title"] for r in listing.model.rows)

    assert titles() == ["Cucina", "Genitori", "Italiano"]
    for combo, code, expected in (
            (listing.status_filter, "planned", ["Genitori"]),
            (listing.theme_filter, "language", ["Italiano"]),
            (listing.audience_filter, "adults", ["Genitori", "Italiano"]),
            (listing.place_filter, library, ["Cucina"]),
            (listing.point_filter, "CAL", ["Italiano"])):
        combo.setCurrentIndex(combo.findData(code))
        combo.activated.emit(combo.currentIndex())
        assert titles() == expected, combo.toolTip()
        combo.setCurrentIndex(0)
        combo.activated.emit(0)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is listing.search
    qtbot.keyClicks(listing.search, "genit")
    qtbot.keyClick(listing.search, Qt.Key.Key_Return)
    assert titles() == ["Genitori"]
    assert listing.status.text() == "1 laboratorio"


def test_fields_save_with_ctrl_s_and_leaving_unsaved_asks(
        qtbot: QtBot, window: MainWindow, ctx: AppContext, questions: list[str]) -> None:
    wid = add(ctx.store, "workshop", {"title": "Genitori", "point": "MON"})
    section = window.pages["workshops"]
    assert isinstance(section, WorkshopsPage)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    section.open_workshop(wid)
    page = section.page
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, ALT)  # the fields' tab
    title = page.form.editors["title"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title, timeout=WAIT)
    qtbot.keyClick(title, Qt.Key.Key_End)  # the tab's field comes with its text selected
    qtbot.keyClicks(title, " e figli")
    assert page.has_unsaved_changes() and page.save_button.isEnabled()
    qtbot.keyClick(title, Qt.Key.Key_S, CTRL)
    assert records.show(ctx.store, "workshop", wid, audit_view=False)["title"] == (
        "Genitori e figli")
    assert not page.has_unsaved_changes()

    qtbot.keyClicks(title, " adolescenti")
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)  # another section: asked, then discarded
    assert questions == ["save?"]
    assert window.current_key() == "agenda"
    assert records.show(ctx.store, "workshop", wid, audit_view=False)["title"] == (
        "Genitori e figli")
