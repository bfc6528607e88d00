"""«Alloggi»: the directory's dwellings with their landlord, found by comune, rooms,
rent and accessibility (the landlords have their own tab, ui/housing/landlords.py).

Keyboard: Ctrl+F search, Ctrl+N a new dwelling, Enter changes the one chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QWidget

from genera_desktop.domain.money import euro_on_screen as euro
from genera_desktop.services import records
from genera_desktop.services.housing import ui_queries as queries
from genera_desktop.ui import labels
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.common.record_list import declared_columns
from genera_desktop.ui.common.rows import Column
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.community.room import TEXT_FLOOR, TITLE_FLOOR, RoomFit, by_title
from genera_desktop.ui.community.workshops import filter_combo, put_filters
from genera_desktop.ui.context import AppContext

translate = QCoreApplication.translate
DWELLING_FIELDS = ["landlord", "address", "municipality", "rooms", "area_m2", "floor", "lift",
                   "accessible", "rent_asked", "zone", "available_from", "status", "notes"]
RENTS = (400, 500, 600, 700, 800)


def dwelling_floors() -> dict[str, int]:
    """The columns that give way when the list is wider than the window (their whole
    text in the tooltip), down to these widths: the landlord, the comune, the address."""
    return {labels.field_label("dwelling", "landlord", short=True): TEXT_FLOOR,
            labels.field_label("dwelling", "municipality", short=True): TEXT_FLOOR,
            labels.field_label("dwelling", "address", short=True): TITLE_FLOOR}


class DwellingsTab(ListPage):
    """The dwellings held here (every site holds the directory)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        label = labels.field_label("dwelling", "landlord", short=True)
        super().__init__(
            ctx, labels.kind_name("dwelling", plural=True),
            [Column(label, lambda d: d.get("landlord_name") or ""),
             *declared_columns("dwelling", overrides={
                 "rent_asked": Column(labels.field_label("dwelling", "rent_asked", short=True),
                                      lambda d: euro(d.get("rent_asked")), align_right=True)})],
            search_placeholder=translate("DwellingsTab",
                                         "Cerca per comune, indirizzo o proprietario (Ctrl+F)"),
            parent=parent)
        # At 1280 px the names give way, the address takes what room is left.
        self.room = RoomFit(self.view, elastic=2,
                            give_way=by_title(self.model.columns, dwelling_floors()))
        self.rooms = filter_combo(self.tr("Locali: tutti"),
                                  {str(n): self.tr("almeno {n}").format(n=n) for n in (1, 2, 3, 4)},
                                  self.tr("Quanti locali almeno"))
        self.rent: QComboBox = filter_combo(
            self.tr("Canone: tutti"), {str(n): self.tr("fino a {n} €").format(n=n) for n in RENTS},
            self.tr("Canone richiesto al massimo"))
        self.accessible = QCheckBox(self.tr("Solo accessibili"))
        for combo in (self.rooms, self.rent):
            combo.activated.connect(lambda _: self.refresh())
        self.accessible.toggled.connect(lambda _: self.refresh())
        put_filters(self, [self.rooms, self.rent, self.accessible])
        self.new_button = QPushButton(labels.new_record_title("dwelling"))
        self.new_button.setToolTip(self.tr("Nuovo alloggio (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.actions.addWidget(self.new_button)
        self.view.setToolTip(self.tr("Invio modifica l'alloggio scelto."))

    def load(self, search: str) -> tuple[list[Any], str]:
        rooms, rent = self.rooms.currentData(), self.rent.currentData()
        rows = queries.dwellings(self.ctx.store, search,
                                 min_rooms=int(rooms) if rooms else None,
                                 max_rent=float(rent) if rent else None,
                                 accessible=self.accessible.isChecked())
        if not rows:
            status = self.tr("Nessun alloggio trovato.")
        elif len(rows) == 1:
            status = self.tr("1 alloggio")
        else:
            status = self.tr("{n} alloggi").format(n=len(rows))
        return rows, status

    def refresh(self) -> None:
        super().refresh()
        self.room.fit()

    def _refs(self) -> dict[str, dict[str, str]]:
        return {"landlord": queries.landlord_names(self.ctx.store)}

    def new_record(self) -> None:
        """Ctrl+N: a new dwelling of a landlord already in the directory."""
        made = RecordDialog.ask("dwelling", self, fields=DWELLING_FIELDS, refs=self._refs(),
                                save=lambda values: records.add(self.ctx.store, "dwelling",
                                                                values))
        if made:
            self.refresh()
            ids = [r["id"] for r in self.model.rows]
            if made in ids:
                self.select_row(ids.index(made))

    def row_activated(self, row: Any) -> None:
        if row is None:
            return
        RecordDialog.ask("dwelling", self, fields=DWELLING_FIELDS, record=row,
                         refs=self._refs(),
                         save=lambda values: records.update(self.ctx.store, "dwelling",
                                                            row["id"], values))
        self.refresh()
