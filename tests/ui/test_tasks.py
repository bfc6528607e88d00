"""Background tasks: results and progress on the GUI thread, cancel rolls back,
failures reach on_failed, the dialog shows only for long work."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from genera_desktop.domain.errors import Cancelled, Refused
from genera_desktop.services import records
from genera_desktop.store.models import Household
from genera_desktop.ui.common import tasks
from genera_desktop.ui.context import AppContext


def household_count(ctx: AppContext) -> int:
    with ctx.store.unit_of_work() as uow:
        return len(records.find(uow.session, "household"))


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    seen: dict[str, Any] = {"progress": []}
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(progress: tasks.Progress) -> int:
        seen["worker"] = threading.get_ident()
        for n in range(1, 4):
            assert progress(n, 3, f"passo {n}")
            time.sleep(0.06)
        return 42

    def done(result: int) -> None:
        seen["done"] = (result, threading.get_ident())

    task = tasks.run_task(parent, work, on_done=done, label="prova")
    task.progressed.connect(lambda d, t, text: seen["progress"].append((d, t, text)))
    qtbot.waitUntil(lambda: "done" in seen, timeout=20_000)
    assert seen["done"] == (42, gui)
    assert seen["worker"] != gui
    assert seen["progress"][-1] == (3, 3, "passo 3")


def test_cancel_rolls_back_the_work(qtbot: QtBot, ctx: AppContext) -> None:
    started = threading.Event()
    outcome: list[str] = []
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(progress: tasks.Progress) -> None:
        with ctx.store.unit_of_work() as uow:
            records.add(uow, "household", {"point": "MON"})
            started.set()
            # Long enough (a minute) that a busy machine never finishes it before the
            # cancel below arrives; the cancel ends it at once.
            for n in range(6000):
                if not progress(n, 6000):
                    raise Cancelled()
                time.sleep(0.01)
            uow.commit()

    task = tasks.run_task(
        parent,
        work,
        on_done=lambda _: outcome.append("done"),
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    assert started.wait(30)
    task.cancel()
    qtbot.waitUntil(lambda: outcome != [], timeout=20_000)
    assert outcome == ["cancelled"]
    assert household_count(ctx) == 0


def test_failures_reach_on_failed(qtbot: QtBot) -> None:
    errors: list[BaseException] = []
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(progress: tasks.Progress) -> None:
        raise Refused("admin_only")

    tasks.run_task(
        parent, work, on_done=lambda _: errors.append(AssertionError()), on_failed=errors.append
    )
    qtbot.waitUntil(lambda: errors != [], timeout=20_000)
    assert isinstance(errors[0], Refused) and errors[0].code == "admin_only"


def test_an_unexpected_failure_is_logged_without_its_message(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    errors: list[BaseException] = []
    parent = QWidget()
    qtbot.addWidget(parent)

    secret = "Rossi Maria RSSMRA80A41F471X"

    def work(progress: tasks.Progress) -> None:
        raise ValueError(secret)

    with caplog.at_level("ERROR", logger="genera_desktop.ui.common.tasks"):
        tasks.run_task(parent, work, on_failed=errors.append, label="prova")
        qtbot.waitUntil(lambda: errors != [], timeout=20_000)
    assert isinstance(errors[0], ValueError)
    assert "ValueError" in caplog.text and "Rossi" not in caplog.text


def test_progress_dialog_only_for_long_work_and_its_cancel_stops_it(
    qtbot: QtBot, ctx: AppContext
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    outcome: list[str] = []
    quick = tasks.run_task(parent, lambda progress: "ok", on_done=outcome.append, show_after_ms=300)
    qtbot.waitUntil(lambda: outcome == ["ok"], timeout=20_000)
    # Its progress window goes with the task (its timer too, so no dialog can show
    # later) and leaves no dialog behind.
    qtbot.waitUntil(lambda: not shiboken6.isValid(quick), timeout=20_000)
    assert not parent.findChildren(QProgressDialog)

    def slow(progress: tasks.Progress) -> None:
        for n in range(1000):  # 50 s unless cancelled, as it is below
            if not progress(n, 1000, "lavoro lungo"):
                raise Cancelled()
            time.sleep(0.05)

    tasks.run_task(
        parent,
        slow,
        on_cancelled=lambda: outcome.append("cancelled"),
        label="Lavoro lungo…",
        show_after_ms=100,
    )
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)),
        timeout=20_000,
    )
    dialog = next(d for d in parent.findChildren(QProgressDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=20_000)
    assert dialog.maximum() == 1000 and dialog.labelText() == "lavoro lungo"
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Annulla")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outcome[-1:] == ["cancelled"], timeout=20_000)


def test_synchronous_mode_runs_inline(sync_tasks: None, ctx: AppContext) -> None:
    got: list[Any] = []

    def work(progress: tasks.Progress) -> str:
        progress(1, 2)
        with ctx.store.unit_of_work() as uow:
            records.add(uow, "household", {"point": "MON"})
            uow.commit()
        return "fatto"

    task = tasks.run_task(None, work, on_done=got.append)
    assert got == ["fatto"] and task.done and task.last_progress == (1, 2, "")
    with ctx.store.unit_of_work() as uow:
        assert uow.session.query(Household).count() == 1


def test_callbacks_skip_a_parent_that_is_gone(qtbot: QtBot) -> None:
    parent = QWidget()
    called: list[object] = []
    release = threading.Event()

    def work(progress: tasks.Progress) -> int:
        release.wait(30)
        return 1

    task = tasks.run_task(parent, work, on_done=called.append)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(parent), timeout=20_000)
    release.set()
    # Leaves the running list in the same slot that would call on_done.
    qtbot.waitUntil(lambda: task not in tasks.running(), timeout=20_000)
    assert called == []


def test_shutdown_drops_the_outcomes_not_delivered_yet(qtbot: QtBot) -> None:
    """Before the store closes (exit, restore, a test's end) no callback may run later:
    a result still queued for the GUI thread would reach a page reading a closed store."""
    called: list[object] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    task = tasks.run_task(parent, lambda progress: 1, on_done=called.append,
                          on_failed=called.append, show_after_ms=0)
    assert tasks.wait_all(20_000)  # the worker is done; its result waits in the queue
    assert tasks.shutdown(20_000)
    assert tasks.running() == [] and task.abandoned
    qtbot.waitUntil(lambda: not shiboken6.isValid(task), timeout=20_000)
    assert called == []
    assert not any(d.isVisible() for d in parent.findChildren(QProgressDialog))


@pytest.mark.parametrize("fails", [False, True])
def test_a_task_emits_only_on_the_gui_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, fails: bool
) -> None:
    """The worker emits on an object of its own, never on the Task: the GUI thread deletes
    a Task as soon as its outcome arrives, and deleting a sender while another thread is
    still inside its emit crashed the suite under load (a segfault in Task.run)."""
    gui = threading.get_ident()
    emitted: list[tuple[str, int]] = []
    held: list[object] = []
    real_pool = tasks.pool()
    monkeypatch.setattr(tasks, "pool", lambda: type("Later", (), {"start": held.append})())

    def work(progress: tasks.Progress) -> int:
        for n in range(1, 4):
            progress(n, 3, "passo")
        if fails:
            raise Refused("admin_only")
        return 1

    outcome: list[object] = []
    task = tasks.run_task(None, work, on_done=outcome.append, on_failed=outcome.append,
                          show_dialog=False)
    meta = task.metaObject()
    for index in range(meta.methodOffset(), meta.methodCount()):
        method = meta.method(index)
        if method.methodType() == method.MethodType.Signal:
            name = bytes(method.name().data()).decode()
            getattr(task, name).connect(
                lambda *_, name=name: emitted.append((name, threading.get_ident())),
                Qt.ConnectionType.DirectConnection,
            )
    real_pool.start(held[0])  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: outcome != [], timeout=20_000)
    assert emitted, "the Task said nothing"
    assert all(thread == gui for _, thread in emitted), emitted
