"""The household list: type-ahead search, point and status filters, sortable columns.

Keyboard first: Ctrl+F puts the cursor in the search (the main window owns that
shortcut and calls ``focus_search``), typing filters after a short pause, Down goes
into the table, Enter (or a double click) opens the household, Ctrl+N starts a new one.
The list stays quick at 50,000 households: see ui/registry/households_model.py.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.services.registry import households
from genera_desktop.ui import labels
from genera_desktop.ui.common import prompts
from genera_desktop.ui.common.changes import follow, fresh
from genera_desktop.ui.common.listing import make_table
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text
from genera_desktop.ui.registry.household_dialog import NewHouseholdDialog
from genera_desktop.ui.registry.households_model import COLUMNS, HouseholdTableModel

SEARCH_PAUSE_MS = 150
COUNT_DELAY_MS = 50
COLUMN_WIDTHS = {"case_number": 130, "point": 60, "reference": 210, "address": 200,
                 "phone": 115, "members": 95, "status": 120, "registered_on": 105}


class HouseholdsPage(QWidget):
    """Find a household and open it, or start a new one."""

    household_opened = Signal(str)
    household_created = Signal(str)  # opened on its members, not on the last tab used

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        follow(self, ("household", "person", "point"), hidden=self._mark_stale)
        self.model = HouseholdTableModel(ctx, self, load=False)
        self._loaded = False
        self._stale = False
        self._count_generation = 0

        title = QLabel(self.tr("Nuclei familiari"))
        title.setObjectName("pageTitle")
        self.new_button = QPushButton(self.tr("Nuovo nucleo"))
        self.new_button.setToolTip(self.tr("Registra un nuovo nucleo familiare (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_household)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr(
            "Cerca per nome, codice fiscale, telefono, indirizzo o pratica (Ctrl+F)"))
        self.search.setAccessibleName(self.search.placeholderText())
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.search.returnPressed.connect(self._open_from_search)

        self.point = QComboBox()
        self.point.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.point.setMinimumContentsLength(22)
        self.point.addItem(self.tr("Tutti i punti"), None)
        self.point.setToolTip(self.tr("Punto di comunità"))
        self.point.setAccessibleName(self.point.toolTip())
        self.status = QComboBox()
        self.status.addItem(self.tr("Tutti gli stati"), None)
        for code, text in labels.HOUSEHOLD_STATUS.items():
            self.status.addItem(text, code)
        self.status.setToolTip(self.tr("Stato del nucleo"))
        self.status.setAccessibleName(self.status.toolTip())
        self.point.activated.connect(lambda _: self.model.set_point(self.point.currentData()))
        self.status.activated.connect(lambda _: self.model.set_status(self.status.currentData()))
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.point)
        filters.addWidget(self.status)

        self.view = make_table(self.model, self)  # type: ignore[arg-type]
        self.view.setAccessibleName(title.text())
        self._setup_view()
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.model.ids_reloaded.connect(self._update_count)
        self.model.rowsInserted.connect(lambda *_: self._update_count())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)

    def _setup_view(self) -> None:
        view = self.view
        header = view.horizontalHeader()
        for column, key in enumerate(COLUMNS):
            header.resizeSection(column, max(COLUMN_WIDTHS[key], header.sectionSizeHint(column)))
        # The address takes what room is left, so the list fits beside the navigation.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMNS.index("address"), QHeaderView.ResizeMode.Stretch)
        # The model's own order first, so turning sorting on asks the store for nothing.
        header.setSortIndicator(COLUMNS.index("registered_on"), Qt.SortOrder.DescendingOrder)
        view.setSortingEnabled(True)
        # Enter and a double click both "activate" a row.
        view.activated.connect(lambda index: self.open_row(index.row()))

    # -- what the main window calls ----------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: into the search field, its text selected for typing over."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def new_household(self) -> None:
        """Ctrl+N: ask where the new household lives, create it and open it."""
        fields = NewHouseholdDialog.ask(self.ctx, self)
        if fields is None:
            return
        try:
            household_id = households.save_household(self.ctx.store, None, fields)
        except Exception as err:  # noqa: BLE001 - said to the person, not swallowed
            prompts.show_error(self, error_text(err))
            return
        self.refresh()
        self.household_created.emit(household_id)

    def refresh(self) -> None:
        """Load the list again (after a change elsewhere), keeping the current household."""
        fresh(self)
        current = self.current_household()
        self._load_points()
        self.model.refresh()
        self._loaded, self._stale = True, False
        row = self.model.row_of(current) if current else None
        if row is not None:
            self.select_row(row)

    # -- behaviour ---------------------------------------------------------------------

    def apply_search(self) -> None:
        self.search_timer.stop()
        self.model.set_search(self.search.text())

    def current_household(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.household_id(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def open_row(self, row: int) -> None:
        household_id = self.model.household_id(row)
        if household_id is not None:
            self._stale = True  # it may change on its page: reload when back
            self.household_opened.emit(household_id)

    def _open_from_search(self) -> None:
        """Enter in the search: the search now, then the chosen (or only) household."""
        self.apply_search()
        if self.model.rowCount() == 0:
            return
        index = self.view.currentIndex()
        self.open_row(index.row() if index.isValid() else 0)

    def _enter_table(self) -> None:
        self.apply_search()
        if self.model.rowCount() > 0:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.view.currentIndex().isValid():
                self.select_row(0)

    def _load_points(self) -> None:
        points = households.list_points(self.ctx.store)
        chosen = self.point.currentData()
        self.point.clear()
        self.point.addItem(self.tr("Tutti i punti"), None)
        for p in points:
            self.point.addItem(f"{p.code} – {p.name}", p.code)
        self.point.setCurrentIndex(max(self.point.findData(chosen), 0))

    def _update_count(self) -> None:
        if not self.model.is_complete() and not self.model.search:
            # Counting reads every household: after the first rows are on screen.
            self._count_generation += 1
            generation = self._count_generation
            self.count.setText(self.tr("Più di {n} nuclei").format(n=self.model.rowCount()))
            # With the page as context: a page deleted meanwhile gets no call.
            QTimer.singleShot(COUNT_DELAY_MS, self, lambda: self._show_count(generation))
            return
        self._show_count(self._count_generation)

    def _show_count(self, generation: int) -> None:
        if generation != self._count_generation:
            return  # the list changed again meanwhile
        total = self.model.total()
        if total is None:
            text = self.tr("Più di {n} nuclei: affinare la ricerca, o scorrere fino in fondo "
                           "per vederli tutti").format(n=self.model.rowCount())
        elif total == 0:
            text = (self.tr("Nessun nucleo trovato") if self.model.search or self.model.point
                    or self.model.status else self.tr("Nessun nucleo registrato"))
        elif total == 1:
            text = self.tr("1 nucleo")
        else:
            text = self.tr("{n} nuclei").format(n=f"{total:,}".replace(",", "."))
        self.count.setText(text)

    # -- events ------------------------------------------------------------------------

    def _mark_stale(self) -> None:
        """A change while hidden: read the list again when shown."""
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous() and (not self._loaded or self._stale):
            self.refresh()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (obj is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            if event.key() == Qt.Key.Key_Down:
                self._enter_table()
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self.apply_search()
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # The main window owns Ctrl+F and Ctrl+N; these serve the page on its own.
        if event.matches(QKeySequence.StandardKey.Find):
            self.focus_search()
        elif event.matches(QKeySequence.StandardKey.New):
            self.new_household()
        else:
            super().keyPressEvent(event)
