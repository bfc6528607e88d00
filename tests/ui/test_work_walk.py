"""The work plan by keyboard in the real window (issue 12, "Done when"): «Lavoro»
reached from the section list, a new vacancy (Ctrl+N); a person found (Ctrl+P), her
«Profilo lavoro» built (Alt+L, skills found as typed), the vacancies that fit her
listed with their reasons, «Proponi» (Alt+P); an internship started (Alt+T), three
months of attendance entered day by day in the days grid (Alt+M, Space on each day,
Page Down to the next month), the hiring recorded (Alt+A); the vacancy's page
then ranks her first with the candidacy made."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genera_desktop.services import records
from genera_desktop.services.work import matching
from genera_desktop.ui.community.enrol_dialog import PersonSearchDialog
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.main_window import MainWindow
from genera_desktop.ui.work.codes import CodeEdit, CodeListEdit
from genera_desktop.ui.work.days_grid import DaysGridDialog
from genera_desktop.ui.work.page import WorkPage
from genera_desktop.ui.work.person_dialog import PersonWorkDialog
from genera_desktop.ui.work.vacancy_dialog import VacancyDialog
from tests.ui.conftest import PLATFORM_NOISE
from tests.ui.helpers import add, family
from tests.ui.test_workshop_season import (  # noqa: F401  (questions: the prompts, autouse)
    WAIT,
    active,
    in_dialog,
    questions,
    raise_failures,
)

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def pick_code(qtbot: QtBot, editor: Any, words: str) -> None:
    """Type words into a catalogue editor and take the first match with Enter."""
    editor.line.setFocus()
    qtbot.keyClicks(editor.line, words)
    qtbot.waitUntil(lambda: editor.line.matches.rowCount() > 0, timeout=WAIT)
    editor.line.finder.popup().hide()
    qtbot.keyClick(editor.line, Qt.Key.Key_Return)


def type_into(qtbot: QtBot, editor: Any, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def choose(editor: Any, text: str) -> None:
    index = editor.findText(text)
    assert index >= 0, (text, [editor.itemText(n) for n in range(editor.count())])
    editor.setCurrentIndex(index)


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    win = MainWindow(ctx, lock_ms=0)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    active(qtbot, win)
    return win


# The catalogue's matches pop up under the field: offscreen, the platform plugin says it
# cannot raise the popup nor grab the keyboard for it (noise of the plugin, as the
# propagateSizeHints line tests/ui/conftest.py ignores everywhere).
@pytest.mark.qt_log_ignore(*PLATFORM_NOISE, r"This plugin does not support raise\(\)",
                           r"This plugin does not support grabbing the keyboard")
def test_a_job_seekers_path_by_keyboard(qtbot: QtBot, window: MainWindow,
                                        ctx: AppContext) -> None:
    store = ctx.store
    family(store, "Ferri", "Ida", municipality="Montichiari")
    family(store, "Neri", "Eva", municipality="Ponte di Legno")
    firm = add(store, "organisation", {"name": "Logistica Garda srl", "org_type": "company",
                                       "municipality": "Calcinato", "employees": 30})
    with store.unit_of_work() as uow:
        eva = records.find(uow.session, "person", "Neri")[0].id
        ida = records.find(uow.session, "person", "Ferri")[0].id
    add(store, "job_profile", {"person": eva, "max_distance_km": 10,
                               "skills": ["carrello-elevatore", "picking"]})
    failures: list[BaseException] = []

    # -- «Lavoro» from the section list, by typing its name -----------------------------
    window.nav.setFocus()
    qtbot.keyClicks(window.nav, "Lavoro")
    qtbot.waitUntil(lambda: window.current_key() == "work", timeout=WAIT)
    page = window.pages["work"]
    assert isinstance(page, WorkPage)

    # -- Ctrl+N: a vacancy of the company with what it requires -------------------------
    def new_vacancy(dialog: RecordDialog) -> None:
        editors = dialog.form.editors
        choose(editors["organisation"], "Logistica Garda srl")
        type_into(qtbot, editors["title"], "Magazziniere")
        assert isinstance(editors["occupation"], CodeEdit)
        pick_code(qtbot, editors["occupation"], "magazzini")
        assert editors["occupation"].value() == "4.3.1.2.0"
        editors["municipality"].setEditText("Calcinato")
        choose(editors["contract_type"], "Tempo determinato")
        editors["required_licences"].boxes["B"].click()
        assert isinstance(editors["required_skills"], CodeListEdit)
        pick_code(qtbot, editors["required_skills"], "carrello")
        pick_code(qtbot, editors["required_skills"], "picking")
        assert editors["required_skills"].value() == ["carrello-elevatore", "picking"]
        qtbot.keyClick(editors["title"], Qt.Key.Key_Return)

    in_dialog(qtbot, RecordDialog, new_vacancy, failures)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    raise_failures(failures)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    vacancy = page.model.rows[0]
    assert (vacancy["title"], vacancy["organisation"], vacancy["required_licences"]) == (
        "Magazziniere", firm, ["B"])

    # -- Ctrl+P: Ida; her profile, the vacancy that fits, an internship, three months ---
    today = date.today()
    start = today.replace(day=1)

    def find_ida(dialog: PersonSearchDialog) -> None:
        qtbot.keyClicks(dialog.search, "Ferri")
        in_dialog(qtbot, PersonWorkDialog, ida_at_work, failures)
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    def build_profile(dialog: RecordDialog) -> None:
        editors = dialog.form.editors
        type_into(qtbot, editors["max_distance_km"], "25")
        editors["driving_licences"].boxes["B"].click()
        pick_code(qtbot, editors["skills"], "carrello elev")
        assert editors["skills"].value() == ["carrello-elevatore"]
        type_into(qtbot, editors["languages"], "it:C1, en:A2")
        qtbot.keyClick(editors["languages"], Qt.Key.Key_Return)

    def start_internship(dialog: RecordDialog) -> None:
        editors = dialog.form.editors
        choose(editors["host"], "Logistica Garda srl")
        type_into(qtbot, editors["start_date"], start.strftime("%d/%m/%Y"))
        end = date(start.year + (start.month + 5 > 12), (start.month + 5 - 1) % 12 + 1, 28)
        type_into(qtbot, editors["end_date"], end.strftime("%d/%m/%Y"))
        type_into(qtbot, editors["hours_per_day"], "6")
        type_into(qtbot, editors["host_tutor"], "Marco Bettoni")
        qtbot.keyClick(editors["host_tutor"], Qt.Key.Key_Return)

    def three_months(dialog: DaysGridDialog) -> None:
        """The days grid from the first month: 20 days expected each month (typed), then
        20, 18 and 12 days marked present with Space; Page Down to the next month."""
        assert dialog.current_month() == start.isoformat()[:7]
        for number, attended in enumerate((20, 18, 12)):
            if number:
                qtbot.keyClick(dialog.view, Qt.Key.Key_PageDown)
            qtbot.keyClick(dialog, Qt.Key.Key_P, ALT)
            qtbot.waitUntil(dialog.expected.hasFocus, timeout=WAIT)
            dialog.expected.selectAll()
            qtbot.keyClicks(dialog.expected, "20")
            qtbot.keyClick(dialog.expected, Qt.Key.Key_Return)
            dialog.view.setFocus()
            qtbot.keyClick(dialog.view, Qt.Key.Key_Home)
            for _day in range(attended):
                qtbot.keyClick(dialog.view, Qt.Key.Key_Space)
                qtbot.keyClick(dialog.view, Qt.Key.Key_Right)
            qtbot.waitUntil(lambda n=attended: len(dialog.model.marked) == n, timeout=WAIT)
            assert f"{attended} giorni su 20 previsti" in dialog.total.text()
        assert "€ 300,00" in dialog.total.text()  # 12 of 20: 60% of the 500
        qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)

    def hire(dialog: RecordDialog) -> None:
        editors = dialog.form.editors
        assert editors["organisation"].value() == firm  # the host, proposed
        choose(editors["contract_type"], "Tempo indeterminato")
        type_into(qtbot, editors["hours_per_week"], "38")
        qtbot.keyClick(editors["hours_per_week"], Qt.Key.Key_Return)

    def ida_at_work(dialog: PersonWorkDialog) -> None:
        assert dialog.vacancies.rowCount() == 0  # no profile yet: nothing to rank
        in_dialog(qtbot, RecordDialog, build_profile, failures)
        qtbot.keyClick(dialog, Qt.Key.Key_L, ALT)
        qtbot.waitUntil(lambda: dialog.vacancies.rowCount() == 1, timeout=WAIT)
        fits = dialog.vacancies.rows[0]
        assert fits["eligible"] and "ha la patente B" in fits["reasons"]
        assert "manca: preparare gli ordini (picking)" in fits["reasons"]
        active(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_P, ALT)
        qtbot.waitUntil(lambda: dialog.vacancies.rows[0]["candidacy_status"] == "proposed",
                        timeout=WAIT)
        in_dialog(qtbot, RecordDialog, start_internship, failures)
        qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)
        qtbot.waitUntil(lambda: dialog.internships.rowCount() == 1, timeout=WAIT)
        assert not dialog.message.isVisible(), dialog.message.text()
        active(qtbot, dialog)
        in_dialog(qtbot, DaysGridDialog, three_months, failures)
        qtbot.keyClick(dialog, Qt.Key.Key_M, ALT)  # the button clicks a moment later
        qtbot.waitUntil(lambda: bool(failures) or len(
            dialog.internships.rows[0]["months"]) == 3, timeout=WAIT)
        raise_failures(failures)
        qtbot.waitUntil(lambda: len(dialog.internships.rows[0]["months"]) == 3, timeout=WAIT)
        active(qtbot, dialog)
        in_dialog(qtbot, RecordDialog, hire, failures)
        qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)
        qtbot.waitUntil(lambda: bool(records.list_records(store, "hiring")), timeout=WAIT)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    active(qtbot, window)
    in_dialog(qtbot, PersonSearchDialog, find_ida, failures)
    qtbot.keyClick(page, Qt.Key.Key_P, CTRL)
    raise_failures(failures)

    profile = records.list_records(store, "job_profile")
    mine = next(p for p in profile if p["person"] == ida)
    assert (mine["max_distance_km"], mine["driving_licences"], mine["skills"],
            mine["languages"]) == (25, ["B"], ["carrello-elevatore"], ["it:C1", "en:A2"])
    [internship] = records.list_records(store, "internship")
    assert (internship["person"], internship["host"], internship["monthly_allowance"],
            internship["host_tutor"]) == (ida, firm, 500, "Marco Bettoni")
    months = sorted(records.list_records(store, "internship_month"), key=lambda m: m["month"])
    assert [(m["days_attended"], m["allowance_due"]) for m in months] == [
        (20, 500.0), (18, 500.0), (12, 300.0)]
    assert [len(m["attended_days"]) for m in months] == [20, 18, 12]
    assert months[2]["attended_days"] == list(range(1, 13))
    [hiring] = records.list_records(store, "hiring")
    assert (hiring["person"], hiring["organisation"], hiring["internship"],
            hiring["contract_type"], hiring["date"]) == (
        ida, firm, internship["id"], "permanent", today.isoformat())

    # -- Enter on the vacancy: Ida first, her candidacy there, Eva after her ------------
    def look(dialog: VacancyDialog) -> None:
        rows = dialog.model.rows
        assert [r["person"] for r in rows] == [ida, eva]
        assert rows[0]["candidacy_status"] == "proposed" and rows[0]["eligible"]
        assert not rows[1]["eligible"]  # far away, no licence B
        [candidacy] = records.list_records(store, "candidacy")
        assert candidacy["score"] == rows[0]["score"] == now.score
        qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)

    with store.unit_of_work(read_only=True) as uow:
        now = matching.pair(uow.session, vacancy["id"], ida)
        assert now is not None
    page.view.setFocus()
    in_dialog(qtbot, VacancyDialog, look, failures)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    raise_failures(failures)
    assert QApplication.activeModalWidget() is None

