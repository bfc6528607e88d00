"""A workshop's attendance as a table: enrolled persons × sessions, over plain data.

Rows are the persons in surname order, then two rows per session: the guests (people
who came without giving a name; typed in) and the count of enrolled persons present.
Columns are the sessions by date, then each person's count of times present. Guests
are a row, not part of the header, because a row is reached with the arrows, typed
into, and read by a screen reader as a cell like any other; a header is none of these.

The model takes what the services hand over (dicts, a mapping of marks) and changes one
cell at a time: ``set_status`` and ``set_guests`` emit ``dataChanged`` for the cell and
for the totals it moves, each as one index, never a reset, so a 40 × 30 grid repaints
a handful of cells per key. Saving is not its business (ui/community/attendance_grid.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from genera_desktop.domain.text import fold, full_name
from genera_desktop.ui.common.rows import format_date
from genera_desktop.ui.labels import Choices

Index = QModelIndex | QPersistentModelIndex
Marks = Mapping[tuple[str, str], str | None]

STATUS_ROLE = int(Qt.ItemDataRole.UserRole.value)  # a person's cell: the status code, or None
PERSON_ROLE = STATUS_ROLE + 1  # the person's id (person rows)
SESSION_ROLE = STATUS_ROLE + 2  # the session's id (session columns)

# Roles as plain ints: data() runs for every role of every painted cell, and comparing
# with Qt's enum members costs more than the rest of it.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_EDIT = int(Qt.ItemDataRole.EditRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _SELECTABLE | Qt.ItemFlag.ItemIsEditable

STATUSES = ("present", "absent", "excused")
_C = "AttendanceModel"

# The spec's attendance status, shown (context "Labels", as ui/labels.py's choices).
ATTENDANCE_STATUS = Choices({
    "present": QT_TRANSLATE_NOOP("Labels", "Presente"),
    "absent": QT_TRANSLATE_NOOP("Labels", "Assente"),
    "excused": QT_TRANSLATE_NOOP("Labels", "Giustificato"),
})
# The mark a cell shows: a symbol and a colour each, so neither alone carries meaning.
MARKS = {
    "present": QT_TRANSLATE_NOOP("AttendanceModel", "✓"),
    "absent": QT_TRANSLATE_NOOP("AttendanceModel", "✗"),
    "excused": QT_TRANSLATE_NOOP("AttendanceModel", "G"),
}
# (ink, paper) per status: dark enough on their light backgrounds to read at a glance
# (contrast above 4.5:1), and told apart by the symbol too for colour-blind eyes.
COLOURS = {
    "present": ("#17692c", "#eef8f0"),
    "absent": ("#b42318", "#fde6e3"),
    "excused": ("#7a5200", "#ffefc2"),
}
TOTALS_PAPER = "#eef0f3"
MUTED_INK = "#5f6b7a"


def _t(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def legend() -> str:
    """The line under the grid: what each mark means and which key sets it."""
    return QCoreApplication.translate(
        "AttendanceModel",
        "1 ✓ Presente    2 ✗ Assente    3 G Giustificato    0 o Canc: cancella  ·  "
        "Spazio: presente/assente  ·  Ospiti: scrivere il numero e Invio")


def marks_of(attendances: Iterable[Mapping[str, Any]]) -> dict[tuple[str, str], str | None]:
    """The marks of attendance records as the services return them (``person``,
    ``session``, ``status``; the spec's default ``present`` when it is missing)."""
    return {(str(a["person"]), str(a["session"])): a.get("status") or "present"
            for a in attendances}


def person_name(person: Mapping[str, Any]) -> str:
    """"Cognome Nome", as the row header and every message write a person."""
    return full_name(person.get("last_name"), person.get("first_name"))


def short_date(iso: str) -> str:
    """2026-03-11 as 11/03 (a column header); other text as written."""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{day.day:02d}/{day.month:02d}"


def _person_key(person: Mapping[str, Any]) -> tuple[str, str, str]:
    # Folded like the household list ("Nicolò" with "nicolo"); the id breaks ties so the
    # order never depends on the order given.
    return (fold(str(person.get("last_name") or "")), fold(str(person.get("first_name") or "")),
            str(person["id"]))


def _session_key(session: Mapping[str, Any]) -> tuple[str, str, str]:
    return (str(session.get("date") or ""), str(session.get("start_time") or ""),
            str(session["id"]))


class AttendanceModel(QAbstractTableModel):
    """Persons × sessions, the guests row, the totals row and column.

    ``persons``: dicts with ``id``, ``last_name``, ``first_name`` and optionally
    ``minor`` (bool: marked in the row header) and ``withdrawn`` (bool: the enrolment
    was withdrawn; the row stays for the attendance it has, in grey). ``sessions``:
    dicts with ``id``, ``date`` (ISO) and optionally ``start_time``, ``topic`` and
    ``guests`` (int). ``marks``: (person id, session id) to status code; a pair not in
    it has no attendance recorded. Marks of persons or sessions not given are ignored.
    """

    def __init__(self, persons: Sequence[Mapping[str, Any]], sessions: Sequence[Mapping[str, Any]],
                 marks: Marks | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)
        # Marks a little larger than the text: ✓ and ✗ are thin glyphs.
        self._mark_font = QFont(self._bold)
        self._mark_font.setPointSizeF(self._bold.pointSizeF() * 1.2)
        self._center = int(Qt.AlignmentFlag.AlignCenter)
        self._left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._ink = {code: QBrush(QColor(ink)) for code, (ink, _) in COLOURS.items()}
        self._paper = {code: QBrush(QColor(paper)) for code, (_, paper) in COLOURS.items()}
        self._totals_paper = QBrush(QColor(TOTALS_PAPER))
        self._muted = QBrush(QColor(MUTED_INK))
        self._load(persons, sessions, marks or {})

    def reload(self, persons: Sequence[Mapping[str, Any]], sessions: Sequence[Mapping[str, Any]],
               marks: Marks | None = None) -> None:
        """Show other data (after an enrolment, a new session, a sync): a reset."""
        self.beginResetModel()
        self._load(persons, sessions, marks or {})
        self.endResetModel()

    def _load(self, persons: Sequence[Mapping[str, Any]], sessions: Sequence[Mapping[str, Any]],
              marks: Marks) -> None:
        self._persons = sorted((dict(p) for p in persons), key=_person_key)
        self._sessions = sorted((dict(s) for s in sessions), key=_session_key)
        self._row_of = {str(p["id"]): row for row, p in enumerate(self._persons)}
        self._column_of = {str(s["id"]): column for column, s in enumerate(self._sessions)}
        session_ids = [str(s["id"]) for s in self._sessions]
        self._status: list[list[str | None]] = [
            [marks.get((str(p["id"]), sid)) for sid in session_ids] for p in self._persons]
        self._guests = [int(s.get("guests") or 0) for s in self._sessions]
        self._names = [person_name(p) for p in self._persons]
        # Texts translated once: data() runs for every painted cell and role.
        self._marks = {code: _t(str(mark)) for code, mark in MARKS.items()}
        self._words = {code: ATTENDANCE_STATUS[code] for code in STATUSES}
        self._dates = [short_date(str(s.get("date") or "")) for s in self._sessions]
        minor = self.tr("(min.)")
        self._row_titles = [f"{name} {minor}" if p.get("minor") else name
                            for name, p in zip(self._names, self._persons, strict=True)]

    # -- shape ---------------------------------------------------------------------------

    @property
    def guests_row(self) -> int:
        return len(self._persons)

    @property
    def totals_row(self) -> int:
        return len(self._persons) + 1

    @property
    def totals_column(self) -> int:
        return len(self._sessions)

    def is_status_cell(self, index: Index) -> bool:
        """A person × session cell, where a status is marked."""
        return (index.isValid() and index.row() < len(self._persons)
                and index.column() < len(self._sessions))

    def is_guests_cell(self, index: Index) -> bool:
        return (index.isValid() and index.row() == self.guests_row
                and index.column() < len(self._sessions))

    # -- reading -------------------------------------------------------------------------

    def person_at(self, row: int) -> dict[str, Any] | None:
        return self._persons[row] if 0 <= row < len(self._persons) else None

    def session_at(self, column: int) -> dict[str, Any] | None:
        return self._sessions[column] if 0 <= column < len(self._sessions) else None

    def index_of(self, person_id: str, session_id: str) -> QModelIndex:
        """The cell of a person and a session (invalid if either is not shown)."""
        row, column = self._row_of.get(person_id), self._column_of.get(session_id)
        if row is None or column is None:
            return QModelIndex()
        return self.index(row, column)

    def row_of(self, person_id: str) -> int | None:
        return self._row_of.get(person_id)

    def column_of(self, session_id: str) -> int | None:
        return self._column_of.get(session_id)

    def status(self, person_id: str, session_id: str) -> str | None:
        index = self.index_of(person_id, session_id)
        return self._status[index.row()][index.column()] if index.isValid() else None

    def guests(self, session_id: str) -> int:
        column = self._column_of.get(session_id)
        return self._guests[column] if column is not None else 0

    def present_count(self, *, person_id: str | None = None, session_id: str | None = None) -> int:
        """Times a person was present, or enrolled persons present at a session."""
        if person_id is not None:
            return self._status[self._row_of[person_id]].count("present")
        column = self._column_of[str(session_id)]
        return sum(1 for marks in self._status if marks[column] == "present")

    def cell_name(self, index: Index) -> str:
        """"Rossi Mario, 11/03" or "Ospiti, 11/03": a cell in a message."""
        title = self._names[index.row()] if index.row() < len(self._persons) else self.tr("Ospiti")
        return f"{title}, {self._dates[index.column()]}"

    def long_date(self, column: int) -> str:
        session = self._sessions[column]
        return format_date(str(session.get("date") or ""))

    # -- changing one cell ---------------------------------------------------------------

    def set_status(self, index: Index, status: str | None) -> str | None:
        """Mark a person's cell; returns the status it had. Only the cell and the three
        totals it moves are announced."""
        if not self.is_status_cell(index):
            raise ValueError("not a person's cell")
        if status is not None and status not in STATUSES:
            raise ValueError(f"unknown attendance status {status!r}")
        row, column = index.row(), index.column()
        old = self._status[row][column]
        if old == status:
            return old
        self._status[row][column] = status
        self._changed(row, column)
        if "present" in (old, status):
            self._changed(row, self.totals_column)
            self._changed(self.totals_row, column)
            self._changed(self.totals_row, self.totals_column)
        return old

    def set_guests(self, column: int, guests: int) -> int:
        """Set a session's guests; returns the number it had."""
        if not 0 <= column < len(self._sessions):
            raise ValueError("not a session's column")
        if guests < 0:
            raise ValueError("guests cannot be negative")
        old = self._guests[column]
        if old != guests:
            self._guests[column] = guests
            self._changed(self.guests_row, column)
            self._changed(self.guests_row, self.totals_column)
        return old

    def _changed(self, row: int, column: int) -> None:
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    # -- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._persons) + 2

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._sessions) + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        row, column = index.row(), index.column()
        if row < 0 or column < 0:
            return Qt.ItemFlag.NoItemFlags
        if row == len(self._persons) and column < len(self._sessions):
            return _EDITABLE
        return _SELECTABLE

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        persons, sessions = len(self._persons), len(self._sessions)
        if not (0 <= row < persons + 2 and 0 <= column <= sessions):
            return None
        if role == _ALIGNMENT:
            return self._center
        if row < persons and column < sessions:
            return self._status_data(row, column, role)
        if role == _BACKGROUND:
            return self._totals_paper
        if role == _FONT:
            return self._bold if row == self.totals_row or column == sessions else None
        if role == PERSON_ROLE:
            return self._persons[row]["id"] if row < persons else None
        if role == SESSION_ROLE:
            return self._sessions[column]["id"] if column < sessions else None
        if role == _EDIT:
            return self._guests[column] if row == persons and column < sessions else None
        if role in (_DISPLAY, _ACCESSIBLE):
            return str(self._count(row, column))
        if role == _TOOLTIP:
            return self._totals_tooltip(row, column)
        return None

    def _status_data(self, row: int, column: int, role: int) -> Any:
        status = self._status[row][column]
        if role == _DISPLAY:
            return self._marks.get(status, "?") if status else ""
        if role == _FOREGROUND:
            return self._ink.get(status) if status else None
        if role == _BACKGROUND:
            return self._paper.get(status) if status else None
        if role == _FONT:
            return self._mark_font
        if role == STATUS_ROLE:
            return status
        if role == PERSON_ROLE:
            return self._persons[row]["id"]
        if role == SESSION_ROLE:
            return self._sessions[column]["id"]
        if role == _ACCESSIBLE:
            return self._word(status)
        if role == _TOOLTIP:
            return self.tr("{name}, {date}: {status}").format(
                name=self._names[row], date=self.long_date(column), status=self._word(status))
        return None

    def _word(self, status: str | None) -> str:
        if not status:
            return "—"
        return self._words.get(status, status)

    def _count(self, row: int, column: int) -> int:
        persons, sessions = len(self._persons), len(self._sessions)
        if row == persons:  # the guests row
            return self._guests[column] if column < sessions else sum(self._guests)
        if column == sessions and row < persons:
            return self._status[row].count("present")
        if column < sessions:  # the totals row
            return sum(1 for marks in self._status if marks[column] == "present")
        return sum(marks.count("present") for marks in self._status)

    def _totals_tooltip(self, row: int, column: int) -> str:
        persons, sessions = len(self._persons), len(self._sessions)
        if row == persons:
            if column == sessions:
                return self.tr("Ospiti in tutti gli incontri: {n}").format(n=sum(self._guests))
            return self.tr("Ospiti del {date} (venuti senza iscriversi): {n}. Scrivere un "
                           "numero per cambiarlo.").format(date=self.long_date(column),
                                                           n=self._guests[column])
        if column == sessions and row < persons:
            marks = self._status[row]
            text = self.tr("{name}: presenze {present}, assenze {absent}, giustificate {excused}")
            return text.format(
                name=self._names[row], present=marks.count("present"),
                absent=marks.count("absent"), excused=marks.count("excused"))
        if column < sessions:
            return self._session_summary(column)
        return self.tr("Presenze di iscritti in tutti gli incontri: {n}").format(
            n=self._count(row, column))

    def _session_summary(self, column: int) -> str:
        present = self._count(self.totals_row, column)
        guests = self._guests[column]
        text = self.tr("{date}: iscritti presenti {present}, ospiti {guests}, in tutto {total}")
        return text.format(
            date=self.long_date(column), present=present, guests=guests, total=present + guests)

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt override
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """The guests of a session (the only editable cells); marks go through
        ``set_status``. Neither saves: the grid does, around them."""
        if role != Qt.ItemDataRole.EditRole or not self.is_guests_cell(index):
            return False
        try:
            guests = int(value)
        except (TypeError, ValueError):
            return False
        if guests < 0:
            return False
        self.set_guests(index.column(), guests)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self._column_header(section, role)
        return self._row_header(section, role)

    def _column_header(self, section: int, role: int) -> Any:
        sessions = len(self._sessions)
        if not 0 <= section <= sessions:
            return None
        if role == _DISPLAY:
            return self._dates[section] if section < sessions else self.tr("Presenze")
        if role == _TOOLTIP:
            if section == sessions:
                return self.tr("Quante volte ogni persona è stata presente")
            topic = str(self._sessions[section].get("topic") or "").strip()
            summary = self._session_summary(section)
            return f"{summary}\n{topic}" if topic else summary
        if role == _ALIGNMENT:
            return self._center
        return None

    def _row_header(self, section: int, role: int) -> Any:
        persons = len(self._persons)
        if not 0 <= section < persons + 2:
            return None
        if role == _DISPLAY:
            if section < persons:
                return self._row_titles[section]
            return self.tr("Ospiti") if section == persons else self.tr("Presenti")
        if role == _TOOLTIP:
            if section == persons:
                return self.tr("Persone venute senza essere iscritte: un numero per incontro")
            if section > persons:
                return self.tr("Iscritti presenti a ogni incontro")
            person = self._persons[section]
            notes = [self._totals_tooltip(section, len(self._sessions))]
            if person.get("minor"):
                notes.append(self.tr("Minorenne"))
            if person.get("withdrawn"):
                notes.append(self.tr("Iscrizione ritirata"))
            return "\n".join(notes)
        if role == _FOREGROUND:
            return self._muted if section < persons and self._persons[section].get(
                "withdrawn") else None
        if role == _ALIGNMENT:
            return self._left
        return None
