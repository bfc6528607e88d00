"""«Adolescenti»: the section of the adolescents' plan, in tabs: the young people
(«Ragazzi», ui/youth/page.py), the youth groups and workshops («Gruppi»,
ui/youth/groups.py) and the facilitator's week («Settimana», ui/youth/week.py). Shown
only to users holding the adolescents' area (ui/main_window.py).

Keyboard: Alt+R, Alt+G, Alt+M the tabs; Ctrl+F and Ctrl+N act on the tab shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from genera_desktop.ui.context import AppContext
from genera_desktop.ui.youth.groups import GroupsTab
from genera_desktop.ui.youth.page import YouthPage
from genera_desktop.ui.youth.week import WeekTab


class YouthSection(QWidget):
    """The tabs of the Adolescenti section."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName(self.tr("Parti del piano adolescenti"))
        self.people = YouthPage(ctx, self)
        self.groups = GroupsTab(ctx, self)
        self.week = WeekTab(ctx, self.open_session, self)
        self.tabs.addTab(self.people, self.tr("&Ragazzi"))
        self.tabs.addTab(self.groups, self.tr("&Gruppi"))
        self.tabs.addTab(self.week, self.tr("Setti&mana"))
        self.tabs.currentChanged.connect(lambda _: self._focus_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def open_session(self, workshop_id: str, session_id: str) -> None:
        """Enter on a session of the week: its group's grid, on its column."""
        self.tabs.setCurrentWidget(self.groups)
        self.groups.open_group(workshop_id, session_id)

    def _focus_current(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is self.people:
            self.people.view.setFocus(Qt.FocusReason.TabFocusReason)
        elif tab is self.groups and not self.groups.showing_group():
            self.groups.list.view.setFocus(Qt.FocusReason.TabFocusReason)
        elif tab is self.week:
            self.week.focus_list()

    # -- what the main window calls ----------------------------------------------------

    @property
    def search(self) -> Any:
        tab = self.tabs.currentWidget()
        return getattr(tab, "search", None)

    def focus_search(self) -> None:
        tab: Any = self.tabs.currentWidget()
        if hasattr(tab, "focus_search"):
            tab.focus_search()

    def new_record(self) -> None:
        """Ctrl+N: a new group on «Gruppi»; nothing elsewhere (a young person is
        registered at the front desk)."""
        if self.tabs.currentWidget() is self.groups:
            self.groups.new_record()

    def refresh(self) -> None:
        tab: Any = self.tabs.currentWidget()
        tab.refresh()

    def has_unsaved_changes(self) -> bool:
        return self.groups.has_unsaved_changes()

    def discard_or_save(self) -> bool:
        return self.groups.discard_or_save()
