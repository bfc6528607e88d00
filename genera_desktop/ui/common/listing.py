"""What the list pages share: a title, an optional search field, a table, a status line.

Keyboard: typing in the search filters after a short pause; Down or Enter moves into
the table; Enter (or a double click) on a row calls ``row_activated``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.ui.common.changes import follow, fresh
from genera_desktop.ui.common.columns import fit_columns, keep_headers_whole
from genera_desktop.ui.common.rows import Column, RowsModel
from genera_desktop.ui.context import AppContext

SEARCH_PAUSE_MS = 250


def make_table(model: RowsModel, parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting table as every list of the app has it."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(28)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    # Fitting columns reads every cell through Python: the first rows are enough.
    header.setResizeContentsPrecision(40)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    keep_headers_whole(view)
    return view


class ListPage(QWidget):
    """A page listing rows; subclasses say how to load them and what a row opens."""

    # The buttons beside the title. The name hides QWidget.actions(), which no page uses.
    actions: QHBoxLayout  # type: ignore[assignment]
    # The tables the rows come from: a change to one refreshes the page while it is
    # shown (ui/common/changes.py).
    FOLLOWS: tuple[str, ...] = ()

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        columns: Sequence[Column],
        *,
        search_placeholder: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel(columns, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        self.actions = QHBoxLayout()
        self.actions.setSpacing(8)
        top.addLayout(self.actions)
        layout.addLayout(top)
        self.search: QLineEdit | None = None
        if search_placeholder is not None:
            self.search = QLineEdit()
            self.search.setObjectName("search")
            self.search.setPlaceholderText(search_placeholder)
            self.search.setAccessibleName(search_placeholder)
            self.search.setClearButtonEnabled(True)
            self.search.installEventFilter(self)
            layout.addWidget(self.search)
            self.search_timer = QTimer(self)
            self.search_timer.setSingleShot(True)
            self.search_timer.setInterval(SEARCH_PAUSE_MS)
            self.search_timer.timeout.connect(self.refresh)
            self.search.textEdited.connect(lambda _: self.search_timer.start())
            self.search.returnPressed.connect(self._enter_table)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.view = make_table(self.model, self)
        self.view.setAccessibleName(title)
        self.view.activated.connect(self._on_activated)
        layout.addWidget(self.view, 1)
        self.status = QLabel()
        self.status.setObjectName("hint")
        layout.addWidget(self.status)
        if self.FOLLOWS:
            follow(self, self.FOLLOWS)

    # -- what subclasses provide -------------------------------------------------------

    def load(self, search: str) -> tuple[list[Any], str]:
        """The rows for a search, and the status line under the table."""
        raise NotImplementedError

    def row_activated(self, row: Any) -> None:
        """Enter or double click on a row."""

    # -- behaviour -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the rows again, keeping the selected one when it is still there."""
        fresh(self)
        current = self.current_row()
        rows, status = self.load(self.search.text().strip() if self.search else "")
        self.model.set_rows(rows)
        self.status.setText(status)
        if current is not None and current in rows:
            self.select_row(rows.index(current))
        elif rows:
            # A row is always selected, so the page's buttons and Enter work at once.
            self.view.setCurrentIndex(self.model.index(0, 0))
        fit_columns(self.view, maximum=360)

    def focus_search(self) -> None:
        """Ctrl+F: into the search field, its text selected for typing over."""
        if self.search is not None:
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()
        else:
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_row(self) -> Any:
        return self.model.row_at(self.view.currentIndex())

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _enter_table(self) -> None:
        self.search_timer.stop()
        self.refresh()
        if self.model.rowCount() > 0:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.view.currentIndex().isValid():
                self.select_row(0)

    def _on_activated(self, index: Any) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.row_activated(row)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            obj is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._enter_table()
            return True
        return False

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():  # not when the window is merely restored
            self.refresh()
