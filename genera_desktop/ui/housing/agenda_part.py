"""The housing plan's part of the agenda (services/housing/deadlines.py): agreed-rent
contracts whose first three years or two-year extension end within six months, and the
instalments of a repayment plan past due and unpaid.

Built only for a user with the housing area (ui/registry/agenda.py asks first), shown
only when there is something. Enter or a double click opens the household on its «Casa»
tab, where the contract and the repayment plan are.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from genera_desktop.domain.money import euro_on_screen as euro
from genera_desktop.services.housing.deadlines import EXPIRY, INSTALLMENT, NOTICES, Deadline
from genera_desktop.ui.common.columns import fit_columns
from genera_desktop.ui.common.listing import make_table
from genera_desktop.ui.common.rows import Column, RowsModel, format_date

MOST_ROWS = 6  # as high as its rows up to this, under the follow-ups
OVERDUE_COLOR = "#b42318"


class HousingAgenda(QWidget):
    """A heading and a table of Deadlines; ``household_opened`` on Enter."""

    household_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.model = RowsModel([
            Column(self.tr("Scadenza"), self.when, color=self.color,
                   bold=lambda d: d.what == INSTALLMENT or d.notice == NOTICES[1]),
            Column(self.tr("Che cosa"), self.what),
            Column(self.tr("Nucleo"), lambda d: d.case_number or ""),
            Column(self.tr("Persona di riferimento"), lambda d: d.reference_name or ""),
        ], self)
        self.view = make_table(self.model, self)
        self.view.setObjectName("housingAgenda")
        self.heading = QLabel(self.tr("Casa: contratti in scadenza e rate non pagate"))
        self.heading.setObjectName("sectionTitle")
        self.view.setAccessibleName(self.heading.text())
        self.view.setToolTip(self.tr(
            "I contratti a canone concordato da sei mesi prima della fine dei primi tre "
            "anni o della proroga di due; le rate dei piani di rientro scadute e non "
            "pagate. Invio apre la scheda Casa del nucleo."))
        self.view.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)
        self.hide()

    def when(self, item: Deadline) -> str:
        return format_date(item.due)

    def color(self, item: Deadline) -> str | None:
        return OVERDUE_COLOR if item.what == INSTALLMENT else None

    def what(self, item: Deadline) -> str:
        if item.what == INSTALLMENT:
            late = (self.today - date.fromisoformat(item.due)).days
            text = (self.tr("Rata del piano di rientro non pagata da ieri: {amount}")
                    if late == 1 else
                    self.tr("Rata del piano di rientro non pagata da {n} giorni: {amount}"))
            return text.format(n=late, amount=euro(item.amount))
        soon = item.notice == NOTICES[1]
        if item.what == EXPIRY:
            return (self.tr("Fine della proroga di due anni del canone concordato "
                            "(entro tre mesi)") if soon else
                    self.tr("Fine della proroga di due anni del canone concordato "
                            "(entro sei mesi)"))
        return (self.tr("Fine dei primi tre anni del canone concordato (entro tre mesi)")
                if soon else
                self.tr("Fine dei primi tre anni del canone concordato (entro sei mesi)"))

    def set_items(self, items: Sequence[Deadline], today: date) -> None:
        """Show these deadlines (hidden when there are none)."""
        self.today = today
        self.model.set_rows(items)
        self.setVisible(bool(items))
        if items:
            rows_high = min(len(items), MOST_ROWS)
            self.view.setFixedHeight(self.view.horizontalHeader().sizeHint().height()
                                     + rows_high * self.view.verticalHeader().defaultSectionSize()
                                     + 4)
            fit_columns(self.view, elastic=1)

    def _open(self, index: object) -> None:
        item = self.model.row_at(index)  # type: ignore[arg-type]
        if item is not None and item.household_id:
            self.household_opened.emit(item.household_id)
