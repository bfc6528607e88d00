"""Automatic lock after inactivity: a shared desk PC must not show families' data to
whoever walks by.

An application-wide event filter restarts a timer on every key press, click, mouse move
or wheel turn. When the timer runs out every open window of the application is covered
by an opaque panel (the data are hidden, not just greyed) and the unlock dialog asks
for the same user's password. Nothing is closed: the store stays open and half-filled
forms keep what was typed.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QVBoxLayout, QWidget

from genera_desktop.services import session_policy
from genera_desktop.services.session import Store
from genera_desktop.ui.session.login import UnlockDialog

log = logging.getLogger(__name__)

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def lock_timeout_ms(store: Store) -> int:
    """The store's lock setting in ms (0: never)."""
    return lock_minutes(store) * 60_000


def lock_minutes(store: Store) -> int:
    """The idle minutes before the lock, as the settings show them (0: never)."""
    return session_policy.lock_minutes(store)


class LockCover(QWidget):
    """An opaque panel over one window's whole content while the app is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        label = QLabel(self.tr("Sessione bloccata"))
        label.setObjectName("lockTitle")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        window.installEventFilter(self)
        self._fit()
        self.show()
        self.raise_()

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.parentWidget() and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.ChildAdded,
        ):
            self._fit()
            self.raise_()
        return False

    def remove(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
        self.hide()
        self.deleteLater()


class LockController(QObject):
    """Watches for inactivity and locks ``window`` (and every other window) when it lasts."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QWidget, store: Store, display_name: str, timeout_ms: int) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.display_name = display_name
        self.covers: list[LockCover] = []
        self.dialog: UnlockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.lock(idle=True))
        self.set_timeout_ms(timeout_ms)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """Change the idle time (0 or less: never lock on its own)."""
        self.timeout_ms = timeout_ms
        self.timer.stop()
        if timeout_ms > 0:
            self.timer.start(timeout_ms)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _ACTIVITY and self.dialog is None and self.timeout_ms > 0:
            self.timer.start(self.timeout_ms)
        return False

    def lock(self, *, idle: bool = False) -> None:
        """Hide every window's content behind a cover and ask for the password; ``idle``
        when the inactivity timer ran out (else the user locked, with Ctrl+L)."""
        if self.dialog is not None:
            return
        log.info("session locked (%s)", "idle" if idle else "by the user")
        self.timer.stop()
        QToolTip.hideText()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.isWindow() and not isinstance(widget, LockCover):
                self.covers.append(LockCover(widget))
        parent = QApplication.activeModalWidget() or self.window
        self.dialog = UnlockDialog(self.store, self.display_name, parent, idle=idle)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.accepted.connect(self._on_unlocked)
        self.dialog.show()
        self.dialog.password.setFocus()
        self.locked.emit()

    def _on_unlocked(self) -> None:
        log.info("session unlocked")
        for cover in self.covers:
            if shiboken6.isValid(cover):
                cover.remove()
        self.covers.clear()
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        if self.timeout_ms > 0:
            self.timer.start(self.timeout_ms)
        self.unlocked.emit()

    def stop(self) -> None:
        """Stop watching (the window is closing)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
