"""Editors for the work plan's catalogue codes: occupations and skills found as you type
(words of the Italian label, or the start of a code), a list of them, one of them; and
the languages a person speaks with their level.

Keyboard: type a few letters, Down into the matches, Enter adds the one chosen (Enter
in the field adds the first match); in the list, Delete removes the current one.
Each editor has the interface of ui/common/fields.py: ``value()``, ``set_value()``,
``edited`` and ``committed``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain import catalogs_work as cat
from genera_desktop.ui.common.fields import TextEdit

SHOWN = 30
CODE_ROLE = int(Qt.ItemDataRole.UserRole.value)


class _CatalogLine(TextEdit):
    """A line whose completer offers the catalogue's matches of what is typed."""

    chosen = Signal(str)

    def __init__(self, catalog: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, placeholder=placeholder)
        self.catalog = catalog
        self.matches = QStandardItemModel(self)
        self.finder = QCompleter(self.matches, self)
        self.finder.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.finder.setCompletionRole(CODE_ROLE)
        self.finder.setMaxVisibleItems(10)
        self.setCompleter(self.finder)
        self.textEdited.connect(self._typed)
        self.finder.activated[str].connect(self._take)  # type: ignore[index]

    def _typed(self, text: str) -> None:
        self.matches.clear()
        if len(text.strip()) < 2:
            return
        for item in cat.search(self.catalog, text)[:SHOWN]:
            row = QStandardItem(f"{item.label}  ({item.code})")
            row.setData(item.code, CODE_ROLE)
            row.setToolTip(item.label)
            self.matches.appendRow(row)
        if self.matches.rowCount():
            self.finder.complete()

    def _take(self, code: str) -> None:
        if cat.label(self.catalog, code) is not None:
            self.chosen.emit(code)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Enter with something typed takes a match and stays here (else the dialog's
        # default button would save half a form); with nothing typed it goes on.
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not self._popup_shown() and (self.text() or "").strip()):
            self._take_first()
            event.accept()
            return
        super().keyPressEvent(event)

    def _popup_shown(self) -> bool:
        popup = self.finder.popup()
        return popup is not None and popup.isVisible()

    def _take_first(self) -> None:
        text = (self.text() or "").strip()
        if cat.label(self.catalog, text) is not None:
            self.chosen.emit(text)
        elif self.matches.rowCount():
            self.chosen.emit(str(self.matches.item(0).data(CODE_ROLE)))


class CodeListEdit(QWidget):
    """Several codes of a catalogue: found by typing, listed under the field."""

    edited = Signal()
    committed = Signal()

    def __init__(self, catalog: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.line = _CatalogLine(catalog, self.tr("Scrivere per cercare nel catalogo"))
        self.line.setAccessibleName(self.tr("Cerca nel catalogo"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Scelti (Canc toglie)"))
        self.list.setToolTip(self.tr("Canc toglie quello selezionato"))
        self.list.setMaximumHeight(110)
        self.list.installEventFilter(self)
        self.setFocusProxy(self.line)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(self.line)
        column.addWidget(self.list)
        self.line.chosen.connect(self.add_code)
        self.codes: list[str] = []

    def add_code(self, code: str) -> None:
        """Add a code (once) and clear the search line for the next one."""
        if code not in self.codes:
            self.codes.append(code)
            self._show()
            self.edited.emit()
            self.committed.emit()
        self.line.clear()
        self.line.matches.clear()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.codes):
            del self.codes[row]
            self._show()
            self.list.setCurrentRow(min(row, len(self.codes) - 1))
            self.edited.emit()
            self.committed.emit()

    def _show(self) -> None:
        self.list.clear()
        for code in self.codes:
            item = QListWidgetItem(cat.label(self.catalog, code) or code)
            item.setToolTip(code)
            self.list.addItem(item)

    def value(self) -> list[str]:
        return list(self.codes)

    def set_value(self, value: Any) -> None:
        self.codes = [str(c) for c in (value or ())]
        self._show()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (obj is self.list and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            self.remove_current()
            return True
        return False


class CodeEdit(QWidget):
    """One code of a catalogue, found by typing; its label written under it."""

    edited = Signal()
    committed = Signal()

    def __init__(self, catalog: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.code: str | None = None
        self.line = _CatalogLine(catalog, self.tr("Scrivere per cercare nel catalogo"))
        self.title = QLabel()
        self.title.setObjectName("hint")
        self.title.setWordWrap(True)
        self.setFocusProxy(self.line)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.line)
        column.addWidget(self.title)
        self.line.chosen.connect(self._chosen)
        self.line.textEdited.connect(self._typed)

    def _chosen(self, code: str) -> None:
        self.set_value(code)
        self.edited.emit()
        self.committed.emit()

    def _typed(self, text: str) -> None:
        if not text.strip():
            self.code = None
            self.title.setText("")
            self.edited.emit()

    def value(self) -> str | None:
        return self.code

    def set_value(self, value: Any) -> None:
        self.code = str(value) if value else None
        label = cat.label(self.catalog, self.code) if self.code else None
        self.line.setText(self.code or "")
        self.title.setText(label or "")
        self.title.setVisible(bool(label))


class LanguagesEdit(TextEdit):
    """Languages with their level, written "it:C1, en:A2"; the service judges each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, placeholder=self.tr("es. it:B1, en:A2"))

    def value(self) -> list[str]:  # type: ignore[override]
        text = self.text().replace(";", ",")
        return [part.strip().replace(" ", "") for part in text.split(",") if part.strip()]

    def set_value(self, value: Any) -> None:
        self.setText(", ".join(str(v) for v in (value or ())))
