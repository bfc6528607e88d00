"""Housing contexts: the buildings and blocks the custodi sociali look after.

Every site sees the list with its household counts; the coordinator also adds and
changes contexts (they are catalog records, changed only there).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain import vocab
from genera_desktop.domain.errors import GeneraError, ValidationFailed
from genera_desktop.services.custode import contexts
from genera_desktop.services.custode.contexts import ContextRow
from genera_desktop.ui.common.form import FieldForm
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.common.rows import Column
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.labels import CONTEXT_TYPE, MANAGER, label
from genera_desktop.ui.messages import error_text

translate = QCoreApplication.translate


def context_columns() -> list[Column]:
    return [
        Column(translate("ContextsPage", "Nome"), lambda r: r.name),
        Column(translate("ContextsPage", "Indirizzo"), lambda r: r.address or ""),
        Column(translate("ContextsPage", "Comune"), lambda r: r.municipality or ""),
        Column(translate("ContextsPage", "Gestore"), lambda r: label(MANAGER, r.manager)),
        Column(translate("ContextsPage", "Tipo"), lambda r: label(CONTEXT_TYPE, r.context_type)),
        Column(translate("ContextsPage", "Custode"), lambda r: r.custode_name or ""),
        Column(translate("ContextsPage", "Nuclei"), lambda r: str(r.households), align_right=True),
    ]


class ContextsPage(ListPage):
    """Housing contexts with their household counts; a form at the coordinator."""

    FOLLOWS = ("housing_context", "household", "site")

    contexts_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            translate("ContextsPage", "Contesti abitativi"),
            context_columns(),
            search_placeholder=translate(
                "ContextsPage", "Cerca per nome, indirizzo o comune (Ctrl+F)"
            ),
            parent=parent,
        )
        self.editable = ctx.site().is_coordinator
        self.new_button = QPushButton(self.tr("Nuovo contesto…"))
        self.edit_button = QPushButton(self.tr("Modifica…"))
        self.new_button.clicked.connect(self.new_context)
        self.edit_button.clicked.connect(self.edit_context)
        self.actions.addWidget(self.new_button)
        self.actions.addWidget(self.edit_button)
        self.new_button.setVisible(self.editable)
        self.edit_button.setVisible(self.editable)

    def load(self, search: str) -> tuple[list[Any], str]:
        rows = contexts.list_contexts(self.ctx.store, search or None)
        note = (
            ""
            if self.editable
            else self.tr(" I contesti si aggiungono e si modificano al coordinamento.")
        )
        count = (
            self.tr("{n} contesti").format(n=len(rows)) if len(rows) != 1 else self.tr("1 contesto")
        )
        return rows, count + "." + note

    def row_activated(self, row: ContextRow) -> None:
        if self.editable:
            self.edit_context()

    def new_context(self) -> None:
        if ContextDialog.ask(self.ctx, self) is not None:
            self.refresh()
            self.contexts_changed.emit()

    def edit_context(self) -> None:
        row = self.current_row()
        if row is None:
            self.show_message(self.tr("Selezionare un contesto nell'elenco."))
            return
        self.show_message("")
        if ContextDialog.ask(self.ctx, self, row.id) is not None:
            self.refresh()
            self.contexts_changed.emit()


class ContextDialog(QDialog):
    """Add or change one housing context; errors show under their field."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, context_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.context_id = context_id
        self.saved_id: str | None = None
        self.setWindowTitle(
            self.tr("Nuovo contesto abitativo")
            if context_id is None
            else self.tr("Contesto abitativo")
        )
        self.setMinimumWidth(520)
        self.form = FieldForm()
        self.name = QLineEdit()
        self.address = QLineEdit()
        self.municipality = QComboBox()
        self.municipality.setEditable(True)
        self.municipality.addItems(["", *vocab.MUNICIPALITIES])
        self.manager = self._choices(MANAGER)
        self.context_type = self._choices(CONTEXT_TYPE)
        self.custode = QComboBox()
        self.custode.addItem(self.tr("Nessuno"), None)
        for site in contexts.custode_sites(ctx.store):
            self.custode.addItem(site.name, site.site_id)
        current = contexts.get_context(ctx.store, context_id) if context_id else {}
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        for name, caption, editor in (
            ("name", self.tr("Nome"), self.name),
            ("address", self.tr("Indirizzo"), self.address),
            ("municipality", self.tr("Comune"), self.municipality),
            ("manager", self.tr("Gestore"), self.manager),
            ("context_type", self.tr("Tipo"), self.context_type),
            ("custode_site", self.tr("Custode sociale"), self.custode),
            ("notes", self.tr("Note"), self.notes),
        ):
            self.form.add_field(name, caption, editor)
        self._fill(current)
        self.initial = self.values()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Salva"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annulla"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.name.setFocus()

    @staticmethod
    def _choices(labels: Mapping[str, str]) -> QComboBox:
        box = QComboBox()
        box.addItem("", None)
        for code, text in labels.items():
            box.addItem(text, code)
        return box

    def _fill(self, data: dict[str, Any]) -> None:
        self.name.setText(data.get("name") or "")
        self.address.setText(data.get("address") or "")
        self.municipality.setCurrentText(data.get("municipality") or "")
        for box, key in (
            (self.manager, "manager"),
            (self.context_type, "context_type"),
            (self.custode, "custode_site"),
        ):
            index = box.findData(data.get(key))
            box.setCurrentIndex(max(index, 0))
        self.notes.setPlainText(data.get("notes") or "")

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip() or None,
            "address": self.address.text().strip() or None,
            "municipality": self.municipality.currentText().strip() or None,
            "manager": self.manager.currentData(),
            "context_type": self.context_type.currentData(),
            "custode_site": self.custode.currentData(),
            "notes": self.notes.toPlainText().strip() or None,
        }

    def save(self) -> None:
        values = self.values()
        if self.context_id is not None:
            values = {k: v for k, v in values.items() if v != self.initial.get(k)}
        try:
            self.saved_id = contexts.save_context(self.ctx.store, values, self.context_id)
        except ValidationFailed as err:
            for extra in self.form.show_field_errors(err.errors):
                self.form.set_error("name", error_text(extra))
            return
        except GeneraError as err:
            self.form.set_error("name", error_text(err))
            return
        self.accept()

    def confirm_discard(self) -> bool:
        """Asked before closing with unsaved changes (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Ci sono modifiche non salvate. Chiudere senza salvarle?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if self.values() != self.initial and not self.confirm_discard():
            return
        super().reject()

    @classmethod
    def ask(
        cls, ctx: AppContext, parent: QWidget | None = None, context_id: str | None = None
    ) -> str | None:
        """The saved context's id, or None if nothing was saved."""
        dialog = cls(ctx, parent, context_id)
        dialog.exec()
        return dialog.saved_id
