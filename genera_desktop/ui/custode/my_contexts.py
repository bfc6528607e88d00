"""'I miei contesti': the custode's start page.

Left, the housing contexts this site covers. Right, the residents of the selected one,
whom nobody has visited for the longest first, and the visits already recorded there;
below, the visits due this week. From a resident's row Enter (or V) opens a new visit
prefilled; once saved, the selection stays on the same line, which is now the next
resident to see, so a round is Enter, a few keys, Ctrl+Invio, again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import GeneraError
from genera_desktop.services import printing
from genera_desktop.services.custode import visits as custode
from genera_desktop.services.custode.visits import ContextSummary, DueVisit, ResidentRow, VisitRow
from genera_desktop.ui import labels as L
from genera_desktop.ui.common.changes import follow, fresh
from genera_desktop.ui.common.columns import columns_width, fit_columns
from genera_desktop.ui.common.listing import make_table
from genera_desktop.ui.common.print_preview import print_and_preview
from genera_desktop.ui.common.rows import Column, RowsModel, format_date
from genera_desktop.ui.common.title_row import TitleRow
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.custode.visit import VisitDialog, show_visit_report
from genera_desktop.ui.messages import error_text

OVERDUE_COLOR = "#b42318"
ROOM = 10  # px beyond a cell's text: tighter than other lists, nine columns side by side
CONTEXT_NAME_ROOM = 150  # px the contexts' names keep: «ALER Via Boschetti»
LONG_UNVISITED_DAYS = 60  # shown in red: two months without anyone knocking
NOTICE_MS = 20_000
# Marked for lupdate, translated where shown.
WEEKDAYS = (
    QT_TRANSLATE_NOOP("MyContextsPage", "lun"),
    QT_TRANSLATE_NOOP("MyContextsPage", "mar"),
    QT_TRANSLATE_NOOP("MyContextsPage", "mer"),
    QT_TRANSLATE_NOOP("MyContextsPage", "gio"),
    QT_TRANSLATE_NOOP("MyContextsPage", "ven"),
    QT_TRANSLATE_NOOP("MyContextsPage", "sab"),
    QT_TRANSLATE_NOOP("MyContextsPage", "dom"),
)


translate = QCoreApplication.translate


def since_text(row: ResidentRow) -> str:
    """'mai', 'oggi', 'ieri', '12 giorni'."""
    if row.days_since is None:
        return translate("MyContextsPage", "mai visitato")
    if row.days_since <= 0:
        return translate("MyContextsPage", "oggi")
    if row.days_since == 1:
        return translate("MyContextsPage", "ieri")
    return translate("MyContextsPage", "{n} giorni").format(n=row.days_since)


def due_text(item: DueVisit, today: date) -> str:
    """'Scaduta da 3 giorni', 'Oggi', 'Domani', 'ven 13/03'."""
    due = date.fromisoformat(item.due_date)
    days = (due - today).days
    if days < 0:
        return translate("MyContextsPage", "Scaduta ieri") if days == -1 else translate("MyContextsPage", "Scaduta da {n} giorni").format(n=-days)
    if days == 0:
        return translate("MyContextsPage", "Oggi")
    if days == 1:
        return translate("MyContextsPage", "Domani")
    weekday = translate("MyContextsPage", str(WEEKDAYS[due.weekday()]))
    return f"{weekday} {due.strftime('%d/%m')}"


class MyContextsPage(QWidget):
    """The contexts this site covers, their residents and the visits due."""

    resident_view: QTableView  # made after a lambda that refers to it

    household_opened = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.ctx = ctx
        follow(self, ("housing_context", "household", "person", "visit", "follow_up"))
        self.today = today
        self.current_day = today()
        self.last_saved: str | None = None
        self._build()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        self.title = QLabel(self.tr("I miei contesti"))
        self.title.setObjectName("pageTitle")
        self.visit_button = QPushButton(self.tr("Nuova visita (Invio)"))
        self.visit_button.clicked.connect(self.new_visit)
        self.context_visit_button = QPushButton(self.tr("Visita al contesto"))
        self.context_visit_button.clicked.connect(self.context_visit)
        self.open_button = QPushButton(self.tr("Apri nucleo (Ctrl+O)"))
        self.open_button.clicked.connect(self.open_household)
        self.print_button = QPushButton(self.tr("Stampa giro (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_round)
        buttons = (self.visit_button, self.context_visit_button, self.open_button,
                   self.print_button)
        for button in buttons:
            button.setAutoDefault(False)
        # Title and four buttons do not share a line at 125% scaling: then two lines.
        self.top = TitleRow(self.title, buttons)
        layout.addWidget(self.top)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)  # a long address: two lines, not cut
        layout.addWidget(self.summary)

        self.notice = QWidget()
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(0, 0, 0, 0)
        self.notice_label = QLabel()
        self.notice_print = QPushButton(self.tr("Stampa scheda visita"))
        self.notice_print.setAutoDefault(False)
        self.notice_print.clicked.connect(self.print_last_visit)
        notice_row.addWidget(self.notice_label)
        notice_row.addWidget(self.notice_print)
        notice_row.addStretch(1)
        self.notice.hide()
        self.notice_timer = QTimer(self)
        self.notice_timer.setSingleShot(True)
        self.notice_timer.timeout.connect(self.notice.hide)
        layout.addWidget(self.notice)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        # Three columns: beside the residents' six they all fit at 1366 px. A context's
        # last visit is in its tooltip and, for the chosen one, in the line above.
        self.contexts = RowsModel([
            Column(self.tr("Contesto"), lambda c: c.name, tip=self.context_tip),
            Column(self.tr("Nuclei"), lambda c: str(c.households), align_right=True),
            Column(self.tr("Mai visitati"), lambda c: str(c.never_visited), align_right=True,
                   color=lambda c: OVERDUE_COLOR if c.never_visited else None),
        ], self)
        self.context_view = make_table(self.contexts, self)
        self.context_view.setObjectName("contexts")
        self.context_view.selectionModel().currentRowChanged.connect(self._context_changed)
        self.context_view.activated.connect(lambda _: self.resident_view.setFocus())

        self.residents = RowsModel([
            Column(self.tr("Alloggio"), lambda r: r.flat or r.address or ""),
            Column(self.tr("Residenti"), lambda r: r.names),
            Column(self.tr("Da quanto"), since_text,
                   color=lambda r: OVERDUE_COLOR if r.days_since is None
                   or r.days_since >= LONG_UNVISITED_DAYS else None,
                   bold=lambda r: r.days_since is None),
            Column(self.tr("Ultima visita"), lambda r: format_date(r.last_visit)),
            Column(self.tr("Telefono"), lambda r: r.contact_phone),
            Column(self.tr("Prossima"), lambda r: format_date(r.next_visit)),
        ], self)
        self.resident_view = make_table(self.residents, self)
        self.resident_view.setObjectName("residents")
        self.resident_view.activated.connect(lambda _: self.new_visit())
        self.resident_view.installEventFilter(self)

        self.visits = RowsModel([
            Column(self.tr("Data"), lambda v: " ".join(
                p for p in (format_date(v.date), v.time) if p)),
            Column(self.tr("Alloggio"), lambda v: v.flat or (
                self.tr("(contesto)") if v.household_id is None else "")),
            Column(self.tr("Nucleo"), lambda v: v.reference_name or ""),
            Column(self.tr("Contatto"), lambda v: L.label(L.VISIT_CONTACT_TYPE, v.contact_type)),
            Column(self.tr("Problemi"), lambda v: ", ".join(
                L.label(L.VISIT_ISSUES, i) for i in v.issues)),
            Column(self.tr("Esito"), lambda v: v.outcome or ""),
        ], self)
        self.visit_view = make_table(self.visits, self)
        self.visit_view.setObjectName("contextVisits")
        self.visit_view.activated.connect(self._edit_visit)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.resident_view, self.tr("Residenti"))
        self.tabs.addTab(self.visit_view, self.tr("Visite registrate"))
        for index in range(self.tabs.count()):  # a table is named after its tab
            cast(QWidget, self.tabs.widget(index)).setAccessibleName(self.tabs.tabText(index))

        self.due = RowsModel([
            Column(self.tr("Scadenza"), lambda d: due_text(d, self.current_day),
                   color=lambda d: OVERDUE_COLOR
                   if d.due_date < self.current_day.isoformat() else None,
                   bold=lambda d: d.due_date <= self.current_day.isoformat()),
            Column(self.tr("Contesto"), lambda d: d.context_name),
            Column(self.tr("Alloggio"), lambda d: d.flat or (
                self.tr("(contesto)") if d.household_id is None else "")),
            Column(self.tr("Nucleo"), lambda d: d.reference_name or ""),
        ], self)
        self.due_view = make_table(self.due, self)
        self.due_view.setObjectName("visitsDue")
        self.due_view.activated.connect(self._visit_due)
        self.due_title = QLabel(self.tr("Visite in scadenza questa settimana"))
        self.due_title.setObjectName("sectionTitle")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Contesti"))
        caption.setObjectName("sectionTitle")
        left_layout.addWidget(caption)
        self.context_view.setAccessibleName(caption.text())
        left_layout.addWidget(self.context_view)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(left)
        upper.addWidget(self.tabs)
        # The contexts' list keeps the width it was given (_share_width): a wider window
        # widens the residents.
        upper.setStretchFactor(0, 0)
        upper.setStretchFactor(1, 1)
        upper.setSizes([380, 780])
        self.upper = upper
        # Fitted again when the page is resized, until the person moves the divider.
        self.split_by_hand = False
        upper.splitterMoved.connect(self._split_by_hand)
        upper.installEventFilter(self)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.due_title)
        lower_layout.addWidget(self.due_view)
        self.due_view.setAccessibleName(self.due_title.text())
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.hint = QLabel(self.tr(
            "Invio o V sul residente: nuova visita · Ctrl+O: scheda del nucleo · "
            "Ctrl+P: stampa il giro del contesto"))
        self.hint.setObjectName("hint")
        layout.addWidget(self.hint)

        for keys, slot in (("Ctrl+O", self.open_household), ("Ctrl+P", self.print_round)):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QWidget.setTabOrder(self.context_view, self.tabs)
        QWidget.setTabOrder(self.tabs, self.due_view)

    # -- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Load contexts, residents and due visits again, keeping the selections."""
        fresh(self)
        self.current_day = self.today()
        selected = self.current_context()
        row = max(self.resident_view.currentIndex().row(), 0)
        try:
            found = custode.my_contexts(self.ctx.store)
            due = custode.visits_due(self.ctx.store, today=self.current_day)
        except GeneraError as err:
            self._say(error_text(err))
            return
        self.contexts.set_rows(found)
        self.due.set_rows(due)
        ids = [c.id for c in found]
        keep = ids.index(selected.id) if selected is not None and selected.id in ids else 0
        if found:
            self.context_view.setCurrentIndex(self.contexts.index(keep, 0))
        self._load_context(row)
        self._fit(self.context_view, elastic=0)
        self._fit(self.due_view)
        self._share_width()
        self.due_title.setText(self.tr("Visite in scadenza questa settimana ({n})").format(
            n=len(due)) if due else self.tr("Visite in scadenza questa settimana: nessuna"))
        if not found:
            self.summary.setText(self.tr(
                "Nessun contesto abitativo affidato a questa postazione. I contesti si "
                "assegnano al coordinamento."))

    def _context_changed(self, *_: Any) -> None:
        self._load_context(0)

    def _load_context(self, keep_row: int) -> None:
        context = self.current_context()
        residents: list[ResidentRow] = []
        visits: list[VisitRow] = []
        if context is not None:
            residents = custode.residents(self.ctx.store, context.id, today=self.current_day)
            visits = custode.context_visits(self.ctx.store, context.id, limit=500)
        self.residents.set_rows(residents)
        self.visits.set_rows(visits)
        if residents:
            index = self.residents.index(min(keep_row, len(residents) - 1), 0)
            self.resident_view.setCurrentIndex(index)
            self.resident_view.scrollTo(index)
        self._fit(self.resident_view, elastic=1)
        self._fit(self.visit_view)
        if not self.split_by_hand:
            self._share_width()  # this context's residents may need more room
        self._update(context)

    def _update(self, context: ContextSummary | None) -> None:
        has_context = context is not None
        self.context_visit_button.setEnabled(has_context)
        self.print_button.setEnabled(has_context)
        self.visit_button.setEnabled(self.residents.rowCount() > 0)
        self.open_button.setEnabled(self.residents.rowCount() > 0)
        if context is None:
            return
        parts = [context.name, context.address or "", L.label(L.MANAGER, context.manager),
                 self.tr("{n} nuclei, {m} residenti").format(n=context.households,
                                                           m=context.residents)]
        if context.never_visited:
            parts.append(self.tr("{n} mai visitati").format(n=context.never_visited))
        parts.append(self.last_visit_text(context))
        self.summary.setText(" · ".join(p for p in parts if p))

    def last_visit_text(self, context: ContextSummary) -> str:
        if not context.last_visit:
            return self.tr("mai visitato")
        return self.tr("ultima visita il {date}").format(date=format_date(context.last_visit))

    def context_tip(self, context: ContextSummary) -> str:
        return f"{context.name} · {self.last_visit_text(context)}"

    @staticmethod
    def _fit(view: QTableView, *, elastic: int | None = None) -> None:
        # Long names (of contexts, of residents) give up their room and are cut, the
        # tooltip has them all: the numbers, dates and phones must stay in sight.
        fit_columns(view, minimum=60, maximum=230, elastic=elastic, padding=ROOM)

    def _split_by_hand(self, *_: Any) -> None:
        self.split_by_hand = True

    def _share_width(self) -> None:
        """The contexts' list as wide as its columns need (their names cut a little);
        narrower, down to its headers, if the residents' columns need the room."""
        # The splitter's width, not sum(sizes()): on a resize its sizes are still the
        # old ones when this runs.
        total = self.upper.width() - self.upper.handleWidth() * (self.upper.count() - 1)
        if total <= 0:
            return
        header = self.resident_view.horizontalHeader()
        residents = columns_width(self.resident_view, elastic=1,
                                  elastic_room=header.sectionSizeHint(1) + ROOM)
        least = columns_width(
            self.context_view, elastic=0,
            elastic_room=self.context_view.horizontalHeader().sectionSizeHint(0))
        named = columns_width(self.context_view, elastic=0, elastic_room=CONTEXT_NAME_ROOM)
        left = max(least, min(named, total - residents))
        self.upper.setSizes([left, total - left])

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()
            self.resident_view.setFocus()

    def focus_search(self) -> None:
        """Ctrl+F from the main window: the residents of the current context."""
        self.resident_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- what is selected --------------------------------------------------------------

    def current_context(self) -> ContextSummary | None:
        return self.contexts.row_at(self.context_view.currentIndex())

    def current_resident(self) -> ResidentRow | None:
        return self.residents.row_at(self.resident_view.currentIndex())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (obj is self.resident_view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_V
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.new_visit()
            return True
        # (getattr: the residents' view sends events before the splitter is made.)
        if (event.type() == QEvent.Type.Resize and obj is getattr(self, "upper", None)
                and not self.split_by_hand):
            self._share_width()
        return False

    # -- acting ------------------------------------------------------------------------

    def new_visit(self) -> None:
        """A visit to the selected resident's household, prefilled."""
        context, resident = self.current_context(), self.current_resident()
        if context is None or resident is None:
            return
        self._visit(context.id, resident.household_id)

    def context_visit(self) -> None:
        """A visit to the context as a whole (a broken lift, a quarrel on the stairs)."""
        context = self.current_context()
        if context is not None:
            self._visit(context.id, None)

    def _visit_due(self, index: Any) -> None:
        item: DueVisit | None = self.due.row_at(index)
        if item is not None:
            self._visit(item.context_id, item.household_id)

    def _edit_visit(self, index: Any) -> None:
        row: VisitRow | None = self.visits.row_at(index)
        context = self.current_context()
        if row is None or context is None:
            return
        if VisitDialog.ask(self.ctx, self, context.id, visit=row.id) is not None:
            self.refresh()
            self.tabs.setCurrentWidget(self.visit_view)

    def _visit(self, context_id: str, household_id: str | None) -> None:
        saved = VisitDialog.ask(self.ctx, self, context_id, household_id)
        self.refresh()
        self.resident_view.setFocus()
        if saved is None:
            return
        self.last_saved = saved
        self.message.hide()
        self.notice_label.setText(self.tr("Visita salvata."))
        self.notice.show()
        self.notice_timer.start(NOTICE_MS)

    def print_last_visit(self) -> None:
        if self.last_saved:
            show_visit_report(self.ctx, self, self.last_saved)

    def open_household(self) -> None:
        resident = self.current_resident()
        if resident is not None:
            self.household_opened.emit(resident.household_id)

    def print_round(self) -> None:
        """The round sheet of the selected context, in the print preview."""
        context = self.current_context()
        if context is None:
            return
        name = f"giro-{_file_part(context.name)}-{self.current_day.isoformat()}.pdf"
        print_and_preview(self.ctx, self, lambda uow: printing.print_round_sheet(uow, context.id),
                          name, self.tr("Scheda del giro – {name}").format(name=context.name))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


def _file_part(text: str) -> str:
    """A context's name as a file name part: 'ALER Via Boschetti' -> 'ALER-Via-Boschetti'."""
    cleaned = "".join(c if c.isalnum() else "-" for c in text)
    return "-".join(p for p in cleaned.split("-") if p)[:60] or "contesto"
