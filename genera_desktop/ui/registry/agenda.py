"""Today's agenda: open follow-ups (overdue in red, today, the coming week) and what I
did lately. Enter or a double click opens the household; "Segna come fatto" closes a
follow-up, with an undo offered in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import GeneraError
from genera_desktop.services import permissions
from genera_desktop.services.registry import agenda
from genera_desktop.services.registry.agenda import Activity, FollowUpItem
from genera_desktop.ui import labels
from genera_desktop.ui.common.changes import follow, fresh
from genera_desktop.ui.common.columns import fit_columns
from genera_desktop.ui.common.listing import make_table
from genera_desktop.ui.common.rows import Column, RowsModel, format_date
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.housing.agenda_part import HousingAgenda
from genera_desktop.ui.messages import error_text
from genera_desktop.ui.work.agenda_part import WorkAgenda

OVERDUE_COLOR = "#b42318"
_C = "AgendaPage"
# Marked for lupdate, translated where shown.
WEEKDAYS = (
    QT_TRANSLATE_NOOP("AgendaPage", "lunedì"),
    QT_TRANSLATE_NOOP("AgendaPage", "martedì"),
    QT_TRANSLATE_NOOP("AgendaPage", "mercoledì"),
    QT_TRANSLATE_NOOP("AgendaPage", "giovedì"),
    QT_TRANSLATE_NOOP("AgendaPage", "venerdì"),
    QT_TRANSLATE_NOOP("AgendaPage", "sabato"),
    QT_TRANSLATE_NOOP("AgendaPage", "domenica"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("AgendaPage", "gennaio"),
    QT_TRANSLATE_NOOP("AgendaPage", "febbraio"),
    QT_TRANSLATE_NOOP("AgendaPage", "marzo"),
    QT_TRANSLATE_NOOP("AgendaPage", "aprile"),
    QT_TRANSLATE_NOOP("AgendaPage", "maggio"),
    QT_TRANSLATE_NOOP("AgendaPage", "giugno"),
    QT_TRANSLATE_NOOP("AgendaPage", "luglio"),
    QT_TRANSLATE_NOOP("AgendaPage", "agosto"),
    QT_TRANSLATE_NOOP("AgendaPage", "settembre"),
    QT_TRANSLATE_NOOP("AgendaPage", "ottobre"),
    QT_TRANSLATE_NOOP("AgendaPage", "novembre"),
    QT_TRANSLATE_NOOP("AgendaPage", "dicembre"),
)

translate = QCoreApplication.translate


FOLLOW_UP_ROWS = 6  # the follow-ups' rows always in sight


def _t(text: object) -> str:  # QT_TRANSLATE_NOOP's marks are typed object
    return QCoreApplication.translate(_C, str(text))


def long_date(day: date) -> str:
    """mercoledì 26 novembre 2025."""
    return translate("AgendaPage", "{weekday} {day} {month} {year}").format(
        weekday=_t(WEEKDAYS[day.weekday()]),
        day=day.day,
        month=_t(MONTHS[day.month - 1]),
        year=day.year,
    )


def when(item: FollowUpItem, today: date) -> str:
    """How far the due date is, in the words of a desk diary."""
    due = date.fromisoformat(item.due_date)
    days = (due - today).days
    if days < 0:
        late = -days
        return (
            translate("AgendaPage", "Scaduto ieri")
            if late == 1
            else translate("AgendaPage", "Scaduto da {n} giorni").format(n=late)
        )
    if days == 0:
        return translate("AgendaPage", "Oggi")
    if days == 1:
        return translate("AgendaPage", "Domani")
    return translate("AgendaPage", "{weekday} {date}").format(
        weekday=_t(WEEKDAYS[due.weekday()]).capitalize(), date=due.strftime("%d/%m")
    )


ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("AgendaPage", "Creato"),
    "update": QT_TRANSLATE_NOOP("AgendaPage", "Modificato"),
    "delete": QT_TRANSLATE_NOOP("AgendaPage", "Eliminato"),
    "restore": QT_TRANSLATE_NOOP("AgendaPage", "Ripristinato"),
    "import": QT_TRANSLATE_NOOP("AgendaPage", "Importato"),
}

class AgendaPage(QWidget):
    """Follow-ups due, and recent activity; emits ``household_opened`` to open one."""

    household_opened = Signal(str)
    # A household to open on its «Casa» tab (a housing deadline).
    housing_opened = Signal(str)
    # (message, undo): the main window shows the message with an "Annulla" for a while.
    undo_offered = Signal(str, object)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        follow(self, ("follow_up", "contact", "referral", "visit", "household", "person",
                      "initiative", "candidacy", "rent_contract", "arrears_case",
                      "installment"))
        self.today = today
        self.current_day = today()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        top.addWidget(self.title)
        top.addStretch(1)
        self.only_mine = QCheckBox(self.tr("Solo i miei promemoria"))
        self.only_mine.toggled.connect(self.refresh)
        top.addWidget(self.only_mine)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        layout.addWidget(self.summary)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.hide()
        layout.addWidget(self.message)

        self.follow_ups = RowsModel(
            [
                Column(
                    self.tr("Scadenza"),
                    lambda r: when(r, self.current_day),
                    color=lambda r: (
                        OVERDUE_COLOR if r.due_date < self.current_day.isoformat() else None
                    ),
                    bold=lambda r: r.due_date <= self.current_day.isoformat(),
                ),
                Column(self.tr("Nucleo"), lambda r: r.case_number or ""),
                Column(self.tr("Persona di riferimento"), lambda r: r.reference_name or ""),
                Column(self.tr("Nota"), lambda r: " ".join((r.note or "").split())),
                Column(self.tr("Operatore"), lambda r: r.operator or ""),
            ],
            self,
        )
        self.follow_up_view = make_table(self.follow_ups, self)
        self.follow_up_view.setObjectName("followUps")
        self.follow_up_view.setAccessibleName(self.tr("Promemoria in scadenza"))
        # The note is the longest text: it takes the spare width, not the operator.
        header = self.follow_up_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.follow_up_view.activated.connect(self._open_follow_up)
        self.done_action = QAction(self.tr("Segna come fatto"), self)
        self.done_action.setShortcut(QKeySequence("Ctrl+D"))
        self.done_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.done_action.triggered.connect(self.mark_done)
        self.addAction(self.done_action)
        self.done_button = QPushButton(self.tr("Segna come fatto (Ctrl+D)"))
        self.done_button.clicked.connect(self.mark_done)
        self.open_button = QPushButton(self.tr("Apri nucleo (Invio)"))
        self.open_button.clicked.connect(
            lambda: self._open_follow_up(self.follow_up_view.currentIndex())
        )

        self.activity = RowsModel(
            [
                Column(self.tr("Quando"), lambda a: _when_done(a.at, self.current_day)),
                Column(self.tr("Azione"), lambda a: _t(ACTION_LABELS.get(a.action, a.action))),
                Column(
                    self.tr("Che cosa"), lambda a: labels.kind_name(a.kind)
                ),
                Column(self.tr("Dettaglio"), activity_detail),
            ],
            self,
        )
        self.activity_view = make_table(self.activity, self)
        self.activity_view.setObjectName("recentActivity")
        self.activity_view.activated.connect(self._open_activity)

        # Citizens' initiatives whose report is overdue: shown only when there are any.
        self.reports = RowsModel(
            [
                Column(self.tr("Rendiconto atteso"),
                       lambda r: report_when(r, self.current_day), color=lambda r: OVERDUE_COLOR,
                       bold=lambda r: True),
                Column(self.tr("Iniziativa"), lambda r: r.get("title") or ""),
                Column(self.tr("Stato"), lambda r: labels.label(
                    labels.choices("initiative", "status") or {}, r.get("status"))),
                Column(self.tr("Punto"), lambda r: r.get("point") or ""),
            ],
            self,
        )
        self.reports_view = make_table(self.reports, self)
        self.reports_view.setObjectName("overdueReports")
        self.reports_heading = QLabel(self.tr("Rendiconti delle iniziative in ritardo"))
        self.reports_heading.setObjectName("sectionTitle")
        self.reports_view.setAccessibleName(self.reports_heading.text())
        self.reports_view.setToolTip(self.tr("Invio apre l'iniziativa."))
        self.reports_view.activated.connect(self._open_report)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.follow_up_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        upper_layout.addLayout(buttons)
        upper_layout.addWidget(self.reports_heading)
        upper_layout.addWidget(self.reports_view)
        self.work = WorkAgenda(self)  # ui/work/agenda_part.py: shown to the work area
        self.work.household_opened.connect(self.household_opened)
        upper_layout.addWidget(self.work)
        # ui/housing/agenda_part.py: built only for the housing area (its records' area).
        self.housing: HousingAgenda | None = None
        if permissions.user_may_read(ctx.store, "rent_contract"):
            self.housing = HousingAgenda(self)
            self.housing.household_opened.connect(self.housing_opened)
            upper_layout.addWidget(self.housing)
        # The follow-ups are the front desk's first list: they keep room for a few rows
        # however many parts the areas add under them; the parts scroll with them
        # instead (Tab into a part scrolls it into view: QScrollArea does that).
        self.follow_up_view.setMinimumHeight(
            self.follow_up_view.horizontalHeader().sizeHint().height()
            + FOLLOW_UP_ROWS * self.follow_up_view.verticalHeader().defaultSectionSize() + 4)
        upper_scroll = QScrollArea()
        upper_scroll.setObjectName("agendaUpper")
        upper_scroll.setWidgetResizable(True)
        upper_scroll.setFrameShape(QFrame.Shape.NoFrame)
        upper_scroll.setWidget(upper)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 8, 0, 0)
        heading = QLabel(self.tr("Attività recente"))
        heading.setObjectName("sectionTitle")
        lower_layout.addWidget(heading)
        self.activity_view.setAccessibleName(heading.text())
        lower_layout.addWidget(self.activity_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(upper_scroll)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.follow_up_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the agenda again (on show, after a change, when the day changes)."""
        fresh(self)
        self.current_day = self.today()
        self.title.setText(
            self.tr("Agenda di oggi, {date}").format(date=long_date(self.current_day))
        )
        selected = self.selected_follow_up()
        operator = self.ctx.username if self.only_mine.isChecked() else None
        found = agenda.agenda(self.ctx.store, today=self.current_day, operator=operator)
        recent = agenda.recent_activity(self.ctx.store)
        rows = [*found.overdue, *found.due_today, *found.this_week]
        self.follow_ups.set_rows(rows)
        self.activity.set_rows(recent)
        self.reports.set_rows(found.overdue_reports)
        shown = bool(found.overdue_reports)
        self.reports_heading.setVisible(shown)
        self.reports_view.setVisible(shown)
        if shown:  # as high as its rows, up to five, under the follow-ups
            rows_high = min(len(found.overdue_reports), 5)
            self.reports_view.setFixedHeight(
                self.reports_view.horizontalHeader().sizeHint().height()
                + rows_high * self.reports_view.verticalHeader().defaultSectionSize() + 4)
        self.work.set_items(found.work, self.current_day)
        if self.housing is not None:
            self.housing.set_items(found.housing, self.current_day)
        self.summary.setText(self._summary(found))
        for view in (self.follow_up_view, self.activity_view, self.reports_view):
            fit_columns(view)
        ids = [r.id for r in rows]
        if selected is not None and selected.id in ids:
            self._select(ids.index(selected.id))
        elif rows:
            self._select(0)
        self._update_buttons()

    def _summary(self, found: agenda.Agenda) -> str:
        text = self._follow_ups_summary(found)
        if found.overdue_reports:
            n = len(found.overdue_reports)
            text += " · " + (self.tr("{n} rendiconti di iniziative in ritardo").format(n=n)
                             if n != 1 else self.tr("1 rendiconto di un'iniziativa in ritardo"))
        return text

    def _follow_ups_summary(self, found: agenda.Agenda) -> str:
        if not (found.overdue_total or found.due_today_total or found.this_week_total):
            return self.tr("Nessun promemoria in scadenza nei prossimi 7 giorni.")
        parts = []
        for total, shown, text in (
            (found.overdue_total, len(found.overdue), self.tr("{n} scaduti")),
            (found.due_today_total, len(found.due_today), self.tr("{n} per oggi")),
            (found.this_week_total, len(found.this_week), self.tr("{n} nei prossimi 7 giorni")),
        ):
            part = text.format(n=total)
            if shown < total:
                part += self.tr(" (in elenco i primi {n})").format(n=shown)
            parts.append(part)
        return " · ".join(parts)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def focus_search(self) -> None:
        """No search here: the table takes the focus (the main window goes to Nuclei)."""
        self.follow_up_view.setFocus()

    # -- acting ----------------------------------------------------------------------------

    def selected_follow_up(self) -> FollowUpItem | None:
        return self.follow_ups.row_at(self.follow_up_view.currentIndex())

    def _select(self, row: int) -> None:
        self.follow_up_view.setCurrentIndex(self.follow_ups.index(row, 0))

    def _update_buttons(self, *_: Any) -> None:
        has = self.selected_follow_up() is not None
        self.done_button.setEnabled(has)
        self.done_action.setEnabled(has)
        self.open_button.setEnabled(has)

    def _open_follow_up(self, index: Any) -> None:
        item = self.follow_ups.row_at(index)
        if item is not None and item.household_id:
            self.household_opened.emit(item.household_id)

    def _open_report(self, index: Any) -> None:
        """Enter on an overdue report: its initiative, to record the report received."""
        from genera_desktop.ui.community.initiative_dialog import InitiativeDialog

        item = self.reports.row_at(index)
        if item is not None and InitiativeDialog.ask(self.ctx, item["id"], self):
            self.refresh()

    def _open_activity(self, index: Any) -> None:
        item: Activity | None = self.activity.row_at(index)
        if item is not None and item.household_id:
            self.household_opened.emit(item.household_id)

    def mark_done(self) -> None:
        """Close the selected follow-up as done today; offer to undo it."""
        item = self.selected_follow_up()
        if item is None:
            return
        row = self.follow_up_view.currentIndex().row()
        if not self._change(lambda store: agenda.mark_done(store, item.id, today=self.current_day)):
            return
        self.refresh()
        if self.follow_ups.rowCount():
            self._select(min(row, self.follow_ups.rowCount() - 1))
        who = item.reference_name or item.case_number or ""
        self.undo_offered.emit(
            self.tr("Promemoria di {who} segnato come fatto.").format(who=who),
            lambda: self.undo_done(item.id),
        )

    def undo_done(self, follow_up_id: str) -> None:
        """Open the follow-up again."""
        if self._change(lambda store: agenda.mark_open(store, follow_up_id)):
            self.refresh()
            ids = [r.id for r in self.follow_ups.rows]
            if follow_up_id in ids:
                self._select(ids.index(follow_up_id))

    def _change(self, action: Callable[[Any], None]) -> bool:
        try:
            action(self.ctx.store)
        except GeneraError as err:
            self.message.setText(error_text(err))
            self.message.show()
            return False
        self.message.hide()
        return True


def report_when(item: dict[str, Any], today: date) -> str:
    """How late an initiative's report is: "Scaduto da 12 giorni"."""
    late = (today - date.fromisoformat(item["report_due"])).days
    return (translate("AgendaPage", "Scaduto ieri") if late == 1
            else translate("AgendaPage", "Scaduto da {n} giorni").format(n=late))


def activity_detail(item: Activity) -> str:
    """The record's name, or what an import brought in."""
    if item.action != "import":
        return item.label
    count = item.households or 0
    if item.source == "demo":
        return translate("AgendaPage", "{n} nuclei dimostrativi").format(n=count)
    return translate("AgendaPage", "{n} nuclei dal file {file}").format(
        n=count, file=item.source or ""
    )


def _when_done(at: str, today: date) -> str:
    """An audit time (UTC ISO) as local "oggi 14:05", "ieri 09:30" or "12/11 16:20"."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(at).astimezone()
    except ValueError:
        return at
    clock = moment.strftime("%H:%M")
    if moment.date() == today:
        return translate("AgendaPage", "oggi {time}").format(time=clock)
    if moment.date() == today - timedelta(days=1):
        return translate("AgendaPage", "ieri {time}").format(time=clock)
    return format_date(moment.date().isoformat())[:5] + " " + clock
