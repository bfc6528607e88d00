"""File › Impostazioni: the backups of the data folder, making one, saving one elsewhere,
refusing a damaged one; switching language at once; the lock's minutes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from genera_desktop import app
from genera_desktop.services import accounts, backup
from genera_desktop.store.store import Store
from genera_desktop.ui import preferences
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.main_window import MainWindow
from genera_desktop.ui.session.lock import lock_timeout_ms
from genera_desktop.ui.session.settings import BackupsTab, SettingsDialog
from tests.conftest import PASSWORD
from tests.ui.helpers import family


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Preferences of the test's own, never the user's."""
    monkeypatch.setenv("GENERA_SETTINGS_FILE", str(tmp_path / "genera.ini"))


def open_dialog(qtbot: QtBot, ctx: AppContext, **kwargs: object) -> SettingsDialog:
    dialog = SettingsDialog(ctx, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def listed(tab: BackupsTab) -> list[tuple[str, ...]]:
    table = tab.table
    return [
        tuple(table.item(row, column).text()  # type: ignore[union-attr]
              for column in range(table.columnCount()))
        for row in range(table.rowCount())
    ]


def household_names(store: Store) -> set[str]:
    from genera_desktop.services import records

    with store.unit_of_work() as uow:
        persons = records.list_records(uow, "person")
    return {p["last_name"] for p in persons}


def test_the_list_shows_the_backups_and_a_new_one_is_added(
    qtbot: QtBot, ctx: AppContext, sync_tasks: None
) -> None:
    made = backup.auto_backup(ctx.store)
    assert made is not None
    dialog = open_dialog(qtbot, ctx)
    tab = dialog.backups
    rows = listed(tab)
    assert len(rows) == 1 and rows[0][1] == "giornaliera"
    # The date the Italian way, the year in full, on this computer's clock.
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", rows[0][0]), rows[0][0]
    assert rows[0][2].endswith("kB") or rows[0][2].endswith("MB")
    assert tab.table.item(0, 0).toolTip() == made.name  # type: ignore[union-attr]
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    assert len(listed(tab)) == 2
    assert "Copia fatta" in tab.message.text()
    newest = tab.files[0].path
    assert newest != made and backup.verify_backup(newest).site_id == ctx.store.site_id


def test_a_copy_is_made_on_the_worker_with_the_buttons_off_meanwhile(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = open_dialog(qtbot, ctx)
    tab = dialog.backups
    assert listed(tab) == [] and tab.create_button.isEnabled()
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    assert not tab.create_button.isEnabled() and not tab.restore_file_button.isEnabled()
    dialog.reject()  # not while the copy is being written
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: len(listed(tab)) == 1, timeout=30_000)
    assert tab.create_button.isEnabled() and tab.restore_button.isEnabled()


def test_save_a_copy_in_a_chosen_file(
    qtbot: QtBot, ctx: AppContext, sync_tasks: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "chiavetta" / "copia.genera-backup"
    dialog = open_dialog(qtbot, ctx)
    monkeypatch.setattr(dialog.backups, "ask_save_path", lambda: target)
    qtbot.mouseClick(dialog.backups.save_button, Qt.MouseButton.LeftButton)
    assert backup.verify_backup(target).site_id == ctx.store.site_id
    assert str(target) in dialog.backups.message.text()


def test_a_damaged_backup_is_refused_in_italian_and_nothing_changes(
    qtbot: QtBot, ctx: AppContext, sync_tasks: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    family(ctx.store, "Rossi", "Maria")
    good = tmp_path / "buona.genera-backup"
    backup.make_backup(ctx.store, good)
    damaged = tmp_path / "rovinata.genera-backup"
    data = bytearray(good.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(64)  # a few sectors of a dying USB stick
    damaged.write_bytes(bytes(data))
    before = sorted(p.name for p in ctx.store.data_dir.iterdir())
    dialog = open_dialog(qtbot, ctx)
    told: list[str] = []
    monkeypatch.setattr(dialog, "show_refusal", told.append)
    monkeypatch.setattr(dialog.backups, "ask_backup_file", lambda: damaged)
    asked: list[object] = []
    monkeypatch.setattr(dialog.backups, "ask_restore_password", asked.append)
    qtbot.mouseClick(dialog.backups.restore_file_button, Qt.MouseButton.LeftButton)
    assert told == [
        "La copia è danneggiata, incompleta o è stata modificata: non è stato "
        "ripristinato nulla."
    ]
    assert dialog.backups.message.text() == told[0]
    assert asked == []  # refused before any question
    assert dialog.restore_request is None and dialog.isVisible()
    assert sorted(p.name for p in ctx.store.data_dir.iterdir()) == before
    assert household_names(ctx.store) == {"Rossi"}

    not_ours = tmp_path / "foto.genera-backup"
    not_ours.write_bytes(b"\xff\xd8\xff\xe0 una fotografia")
    dialog.backups.restore(not_ours)
    assert told[-1] == "Questo file non è una copia di sicurezza di genera."


def test_a_wrong_password_leaves_the_store_alone(
    qtbot: QtBot, ctx: AppContext, sync_tasks: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup.auto_backup(ctx.store)
    dialog = open_dialog(qtbot, ctx)
    told: list[str] = []
    monkeypatch.setattr(dialog, "show_refusal", told.append)
    monkeypatch.setattr(dialog.backups, "ask_restore_password", lambda info: "sbagliata-9")
    qtbot.mouseClick(dialog.backups.restore_button, Qt.MouseButton.LeftButton)
    assert told and "La password non apre questa copia" in told[0]
    assert dialog.restore_request is None


def test_restore_is_for_administrators_only(
    qtbot: QtBot, coordinator: Store
) -> None:
    backup.auto_backup(coordinator)
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "luca", "password-di-luca")
        accounts.commit_accounts(uow)
    store = Store.open(coordinator.data_dir, "luca", "password-di-luca")
    try:
        dialog = open_dialog(qtbot, AppContext(store))
        tab = dialog.backups
        assert len(listed(tab)) == 1
        assert tab.create_button.isEnabled()
        assert not tab.restore_button.isEnabled() and not tab.restore_file_button.isEnabled()
        notes = [label.text() for label in tab.findChildren(type(tab.message))]
        assert any("Solo un amministratore può ripristinare" in n for n in notes)
        assert not dialog.session.minutes.isEnabled()
        dialog.close()
    finally:
        store.close()


def test_the_restore_confirmation_says_what_will_happen(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from genera_desktop.ui.session.settings import RestoreConfirmDialog

    made = backup.auto_backup(ctx.store)
    assert made is not None
    dialog = RestoreConfirmDialog(backup.verify_backup(made), "anna")
    qtbot.addWidget(dialog)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "sostituirà l'intero archivio" in words
    assert "resta conservato a parte" in words
    assert "accedere di nuovo" in words and "password di anna" in words
    dialog.ok_button.click()  # no password yet: nothing happens
    assert dialog.result() == 0
    assert not dialog.ok_button.isDefault()  # Enter alone never replaces the archive
    dialog.password.setText(PASSWORD)
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


# -- session ---------------------------------------------------------------------------


def test_an_administrator_sets_the_lock_minutes(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, lock_ms=0)
    qtbot.addWidget(window)
    dialog = open_dialog(qtbot, ctx, lock=window.lock, tab="session")
    assert dialog.tabs.currentWidget() is dialog.session
    assert dialog.session.minutes.value() == 10
    dialog.session.minutes.setValue(3)
    qtbot.mouseClick(dialog.session.save_button, Qt.MouseButton.LeftButton)
    assert lock_timeout_ms(ctx.store) == 3 * 60_000
    assert window.lock.timeout_ms == 3 * 60_000
    assert "3 minuti" in dialog.session.message.text()
    window.lock.set_timeout_ms(0)


# -- language --------------------------------------------------------------------------


@pytest.fixture
def back_to_italian(qapp: QApplication) -> Iterator[None]:
    saved = QLocale()
    yield
    QLocale.setDefault(saved)
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()


@pytest.fixture
def session(qtbot: QtBot, ctx: AppContext) -> Iterator[app.Session]:
    hosted = app.Session(ctx.store, lock_ms=0)
    yield hosted
    window = hosted.window
    if window is not None and shiboken6.isValid(window):
        window.close()


def in_the_dialog(action: object) -> None:
    """Run ``action(dialog)`` once the settings dialog's own loop runs."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        try:
            action(dialog)  # type: ignore[operator]
        except BaseException:
            dialog.reject()  # end its loop: the test fails instead of hanging
            raise

    QTimer.singleShot(0, run)


def test_english_applies_at_once_on_the_same_section(
    qtbot: QtBot, session: app.Session, back_to_italian: None
) -> None:
    old = session.open_window()
    old.resize(1111, 700)
    old.show_page("persons")
    assert old.nav.currentItem().text() == "Persone"

    def choose_english(dialog: SettingsDialog) -> None:
        dialog.tabs.setCurrentWidget(dialog.language)
        dialog.language.choose("en")
        qtbot.mouseClick(dialog.language.apply_button, Qt.MouseButton.LeftButton)

    in_the_dialog(choose_english)
    old.settings_action.trigger()
    new = session.window
    assert new is not None and new is not old
    qtbot.waitUntil(lambda: not shiboken6.isValid(old), timeout=20_000)
    titles = [new.nav.item(n).text() for n in range(new.nav.count())]
    assert "Households" in titles and "People" in titles and "Nuclei familiari" not in titles
    assert [a.text() for a in new.menuBar().actions()][-1] == "&Help"
    assert new.current_key() == "persons" and new.nav.currentItem().text() == "People"
    assert (new.width(), new.height()) == (1111, 700)
    assert new.isVisible() and preferences.language_setting() == "en"

    new.choose_language("it")  # Aiuto › Lingua works the same way
    italian = session.window
    assert italian is not None and italian is not new
    assert "Nuclei familiari" in [italian.nav.item(n).text() for n in range(italian.nav.count())]
    assert preferences.language_setting() == "it"
