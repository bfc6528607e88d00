"""A vacancy's page: what it asks, then the candidates matching ranks for it, best
first, each with its score and the reasons in plain Italian; those who fail a gate
(licence, distance, profile not active) after the others, greyed, with the reason.

«Proponi» (Alt+P) makes a candidacy for the selected person: a person's decision,
never the matching's; it keeps the score and reasons of that moment. Enter on a row
proposes too. Ranking 5,000 profiles takes well under the 200 ms of issue 12, so it
runs here, on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain import catalogs_work as cat
from genera_desktop.domain.errors import GeneraError
from genera_desktop.services.work import candidacies
from genera_desktop.services.work import ui_queries as queries
from genera_desktop.ui import labels
from genera_desktop.ui.common.columns import fit_columns
from genera_desktop.ui.common.listing import make_table
from genera_desktop.ui.common.rows import Column, RowsModel
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text

INELIGIBLE_COLOR = "#667085"
SHOWN = 100


class VacancyDialog(QDialog):
    """The ranked candidates of one vacancy, and «Proponi»."""

    def __init__(self, ctx: AppContext, vacancy: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.vacancy = vacancy
        self.made: list[str] = []
        self.setWindowTitle(self.tr("Offerta: {title}").format(title=vacancy.get("title") or ""))
        statuses: Mapping[str, str] = labels.choices("candidacy", "status") or {}
        columns = [
            Column(self.tr("Persona"), lambda r: r["name"]),
            Column(self.tr("Punteggio"), lambda r: str(r["score"]), align_right=True,
                   color=lambda r: None if r["eligible"] else INELIGIBLE_COLOR),
            Column(self.tr("Idoneo"), lambda r: self.tr("sì") if r["eligible"]
                   else self.tr("no"),
                   color=lambda r: None if r["eligible"] else INELIGIBLE_COLOR),
            Column(self.tr("Candidatura"), lambda r: labels.label(
                statuses, r["candidacy_status"]) if r["candidacy"] else ""),
            Column(self.tr("Motivi"), lambda r: "; ".join(r["reasons"]),
                   color=lambda r: None if r["eligible"] else INELIGIBLE_COLOR),
        ]
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        self.model = RowsModel(columns, self)
        self.view = make_table(self.model, self)
        self.view.setAccessibleName(self.tr("Candidati in ordine di punteggio"))
        self.view.activated.connect(lambda _index: self.propose())
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox()
        self.propose_button = QPushButton(self.tr("&Proponi"))
        self.propose_button.setToolTip(self.tr(
            "Propone la persona selezionata per questa offerta: nasce una candidatura "
            "con il punteggio e i motivi di adesso (Alt+P)"))
        self.propose_button.setAutoDefault(False)
        self.propose_button.clicked.connect(self.propose)
        buttons.addButton(self.propose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Chiudi"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(980, 560)
        self.refresh()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    @classmethod
    def ask(cls, ctx: AppContext, vacancy: dict[str, Any], parent: QWidget | None) -> list[str]:
        """Show the vacancy's candidates; the candidacies made meanwhile."""
        dialog = cls(ctx, vacancy, parent)
        dialog.exec()
        return dialog.made

    def _summary(self) -> str:
        v = self.vacancy
        skills = ", ".join(cat.label(cat.SKILLS, s) or s for s in v.get("required_skills") or ())
        licences = ", ".join(v.get("required_licences") or ())
        parts = [f"<b>{v.get('title') or ''}</b> – {v.get('organisation_name') or ''}",
                 self.tr("Comune: {place}").format(place=v.get("municipality") or "—")]
        if v.get("occupation"):
            parts.append(self.tr("Professione: {label}").format(
                label=cat.label(cat.OCCUPATIONS, v["occupation"]) or v["occupation"]))
        if skills:
            parts.append(self.tr("Indispensabile: {skills}").format(skills=skills))
        if licences:
            parts.append(self.tr("Patenti: {licences}").format(licences=licences))
        return "<br>".join(parts)

    def refresh(self) -> None:
        current = self.model.row_at(self.view.currentIndex())
        rows = queries.candidate_rows(self.ctx.store, self.vacancy["id"], SHOWN)
        self.model.set_rows(rows)
        people = [r["person"] for r in rows]
        if current is not None and current["person"] in people:
            self.view.setCurrentIndex(self.model.index(people.index(current["person"]), 0))
        elif rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
        fit_columns(self.view, maximum=360)
        eligible = sum(1 for r in rows if r["eligible"])
        if not rows:
            self.status.setText(self.tr("Nessun profilo lavoro registrato."))
        else:
            self.status.setText(self.tr("{n} idonei su {total} mostrati. Invio o Alt+P "
                                        "propone la persona selezionata.").format(
                n=eligible, total=len(rows)))

    def propose(self) -> None:
        """Make the selected person's candidacy; say so, or why not."""
        row = self.model.row_at(self.view.currentIndex())
        if row is None:
            return
        self.message.hide()
        try:
            made = candidacies.propose(self.ctx.store, self.vacancy["id"], row["person"])
        except GeneraError as err:
            self.message.setText(error_text(err))
            self.message.show()
            return
        self.made.append(made)
        self.refresh()
        self.status.setText(self.tr("Candidatura registrata per {name}.").format(
            name=row["name"]))
