"""«Iniziative»: the citizens' initiatives held here, by state; Enter opens one (its
fields and the moves its flow allows), Ctrl+N records a new proposal. A report overdue
is in red (the agenda lists them too).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from genera_desktop.domain.money import euro_on_screen as euro
from genera_desktop.domain.text import fold
from genera_desktop.services.community import ui_queries as queries
from genera_desktop.ui import labels
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.common.rows import Column, format_date
from genera_desktop.ui.community.initiative_dialog import InitiativeDialog, new_initiative
from genera_desktop.ui.community.room import TEXT_FLOOR, TITLE_FLOOR, RoomFit, by_title
from genera_desktop.ui.community.workshops import filter_combo, put_filters
from genera_desktop.ui.context import AppContext

translate = QCoreApplication.translate
OVERDUE_COLOR = "#b42318"




def report_overdue(row: dict[str, Any], today: str) -> bool:
    return bool(row.get("report_due") and not row.get("report_received")
                and row["report_due"] < today
                and row.get("status") not in ("rejected", "withdrawn"))


def initiative_columns(page: InitiativesPage) -> list[Column]:
    status: Mapping[str, str] = labels.choices("initiative", "status") or {}

    def label(name: str) -> str:
        return labels.field_label("initiative", name, short=True)

    # The report's date, red when overdue, next to the state: what the operator scans
    # for. The place without its point's own comune (in the tooltip).
    return [
        Column(label("title"), lambda i: i.get("title") or ""),
        Column(label("status"), lambda i: labels.label(status, i.get("status"))),
        Column(label("report_due"), lambda i: format_date(i.get("report_due")),
               color=lambda i: OVERDUE_COLOR if report_overdue(i, page.day()) else None,
               bold=lambda i: report_overdue(i, page.day())),
        Column(label("proposed_on"), lambda i: format_date(i.get("proposed_on"))),
        Column(label("proposer_organisation"), lambda i: i.get("proposer_name") or ""),
        Column(label("place"), lambda i: i.get("place_name") or "",
               tip=lambda i: i.get("place_full") or ""),
        Column(label("support_requested"), lambda i: euro(i.get("support_requested")),
               align_right=True),
        Column(label("support_granted"), lambda i: euro(i.get("support_granted")),
               align_right=True),
    ]


def initiative_floors() -> dict[str, int]:
    """The columns that give way when the list is wider than the window (their whole
    text in the tooltip), down to these widths."""
    return {labels.field_label("initiative", "title", short=True): TITLE_FLOOR,
            labels.field_label("initiative", "proposer_organisation", short=True): TEXT_FLOOR,
            labels.field_label("initiative", "place", short=True): TEXT_FLOOR}


class InitiativesPage(ListPage):
    """The initiatives with a state filter and a search."""

    FOLLOWS = ("initiative",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, labels.kind_name("initiative", plural=True),
                         initiative_columns(self),
                         search_placeholder=translate(
                             "InitiativesPage", "Cerca per titolo o descrizione (Ctrl+F)"),
                         parent=parent)
        self.today = date.today
        self.room = RoomFit(self.view, elastic=0,
                            give_way=by_title(self.model.columns, initiative_floors()))
        self.new_button = QPushButton(labels.new_record_title("initiative"))
        self.new_button.setToolTip(self.tr("Registra una nuova proposta (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.actions.addWidget(self.new_button)
        self.status_filter = filter_combo(self.tr("Tutti gli stati"),
                                          labels.choices("initiative", "status") or {},
                                          self.tr("Stato dell'iniziativa"))
        self.status_filter.activated.connect(lambda _: self.refresh())
        put_filters(self, [self.status_filter])
        self.view.setToolTip(self.tr("In rosso i rendiconti in ritardo. Invio apre "
                                     "l'iniziativa."))

    def refresh(self) -> None:
        super().refresh()
        self.room.fit()

    def day(self) -> str:
        return self.today().isoformat()

    def load(self, search: str) -> tuple[list[Any], str]:
        rows = queries.initiative_rows(self.ctx.store)
        held = len(rows)
        wanted = self.status_filter.currentData()
        terms = fold(search).split()
        rows = [i for i in rows if (wanted is None or (i.get("status") or "proposed") == wanted)
                and all(t in fold(f"{i.get('title') or ''} {i.get('description') or ''}")
                        for t in terms)]
        late = sum(1 for i in rows if report_overdue(i, self.day()))
        if not held:
            status = self.tr("Nessuna iniziativa: «Nuova iniziativa» (Ctrl+N) per la prima.")
        elif not rows:
            status = self.tr("Nessuna iniziativa trovata.")
        else:
            status = (self.tr("{n} iniziative").format(n=len(rows)) if len(rows) != 1
                      else self.tr("1 iniziativa"))
            if late:
                status += " · " + self.tr("{n} con il rendiconto in ritardo").format(n=late)
        return rows, status

    def row_activated(self, row: Any) -> None:
        if InitiativeDialog.ask(self.ctx, row["id"], self):
            self.refresh()

    def new_record(self) -> None:
        """Ctrl+N: record a new proposal, then open it."""
        made = new_initiative(self.ctx, self, self.today())
        if made:
            self.refresh()
            ids = [r["id"] for r in self.model.rows]
            if made in ids:
                self.select_row(ids.index(made))
