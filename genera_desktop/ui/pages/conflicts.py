"""Conflicts: concurrent edits of one field, the winner kept by sync, the loser logged.

The coordinator reads each open entry and either keeps the winning value ("Mantieni")
or makes the losing one current again ("Ripristina l'altro valore"), which replicates
as an ordinary edit.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from genera_desktop.domain.errors import GeneraError
from genera_desktop.printing.access_request import FIELD_LABELS
from genera_desktop.services import conflicts
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text
from genera_desktop.ui.models.rows import Column, format_date
from genera_desktop.ui.pages.listing import ListPage

translate = QCoreApplication.translate

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def kind_label(kind: str | None) -> str:
    return {
        "household": translate("ConflictsPage", "Nucleo familiare"),
        "person": translate("ConflictsPage", "Persona"),
        "intake": translate("ConflictsPage", "Colloquio"),
        "visit": translate("ConflictsPage", "Visita"),
        "contact": translate("ConflictsPage", "Contatto"),
        "referral": translate("ConflictsPage", "Invio"),
        "follow_up": translate("ConflictsPage", "Promemoria"),
        "health": translate("ConflictsPage", "Dati sanitari"),
        "point": translate("ConflictsPage", "Punto di comunità"),
        "housing_context": translate("ConflictsPage", "Contesto abitativo"),
    }.get(kind or "", kind or "")


def value_text(value: Any) -> str:
    if value is None or value == "":
        return translate("ConflictsPage", "(vuoto)")
    if value is True:
        return translate("ConflictsPage", "sì")
    if value is False:
        return translate("ConflictsPage", "no")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        return format_date(value)
    return str(value)


def when_text(iso: str | None) -> str:
    """An ISO time (UTC in the store) as this computer's local date and time."""
    if not iso or len(iso) < 16:
        return format_date(iso)
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d/%m/%Y %H:%M")


def conflict_columns() -> list[Column]:
    return [
        Column(
            translate("ConflictsPage", "Dato"),
            lambda r: f"{kind_label(r['kind'])} {r['record_id'][:8]}",
        ),
        Column(
            translate("ConflictsPage", "Campo"), lambda r: FIELD_LABELS.get(r["field"], r["field"])
        ),
        Column(
            translate("ConflictsPage", "Valore tenuto"),
            lambda r: value_text(r["winner_value"]),
            bold=lambda r: True,
        ),
        Column(translate("ConflictsPage", "Da"), lambda r: r["winner_site"] or ""),
        Column(
            translate("ConflictsPage", "Valore scartato"), lambda r: value_text(r["loser_value"])
        ),
        Column(translate("ConflictsPage", "Da"), lambda r: r["loser_site"] or ""),
        Column(
            translate("ConflictsPage", "Modificato"),
            lambda r: when_text(max(r["winner_at"] or "", r["loser_at"] or "") or None),
        ),
        Column(translate("ConflictsPage", "Rilevato"), lambda r: when_text(r["detected_at"])),
    ]


class ConflictsPage(ListPage):
    """Open conflicts, newest first, with the two decisions."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, translate("ConflictsPage", "Conflitti"), conflict_columns(), parent=parent
        )
        self.keep_button = QPushButton(self.tr("&Mantieni"))
        self.keep_button.setToolTip(self.tr("Tiene il valore attuale e chiude la voce"))
        self.restore_button = QPushButton(self.tr("&Ripristina l'altro valore"))
        self.refresh_button = QPushButton(self.tr("A&ggiorna"))
        self.keep_button.clicked.connect(self.keep)
        self.restore_button.clicked.connect(self.restore)
        self.refresh_button.clicked.connect(self.refresh)
        for button in (self.keep_button, self.restore_button, self.refresh_button):
            self.actions.addWidget(button)

    def load(self, search: str) -> tuple[list[Any], str]:
        with self.ctx.uow() as uow:
            rows = conflicts.list_conflicts(uow, "open")
        self.keep_button.setEnabled(bool(rows))
        self.restore_button.setEnabled(bool(rows))
        if not rows:
            return rows, self.tr("Nessun conflitto aperto.")
        if len(rows) == 1:
            return rows, self.tr("1 conflitto aperto.")
        return rows, self.tr("{n} conflitti aperti.").format(n=len(rows))

    def confirm_restore(self, row: dict[str, Any]) -> bool:
        """Asked before restoring (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Ripristina l'altro valore"),
            self.tr(
                "Rendere attuale «{loser}» al posto di «{winner}»? La modifica sarà "
                "inviata a tutte le postazioni."
            ).format(loser=value_text(row["loser_value"]), winner=value_text(row["winner_value"])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def keep(self) -> None:
        self._decide(conflicts.dismiss, self.tr("Valore attuale mantenuto."))

    def restore(self) -> None:
        row = self.current_row()
        if row is not None and self.confirm_restore(row):
            self._decide(conflicts.restore, self.tr("Valore scartato ripristinato."))

    def _decide(self, action: Any, done: str) -> None:
        row = self.current_row()
        if row is None:
            self.show_message(self.tr("Selezionare un conflitto nell'elenco."))
            return
        try:
            with self.ctx.uow() as uow:
                action(uow, row["id"])
                uow.commit()
        except GeneraError as err:
            self.show_message(error_text(err))
            return
        self.show_message("")
        self.refresh()
        self.status.setText(f"{done} {self.status.text()}")
