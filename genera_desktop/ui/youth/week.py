"""«Settimana» of the Adolescenti section: the facilitator's week, Monday to Sunday,
the sessions of the groups and youth workshops, led by the signed-in user unless
another facilitator (or everyone) is chosen.

Keyboard: Alt+Left / Alt+Right (or Page Up / Page Down on the list) the week before
and after, Alt+O this week; Enter on a session opens its group's attendance grid on
that session's column.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.services.community import ui_queries as queries
from genera_desktop.services.youth import groups
from genera_desktop.ui import labels
from genera_desktop.ui.common.changes import follow
from genera_desktop.ui.common.columns import fit_columns
from genera_desktop.ui.common.listing import make_table
from genera_desktop.ui.common.rows import Column, RowsModel, format_date
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.registry.agenda import WEEKDAYS


class WeekTab(QWidget):
    """A week of sessions; ``open_session(workshop_id, session_id)`` is the section's."""

    FOLLOWS = ("workshop", "workshop_session")

    def __init__(self, ctx: AppContext, open_session: Callable[[str, str], None],
                 parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_session = open_session
        self.today = today
        site = ctx.site()
        self.point = None if site.is_coordinator else site.point_code
        self.monday = groups.monday_of(today())
        formats: Mapping[str, str] = labels.choices("workshop", "format") or {}
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.previous = QPushButton(self.tr("◀ Settimana prima"))
        self.previous.setToolTip(self.tr("La settimana prima (Alt+Sinistra, Pag Su)"))
        self.previous.clicked.connect(lambda: self.shift_week(-1))
        self.this_week = QPushButton(self.tr("&Oggi"))
        self.this_week.setToolTip(self.tr("Questa settimana (Alt+O)"))
        self.this_week.clicked.connect(self.go_to_today)
        self.following = QPushButton(self.tr("Settimana dopo ▶"))
        self.following.setToolTip(self.tr("La settimana dopo (Alt+Destra, Pag Giù)"))
        self.following.clicked.connect(lambda: self.shift_week(1))
        self.facilitator = QComboBox()
        self.facilitator.setToolTip(self.tr("Chi conduce"))
        self.facilitator.setAccessibleName(self.tr("Chi conduce"))
        self.facilitator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.facilitator.activated.connect(lambda _: self.refresh())
        self.model = RowsModel([
            Column(self.tr("Giorno"), lambda s: self._day(s.get("date"))),
            Column(self.tr("Orario"), lambda s: "–".join(
                t for t in (s.get("start_time"), s.get("end_time")) if t)),
            Column(self.tr("Gruppo o laboratorio"), lambda s: s["workshop_title"],
                   tip=lambda s: labels.label(formats, s["format"])),
            Column(self.tr("Luogo"), lambda s: s["place_name"]),
            Column(self.tr("Argomento"), lambda s: s.get("topic") or ""),
            Column(self.tr("Conduce"), lambda s: s["facilitator"]),
        ], self)
        self.view = make_table(self.model, self)
        self.view.setAccessibleName(self.tr("Incontri della settimana"))
        self.view.setToolTip(self.tr("Invio apre le presenze dell'incontro."))
        self.view.activated.connect(lambda index: self.open_row(self.model.row_at(index)))
        self.view.installEventFilter(self)
        self.status = QLabel()
        self.status.setObjectName("hint")
        moves = QHBoxLayout()
        for widget in (self.previous, self.this_week, self.following):
            moves.addWidget(widget)
        moves.addStretch(1)
        moves.addWidget(QLabel(self.tr("Chi conduce")))
        moves.addWidget(self.facilitator)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(moves)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        for keys, slot in (("Alt+Left", lambda: self.shift_week(-1)),
                           ("Alt+Right", lambda: self.shift_week(1))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._filled = False
        follow(self, self.FOLLOWS)

    def _day(self, iso: str | None) -> str:
        if not iso:
            return ""
        day = date.fromisoformat(iso)
        weekday = QCoreApplication.translate("AgendaPage", str(WEEKDAYS[day.weekday()]))
        return f"{weekday} {format_date(iso)}"

    def _fill_facilitators(self) -> None:
        """Everyone, then the operators; the signed-in user chosen the first time."""
        chosen = self.facilitator.currentData() if self._filled else self.ctx.username
        self.facilitator.clear()
        self.facilitator.addItem(self.tr("Tutti i conduttori"), None)
        names = queries.operators(self.ctx.store)
        if self.ctx.username and self.ctx.username not in names:
            names.append(self.ctx.username)
        for name in names:
            self.facilitator.addItem(name, name)
        self.facilitator.setCurrentIndex(max(self.facilitator.findData(chosen), 0))
        self._filled = True

    def refresh(self) -> None:
        if not self._filled:
            self._fill_facilitators()
        sunday = self.monday + timedelta(days=6)
        self.title.setText(self.tr("Settimana dal {first} al {last}").format(
            first=format_date(self.monday.isoformat()), last=format_date(sunday.isoformat())))
        rows = groups.week(self.ctx.store, self.monday,
                           facilitator=self.facilitator.currentData(), point=self.point)
        self.model.set_rows(rows)
        if rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
        fit_columns(self.view, maximum=240)
        who = self.facilitator.currentData()
        if rows:
            self.status.setText(self.tr("{n} incontri").format(n=len(rows)) if len(rows) != 1
                                else self.tr("1 incontro"))
        elif who:
            self.status.setText(self.tr("Nessun incontro di {who} questa settimana.").format(
                who=who))
        else:
            self.status.setText(self.tr("Nessun incontro questa settimana."))

    def shift_week(self, weeks: int) -> None:
        """The week ``weeks`` before (negative) or after."""
        self.monday += timedelta(days=7 * weeks)
        self.refresh()

    def go_to_today(self) -> None:
        self.monday = groups.monday_of(self.today())
        self.refresh()

    def open_row(self, row: dict[str, Any] | None) -> None:
        if row is not None:
            self.open_session(row["workshop"], row["id"])

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.view and event.type() == QEvent.Type.KeyPress and isinstance(
                event, QKeyEvent):
            if event.key() == Qt.Key.Key_PageUp:
                self.shift_week(-1)
                return True
            if event.key() == Qt.Key.Key_PageDown:
                self.shift_week(1)
                return True
        return False

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()
