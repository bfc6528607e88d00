"""Column widths: fitted to their contents, unless the person's own widths came back.

The main window restores each table's header from this PC's settings and marks it with
``REMEMBERED``; a table that re-fits its columns on every load would otherwise undo the
widths the person chose.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

# Dynamic property set on a table header whose widths came back from the settings.
REMEMBERED = "genera_remembered"


def fit_columns(view: QTableView, *, minimum: int = 90, maximum: int = 320) -> None:
    """Every column but the last (which stretches) sized to its contents, within bounds;
    nothing when the header's widths were restored."""
    header = view.horizontalHeader()
    if header.property(REMEMBERED):
        return
    view.resizeColumnsToContents()
    for column in range(view.model().columnCount() - 1):
        header.resizeSection(column, min(max(header.sectionSize(column) + 16, minimum), maximum))
