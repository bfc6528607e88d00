"""Bootstrap of the desktop app: Qt application, language, style, logging, then
setup or login, then the main window (a Session); after a restore, the login again."""

from __future__ import annotations

import logging
import os
import re
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory

from genera_desktop import __version__
from genera_desktop.domain.errors import GeneraError
from genera_desktop.paths import APP_AUTHOR, APP_NAME, resources_dir
from genera_desktop.ui import input_guard
from genera_desktop.ui.preferences import resolve_language, ui_language, user_settings
from genera_desktop.ui.qtfix import guard_emit_refcount

if TYPE_CHECKING:
    from genera_desktop.store.store import Store
    from genera_desktop.ui.main_window import MainWindow
    from genera_desktop.ui.session.settings import RestoreRequest

log = logging.getLogger("genera")

LOG_FILE = "genera.log"

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
    input_guard.install(app)  # the wheel and Space in choice fields, for every form
    apply_language(app, ui_language())
    apply_style(app)
    return app


def apply_language(app: QApplication, language: str) -> None:
    """Switch the running app to ``language``: locale and translators. Widgets built
    afterwards speak it; the main window is rebuilt for the rest (see Session)."""
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    install_translators(app, language)


# Strings of Qt's file dialog that qtbase_it.qm leaves in English: Qt 6 gave them an
# accelerator, and the Italian catalog has only the old «Look in:» and «Files of type:».
QT_GAPS = {
    "it": {
        ("QFileDialog", "&Look in:"): "&Cerca in:",
        ("QFileDialog", "Files of &type:"): "File di &tipo:",
    },
}


class QtGapsTranslator(QTranslator):
    """A few of Qt's own strings its catalog lacks (``QT_GAPS``); None for the rest,
    so the other translators answer them."""

    def __init__(self, texts: dict[tuple[str, str], str], parent: QApplication) -> None:
        super().__init__(parent)
        self.texts = texts

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return self.texts.get((str(context), str(source)))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


def qt_translations_folders() -> list[str]:
    """Where Qt's own .qm files are: Qt's answer, then PySide6's folder (a frozen build
    or an odd installation may answer a folder without them)."""
    import PySide6

    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).parent / "Qt" / "translations")]


def install_translators(app: QApplication, language: str) -> None:
    """Qt's own strings in the language (qtbase_xx.qm, shipped with PySide6, and its
    gaps); ours from resources/translations when not Italian (the source language)."""
    gaps = QT_GAPS.get(language)
    if gaps:
        app.installTranslator(QtGapsTranslator(gaps, app))
    qt = QTranslator(app)
    if any(qt.load(f"qtbase_{language}", folder) for folder in qt_translations_folders()):
        app.installTranslator(qt)
    else:
        log.info("Qt's own %s translation not found: its dialogs stay in English", language)
    if language != "it":
        ours = QTranslator(app)
        if ours.load(f"genera_{language}", str(resources_dir() / "translations")):
            app.installTranslator(ours)


# The point size genera.qss is written for; the app's font is at least this.
STYLE_BASE_PT = 10.5


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
    font.setPointSizeF(max(font.pointSizeF(), STYLE_BASE_PT))
    app.setFont(font)
    qss = resources_dir() / "styles" / "genera.qss"
    if qss.is_file():
        # The style sheet's sizes are written for the base size: a larger system font
        # (an operator who needs bigger text) makes titles and lists larger too.
        app.setStyleSheet(scaled_font_sizes(qss.read_text("utf-8"),
                                            font.pointSizeF() / STYLE_BASE_PT))


def scaled_font_sizes(qss: str, factor: float) -> str:
    """Every ``font-size: N pt`` of a style sheet times ``factor`` (to a tenth)."""
    if abs(factor - 1) < 0.01:
        return qss
    return re.sub(r"font-size:\s*([\d.]+)pt",
                  lambda m: f"font-size: {round(float(m.group(1)) * factor, 1)}pt", qss)


def _backup_on_close(store: Any) -> None:
    """The daily encrypted backup (7 daily, 4 weekly kept); never blocks the close."""
    from genera_desktop.services.backup import auto_backup

    try:
        auto_backup(store)
    except Exception as exc:  # a failed backup must not stop the close; it is logged
        log.error("automatic backup failed: %s", type(exc).__name__)


