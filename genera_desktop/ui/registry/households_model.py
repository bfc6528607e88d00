"""The household list as a lazy table model, as Anki's browser does it.

The model holds ids only. Opening the list asks for the first ``FIRST_PAGE`` ids (a
quick indexed query even at 50,000 households); the rest come in one go through Qt's
``fetchMore`` when the view scrolls to the end of them. Rows are loaded when the view
asks for them, a block of neighbours at a time, and kept in a small cache. Sorting
and filtering ask the store for the ids again.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from genera_desktop.services.registry import households
from genera_desktop.services.registry.households import SORT_KEYS, HouseholdRow
from genera_desktop.ui import labels
from genera_desktop.ui.common.rows import format_date
from genera_desktop.ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = SORT_KEYS  # one column per sort key, in the same order
MEMBERS = COLUMNS.index("members")


class HouseholdTableModel(QAbstractTableModel):
    """Households matching a search and filters, sorted by a column, rows loaded lazily.

    ``rows_fetched`` counts the rows read from the store (tests and benchmarks use it).
    """

    FIRST_PAGE = 300
    BLOCK = 50
    CACHE_SIZE = 2_000

    ids_reloaded = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *,
                 load: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = ""
        self.point: str | None = None
        self.status: str | None = None
        self.sort_key = "registered_on"
        self.descending = True
        self.rows_fetched = 0
        self._ids: list[str] = []
        self._complete = True
        self._rows: OrderedDict[str, HouseholdRow] = OrderedDict()
        self._headers = [
            self.tr("Pratica"), self.tr("Punto"), self.tr("Persona di riferimento"),
            self.tr("Indirizzo"), self.tr("Telefono"), self.tr("Componenti"),
            self.tr("Stato"), self.tr("Registrato il"),
        ]
        if load:
            self.refresh()

    # -- what the page sets ----------------------------------------------------------

    def set_search(self, text: str) -> None:
        if text.strip() != self.search:
            self.search = text.strip()
            self.refresh()

    def set_point(self, code: str | None) -> None:
        if (code or None) != self.point:
            self.point = code or None
            self.refresh()

    def set_status(self, code: str | None) -> None:
        if (code or None) != self.status:
            self.status = code or None
            self.refresh()

    def refresh(self) -> None:
        """Ask for the ids again (first page only) and forget the cached rows."""
        ids = households.household_ids(
            self.ctx.store, search=self.search, point=self.point, status=self.status,
            sort_key=self.sort_key, descending=self.descending, limit=self.FIRST_PAGE)
        self.beginResetModel()
        self._ids = ids
        self._complete = len(ids) < self.FIRST_PAGE
        self._rows.clear()
        self.endResetModel()
        self.ids_reloaded.emit()

    def forget(self, household_id: str | None = None) -> None:
        """Drop cached rows (one, or all) after a change, and redraw them."""
        if household_id is None:
            self._rows.clear()
        else:
            self._rows.pop(household_id, None)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    # -- what the page reads ---------------------------------------------------------

    def is_complete(self) -> bool:
        """Whether every matching id is loaded (else more come on scrolling)."""
        return self._complete

    def total(self) -> int | None:
        """How many households match. While ids are still missing it is counted in the
        store, except for a search, where counting would cost as much as the search
        itself: None then ("more than the rows shown")."""
        if self._complete:
            return len(self._ids)
        if self.search:
            return None
        return households.household_count(self.ctx.store, search=self.search,
                                          point=self.point, status=self.status)

    def household_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, household_id: str) -> int | None:
        try:
            return self._ids.index(household_id)
        except ValueError:
            return None

    def row_data(self, row: int) -> HouseholdRow | None:
        """The loaded line of a row (loading its block if needed)."""
        household_id = self.household_id(row)
        if household_id is None:
            return None
        cached = self._rows.get(household_id)
        if cached is None:
            self._load_block(row)
            cached = self._rows.get(household_id)
        return cached

    def _load_block(self, row: int) -> None:
        start = row - row % self.BLOCK
        wanted = [i for i in self._ids[start : start + self.BLOCK] if i not in self._rows]
        loaded = households.household_rows(self.ctx.store, wanted)
        self.rows_fetched += len(wanted)
        for household_id in wanted:
            # A household deleted meanwhile shows as an empty line until the next refresh.
            self._rows[household_id] = loaded.get(household_id) or HouseholdRow(
                household_id, "", "", "", "", "", 0, "", "")
        while len(self._rows) > self.CACHE_SIZE:
            self._rows.popitem(last=False)

    # -- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == MEMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and key not in ("address", "reference"):
            return None
        return self._text(row, key)

    @staticmethod
    def _text(row: HouseholdRow, key: str) -> str:
        if key == "reference":
            return row.reference_name
        if key == "members":
            return str(row.members)
        if key == "status":
            return labels.label(labels.HOUSEHOLD_STATUS, row.status)
        if key == "registered_on":
            return format_date(row.registered_on)
        return str(getattr(row, key))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            key, descending = COLUMNS[column], order == Qt.SortOrder.DescendingOrder
        else:  # -1: the natural order, the latest registered first
            key, descending = "registered_on", True
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.refresh()

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt override
        if parent.isValid() or self._complete:
            return
        ids = households.household_ids(
            self.ctx.store, search=self.search, point=self.point, status=self.status,
            sort_key=self.sort_key, descending=self.descending)
        have = len(self._ids)
        if ids[:have] != self._ids:
            # The store changed under the list (a save, a sync): start again from it.
            self.beginResetModel()
            self._ids = ids
            self._rows.clear()
            self._complete = True
            self.endResetModel()
            self.ids_reloaded.emit()
            return
        self._complete = True
        if len(ids) > have:
            self.beginInsertRows(QModelIndex(), have, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
