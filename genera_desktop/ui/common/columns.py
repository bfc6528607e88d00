"""Column widths: fitted to their contents, unless the person's own widths came back.

The main window restores each table's header from this PC's settings and marks it with
``REMEMBERED``; a table that re-fits its columns on every load would otherwise undo the
widths the person chose.

Whatever sets the widths, a column is never narrower than its header's text
(:func:`keep_headers_whole`): a width chosen before the style sheet made the headers
bold, or before sorting added its arrow, read «Telef».
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

# Dynamic property set on a table header whose widths came back from the settings.
REMEMBERED = "genera_remembered"
PADDING = 16  # beyond a column's contents: the text does not touch the grid


def fit_columns(view: QTableView, *, minimum: int = 90, maximum: int = 320,
                elastic: int | None = None, padding: int = PADDING) -> None:
    """Every column sized to its contents, within bounds (never below its header's
    text); nothing when the header's widths were restored.

    The last column stretches, or, with ``elastic``, that one instead: a column of
    long free text (names) that takes the room the others leave in sight, down to its
    header's width (then the list scrolls), its cells cut with the whole text in their
    tooltip."""
    header = view.horizontalHeader()
    if header.property(REMEMBERED):
        return
    view.resizeColumnsToContents()
    last = view.model().columnCount() - 1
    for column in range(view.model().columnCount()):
        if column == elastic or (column == last and elastic is None):
            continue
        whole = header.sectionSizeHint(column)
        wanted = min(max(header.sectionSize(column) + padding, minimum), max(maximum, whole))
        header.resizeSection(column, wanted)
    if elastic is not None:
        header.setStretchLastSection(False)
        guard = view.viewport().findChild(_Elastic)
        if guard is None:
            guard = _Elastic(view)
            view.viewport().installEventFilter(guard)
        guard.column = elastic
        guard.fit()


class _Elastic(QObject):
    """Keeps a table's elastic column as wide as the room the others leave (Qt's own
    stretching would, with no room left, keep its longest text's width and push the
    other columns out of sight; with a little, go below its header's width)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.column = 0

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        if header.property(REMEMBERED) or self.column >= header.count():
            return
        others = sum(header.sectionSize(s) for s in range(header.count())
                     if s != self.column and not header.isSectionHidden(s))
        room = self.view.viewport().width() - others
        header.resizeSection(self.column, max(room, header.sectionSizeHint(self.column)))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def columns_width(view: QTableView, *, elastic: int | None = None,
                  elastic_room: int = 0) -> int:
    """The width ``view`` needs to show every column whole: its sections (``elastic``
    counted as ``elastic_room``), frame and vertical scroll bar."""
    header = view.horizontalHeader()
    total = 0
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        if section == elastic:
            total += elastic_room
            continue
        total += header.sectionSize(section)
    scroll = view.verticalScrollBar()
    bar = scroll.sizeHint().width() if scroll.isVisible() else 0
    return total + 2 * view.frameWidth() + bar


class _WholeHeaders(QObject):
    """Grows a column narrower than its header's text, once the header is shown (its
    style sheet and sort arrow known) and when its font or style changes."""

    EVENTS = frozenset({QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange})

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in self.EVENTS and isinstance(obj, QHeaderView):
            widen_to_headers(obj)
        return False


def widen_to_headers(header: QHeaderView) -> None:
    """Every interactive column at least as wide as its header's text (the person's
    remembered widths included: a header cut to «Mai visitat» helps nobody)."""
    last = header.count() - 1
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch:
            continue
        if section == last and header.stretchLastSection():
            continue
        hint = header.sectionSizeHint(section)
        if header.sectionSize(section) < hint:
            header.resizeSection(section, hint)


def keep_headers_whole(view: QTableView) -> None:
    """Keep every column of ``view`` at least as wide as its header's text."""
    header = view.horizontalHeader()
    guard = _WholeHeaders(header)
    header.installEventFilter(guard)
