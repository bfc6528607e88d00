"""«Rete»: the partner network's directory, shared by every site: searched by name (or
partita IVA, contact, ...), filtered by type and comune, partners only on request.

Keyboard: Ctrl+F search, Enter opens the organisation (its fields and agreements),
Ctrl+N a new one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget

from genera_desktop.services.community import organisations
from genera_desktop.services.community import ui_queries as queries
from genera_desktop.ui import labels
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.common.record_list import declared_columns
from genera_desktop.ui.community.organisation_dialog import OrganisationDialog
from genera_desktop.ui.community.room import TEXT_FLOOR, TITLE_FLOOR, RoomFit, by_title
from genera_desktop.ui.community.workshops import filter_combo, put_filters
from genera_desktop.ui.context import AppContext

translate = QCoreApplication.translate


def organisation_floors() -> dict[str, int]:
    """The columns that give way when the list is wider than the window (their whole
    text in the tooltip), down to these widths."""
    return {labels.field_label("organisation", "name", short=True): TITLE_FLOOR,
            labels.field_label("organisation", "org_type", short=True): TEXT_FLOOR,
            labels.field_label("organisation", "contact_name", short=True): TEXT_FLOOR}


class NetworkPage(ListPage):
    """The directory of organisations."""

    FOLLOWS = ("organisation", "agreement")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, translate("NetworkPage", "Rete degli enti"),
                         declared_columns("organisation"),
                         search_placeholder=translate(
                             "NetworkPage",
                             "Cerca per nome, partita IVA, referente o telefono (Ctrl+F)"),
                         parent=parent)
        self.room = RoomFit(self.view, elastic=0,
                            give_way=by_title(self.model.columns, organisation_floors()))
        self.new_button = QPushButton(labels.new_record_title("organisation"))
        self.new_button.setToolTip(self.tr("Aggiungi un ente alla rete (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.actions.addWidget(self.new_button)
        self.type_filter = filter_combo(self.tr("Tutti i tipi"),
                                        labels.choices("organisation", "org_type") or {},
                                        self.tr("Tipo di ente"))
        self.town_filter = filter_combo(self.tr("Tutti i comuni"), {}, self.tr("Comune"))
        self.partners = QCheckBox(self.tr("Solo partner"))
        self.partners.setToolTip(self.tr("Solo gli enti partner del programma"))
        for combo in (self.type_filter, self.town_filter):
            combo.activated.connect(lambda _: self.refresh())
        self.partners.toggled.connect(lambda _: self.refresh())
        put_filters(self, [self.type_filter, self.town_filter, self.partners])
        self.view.setToolTip(self.tr("Invio apre l'ente con i suoi accordi."))

    def refresh(self) -> None:
        super().refresh()
        self.room.fit()

    def _load_towns(self) -> None:
        chosen = self.town_filter.currentData()
        self.town_filter.clear()
        self.town_filter.addItem(self.tr("Tutti i comuni"), None)
        for town in queries.municipalities(self.ctx.store):
            self.town_filter.addItem(town, town)
        self.town_filter.setCurrentIndex(max(self.town_filter.findData(chosen), 0))

    def load(self, search: str) -> tuple[list[Any], str]:
        self._load_towns()
        rows = organisations.find_organisations(
            self.ctx.store, search or None, org_type=self.type_filter.currentData(),
            municipality=self.town_filter.currentData(),
            partners_only=self.partners.isChecked())
        filtered = bool(search or self.type_filter.currentData()
                        or self.town_filter.currentData() or self.partners.isChecked())
        if not rows:
            status = (self.tr("Nessun ente trovato.") if filtered
                      else self.tr("La rete è vuota: «Nuova organizzazione» (Ctrl+N)."))
        else:
            partners = sum(1 for r in rows if r.get("is_partner"))
            status = (self.tr("{n} enti").format(n=len(rows)) if len(rows) != 1
                      else self.tr("1 ente"))
            status += " · " + self.tr("{n} partner").format(n=partners)
        return rows, status

    def row_activated(self, row: Any) -> None:
        OrganisationDialog.ask(self.ctx, self, record=row)
        self.refresh()

    def new_record(self) -> None:
        """Ctrl+N: a new organisation of the directory."""
        made = OrganisationDialog.ask(self.ctx, self,
                                      name=self.search.text().strip() if self.search else "")
        if made:
            self.refresh()
            ids = [r["id"] for r in self.model.rows]
            if made in ids:
                self.select_row(ids.index(made))
