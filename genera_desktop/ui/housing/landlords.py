"""«Proprietari»: the directory's landlords (private persons, companies, public bodies),
found by name, tax code, comune, phone or e-mail; with the estate agency that deals
with them.

Keyboard: Ctrl+F search, Ctrl+N a new landlord, Enter changes the one chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from genera_desktop.services import records
from genera_desktop.services.housing import ui_queries as queries
from genera_desktop.ui import labels
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.common.record_list import declared_columns
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext

translate = QCoreApplication.translate
FIELDS = ["name", "landlord_type", "tax_code", "phone", "email", "municipality", "agency",
          "notes"]


class LandlordsTab(ListPage):
    """The landlords held here (every site holds the directory)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, labels.kind_name("landlord", plural=True),
                         declared_columns("landlord"),
                         search_placeholder=translate(
                             "LandlordsTab", "Cerca per nome, codice fiscale, comune o "
                                             "telefono (Ctrl+F)"),
                         parent=parent)
        self.new_button = QPushButton(labels.new_record_title("landlord"))
        self.new_button.setToolTip(self.tr("Nuovo proprietario (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.actions.addWidget(self.new_button)
        self.view.setToolTip(self.tr("Invio modifica il proprietario scelto."))

    def load(self, search: str) -> tuple[list[Any], str]:
        rows = records.list_records(self.ctx.store, "landlord", search or None)
        rows.sort(key=lambda r: (r.get("name") or "").lower())
        if not rows:
            status = self.tr("Nessun proprietario trovato.")
        elif len(rows) == 1:
            status = self.tr("1 proprietario")
        else:
            status = self.tr("{n} proprietari").format(n=len(rows))
        return rows, status

    def _refs(self) -> dict[str, dict[str, str]]:
        return {"agency": queries.agency_names(self.ctx.store)}

    def new_record(self) -> None:
        """Ctrl+N: a new landlord in the directory."""
        made = RecordDialog.ask("landlord", self, fields=FIELDS, refs=self._refs(),
                                save=lambda values: records.add(self.ctx.store, "landlord",
                                                                values))
        if made:
            self.refresh()
            ids = [r["id"] for r in self.model.rows]
            if made in ids:
                self.select_row(ids.index(made))

    def row_activated(self, row: Any) -> None:
        if row is None:
            return
        RecordDialog.ask("landlord", self, fields=FIELDS, record=row, refs=self._refs(),
                         save=lambda values: records.update(self.ctx.store, "landlord",
                                                            row["id"], values))
        self.refresh()
