"""Conflicts: what sync could not settle by itself, for the coordinator to decide.

Two tabs. "Conflitti aperti": concurrent edits of one field, the winner kept by sync and
the loser logged; the coordinator keeps the winning value ("Mantieni") or makes the
losing one current again ("Ripristina l'altro valore"), which replicates as an ordinary
edit. "Quarantena": changes stamped more than 24 hours in the future (a computer whose
date ran ahead), held unapplied; the coordinator accepts one (applied with a fresh
stamp) or rejects it (dropped), and the decision reaches every site.
"""

from __future__ import annotations

import re
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import GeneraError
from genera_desktop.services.coordination import conflicts
from genera_desktop.services.network import sync
from genera_desktop.ui import labels
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.common.rows import Column, format_date, format_moment
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text

translate = QCoreApplication.translate

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# The red of the other lists' warnings (agenda, contexts): a date far ahead is wrong.
AHEAD_COLOR = "#b42318"


def kind_label(kind: str | None) -> str:
    """A kind's name on screen (its declaration's, store/kinds.py)."""
    return labels.kind_name(kind)


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


def conflict_columns() -> list[Column]:
    return [
        Column(
            translate("ConflictsPage", "Dato"),
            lambda r: f"{kind_label(r['kind'])} {r['record_id'][:8]}",
        ),
        Column(
            translate("ConflictsPage", "Campo"), lambda r: labels.field_label(r["kind"], r["field"])
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
            lambda r: format_moment(max(r["winner_at"] or "", r["loser_at"] or "") or None),
        ),
        Column(translate("ConflictsPage", "Rilevato"), lambda r: format_moment(r["detected_at"])),
    ]


