"""A new household: where it lives and how to reach it. Members, intake and the rest
follow on the household page, which opens right after."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from genera_desktop.ui.common import prompts
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.registry.household_form import HouseholdForm


class NewHouseholdDialog(QDialog):
    """Point (this site's by default), comune (the point's), address and contacts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nuovo nucleo familiare"))
        self.household = HouseholdForm(ctx, self, compact=True)
        self.household.load(None)
        self.result_fields: dict[str, Any] | None = None
        intro = QLabel(self.tr("Dove vive il nucleo e come raggiungerlo. Componenti e scheda "
                               "di accoglienza si aggiungono subito dopo."))
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        buttons = QDialogButtonBox()
        create = buttons.addButton(self.tr("Crea nucleo"), QDialogButtonBox.ButtonRole.AcceptRole)
        create.setDefault(True)
        buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addWidget(self.household)
        layout.addWidget(buttons)
        self.setMinimumWidth(680)

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> dict[str, Any] | None:
        """The new household's fields, or None if the operator gave up."""
        dialog = cls(ctx, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_fields

    def save(self) -> None:
        form = self.household.form
        values = {k: v for k, v in form.values().items() if v is not None}
        if not form.check({"point": None, **values}):
            return
        self.result_fields = values
        self.accept()

    def reject(self) -> None:
        if self.household.form.is_dirty() and not prompts.confirm(
                self, self.tr("Nuovo nucleo familiare"),
                self.tr("Il nuovo nucleo non è stato creato. Scartare quanto scritto?"),
                self.tr("Scarta"), self.tr("Continua a scrivere")):
            return
        super().reject()
