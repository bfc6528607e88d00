"""A forgotten password: the recovery key gives an administrator a new one.

The key printed at setup is the last resort when every administrator has forgotten their
password. Once used it is replaced (it has been typed on a shared PC and its sheet has
left the safe), so the dialog ends by showing the new key once, to save and print, as the
setup does. The staff's names are not in the key file, only in the locked store: the
administrator's name is typed, not chosen.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import AuthFailed, GeneraError, NotFound, ValidationFailed
from genera_desktop.printing.recovery import RecoverySheet, recovery_pdf
from genera_desktop.services import accounts
from genera_desktop.store.keyring import normalize_recovery_key
from genera_desktop.ui.form import FieldForm
from genera_desktop.ui.messages import error_text, field_message

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
            if self.kept.isChecked():
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

    def _key_page(self) -> QWidget:
        page = QWidget()
        done = QLabel()
        done.setObjectName("dialogTitle")
        done.setWordWrap(True)
        self.done_label = done
        advice = QLabel(
            self.tr(
                "La chiave usata non vale più: questa è la nuova chiave di recupero. Viene "
                "mostrata una sola volta: salvatela, stampatela e conservate il foglio al "
                "posto di quello vecchio."
            )
        )
        advice.setWordWrap(True)
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.8)  # grows with the system's setting
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Salva come PDF da stampare…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("hint")
        self.saved_label.setWordWrap(True)
        self.kept = QCheckBox(self.tr("Ho conservato la nuova chiave di recupero"))
        self.kept.toggled.connect(self._kept_changed)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(done)
        column.addWidget(advice)
        column.addWidget(self.key_label)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.saved_label)
        column.addStretch(1)
        column.addWidget(self.kept)
        return page

    def _show_new_key(self, recovered: accounts.Recovered) -> None:
        self.done_label.setText(
            self.tr("La password di {name} è cambiata.").format(name=recovered.username)
        )
        groups = recovered.recovery_key.split("-")
        self.key_label.setText("-".join(groups[:4]) + "-\n" + "-".join(groups[4:]))
        self.password.clear()
        self.repeat.clear()
        self.key.clear()
        self.pages.setCurrentIndex(1)
        self.cancel_button.hide()
        self.ok_button.setText(self.tr("Accedi"))
        self.ok_button.setEnabled(False)
        self.kept.setFocus()

    def _kept_changed(self, kept: bool) -> None:
        self.ok_button.setEnabled(kept)

    def choose_pdf_path(self) -> str:
        """Where to save the sheet (tests replace this)."""
        name = str(Path.home() / "genera-chiave-di-recupero.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Salva la chiave di recupero"), name, self.tr("Documento PDF (*.pdf)")
        )
        return path

    def save_pdf(self) -> None:
        if self.recovered is None:
            return
        path = self.choose_pdf_path()
        if not path:
            return
        sheet = RecoverySheet(self.recovered.recovery_key, self.recovered.network_name,
                              self.recovered.site_name, date.today().strftime("%d/%m/%Y"))
        try:
            Path(path).write_bytes(recovery_pdf(sheet))
        except OSError as err:
            self.saved_label.setText(error_text(err))
            return
        self.saved_label.setText(
            self.tr(
                "Salvata in {path}. Stampatela, poi cancellate il file: su questo computer "
                "non deve restare."
            ).format(path=path)
        )

    def confirm_leave_without_key(self) -> bool:
        """Asked when closing before the new key was kept (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Chiave di recupero"),
            self.tr("La nuova chiave di recupero non sarà più mostrata. Chiudere comunque?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        # Esc cancels the question; once the password has changed, leaving still logs
        # in with it, but only after the person has been warned the key is gone for good.
        if self.recovered is None:
            super().reject()
        elif self.kept.isChecked() or self.confirm_leave_without_key():
            self.accept()
