"""Login and unlock: wrong passwords said under the field, the right one lets in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from genera_desktop.services import accounts
from genera_desktop.services.network import membership as network
from genera_desktop.services.network import site
from genera_desktop.store.keyring import KEYRING_FILE
from genera_desktop.store.store import Store
from genera_desktop.ui.session.login import LoginDialog, UnlockDialog
from genera_desktop.ui.session.recover import RecoverDialog
from tests.conftest import ADMIN, PASSWORD
from tests.ui.clipping import clipped


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
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        login(qtbot, dialog, ADMIN, PASSWORD)
    assert dialog.store is not None and dialog.store.username == ADMIN
    dialog.store.close()


def test_enter_after_the_name_moves_to_the_password(qtbot: QtBot, coordinator: Store) -> None:
    dialog = LoginDialog(coordinator.data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=20_000)
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
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=20_000)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
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
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


# -- a forgotten password: the recovery key ----------------------------------------------

NEW = "nuova-password-7"


@pytest.fixture
def keyed(tmp_path: Path) -> tuple[Path, str]:
    """A store with its administrator anna and an operator bruno; its recovery key."""
    created = network.create_network(tmp_path / "store", network_name="Bassa Bresciana",
                                      site_name="Coordinamento", admin_user=ADMIN,
                                      password=PASSWORD)
    with created.store.unit_of_work() as uow:
        accounts.add_account(uow, "bruno", "operatore-bruno-7")
        accounts.commit_accounts(uow)
    created.store.close()
    return tmp_path / "store", created.recovery_key


def fill_recovery(qtbot: QtBot, dialog: RecoverDialog, key: str, user: str, password: str,
                  repeat: str | None = None) -> None:
    """Type as a person would, and press Enter in the last field."""
    for field, text in ((dialog.key, key), (dialog.username, user), (dialog.password, password),
                        (dialog.repeat, password if repeat is None else repeat)):
        field.clear()
        field.setFocus()
        qtbot.keyClicks(field, text)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)


def test_recovery_refusals_are_said_under_their_field(
    qtbot: QtBot, keyed: tuple[Path, str]
) -> None:
    data_dir, key = keyed
    before = (data_dir / KEYRING_FILE).read_bytes()
    dialog = RecoverDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    wrong = ("B" if key[0] != "B" else "C") + key[1:]

    fill_recovery(qtbot, dialog, wrong, ADMIN, NEW)
    assert dialog.form.errors["key"].text() == "La chiave di recupero non apre questo archivio."
    assert dialog.focusWidget() is dialog.key
    fill_recovery(qtbot, dialog, key, "bruno", NEW)  # an operator is no administrator
    assert dialog.form.errors["username"].text() == "Nessun amministratore con questo nome."
    assert not dialog.form.errors["key"].text()
    fill_recovery(qtbot, dialog, key, ADMIN, NEW, "nuova-password-8")
    assert dialog.form.errors["repeat"].text() == "Le due password sono diverse"
    fill_recovery(qtbot, dialog, key, ADMIN, "corta")
    assert dialog.form.errors["password"].text() == "La password deve avere almeno 10 caratteri"
    fill_recovery(qtbot, dialog, key[:20], ADMIN, NEW)
    assert "8 gruppi di 5" in dialog.form.errors["key"].text()

    assert dialog.recovered is None and dialog.pages.currentIndex() == 0
    assert (data_dir / KEYRING_FILE).read_bytes() == before
    with qtbot.waitSignal(dialog.rejected, timeout=20_000):
        qtbot.keyClick(dialog.key, Qt.Key.Key_Escape)


def test_the_key_typed_without_dashes_sets_a_password_and_shows_the_new_key(
    qtbot: QtBot, keyed: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, key = keyed
    dialog = RecoverDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_recovery(qtbot, dialog, key.replace("-", "").lower(), "ANNA", NEW)

    assert dialog.pages.currentIndex() == 1 and dialog.recovered is not None
    new_key = dialog.recovered.recovery_key
    assert new_key != key
    assert dialog.key_page.key_label.text().replace("\n", "") == new_key
    assert "anna" in dialog.key_page.done_label.text() and not dialog.cancel_button.isVisible()
    assert dialog.password.text() == "" and dialog.key.text() == ""
    dialog.key_page.choose_pdf_path = lambda: str(tmp_path / "chiave.pdf")  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.key_page.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "chiave.pdf").read_bytes().startswith(b"%PDF")
    qtbot.keyClick(dialog.key_page.kept, Qt.Key.Key_Return)  # not yet: the key is not kept
    assert dialog.isVisible() and not dialog.ok_button.isEnabled()
    dialog.key_page.confirm_leave_without_key = lambda: False  # type: ignore[method-assign]
    qtbot.keyClick(dialog.key_page.kept, Qt.Key.Key_Escape)  # Esc asks first, and stays
    assert dialog.isVisible()
    qtbot.keyClick(dialog.key_page.kept, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.keyClick(dialog.key_page.kept, Qt.Key.Key_Return)

    Store.open(data_dir, ADMIN, NEW).close()
    Store.open_with_recovery(data_dir, new_key).close()


def test_forgotten_password_on_the_login_leads_in_with_the_new_one(
    qtbot: QtBot, keyed: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir, key = keyed
    login_dialog = LoginDialog(data_dir)
    qtbot.addWidget(login_dialog)
    login_dialog.show()
    login_dialog.username.setText("anna")
    opened: list[RecoverDialog] = []

    def run_recovery(dialog: RecoverDialog) -> int:
        opened.append(dialog)
        assert dialog.username.text() == "anna"  # the name already typed is kept
        dialog.show()
        fill_recovery(qtbot, dialog, key, "anna", NEW)
        dialog.key_page.kept.setChecked(True)
        qtbot.keyClick(dialog.key_page.kept, Qt.Key.Key_Return)
        return int(dialog.result())

    monkeypatch.setattr(RecoverDialog, "exec", run_recovery)
    assert login_dialog.forgot_button.text() == "Password &dimenticata?"
    with qtbot.waitSignal(login_dialog.accepted, timeout=20_000):
        qtbot.mouseClick(login_dialog.forgot_button, Qt.MouseButton.LeftButton)

    assert opened and login_dialog.store is not None
    assert login_dialog.store.username == ADMIN
    login_dialog.store.close()


def test_leaving_the_recovery_leaves_the_login_as_it_was(
    qtbot: QtBot, keyed: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir, _ = keyed
    login_dialog = LoginDialog(data_dir)
    qtbot.addWidget(login_dialog)
    login_dialog.show()
    monkeypatch.setattr(RecoverDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    qtbot.mouseClick(login_dialog.forgot_button, Qt.MouseButton.LeftButton)
    assert login_dialog.isVisible() and login_dialog.store is None
    Store.open(data_dir, ADMIN, PASSWORD).close()


def test_the_login_says_which_site_and_network_it_opens(
    qtbot: QtBot, coordinator: Store
) -> None:
    dialog = LoginDialog(coordinator.data_dir)
    qtbot.addWidget(dialog)
    assert dialog.which.text() == "Postazione «Coordinamento» · rete «Bassa Bresciana»"
    # A store made before the label was kept: its folder, then its names once opened.
    (coordinator.data_dir / site.LABEL_FILE).unlink()
    older = LoginDialog(coordinator.data_dir)
    qtbot.addWidget(older)
    assert older.which.text() == f"Archivio nella cartella {coordinator.data_dir}"
    older.show()
    with qtbot.waitSignal(older.accepted, timeout=20_000):
        login(qtbot, older, ADMIN, PASSWORD)
    assert older.store is not None
    older.store.close()
    assert site.store_label(coordinator.data_dir) == site.StoreLabel(
        "Coordinamento", "Bassa Bresciana")
    # Nothing personal in it: the two names only.
    assert (coordinator.data_dir / site.LABEL_FILE).read_text("utf-8").count(":") == 2


def test_a_damaged_label_is_no_label(coordinator: Store) -> None:
    (coordinator.data_dir / site.LABEL_FILE).write_text("{not json", "utf-8")
    assert site.store_label(coordinator.data_dir) is None
    assert site.store_label(coordinator.data_dir / "nowhere") is None


def test_the_unlock_dialog_is_always_as_big_as_its_text(
    qtbot: QtBot, coordinator: Store, app_style: None
) -> None:
    name = "Maria Antonietta Bianchi Castelnuovo Rossi"
    dialog = UnlockDialog(coordinator, name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=20_000)
    assert dialog.intro.text() == f"{name} ha bloccato la sessione."
    assert clipped(dialog) == []
    dialog.resize(250, 120)  # a window manager, or a hand, making it smaller
    qtbot.waitUntil(lambda: clipped(dialog) == [], timeout=20_000)  # once laid out again
    dialog.password.setText("sbagliata-1")
    dialog.submit()  # an error line under the field: the dialog grows for it
    qtbot.waitUntil(lambda: dialog.form.errors["password"].isVisible(), timeout=20_000)
    assert clipped(dialog) == []
