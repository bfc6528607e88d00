"""The audit trail: who viewed, changed, printed or exported what; and access requests.

"Esporta dati della persona…" answers a GDPR access request: everything held about one
person, saved as JSON or as a PDF to hand over (services/coordination/access_request.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import GeneraError
from genera_desktop.services.coordination import audit
from genera_desktop.services.coordination.access_request import is_minor, save_person_report
from genera_desktop.services.registry import persons
from genera_desktop.ui import file_dialogs
from genera_desktop.ui.common.listing import ListPage, make_table
from genera_desktop.ui.common.rows import Column, RowsModel, format_date, format_moment
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.coordination.audit_details import detail_text, entry_kind, record_text
from genera_desktop.ui.messages import error_text

translate = QCoreApplication.translate


def action_labels() -> dict[str, str]:
    return {
        "view": translate("AuditPage", "consultazione"),
        "create": translate("AuditPage", "creazione"),
        "update": translate("AuditPage", "modifica"),
        "delete": translate("AuditPage", "eliminazione"),
        "restore": translate("AuditPage", "ripristino"),
        "print": translate("AuditPage", "stampa"),
        "export": translate("AuditPage", "esportazione"),
        "import": translate("AuditPage", "importazione"),
        "login": translate("AuditPage", "accesso"),
        "merge": translate("AuditPage", "unione di duplicati"),
        "unmerge": translate("AuditPage", "separazione di duplicati"),
        "conflict": translate("AuditPage", "decisione su un conflitto"),
        "erase": translate("AuditPage", "cancellazione"),
        "admin": translate("AuditPage", "amministrazione"),
    }


def audit_columns() -> list[Column]:
    """The trail's columns; a row is an entry with its ``names`` (audit.names_for)."""
    labels = action_labels()
    return [
        Column(translate("AuditPage", "Quando"), lambda e: format_moment(e["at"])),
        Column(translate("AuditPage", "Utente"), lambda e: e["user"] or ""),
        Column(translate("AuditPage", "Azione"), lambda e: labels.get(e["action"], e["action"])),
        # The kind and the record's name: «Nucleo familiare MON-2026-0012».
        Column(translate("AuditPage", "Dato"), lambda e: record_text(
            e["kind"], e["record_id"], e["names"]) or entry_kind(e["kind"])),
        Column(translate("AuditPage", "Dettagli"), lambda e: detail_text(e, e["names"])),
    ]


