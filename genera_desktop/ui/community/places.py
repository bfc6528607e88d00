"""«Punti diffusi»: the places where a point works outside its rooms (squares, parks,
libraries, study rooms), chosen in workshops, sessions and initiatives.

Keyboard: Ctrl+F search, Enter changes the chosen place, Ctrl+N a new one, Del deletes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from genera_desktop.domain.errors import GeneraError
from genera_desktop.services import records
from genera_desktop.services.community import ui_queries as queries
from genera_desktop.ui import labels
from genera_desktop.ui.common import prompts
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.common.record_list import declared_columns
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text

translate = QCoreApplication.translate


class PlacesPage(ListPage):
    """The places held here (the point's; every point's at the coordinator)."""

    FOLLOWS = ("place",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, labels.kind_name("place", plural=True),
                         declared_columns("place"),
                         search_placeholder=translate(
                             "PlacesPage", "Cerca per nome, comune o indirizzo (Ctrl+F)"),
                         parent=parent)
        self.site = ctx.site()
        self.new_button = QPushButton(labels.new_record_title("place"))
        self.new_button.setToolTip(self.tr("Nuovo punto diffuso (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(self.tr("Modifica"))
        self.edit_button.setToolTip(self.tr("Modifica il luogo scelto (Invio)"))
        self.edit_button.clicked.connect(lambda: self.row_activated(self.current_row()))
        self.delete_button = QPushButton(self.tr("Elimina"))
        self.delete_button.setToolTip(self.tr("Elimina il luogo scelto (Canc)"))
        self.delete_button.clicked.connect(self.delete_current)
        for button in (self.new_button, self.edit_button, self.delete_button):
            self.actions.addWidget(button)
        delete_keys = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete_keys.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_keys.activated.connect(self.delete_current)
        self.view.setToolTip(self.tr("Invio modifica il luogo scelto."))

    def load(self, search: str) -> tuple[list[Any], str]:
        rows = records.list_records(self.ctx.store, "place", search or None)
        rows.sort(key=lambda p: (p.get("point") or "", (p.get("name") or "").lower()))
        self.edit_button.setEnabled(bool(rows))
        self.delete_button.setEnabled(bool(rows))
        if not rows:
            status = (self.tr("Nessun luogo trovato.") if search else
                      self.tr("Nessun punto diffuso: «Nuovo punto diffuso» (Ctrl+N)."))
        elif len(rows) == 1:
            status = self.tr("1 luogo")
        else:
            status = self.tr("{n} luoghi").format(n=len(rows))
        return rows, status

    def _fields(self) -> list[str]:
        fields = ["name", "place_type", "municipality", "address", "notes"]
        if self.site.is_coordinator or not self.site.point_code:
            fields.insert(1, "point")
        return fields

    def _points(self) -> dict[str, str]:
        return queries.points(self.ctx.store)

    def new_record(self) -> None:
        """Ctrl+N: a new place of this point."""
        point = self.site.point_code or next(iter(self._points()), None)

        def save(values: dict[str, Any]) -> str:
            return records.add(self.ctx.store, "place", {"point": point, **values})

        made = RecordDialog.ask("place", self, fields=self._fields(), save=save,
                                defaults={"point": point}, refs={"point": self._points()})
        if made:
            self.refresh()
            ids = [r["id"] for r in self.model.rows]
            if made in ids:
                self.select_row(ids.index(made))

    def row_activated(self, row: Any) -> None:
        if row is None:
            return
        RecordDialog.ask("place", self, fields=self._fields(), record=row,
                         refs={"point": self._points()},
                         save=lambda values: records.update(self.ctx.store, "place",
                                                            row["id"], values))
        self.refresh()

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if not prompts.confirm(self, self.tr("Elimina luogo"),
                               self.tr("Eliminare «{name}»? Laboratori e incontri che lo "
                                       "nominano non lo mostreranno più.").format(
                                   name=row.get("name") or ""), self.tr("Elimina")):
            return
        try:
            records.delete(self.ctx.store, "place", row["id"])
        except GeneraError as err:
            self.show_message(error_text(err))
            return
        self.show_message("")
        self.refresh()
