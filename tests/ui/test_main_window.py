"""The main window: keyboard navigation, what only administrators see, unsaved work,
the size and column widths it remembers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from genera_desktop.services import accounts
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.main_window import MainWindow
from tests.ui.helpers import family

CTRL = Qt.KeyboardModifier.ControlModifier




def open_window(
    qtbot: QtBot, ctx: AppContext, settings: QSettings | None = None
) -> MainWindow:
    window = MainWindow(ctx, lock_ms=0, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    # Shortcuts need the application's active window, set a moment after activation.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=20_000)
    return window


def nav_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(n).text() for n in range(window.nav.count())]


def test_sections_and_status_bar_for_an_administrator(qtbot: QtBot, ctx: AppContext) -> None:
    window = open_window(qtbot, ctx)
    assert nav_titles(window) == [
        "Agenda",
        "Nuclei familiari",
        "Persone",
        "Laboratori",
        "Iniziative",
        "Contesti abitativi",
        "I miei contesti",
        "Coordinamento",
        "Duplicati",
        "Conflitti",
        "Lavoro",
        "Rete",
        "Punti diffusi",
        "Casa",
        "Adolescenti",
        "Sincronizzazione",
        "Registro accessi",
        "Utenti",
    ]
    assert window.current_key() == "agenda"
    texts = [w.text() for w in window.statusBar().findChildren(type(window.undo_bar.label))]
    assert any("Coordinamento · coordinamento" in t for t in texts)
    assert any("Utente: anna · amministratore" in t for t in texts)
    for number, key in enumerate(
        ["agenda", "households", "persons", "workshops", "initiatives", "contexts",
         "my_contexts", "dashboard", "duplicates"]
    ):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + number), CTRL)
        assert window.current_key() == key


def test_operators_do_not_see_users(qtbot: QtBot, coordinator: Store) -> None:
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "luca", "password-di-luca")
        accounts.commit_accounts(uow)
    store = Store.open(coordinator.data_dir, "luca", "password-di-luca")
    try:
        window = open_window(qtbot, AppContext(store))
        assert "Utenti" not in nav_titles(window) and "users" not in window.pages
        assert "Registro accessi" not in nav_titles(window)
        # Nor the three plans' sections, without their access areas.
        for title, key in (("Adolescenti", "youth"), ("Casa", "housing"), ("Lavoro", "work")):
            assert title not in nav_titles(window) and key not in window.pages
        assert "Duplicati" in nav_titles(window)
        window.close()
    finally:
        store.close()


def test_search_enter_opens_and_esc_goes_back(qtbot: QtBot, ctx: AppContext) -> None:
    hid = family(ctx.store, "Rossi", "Maria")
    family(ctx.store, "Popa", "Ion")
    window = open_window(qtbot, ctx)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    persons = window.pages["persons"]
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is persons.search
    qtbot.keyClicks(persons.search, "rossi")
    qtbot.keyClick(persons.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is persons.view
    assert [r.last_name for r in persons.model.rows] == ["Rossi"]
    qtbot.keyClick(persons.view, Qt.Key.Key_Return)
    assert window.current_key() == "household"
    assert window.household_page.household_id == hid
    assert window.nav.currentItem().text() == "Persone"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.current_key() == "persons"


def test_ctrl_f_from_the_agenda_and_ctrl_n_go_to_households(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, ctx)
    calls: list[str] = []
    page = window.households_page
    monkeypatch.setattr(page, "focus_search", lambda: calls.append("search"))
    monkeypatch.setattr(page, "new_household", lambda: calls.append("new"))
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.current_key() == "households" and calls == ["search"]
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert window.current_key() == "households" and calls == ["search", "new"]


def test_unsaved_household_changes_are_asked_about(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    hid = family(ctx.store, "Rossi", "Maria")
    window = open_window(qtbot, ctx)
    page = window.household_page
    window.open_household(hid)
    answers = [False, True]
    asked: list[bool] = []
    monkeypatch.setattr(page, "has_unsaved_changes", lambda: True)
    monkeypatch.setattr(page, "discard_or_save", lambda: asked.append(True) or answers.pop(0))
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # "stay": still on the household
    assert window.current_key() == "household" and len(asked) == 1
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.current_key() == "persons" and len(asked) == 2

    window.open_household(hid)
    monkeypatch.setattr(page, "discard_or_save", lambda: False)
    window.close()
    assert window.isVisible()  # closing asked, and the answer was "stay"
    monkeypatch.setattr(page, "discard_or_save", lambda: True)
    window.close()
    assert not window.isVisible()


def test_household_closed_returns_to_where_it_was_opened(qtbot: QtBot, ctx: AppContext) -> None:
    hid = family(ctx.store, "Rossi", "Maria")
    window = open_window(qtbot, ctx)
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    window.open_household(hid)
    window.household_page.closed.emit()
    assert window.current_key() == "contexts"


def test_a_custode_laptop_opens_on_its_contexts(qtbot: QtBot, ctx: AppContext) -> None:
    from genera_desktop.services.network.site import set_setting

    with ctx.store.unit_of_work() as uow:
        set_setting(uow.session, "role", "laptop")
        uow.commit()
    window = open_window(qtbot, ctx)
    assert nav_titles(window)[0] == "I miei contesti"
    assert window.current_key() == "my_contexts"


def test_a_point_shows_no_coordination_sections(qtbot: QtBot, ctx: AppContext) -> None:
    from genera_desktop.services.network.site import set_setting

    with ctx.store.unit_of_work() as uow:
        set_setting(uow.session, "role", "point")
        uow.commit()
    window = open_window(qtbot, ctx)
    titles = nav_titles(window)
    assert "Registro accessi" in titles  # an administrator's, at every site
    assert not {"Coordinamento", "Duplicati", "Conflitti"} & set(titles)


def test_only_nine_sections_have_a_number_and_the_help_says_so(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, ctx)
    count = window.nav.count()
    assert count > 9  # an administrator at the coordinator: more sections than numbers
    keys = {a.shortcut().toString() for a in window.actions()}
    assert {f"Ctrl+{n}" for n in range(1, 10)} <= keys
    assert not [k for k in keys if k.startswith("Ctrl+1,")]  # no "Ctrl+10", "Ctrl+11"
    tips = [window.nav.item(n).toolTip() for n in range(window.nav.count())]
    assert tips[8] == "Ctrl+9" and tips[9:] == [""] * (count - 9)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    window.show_shortcuts()
    assert "Ctrl+1 … Ctrl+9" in shown[0] and "Ctrl+5" not in shown[0]
    assert "Ctrl+,  impostazioni" in shown[0]
    assert window.settings_action.shortcut().toString() == "Ctrl+,"


def test_size_and_column_widths_survive_closing_and_reopening(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "genera.ini"), QSettings.Format.IniFormat)
    first = open_window(qtbot, ctx, settings)
    assert (first.width(), first.height()) == (1280, 760)  # nothing remembered yet
    # The offscreen screen is 800 wide: Qt fits a restored window to the screen, so
    # the height is the telling part (the width stays the window's minimum).
    first.resize(960, 650)
    first.show_page("households")
    header = first.households_page.view.horizontalHeader()
    assert header.sectionSize(0) != 237
    header.resizeSection(0, 237)
    first.show_page("persons")  # leaving the page keeps its widths
    first.close()

    second = MainWindow(ctx, lock_ms=0, settings=settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (960, 650)
    assert second.households_page.view.horizontalHeader().sectionSize(0) == 237
    assert second.households_page.view.horizontalHeader().property("genera_remembered")
    second.show()
    second.show_page("households")  # showing and loading the page keeps them
    assert second.households_page.view.horizontalHeader().sectionSize(0) == 237
    second.showMaximized()
    second.close()

    third = MainWindow(ctx, lock_ms=0, settings=settings)
    qtbot.addWidget(third)
    assert third.windowState() & Qt.WindowState.WindowMaximized
    without = MainWindow(ctx, lock_ms=0)  # no settings given: nothing remembered
    qtbot.addWidget(without)
    assert (without.width(), without.height()) == (1280, 760)


def test_a_refitting_list_keeps_the_widths_the_person_chose(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """The persons list fits its columns on every load; not over remembered widths."""
    settings = QSettings(str(tmp_path / "genera.ini"), QSettings.Format.IniFormat)
    first = open_window(qtbot, ctx, settings)
    first.show_page("persons")
    persons: Any = first.pages["persons"]
    header = persons.view.horizontalHeader()
    header.resizeSection(0, 311)
    first.close()

    second = open_window(qtbot, ctx, settings)
    second.show_page("persons")
    again: Any = second.pages["persons"]
    again.refresh()  # a load that used to fit the columns to their contents
    assert again.view.horizontalHeader().sectionSize(0) == 311


def test_a_new_household_opens_on_its_members_and_a_person_on_themselves(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from genera_desktop.services.registry import households
    from genera_desktop.ui.registry.household_dialog import NewHouseholdDialog

    hid = family(ctx.store, "Rossi", "Maria")
    with ctx.store.unit_of_work() as uow:
        son = households.save_person(uow, hid, None, {"first_name": "Luca",
                                                      "last_name": "Rossi",
                                                      "birth_date": "2010-03-01"})
        uow.commit()
    window = open_window(qtbot, ctx)
    page = window.household_page
    window.open_household(hid)
    page.tabs.setCurrentWidget(page.follow_ups)  # the last tab used: Promemoria
    window.open_household(hid)  # from the list it stays where the operator was
    assert page.tabs.currentWidget() is page.follow_ups

    monkeypatch.setattr(NewHouseholdDialog, "ask", classmethod(
        lambda cls, ctx, parent=None: {"point": "MON", "address": "Via Prati 25"}))
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.current_key() == "household" and page.household_id != hid, timeout=20_000)
    assert page.tabs.currentWidget() is page.members

    page.tabs.setCurrentWidget(page.follow_ups)
    persons = window.pages["persons"]
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(lambda: persons.model.rowCount() == 2, timeout=20_000)
    row = next(n for n in range(2) if persons.model.row_at(persons.model.index(n, 0)).id == son)
    persons.view.setCurrentIndex(persons.model.index(row, 0))
    qtbot.keyClick(persons.view, Qt.Key.Key_Return)
    assert window.current_key() == "household" and page.household_id == hid
    assert page.tabs.currentWidget() is page.members
    assert page.members.current() is not None and page.members.current()["id"] == son


def test_f1_lists_the_shortcuts_of_the_household_page(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, ctx)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: shown.append(text))
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert shown == [window.shortcuts_text()]
    lines = shown[0].splitlines()
    assert any(line.startswith("Ins  aggiunge") and "componente" in line for line in lines)
    assert any(line.startswith("Canc  ") for line in lines)
    assert any(line.startswith("Ctrl+D  ") for line in lines)
