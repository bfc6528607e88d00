"""The attendance grid of a workshop: marked by keyboard, saved as it goes.

Keys on a person's cell: the arrows move; Space toggles present/absent (an empty or
excused cell becomes present); 1 present, 2 absent, 3 excused, 0 / Delete / Backspace
clears; letters jump to the person whose surname starts with them. On the guests row a
number opens the cell with that digit, Enter saves it, Escape gives up; Delete sets 0.

Each change is shown at once and handed to the ``save`` callback (``save_guests`` for
guests) given at construction: a service call. If it raises a ``GeneraError`` the cell
goes back to what it was and ``failed`` carries a sentence for the page to show; any
other exception also puts the cell back, then propagates (it is a bug). The names are
the view's row header, so they stay in place while 30 sessions scroll sideways.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QElapsedTimer,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QIntValidator, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import GeneraError
from genera_desktop.domain.text import fold
from genera_desktop.ui.community.attendance_model import (
    PERSON_ROLE,
    SESSION_ROLE,
    STATUS_ROLE,
    AttendanceModel,
    Marks,
    legend,
)
from genera_desktop.ui.messages import error_text

Index = QModelIndex | QPersistentModelIndex
SaveStatus = Callable[[str, str, str | None], None]
SaveGuests = Callable[[str, int], None]

STATUS_KEYS = {
    Qt.Key.Key_1: "present",
    Qt.Key.Key_2: "absent",
    Qt.Key.Key_3: "excused",
}
CLEAR_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
HEADER_HIGHLIGHT = (
    "QHeaderView::section:checked, QHeaderView::section:pressed "
    "{ background: #d6e6f7; color: #1f2933; }")
MAX_GUESTS = 9_999
COLUMN_WIDTH = 58
ROW_HEIGHT = 28


def toggled(status: str | None) -> str:
    """Space: present becomes absent; anything else (nothing, absent, excused) present."""
    return "absent" if status == "present" else "present"


class _GuestsDelegate(QStyledItemDelegate):
    """Guests typed as digits in a plain line (a spin box would take Up and Down from
    the arrows); the value goes to the grid, which saves it, not straight to the model."""

    def __init__(self, grid: AttendanceGrid) -> None:
        super().__init__(grid)
        self.grid = grid

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QIntValidator(0, MAX_GUESTS, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setFrame(False)
        editor.setAccessibleName(self.tr("Ospiti"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        if text.isdigit():
            self.grid.set_guests(index.column(), int(text))


class _GridView(QTableView):
    """The table; keys it does not handle itself go to the grid first."""

    def __init__(self, grid: AttendanceGrid) -> None:
        super().__init__(grid)
        self.grid = grid

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self.grid.handle_key(event):
            super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt override
        # Qt's own search would look for "G" among the marks of the current column.
        self.grid.find_person(search)


class AttendanceGrid(QWidget):
    """A workshop's attendance grid with its legend line.

    ``persons``, ``sessions`` and ``marks`` are AttendanceModel's. ``save(person_id,
    session_id, status)`` records one attendance (``None``: remove it); ``save_guests(
    session_id, n)`` a session's guests. Both run on the GUI thread, right after the
    key, and raise ``GeneraError`` to refuse. ``today`` picks the session the cursor
    starts on: the last one on or before that day.
    """

    attendance_changed = Signal(str, str, object)  # person id, session id, status or None
    guests_changed = Signal(str, int)  # session id, guests
    failed = Signal(str)  # a sentence: what was not saved, and why

    def __init__(self, persons: Sequence[Mapping[str, Any]], sessions: Sequence[Mapping[str, Any]],
                 marks: Marks | None, save: SaveStatus, save_guests: SaveGuests, *,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save = save
        self.save_guests = save_guests
        self.today = today
        self.model = AttendanceModel(persons, sessions, marks, self)
        self.view = _GridView(self)
        self.view.setModel(self.model)
        self.view.setObjectName("attendanceGrid")
        # The current cell's person and date lit in the headers, to read across the grid.
        self.view.setStyleSheet(HEADER_HIGHLIGHT)
        self.view.setAccessibleName(self.tr("Registro presenze"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self._guests_delegate = _GuestsDelegate(self)
        self.view.setItemDelegateForRow(self.model.guests_row, self._guests_delegate)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.setCornerButtonEnabled(False)
        # Per pixel: per item, a scroll made while the view is still small or hidden
        # leaves the header's offset behind the scroll bar's.
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.doubleClicked.connect(self._on_double_click)
        columns = self.view.horizontalHeader()
        columns.setDefaultSectionSize(self._date_width())
        columns.setMinimumSectionSize(40)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        columns.setHighlightSections(True)
        rows = self.view.verticalHeader()
        rows.setDefaultSectionSize(ROW_HEIGHT)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setHighlightSections(True)
        self._fit_totals()
        self.legend = QLabel(legend(), self)
        self.legend.setObjectName("hint")
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        self.setFocusProxy(self.view)
        self._typed = ""
        self._typed_clock = QElapsedTimer()
        self._scroll_on_show = True
        self._start_on_latest()

    # -- what the page calls ----------------------------------------------------------

    def reload(self, persons: Sequence[Mapping[str, Any]], sessions: Sequence[Mapping[str, Any]],
               marks: Marks | None = None) -> None:
        """Show other data, keeping the cursor on the same person and session if shown."""
        current = self.view.currentIndex()
        person = self.model.data(current, PERSON_ROLE)
        session = self.model.data(current, SESSION_ROLE)
        # None: the row goes back to the view's delegate (the stubs forget None).
        self.view.setItemDelegateForRow(self.model.guests_row, None)  # type: ignore[arg-type]
        self.model.reload(persons, sessions, marks)
        self.view.setItemDelegateForRow(self.model.guests_row, self._guests_delegate)
        # A reset keeps each section's width: the totals' column, wider, would pass
        # its width on to the session now in its place.
        header = self.view.horizontalHeader()
        for column in range(self.model.totals_column):
            header.resizeSection(column, header.defaultSectionSize())
        self._fit_totals()
        index = self.model.index_of(str(person), str(session)) if person and session else None
        if index is not None and index.isValid():
            self.view.setCurrentIndex(index)
        else:
            self._start_on_latest()

    def set_status(self, index: Index, status: str | None) -> bool:
        """Mark a person's cell and save it; False (the cell as it was, ``failed``
        emitted) when the save is refused."""
        if not self.model.is_status_cell(index):
            return False
        person_id = str(index.data(PERSON_ROLE))
        session_id = str(index.data(SESSION_ROLE))
        old = self.model.set_status(index, status)
        if old == status:
            return True
        try:
            self.save(person_id, session_id, status)
        except GeneraError as err:
            self.model.set_status(index, old)
            self.failed.emit(self.tr("Presenza non salvata ({cell}): {reason}").format(
                cell=self.model.cell_name(index), reason=error_text(err)))
            return False
        except BaseException:
            self.model.set_status(index, old)
            raise
        self.attendance_changed.emit(person_id, session_id, status)
        return True

    def set_guests(self, column: int, guests: int) -> bool:
        """Set and save a session's guests; False (as it was, ``failed``) if refused."""
        session = self.model.session_at(column)
        if session is None:
            return False
        old = self.model.set_guests(column, guests)
        if old == guests:
            return True
        try:
            self.save_guests(str(session["id"]), guests)
        except GeneraError as err:
            self.model.set_guests(column, old)
            self.failed.emit(self.tr("Ospiti non salvati ({cell}): {reason}").format(
                cell=self.model.cell_name(self.model.index(self.model.guests_row, column)),
                reason=error_text(err)))
            return False
        except BaseException:
            self.model.set_guests(column, old)
            raise
        self.guests_changed.emit(str(session["id"]), guests)
        return True

    def go_to(self, person_id: str | None = None, session_id: str | None = None) -> None:
        """Put the cursor on a person's row and/or a session's column."""
        current = self.view.currentIndex()
        row = self.model.row_of(person_id or "")
        if row is None:
            row = current.row() if current.isValid() else 0
        column = self.model.column_of(session_id or "")
        if column is None:
            column = current.column() if current.isValid() else 0
        index = self.model.index(row, column)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    # -- keys -------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        """Space, the number keys and Delete on the current cell; True when handled."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods & ~Qt.KeyboardModifier.ShiftModifier:
            return False  # Ctrl/Alt combinations are shortcuts, not marks
        if self.view.state() == QAbstractItemView.State.EditingState:
            return False
        index = self.view.currentIndex()
        key = event.key()
        if self.model.is_status_cell(index):
            if key == Qt.Key.Key_Space:
                self.set_status(index, toggled(index.data(STATUS_ROLE)))
                return True
            if key in STATUS_KEYS:
                self.set_status(index, STATUS_KEYS[Qt.Key(key)])
                return True
            if key in CLEAR_KEYS:
                self.set_status(index, None)
                return True
            return Qt.Key.Key_4 <= key <= Qt.Key.Key_9  # not a status: ignored, not a search
        if self.model.is_guests_cell(index):
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.set_guests(index.column(), 0)
                return True
            # Digits open the editor through Qt (AnyKeyPressed); other text is ignored.
            text = event.text()
            return bool(text) and not text.isdigit() and key not in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter)
        return bool(event.text().strip()) and not event.text().isalpha()

    def find_person(self, text: str) -> None:
        """Type-ahead on the surname: letters typed in quick succession move the cursor to
        the first person whose "Cognome Nome" starts with them, in the same session."""
        if not text.strip():
            return
        interval = QApplication.keyboardInputInterval()
        if not self._typed_clock.isValid() or self._typed_clock.elapsed() > interval:
            self._typed = ""
        self._typed_clock.start()
        self._typed += text
        wanted = fold(self._typed)
        for row in range(self.model.guests_row):
            person = self.model.person_at(row) or {}
            if fold(f"{person.get('last_name') or ''} {person.get('first_name') or ''}"
                    ).startswith(wanted):
                self.go_to(str(person["id"]), None)
                return

    # -- the rest ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._scroll_on_show:
            # Scrolling before the view has its size puts the wrong columns in sight.
            self._scroll_on_show = False
            self.view.scrollTo(self.view.currentIndex(),
                               QAbstractItemView.ScrollHint.PositionAtCenter)

    def _on_double_click(self, index: QModelIndex) -> None:
        if self.model.is_status_cell(index):
            self.set_status(index, toggled(index.data(STATUS_ROLE)))

    def _date_width(self) -> int:
        """A session's column: its date whole in the header even when lit (bold), with
        the app's font as well as Qt's default one."""
        bold = QFont(self.view.horizontalHeader().font())
        bold.setBold(True)
        return max(COLUMN_WIDTH, QFontMetrics(bold).horizontalAdvance("00/00") + 26)

    def _fit_totals(self) -> None:
        header = self.view.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)  # as the header draws it
        width = QFontMetrics(bold).horizontalAdvance(
            str(self.model.headerData(self.model.totals_column, Qt.Orientation.Horizontal)))
        header.resizeSection(self.model.totals_column, max(COLUMN_WIDTH, width + 28))

    def _start_on_latest(self) -> None:
        """The cursor on the first person at the latest session held so far (the one
        being marked, usually), scrolled into view."""
        today = self.today().isoformat()
        column = 0
        for number in range(self.model.totals_column):
            session = self.model.session_at(number) or {}
            if str(session.get("date") or "") <= today:
                column = number
        index = self.model.index(0, column)
        self.view.setCurrentIndex(index)
        if self.isVisible():
            self.view.scrollTo(index)
