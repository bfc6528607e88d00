"""One month of one internship by days (services/work/attendance.py ``month_by_days``):
the calendar days as columns, headed by the weekday's initial and the day's number;
Saturdays, Sundays and national holidays shaded and not expected by default; the days
outside the internship greyed.

Keys: Left and Right move along the days, Space marks the current day present or not
(saved at once, with the count of the days marked as the days attended), Page Down and
Page Up go to the next and the previous month. The days expected (proposed from the
working days) and the project's contribution are typed below, Enter saves them. The
days attended, the share of the expected and the allowance due follow every change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.days import month_text
from genera_desktop.domain.errors import GeneraError, ValidationFailed
from genera_desktop.domain.money import euro_text as euro
from genera_desktop.services.work import attendance
from genera_desktop.ui import labels
from genera_desktop.ui.common.fields import NumberEdit
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text, field_message

Index = QModelIndex | QPersistentModelIndex
TICK = "✓"
RESTING_COLOR = "#e5e7eb"  # Saturdays, Sundays, holidays: not expected by default
OUTSIDE_COLOR = "#f3f4f6"  # before the start or after the end of the internship
OUTSIDE_TEXT = "#9ca3af"


class DaysModel(QAbstractTableModel):
    """One row, a column per calendar day; ``marked`` the day numbers attended."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[dict[str, Any]] = []
        self.marked: set[int] = set()
        self._resting = QBrush(QColor(RESTING_COLOR))
        self._outside = QBrush(QColor(OUTSIDE_COLOR))
        self._outside_text = QBrush(QColor(OUTSIDE_TEXT))
        # The weekday's initial, told apart by the day (martedì and mercoledì are both M).
        self.initials = (self.tr("L", "lunedì"), self.tr("M", "martedì"),
                         self.tr("M", "mercoledì"), self.tr("G", "giovedì"),
                         self.tr("V", "venerdì"), self.tr("S", "sabato"),
                         self.tr("D", "domenica"))
        self.weekdays = (self.tr("lunedì"), self.tr("martedì"), self.tr("mercoledì"),
                         self.tr("giovedì"), self.tr("venerdì"), self.tr("sabato"),
                         self.tr("domenica"))

    def set_month(self, days: list[dict[str, Any]], marked: set[int]) -> None:
        self.beginResetModel()
        self.days = list(days)
        self.marked = set(marked)
        self.endResetModel()

    def set_marked(self, marked: set[int]) -> None:
        self.marked = set(marked)
        if self.days:
            self.dataChanged.emit(self.index(0, 0), self.index(0, len(self.days) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() or not self.days else 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.days)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.tr("Presenze")
        if 0 <= section < len(self.days):
            day = self.days[section]
            return f"{self.initials[day['weekday']]}\n{day['day']}"
        return None

    def describe(self, day: dict[str, Any]) -> str:
        """A day in words (the cell's tooltip and what a screen reader says)."""
        name = f"{self.weekdays[day['weekday']]} {day['day']}"
        if not day["within"]:
            state = self.tr("fuori dal tirocinio")
        elif day["day"] in self.marked:
            state = self.tr("presente")
        elif day["holiday"]:
            state = self.tr("festivo")
        elif not day["working"]:
            state = self.tr("non lavorativo")
        else:
            state = self.tr("assente")
        return f"{name}: {state}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self.days):
            return None
        day = self.days[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return TICK if day["day"] in self.marked else ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(day)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if not day["within"]:
                return self._outside
            return None if day["working"] else self._resting
        if role == Qt.ItemDataRole.ForegroundRole and not day["within"]:
            return self._outside_text
        return None


class DaysView(QTableView):
    """The days' row: Space toggles the current day (``toggle`` set by the dialog)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle: Any = None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Space and self.toggle is not None:
            if self.currentIndex().isValid():
                self.toggle(self.currentIndex().column())
            return
        super().keyPressEvent(event)


class DaysGridDialog(QDialog):
    """An internship's month by days; ``month`` (YYYY-MM) the one shown first."""

    def __init__(self, ctx: AppContext, internship: str, month: str, *, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.internship = internship
        self.row: dict[str, Any] = {}
        self.setWindowTitle(self.tr("Presenze per giorno – {title}").format(title=title)
                            if title else self.tr("Presenze per giorno"))
        self.month = QComboBox()
        for row in attendance.internship_months(ctx.store, internship):
            self.month.addItem(month_text(row["month"]), row["month"])
        self.month.setAccessibleName(self.tr("Mese"))
        self.model = DaysModel(self)
        self.view = DaysView(self)
        self.view.toggle = self.toggle
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Giorni del mese"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Wide enough for a bold "31" in the header; 31 of them fit 1180 px.
        self.view.horizontalHeader().setDefaultSectionSize(
            max(34, self.view.fontMetrics().horizontalAdvance("888") + 8))
        self.view.horizontalHeader().setMinimumSectionSize(24)
        self.view.verticalHeader().setDefaultSectionSize(34)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The project's number fields: read and shown the Italian way (62,50), what
        # cannot be read goes to the service, which names it.
        self.expected = NumberEdit(integer=True, minimum=1, maximum=31)
        self.expected.setMaximumWidth(80)
        self.contribution = NumberEdit()
        self.contribution.setMaximumWidth(120)
        self.expected.returnPressed.connect(self.save_expected)
        self.contribution.returnPressed.connect(self.save_contribution)
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Totali del mese"))
        self.counts_note = QLabel()
        self.counts_note.setObjectName("hint")
        self.counts_note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        hint = QLabel(self.tr("Frecce per spostarsi tra i giorni; Spazio segna il giorno "
                              "presente o assente e lo salva; Pagina giù e Pagina su passano "
                              "al mese dopo e a quello prima. In grigio i sabati, le "
                              "domeniche e i festivi, non previsti se non si cambiano i "
                              "giorni previsti."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        choose = QHBoxLayout()
        month_label = QLabel(self.tr("&Mese"))
        month_label.setBuddy(self.month)
        choose.addWidget(month_label)
        choose.addWidget(self.month)
        choose.addStretch(1)
        layout.addLayout(choose)
        layout.addWidget(self.view)
        fields = QGridLayout()
        for column, (text, editor) in enumerate((
                (self.tr("Giorni &previsti"), self.expected),
                (self.tr("&Quota del progetto (€)"), self.contribution))):
            label = QLabel(text)
            label.setBuddy(editor)
            fields.addWidget(label, 0, column * 2)
            fields.addWidget(editor, 0, column * 2 + 1)
        fields.setColumnStretch(4, 1)
        layout.addLayout(fields)
        layout.addWidget(self.total)
        layout.addWidget(self.counts_note)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Chiudi"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.step(1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.step(-1))
        self.month.activated.connect(lambda _: self.load())
        found = self.month.findData(month)
        self.month.setCurrentIndex(max(0, found))
        self.resize(1200, 330)
        self.load()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what it shows -------------------------------------------------------------------

    def current_month(self) -> str:
        return str(self.month.currentData() or "")

    def load(self) -> None:
        """Read the month shown; the cursor on its first day of the internship."""
        month = self.current_month()
        if not month:
            return
        self.row = attendance.month_by_days(self.ctx.store, self.internship, month)
        self.model.set_month(self.row["days"], set(self.row.get("attended_days") or ()))
        self._fit_height()
        self.expected.set_value(self.row.get("days_expected"))
        self.contribution.set_value(self.row.get("project_contribution"))
        self.message.hide()
        first = next((n for n, d in enumerate(self.row["days"]) if d["working"]),
                     next((n for n, d in enumerate(self.row["days"]) if d["within"]), 0))
        self.view.setCurrentIndex(self.model.index(0, first))
        self.show_totals()

    def _fit_height(self) -> None:
        """The one row of days and its header, no empty room under it (a scroll bar's
        height kept for a narrow window)."""
        view = self.view
        view.setFixedHeight(view.horizontalHeader().sizeHint().height()
                            + view.verticalHeader().defaultSectionSize()
                            + view.horizontalScrollBar().sizeHint().height()
                            + 2 * view.frameWidth())

    def show_totals(self) -> None:
        row = self.row
        counted_only = row.get("id") is not None and row.get("attended_days") is None
        attended = row.get("days_attended") if counted_only else len(self.model.marked)
        expected = self._expected() or row.get("days_expected") or 0
        due = attendance.allowance_due({"monthly_allowance": row.get("monthly_allowance"),
                                         "days_expected": expected, "days_attended": attended})
        share = round(100 * (attended or 0) / expected) if expected else 0
        self.total.setText(self.tr(
            "Presenze: {attended} giorni su {expected} previsti ({share}%) – indennità "
            "dovuta: {due}").format(attended=attended or 0, expected=expected, share=share,
                                    due=euro(due)))
        self.counts_note.setVisible(counted_only)
        if counted_only:
            self.counts_note.setText(self.tr(
                "Questo mese è registrato solo come numero di giorni ({n}): segnando i "
                "giorni, i giorni di presenza diventano quelli segnati.").format(
                    n=row.get("days_attended")))

    def _expected(self) -> int | None:
        value = self.expected.value()
        return value if isinstance(value, int) else None

    def _contribution(self) -> Any:
        return self.contribution.value()

    def _failed(self, err: GeneraError) -> None:
        if isinstance(err, ValidationFailed):
            text = "; ".join(f"{labels.field_label('internship_month', e.field)}: "
                             f"{field_message(e)}" for e in err.errors)
        else:
            text = error_text(err)
        self.message.setText(text)
        self.message.show()

    # -- what it does --------------------------------------------------------------------

    def _save(self, marked: set[int]) -> bool:
        try:
            self.row = attendance.save_days(
                self.ctx.store, self.internship, self.current_month(), sorted(marked),
                days_expected=self._expected(), project_contribution=self._contribution())
        except GeneraError as err:
            self._failed(err)
            return False
        self.message.hide()
        self.model.set_marked(set(self.row.get("attended_days") or ()))
        self.show_totals()
        return True

    def toggle(self, column: int) -> None:
        """Space: the day present, or no longer; saved at once."""
        if not 0 <= column < len(self.model.days):
            return
        day = self.model.days[column]
        if not day["within"]:
            self.message.setText(self.tr("Questo giorno è fuori dalle date del tirocinio."))
            self.message.show()
            return
        marked = set(self.model.marked) ^ {day["day"]}
        self._save(marked)

    def save_expected(self) -> None:
        """Enter in the days expected: saved, if the month is entered; else kept for
        the first day marked."""
        if self.row.get("id") is None:
            self.show_totals()
            return
        if self.row.get("attended_days") is None:
            self._save_counts({"days_expected": self._expected()})
        else:
            self._save(set(self.model.marked))

    def save_contribution(self) -> None:
        if self.row.get("id") is None:
            return
        self._save_counts({"project_contribution": self._contribution()})

    def _save_counts(self, values: dict[str, Any]) -> None:
        try:
            attendance.save_month(self.ctx.store, self.internship, self.current_month(),
                                  values)
        except GeneraError as err:
            self._failed(err)
            return
        self.row = attendance.month_by_days(self.ctx.store, self.internship,
                                            self.current_month())
        self.message.hide()
        self.show_totals()

    def step(self, by: int) -> None:
        """Page Down / Page Up: the next or the previous month of the internship."""
        index = self.month.currentIndex() + by
        if 0 <= index < self.month.count():
            self.month.setCurrentIndex(index)
            self.load()
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    @classmethod
    def ask(cls, ctx: AppContext, internship: str, month: str, *, title: str = "",
            parent: QWidget | None = None) -> None:
        cls(ctx, internship, month, title=title, parent=parent).exec()
