"""The dashboard's «Piano casa» part: the housing indicators per point and per month
(reports/housing_indicators.py) in two tables. Inside the app they are the counts as
they are; the files that leave the coordinator (XLSX, PDF) hide those under 5.

Shown only to users with the housing area (ui/coordination/dashboard.py asks first).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.reports.housing_indicators import STATUS_FIGURES


class HousingIndicators(QWidget):
    """Per point, then per month (the latest first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        applications = [self.tr("Domande presentate"), self.tr("Domande istruite"),
                        self.tr("Domande approvate"), self.tr("Domande respinte"),
                        self.tr("Domande erogate"), self.tr("Domande chiuse")]
        self.columns = [("contracts_signed", self.tr("Contratti firmati")),
                        *zip(STATUS_FIGURES, applications, strict=True),
                        ("arrears_opened", self.tr("Morosità aperte")),
                        ("arrears_resolved", self.tr("Morosità risolte")),
                        ("evictions_avoided", self.tr("Sfratti evitati")),
                        ("pairs_active", self.tr("Coabitazioni in corso"))]
        title = QLabel(self.tr("Piano casa per punto di comunità"))
        title.setObjectName("sectionTitle")
        self.by_point = self._table(self.tr("Punto"))
        months = QLabel(self.tr("Piano casa per mese"))
        months.setObjectName("sectionTitle")
        self.by_month = self._table(self.tr("Mese"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (title, self.by_point, months, self.by_month):
            layout.addWidget(widget)
        title.setBuddy(self.by_point)
        months.setBuddy(self.by_month)

    def _table(self, first: str) -> QTableWidget:
        table = QTableWidget(0, len(self.columns) + 1)
        table.setHorizontalHeaderLabels([first, *(h for _, h in self.columns)])
        table.setAccessibleName(first)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table, as in every list
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        return table

    def show_data(self, data: Mapping[str, Any]) -> None:
        """Fill both tables from the indicators."""
        names = data.get("points", {})
        points = data.get("housing_points", {})
        self._fill(self.by_point, [(f"{code} – {names[code]}" if names.get(code)
                                    else code or self.tr("non indicato"), figures)
                                   for code, figures in points.items()])
        months = data.get("housing_months", {})
        self._fill(self.by_month, [(f"{m[5:7]}/{m[:4]}", months[m])
                                   for m in sorted(months, reverse=True)])

    def _fill(self, table: QTableWidget,
              rows: Sequence[tuple[str, Mapping[str, int]]]) -> None:
        table.setRowCount(len(rows))
        for number, (name, figures) in enumerate(rows):
            table.setItem(number, 0, QTableWidgetItem(name))
            for column, (figure, _) in enumerate(self.columns, start=1):
                item = QTableWidgetItem(str(figures.get(figure, 0)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(number, column, item)
        table.setMinimumHeight(min(420, 60 + 30 * max(len(rows), 1)))
