"""Logging in to the store of this PC, and unlocking it again after a pause.

A wrong name or password is said under the field, never which of the two was wrong.
After three failures in a row the dialog waits a little before the next try, and a bit
longer after each further failure: a person at the desk hardly notices, a guesser does.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import AuthFailed, GeneraError
from genera_desktop.services import session
from genera_desktop.services.network import site
from genera_desktop.services.session import Store
from genera_desktop.ui.common.form import FieldForm
from genera_desktop.ui.messages import error_text
from genera_desktop.ui.session.recover import RecoverDialog

log = logging.getLogger(__name__)
# Methods of the shared base run for both subclasses: a fixed context, not self.tr's.
translate = QCoreApplication.translate

FREE_TRIES = 3
FIRST_DELAY_MS = 5_000
MAX_DELAY_MS = 60_000


class _Throttle:
    """How long to wait before the next try, after so many failures in a row."""

    def __init__(self, first_delay_ms: int) -> None:
        self.first_delay_ms = first_delay_ms
        self.failures = 0

    def failed(self) -> int:
        """Count a failure; the wait before the next try, in ms (0: none)."""
        self.failures += 1
        if self.failures < FREE_TRIES:
            return 0
        return min(self.first_delay_ms * 2 ** (self.failures - FREE_TRIES), MAX_DELAY_MS)

    def reset(self) -> None:
        self.failures = 0


class _PasswordDialog(QDialog):
    """What login and unlock share: a form, an "Accedi" button, the wait after failures."""

    first_delay_ms = FIRST_DELAY_MS

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.throttle = _Throttle(self.first_delay_ms)
        self.form = FieldForm()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("password")
        self.password.setMinimumWidth(260)  # the dialog is as wide as its content
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            translate("PasswordDialog", "Accedi"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.wait_timer = QTimer(self)
        self.wait_timer.setSingleShot(True)
        self.wait_timer.timeout.connect(self._end_wait)
        self.wait_until = 0.0
        self.setMinimumWidth(400)

    def _layout(self, *intro: QWidget) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        for widget in intro:
            layout.addWidget(widget)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        # The dialog is always as big as what it says (an error under a field grows
        # it): no window manager, font or translation can leave a line cut.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    def submit(self) -> None:
        """Try the password (Enter in any field, or the button)."""
        if self.wait_timer.isActive():
            return
        self.form.clear_errors()
        if not self._filled():
            return
        try:
            self.try_password()
        except AuthFailed:
            self._failed()
            return
        except GeneraError as err:
            self.form.set_error("password", error_text(err))
            return
        except Exception as err:  # noqa: BLE001 - a login never shows a traceback
            log.error("login failed unexpectedly: %s", type(err).__name__)
            self.form.set_error("password", error_text(err))
            return
        self.throttle.reset()
        self.accept()

    def _filled(self) -> bool:
        if not self.password.text():
            self.form.set_error("password", translate("PasswordDialog", "Scrivere la password"))
            self.password.setFocus()
            return False
        return True

    def try_password(self) -> None:
        raise NotImplementedError

    def _failed(self) -> None:
        log.info("login refused")
        self.password.clear()
        self.password.setFocus()
        wait = self.throttle.failed()
        message = translate("PasswordDialog", "Nome utente o password errati")
        if wait:
            seconds = max(1, round(wait / 1000))
            message += "\n" + translate(
                "PasswordDialog", "Troppi tentativi: riprovare tra {n} secondi."
            ).format(n=seconds)
            self.ok_button.setEnabled(False)
            self.wait_until = time.monotonic() + wait / 1000
            self.wait_timer.start(wait)
        self.form.set_error("password", message)

    def _end_wait(self) -> None:
        self.ok_button.setEnabled(True)
        self.form.clear_errors()
        self.password.setFocus()


class LoginDialog(_PasswordDialog):
    """User name and password; ``store`` is the opened store once accepted."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None, site_label: str = "") -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.store: Store | None = None
        self.setWindowTitle(self.tr("genera – accesso"))
        intro = QLabel(self.tr("Accedete con il vostro nome utente."))
        if site_label:
            intro.setText(site_label)
        intro.setObjectName("dialogTitle")
        # Which store this is: a PC may keep more than one (a test copy, a second site).
        self.which = QLabel(self.store_text(site.store_label(data_dir), data_dir))
        self.which.setObjectName("hint")
        self.which.setToolTip(str(data_dir))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.form.add_field("username", self.tr("Nome utente"), self.username)
        self.form.add_field("password", self.tr("Password"), self.password)
        cancel = self.buttons.addButton(self.tr("Esci"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        # HelpRole puts it apart, on the left; it opens the recovery, not a help page.
        self.forgot_button = self.buttons.addButton(
            self.tr("Password &dimenticata?"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self.recover_password)
        self._layout(intro, self.which)
        self.username.setFocus()

    def store_text(self, label: site.StoreLabel | None, data_dir: Path) -> str:
        """«Postazione «Punto di Comunità Montichiari» · rete «Bassa Bresciana»»; the
        folder when the store has not said its name yet (a store from before this was
        kept, until its first login)."""
        if label is None:
            return self.tr("Archivio nella cartella {folder}").format(folder=data_dir)
        text = self.tr("Postazione «{site}»").format(site=label.site_name)
        if label.network_name:
            text += " · " + self.tr("rete «{network}»").format(network=label.network_name)
        return text

    def recover_password(self) -> None:
        """The recovery key gives an administrator a new password; then log in with it."""
        dialog = RecoverDialog(self.data_dir, self, self.username.text().strip())
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if not accepted or dialog.recovered is None:
            self.username.setFocus()
            return
        # The person has just proved they hold the key: no wait from earlier failures.
        self.wait_timer.stop()
        self.throttle.reset()
        self.ok_button.setEnabled(True)
        self.username.setText(dialog.recovered.username)
        self.password.setText(dialog.new_password)
        self.password.setFocus()
        super().submit()

    def submit(self) -> None:
        # Enter reaches the default button from any field: after the name, go on to the
        # password instead of complaining that it is empty.
        if (
            self.focusWidget() is self.username
            and self.username.text().strip()
            and not self.password.text()
        ):
            self.form.clear_errors()
            self.password.setFocus()
            return
        super().submit()

    def _filled(self) -> bool:
        if not self.username.text().strip():
            self.form.set_error("username", self.tr("Scrivere il nome utente"))
            self.username.setFocus()
            return False
        return super()._filled()

    def try_password(self) -> None:
        self.store = session.open_store(self.data_dir, self.username.text().strip(),
                                        self.password.text())
        site.remember_store_label(self.store)

    @classmethod
    def ask(cls, data_dir: Path, parent: QWidget | None = None) -> Store | None:
        """The store opened by whoever logs in, or None if they leave."""
        dialog = cls(data_dir, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.store
        return None


class UnlockDialog(_PasswordDialog):
    """The lock screen's question: the same user's password, nothing else.

    It cannot be dismissed: the application stays locked until the password is given.
    """

    def __init__(self, store: Store, display_name: str, parent: QWidget | None = None,
                 *, idle: bool = False) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("genera – sessione bloccata"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        # Say what happened: the timer, or someone's Ctrl+L (then the person coming
        # back knows nobody was idle too long).
        if idle:
            what = self.tr("La sessione di {name} è stata bloccata per inattività.")
        else:
            what = self.tr("{name} ha bloccato la sessione.")
        self.intro = QLabel(what.format(name=display_name))
        self.intro.setObjectName("dialogTitle")
        hint = QLabel(self.tr("Scrivete la password per riprendere il lavoro."))
        self.form.add_field("password", self.tr("Password"), self.password)
        self.ok_button.setText(self.tr("Sblocca"))
        self._layout(self.intro, hint)

    def try_password(self) -> None:
        session.check_unlock(self.store, self.password.text())

    def reject(self) -> None:
        # Esc or the window's close button must not reveal what is behind the lock.
        return

    @classmethod
    def ask(cls, store: Store, display_name: str, parent: QWidget | None = None, *,
            idle: bool = False) -> bool:
        """Block until the user's password is given (the lock itself shows the dialog
        without blocking, see ui/session/lock.py)."""
        dialog = cls(store, display_name, parent, idle=idle)
        return dialog.exec() == QDialog.DialogCode.Accepted
