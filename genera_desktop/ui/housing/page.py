"""«Casa»: the Piano integrato casa's section (issue 13), in tabs: dwellings, landlords,
guarantee funds with their applications, arrears with their repayment plans, co-housing
offers with the possible pairs, co-housing pacts with their visits, the agreed-rent
zones and their bands.
The whole section is in the access area ``housing``: without it, the page says so.

Keyboard: Ctrl+Tab moves between the tabs; Ctrl+N and Ctrl+F act on the tab shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from genera_desktop.services.housing import ui_queries as queries
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.housing.arrears import ArrearsTab
from genera_desktop.ui.housing.dwellings import DwellingsTab
from genera_desktop.ui.housing.funds import FundsTab
from genera_desktop.ui.housing.landlords import LandlordsTab
from genera_desktop.ui.housing.offers import OffersTab
from genera_desktop.ui.housing.pacts import PactsTab
from genera_desktop.ui.housing.zones import ZonesTab


class HousingPage(QWidget):
    """The tabs of the Casa section, or why there are none."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName(self.tr("Parti del piano casa"))
        self.denied = QLabel(self.tr("Il piano casa è riservato a chi ha l'accesso «Piano "
                                     "casa»: chiedilo a un amministratore."))
        self.denied.setWordWrap(True)
        self.denied.setObjectName("hint")
        layout.addWidget(self.denied)
        layout.addWidget(self.tabs, 1)
        self.denied.hide()
        self.tabs.hide()  # until shown: the user's areas decide
        self.dwellings: DwellingsTab | None = None
        self.landlords: LandlordsTab | None = None
        self.funds: FundsTab | None = None
        self.arrears: ArrearsTab | None = None
        self.offers: OffersTab | None = None
        self.pacts: PactsTab | None = None
        self.zones: ZonesTab | None = None
        self.tabs.currentChanged.connect(lambda _: self._refresh_current())

    def _build(self) -> None:
        if self.dwellings is not None:
            return
        self.dwellings = DwellingsTab(self.ctx, self)
        self.landlords = LandlordsTab(self.ctx, self)
        self.funds = FundsTab(self.ctx, self)
        self.arrears = ArrearsTab(self.ctx, self)
        self.offers = OffersTab(self.ctx, self)
        self.pacts = PactsTab(self.ctx, self)
        self.zones = ZonesTab(self.ctx, self)
        self.tabs.addTab(self.dwellings, self.tr("Alloggi"))
        self.tabs.addTab(self.landlords, self.tr("Proprietari"))
        self.tabs.addTab(self.funds, self.tr("Fondi di garanzia"))
        self.tabs.addTab(self.arrears, self.tr("Morosità"))
        self.tabs.addTab(self.offers, self.tr("Ospitalità"))
        self.tabs.addTab(self.pacts, self.tr("Coabitazioni"))
        self.tabs.addTab(self.zones, self.tr("Zone del canone"))

    def refresh(self) -> None:
        allowed = queries.may_use(self.ctx.store)
        self.denied.setVisible(not allowed)
        self.tabs.setVisible(allowed)
        if allowed:
            self._build()
            self._refresh_current()

    def _refresh_current(self) -> None:
        tab: Any = self.tabs.currentWidget()
        if tab is not None and not isinstance(tab, ListPage):  # a ListPage does when shown
            tab.refresh()

    def show_tab(self, name: str) -> QWidget:
        """Go to a tab ("dwellings", "landlords", "funds", "arrears", "offers",
        "pacts", "zones") and return it."""
        self.refresh()
        tab = getattr(self, name)
        self.tabs.setCurrentWidget(tab)
        return tab

    @property
    def search(self) -> QLineEdit | None:
        tab = self.tabs.currentWidget()
        return tab.search if isinstance(tab, ListPage) else None

    def focus_search(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, ListPage):
            tab.focus_search()

    def new_record(self) -> None:
        """Ctrl+N: a new record of the tab shown."""
        tab: Any = self.tabs.currentWidget()
        if tab is not None:
            tab.new_record()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()
