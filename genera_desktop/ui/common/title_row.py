"""A page's title with its buttons beside it, or below it when the page is too narrow.

At 1366 px the title and a row of buttons share a line; at 125% scaling (1093 logical
px) or in a narrower window they no longer fit, and a plain row squeezes the title to
«I miei contes» and cuts the buttons' text. This row puts the buttons under the title
instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget


class TitleRow(QWidget):
    """``title`` on the left, ``buttons`` on the right; the buttons go under the title,
    on the left, when the two do not fit side by side."""

    # The buttons' row. The name hides QWidget.actions(), which nothing here uses.
    actions: QWidget  # type: ignore[assignment]

    def __init__(self, title: QLabel, buttons: Sequence[QWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.actions = QWidget()
        row = QHBoxLayout(self.actions)
        row.setContentsMargins(0, 0, 0, 0)
        for button in buttons:
            row.addWidget(button)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.grid.addWidget(title, 0, 0)
        self.grid.setColumnStretch(0, 1)
        self.stacked = True  # so that the first arrangement happens
        self._arrange(stacked=False)

    def side_by_side_width(self) -> int:
        return (self.title.sizeHint().width() + self.grid.horizontalSpacing()
                + self.actions.sizeHint().width())

    def _arrange(self, *, stacked: bool) -> None:
        if stacked == self.stacked:
            return
        self.stacked = stacked
        self.grid.removeWidget(self.actions)
        if stacked:
            self.grid.addWidget(self.actions, 1, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        else:
            self.grid.addWidget(self.actions, 0, 1, Qt.AlignmentFlag.AlignRight)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Narrow enough for the stacked arrangement: the page may be that narrow."""
        width = max(self.title.minimumSizeHint().width(),
                    self.actions.minimumSizeHint().width())
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange(stacked=event.size().width() < self.side_by_side_width())
