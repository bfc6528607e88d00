"""«Lavoro»: the vacancies of the network's companies and agencies, open ones first.
Enter opens one with its ranked candidates and «Proponi»; Ctrl+N records a new vacancy;
«Persona…» (Ctrl+P) finds a person and opens their work: profile, fitting vacancies,
internships and hiring (ui/work/person_dialog.py); «Presenze del mese…» (Ctrl+M) the
month grid of a point's internships (ui/work/month_grid.py); «Cataloghi…» (Ctrl+K, at the
coordinator) its courses, incentives and internship rules (ui/work/catalogs.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from genera_desktop.domain.errors import GeneraError
from genera_desktop.domain.text import fold
from genera_desktop.services.registry.persons import PersonRow
from genera_desktop.services.work import ui_queries as queries
from genera_desktop.ui import labels
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.common.rows import Column, format_date
from genera_desktop.ui.community.enrol_dialog import PersonSearchDialog
from genera_desktop.ui.community.workshops import filter_combo, put_filters
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text
from genera_desktop.ui.work.catalogs import CatalogsDialog
from genera_desktop.ui.work.forms import edit_vacancy
from genera_desktop.ui.work.month_grid import MonthGridDialog
from genera_desktop.ui.work.person_dialog import PersonWorkDialog
from genera_desktop.ui.work.vacancy_dialog import VacancyDialog

translate = QCoreApplication.translate


def vacancy_columns() -> list[Column]:
    status: Mapping[str, str] = labels.choices("vacancy", "status") or {}
    contract: Mapping[str, str] = labels.choices("vacancy", "contract_type") or {}

    def label(name: str) -> str:
        return labels.field_label("vacancy", name, short=True)

    return [
        Column(label("title"), lambda v: v.get("title") or ""),
        Column(label("organisation"), lambda v: v.get("organisation_name") or ""),
        Column(label("municipality"), lambda v: v.get("municipality") or ""),
        Column(label("contract_type"), lambda v: labels.label(contract, v.get("contract_type"))),
        Column(label("positions"), lambda v: str(v.get("positions") or ""), align_right=True),
        Column(label("status"), lambda v: labels.label(status, v.get("status"))),
        Column(label("closes_on"), lambda v: format_date(v.get("closes_on"))),
    ]


class WorkPage(ListPage):
    """The vacancies, with a state filter and a search."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, translate("WorkPage", "Lavoro"), vacancy_columns(),
                         search_placeholder=translate(
                             "WorkPage", "Cerca per posizione, impresa o comune (Ctrl+F)"),
                         parent=parent)
        self.profile_button = QPushButton(self.tr("Persona…"))
        self.profile_button.setToolTip(self.tr("Cerca una persona e apre il suo lavoro: "
                                               "profilo, offerte adatte, tirocini (Ctrl+P)"))
        self.profile_button.clicked.connect(self.open_profile)
        self.actions.addWidget(self.profile_button)
        self.grid_button = QPushButton(self.tr("Presenze del mese…"))
        self.grid_button.setToolTip(self.tr("I tirocini in corso di un punto in un mese: "
                                            "giorni previsti e di presenza (Ctrl+M)"))
        self.grid_button.clicked.connect(self.open_month_grid)
        self.actions.addWidget(self.grid_button)
        self.new_button = QPushButton(labels.new_record_title("vacancy"))
        self.new_button.setToolTip(self.tr("Registra una nuova offerta di lavoro (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.actions.addWidget(self.new_button)
        QShortcut(QKeySequence("Ctrl+P"), self, self.open_profile)
        QShortcut(QKeySequence("Ctrl+M"), self, self.open_month_grid)
        if ctx.site().is_coordinator:  # every site holds them; the coordinator changes them
            self.catalogs_button = QPushButton(self.tr("Cataloghi…"))
            self.catalogs_button.setToolTip(self.tr("Corsi, incentivi e regole dei tirocini "
                                                    "(Ctrl+K)"))
            self.catalogs_button.clicked.connect(self.open_catalogs)
            self.actions.addWidget(self.catalogs_button)
            QShortcut(QKeySequence("Ctrl+K"), self, self.open_catalogs)
        self.status_filter = filter_combo(self.tr("Tutti gli stati"),
                                          labels.choices("vacancy", "status") or {},
                                          self.tr("Stato dell'offerta"))
        self.status_filter.activated.connect(lambda _: self.refresh())
        put_filters(self, [self.status_filter])
        self.view.setToolTip(self.tr("Invio apre l'offerta con i candidati in ordine di "
                                     "punteggio."))

    def load(self, search: str) -> tuple[list[Any], str]:
        rows = queries.vacancy_rows(self.ctx.store)
        held = len(rows)
        wanted = self.status_filter.currentData()
        terms = fold(search).split()
        rows = [v for v in rows if (wanted is None or (v.get("status") or "open") == wanted)
                and all(t in fold(f"{v.get('title') or ''} {v.get('organisation_name') or ''} "
                                  f"{v.get('municipality') or ''}") for t in terms)]
        if not held:
            status = self.tr("Nessuna offerta: «Nuova offerta» (Ctrl+N) per la prima.")
        elif not rows:
            status = self.tr("Nessuna offerta trovata.")
        else:
            status = (self.tr("{n} offerte").format(n=len(rows)) if len(rows) != 1
                      else self.tr("1 offerta"))
        return rows, status

    def row_activated(self, row: Any) -> None:
        try:
            VacancyDialog.ask(self.ctx, row, self)
        except GeneraError as err:  # no access to the work plan: said, not a crash
            self.show_message(error_text(err))
            return
        self.refresh()

    def new_record(self) -> None:
        """Ctrl+N: a new vacancy, then selected."""
        made = edit_vacancy(self.ctx, self)
        if made:
            self.refresh()
            ids = [r["id"] for r in self.model.rows]
            if made in ids:
                self.select_row(ids.index(made))

    def open_month_grid(self) -> None:
        """Ctrl+M: a point's internships in a month (ui/work/month_grid.py)."""
        try:
            MonthGridDialog.ask(self.ctx, parent=self)
        except GeneraError as err:  # no access to the work plan: said, not a crash
            self.show_message(error_text(err))

    def open_catalogs(self) -> None:
        """Ctrl+K, at the coordinator: courses, incentives, internship rules."""
        CatalogsDialog(self.ctx, self).exec()

    def open_profile(self) -> None:
        """Ctrl+P: find a person, then their work (PersonWorkDialog)."""
        def pick(row: PersonRow) -> tuple[str, str]:
            return row.id, f"{row.last_name} {row.first_name}"

        chosen = PersonSearchDialog.ask(
            self.ctx, self, title=self.tr("Lavoro: cerca la persona"), pick=pick)
        if not chosen:
            return
        person_id, name = chosen
        try:
            PersonWorkDialog.ask(self.ctx, person_id, name, self)
        except GeneraError as err:  # no access to the work plan: said, not a crash
            self.show_message(error_text(err))
        self.refresh()
