"""The dashboard's «Piano lavoro» part: the work indicators (reports/work.py) — the
headline figures, then per point and per month. The counts go through the report's
suppression (reports/work.py ``WorkCounts``), so a count under 5 reads "<5" here as in
the XLSX and PDF: the work plan's figures are about few people, and a small one can
point at one of them.

Shown only to users with the work area (ui/coordination/dashboard.py asks first).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.days import month_text
from genera_desktop.domain.money import euro_text as euro
from genera_desktop.reports.work import WorkCounts
from genera_desktop.ui import labels


class WorkIndicators(QWidget):
    """The headline figures, then per point and per month (the latest first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Piano lavoro"))
        title.setObjectName("sectionTitle")
        self.figure_names = {
            "job_seekers_active": self.tr("In cerca di lavoro (profili attivi)"),
            "interviews": self.tr("Colloqui in corso"),
            "internships_started": self.tr("Tirocini avviati"),
            "internships_completed": self.tr("Tirocini conclusi"),
            "internships_to_hiring": self.tr("Tirocini diventati assunzioni"),
            "hirings": self.tr("Assunzioni"),
            "attendance_rate": self.tr("Tasso di presenza nei tirocini"),
            "allowances_due": self.tr("Indennità dovute"),
            "project_contribution": self.tr("di cui quota del progetto"),
        }
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for number, (key, text) in enumerate(self.figure_names.items()):
            name = QLabel(text)
            value = QLabel()
            value.setObjectName("figure")
            value.setAccessibleName(text)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.figures[key] = value
            row, column = divmod(number, 3)
            grid.addWidget(name, row, column * 2)
            grid.addWidget(value, row, column * 2 + 1)
        grid.setColumnStretch(5, 1)
        self.breakdowns = QLabel()
        self.breakdowns.setWordWrap(True)
        self.by_point = self._table(self.tr("Punto"), (self.tr("In cerca di lavoro"),
                                                        self.tr("Tirocini"),
                                                        self.tr("Assunzioni")))
        self.by_month = self._table(self.tr("Mese"), (self.tr("Tirocini avviati"),
                                                       self.tr("Assunzioni")))
        points = QLabel(self.tr("Piano lavoro per punto di comunità"))
        points.setObjectName("sectionTitle")
        points.setBuddy(self.by_point)
        months = QLabel(self.tr("Piano lavoro per mese"))
        months.setObjectName("sectionTitle")
        months.setBuddy(self.by_month)
        self.note = QLabel(self.tr("I conteggi sotto 5 sono indicati «<5», come nei "
                                   "report: possono far riconoscere una persona."))
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(self.breakdowns)
        for widget in (points, self.by_point, months, self.by_month, self.note):
            layout.addWidget(widget)

    def _table(self, first: str, headers: Sequence[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers) + 1)
        table.setHorizontalHeaderLabels([first, *headers])
        table.setAccessibleName(first)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table, as in every list
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def show_data(self, data: Mapping[str, Any]) -> None:
        """Fill the figures and both tables from the indicators."""
        if "internships" not in data:
            return
        counts = WorkCounts(data)
        for key in ("job_seekers_active", "interviews", "internships_started",
                    "internships_completed", "internships_to_hiring", "hirings"):
            self.figures[key].setText(str(counts.total[key].shown))
        rate = data.get("internship_attendance_rate")
        self.figures["attendance_rate"].setText(
            "—" if rate is None else f"{rate * 100:.0f}%")
        self.figures["allowances_due"].setText(euro(float(data.get("allowances_due", 0))))
        self.figures["project_contribution"].setText(
            euro(float(data.get("project_contribution", 0))))
        candidacy: Mapping[str, str] = labels.choices("candidacy", "status") or {}
        contract: Mapping[str, str] = labels.choices("hiring", "contract_type") or {}
        none = self.tr("non indicato")
        self.breakdowns.setText("\n".join((
            self.tr("Candidature per stato: {list}").format(list=self._listed(
                counts.candidacies, candidacy, none)),
            self.tr("Assunzioni per contratto: {list}").format(list=self._listed(
                counts.contracts, contract, none)))))
        names = data.get("points", {})
        self._fill(self.by_point, [
            (f"{code} – {names[code]}" if names.get(code) else code or none,
             [f["job_seekers_active"].shown, f["internships"].shown, f["hirings"].shown])
            for code, f in counts.points])
        self._fill(self.by_month, [
            (month_text(key) if key else none,
             [f["internships_started"].shown, f["hirings"].shown])
            for key, f in reversed(counts.months)])

    def _listed(self, rows: Sequence[tuple[str, Any]], names: Mapping[str, str],
                none: str) -> str:
        if not rows:
            return "—"
        return ", ".join(f"{labels.label(names, code) if code else none} {n.shown}"
                         for code, n in rows)

    def _fill(self, table: QTableWidget, rows: Sequence[tuple[str, Sequence[Any]]]) -> None:
        table.setRowCount(len(rows))
        for number, (name, values) in enumerate(rows):
            table.setItem(number, 0, QTableWidgetItem(name))
            for column, value in enumerate(values, start=1):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(number, column, item)
        table.setMinimumHeight(min(420, 60 + 30 * max(len(rows), 1)))
