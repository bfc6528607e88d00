"""A list's columns kept within the width the window gives it: every column whole,
none scrolled out of sight on the right (the community lists at 1280 px).

Each column gets its contents' width. When they add up to more than the table shows,
the columns of long free text (a title, a place, a name) give way, each in proportion
to what it has beyond its floor, never below its header's text; cut cells end in «…»
with their whole text in the tooltip (the rows model gives every cell one). When they
add up to less, the ``elastic`` column (the title) takes the rest. Kept on every resize
of the table and every load; the person's own widths, when the window restored them,
are left alone (ui/common/columns.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from genera_desktop.ui.common.columns import REMEMBERED
from genera_desktop.ui.common.rows import Column

# Beyond a cell's own margins: the text does not touch the grid (less than the app's
# usual 16, a good part of a column's width at 1280 px).
PADDING = 8
# A column of short values (a date, a state, a count) is never cut; its contents'
# width, up to this.
MAXIMUM = 360
# The floors of the columns that give way: a title keeps a few words, a place or a
# name its first ones.
TITLE_FLOOR = 150
TEXT_FLOOR = 110


def by_title(columns: Sequence[Column], floors: Mapping[str, int]) -> dict[int, int]:
    """``floors`` (a column's title to its floor) by the columns' positions."""
    return {n: floors[c.title] for n, c in enumerate(columns) if c.title in floors}


class RoomFit(QObject):
    """Fits ``view``'s columns in its visible width; ``give_way`` maps the columns that
    may be cut to their floor (the least width they keep, their header's text if it is
    wider). Call ``fit`` after each load; resizes fit again by themselves."""

    def __init__(self, view: QTableView, *, elastic: int,
                 give_way: Mapping[int, int]) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.elastic = elastic
        self.give_way = dict(give_way)
        self.natural: list[int] = []
        view.viewport().installEventFilter(self)

    def fit(self) -> None:
        """Measure the columns' contents again, then share the room."""
        header = self.view.horizontalHeader()
        if header.property(REMEMBERED):
            return
        header.setStretchLastSection(False)
        self.natural = [self._natural(header, c) for c in range(header.count())]
        self.share()

    def _natural(self, header: QHeaderView, column: int) -> int:
        if header.isSectionHidden(column):
            return 0
        contents = self.view.sizeHintForColumn(column) + PADDING
        return max(header.sectionSizeHint(column), min(contents, MAXIMUM))

    def floor(self, column: int) -> int:
        """The least width of ``column``: its header's text, and for a column that
        gives way, its floor."""
        header = self.view.horizontalHeader()
        least = header.sectionSizeHint(column)
        if column in self.give_way:
            least = max(least, min(self.give_way[column], self.natural[column]))
        else:
            least = max(least, self.natural[column])
        return least

    def widths(self, room: int) -> list[int]:
        """Each column's width for ``room`` pixels."""
        widths = list(self.natural)
        excess = sum(widths) - room
        if excess < 0:
            widths[self.elastic] -= excess  # the title takes what is left
            return widths
        slack = {c: widths[c] - self.floor(c) for c in self.give_way if c < len(widths)}
        total = sum(s for s in slack.values() if s > 0)
        if total <= 0:
            return widths
        cut = min(excess, total)
        given = 0
        for column, spare in sorted(slack.items()):
            if spare <= 0:
                continue
            share = cut * spare // total
            widths[column] -= share
            given += share
        # What the rounding left: from the columns with room still to give, in order.
        for column in sorted(slack):
            if given >= cut:
                break
            spare = widths[column] - self.floor(column)
            step = min(spare, cut - given)
            if step > 0:
                widths[column] -= step
                given += step
        return widths

    def share(self) -> None:
        """Give each column its width for the table's present width."""
        header = self.view.horizontalHeader()
        if header.property(REMEMBERED) or len(self.natural) != header.count():
            return
        for column, width in enumerate(self.widths(self.view.viewport().width())):
            if not header.isSectionHidden(column) and header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.share()
        return False
