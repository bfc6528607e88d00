"""What the Casa tabs share: euro as Italian staff read it, a table under a list, the
day's date, and a button row."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from genera_desktop.ui.common.listing import make_table
from genera_desktop.ui.common.rows import Column, RowsModel
from genera_desktop.ui.community.room import TEXT_FLOOR, RoomFit


def today() -> str:
    return date.today().isoformat()


class DetailTable(QWidget):
    """A titled table of the rows that belong to the row chosen above it.

    Its columns take their contents' width within the table's (ui/community/room.py):
    the ``elastic`` column (the last, unless told) takes the room left, and when the
    table is too narrow the ``give_way`` columns (the elastic one, unless told: column
    to floor) are cut first, their whole text in the tooltip."""

    def __init__(self, title: str, columns: list[Column], parent: QWidget | None = None, *,
                 elastic: int | None = None, give_way: Mapping[int, int] | None = None
                 ) -> None:
        super().__init__(parent)
        self.model = RowsModel(columns, self)
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        self.view: QTableView = make_table(self.model, self)
        self.view.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 0, 20, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        stretch = len(columns) - 1 if elastic is None else elastic
        self.room = RoomFit(self.view, elastic=stretch,
                            give_way={stretch: TEXT_FLOOR} if give_way is None else give_way)

    def set_rows(self, rows: list[Any]) -> None:
        current = self.current_row()
        self.model.set_rows(rows)
        self.room.fit()
        if current is not None and current in rows:
            self.view.setCurrentIndex(self.model.index(rows.index(current), 0))
        elif rows:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def current_row(self) -> Any:
        return self.model.row_at(self.view.currentIndex())
