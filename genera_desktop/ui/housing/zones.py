"""«Zone del canone»: the zones of the local agreement on agreed rents (accordo
territoriale) and their bands in euro per m² a month, which an agreed contract's rent
is checked against. The coordinator keeps the table (a catalog every site receives); a
point reads it. It ships empty: no agreement for these comuni was found, and an
invented band would judge rents wrongly (docs/dev/decisions.md, "Housing").

Keyboard: Ctrl+F search, Ctrl+N a new zone, Enter changes the one chosen
(coordinator).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from genera_desktop.services import records
from genera_desktop.ui import labels
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.common.record_list import declared_columns
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext

translate = QCoreApplication.translate
FIELDS = ["municipality", "zone", "name", "band_min", "band_max", "agreement", "valid_from",
          "notes"]


class ZonesTab(ListPage):
    """The agreed-rent zones held here, by comune and code."""

    FOLLOWS = ("rent_zone",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, labels.kind_name("rent_zone", plural=True),
                         declared_columns("rent_zone"),
                         search_placeholder=translate(
                             "ZonesTab", "Cerca per comune, zona o accordo (Ctrl+F)"),
                         parent=parent)
        self.coordinator = ctx.site().is_coordinator
        self.explain = QLabel(self._explanation())
        self.explain.setObjectName("hint")
        self.explain.setWordWrap(True)
        layout: Any = self.layout()
        layout.insertWidget(1, self.explain)
        self.new_button = QPushButton(labels.new_record_title("rent_zone"))
        self.new_button.setToolTip(self.tr("Nuova zona con la sua fascia (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.new_button.setVisible(self.coordinator)
        self.actions.addWidget(self.new_button)
        if self.coordinator:
            self.view.setToolTip(self.tr("Invio modifica la zona scelta."))

    def _explanation(self) -> str:
        text = self.tr(
            "Le fasce del canone concordato (€/m² al mese) vengono dall'accordo territoriale "
            "di ciascun comune. Per questi comuni non ne è stato trovato nessuno: la tabella "
            "parte vuota e, finché una zona non ha la sua fascia, il confronto del canone "
            "resta «Non verificabile». Indicare la zona nell'alloggio con lo stesso codice.")
        if not self.coordinator:
            text += " " + self.tr("Le zone si inseriscono e si modificano al coordinamento.")
        return text

    def load(self, search: str) -> tuple[list[Any], str]:
        rows = records.list_records(self.ctx.store, "rent_zone", search or None)
        rows.sort(key=lambda r: ((r.get("municipality") or "").lower(),
                                 (r.get("zone") or "").lower()))
        if not rows:
            status = self.tr("Nessuna zona inserita.")
        elif len(rows) == 1:
            status = self.tr("1 zona")
        else:
            status = self.tr("{n} zone").format(n=len(rows))
        return rows, status

    def new_record(self) -> None:
        """Ctrl+N: a new zone with its band (the coordinator's)."""
        if not self.coordinator:
            return
        made = RecordDialog.ask("rent_zone", self, fields=FIELDS,
                                save=lambda values: records.add(self.ctx.store, "rent_zone",
                                                                values))
        if made:
            self.refresh()
            ids = [r["id"] for r in self.model.rows]
            if made in ids:
                self.select_row(ids.index(made))

    def row_activated(self, row: Any) -> None:
        if row is None or not self.coordinator:
            return
        RecordDialog.ask("rent_zone", self, fields=FIELDS, record=row,
                         save=lambda values: records.update(self.ctx.store, "rent_zone",
                                                            row["id"], values))
        self.refresh()
