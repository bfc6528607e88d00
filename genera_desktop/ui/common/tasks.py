"""Background work: run ``fn(progress)`` off the GUI thread, report back on it.

``run_task`` is the one way the UI runs long work (import, demo data, setup). The
function runs on a QThreadPool worker with one thread, so database work is serialised
(Anki's way); it opens its own unit of work there and never touches widgets. It is
handed a ``progress(done, total, text)`` callback that returns True to go on and False
once the person pressed "Annulla" (the convention of the services, e.g.
``importer.import_file``): the function then stops, rolls back and raises
``domain.errors.Cancelled`` (or just returns). Results, failures and progress reach the
GUI thread through queued signals. A progress dialog appears only if the work is still
running after ``SHOW_AFTER_MS``.

Tests set ``SYNCHRONOUS = True`` (the ``sync_tasks`` fixture) to run the function on the
calling thread, as Picard's tests swap its thread pool for a synchronous one.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from genera_desktop.domain.errors import Cancelled, GeneraError

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 600
# Progress signals at most this often: a loop over 50,000 rows must not flood the queue.
PROGRESS_INTERVAL_S = 0.05
# Tests flip this (see tests/ui/conftest.py): run tasks inline, no thread, no dialog.
SYNCHRONOUS = False


class Progress(Protocol):
    """What a task function is given: report progress; False means "stop now"."""

    def __call__(self, done: int, total: int | None = None, text: str | None = None) -> bool: ...


_pool: QThreadPool | None = None
_running: set[Task] = set()


def pool() -> QThreadPool:
    """The worker pool of long work: one thread, so store writes never race each other."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        # Keep the one thread: SQLite connections are per thread, so a new thread after
        # every idle spell would open new ones.
        _pool.setExpiryTimeout(-1)
    return _pool


def running() -> list[Task]:
    """Tasks not finished yet (the main window cancels them when it closes)."""
    return list(_running)


def wait_all(timeout_ms: int = 30_000) -> bool:
    """Block until the worker is idle (at exit, and after each test)."""
    return _pool.waitForDone(timeout_ms) if _pool is not None else True


def shutdown(timeout_ms: int = 30_000) -> bool:
    """Before the store closes (at exit, before a restore): ask every task to stop, wait
    for the worker, and drop the outcomes not delivered yet. A result queued for the GUI
    thread would otherwise reach its callback later, on a store closed or replaced by
    then. False if the worker was still busy after ``timeout_ms``."""
    for task in running():
        task.cancel()
    idle = wait_all(timeout_ms)
    if idle:  # a task still running would emit on a deleted object
        for task in running():
            task.abandon()
    return idle


class _Relay(QObject):
    """Carries one run's outcome and progress from the worker to its Task.

    Made, emitted on and dropped on the worker thread. The Task, deleted on the GUI
    thread once its outcome arrives, is then never the sender of a signal still being
    emitted: deleting a sender mid-emit from another thread crashed the process (seen
    under load, the worker paused right after posting its result)."""

    result_ready = Signal(object)
    error_raised = Signal(object)
    progress_made = Signal(int, int, str)


