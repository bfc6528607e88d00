"""The work plan's part of the agenda (services/work/agenda.py): interviews and
candidacies waiting for an answer, shown only when there are any (and only to a user
with the work area: the service gives nothing otherwise). Enter opens the household."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from genera_desktop.services.work.agenda import INTERVIEW, WAITING_DAYS, WorkItem
from genera_desktop.ui.common.columns import fit_columns
from genera_desktop.ui.common.listing import make_table
from genera_desktop.ui.common.rows import Column, RowsModel, format_date

MOST_ROWS = 5  # as high as its rows up to this, under the follow-ups


class WorkAgenda(QWidget):
    """A heading and a table of WorkItems; ``household_opened`` on Enter."""

    household_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.model = RowsModel([
            Column(self.tr("Quando"), self.when, bold=lambda i: i.what == INTERVIEW),
            Column(self.tr("Che cosa"), self.what),
            Column(self.tr("Persona"), lambda i: i.person_name),
            Column(self.tr("Offerta"), lambda i: i.vacancy_title),
            Column(self.tr("Impresa"), lambda i: i.organisation_name),
        ], self)
        self.view = make_table(self.model, self)
        self.view.setObjectName("workAgenda")
        self.heading = QLabel(self.tr("Lavoro: colloqui e candidature senza risposta"))
        self.heading.setObjectName("sectionTitle")
        self.view.setAccessibleName(self.heading.text())
        self.view.setToolTip(self.tr("Una candidatura inviata da più di {n} giorni senza "
                                     "risposta è in elenco. Invio apre il nucleo."
                                     ).format(n=WAITING_DAYS))
        self.view.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)

    def when(self, item: WorkItem) -> str:
        if item.what == INTERVIEW:
            return format_date(item.due) if item.due else self.tr("data da fissare")
        return self.tr("inviata il {day}").format(day=format_date(item.due))

    def what(self, item: WorkItem) -> str:
        if item.what == INTERVIEW:
            return self.tr("Colloquio")
        return self.tr("Senza risposta da {n} giorni").format(n=item.days)

    def set_items(self, items: Sequence[WorkItem], today: date) -> None:
        """Show these items (hidden when there are none)."""
        self.today = today
        self.model.set_rows(items)
        self.setVisible(bool(items))
        if items:
            rows_high = min(len(items), MOST_ROWS)
            self.view.setFixedHeight(self.view.horizontalHeader().sizeHint().height()
                                     + rows_high * self.view.verticalHeader().defaultSectionSize()
                                     + 4)
            fit_columns(self.view)

    def _open(self, index: object) -> None:
        item = self.model.row_at(index)  # type: ignore[arg-type]
        if item is not None and item.household_id:
            self.household_opened.emit(item.household_id)
