"""Bootstrap of the desktop app: Qt application, language, style, logging, then
setup or login, then the main window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QSettings,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory

from genera_desktop import __version__
from genera_desktop.paths import APP_AUTHOR, APP_NAME, resources_dir
from genera_desktop.ui.qtfix import guard_emit_refcount

log = logging.getLogger("genera")

LOG_FILE = "genera.log"

# The language setting: "it", "en", or "system" (English on an English desktop,
# Italian otherwise: Italian is the source and what the project's staff read).
LANGUAGE_KEY = "language"
LANGUAGES = ("it", "en")


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Log to ``logs/genera.log`` in the data folder (rotated; never personal data:
    messages name actions, kinds and error types, not people or values)."""
    folder = data_dir / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    qInstallMessageHandler(_qt_message)
    return path


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def _excepthook(kind: type[BaseException], err: BaseException, tb: TracebackType | None) -> None:
    # The type and frames only: an exception's message may quote a person's data.
    frames = "".join(traceback.format_tb(tb))
    log.error("unhandled %s\n%s", kind.__name__, frames)
    app = QApplication.instance()
    if app is not None:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Errore imprevisto"),
            QCoreApplication.translate(
                "app",
                "Si è verificato un errore imprevisto. Il lavoro "
                "già salvato è al sicuro; se si ripete, rivolgersi "
                "all'assistenza indicando l'ora.",
            ),
        )


def make_application(argv: list[str]) -> QApplication:
    """The QApplication, in the chosen language, with genera's calm light look."""
    guard_emit_refcount()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationDisplayName("genera")
    app.setApplicationVersion(__version__)
    language = ui_language()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    install_translators(app, language)
    apply_style(app)
    return app


def _settings() -> QSettings:
    return QSettings(APP_AUTHOR, APP_NAME)


def language_setting() -> str:
    """The stored choice: "it", "en" or "system" (the default)."""
    value = str(_settings().value(LANGUAGE_KEY, "system"))
    return value if value in LANGUAGES else "system"


def save_language_setting(value: str) -> None:
    """Store the choice; it applies at the next start."""
    _settings().setValue(LANGUAGE_KEY, value if value in LANGUAGES else "system")


def ui_language() -> str:
    """The language to show: $GENERA_LANG (tests, dist-check), else the setting, else
    the system's: English if the desktop is English, Italian for anything else."""
    chosen = os.environ.get("GENERA_LANG") or language_setting()
    if chosen in LANGUAGES:
        return chosen
    return "en" if QLocale.system().language() == QLocale.Language.English else "it"


def install_translators(app: QApplication, language: str) -> None:
    """Qt's own strings in the language; ours from resources/translations when not
    Italian (the source language)."""
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    if language != "it":
        ours = QTranslator(app)
        if ours.load(f"genera_{language}", str(resources_dir() / "translations")):
            app.installTranslator(ours)


def apply_style(app: QApplication) -> None:
    """Fusion with a fixed light palette (a dark desktop theme must not half-apply),
    then resources/styles/genera.qss."""
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#f4f5f7"),
        (QPalette.ColorRole.WindowText, "#1f2933"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.AlternateBase, "#f7f8fa"),
        (QPalette.ColorRole.Text, "#1f2933"),
        (QPalette.ColorRole.Button, "#eef0f3"),
        (QPalette.ColorRole.ButtonText, "#1f2933"),
        (QPalette.ColorRole.Highlight, "#2f6fb3"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.ToolTipBase, "#ffffff"),
        (QPalette.ColorRole.ToolTipText, "#1f2933"),
        (QPalette.ColorRole.PlaceholderText, "#8a8f98"),
        (QPalette.ColorRole.Link, "#2f6fb3"),
    ):
        palette.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa1ab"))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    qss = resources_dir() / "styles" / "genera.qss"
    if qss.is_file():
        app.setStyleSheet(qss.read_text("utf-8"))


def _backup_on_close(store: Any) -> None:
    """The daily encrypted backup (7 daily, 4 weekly kept); never blocks the close."""
    from genera_desktop.services.backup import auto_backup

    try:
        auto_backup(store)
    except Exception as exc:  # a failed backup must not stop the close; it is logged
        log.error("automatic backup failed: %s", type(exc).__name__)


def run(data_dir: Path, argv: list[str]) -> int:
    """Start the app on ``data_dir``: setup the first time, login after; the exit code."""
    setup_logging(data_dir)
    app = make_application(argv)
    sys.excepthook = _excepthook
    log.info("genera %s starting", __version__)
    if os.environ.get("GENERA_QUIT_AFTER_START") == "1":
        # `make dist-check`: leave as soon as the first window (login or setup) runs.
        QTimer.singleShot(0, lambda: app.exit(0))  # exit() ends the dialog's loop too

    from genera_desktop.store.store import store_exists
    from genera_desktop.ui import tasks
    from genera_desktop.ui.context import AppContext
    from genera_desktop.ui.dialogs.login import LoginDialog
    from genera_desktop.ui.dialogs.setup import SetupWizard
    from genera_desktop.ui.main_window import MainWindow

    store = LoginDialog.ask(data_dir) if store_exists(data_dir) else SetupWizard.ask(data_dir)
    if store is None:
        log.info("no login: quitting")
        return 0
    log.info("logged in")
    window = MainWindow(AppContext(store))
    window.show()
    try:
        return app.exec()
    finally:
        tasks.shutdown()
        _backup_on_close(store)
        store.close()
        log.info("closed")
