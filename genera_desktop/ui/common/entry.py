"""Adding or changing a record of a household that has no page of its own (a contact, a
referral, a follow-up): one small dialog whose fields, labels and editors are the
kind's declaration's (``form``, store/kinds.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from genera_desktop.domain.errors import ValidationFailed
from genera_desktop.services.kinds import KINDS
from genera_desktop.services.registry import households
from genera_desktop.ui import labels
from genera_desktop.ui.common.record_form import RecordForm, form_layout
from genera_desktop.ui.community.fields import OrganisationChooser


class EntryDialog(QDialog):
    """The fields of one record of ``kind`` (a kind that declares a ``form``)."""

    def __init__(self, kind: str, parent: QWidget | None, *, persons: dict[str, str],
                 operators: list[str], entry: dict[str, Any] | None = None,
                 defaults: dict[str, Any] | None = None,
                 organisations: Mapping[str, str] | None = None,
                 new_organisation: Callable[[str], tuple[str, str] | None] | None = None
                 ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.entry = entry
        self.result_fields: dict[str, Any] | None = None
        self.setWindowTitle(labels.edit_record_title(kind) if entry
                            else labels.new_record_title(kind))
        self.form = RecordForm(kind, self)
        layout = form_layout()
        # A referral's organisation offers the network's directory (the text stays free).
        self.organisation: OrganisationChooser | None = None
        if kind == "referral" and organisations is not None:
            self.organisation = OrganisationChooser(organisations, new_organisation)
        for name in KINDS[kind].form:
            if name == "organisation" and self.organisation is not None:
                self.form.field(layout, name, None, self.organisation)
                continue
            self.form.declared(layout, name, persons=persons, operators=operators)
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
        # The directory's names and «Nuovo ente…» beside them need the room.
        self.setMinimumWidth(640 if self.organisation is not None else 520)
        self.form.load(entry or defaults or {})

    @classmethod
    def ask(cls, kind: str, parent: QWidget | None, *, persons: dict[str, str],
            operators: list[str], entry: dict[str, Any] | None = None,
            defaults: dict[str, Any] | None = None,
            organisations: Mapping[str, str] | None = None,
            new_organisation: Callable[[str], tuple[str, str] | None] | None = None
            ) -> dict[str, Any] | None:
        """The fields to save (all for a new entry, the changed ones for another), or None.
        ``organisations`` (id to name) and ``new_organisation``: a referral's choice of
        the network's directory (ui/community/fields.OrganisationChooser)."""
        dialog = cls(kind, parent, persons=persons, operators=operators, entry=entry,
                     defaults=defaults, organisations=organisations,
                     new_organisation=new_organisation)
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
        if self.organisation is not None and (not self.entry or "organisation" in values):
            # Named as in the directory: linked to it; other text stays text.
            linked = self.organisation.organisation_id()
            if linked or (self.entry or {}).get("organisation_ref"):
                values["organisation_ref"] = linked
        self.result_fields = values
        self.accept()
