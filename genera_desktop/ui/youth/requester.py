"""Who requests the access export of a person under 18: a parent or the guardian, by
name (services/coordination/access_request.py records them in the trail and in the
export). Asked by the export of the «Registro accessi» page for a minor."""

from __future__ import annotations

from typing import Any

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


class RequesterDialog(QDialog):
    """The requester's name and whether a parent or the guardian."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chi richiede i dati"))
        hint = QLabel(self.tr("La persona è minorenne: i suoi dati si consegnano a un "
                              "genitore o al tutore che li richiede. Il suo nome resta nel "
                              "registro accessi e nel documento."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Nome e cognome di chi richiede"))
        self.relation = QComboBox()
        self.relation.addItem(self.tr("Genitore"), "parent")
        self.relation.addItem(self.tr("Tutore"), "guardian")
        self.relation.setAccessibleName(self.tr("Richiede come"))
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Nome e cognome"), self.name)
        form.addRow(self.tr("&Richiede come"), self.relation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.name.setFocus()

    def check(self) -> None:
        if not self.name.text().strip():
            self.message.setText(self.tr("Scrivere il nome di chi richiede i dati."))
            self.message.show()
            self.name.setFocus()
            return
        self.accept()

    def requester(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "relation": self.relation.currentData()}

    @classmethod
    def ask(cls, parent: QWidget | None) -> dict[str, Any] | None:
        """The requester, or None when cancelled."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.requester()
