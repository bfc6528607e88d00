"""Adding or changing a contact (colloquio), a referral (invio) or a follow-up
(promemoria) of a household: one small dialog, its fields chosen by the kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from genera_desktop.domain.errors import ValidationFailed
from genera_desktop.services import households
from genera_desktop.ui import labels
from genera_desktop.ui.widgets.fields import (
    BoolCheck,
    DateEdit,
    EnumCombo,
    NotesEdit,
    SuggestCombo,
    TextEdit,
)
from genera_desktop.ui.widgets.record_form import RecordForm, form_layout


class EntryDialog(QDialog):
    """The fields of one contact, referral or follow-up."""

    def __init__(self, kind: str, parent: QWidget | None, *, persons: dict[str, str],
                 operators: list[str], entry: dict[str, Any] | None = None,
                 defaults: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.entry = entry
        self.result_fields: dict[str, Any] | None = None
        titles = {
            "contact": (self.tr("Nuovo colloquio"), self.tr("Modifica colloquio")),
            "referral": (self.tr("Nuovo invio"), self.tr("Modifica invio")),
            "follow_up": (self.tr("Nuovo promemoria"), self.tr("Modifica promemoria")),
        }[kind]
        self.setWindowTitle(titles[1] if entry else titles[0])
        self.form = RecordForm(kind, self)
        layout = form_layout()
        f = self.form
        if kind == "contact":
            f.field(layout, "date", self.tr("Data"), DateEdit())
            f.field(layout, "contact_type", self.tr("Tipo"), EnumCombo(labels.CONTACT_TYPE))
            f.field(layout, "person", self.tr("Con"), EnumCombo(persons, empty=self.tr("il nucleo")))
            f.field(layout, "operator", self.tr("Operatore"), SuggestCombo(operators))
            f.field(layout, "notes", self.tr("Note"), NotesEdit(lines=5))
        elif kind == "referral":
            f.field(layout, "date", self.tr("Data"), DateEdit())
            f.field(layout, "direction", self.tr("Direzione"),
                    EnumCombo(labels.REFERRAL_DIRECTION, empty=None))
            f.field(layout, "organisation", self.tr("Ente o servizio"),
                    TextEdit(max_length=200, placeholder=self.tr("a chi o da chi")))
            f.field(layout, "status", self.tr("Stato"),
                    EnumCombo(labels.REFERRAL_STATUS, empty=None))
            f.field(layout, "outcome", self.tr("Esito"), NotesEdit(lines=2))
            f.field(layout, "notes", self.tr("Note"), NotesEdit(lines=3))
        else:
            f.field(layout, "due_date", self.tr("Scadenza"), DateEdit())
            f.field(layout, "operator", self.tr("Operatore"), SuggestCombo(operators))
            f.field(layout, "note", self.tr("Cosa fare"), NotesEdit(lines=3))
            f.field(layout, "done", "", BoolCheck(self.tr("Fatto")))
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Salva"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 14)
        column.setSpacing(14)
        column.addLayout(layout)
        column.addWidget(buttons)
        self.setMinimumWidth(520)
        self.form.load(entry or defaults or {})

    @classmethod
    def ask(cls, kind: str, parent: QWidget | None, *, persons: dict[str, str],
            operators: list[str], entry: dict[str, Any] | None = None,
            defaults: dict[str, Any] | None = None) -> dict[str, Any] | None:
        """The fields to save (all for a new entry, the changed ones for another), or None."""
        dialog = cls(kind, parent, persons=persons, operators=operators, entry=entry,
                     defaults=defaults)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_fields

    def save(self) -> None:
        if not self.form.check():
            return
        try:  # what the service requires of an entry, said under its field
            households.check_entry(self.kind, self.form.values() if not self.entry
                                   else self.form.changes(), new=not self.entry)
        except ValidationFailed as failed:
            self.form.show_errors(failed.errors)
            return
        if self.entry:
            values = self.form.changes()
        else:
            values = {k: v for k, v in self.form.values().items() if v not in (None, "", False)}
        self.result_fields = values
        self.accept()