class AuditPage(ListPage):
    """The trail, newest first, filtered by user, record, action and dates."""

    FOLLOWS = ("audit",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, translate("AuditPage", "Registro accessi"), audit_columns(), parent=parent
        )
        self.export_button = QPushButton(self.tr("&Esporta dati della persona…"))
        self.export_button.clicked.connect(self.export_person)
        self.actions.addWidget(self.export_button)
        filters = QHBoxLayout()
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("Utente"))
        self.user.setAccessibleName(self.user.placeholderText())
        self.record = QLineEdit()
        self.record.setPlaceholderText(self.tr("Identificativo del dato"))
        self.record.setAccessibleName(self.record.placeholderText())
        self.action = QComboBox()
        self.action.addItem(self.tr("Tutte le azioni"), None)
        self.action.setAccessibleName(self.tr("Azione"))
        for code, text in action_labels().items():
            self.action.addItem(text, code)
        self.use_since = QCheckBox(self.tr("Dal"))
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.use_until = QCheckBox(self.tr("al"))
        self.until = QDateEdit(QDate.currentDate())
        for date_edit in (self.since, self.until):
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat("dd/MM/yyyy")
        self.since.setAccessibleName(self.tr("Dal giorno"))
        self.until.setAccessibleName(self.tr("Al giorno"))
        for widget in (
            self.user,
            self.record,
            self.action,
            self.use_since,
            self.since,
            self.use_until,
            self.until,
        ):
            filters.addWidget(widget)
        self.filter_button = QPushButton(self.tr("&Filtra"))
        self.filter_button.clicked.connect(self.refresh)
        filters.addWidget(self.filter_button)
        for edit in (self.user, self.record):
            edit.returnPressed.connect(self.refresh)
        self.action.activated.connect(lambda _: self.refresh())
        layout: Any = self.layout()
        layout.insertLayout(1, filters)
        self.search = None

    def focus_search(self) -> None:
        self.user.setFocus()
        self.user.selectAll()

    def load(self, search: str) -> tuple[list[Any], str]:
        since = self.since.date().toString("yyyy-MM-dd") if self.use_since.isChecked() else None
        # "Until" includes that whole day.
        until = (
            self.until.date().addDays(1).toString("yyyy-MM-dd")
            if self.use_until.isChecked()
            else None
        )
        rows, names = audit.trail(
            self.ctx.store,
            username=self.user.text().strip() or None,
            record_id=self.record.text().strip().lower() or None,
            action=self.action.currentData(),
            since=since,
            until=until,
        )
        rows = [{**row, "names": names} for row in rows]
        return rows, self.tr("{n} voci (al massimo 1000, le più recenti).").format(n=len(rows))

    # -- access request ----------------------------------------------------------------

    def ask_save_path(self, suggested: str) -> str:
        """Where to save the export; its extension chooses the format (tests replace this)."""
        return file_dialogs.save_file(self, self.tr("Esporta dati della persona"), suggested,
                                      self.tr("PDF (*.pdf);;JSON (*.json)"))

    def export_person(self) -> None:
        person_id = PersonPickerDialog.ask(self.ctx, self)
        if person_id is None:
            return
        requester = None
        try:
            minor = is_minor(self.ctx.store, person_id)
        except GeneraError as err:  # gone meanwhile (another site's delete arrived)
            self.show_message(error_text(err))
            return
        if minor:  # a parent or guardian asks, and is named
            requester = self.ask_requester()
            if requester is None:
                return
        path = self.ask_save_path(f"dati-persona-{person_id[:8]}.pdf")
        if not path:
            return
        self.show_message("")
        try:
            data = self.export_bytes(
                person_id, "json" if path.lower().endswith(".json") else "pdf", Path(path),
                requester)
        except (GeneraError, OSError) as err:
            self.show_message(error_text(err))
            return
        self.refresh()
        self.status.setText(
            self.tr("Dati salvati in {path} ({size} byte).").format(path=path, size=data)
        )

    def ask_requester(self) -> dict[str, Any] | None:
        """Who requests a minor's data (tests replace this)."""
        from genera_desktop.ui.youth.requester import RequesterDialog

        return RequesterDialog.ask(self)

    def export_bytes(self, person_id: str, fmt: str, path: Path,
                     requester: dict[str, Any] | None = None) -> int:
        # The export is in the trail once the file is written.
        return save_person_report(self.ctx.store, person_id, path, fmt,
                                  requested_by=requester).stat().st_size


class PersonPickerDialog(QDialog):
    """Find one person by name, codice fiscale or phone."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Scegli la persona"))
        self.resize(640, 420)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cognome, nome, codice fiscale o telefono"))
        self.search.setAccessibleName(self.search.placeholderText())
        self.model = RowsModel(
            [
                Column(self.tr("Cognome"), lambda r: r.last_name),
                Column(self.tr("Nome"), lambda r: r.first_name),
                Column(self.tr("Codice fiscale"), lambda r: r.tax_code or ""),
                Column(self.tr("Nascita"), lambda r: format_date(r.birth_date)),
                Column(self.tr("Nucleo"), lambda r: r.case_number or ""),
            ],
            self,
        )
        self.view = make_table(self.model, self)
        self.view.setAccessibleName(self.windowTitle())
        self.view.activated.connect(lambda _: self.accept())
        self.search.textChanged.connect(self.find_persons)
        self.search.returnPressed.connect(self.view.setFocus)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Esporta"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annulla"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.find_persons("")

    def find_persons(self, text: str) -> None:
        found = persons.find_persons(self.ctx.store, text.strip() or None)
        self.model.set_rows(found.rows)
        if found.rows:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def chosen(self) -> str | None:
        row = self.model.row_at(self.view.currentIndex())
        return row.id if row is not None else None

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> str | None:
        """The chosen person's id, or None."""
        dialog = cls(ctx, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