class Session:
    """One login's life: the open store and its main window.

    A language change rebuilds the window in place on the same store (same size, place
    and section); a restore closes the window, and :func:`run` then closes the store,
    restores and goes back to the login on the restored store.
    """

    def __init__(self, store: Store, *, lock_ms: int | None = None) -> None:
        from genera_desktop.ui.context import AppContext

        self.store = store
        self.ctx = AppContext(store)
        self.lock_ms = lock_ms
        self.window: MainWindow | None = None
        self.restore_request: RestoreRequest | None = None

    def open_window(self, previous: MainWindow | None = None) -> MainWindow:
        from genera_desktop.ui.main_window import MainWindow

        window = MainWindow(self.ctx, lock_ms=self.lock_ms, settings=user_settings())
        window.hosted = True
        window.language_chosen.connect(self.change_language)
        window.restore_requested.connect(self.request_restore)
        if previous is not None:
            window.take_view_from(previous)
        window.show()
        self.window = window
        return window

    def change_language(self, choice: str) -> None:
        """Show ``choice`` at once: new translators, then a new window in its place."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_language(app, resolve_language(choice))
        old = self.window
        if old is None:
            return
        old.save_layout()  # the new window reads the column widths back
        new = self.open_window(previous=old)
        old.retire()
        new.statusBar().showMessage(QCoreApplication.translate("app", "Lingua cambiata."), 5_000)
        log.info("language changed")

    def request_restore(self, request: RestoreRequest) -> None:
        """Close the window (asking about unsaved work as always); once it is closed the
        event loop ends and :func:`run` restores."""
        self.restore_request = request
        if self.window is not None and not self.window.close():
            self.restore_request = None
            return
        # Closing the last window ends the loop; a window of its own (a print preview)
        # must not keep it going with the store about to be replaced.
        QCoreApplication.exit(0)

    def finish(self) -> None:
        """The end of the session: background work stopped, the day's backup, store closed."""
        from genera_desktop.ui.common import tasks

        tasks.shutdown()
        if self.restore_request is None:
            # Not before a restore: the rotation could delete the very backup chosen,
            # and the replaced store is kept aside whole anyway.
            _backup_on_close(self.store)
        self.store.close()


def tell(title: str, text: str, *, warning: bool = False) -> None:
    """A message with no window left to belong to (tests replace this)."""
    if warning:
        QMessageBox.warning(None, title, text)
    else:
        QMessageBox.information(None, title, text)


def restore_now(data_dir: Path, request: RestoreRequest) -> bool:
    """Restore the closed store in ``data_dir`` from a backup and say how it went; the
    store is either wholly replaced (the old one kept aside) or left as it was."""
    from genera_desktop.services.backup import restore_backup
    from genera_desktop.ui.common.rows import format_moment
    from genera_desktop.ui.messages import error_text

    title = QCoreApplication.translate("app", "Ripristino da copia")
    try:
        result = restore_backup(data_dir, request.path, request.username, request.password)
    except Exception as err:  # noqa: BLE001 - whatever it was, the store is unchanged
        expected = isinstance(err, GeneraError | OSError)  # a refusal, a full disk
        log.log(logging.INFO if expected else logging.ERROR, "restore failed: %s",
                type(err).__name__)
        tell(title, QCoreApplication.translate(
            "app", "Il ripristino non è riuscito e l'archivio è rimasto com'era.\n{reason}"
        ).format(reason=error_text(err)), warning=True)
        return False
    log.info("store restored from a backup")
    kept = result.replaced.name if result.replaced is not None else ""
    tell(title, QCoreApplication.translate(
        "app",
        "L'archivio è stato ripristinato dalla copia del {date}.\n"
        "L'archivio sostituito è conservato nella cartella dei dati, in «{folder}».\n"
        "Accedete di nuovo per continuare.",
    ).format(date=format_moment(result.info.created_at), folder=kept))
    return True


def run(data_dir: Path, argv: list[str]) -> int:
    """Start the app on ``data_dir``: setup the first time, login after; the exit code.

    The login comes back after a restore, on the restored store."""
    setup_logging(data_dir)
    app = make_application(argv)
    sys.excepthook = _excepthook
    log.info("genera %s starting", __version__)
    if os.environ.get("GENERA_QUIT_AFTER_START") == "1":
        # `make dist-check`: leave as soon as the first window (login or setup) runs.
        QTimer.singleShot(0, lambda: app.exit(0))  # exit() ends the dialog's loop too

    from genera_desktop.store.store import store_exists
    from genera_desktop.ui.session.login import LoginDialog
    from genera_desktop.ui.session.setup import SetupWizard

    while True:
        store = LoginDialog.ask(data_dir) if store_exists(data_dir) else SetupWizard.ask(data_dir)
        if store is None:
            log.info("no login: quitting")
            return 0
        log.info("logged in")
        session = Session(store)
        session.open_window()
        try:
            code = app.exec()
        finally:
            session.finish()
            log.info("closed")
        if session.restore_request is None:
            return code
        restore_now(data_dir, session.restore_request)
