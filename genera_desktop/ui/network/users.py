"""Staff accounts of this PC (administrators only): add, reset a password, disable, and
replace a lost recovery key.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import FieldError, GeneraError, ValidationFailed
from genera_desktop.services import accounts
from genera_desktop.services.accounts import MIN_PASSWORD, Account
from genera_desktop.ui import labels
from genera_desktop.ui.common.form import FieldForm
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.common.rows import Column
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text, field_message
from genera_desktop.ui.session.new_key import NewKeyDialog

translate = QCoreApplication.translate


def role_label(role: str) -> str:
    return {
        "admin": translate("UsersPage", "Amministratore"),
        "operator": translate("UsersPage", "Operatore"),
    }.get(role, role)


def areas_text(account: Account) -> str:
    """The access areas an account may use, by their labels; "tutte" for an
    administrator, who has every one."""
    if account.role == "admin":
        return translate("UsersPage", "tutte")
    return ", ".join(labels.label(labels.ACCESS_AREAS, a) for a in account.areas) or "—"


class AreaChecks(QWidget):
    """A tick box per access area (vocab.ACCESS_AREAS), labelled in the UI's language."""

    def __init__(self, granted: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for area in labels.ACCESS_AREAS:
            box = QCheckBox(labels.ACCESS_AREAS[area])
            box.setChecked(area in granted)
            self.boxes[area] = box
            column.addWidget(box)

    def areas(self) -> list[str]:
        return [area for area, box in self.boxes.items() if box.isChecked()]


def user_columns() -> list[Column]:
    return [
        Column(translate("UsersPage", "Nome utente"), lambda a: a.username),
        Column(translate("UsersPage", "Nome e cognome"), lambda a: a.display_name or ""),
        Column(translate("UsersPage", "Ruolo"), lambda a: role_label(a.role)),
        Column(translate("UsersPage", "Aree di accesso"), areas_text),
        Column(
            translate("UsersPage", "Stato"),
            lambda a: (
                translate("UsersPage", "Attivo")
                if a.active
                else translate("UsersPage", "Disattivato")
            ),
            color=lambda a: None if a.active else "#8a8f98",
        ),
    ]


class UsersPage(ListPage):
    """The accounts list with its actions, and the recovery key's replacement."""

    FOLLOWS = ("user",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, translate("UsersPage", "Utenti"), user_columns(), parent=parent)
        self.add_button = QPushButton(self.tr("Nuovo utente…"))
        self.password_button = QPushButton(self.tr("Reimposta password…"))
        self.active_button = QPushButton(self.tr("Disattiva"))
        self.access_button = QPushButton(self.tr("Aree di accesso…"))
        self.access_button.setToolTip(
            self.tr("Quali dati riservati può vedere e modificare (salute, piani)"))
        self.add_button.clicked.connect(self.add_user)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.access_button.clicked.connect(self.change_access)
        for button in (self.add_button, self.password_button, self.access_button,
                       self.active_button):
            self.actions.addWidget(button)
        # For the whole archive, not the selected row: it sits apart, after the others.
        self.recovery_button = QPushButton(self.tr("Nuova chiave di recupero…"))
        self.recovery_button.setToolTip(
            self.tr("Per un foglio della chiave di recupero perso o visto da altri")
        )
        self.recovery_button.clicked.connect(self.new_recovery_key)
        # Under the list, apart: five buttons in the title row do not fit at 125%.
        bottom = QHBoxLayout()
        bottom.addWidget(self.recovery_button)
        bottom.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(bottom)
        # The page is shown to administrators only; the button says so again.
        self.recovery_button.setVisible(ctx.is_admin())
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def load(self, search: str) -> tuple[list[Any], str]:
        rows = accounts.list_accounts(self.ctx.store)
        active = sum(1 for a in rows if a.active)
        return rows, self.tr("Utenti attivi: {n} su {total}").format(n=active, total=len(rows))

    def refresh(self) -> None:
        super().refresh()
        self._update_buttons()

    def _update_buttons(self, *_: Any) -> None:
        row: Account | None = self.current_row()
        self.password_button.setEnabled(row is not None and row.active)
        # An administrator has every area: nothing to grant.
        self.access_button.setEnabled(row is not None and row.role != "admin")
        self.active_button.setEnabled(row is not None and row.username != self.ctx.username)
        self.active_button.setText(
            self.tr("Riattiva…") if row is not None and not row.active else self.tr("Disattiva")
        )

    def row_activated(self, row: Account) -> None:
        if row.active:
            self.reset_password()

    def add_user(self) -> None:
        username = UserDialog.ask(self.ctx, self)
        if username is not None:
            self.refresh()
            self._select(username)

    def reset_password(self) -> None:
        row: Account | None = self.current_row()
        if row is not None and PasswordDialog.ask(self.ctx, self, row.username, enable=False):
            self.show_message("")
            self.status.setText(self.tr("Password di {user} cambiata.").format(user=row.username))

    def change_access(self) -> None:
        row: Account | None = self.current_row()
        if row is None or row.role == "admin":
            return
        if AccessDialog.ask(self.ctx, self, row):
            self.show_message("")
            self.refresh()
            self._select(row.username)
            self.status.setText(self.tr("Aree di accesso di {user} cambiate.").format(
                user=row.username))

    def toggle_active(self) -> None:
        row: Account | None = self.current_row()
        if row is None:
            return
        if row.active:
            if not self.confirm(
                self.tr(
                    "Disattivare {user}? Non potrà più accedere finché un amministratore "
                    "non lo riattiva con una nuova password."
                ).format(user=row.username)
            ):
                return
            try:
                accounts.set_active(self.ctx.store, row.username, False)
            except GeneraError as err:
                self.show_message(error_text(err))
                return
        elif not PasswordDialog.ask(self.ctx, self, row.username, enable=True):
            return
        self.show_message("")
        self.refresh()
        self._select(row.username)

    def new_recovery_key(self) -> None:
        """Replace the recovery key after a yes, and show the new one once."""
        if not self.confirm(
            self.tr(
                "Creare una nuova chiave di recupero? Il foglio attuale smetterà subito di "
                "aprire questo archivio e la nuova chiave andrà stampata e conservata al suo "
                "posto. I backup fatti prima restano con la chiave vecchia: si aprono ancora "
                "con quella, non con la nuova."
            )
        ):
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            recovered = accounts.replace_recovery_key(self.ctx.store)
        except GeneraError as err:
            self.show_message(error_text(err))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.show_message("")
        self.status.setText(self.tr("Chiave di recupero sostituita."))
        self.show_new_key(recovered)

    def show_new_key(self, recovered: accounts.Recovered) -> None:
        NewKeyDialog(recovered, self).exec()

    def confirm(self, text: str) -> bool:
        """A yes/no question (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Utenti"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _select(self, username: str) -> None:
        for number, row in enumerate(self.model.rows):
            if row.username == username:
                self.select_row(number)


class _PasswordFields:
    """Password twice, checked as typed."""

    def __init__(self, form: FieldForm, tr: Any) -> None:
        self.form = form
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        form.add_field("password", self.tr("Password"), self.password)
        form.add_field("password2", self.tr("Ripeti la password"), self.password2)
        self.password.textChanged.connect(self.check)
        self.password2.textChanged.connect(self.check)

    def tr(self, text: str) -> str:
        # Not a QObject: the context lupdate gives this class's self.tr() calls.
        return translate("_PasswordFields", text)

    def check(self) -> bool:
        pw, pw2 = self.password.text(), self.password2.text()
        short = ""
        if pw and len(pw) < MIN_PASSWORD:
            short = self.tr("Almeno {n} caratteri (ne mancano {missing})").format(
                n=MIN_PASSWORD, missing=MIN_PASSWORD - len(pw)
            )
        self.form.set_error("password", short)
        differ = field_message(FieldError("password2", "mismatch")) if pw2 and pw2 != pw else ""
        self.form.set_error("password2", differ)
        return bool(pw) and not short and pw == pw2


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        translate("UsersPage", "Annulla")
    )
    buttons.rejected.connect(dialog.reject)
    return buttons


class UserDialog(QDialog):
    """A new colleague: name, role, access areas, first password."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: str | None = None
        self.setWindowTitle(self.tr("Nuovo utente"))
        self.setMinimumWidth(460)
        self.form = FieldForm()
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("es. m.rossi"))
        self.display_name = QLineEdit()
        self.role = QComboBox()
        self.role.addItem(role_label("operator"), "operator")
        self.role.addItem(role_label("admin"), "admin")
        self.areas = AreaChecks()
        self.role.currentIndexChanged.connect(
            lambda _: self.areas.setEnabled(self.role.currentData() != "admin"))
        self.form.add_field("username", self.tr("Nome utente"), self.username)
        self.form.add_field("display_name", self.tr("Nome e cognome"), self.display_name)
        self.form.add_field("role", self.tr("Ruolo"), self.role)
        self.form.add_field("access", self.tr("Aree di accesso"), self.areas)
        self.passwords = _PasswordFields(self.form, self.tr)
        buttons = _buttons(self, self.tr("Aggiungi"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def save(self) -> None:
        if not self.passwords.check():
            if not self.passwords.password.text():
                self.form.set_error("password", field_message(FieldError("password", "required")))
            return
        username = self.username.text().strip()
        try:
            accounts.add_account(
                self.ctx.store,
                username,
                self.passwords.password.text(),
                role=self.role.currentData(),
                display_name=self.display_name.text().strip() or None,
                access_areas=self.areas.areas(),
            )
        except ValidationFailed as err:
            for extra in self.form.show_field_errors(err.errors):
                self.form.set_error("username", error_text(extra))
            return
        except GeneraError as err:
            self.form.set_error("username", error_text(err))
            return
        self.created = username
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> str | None:
        """The new account's user name, or None."""
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.created


class AccessDialog(QDialog):
    """The access areas of an account: a tick box each; saved with "Salva"."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, account: Account) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account = account
        self.done_ok = False
        self.setWindowTitle(self.tr("Aree di accesso di {user}").format(user=account.username))
        self.setMinimumWidth(420)
        self.form = FieldForm()
        self.areas = AreaChecks(account.access_areas)
        self.form.add_field("access", self.tr("Può vedere e modificare"), self.areas)
        buttons = _buttons(self, self.tr("Salva"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def save(self) -> None:
        wanted = set(self.areas.areas())
        held = set(self.account.access_areas)
        try:
            accounts.set_access(self.ctx.store, self.account.username,
                                grant=sorted(wanted - held), revoke=sorted(held - wanted))
        except GeneraError as err:
            self.form.set_error("access", error_text(err))
            return
        self.done_ok = True
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None, account: Account) -> bool:
        """True once the areas were saved."""
        dialog = cls(ctx, parent, account)
        dialog.exec()
        return dialog.done_ok


class PasswordDialog(QDialog):
    """A new password for an account (``enable``: and make it active again)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, username: str, enable: bool
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.username = username
        self.enable = enable
        self.done_ok = False
        self.setWindowTitle(
            self.tr("Riattiva {user}").format(user=username)
            if enable
            else self.tr("Nuova password per {user}").format(user=username)
        )
        self.setMinimumWidth(420)
        self.form = FieldForm()
        self.passwords = _PasswordFields(self.form, self.tr)
        buttons = _buttons(self, self.tr("Riattiva") if enable else self.tr("Cambia password"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def save(self) -> None:
        if not self.passwords.check():
            return
        password = self.passwords.password.text()
        try:
            if self.enable:
                accounts.set_active(self.ctx.store, self.username, True, password)
            else:
                accounts.set_password(self.ctx.store, self.username, password)
        except ValidationFailed as err:
            for extra in self.form.show_field_errors(err.errors):
                self.form.set_error("password", error_text(extra))
            return
        except GeneraError as err:
            self.form.set_error("password", error_text(err))
            return
        self.done_ok = True
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None, username: str, *, enable: bool) -> bool:
        """True once the password was set."""
        dialog = cls(ctx, parent, username, enable)
        dialog.exec()
        return dialog.done_ok
