"""Login and unlock: wrong passwords said under the field, the right one lets in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from genera_desktop.store.store import Store
from genera_desktop.ui.dialogs.login import LoginDialog, UnlockDialog
from tests.conftest import ADMIN, PASSWORD


def login(qtbot: QtBot, dialog: LoginDialog, user: str, password: str) -> None:
    dialog.username.setText(user)
    dialog.password.setText(password)
    dialog.password.setFocus()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_wrong_password_is_refused_with_a_message_then_the_right_one_opens(
    qtbot: QtBot, coordinator: Store
) -> None:
    dialog = LoginDialog(coordinator.data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    login(qtbot, dialog, ADMIN, "sbagliata-123")
    assert dialog.store is None and dialog.isVisible()
    assert dialog.form.errors["password"].text() == "Nome utente o password errati"
    assert dialog.password.text() == ""
    login(qtbot, dialog, "nessuno", PASSWORD)
    assert dialog.form.errors["password"].text() == "Nome utente o password errati"
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        login(qtbot, dialog, ADMIN, PASSWORD)
    assert dialog.store is not None and dialog.store.username == ADMIN
    dialog.store.close()


def test_enter_after_the_name_moves_to_the_password(qtbot: QtBot, coordinator: Store) -> None:
    dialog = LoginDialog(coordinator.data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.username.setFocus()
    qtbot.keyClicks(dialog.username, ADMIN)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.password
    assert not dialog.form.errors["password"].text()


def test_three_failures_make_the_next_try_wait(
    qtbot: QtBot, coordinator: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(LoginDialog, "first_delay_ms", 300)
    dialog = LoginDialog(coordinator.data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(3):
        login(qtbot, dialog, ADMIN, "sbagliata-123")
    assert "Troppi tentativi" in dialog.form.errors["password"].text()
    assert not dialog.ok_button.isEnabled()
    login(qtbot, dialog, ADMIN, PASSWORD)  # ignored while waiting
    assert dialog.store is None
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=3000)
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        login(qtbot, dialog, ADMIN, PASSWORD)
    assert dialog.store is not None
    dialog.store.close()


def test_ask_returns_none_when_the_person_leaves(
    qtbot: QtBot, coordinator: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(LoginDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    assert LoginDialog.ask(coordinator.data_dir) is None


def test_missing_store_is_said_plainly(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = LoginDialog(tmp_path / "vuota")
    qtbot.addWidget(dialog)
    dialog.show()
    login(qtbot, dialog, ADMIN, PASSWORD)
    assert "non c'è ancora un archivio" in dialog.form.errors["password"].text()


def test_unlock_takes_only_the_same_users_password(qtbot: QtBot, coordinator: Store) -> None:
    dialog = UnlockDialog(coordinator, "Anna")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText("sbagliata-123")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.form.errors["password"].text() == "Nome utente o password errati"
    dialog.reject()  # Esc cannot dismiss the lock
    assert dialog.isVisible()
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
