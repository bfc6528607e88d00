"""«Laboratori»: the point's workshops (every point's at the coordinator), filtered by
status, theme, audience, place (and point), searched by title; a workshop opens on
its own page in the same section.

Keyboard: Ctrl+F the search, Down into the list, Enter opens, Ctrl+N a new workshop
(opened once saved), Esc from a workshop back to the list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.text import fold
from genera_desktop.services.community import ui_queries as queries
from genera_desktop.ui import labels
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.common.rows import Column, format_date
from genera_desktop.ui.community.room import TEXT_FLOOR, TITLE_FLOOR, RoomFit, by_title
from genera_desktop.ui.community.workshop_page import WorkshopPage, new_workshop
from genera_desktop.ui.context import AppContext

translate = QCoreApplication.translate


def filter_combo(everything: str, choices: Mapping[str, str], tip: str) -> QComboBox:
    """A filter: "every …" first, then the choices (code to label)."""
    combo = QComboBox()
    combo.addItem(everything, None)
    for code, text in choices.items():
        combo.addItem(text, code)
    combo.setToolTip(tip)
    combo.setAccessibleName(tip)
    # Narrow enough to leave the search its room; the list drops down as wide as it needs.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(min(14, max(len(everything), 8)))
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
    return combo


# More filters than this go on a row of their own under the search: four or five beside
# it left the search «C…» at 1280 px, its placeholder (what it searches) unreadable.
FILTERS_BESIDE_SEARCH = 3


def put_filters(page: ListPage, filters: list[QWidget]) -> None:
    """Put ``filters`` on the search's row of a list page, or, when they are many, on
    the row under it (left-aligned), the search keeping the page's whole width."""
    layout = page.layout()
    assert isinstance(layout, QVBoxLayout) and page.search is not None
    row = QHBoxLayout()
    row.setSpacing(8)
    if len(filters) > FILTERS_BESIDE_SEARCH:
        index = layout.indexOf(page.search) + 1
    else:
        index = layout.indexOf(page.search)
        layout.removeWidget(page.search)
        row.addWidget(page.search, 1)
    for widget in filters:
        row.addWidget(widget)
    if len(filters) > FILTERS_BESIDE_SEARCH:
        row.addStretch(1)
    layout.insertLayout(index, row)


def workshop_columns(coordinator: bool) -> list[Column]:
    """The list's columns; the point's too at the coordinator."""
    status: Mapping[str, str] = labels.choices("workshop", "status") or {}
    theme: Mapping[str, str] = labels.choices("workshop", "theme") or {}
    audience: Mapping[str, str] = labels.choices("workshop", "audience") or {}
    # The state next to the title: what the operator scans for. The place without its
    # point's own comune (in the tooltip), so that the list fits a 1280 px screen.
    columns = [
        Column(labels.field_label("workshop", "title", short=True),
               lambda w: w.get("title") or "", bold=lambda w: w.get("status") == "running"),
        Column(labels.field_label("workshop", "status", short=True),
               lambda w: labels.label(status, w.get("status"))),
        Column(labels.field_label("workshop", "theme", short=True),
               lambda w: labels.label(theme, w.get("theme"))),
        Column(labels.field_label("workshop", "audience", short=True),
               lambda w: labels.label(audience, w.get("audience"))),
        Column(labels.field_label("workshop", "place", short=True),
               lambda w: w.get("place_name") or "",
               tip=lambda w: w.get("place_full") or ""),
        Column(labels.field_label("workshop", "start_date", short=True),
               lambda w: format_date(w.get("start_date"))),
        Column(labels.field_label("workshop", "end_date", short=True),
               lambda w: format_date(w.get("end_date"))),
        Column(translate("WorkshopList", "Incontri"), lambda w: str(w.get("sessions", 0)),
               align_right=True),
        Column(translate("WorkshopList", "Iscritti"), lambda w: str(w.get("participants", 0)),
               align_right=True),
    ]
    if coordinator:
        columns.insert(1, Column(translate("WorkshopList", "Punto"),
                                 lambda w: w.get("point") or ""))
    return columns


def workshop_floors() -> dict[str, int]:
    """The columns that give way when the list is wider than the window: the title,
    the theme and the place (their whole text in the tooltip), down to these widths."""
    return {labels.field_label("workshop", "title", short=True): TITLE_FLOOR,
            labels.field_label("workshop", "theme", short=True): TEXT_FLOOR,
            labels.field_label("workshop", "place", short=True): TEXT_FLOOR}


