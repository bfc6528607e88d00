"""«Coabitazioni»: the solidarity co-housing pacts held here (a point holds those of its
families, host's or guest's), with their phase and trial month; a new pact between two
persons of this site's families, Enter changes the chosen one, the pact printed for both
to sign. Below, the chosen pact's monitoring visits (by the point's staff or a custode),
those in the trial month marked.

Keyboard: Ctrl+N a new pact, Enter changes the one chosen.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from genera_desktop.domain.money import euro_on_screen as euro
from genera_desktop.services import records
from genera_desktop.services.housing import pairs as pairing
from genera_desktop.services.housing import ui_queries as queries
from genera_desktop.ui import labels
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.common.rows import Column, format_date
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.housing.common import DetailTable, today

VISIT_FIELDS = ["date", "visitor", "operator", "outcome", "notes"]
FIELDS = ["host", "guest", "start_date", "phase", "monthly_contribution", "duties", "end_date",
          "notes"]


def pact_columns() -> list[Column]:
    phase: Mapping[str, str] = labels.choices("cohousing_pact", "phase") or {}

    def label(name: str) -> str:
        return labels.field_label("cohousing_pact", name, short=True)

    return [Column(label("host"), lambda p: p.get("host_name") or ""),
            Column(label("guest"), lambda p: p.get("guest_name") or ""),
            Column(label("start_date"), lambda p: format_date(p.get("start_date"))),
            Column(label("trial_end"), lambda p: format_date(p.get("trial_end"))),
            Column(label("phase"), lambda p: labels.label(phase, p.get("phase"))),
            Column(label("monthly_contribution"),
                   lambda p: euro(p.get("monthly_contribution")), align_right=True)]


def visit_columns() -> list[Column]:
    visitor: Mapping[str, str] = labels.choices("cohousing_visit", "visitor") or {}
    outcome: Mapping[str, str] = labels.choices("cohousing_visit", "outcome") or {}

    def label(name: str) -> str:
        return labels.field_label("cohousing_visit", name, short=True)

    return [Column(label("date"), lambda v: format_date(v.get("date"))),
            Column(label("visitor"), lambda v: labels.label(visitor, v.get("visitor"))),
            Column(label("operator"), lambda v: v.get("operator") or ""),
            Column(label("in_trial"), lambda v: QCoreApplication.translate(
                "HousingPairs", "sì") if v.get("in_trial") else ""),
            Column(label("outcome"), lambda v: labels.label(outcome, v.get("outcome"))),
            Column(label("notes"), lambda v: v.get("notes") or "")]


class PactsTab(ListPage):
    """The pacts, the latest started first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, labels.kind_name("cohousing_pact", plural=True), pact_columns(),
                         parent=parent)
        self.new_button = QPushButton(labels.new_record_title("cohousing_pact"))
        self.new_button.setToolTip(self.tr("Nuova coabitazione (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.print_button = QPushButton(self.tr("Stampa il patto"))
        self.print_button.setToolTip(self.tr("Il patto abitativo da firmare per chi ospita e "
                                             "chi è ospitato"))
        self.print_button.clicked.connect(self.print_pact)
        self.visit_button = QPushButton(labels.new_record_title("cohousing_visit"))
        self.visit_button.setToolTip(self.tr("Una visita di monitoraggio alla coabitazione "
                                             "scelta, dell'operatore o del custode"))
        self.visit_button.clicked.connect(self.new_visit)
        for button in (self.new_button, self.visit_button, self.print_button):
            self.actions.addWidget(button)
        self.view.setToolTip(self.tr("Invio modifica la coabitazione scelta."))
        self.trial = QLabel()
        self.trial.setObjectName("hint")
        self.visits = DetailTable(labels.kind_name("cohousing_visit", plural=True),
                                  visit_columns(), self)
        self.visits.view.activated.connect(lambda _: self.edit_visit())
        page = self.layout()
        assert isinstance(page, QVBoxLayout)  # ListPage's
        page.addWidget(self.trial)
        page.addWidget(self.visits, 1)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_visits())

    def load(self, search: str) -> tuple[list[Any], str]:
        rows = queries.pact_rows(self.ctx.store)
        self.print_button.setEnabled(bool(rows))
        status = (self.tr("Nessuna coabitazione.") if not rows
                  else self.tr("1 coabitazione") if len(rows) == 1
                  else self.tr("{n} coabitazioni").format(n=len(rows)))
        return rows, status

    def refresh(self) -> None:
        super().refresh()
        self.show_visits()

    def show_visits(self) -> None:
        """The chosen pact's visits, and how its trial month went."""
        row = self.current_row()
        pact = row if isinstance(row, dict) else None
        rows = pairing.visits(self.ctx.store, pact["id"]) if pact else []
        self.visits.set_rows(rows)
        self.visit_button.setEnabled(pact is not None)
        if pact is None or not pact.get("trial_end"):
            self.trial.setText("")
            return
        in_trial = sum(1 for v in rows if v.get("in_trial"))
        self.trial.setText(self.tr("{host} e {guest}: mese di prova dal {start} al {end}; "
                                   "visite nel mese di prova: {n} su {total}.").format(
            host=pact.get("host_name") or "", guest=pact.get("guest_name") or "",
            start=format_date(pact.get("start_date")), end=format_date(pact["trial_end"]),
            n=in_trial, total=len(rows)))

    def new_visit(self) -> None:
        row = self.current_row()
        if not isinstance(row, dict):
            return
        pid = row["id"]
        if RecordDialog.ask("cohousing_visit", self, fields=VISIT_FIELDS,
                            defaults={"date": today(), "visitor": "staff",
                                      "operator": self.ctx.username},
                            save=lambda values: records.add(self.ctx.store, "cohousing_visit",
                                                            {"pact": pid, **values})):
            self.show_visits()

    def edit_visit(self) -> None:
        visit = self.visits.current_row()
        if not isinstance(visit, dict):
            return
        if RecordDialog.ask("cohousing_visit", self, fields=VISIT_FIELDS, record=visit,
                            save=lambda values: records.update(self.ctx.store,
                                                               "cohousing_visit", visit["id"],
                                                               values)):
            self.show_visits()

    def _refs(self) -> dict[str, dict[str, str]]:
        people = queries.adult_names(self.ctx.store)
        return {"host": people, "guest": people}

    def new_record(self) -> None:
        """Ctrl+N: a pact between two persons of this site's families."""
        made = RecordDialog.ask("cohousing_pact", self, fields=FIELDS, refs=self._refs(),
                                defaults={"start_date": today(), "phase": "selection"},
                                save=lambda values: records.add(self.ctx.store,
                                                                "cohousing_pact", values))
        if made:
            self.refresh()
            ids = [r["id"] for r in self.model.rows]
            if made in ids:
                self.select_row(ids.index(made))

    def row_activated(self, row: Any) -> None:
        if row is None:
            return
        RecordDialog.ask("cohousing_pact", self, fields=FIELDS, record=row, refs=self._refs(),
                         save=lambda values: records.update(self.ctx.store, "cohousing_pact",
                                                            row["id"], values))
        self.refresh()

    def print_pact(self) -> bool:
        """The chosen pact in the print preview."""
        from genera_desktop.services.housing import prints
        from genera_desktop.ui.common.print_preview import print_and_preview

        row = self.current_row()
        if not isinstance(row, dict):
            return False
        pid = row["id"]
        return print_and_preview(self.ctx, self, lambda uow: prints.print_cohousing(uow, pid),
                                 "patto-abitativo.pdf", self.tr("Patto abitativo"))
