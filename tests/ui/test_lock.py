"""The inactivity lock hides every window's content and only the password undoes it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout
from pytestqt.qtbot import QtBot

from genera_desktop.services import session_policy
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.main_window import MainWindow
from genera_desktop.ui.session.lock import LockCover, lock_minutes, lock_timeout_ms
from tests.conftest import PASSWORD


def open_window(qtbot: QtBot, ctx: AppContext, lock_ms: int) -> MainWindow:
    window = MainWindow(ctx, lock_ms=lock_ms)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window, timeout=20_000)
    return window


def covered(widget: object) -> bool:
    covers = [c for c in widget.findChildren(LockCover) if c.isVisible()]  # type: ignore[attr-defined]
    return any(c.geometry() == widget.rect() for c in covers)  # type: ignore[attr-defined]


def test_lock_hides_content_after_the_timeout_and_unlocks_with_the_password(
    qtbot: QtBot, ctx: AppContext
) -> None:
    window = open_window(qtbot, ctx, lock_ms=300)
    other = QDialog(window)  # a dialog left open with data in it
    other.setLayout(QVBoxLayout())
    other.layout().addWidget(QLabel("Rossi Maria"))
    other.show()
    assert not window.lock.is_locked
    # On its condition, not on the signal: on a busy machine the 300 ms may pass (and
    # the signal go) while the window was still being shown.
    qtbot.waitUntil(lambda: window.lock.is_locked, timeout=20_000)
    assert covered(window) and covered(other)
    dialog = window.lock.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal
    assert dialog.intro.text() == "La sessione di anna è stata bloccata per inattività."
    dialog.password.setText("sbagliata-1")
    dialog.submit()
    assert window.lock.is_locked and covered(window)
    assert ctx.store.engine is not None  # the store stays open
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(window.lock.unlocked, timeout=20_000):
        dialog.submit()
    qtbot.waitUntil(lambda: not covered(window) and not covered(other), timeout=20_000)
    assert other.isVisible()  # the dialog and what it holds are still there
    window.lock.set_timeout_ms(0)


def test_activity_keeps_the_session_open_and_ctrl_l_locks_at_once(
    qtbot: QtBot, ctx: AppContext
) -> None:
    window = open_window(qtbot, ctx, lock_ms=0)
    window.lock.set_timeout_ms(60_000)
    timer = window.lock.timer
    for _ in range(3):
        # As if the idle time had run out just now: only activity starts it again. (No
        # clock here: a busy machine could sleep through any short timeout between two
        # presses.)
        timer.stop()
        qtbot.keyClick(window.nav, Qt.Key.Key_Shift)  # a key that changes nothing
        assert timer.isActive() and timer.interval() == 60_000
    assert not window.lock.is_locked
    window.lock.set_timeout_ms(0)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=20_000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock.is_locked and covered(window)
    # Locked by hand: not «per inattività», which would tell a lie about the user.
    assert window.lock.dialog is not None
    assert window.lock.dialog.intro.text() == "anna ha bloccato la sessione."
    window.close()
    assert window.isVisible()  # no closing behind the lock
    assert window.lock.dialog is not None
    window.lock.dialog.password.setText(PASSWORD)
    window.lock.dialog.submit()
    assert not window.lock.is_locked


def test_timeout_comes_from_the_store_setting(ctx: AppContext) -> None:
    from genera_desktop.services.network.site import set_setting

    assert lock_timeout_ms(ctx.store) == 10 * 60_000
    with ctx.store.unit_of_work() as uow:
        set_setting(uow.session, "lock_minutes", 3)
        uow.commit()
    assert lock_timeout_ms(ctx.store) == 3 * 60_000


def save_lock_minutes(store: Store, minutes: int) -> None:
    with store.unit_of_work() as uow:
        session_policy.set_lock_minutes(uow, minutes)
        uow.commit()


def test_only_an_administrator_changes_the_minutes(coordinator: Store) -> None:
    from genera_desktop.domain.errors import Refused
    from genera_desktop.services import accounts

    save_lock_minutes(coordinator, 25)
    assert lock_timeout_ms(coordinator) == 25 * 60_000 and lock_minutes(coordinator) == 25
    save_lock_minutes(coordinator, -4)  # never a negative wait: "never" is 0
    assert lock_minutes(coordinator) == 0
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "luca", "password-di-luca")
        accounts.commit_accounts(uow)
    store = Store.open(coordinator.data_dir, "luca", "password-di-luca")
    try:
        with pytest.raises(Refused):
            save_lock_minutes(store, 60)
        assert lock_minutes(store) == 0
    finally:
        store.close()