class WorkshopList(ListPage):
    """The list of workshops; ``open_workshop`` and ``new_record`` are the section's."""

    FOLLOWS = ("workshop", "workshop_session", "enrolment", "place")

    def __init__(self, ctx: AppContext, section: WorkshopsPage) -> None:
        coordinator = ctx.site().is_coordinator
        super().__init__(ctx, labels.kind_name("workshop", plural=True),
                         workshop_columns(coordinator),
                         search_placeholder=translate(
                             "WorkshopList", "Cerca per titolo, conduttore o descrizione "
                             "(Ctrl+F)"),
                         parent=section)
        self.section = section
        self.coordinator = coordinator
        self.room = RoomFit(self.view, elastic=0,
                            give_way=by_title(self.model.columns, workshop_floors()))
        status: Mapping[str, str] = labels.choices("workshop", "status") or {}
        theme: Mapping[str, str] = labels.choices("workshop", "theme") or {}
        audience: Mapping[str, str] = labels.choices("workshop", "audience") or {}
        self.new_button = QPushButton(labels.new_record_title("workshop"))
        self.new_button.setToolTip(self.tr("Nuovo laboratorio (Ctrl+N)"))
        self.new_button.clicked.connect(section.new_record)
        self.actions.addWidget(self.new_button)
        self.status_filter = filter_combo(self.tr("Tutti gli stati"), status,
                                          self.tr("Stato del laboratorio"))
        self.theme_filter = filter_combo(self.tr("Tutti i temi"), theme, self.tr("Tema"))
        self.audience_filter = filter_combo(self.tr("Tutti i destinatari"), audience,
                                            self.tr("Destinatari"))
        self.place_filter = filter_combo(self.tr("Tutti i luoghi"), {}, self.tr("Luogo"))
        filters: list[QWidget] = [self.status_filter, self.theme_filter,
                                  self.audience_filter, self.place_filter]
        self.point_filter: QComboBox | None = None
        if self.coordinator:
            self.point_filter = filter_combo(self.tr("Tutti i punti"), {},
                                             self.tr("Punto di comunità"))
            filters.append(self.point_filter)
        for combo in filters:
            assert isinstance(combo, QComboBox)
            combo.activated.connect(lambda _: self.refresh())
        put_filters(self, filters)
        self.view.setToolTip(self.tr("In grassetto i laboratori in corso. Invio apre il "
                                     "laboratorio."))

    def refresh(self) -> None:
        super().refresh()
        self.room.fit()

    def _load_choices(self) -> None:
        places = queries.place_names(self.ctx.store)
        chosen = self.place_filter.currentData()
        self.place_filter.clear()
        self.place_filter.addItem(self.tr("Tutti i luoghi"), None)
        for pid, name in places.items():
            self.place_filter.addItem(name, pid)
        self.place_filter.setCurrentIndex(max(self.place_filter.findData(chosen), 0))
        if self.point_filter is not None:
            chosen = self.point_filter.currentData()
            self.point_filter.clear()
            self.point_filter.addItem(self.tr("Tutti i punti"), None)
            for code, name in queries.points(self.ctx.store).items():
                self.point_filter.addItem(name, code)
            self.point_filter.setCurrentIndex(max(self.point_filter.findData(chosen), 0))

    def load(self, search: str) -> tuple[list[Any], str]:
        self._load_choices()
        rows = queries.workshop_rows(self.ctx.store)
        wanted = {
            "status": self.status_filter.currentData(),
            "theme": self.theme_filter.currentData(),
            "audience": self.audience_filter.currentData(),
            "place": self.place_filter.currentData(),
            "point": self.point_filter.currentData() if self.point_filter else None,
        }
        terms = fold(search).split()
        held = len(rows)
        rows = [w for w in rows
                if all(value is None or w.get(name) == value for name, value in wanted.items())
                and all(term in fold(" ".join(str(w.get(k) or "") for k in (
                    "title", "facilitator", "description"))) for term in terms)]
        if not held:
            status = self.tr("Nessun laboratorio: «Nuovo laboratorio» (Ctrl+N) per il primo.")
        elif not rows:
            status = self.tr("Nessun laboratorio trovato.")
        elif len(rows) == 1:
            status = self.tr("1 laboratorio")
        else:
            status = self.tr("{n} laboratori").format(n=len(rows))
        return rows, status

    def row_activated(self, row: Any) -> None:
        self.section.open_workshop(row["id"])


class WorkshopsPage(QWidget):
    """The «Laboratori» section: the list, and a workshop's page in its place."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = QStackedWidget()
        self.list = WorkshopList(ctx, self)
        self.page = WorkshopPage(ctx, self)
        self.page.closed.connect(self.show_list)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @property
    def search(self) -> Any:
        """The list's search field (the main window's Ctrl+F looks for it)."""
        return self.list.search

    def showing_workshop(self) -> bool:
        return self.stack.currentWidget() is self.page

    def open_workshop(self, workshop_id: str) -> None:
        if not self.discard_or_save():
            return
        self.page.load(workshop_id)
        self.stack.setCurrentWidget(self.page)
        self.page.focus_tab()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list)
        self.list.refresh()
        self.list.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what the main window calls ----------------------------------------------------

    def new_record(self) -> None:
        """Ctrl+N: a new workshop, opened on its page once saved."""
        if not self.discard_or_save():
            return
        made = new_workshop(self.ctx, self)
        if made:
            self.open_workshop(made)
            # A new workshop's next step: its sessions.
            self.page.tabs.setCurrentWidget(self.page.sessions_tab)
            self.page.focus_tab()

    def focus_search(self) -> None:
        if self.showing_workshop():
            if not self.page.discard_or_save():
                return
            self.show_list()
        self.list.focus_search()

    def refresh(self) -> None:
        if self.showing_workshop():
            self.page.reload()
        else:
            self.list.refresh()

    def has_unsaved_changes(self) -> bool:
        return self.showing_workshop() and self.page.has_unsaved_changes()

    def discard_or_save(self) -> bool:
        return not self.showing_workshop() or self.page.discard_or_save()
