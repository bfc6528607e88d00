"""Administrators add colleagues, reset passwords and disable accounts."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from genera_desktop.domain.errors import AuthFailed
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.pages import users
from genera_desktop.ui.pages.users import PasswordDialog, UserDialog, UsersPage


def add_through_dialog(
    qtbot: QtBot, ctx: AppContext, username: str, password: str, repeat: str | None = None
) -> UserDialog:
    dialog = UserDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.username.setText(username)
    dialog.display_name.setText("Luca Bianchi")
    dialog.passwords.password.setText(password)
    dialog.passwords.password2.setText(password if repeat is None else repeat)
    dialog.save()
    return dialog


def test_added_user_can_log_in(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = add_through_dialog(qtbot, ctx, "l.bianchi", "password-di-luca")
    assert dialog.created == "l.bianchi"
    store = Store.open(ctx.store.data_dir, "l.bianchi", "password-di-luca")
    assert store.username == "l.bianchi"
    store.close()


def test_user_errors_show_next_to_their_fields(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = add_through_dialog(qtbot, ctx, "l.bianchi", "corta")
    assert dialog.created is None
    assert dialog.form.errors["password"].text() == "Almeno 8 caratteri (ne mancano 3)"
    dialog = add_through_dialog(qtbot, ctx, "l.bianchi", "password-1", "password-2")
    assert dialog.form.errors["password2"].text() == "Le due password non coincidono"
    dialog = add_through_dialog(qtbot, ctx, "x", "password-di-luca")
    assert "Senza spazi" in dialog.form.errors["username"].text()
    dialog = add_through_dialog(qtbot, ctx, "ANNA", "password-di-luca")
    assert dialog.form.errors["username"].text() == "Già in uso: sceglierne un altro"


def test_page_adds_disables_and_enables_again(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = UsersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert [a.username for a in page.model.rows] == ["anna"]
    assert not page.active_button.isEnabled()  # nobody disables themself

    def fake_add(ctx_: AppContext, parent: object) -> str:
        add_through_dialog(qtbot, ctx_, "l.bianchi", "password-di-luca")
        return "l.bianchi"

    monkeypatch.setattr(UserDialog, "ask", fake_add)
    page.add_button.click()
    assert page.current_row().username == "l.bianchi"
    assert page.active_button.text() == "Disattiva"
    monkeypatch.setattr(page, "confirm", lambda text: True)
    page.active_button.click()
    assert not page.current_row().active
    with pytest.raises(AuthFailed):
        Store.open(ctx.store.data_dir, "l.bianchi", "password-di-luca")

    def fake_password(ctx_: AppContext, parent: object, username: str, *, enable: bool) -> bool:
        dialog = PasswordDialog(ctx_, None, username, enable)
        qtbot.addWidget(dialog)
        dialog.passwords.password.setText("nuova-password")
        dialog.passwords.password2.setText("nuova-password")
        dialog.save()
        return dialog.done_ok

    monkeypatch.setattr(users.PasswordDialog, "ask", fake_password)
    page.active_button.click()
    assert page.current_row().active
    Store.open(ctx.store.data_dir, "l.bianchi", "nuova-password").close()
    page.password_button.click()  # the same fake: sets the password again
    assert "cambiata" in page.status.text()
