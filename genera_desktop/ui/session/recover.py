"""A forgotten password: the recovery key gives an administrator a new one.

The key printed at setup is the last resort when every administrator has forgotten their
password. Once used it is replaced (it has been typed on a shared PC and its sheet has
left the safe), so the dialog ends by showing the new key once, to save and print, as the
setup does (with ui/session/new_key.py's panel, shared with the Utenti page). The staff's names are not in the key file, only in the locked store: the
administrator's name is typed, not chosen.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import AuthFailed, GeneraError, NotFound, ValidationFailed
from genera_desktop.services import accounts
from genera_desktop.services.session import normalize_recovery_key
from genera_desktop.ui.common.form import FieldForm
from genera_desktop.ui.messages import error_text, field_message
from genera_desktop.ui.session.new_key import NewKeyPanel

log = logging.getLogger(__name__)

KEY_LETTERS = 40  # 8 groups of 5, as keyring.new_recovery_key makes them


class RecoverDialog(QDialog):
    """Key, administrator, new password twice; then the new recovery key, once.

    Once accepted, ``username`` and ``new_password`` say how to log in.
    """

    def __init__(self, data_dir: Path, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.recovered: accounts.Recovered | None = None
        self.new_password = ""
        self.setWindowTitle(self.tr("genera – password dimenticata"))
        self.setMinimumWidth(480)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._ask_page(username))
        self.pages.addWidget(self._key_page())
        # Parented now: a default button only registers with a dialog it already sits in,
        # else the first button in the focus chain (Save as PDF) would take Enter.
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Imposta la nuova password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        (self.username if username else self.key).setFocus()

    # -- the question ------------------------------------------------------------------

    def _ask_page(self, username: str) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Se nessun amministratore ricorda la password, la chiave di recupero stampata "
                "all'installazione permette di sceglierne una nuova."
            )
        )
        intro.setObjectName("dialogTitle")
        intro.setWordWrap(True)
        self.form = FieldForm()
        self.key = QLineEdit()
        self.key.setObjectName("recoveryKeyInput")
        self.key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add_field("key", self.tr("Chiave di recupero"), self.key)
        self.form.add_field("username", self.tr("Amministratore"), self.username)
        self.form.add_field("password", self.tr("Nuova password"), self.password)
        self.form.add_field("repeat", self.tr("Ripetete la password"), self.repeat)
        self.username.setToolTip(self.tr("Il nome utente con cui l'amministratore accede"))
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(intro)
        column.addLayout(self.form)
        return page

    def submit(self) -> None:
        """Enter or the button: on the first page try the key, on the second log in."""
        if self.pages.currentIndex() == 1:
            if self.key_page.kept.isChecked():
                self.accept()
            return
        self.form.clear_errors()
        if not self._filled():
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.recovered = accounts.recover_with_key(
                self.data_dir, self.key.text(), self.username.text().strip(), self.password.text()
            )
        except AuthFailed:
            self._refuse("key", self.tr("La chiave di recupero non apre questo archivio."))
            return
        except NotFound:
            self._refuse("username", self.tr("Nessun amministratore con questo nome."))
            return
        except ValidationFailed as err:
            self.form.show_field_errors(err.errors)
            return
        except GeneraError as err:
            self._refuse("key", error_text(err))
            return
        except Exception as err:  # noqa: BLE001 - never a traceback in front of staff
            log.error("recovery failed unexpectedly: %s", type(err).__name__)
            self._refuse("key", error_text(err))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        log.info("password recovered with the recovery key")
        self.new_password = self.password.text()
        self._show_new_key(self.recovered)

    def _filled(self) -> bool:
        """Check what can be checked here, before the key's slow derivation."""
        letters = normalize_recovery_key(self.key.text()).replace("-", "")
        if not letters:
            return self._refuse("key", self.tr("Scrivere la chiave di recupero"))
        if len(letters) != KEY_LETTERS:
            return self._refuse(
                "key",
                self.tr("La chiave ha 40 lettere e cifre: 8 gruppi di 5. Ne sono state scritte {n}.")
                .format(n=len(letters)),
            )
        if not self.username.text().strip():
            return self._refuse("username", self.tr("Scrivere il nome utente dell'amministratore"))
        try:
            accounts.check_password(self.password.text())
        except ValidationFailed as err:
            return self._refuse("password", field_message(err.errors[0]))
        if self.repeat.text() != self.password.text():
            self.repeat.clear()
            return self._refuse("repeat", self.tr("Le due password sono diverse"))
        return True

    def _refuse(self, field: str, message: str) -> bool:
        self.form.set_error(field, message)
        editor = self.form.editors[field]
        editor.setFocus()
        if isinstance(editor, QLineEdit):
            editor.selectAll()
        return False

    # -- the new key, shown once -------------------------------------------------------

    def _key_page(self) -> NewKeyPanel:
        self.key_page = NewKeyPanel(
            self.tr(
                "La chiave usata non vale più: questa è la nuova chiave di recupero. Viene "
                "mostrata una sola volta: salvatela, stampatela e conservate il foglio al "
                "posto di quello vecchio."
            )
        )
        self.key_page.kept.toggled.connect(self._kept_changed)
        return self.key_page

    def _show_new_key(self, recovered: accounts.Recovered) -> None:
        self.key_page.show_key(
            recovered, self.tr("La password di {name} è cambiata.").format(name=recovered.username)
        )
        self.password.clear()
        self.repeat.clear()
        self.key.clear()
        self.pages.setCurrentIndex(1)
        self.cancel_button.hide()
        self.ok_button.setText(self.tr("Accedi"))
        self.ok_button.setEnabled(False)
        self.key_page.kept.setFocus()

    def _kept_changed(self, kept: bool) -> None:
        self.ok_button.setEnabled(kept)

    def reject(self) -> None:
        # Esc cancels the question; once the password has changed, leaving still logs
        # in with it, but only after the person has been warned the key is gone for good.
        if self.recovered is None:
            super().reject()
        elif self.key_page.kept.isChecked() or self.key_page.confirm_leave_without_key():
            self.accept()
