"""The internships' month grid (services/work/attendance.py): one internship's months
(the trainee's, from the person's work) or one month of a point's internships (its
tutor's, from «Lavoro»). Each row: days expected, days attended, the project's
contribution, typed in place; the allowance due is worked out as each row is saved.

Keys: the arrows move; a digit (or F2) starts typing in a cell, Enter saves it, Escape
gives up; Space on a row toggles attended (all the expected days, or none); Enter on a
row opens that month by days (ui/work/days_grid.py), and so does Space on a row whose
days are marked (its count follows the days). Each change is
saved at once; a refusal puts the row back and says why under the grid. A row not
entered yet proposes the month's working days as expected and is saved once its days
attended are given. An internship's grid prints its allowance statement (Ctrl+P).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDoubleValidator,
    QIntValidator,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.days import month_text
from genera_desktop.domain.errors import GeneraError, ValidationFailed
from genera_desktop.domain.money import euro_text as euro
from genera_desktop.services import records
from genera_desktop.services.work import attendance
from genera_desktop.ui import labels
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text, field_message

Index = QModelIndex | QPersistentModelIndex
Row = dict[str, Any]
Save = Callable[[Row, dict[str, Any]], Row]
PROPOSED_COLOR = "#6b7280"
EDITABLE = ("days_expected", "days_attended", "project_contribution")




month_label = month_text  # the app's one month formatter (domain/days.py)


_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.EditRole, Qt.ItemDataRole.TextAlignmentRole,
                    Qt.ItemDataRole.ForegroundRole))
_TEXT_KEYS = frozenset(("month", "person_name", "host_name"))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class MonthGridModel(QAbstractTableModel):
    """The grid's rows; ``keys`` name the columns (a row's fields), ``titles`` head them.
    An edit goes to ``save(row, values)``, whose returned row replaces the shown one."""

    failed = Signal(str)

    def __init__(self, keys: Sequence[str], titles: Sequence[str], save: Save,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys = list(keys)
        self.titles = list(titles)
        self.save = save
        self.rows: list[Row] = []
        self._proposed = QBrush(QColor(PROPOSED_COLOR))

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = [dict(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.titles)):
            return self.titles[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self.keys[index.column()] not in EDITABLE:
            return base
        if (self.keys[index.column()] == "days_attended"
                and self.rows[index.row()].get("attended_days") is not None):
            return base  # entered by days: changed in the days grid (Enter)
        return base | Qt.ItemFlag.ItemIsEditable

    def text(self, row: Row, key: str) -> str:
        value = row.get(key)
        if key == "month":
            return month_label(str(value))
        if key in ("project_contribution", "allowance_due", "monthly_allowance"):
            return euro(value)
        return "" if value is None else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or index.row() >= len(self.rows):
            return None
        row, key = self.rows[index.row()], self.keys[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, key)
        if role == Qt.ItemDataRole.EditRole:
            value = row.get(key)
            return "" if value is None else f"{value:g}" if isinstance(value, float) \
                else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None if key in _TEXT_KEYS else _RIGHT
        if row.get("id") is None and key == "days_expected":  # ForegroundRole
            return self._proposed  # a proposal, not saved yet
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt override
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = self.keys[index.column()]
        text = str(value).strip().replace(",", ".")
        if key == "project_contribution":
            number: float | int | None = float(text) if text else None
        elif text.isdigit():
            number = int(text)
        else:
            return False
        return self.change(index.row(), {key: number})

    def change(self, number: int, values: dict[str, Any]) -> bool:
        """Save ``values`` on row ``number``; False (and ``failed``) when refused."""
        row = self.rows[number]
        try:
            saved = self.save(row, values)
        except ValidationFailed as err:  # the cells' own words, not "see the red messages"
            self.failed.emit("; ".join(
                f"{labels.field_label('internship_month', e.field)}: {field_message(e)}"
                for e in err.errors))
            return False
        except GeneraError as err:
            self.failed.emit(error_text(err))
            return False
        self.rows[number] = saved
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.keys) - 1))
        return True


class _NumberDelegate(QStyledItemDelegate):
    """Numbers typed in a plain line (a spin box would take Up and Down from the
    arrows): whole days, or euro with cents for the contribution."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        editor = QLineEdit(parent)
        model = index.model()
        assert isinstance(model, MonthGridModel)
        if model.keys[index.column()] == "project_contribution":
            editor.setValidator(QDoubleValidator(0, 99_999, 2, editor))
        else:
            editor.setValidator(QIntValidator(0, 31, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setFrame(False)
        editor.setAccessibleName(str(model.titles[index.column()]))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class MonthGridView(QTableView):
    """The grid's table: Space toggles the current row's attendance."""

    by_days = Signal(int)  # a row whose days are marked: Space opens its days grid

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        model = self.model()
        current = self.currentIndex()
        if (event.key() == Qt.Key.Key_Space and isinstance(model, MonthGridModel)
                and current.isValid() and self.state() != QAbstractItemView.State.EditingState):
            row = model.rows[current.row()]
            if row.get("attended_days") is not None:
                self.by_days.emit(current.row())
                return
            expected = row.get("days_expected") or 0
            attended = 0 if row.get("days_attended") == expected else expected
            model.change(current.row(), {"days_attended": attended})
            return
        super().keyPressEvent(event)


def make_grid(model: MonthGridModel, parent: QWidget) -> MonthGridView:
    view = MonthGridView(parent)
    view.setModel(model)
    view.setItemDelegate(_NumberDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.DoubleClicked)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(28)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    # Fitted once per reading (reload), on the first rows: fitting at every change
    # would read every cell again.
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(20)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


def save_row(ctx: AppContext) -> Save:
    """The grid's save: a row entered is changed field by field; one not entered yet is
    kept on screen until its days attended are given, then added whole."""
    def save(row: Row, values: dict[str, Any]) -> Row:
        if row.get("id") is None:
            whole = {k: row.get(k) for k in EDITABLE}
            whole.update(values)
            if whole.get("days_attended") is None:
                return {**row, **values}
            values = whole
        return attendance.save_month(ctx.store, row["internship"], row["month"], values)
    return save


class MonthGridDialog(QDialog):
    """The month grid in a dialog: ``internship`` set, that internship's months; else a
    point's month, with the point and the month to choose."""

    def __init__(self, ctx: AppContext, *, internship: str | None = None,
                 title: str = "", point: str | None = None, month: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.internship = internship
        days = self.tr("Giorni previsti"), self.tr("Giorni di presenza")
        money = self.tr("Quota del progetto"), self.tr("Indennità dovuta")
        keys: tuple[str, ...]
        titles: tuple[str, ...]
        if internship is not None:
            keys = ("month", "days_expected", "days_attended", "project_contribution",
                    "allowance_due")
            titles = (self.tr("Mese"), *days, *money)
        else:
            keys = ("person_name", "host_name", "days_expected", "days_attended",
                    "project_contribution", "allowance_due")
            titles = (self.tr("Tirocinante"), self.tr("Ospitante"), *days, *money)
        self.model = MonthGridModel(keys, titles, save_row(ctx), self)
        self.view = make_grid(self.model, self)
        self.view.setAccessibleName(self.tr("Presenze mensili"))
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.total = QLabel()
        self.hint = QLabel(self.tr("Frecce per spostarsi; un numero si scrive nella cella e "
                                   "Invio lo salva; Spazio segna presenti tutti i giorni "
                                   "previsti, o nessuno. Ogni riga si salva da sola. F2 "
                                   "modifica la cella; Invio apre il mese per giorno."))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.model.failed.connect(self._failed)
        self.model.dataChanged.connect(self._changed)
        # Enter on a row: that internship's month by days (ui/work/days_grid.py).
        self.view.activated.connect(lambda index: self.open_days(index.row()))
        self.view.by_days.connect(self.open_days)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        self.point = QComboBox()
        self.month = QComboBox()
        if internship is None:
            self.setWindowTitle(self.tr("Presenze del mese"))
            choose = QHBoxLayout()
            for text, combo in ((self.tr("&Punto"), self.point), (self.tr("&Mese"), self.month)):
                label = QLabel(text)
                label.setBuddy(combo)
                choose.addWidget(label)
                choose.addWidget(combo)
            choose.addStretch(1)
            layout.addLayout(choose)
            self._fill_choices()
            # The site's own point first (a point's tutor), else the one asked for.
            wanted = point or ctx.site().point_code
            if wanted and self.point.findData(wanted) >= 0:
                self.point.setCurrentIndex(self.point.findData(wanted))
            if month and self.month.findData(month) >= 0:
                self.month.setCurrentIndex(self.month.findData(month))
            self.point.activated.connect(lambda _: self.reload())
            self.month.activated.connect(lambda _: self.reload())
        else:
            self.setWindowTitle(self.tr("Presenze – {title}").format(title=title))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        if internship is not None:
            self.print_button = buttons.addButton(self.tr("&Stampa prospetto…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
            self.print_button.setToolTip(self.tr("Il prospetto dell'indennità: mesi, giorni, "
                                                 "indennità dovuta, quota del progetto "
                                                 "(Ctrl+P)"))
            self.print_button.setAutoDefault(False)
            self.print_button.clicked.connect(self.print_statement)
            QShortcut(QKeySequence("Ctrl+P"), self, self.print_statement)
        close = buttons.addButton(self.tr("Chiudi"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1000, 540)
        self.reload()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_choices(self, today: date | None = None) -> None:
        points = sorted((p.get("code") or "", p.get("name") or "")
                        for p in records.list_records(self.ctx.store, "point"))
        for code, name in points:
            self.point.addItem(f"{code} – {name}" if name else code, code)
        today = today or date.today()
        year, number = today.year, today.month
        months = []
        for _ in range(13):  # this month and the twelve before it
            months.append(f"{year:04d}-{number:02d}")
            year, number = (year - 1, 12) if number == 1 else (year, number - 1)
        for month in months:
            self.month.addItem(month_label(month), month)

    def reload(self) -> None:
        """Read the rows again, keeping the cursor where it was."""
        current = self.view.currentIndex()
        if self.internship is not None:
            rows = attendance.internship_months(self.ctx.store, self.internship)
        elif self.point.currentData() and self.month.currentData():
            rows = attendance.point_month(self.ctx.store, self.point.currentData(),
                                          self.month.currentData())
        else:
            rows = []
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        if rows:
            row = min(current.row(), len(rows) - 1) if current.isValid() else 0
            column = current.column() if current.isValid() else self.model.keys.index(
                "days_attended")
            self.view.setCurrentIndex(self.model.index(row, column))
        self._changed()

    def _failed(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _changed(self, *_: Any) -> None:
        if _:
            self.message.hide()
        due = sum(float(r.get("allowance_due") or 0) for r in self.model.rows)
        entered = sum(1 for r in self.model.rows if r.get("id"))
        if self.internship is None and not self.model.rows:
            self.total.setText(self.tr("Nessun tirocinio in corso in questo punto nel mese."))
        else:
            self.total.setText(self.tr("Righe registrate: {n} di {m} – indennità dovuta: "
                                       "{due}").format(n=entered, m=len(self.model.rows),
                                                       due=euro(due)))

    def open_days(self, number: int) -> None:
        """Enter: the row's internship and month in the days grid; back here, the rows
        are read again."""
        from genera_desktop.ui.work.days_grid import DaysGridDialog

        if not 0 <= number < len(self.model.rows):
            return
        row = self.model.rows[number]
        title = " – ".join(t for t in (row.get("person_name"), row.get("host_name")) if t)
        DaysGridDialog.ask(self.ctx, row["internship"], row["month"], title=title,
                           parent=self)
        self.reload()

    def print_statement(self) -> bool:
        """The internship's allowance statement in the print preview."""
        from genera_desktop.services.work import prints
        from genera_desktop.ui.common.print_preview import print_and_preview

        internship = self.internship
        if internship is None:
            return False
        return print_and_preview(
            self.ctx, self, lambda uow: prints.print_allowance(uow, internship),
            "prospetto-indennita.pdf", self.tr("Prospetto dell'indennità"))

    @classmethod
    def ask(cls, ctx: AppContext, *, internship: str | None = None, title: str = "",
            parent: QWidget | None = None) -> None:
        cls(ctx, internship=internship, title=title, parent=parent).exec()