class OpenConflicts(ListPage):
    """Open conflicts, newest first, with the two decisions."""

    FOLLOWS = ("conflict",)

    counted = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, translate("ConflictsPage", "Conflitti"), conflict_columns(), parent=parent
        )
        self.title.hide()  # the page above has the title, the tab says which list
        self.keep_button = QPushButton(translate("ConflictsPage", "&Mantieni"))
        self.keep_button.setToolTip(
            translate("ConflictsPage", "Tiene il valore attuale e chiude la voce")
        )
        self.restore_button = QPushButton(translate("ConflictsPage", "&Ripristina l'altro valore"))
        self.refresh_button = QPushButton(translate("ConflictsPage", "A&ggiorna"))
        self.keep_button.clicked.connect(self.keep)
        self.restore_button.clicked.connect(self.restore)
        self.refresh_button.clicked.connect(self.refresh)
        for button in (self.keep_button, self.restore_button, self.refresh_button):
            self.actions.addWidget(button)

    def load(self, search: str) -> tuple[list[Any], str]:
        rows = conflicts.list_conflicts(self.ctx.store, "open")
        self.keep_button.setEnabled(bool(rows))
        self.restore_button.setEnabled(bool(rows))
        self.counted.emit(len(rows))
        if not rows:
            return rows, translate("ConflictsPage", "Nessun conflitto aperto.")
        if len(rows) == 1:
            return rows, translate("ConflictsPage", "1 conflitto aperto.")
        return rows, translate("ConflictsPage", "{n} conflitti aperti.").format(n=len(rows))

    def confirm_restore(self, row: dict[str, Any]) -> bool:
        """Asked before restoring (tests replace this)."""
        answer = QMessageBox.question(
            self,
            translate("ConflictsPage", "Ripristina l'altro valore"),
            translate(
                "ConflictsPage",
                "Rendere attuale «{loser}» al posto di «{winner}»? La modifica sarà "
                "inviata a tutte le postazioni.",
            ).format(loser=value_text(row["loser_value"]), winner=value_text(row["winner_value"])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def keep(self) -> None:
        self._decide(conflicts.dismiss, translate("ConflictsPage", "Valore attuale mantenuto."))

    def restore(self) -> None:
        row = self.current_row()
        if row is not None and self.confirm_restore(row):
            self._decide(
                conflicts.restore, translate("ConflictsPage", "Valore scartato ripristinato.")
            )

    def _decide(self, action: Any, done: str) -> None:
        row = self.current_row()
        if row is None:
            self.show_message(translate("ConflictsPage", "Selezionare un conflitto nell'elenco."))
            return
        try:
            action(self.ctx.store, row["id"])
        except GeneraError as err:
            self.show_message(error_text(err))
            return
        self.show_message("")
        self.refresh()
        self.status.setText(f"{done} {self.status.text()}")


# -- quarantine ------------------------------------------------------------------------


def record_text(kind: str, rid: str, name: str) -> str:
    """A held change's record as staff know it: a person's name, a household's case
    number or address (``name``); the short id when this store does not hold it (yet)."""
    return f"{kind_label(kind)} {name or rid[:8]}"


def held_value_text(row: dict[str, Any]) -> str:
    if row.get("hidden"):
        return translate("ConflictsPage", "(dato riservato: {area})").format(
            area=labels.label(labels.ACCESS_AREAS, row.get("area")))
    return value_text(row["value"])


def quarantine_columns() -> list[Column]:
    return [
        Column(translate("ConflictsPage", "Dato"), lambda r: r["record"]),
        Column(
            translate("ConflictsPage", "Campo"), lambda r: labels.field_label(r["kind"], r["field"])
        ),
        Column(
            translate("ConflictsPage", "Valore trattenuto"), held_value_text, bold=lambda r: True
        ),
        Column(translate("ConflictsPage", "Da"), lambda r: r["site"] or ""),
        # The date the author's computer wrote: far ahead, which is why it is held.
        Column(
            translate("ConflictsPage", "Data della modifica"),
            lambda r: format_moment(r["stamped_at"]),
            color=lambda r: AHEAD_COLOR,
        ),
        Column(translate("ConflictsPage", "Ricevuto"), lambda r: format_moment(r["received_at"])),
    ]


class QuarantineList(ListPage):
    """Changes held because their date is more than 24 hours ahead, oldest first, with
    the two decisions. Neither can be undone here: each is confirmed first."""

    FOLLOWS = ("sync_quarantine",)

    counted = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, translate("ConflictsPage", "Quarantena"), quarantine_columns(), parent=parent
        )
        self.title.hide()
        self.explain = QLabel(
            translate(
                "ConflictsPage",
                "Modifiche datate più di 24 ore nel futuro: l'orologio del computer che "
                "le ha fatte era avanti. «Accetta» le applica con la data di adesso, «Rifiuta» "
                "le scarta; la decisione arriva a tutte le postazioni con i prossimi pacchetti.",
            )
        )
        self.explain.setObjectName("hint")
        self.explain.setWordWrap(True)
        cast(QVBoxLayout, self.layout()).insertWidget(1, self.explain)
        self.accept_button = QPushButton(translate("ConflictsPage", "A&ccetta"))
        self.accept_button.setToolTip(
            translate("ConflictsPage", "Applica la modifica con la data di adesso")
        )
        self.reject_button = QPushButton(translate("ConflictsPage", "Rif&iuta"))
        self.reject_button.setToolTip(translate("ConflictsPage", "Scarta la modifica"))
        self.refresh_button = QPushButton(translate("ConflictsPage", "A&ggiorna"))
        self.accept_button.clicked.connect(lambda: self.decide(True))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        self.refresh_button.clicked.connect(self.refresh)
        for button in (self.accept_button, self.reject_button, self.refresh_button):
            self.actions.addWidget(button)

    def load(self, search: str) -> tuple[list[Any], str]:
        # A held value of an area this user lacks stays hidden, saying which area.
        rows = [{**row, "record": record_text(row["kind"], row["record_id"], row["record_name"])}
                for row in sync.held_changes(self.ctx.store)]
        self.accept_button.setEnabled(bool(rows))
        self.reject_button.setEnabled(bool(rows))
        self.counted.emit(len(rows))
        if not rows:
            return rows, translate("ConflictsPage", "Nessuna modifica in quarantena.")
        if len(rows) == 1:
            return rows, translate("ConflictsPage", "1 modifica in quarantena.")
        return rows, translate("ConflictsPage", "{n} modifiche in quarantena.").format(n=len(rows))

    def confirm_decision(self, row: dict[str, Any], accept: bool) -> bool:
        """Asked before deciding, which no button undoes (tests replace this)."""
        field = labels.field_label(row["kind"], row["field"])
        if accept:
            title = translate("ConflictsPage", "Accetta la modifica")
            text = translate(
                "ConflictsPage",
                "Applicare il valore «{value}» al campo {field} di {record}, con la data di "
                "adesso? La decisione sarà inviata a tutte le postazioni e non si può annullare.",
            )
        else:
            title = translate("ConflictsPage", "Rifiuta la modifica")
            text = translate(
                "ConflictsPage",
                "Scartare il valore «{value}» del campo {field} di {record}? La decisione sarà "
                "inviata a tutte le postazioni e non si può annullare.",
            )
        answer = QMessageBox.question(
            self,
            title,
            text.format(value=held_value_text(row), field=field, record=row["record"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def decide(self, accept: bool) -> None:
        row = self.current_row()
        if row is None:
            self.show_message(translate("ConflictsPage", "Selezionare una modifica nell'elenco."))
            return
        if not self.confirm_decision(row, accept):
            return
        try:
            sync.quarantine_decide(self.ctx.store, row["id"], accept=accept)
        except GeneraError as err:
            self.show_message(error_text(err))
            return
        self.show_message("")
        self.refresh()
        if accept:
            done = translate(
                "ConflictsPage", "Modifica accettata e applicata con la data di adesso."
            )
        else:
            done = translate("ConflictsPage", "Modifica rifiutata e scartata.")
        self.status.setText(f"{done} {self.status.text()}")


class ConflictsPage(QWidget):
    """The coordinator's "Conflitti": open conflicts and the quarantine, one tab each.

    Each tab's title carries its count, so a held change is seen from the other tab.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(6)
        self.title = QLabel(translate("ConflictsPage", "Conflitti"))
        self.title.setObjectName("pageTitle")
        layout.addWidget(self.title)
        self.conflicts = OpenConflicts(ctx, self)
        self.quarantine = QuarantineList(ctx, self)
        for page in (self.conflicts, self.quarantine):
            cast(QVBoxLayout, page.layout()).setContentsMargins(8, 8, 8, 8)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.conflicts, "")
        self.tabs.addTab(self.quarantine, "")
        self.conflicts.counted.connect(lambda n: self._name_tab(0, n))
        self.quarantine.counted.connect(lambda n: self._name_tab(1, n))
        self._name_tab(0, 0)
        self._name_tab(1, 0)
        layout.addWidget(self.tabs, 1)

    def _name_tab(self, index: int, count: int) -> None:
        if index == 0:
            name = translate("ConflictsPage", "C&onflitti aperti")
        else:
            name = translate("ConflictsPage", "&Quarantena")
        self.tabs.setTabText(index, f"{name} ({count})" if count else name)

    def refresh(self) -> None:
        self.conflicts.refresh()
        self.quarantine.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            # The tab on show refreshes itself; the other one is loaded for its count.
            hidden = self.quarantine if self.tabs.currentIndex() == 0 else self.conflicts
            hidden.refresh()
