"""The coordinator invites a new site: its name, its role, its point; then where to save
the invitation file. ``ask`` returns what services.sync.invite wrote, or None."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.services import records
from genera_desktop.services.network import sync
from genera_desktop.ui import file_dialogs
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text

INVITATION_EXTENSION = ".invito"


class InviteDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.invited: sync.Invited | None = None
        self.setWindowTitle(self.tr("Invita una postazione"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.site_name = QLineEdit()
        self.site_name.setPlaceholderText(self.tr("es. Punto Montichiari"))
        self.role = QComboBox()
        self.role.addItem(self.tr("Punto di comunità"), "point")
        self.role.addItem(self.tr("Portatile del custode sociale"), "laptop")
        self.point = QComboBox()
        for point in records.list_records(ctx.store, "point"):
            self.point.addItem(f"{point['code']} – {point['name']}", point["code"])
        form.addRow(self.tr("Nome della postazione"), self.site_name)
        form.addRow(self.tr("Tipo"), self.role)
        form.addRow(self.tr("Punto di comunità"), self.point)
        layout.addLayout(form)
        self.failure = QLabel()
        self.failure.setObjectName("fieldError")
        self.failure.setWordWrap(True)
        layout.addWidget(self.failure)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Salva l'invito…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annulla"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.role.currentIndexChanged.connect(self._on_role)
        self._on_role()

    def _on_role(self) -> None:
        self.point.setEnabled(self.role.currentData() == "point")

    def choose_path(self, suggested: str) -> str:
        """Where to save the invitation (tests replace this)."""
        return file_dialogs.save_file(
            self, self.tr("Salva l'invito"), suggested,
            self.tr("Invito genera (*{ext})").format(ext=INVITATION_EXTENSION))

    def save(self) -> None:
        name = self.site_name.text().strip()
        role = self.role.currentData()
        point = self.point.currentData() if role == "point" else None
        chosen = self.choose_path(sync.safe_file_name(name or "postazione")
                                  + INVITATION_EXTENSION)
        if not chosen:
            return
        try:
            self.invited = sync.invite(self.ctx.store, site_name=name, role=role,
                                       point_code=point, out=Path(chosen))
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.failure.setText(error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> sync.Invited | None:
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.invited
