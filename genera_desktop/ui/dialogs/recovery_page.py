"""The last page of the setup: the recovery key, shown once, to save as PDF and keep."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from genera_desktop.printing.recovery import RecoverySheet, recovery_pdf
from genera_desktop.services import network
from genera_desktop.ui.messages import error_text


class RecoveryPage(QWizardPage):
    """The recovery key, shown once, and the promise that it was kept."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Chiave di recupero"))
        self.setSubTitle(
            self.tr(
                "Se tutti gli amministratori dimenticano la password, solo questa chiave "
                "riapre l'archivio. Viene mostrata una sola volta: salvatela e stampatela ora."
            )
        )
        self.key = ""
        self.sheet: RecoverySheet | None = None
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        # Twice the text around it, so it grows with the system's font setting.
        font.setPointSizeF(self.font().pointSizeF() * 2)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Salva come PDF da stampare…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("hint")
        self.saved_label.setWordWrap(True)
        self.kept = QCheckBox(self.tr("Ho conservato la chiave di recupero"))
        self.kept.toggled.connect(self.completeChanged)
        self.demo_note = QLabel()
        self.demo_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addSpacing(6)
        layout.addWidget(self.key_label)
        layout.addSpacing(10)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.saved_label)
        layout.addStretch(1)
        layout.addWidget(self.demo_note)
        layout.addWidget(self.kept)
        self.demo = False

    def show_key(
        self, created: network.Created, network_name: str, site_name: str, demo: bool
    ) -> None:
        self.key = created.recovery_key
        groups = self.key.split("-")
        half = (len(groups) + 1) // 2
        self.key_label.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        self.sheet = RecoverySheet(
            self.key, network_name, site_name, date.today().strftime("%d/%m/%Y")
        )
        self.demo = demo
        if demo:
            self.demo_note.setText(
                self.tr(
                    "È una rete dimostrativa: i dati sono inventati e la chiave serve solo "
                    "per provare."
                )
            )
        self.kept.setVisible(not demo)
        self.completeChanged.emit()

    def choose_pdf_path(self) -> str:
        """Where to save the sheet (tests replace this)."""
        name = str(Path.home() / "genera-chiave-di-recupero.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Salva la chiave di recupero"), name, self.tr("Documento PDF (*.pdf)")
        )
        return path

    def save_pdf(self) -> None:
        if self.sheet is None:
            return
        path = self.choose_pdf_path()
        if not path:
            return
        try:
            Path(path).write_bytes(recovery_pdf(self.sheet))
        except OSError as err:
            self.saved_label.setText(error_text(err))
            return
        self.saved_label.setText(
            self.tr(
                "Salvata in {path}. Stampatela, poi cancellate il file: su questo computer "
                "non deve restare."
            ).format(path=path)
        )

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.key) and (self.demo or self.kept.isChecked())
