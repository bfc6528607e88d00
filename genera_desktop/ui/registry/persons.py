"""Persons: every member of every household, found by name, codice fiscale or phone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from genera_desktop.services.registry.persons import PersonRow, find_persons
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.common.rows import Column, format_date
from genera_desktop.ui.context import AppContext

translate = QCoreApplication.translate


def person_columns() -> list[Column]:
    return [
        Column(
            translate("PersonsPage", "Cognome e nome"),
            lambda r: f"{r.last_name} {r.first_name}".strip(),
            bold=lambda r: r.is_reference,
        ),
        Column(translate("PersonsPage", "Codice fiscale"), lambda r: r.tax_code or ""),
        Column(translate("PersonsPage", "Data di nascita"), lambda r: format_date(r.birth_date)),
        Column(translate("PersonsPage", "Nucleo"), lambda r: r.case_number or ""),
    ]


class PersonsPage(ListPage):
    """A searchable list of persons; Enter opens the person's household on them."""

    FOLLOWS = ("person", "household")

    household_opened = Signal(str, str)  # household, person

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            translate("PersonsPage", "Persone"),
            person_columns(),
            search_placeholder=translate(
                "PersonsPage", "Cerca per cognome, nome, codice fiscale o telefono (Ctrl+F)"
            ),
            parent=parent,
        )
        self.view.setToolTip(
            self.tr(
                "In grassetto la persona di riferimento del nucleo. Invio apre il nucleo familiare."
            )
        )

    def load(self, search: str) -> tuple[list[Any], str]:
        found = find_persons(self.ctx.store, search or None)
        shown = len(found.rows)
        if found.total == 0:
            status = (
                self.tr("Nessuna persona trovata.")
                if search
                else self.tr("Nessuna persona registrata.")
            )
        elif shown < found.total:
            status = self.tr(
                "{total} persone trovate: mostrate le prime {shown}. "
                "Scrivere di più per restringere."
            ).format(total=found.total, shown=shown)
        else:
            status = (
                self.tr("{n} persone").format(n=found.total)
                if found.total != 1
                else self.tr("1 persona")
            )
        return found.rows, status

    def row_activated(self, row: PersonRow) -> None:
        if row.household_id:
            self.household_opened.emit(row.household_id, row.id)
