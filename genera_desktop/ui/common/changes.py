"""The GUI's change bus: pages refresh themselves after any committed write.

A service given the store announces what it changed (services/transaction.py), on the
thread that committed: the GUI thread, or a worker running an import or a merge. The
bus turns every announcement into one queued Qt signal delivered on the GUI thread, after
the code that wrote has finished (Anki's ``OpChanges``). A page follows the tables it
shows with :func:`follow`: while it is visible it refreshes when a change touches one of
them; a hidden page is left alone, since every page reads the store again when shown.
So ``main_window.py`` refreshes nothing by hand after an operation.

A page that refreshes itself after its own action (to keep a selection, to say what
was done under the list) calls :func:`fresh` when it reads: the announcement of that
action then arrives to a page already showing it, and is not followed by a second
refresh that would wipe the page's "done" line.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from genera_desktop.services import transaction
from genera_desktop.services.transaction import Changes


class ChangeBus(QObject):
    """Re-emits the services' announcements as ``changed(Changes)`` on the GUI thread."""

    changed = Signal(object, int)  # the changes, their number (counting from 1)
    _heard = Signal(object, int)  # emitted on any thread, delivered queued on the bus's own

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.announced = 0  # how many announcements were heard so far
        self._lock = threading.Lock()
        self._heard.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        self._stop: Callable[[], None] | None = transaction.subscribe(self._hear)
        self.destroyed.connect(self.stop)

    def _hear(self, changes: Changes) -> None:
        """On the thread that committed."""
        with self._lock:
            self.announced += 1
            number = self.announced
        self._heard.emit(changes, number)

    def stop(self) -> None:
        """Hear no more announcements."""
        if self._stop is not None:
            self._stop()
            self._stop = None


_bus: ChangeBus | None = None


def bus() -> ChangeBus:
    """The application's one bus, made on first use (on the GUI thread)."""
    global _bus
    if _bus is None:
        _bus = ChangeBus()
    return _bus


class _Follower(QObject):
    """A page's ear on the bus: a child of the page, so it goes with it."""

    def __init__(self, page: QWidget, tables: frozenset[str], refresh: Callable[[], None],
                 hidden: Callable[[], None] | None) -> None:
        super().__init__(page)
        self.page = page
        self.tables = tables
        self.refresh = refresh
        self.hidden = hidden
        bus().changed.connect(self.heard)

    @Slot(object, int)
    def heard(self, changes: Changes, number: int) -> None:
        if not changes.touches(*self.tables):
            return
        if not self.page.isVisible():
            if self.hidden is not None:
                self.hidden()
            return
        seen = self.page.property(_FRESH)
        if isinstance(seen, int) and seen >= number:
            return  # the page read the store after that change was committed
        self.refresh()


_FRESH = "genera_fresh_as_of"


def fresh(page: QObject) -> None:
    """Note that ``page`` reads the store now: what was announced so far is in it."""
    page.setProperty(_FRESH, bus().announced)


def follow(page: QWidget, tables: Iterable[str], refresh: Callable[[], None] | None = None,
           *, hidden: Callable[[], None] | None = None) -> None:
    """Refresh ``page`` (with ``refresh``, else its ``refresh()``) when a committed change
    touches one of ``tables`` while the page is visible; while it is hidden, call
    ``hidden`` (a page that reads the store only when it knows it is stale)."""
    action = refresh if refresh is not None else getattr(page, "refresh")  # noqa: B009
    _Follower(page, frozenset(tables), action, hidden)
