"""A tab of the household page listing records (members, contacts, referrals,
follow-ups) with the buttons for what can be done to them. Enter or a double click
runs the default action; the page supplies every action.

``declared_columns`` makes a kind's columns from its declaration (``columns``,
store/kinds.py): each field's short label, its value in words by its type."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from genera_desktop.services.kinds import KINDS
from genera_desktop.ui import labels
from genera_desktop.ui.common.columns import fit_columns
from genera_desktop.ui.common.listing import make_table
from genera_desktop.ui.common.rows import Column, RowsModel, format_date


def declared_columns(kind: str, *, refs: Callable[[str | None], str] | None = None,
                     overrides: Mapping[str, Column] | None = None) -> list[Column]:
    """The columns a list of ``kind`` shows, by its declaration: a date the Italian way,
    a code by its label, a list of codes as labels, a yes as "sì", a reference through
    ``refs`` (an id to a name), text on one line. ``overrides`` replace a field's
    column where the page shows it its own way."""
    spec = KINDS[kind]
    columns = []
    for name in spec.columns:
        if overrides and name in overrides:
            columns.append(overrides[name])
            continue
        columns.append(Column(labels.field_label(kind, name, short=True),
                              _shown(kind, name, refs)))
    return columns


def _shown(kind: str, name: str, refs: Callable[[str | None], str] | None
           ) -> Callable[[dict[str, Any]], str]:
    table = KINDS[kind].model.__table__.columns
    ftype = table[name].info.get("type") if name in table else None  # computed: no column
    choices = labels.choices(kind, name)

    def text(row: dict[str, Any]) -> str:
        value = row.get(name)
        if value is None or value == "":
            return ""
        if ftype == "date":
            return format_date(value)
        if ftype == "bool" or isinstance(value, bool):
            return QCoreApplication.translate("RecordListTab", "sì") if value else ""
        if isinstance(value, list):
            return ", ".join(labels.label(choices, v) if choices else str(v) for v in value)
        if choices is not None:
            return labels.label(choices, value)
        if ftype == "ref" and refs is not None:
            return refs(value)
        return str(value).replace("\n", " ")

    return text


class RecordListTab(QWidget):
    """Rows (dicts) in a table, buttons above it, a line under it when it is empty."""

    def __init__(self, columns: Sequence[Column], empty_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(columns, self)
        self.view = make_table(self.model, self)
        self.view.activated.connect(lambda _: self._run_default())
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        self.buttons.addStretch(1)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self._needs_row: list[QPushButton] = []
        self._default: Callable[[dict[str, Any]], None] | None = None

    def add_action(self, text: str, slot: Callable[..., None], *, needs_row: bool = True,
                   shortcut: str | None = None, tooltip: str | None = None,
                   default: bool = False) -> QPushButton:
        """A button (and its shortcut while this tab has the focus, said on the button).
        Actions that need a row are given the current one and are greyed out without it."""
        keys_text = QKeySequence(shortcut).toString(
            QKeySequence.SequenceFormat.NativeText) if shortcut else ""
        button = QPushButton(f"{text} ({keys_text})" if keys_text else text)
        if tooltip or shortcut:
            button.setToolTip(f"{tooltip or text} ({keys_text})" if shortcut
                              else tooltip or text)

        def run() -> None:
            if not needs_row:
                slot()
                return
            row = self.current()
            if row is not None:
                slot(row)

        button.clicked.connect(run)
        if shortcut:
            keys = QShortcut(QKeySequence(shortcut), self)
            keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys.activated.connect(run)
        if needs_row:
            self._needs_row.append(button)
        if default:
            self._default = slot
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        self._update_buttons()
        return button

    def set_rows(self, rows: Sequence[dict[str, Any]], keep: str | None = None) -> None:
        """Show these rows, the one with id ``keep`` (or the current one) still chosen."""
        keep = keep or (self.current() or {}).get("id")
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        fit_columns(self.view)
        for number, row in enumerate(rows):
            if row.get("id") == keep:
                self.view.setCurrentIndex(self.model.index(number, 0))
                break
        self._update_buttons()

    def select(self, row_id: str) -> bool:
        """Make the row with this id the current one; False when it is not listed."""
        for number, row in enumerate(self.model.rows):
            if isinstance(row, dict) and row.get("id") == row_id:
                self.view.setCurrentIndex(self.model.index(number, 0))
                self.view.scrollTo(self.model.index(number, 0))
                return True
        return False

    def current(self) -> dict[str, Any] | None:
        row = self.model.row_at(self.view.currentIndex())
        return row if isinstance(row, dict) else None

    def _run_default(self) -> None:
        row = self.current()
        if row is not None and self._default is not None:
            self._default(row)

    def _update_buttons(self) -> None:
        has_row = self.current() is not None
        for button in self._needs_row:
            button.setEnabled(has_row)
