"""Fixtures of the widget tests: a logged-in AppContext on a real coordinator store,
synchronous background tasks on request, and no stray WARNING log (qutebrowser's
logfail, small: pytest-qt already fails a test on a Qt warning)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from genera_desktop.store.store import Store
from genera_desktop.ui.common import tasks
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.qtfix import guard_emit_refcount

# PySide6 6.12.0 drops a reference to True on every emit (see ui/qtfix.py): without
# this, a long test session aborts with "Fatal Python error: bool_dealloc".
guard_emit_refcount()


# The offscreen platform plugin itself warns when a window is shown; not ours to fix.
PLATFORM_NOISE = (r"This plugin does not support propagateSizeHints\(\)",)
# How long a test's teardown waits for the worker: costs nothing when it is idle early,
# and a busy CI machine may need far more than the work takes on a quiet one.
WORKER_IDLE_MS = 60_000


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid:
            item.add_marker(pytest.mark.qt_log_ignore(*PLATFORM_NOISE))


class LogFailHandler(logging.Handler):
    """Collects WARNING-or-worse records nobody said to expect."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.unexpected: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        # caplog.at_level(level, logger) at the record's level: the test expects it.
        if (
            logging.getLogger(record.name).level == record.levelno
            or logging.getLogger().level == record.levelno
        ):
            return
        self.unexpected.append(record)


@pytest.fixture(autouse=True)
def fail_on_logged_warnings() -> Iterator[None]:
    handler = LogFailHandler()
    root = logging.getLogger()
    root.addHandler(handler)
    yield
    root.removeHandler(handler)
    if handler.unexpected:
        lines = [f"{r.name} {r.levelname}: {r.getMessage()}" for r in handler.unexpected]
        pytest.fail("unexpected log records:\n" + "\n".join(lines))


@pytest.fixture(autouse=True)
def input_guard(qapp: QApplication) -> None:
    """The wheel and Space in choice fields as the app has them (app.make_application)."""
    from genera_desktop.ui import input_guard as guard

    guard.install(qapp)


@pytest.fixture(autouse=True)
def typing_never_times_out(qapp: QApplication) -> Iterator[None]:
    """Letters typed into a list (the sections by name: "Lavoro") make one search only
    while each follows the last within the keyboard input interval, 400 ms. Each letter
    moves the current section, and on a loaded machine showing it can take longer: the
    next letter then starts a search of its own ("a" finds «Agenda»). A user types the
    word in a second; the tests give it ten."""
    interval = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(10_000)
    yield
    QApplication.setKeyboardInputInterval(interval)


@pytest.fixture(autouse=True)
def idle_worker(qapp: object) -> Iterator[None]:
    """No test leaves work running into the next one, nor an outcome still to be
    delivered there (a late callback on a page of the test before, on its closed store)."""
    yield
    assert tasks.shutdown(WORKER_IDLE_MS), "the worker was still busy after the test"


@pytest.fixture(autouse=True)
def application_not_exiting(qapp: object) -> Iterator[None]:
    """No test leaves the application exiting. After ``QCoreApplication.exit()`` outside
    ``exec()`` (a watchdog timer left running, say), every ``QEventLoop.exec()`` returns at
    once: each later ``qtbot.wait``/``waitUntil`` spins without delivering an event and
    times out, tests far away fail, and the culprit is never named. Named here."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    yield
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    if loop.exec() == -1:  # refused to run: an exit is pending
        QTimer.singleShot(0, QCoreApplication.quit)
        QCoreApplication.exec()  # the application's own loop clears the pending exit
        pytest.fail("the test left QCoreApplication exiting (exit() called outside exec())")


@pytest.fixture(autouse=True)
def quit_while_busy_says_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-qt closes every window after a test: a modal question about background
    work still running (a page refreshing itself) would wait forever offscreen."""
    from genera_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "confirm_quit_while_busy", lambda self: True)


@pytest.fixture(autouse=True)
def no_health_consent_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """Offscreen, the modal question would wait forever: a test that expects it says so
    by replacing ``HealthConsentDialog.ask`` itself."""
    from genera_desktop.ui.registry.health_consent import HealthConsentDialog

    def unexpected(cls: type, parent: object = None) -> bool:
        pytest.fail("unexpected question about the health-data consent")

    monkeypatch.setattr(HealthConsentDialog, "ask", classmethod(unexpected))


@pytest.fixture
def sync_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run background tasks inline (Picard's synchronous pool)."""
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)


@pytest.fixture
def coordinator(coordinator: Store) -> Iterator[Store]:
    """The shared coordinator store, closed only once no page's background work (the
    dashboard computing on show) still reads it: a closed SQLCipher connection under a
    running query crashes the process."""
    yield coordinator
    assert tasks.shutdown(WORKER_IDLE_MS), "the worker was still busy after the test"


@pytest.fixture
def ctx(coordinator: Store) -> AppContext:
    """Logged in as the coordinator's administrator."""
    return AppContext(coordinator)


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    """This PC's preferences (language, window, columns) in a file of the test's own:
    a test never reads or writes the real user's settings."""
    path = tmp_path_factory.mktemp("settings") / "genera.conf"
    monkeypatch.setenv("GENERA_SETTINGS_FILE", str(path))


@pytest.fixture
def app_style(qapp: QApplication) -> Iterator[None]:
    """The app's own look (Fusion, palette, font, genera.qss) for a test that measures
    text against the room it gets; Qt's defaults again afterwards."""
    from genera_desktop import app

    saved = (qapp.styleSheet(), qapp.palette(), qapp.font(), qapp.style().name())
    app.apply_style(qapp)
    yield
    qapp.setStyleSheet(saved[0])
    qapp.setPalette(saved[1])
    qapp.setFont(saved[2])
    qapp.setStyle(saved[3])
