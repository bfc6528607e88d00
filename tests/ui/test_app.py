"""Start-up: the data folder from the command line, the log file, Italian; a session
that a restore sends back to the login."""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from genera_desktop import __main__ as entry
from genera_desktop import app
from genera_desktop.paths import resources_dir
from genera_desktop.services import backup, records
from genera_desktop.store.store import Store
from genera_desktop.ui.main_window import MainWindow
from genera_desktop.ui.session.login import LoginDialog
from genera_desktop.ui.session.settings import BackupsTab, RestoreRequest, SettingsDialog
from tests.conftest import ADMIN, PASSWORD
from tests.ui.helpers import family


def test_main_takes_the_data_dir_and_leaves_qt_options_to_qt(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[tuple[Path, list[str]]] = []
    monkeypatch.setattr(app, "run", lambda data_dir, argv: seen.append((data_dir, argv)) or 0)
    assert entry.main(["--data-dir", str(tmp_path / "s"), "-style", "fusion"]) == 0
    assert seen[0][0] == tmp_path / "s" and seen[0][1][1:] == ["-style", "fusion"]
    monkeypatch.setenv("GENERA_DATA_DIR", str(tmp_path / "env"))
    entry.main([])
    assert seen[1][0] == tmp_path / "env"


def test_log_file_in_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app, "qInstallMessageHandler", lambda handler: None)
    root = logging.getLogger()
    before = list(root.handlers), root.level
    try:
        path = app.setup_logging(tmp_path)
        logging.getLogger("genera").info("hello")
    finally:
        for handler in root.handlers[:]:
            if handler not in before[0]:
                handler.close()
                root.removeHandler(handler)
        root.setLevel(before[1])
    assert path == tmp_path / "logs" / "genera.log"
    assert "hello" in path.read_text("utf-8")


def test_application_is_italian_with_the_style_sheet(qapp: QApplication) -> None:
    saved = (QLocale(), qapp.styleSheet(), qapp.palette(), qapp.font(), qapp.style().name())
    try:
        from genera_desktop.ui import input_guard

        guard = input_guard._installed.pop(id(qapp))  # as a fresh start has none
        qapp.removeEventFilter(guard)
        application = app.make_application([])
        assert input_guard.installed(application)  # the wheel rule, for every form
        assert QLocale().language() == QLocale.Language.Italian
        assert "navigation" in application.styleSheet()
        assert application.applicationName() == "genera"
    finally:  # the other tests run with Qt's defaults
        QLocale.setDefault(saved[0])
        qapp.setStyleSheet(saved[1])
        qapp.setPalette(saved[2])
        qapp.setFont(saved[3])
        qapp.setStyle(saved[4])
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)


def test_a_larger_system_font_makes_the_style_sheet_larger(qapp: QApplication) -> None:
    """Titles and lists keep their proportion to a system font chosen larger."""
    saved = (qapp.styleSheet(), qapp.palette(), qapp.font(), qapp.style().name())
    try:
        big = QFont(qapp.font())
        big.setPointSizeF(21)  # twice the base size the style sheet is written for
        qapp.setFont(big)
        app.apply_style(qapp)
        sizes = [float(s) for s in re.findall(r"font-size:\s*([\d.]+)pt", qapp.styleSheet())]
        written = [float(s) for s in re.findall(
            r"font-size:\s*([\d.]+)pt",
            (resources_dir() / "styles" / "genera.qss").read_text("utf-8"))]
        assert sizes == [2 * s for s in written] and written
        assert app.scaled_font_sizes("a { font-size: 11pt; }", 1.0) == "a { font-size: 11pt; }"
    finally:
        qapp.setStyleSheet(saved[0])
        qapp.setPalette(saved[1])
        qapp.setFont(saved[2])
        qapp.setStyle(saved[3])


# -- a session: restore goes back to the login ----------------------------------------


def last_names(store: Store) -> set[str]:
    with store.unit_of_work() as uow:
        return {p["last_name"] for p in records.list_records(uow, "person")}


def main_window(qapp: QApplication) -> MainWindow:
    shown = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert len(shown) == 1
    return shown[0]


def test_a_restore_closes_the_store_and_the_login_opens_the_restored_one(
    qapp: QApplication, coordinator: Store, sync_tasks: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    family(coordinator, "Rossi", "Maria")
    made = backup.auto_backup(coordinator)
    assert made is not None
    family(coordinator, "Bianchi", "Luca")  # written after the backup
    # A later copy the same day: the rotation at the next close would drop the first
    # one, the very copy chosen below.
    backup.make_backup(coordinator, backup.new_backup_path(made.parent))
    data_dir = coordinator.data_dir
    coordinator.close()

    monkeypatch.setenv("GENERA_SETTINGS_FILE", str(tmp_path / "genera.ini"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app, "setup_logging", lambda data_dir: data_dir)
    monkeypatch.setattr(app, "make_application", lambda argv: qapp)
    told: list[str] = []
    monkeypatch.setattr(app, "tell", lambda title, text, warning=False: told.append(text))
    monkeypatch.setattr(BackupsTab, "ask_restore_password", lambda self, info: PASSWORD)

    def restore_the_backup() -> None:
        window = main_window(qapp)

        def in_dialog() -> None:
            dialog = qapp.activeModalWidget()
            assert isinstance(dialog, SettingsDialog)
            files = dialog.backups.files
            assert [f.path for f in files][1] == made and files[1].kind == "extra"
            dialog.backups.table.selectRow(1)
            dialog.backups.restore_button.click()

        QTimer.singleShot(0, in_dialog)
        window.settings_action.trigger()

    seen: list[set[str]] = []

    def login(folder: Path, parent: object = None) -> Store | None:
        assert folder == data_dir
        if len(seen) == 2:
            return None
        store = Store.open(folder, ADMIN, PASSWORD)
        seen.append(last_names(store))
        if len(seen) == 1:
            QTimer.singleShot(0, restore_the_backup)
        else:
            QTimer.singleShot(0, lambda: main_window(qapp).close())
        return store

    monkeypatch.setattr(LoginDialog, "ask", staticmethod(login))
    # Never hang the suite, but stop the watchdog once the run is over: left ticking, its
    # exit() would fire in a later test and make every wait there return at once.
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: qapp.exit(3))
    watchdog.start(120_000)
    try:
        assert app.run(data_dir, []) == 0
    finally:
        watchdog.stop()
    assert seen == [{"Rossi", "Bianchi"}, {"Rossi"}]
    assert len(told) == 1 and "ripristinato dalla copia" in told[0]
    assert [p.name.startswith("replaced-") for p in data_dir.iterdir() if p.is_dir()].count(True) == 1


def test_a_failed_restore_leaves_the_store_as_it_was(
    coordinator: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = backup.auto_backup(coordinator)
    assert made is not None
    family(coordinator, "Bianchi", "Luca")
    data_dir = coordinator.data_dir
    coordinator.close()
    told: list[tuple[str, bool]] = []
    monkeypatch.setattr(app, "tell", lambda title, text, warning=False: told.append((text, warning)))
    request = RestoreRequest(made, ADMIN, "non-la-password")
    assert not app.restore_now(data_dir, request)
    assert told[0][1] and "l'archivio è rimasto com'era" in told[0][0]
    assert "Nome utente o password errati" in told[0][0]
    store = Store.open(data_dir, ADMIN, PASSWORD)
    try:
        assert last_names(store) == {"Bianchi"}
    finally:
        store.close()
