"""What this PC remembers of the main window: its geometry and every table's columns.

Kept in QSettings (ui/preferences.py) under the page's key and the table's name (its
objectName, else the page attribute holding it). A restored header is marked with
``REMEMBERED``, so a list that fits its columns on each load leaves them alone.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from genera_desktop.domain.settings import WINDOW_GEOMETRY
from genera_desktop.ui.common.columns import REMEMBERED
from genera_desktop.ui.preferences import set_user_setting, user_setting

COLUMNS_KEY = "columns/{page}/{view}"


def page_tables(page: QWidget) -> list[tuple[str, QHeaderView]]:
    """A page's tables by name, with their column headers (unnamed ones are skipped)."""
    attributes = {id(value): name for name, value in vars(page).items()}
    found = []
    for view in page.findChildren(QAbstractItemView):
        header = getattr(view, "horizontalHeader", None)
        if header is None:
            continue
        name = view.objectName() or attributes.get(id(view), "")
        if name:
            found.append((name, header()))
    return found


def save_page(settings: QSettings, key: str, page: QWidget) -> None:
    for name, header in page_tables(page):
        settings.setValue(COLUMNS_KEY.format(page=key, view=name), header.saveState())


def save_window(settings: QSettings, window: QWidget, pages: Mapping[str, QWidget]) -> None:
    for key, page in pages.items():
        save_page(settings, key, page)
    set_user_setting(WINDOW_GEOMETRY, bytes(window.saveGeometry().data()), settings)


def restore_window(settings: QSettings, window: QWidget, pages: Mapping[str, QWidget]) -> None:
    geometry = user_setting(WINDOW_GEOMETRY, settings)
    if geometry:
        window.restoreGeometry(QByteArray(geometry))
    for key, page in pages.items():
        for name, header in page_tables(page):
            state = settings.value(COLUMNS_KEY.format(page=key, view=name))
            if isinstance(state, QByteArray | bytes) and state:
                header.setProperty(REMEMBERED, header.restoreState(QByteArray(state)))