class Task(QObject):
    """One piece of background work and its outcome, delivered on the GUI thread."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    given_up = Signal()  # abandoned: its outcome will never come (progress windows close)

    def __init__(self, fn: Callable[[Progress], Any], label: str) -> None:
        # Parented to the application so the worker thread, which may hold the last
        # Python reference, never destroys a GUI-thread object.
        super().__init__(QCoreApplication.instance())
        self.fn = fn
        self.label = label
        self.done = False
        self.abandoned = False
        self.last_progress: tuple[int, int, str] = (0, 0, "")
        self._cancel = threading.Event()
        self._last_emit = 0.0
        self._relay: _Relay | None = None  # while run() runs

    # -- either thread ---------------------------------------------------------------

    def cancel(self) -> None:
        """Ask the function to stop at its next progress call."""
        self._cancel.set()

    def progress(self, done: int, total: int | None = None, text: str | None = None) -> bool:
        """The callback handed to the function: True to go on, False to stop."""
        now = time.monotonic()
        last = total is not None and done >= total
        if SYNCHRONOUS:
            self._on_progress(done, total or 0, text or "")
        elif (last or now - self._last_emit >= PROGRESS_INTERVAL_S) and self._relay is not None:
            self._last_emit = now
            self._relay.progress_made.emit(done, total or 0, text or "")
        return not self._cancel.is_set()

    # -- worker thread ---------------------------------------------------------------

    @property
    def name(self) -> str:
        """The function's name for the log (the label may quote a file name)."""
        return getattr(self.fn, "__qualname__", type(self.fn).__name__)

    def run(self) -> None:
        # Queued to the slots below, which run on the GUI thread.
        relay = _Relay()
        relay.result_ready.connect(self._on_result, Qt.ConnectionType.QueuedConnection)
        relay.error_raised.connect(self._on_error, Qt.ConnectionType.QueuedConnection)
        relay.progress_made.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._relay = relay
        try:
            self._run(relay)
        finally:
            self._relay = None  # the relay goes on this thread, with the last reference

    def _run(self, relay: _Relay) -> None:
        try:
            result = self.fn(self.progress)
        except Cancelled as err:
            relay.error_raised.emit(err)
        except (GeneraError, OSError) as err:
            # An expected refusal (bad file, validation) or a file system that said no
            # (full disk, no permission): the UI says it in words; the log keeps the kind.
            log.info(
                "task %s refused: %s %s",
                self.name,
                type(err).__name__,
                getattr(err, "errno", "") or "",
            )
            relay.error_raised.emit(err)
        except BaseException as err:  # noqa: BLE001 - every failure must reach the GUI
            # Frames only, no message: a message may quote personal data (no such data
            # in logs, DESIGN.md).
            frames = "".join(traceback.format_tb(err.__traceback__))
            log.error("task %s failed: %s\n%s", self.name, type(err).__name__, frames)
            relay.error_raised.emit(err)
        else:
            relay.result_ready.emit(result)

    # -- GUI thread ------------------------------------------------------------------

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if not self.done:
            self.last_progress = (done, total, text)
            self.progressed.emit(done, total, text)

    @Slot(object)
    def _on_result(self, result: object) -> None:
        if self.abandoned:
            return
        self._finish()
        self.finished.emit(result)

    @Slot(object)
    def _on_error(self, err: object) -> None:
        if self.abandoned:
            return
        self._finish()
        if isinstance(err, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(err)

    def abandon(self) -> None:
        """Never deliver this task's outcome (see :func:`shutdown`)."""
        if not self.done:
            self.abandoned = True
            self.given_up.emit()
            self._finish()

    def _finish(self) -> None:
        self.done = True
        _running.discard(self)
        # The C++ object belongs to the application (see __init__) and goes here, on
        # the GUI thread, whichever thread drops the last Python reference.
        self.deleteLater()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run()


def run_task(
    parent: QWidget | None,
    fn: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    label: str = "",
    cancellable: bool = True,
    show_dialog: bool = True,
    show_after_ms: int | None = None,
) -> Task:
    """Run ``fn(progress)`` in the background; call back on the GUI thread.

    ``on_done(result)`` on success, ``on_failed(error)`` on an exception,
    ``on_cancelled()`` when the function raised ``Cancelled``. Callbacks whose parent
    widget is gone by then are skipped. ``show_dialog=False`` when the caller shows its
    own busy indicator.
    """
    task = Task(fn, label)
    _running.add(task)

    def alive() -> bool:
        return parent is None or shiboken6.isValid(parent)

    def done(result: object) -> None:
        if on_done is not None and alive():
            on_done(result)

    def failed(err: object) -> None:
        if on_failed is not None and alive():
            assert isinstance(err, BaseException)
            on_failed(err)

    def cancelled() -> None:
        if on_cancelled is not None and alive():
            on_cancelled()

    task.finished.connect(done)
    task.failed.connect(failed)
    task.cancelled.connect(cancelled)
    if SYNCHRONOUS:
        task.run()
        # The queued deliveries need one pass of the event loop; do it now, as a
        # synchronous pool would, so tests see the outcome when run_task returns.
        _deliver_now(task)
        return task
    if show_dialog:
        delay = SHOW_AFTER_MS if show_after_ms is None else show_after_ms
        _ProgressWindow(parent, task, cancellable, delay)
    pool().start(_Runnable(task))
    return task


def _deliver_now(task: Task) -> None:
    while not task.done:
        QCoreApplication.sendPostedEvents(task)


class _ProgressWindow(QObject):
    """The QProgressDialog of one task, shown only if the task outlasts ``delay_ms``."""

    def __init__(
        self, parent: QWidget | None, task: Task, cancellable: bool, delay_ms: int
    ) -> None:
        super().__init__(task)
        self.task = task
        self.dialog = QProgressDialog(parent)
        dialog = self.dialog
        dialog.setWindowTitle(self.tr("Operazione in corso"))
        dialog.setLabelText(task.label or self.tr("Attendere…"))
        # The dialog would show itself on its own clock; we decide when instead.
        dialog.setMinimumDuration(86_400_000)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setRange(0, 0)
        dialog.setMinimumWidth(420)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        if cancellable:
            dialog.setCancelButtonText(self.tr("Annulla"))
            dialog.canceled.connect(self._on_cancel_pressed)
        else:
            dialog.setCancelButton(None)
        dialog.hide()
        task.progressed.connect(self._on_progress)
        task.finished.connect(self._close)
        task.failed.connect(self._close)
        task.cancelled.connect(self._close)
        task.given_up.connect(self._close)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._show)
        self.timer.start(delay_ms)

    @Slot()
    def _show(self) -> None:
        if not self.task.done and shiboken6.isValid(self.dialog):
            self.dialog.show()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if not shiboken6.isValid(self.dialog):
            return
        if total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))
        if text:
            self.dialog.setLabelText(text)

    @Slot()
    def _on_cancel_pressed(self) -> None:
        self.task.cancel()

    @Slot()
    def _close(self) -> None:
        self.timer.stop()
        if shiboken6.isValid(self.dialog):
            self.dialog.hide()
            self.dialog.deleteLater()
