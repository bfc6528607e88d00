"""A hiring's incentives, offered rather than typed: the incentives valid on the hiring's
date (the coordinator's and those the law provides, shipped with the app, marked
«previsto dalla legge»), each with a check box. Changing the date offers that day's.

Keyboard: Tab into the list, arrows move, Space ticks or unticks. The interface of
ui/common/fields.py: ``value()``, ``set_value()``, ``edited`` and ``committed``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from genera_desktop.ui.common.rows import format_date

CODE_ROLE = int(Qt.ItemDataRole.UserRole.value)
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class IncentivesEdit(QWidget):
    """Tick the incentives of a hiring among those ``offers(day)`` gives (dicts with
    ``code``, ``name``, ``valid_from``, ``valid_to``, ``shipped``)."""

    edited = Signal()
    committed = Signal()

    def __init__(self, offers: Callable[[str], list[dict[str, Any]]], day: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offers = offers
        self.day = day
        self.codes: list[str] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Incentivi validi alla data (Spazio sceglie)"))
        self.list.setMaximumHeight(130)
        self.empty = QLabel(self.tr("Nessun incentivo valido in questa data."))
        self.empty.setObjectName("hint")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(self.list)
        column.addWidget(self.empty)
        self.setFocusProxy(self.list)
        self.list.itemChanged.connect(self._ticked)
        self._show()

    def set_day(self, day: str | None) -> None:
        """Offer the incentives of ``day`` (ISO); a day not written in full yet is ignored."""
        if day and ISO_DAY.match(day) and day != self.day:
            self.day = day
            self._show()

    def _show(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        offered = self.offers(self.day)
        keys = {o["code"].casefold() for o in offered}
        for offer in offered:
            self._add(offer["code"], self._text(offer))
        # A code already chosen that the day does not offer stays, said so: the service
        # refuses it with the reason rather than it vanishing from the hiring.
        for code in self.codes:
            if code.casefold() not in keys:
                self._add(code, self.tr("{code} – non valido in questa data").format(code=code))
        self.list.blockSignals(False)
        self.empty.setVisible(self.list.count() == 0)

    def _text(self, offer: dict[str, Any]) -> str:
        text = f"{offer['code']} – {offer['name']}"
        if offer.get("valid_to"):
            text += " " + self.tr("(fino al {day})").format(day=format_date(offer["valid_to"]))
        if offer.get("shipped"):
            text += " · " + self.tr("previsto dalla legge")
        return text

    def _add(self, code: str, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(CODE_ROLE, code)
        item.setToolTip(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        chosen = code.casefold() in {c.casefold() for c in self.codes}
        item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def _ticked(self, item: QListWidgetItem) -> None:
        code = str(item.data(CODE_ROLE))
        others = [c for c in self.codes if c.casefold() != code.casefold()]
        self.codes = others + ([code] if item.checkState() == Qt.CheckState.Checked else [])
        self.edited.emit()
        self.committed.emit()

    def value(self) -> list[str]:
        return list(self.codes)

    def set_value(self, value: Any) -> None:
        self.codes = [str(c) for c in (value or ())]
        self._show()
