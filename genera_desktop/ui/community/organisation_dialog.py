"""An organisation of the partner network: its fields and its agreements.

The partita IVA is judged as soon as its eleven digits are in (the service's own rule,
python-stdnum's check, the error's words under the field); the ATECO code is found by
typing its number or the activity's words. Agreements (convention, protocol, patto di
collaborazione) are records of their own, added here once the organisation is saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import GeneraError, ValidationFailed
from genera_desktop.services import records
from genera_desktop.services.community import organisations
from genera_desktop.services.community import ui_queries as queries
from genera_desktop.ui import labels
from genera_desktop.ui.common import prompts
from genera_desktop.ui.common.record_form import RecordForm, form_layout
from genera_desktop.ui.common.record_list import RecordListTab, declared_columns
from genera_desktop.ui.community.fields import add_field
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text

LEFT = ("name", "org_type", "is_partner", "vat_number", "tax_code", "ateco", "employees")
RIGHT = ("contact_name", "phone", "email", "municipality", "address", "notes")
AGREEMENT_FIELDS = ("agreement_type", "subject", "signed_on", "start_date", "end_date",
                    "point", "notes")


class OrganisationDialog(QDialog):
    """A new organisation (``record`` None; ``name`` proposed) or one to change."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 record: dict[str, Any] | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.saved_id: str | None = record["id"] if record else None
        self.setWindowTitle(labels.edit_record_title("organisation") if record
                            else labels.new_record_title("organisation"))
        self.form = RecordForm("organisation", self)
        left, right = form_layout(), form_layout()
        for names, layout in ((LEFT, left), (RIGHT, right)):
            for field in names:
                add_field(self.form, layout, field)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        heading = QLabel(labels.kind_name("agreement", plural=True))
        heading.setObjectName("sectionTitle")
        self.agreements = RecordListTab(
            declared_columns("agreement", overrides={}),
            self.tr("Nessun accordo con questo ente."))
        # The organisation's own name would be repeated on every row.
        self.agreements.view.hideColumn(declared_index("organisation"))
        self.agreements.add_action(labels.new_record_title("agreement"), self.add_agreement,
                                   needs_row=False, shortcut="Ins")
        self.agreements.add_action(self.tr("Modifica"), self.edit_agreement, default=True)
        self.agreements.add_action(self.tr("Elimina"), self.remove_agreement, shortcut="Del")
        self.agreements.view.setAccessibleName(heading.text())
        inner = self.agreements.layout()
        if inner is not None:
            inner.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Salva"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        page = QVBoxLayout(self)
        page.setContentsMargins(20, 16, 20, 14)
        page.setSpacing(12)
        page.addLayout(columns)
        page.addWidget(heading)
        page.addWidget(self.agreements, 1)
        page.addWidget(self.message)
        page.addWidget(buttons)
        self.resize(980, 640)
        self.form.load(record if record else ({"name": name} if name else None))
        self._load_agreements()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None, **options: Any) -> str | None:
        """The organisation's id when it was saved (now or by an agreement), else None."""
        dialog = cls(ctx, parent, **options)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved_id
        # A new one saved to add an agreement, then the dialog closed: it exists.
        return dialog.saved_id if dialog.record is None else None

    def _load_agreements(self) -> None:
        rows = organisations.agreements_of(self.ctx.store, self.saved_id) \
            if self.saved_id else []
        self.agreements.set_rows(rows)
        if rows and self.agreements.current() is None:  # so «Modifica» and Invio work
            self.agreements.view.setCurrentIndex(self.agreements.model.index(0, 0))

    def save(self) -> bool:
        """Save the fields; errors under them. True when saved (or nothing to save)."""
        self.message.hide()
        values = self.form.changes() if self.saved_id else {
            k: v for k, v in self.form.values().items() if v not in (None, "", False)}
        if self.saved_id and not values:
            return True
        if not self.form.check(values, partial=bool(self.saved_id)):
            return False
        try:
            if self.saved_id:
                records.update(self.ctx.store, "organisation", self.saved_id, values)
            else:
                self.saved_id = records.add(self.ctx.store, "organisation", values)
        except ValidationFailed as failed:
            if self.form.show_errors(failed.errors):
                self._say(error_text(failed))
            return False
        except GeneraError as err:
            self._say(error_text(err))
            return False
        self.form.mark_clean()
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # -- agreements --------------------------------------------------------------------

    def _agreement_dialog(self, agreement: dict[str, Any] | None) -> Any:
        oid = self.saved_id
        assert oid is not None

        def save(values: dict[str, Any]) -> Any:
            if agreement is None:
                return records.add(self.ctx.store, "agreement", {"organisation": oid, **values})
            records.update(self.ctx.store, "agreement", agreement["id"], values)
            return agreement["id"]

        return RecordDialog.ask("agreement", self, fields=AGREEMENT_FIELDS, save=save,
                                record=agreement, refs={"point": queries.points(self.ctx.store)})

    def add_agreement(self) -> None:
        """Ins: a new agreement (the organisation saved first when new)."""
        if not self.save() or self.saved_id is None:
            return
        if self._agreement_dialog(None):
            self._load_agreements()

    def edit_agreement(self, agreement: dict[str, Any]) -> None:
        if self._agreement_dialog(agreement):
            self._load_agreements()

    def remove_agreement(self, agreement: dict[str, Any]) -> None:
        if not prompts.confirm(self, self.tr("Elimina accordo"),
                               self.tr("Eliminare questo accordo?"), self.tr("Elimina")):
            return
        try:
            records.delete(self.ctx.store, "agreement", agreement["id"])
        except GeneraError as err:
            self._say(error_text(err))
            return
        self._load_agreements()


def declared_index(name: str) -> int:
    """The column of an agreement's field in its declared list."""
    from genera_desktop.services.kinds import KINDS

    return list(KINDS["agreement"].columns).index(name)
