"""A new recovery key, shown once: to save as a PDF to print, and a promise it was kept.

Three places make a key: the setup (the first one), the forgotten-password dialog (the
used key is replaced) and the Utenti page (an administrator replaces a lost sheet). All
show it with this panel; ``NewKeyDialog`` is the panel alone, for the Utenti page.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.printing.recovery import RecoverySheet, recovery_pdf
from genera_desktop.services.accounts import Recovered
from genera_desktop.ui import file_dialogs
from genera_desktop.ui.common.rows import format_date
from genera_desktop.ui.messages import error_text


class NewKeyPanel(QWidget):
    """What happened, the owner's advice, the key in large letters, Save as PDF, Kept."""

    def __init__(self, advice: str = "", parent: QWidget | None = None, *,
                 kept_text: str | None = None) -> None:
        super().__init__(parent)
        self.recovered: Recovered | None = None
        self.done_label = QLabel()
        self.done_label.setObjectName("dialogTitle")
        self.done_label.setWordWrap(True)
        self.advice_label = QLabel(advice)
        self.advice_label.setWordWrap(True)
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
        self.kept = QCheckBox(kept_text or self.tr("Ho conservato la nuova chiave di recupero"))
        # The setup's page has its own title and advice: nothing shown twice.
        self.done_label.setVisible(False)
        self.advice_label.setVisible(bool(advice))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(self.done_label)
        column.addWidget(self.advice_label)
        column.addWidget(self.key_label)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.saved_label)
        column.addStretch(1)
        column.addWidget(self.kept)

    def show_key(self, recovered: Recovered, done: str = "") -> None:
        """Show this key under the sentence ``done`` (what just happened)."""
        self.recovered = recovered
        self.done_label.setText(done)
        self.done_label.setVisible(bool(done))
        groups = recovered.recovery_key.split("-")
        # Two lines of four groups: large enough to copy by hand without losing the place.
        self.key_label.setText("-".join(groups[:4]) + "-\n" + "-".join(groups[4:]))

    def choose_pdf_path(self) -> str:
        """Where to save the sheet (tests replace this)."""
        return file_dialogs.save_file(
            self, self.tr("Salva la chiave di recupero"), "genera-chiave-di-recupero.pdf",
            self.tr("Documento PDF (*.pdf)"))

    def save_pdf(self) -> None:
        if self.recovered is None:
            return
        path = self.choose_pdf_path()
        if not path:
            return
        sheet = RecoverySheet(self.recovered.recovery_key, self.recovered.network_name,
                              self.recovered.site_name, format_date(date.today()))
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


class NewKeyDialog(QDialog):
    """The key just made by an administrator; Close once it is kept (or after a warning)."""

    def __init__(self, recovered: Recovered, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("genera – nuova chiave di recupero"))
        self.setMinimumWidth(480)
        self.key_page = NewKeyPanel(
            self.tr(
                "La chiave di prima non apre più questo archivio. La nuova viene mostrata una "
                "sola volta: salvatela, stampatela e conservate il foglio al posto di quello "
                "vecchio. I backup fatti prima della sostituzione si aprono ancora con la "
                "chiave vecchia, non con questa."
            )
        )
        self.key_page.show_key(recovered, self.tr("La chiave di recupero è stata sostituita."))
        # Parented now, so Close is the default button (not Save as PDF, first in the chain).
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton(
            self.tr("Chiudi"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button.setDefault(True)
        self.close_button.setEnabled(False)
        self.key_page.kept.toggled.connect(self.close_button.setEnabled)
        self.buttons.accepted.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.key_page)
        layout.addWidget(self.buttons)
        self.key_page.kept.setFocus()

    def submit(self) -> None:
        if self.key_page.kept.isChecked():
            self.accept()

    def reject(self) -> None:
        # The old key is already gone: Esc or the window's X only warns, then closes.
        if self.key_page.kept.isChecked() or self.key_page.confirm_leave_without_key():
            self.accept()
