"""Editors for record fields, all with one small interface.

Each editor has ``value()`` (what the service takes: an ISO date, a code, a list of
codes, None when empty), ``set_value(v)``, and two signals: ``edited`` on every change
the person makes, ``committed`` when the value is complete enough to judge (focus left,
or a date or a code fully typed). A value that cannot be read (a date like 31/02/2025)
is handed on as typed, so the service's own rules (services/validate.py) say what is
wrong: one set of rules for forms, imports and the command line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from genera_desktop.domain.days import NEAR, PAST, NotADay, read_day
from genera_desktop.ui.common.rows import format_date


def parse_day_first(text: str, short_year: str = NEAR) -> date | None:
    """31/12/2025, 31.12.2025, 31-12-2025, 31122025, 2025-12-31, or with the year in two
    digits (31/12/25, 311225: the century by ``short_year``, see domain/days.py), as a
    date; else None."""
    try:
        return read_day(text, short_year=short_year)
    except NotADay:
        return None


class TextEdit(QLineEdit):
    """One line of text; empty is None."""

    edited = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None, *, max_length: int = 0,
                 placeholder: str = "") -> None:
        super().__init__(parent)
        if max_length:
            # A little over the rule, so the rule (not the widget) says "too long".
            self.setMaxLength(max_length + 1)
        if placeholder:
            self.setPlaceholderText(placeholder)
        self.textEdited.connect(lambda _: self.edited.emit())
        self.editingFinished.connect(self.committed.emit)

    def value(self) -> str | None:
        return self.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))
        self.setCursorPosition(0)


class NotesEdit(QPlainTextEdit):
    """A few lines of free text; empty is None."""

    edited = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 18
        self.setMinimumHeight(height)
        self.setMaximumHeight(height + self.fontMetrics().lineSpacing() * 2)
        self.textChanged.connect(self._changed)
        self._loading = False

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.committed.emit()

    def value(self) -> str | None:
        return self.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.setPlainText("" if value is None else str(value))
        finally:
            self._loading = False


class DateEdit(TextEdit):
    """A date typed the Italian way (31/12/2025, 31/12/25, or 31122025); empty is
    allowed. ``past`` for a day that has happened (a birth date): a two-digit year is
    then the latest such day up to today, else the one nearest today."""

    def __init__(self, parent: QWidget | None = None, *, past: bool = False) -> None:
        super().__init__(parent, placeholder=self.tr("gg/mm/aaaa"))
        self.short_year = PAST if past else NEAR
        self.setMaxLength(10)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 24)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/0000000") + 24)
        self.textEdited.connect(self._maybe_complete)
        self.editingFinished.connect(self._tidy)

    def _maybe_complete(self, text: str) -> None:
        if len(text.strip()) == 10:
            self.committed.emit()

    def _tidy(self) -> None:
        # In full, so the person sees which century a two-digit year was taken for.
        day = parse_day_first(self.text(), self.short_year)
        if day is not None:
            self.setText(format_date(day))

    def value(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        day = parse_day_first(text, self.short_year)
        return day.isoformat() if day is not None else text

    def set_value(self, value: Any) -> None:
        self.setText(format_date(value) if value else "")


class NumberEdit(TextEdit):
    """A number typed the Italian way (8.200,50); ``integer`` for whole numbers in a range."""

    def __init__(self, parent: QWidget | None = None, *, integer: bool = False,
                 minimum: int = 0, maximum: int = 0) -> None:
        super().__init__(parent)
        self.integer = integer
        if integer:
            self.setValidator(QIntValidator(minimum, maximum, self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000000000") + 24)

    def value(self) -> Any:
        text = self.text().strip().replace(" ", "")
        if not text:
            return None
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return self.text().strip()
        if self.integer or number.is_integer():
            return int(number)
        return number

    def set_value(self, value: Any) -> None:
        if value is None or value == "":
            self.setText("")
        elif isinstance(value, float) and not value.is_integer():
            self.setText(f"{value:.2f}".replace(".", ","))
        else:
            self.setText(str(int(value)) if isinstance(value, int | float) else str(value))


class EnumCombo(QComboBox):
    """A choice among codes shown by their labels (ui/labels.py); the first
    entry means "not said". A stored value that is not a known code (free-text fields such
    as a household's status) is kept and shown as written."""

    edited = Signal()
    committed = Signal()

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None, *,
                 empty: str | None = "—") -> None:
        super().__init__(parent)
        self.has_empty = empty is not None
        if empty is not None:
            self.addItem(empty, None)
        for code, text in labels.items():
            self.addItem(text, code)
        self.activated.connect(lambda _: self.edited.emit())
        self.activated.connect(lambda _: self.committed.emit())  # after edited: connection order

    def value(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value not in (None, "") else (0 if self.has_empty else -1)
        if index < 0 and value not in (None, ""):
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class SuggestCombo(QComboBox):
    """Free text with suggestions (a comune, an operator); empty is None."""

    edited = Signal()
    committed = Signal()

    def __init__(self, suggestions: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(list(suggestions))
        self.setCurrentIndex(-1)
        line = self.lineEdit()
        assert line is not None
        line.textEdited.connect(lambda _: self.edited.emit())
        line.editingFinished.connect(self.committed.emit)
        self.activated.connect(lambda _: self.edited.emit())
        self.activated.connect(lambda _: self.committed.emit())  # after edited: connection order

    def value(self) -> str | None:
        return self.currentText().strip() or None

    def set_value(self, value: Any) -> None:
        self.setEditText("" if value is None else str(value))


class BoolCheck(QCheckBox):
    """A yes/no field as a checkbox (unticked is False)."""

    edited = Signal()
    committed = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.clicked.connect(lambda _: self.edited.emit())
        self.clicked.connect(lambda _: self.committed.emit())  # after edited: connection order

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


class CheckList(QWidget):
    """A list field (needs, consents, income sources) as a grid of checkboxes."""

    edited = Signal()
    committed = Signal()

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None, *,
                 columns: int = 2) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        self.boxes: dict[str, QCheckBox] = {}
        rows = (len(labels) + columns - 1) // columns
        for number, (code, text) in enumerate(labels.items()):
            box = QCheckBox(text, self)
            box.clicked.connect(lambda _: self.edited.emit())
            box.clicked.connect(lambda _: self.committed.emit())  # after edited: connection order
            self.boxes[code] = box
            grid.addWidget(box, number % rows, number // rows)
        grid.setColumnStretch(columns, 1)

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or ())
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)
