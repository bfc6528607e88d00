"""Administrators add colleagues, reset passwords and disable accounts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from genera_desktop.domain.errors import AuthFailed
from genera_desktop.services import accounts
from genera_desktop.store.keyring import KEYRING_FILE
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.network import users
from genera_desktop.ui.network.users import PasswordDialog, UserDialog, UsersPage
from genera_desktop.ui.session.new_key import NewKeyDialog


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
    assert dialog.form.errors["password"].text() == "Almeno 10 caratteri (ne mancano 5)"
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


OLD_KEY = "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH"


def test_an_administrator_replaces_the_recovery_key_after_a_yes(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    store = ctx.store
    store.keyring.set_recovery(OLD_KEY, store.key)  # a key this test knows
    store.keyring.save()
    page = UsersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.recovery_button.isVisible()
    asked: list[str] = []
    answer = [False]

    def confirm(text: str) -> bool:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(page, "confirm", confirm)
    before = (store.data_dir / KEYRING_FILE).read_bytes()
    page.recovery_button.click()  # "No": nothing changes
    assert (store.data_dir / KEYRING_FILE).read_bytes() == before
    assert "backup" in asked[0] and "chiave vecchia" in asked[0]

    shown: list[NewKeyDialog] = []

    def run_dialog(dialog: NewKeyDialog) -> int:
        shown.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.close_button.isEnabled()  # not before the key is kept
        dialog.key_page.choose_pdf_path = lambda: str(tmp_path / "chiave.pdf")  # type: ignore[method-assign]
        qtbot.mouseClick(dialog.key_page.save_button, Qt.MouseButton.LeftButton)
        dialog.key_page.confirm_leave_without_key = lambda: False  # type: ignore[method-assign]
        qtbot.keyClick(dialog.key_page.kept, Qt.Key.Key_Escape)  # warned, and stays
        assert dialog.isVisible()
        qtbot.keyClick(dialog.key_page.kept, Qt.Key.Key_Space)
        with qtbot.waitSignal(dialog.accepted, timeout=20_000):
            qtbot.keyClick(dialog.key_page.kept, Qt.Key.Key_Return)
        return int(dialog.result())

    monkeypatch.setattr(NewKeyDialog, "exec", run_dialog)
    answer[0] = True
    page.recovery_button.click()

    assert shown and shown[0].key_page.recovered is not None
    new_key = shown[0].key_page.recovered.recovery_key
    assert shown[0].key_page.key_label.text().replace("\n", "") == new_key
    assert (tmp_path / "chiave.pdf").read_bytes().startswith(b"%PDF")
    assert page.status.text() == "Chiave di recupero sostituita."
    Store.open_with_recovery(store.data_dir, new_key).close()
    with pytest.raises(AuthFailed):
        Store.open_with_recovery(store.data_dir, OLD_KEY)


def test_an_operator_sees_no_recovery_key_button(qtbot: QtBot, ctx: AppContext) -> None:
    with ctx.store.unit_of_work() as uow:
        accounts.add_account(uow, "bruno", "operatore-bruno-7")
        accounts.commit_accounts(uow)
    operator = Store.open(ctx.store.data_dir, "bruno", "operatore-bruno-7")
    page = UsersPage(AppContext(operator))
    qtbot.addWidget(page)
    try:
        page.show()
        assert page.add_button.isVisible() and not page.recovery_button.isVisible()
    finally:
        page.close()
        operator.close()


def test_a_common_password_is_refused_with_the_service_s_words(qtbot: QtBot,
                                                               ctx: AppContext) -> None:
    for password in ("password123", "Juventus1897", "l.bianchi2024", "qwertyuiop"):
        dialog = add_through_dialog(qtbot, ctx, "l.bianchi", password)
        assert dialog.created is None
        assert dialog.form.errors["password"].text().startswith(
            "È una delle password più usate"), password
    with pytest.raises(AuthFailed):
        Store.open(ctx.store.data_dir, "l.bianchi", "password123")


def test_areas_are_ticked_when_adding_and_changed_later(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = UserDialog(ctx)
    qtbot.addWidget(dialog)
    assert list(dialog.areas.boxes) == ["health", "adolescents", "work", "housing"]
    assert [b.text() for b in dialog.areas.boxes.values()][0] == "Salute e disabilità"
    dialog.username.setText("l.bianchi")
    dialog.passwords.password.setText("password-di-luca")
    dialog.passwords.password2.setText("password-di-luca")
    dialog.areas.boxes["work"].click()
    dialog.save()
    assert dialog.created == "l.bianchi"

    page = UsersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    shown = {a.username: users.areas_text(a) for a in page.model.rows}
    assert shown == {"anna": "tutte", "l.bianchi": "Piano lavoro"}
    page._select("anna")
    assert not page.access_button.isEnabled()  # an administrator has every area

    def change(ctx_: AppContext, parent: object, account: accounts.Account) -> bool:
        access = users.AccessDialog(ctx_, None, account)
        qtbot.addWidget(access)
        assert access.areas.boxes["work"].isChecked()
        access.areas.boxes["work"].click()
        access.areas.boxes["health"].click()
        access.save()
        return access.done_ok

    monkeypatch.setattr(users.AccessDialog, "ask", change)
    page._select("l.bianchi")
    page.access_button.click()
    assert page.current_row().access_areas == ("health",)
    with ctx.store.unit_of_work() as uow:
        listed = {a.username: a.access_areas for a in accounts.list_accounts(uow)}
    assert listed["l.bianchi"] == ("health",)
