"""What the mouse wheel and the keyboard may do to a choice field: one rule for every
form, installed once on the application (``install``).

- The wheel changes a combo box, a date or a number only while that field has the
  focus. Scrolling a long form (the intake) with the pointer passing over a field
  scrolls the form and leaves the field as it was; such fields take the focus by click
  or Tab (``Qt.StrongFocus``), never by the wheel.
- Space in a closed combo box does not open its list: it is part of the words typed
  ahead, so «Licenza e» chooses «Licenza elementare». Alt+Down and F4 open the list.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

# Fields whose value the wheel steps through.
STEPPED = (QComboBox, QAbstractSpinBox)


class InputGuard(QObject):
    """The application-wide event filter that applies the rules above."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            field = stepped_field(watched)
            if field is not None and not has_focus(field):
                assert isinstance(event, QWheelEvent)
                pass_on(field, event)
                return True
        elif kind == QEvent.Type.KeyPress:
            if isinstance(watched, QComboBox) and not watched.isEditable():
                assert isinstance(event, QKeyEvent)
                return type_ahead_space(watched, event)
        elif (kind == QEvent.Type.Polish and isinstance(watched, STEPPED)
              and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def stepped_field(watched: QObject) -> QWidget | None:
    """The combo box or spin box ``watched`` is, or is part of (its line edit); not its
    open list, which is a window of its own and scrolls."""
    widget = watched if isinstance(watched, QWidget) else None
    while widget is not None:
        if isinstance(widget, STEPPED):
            return widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


def has_focus(field: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return field.hasFocus() or (focused is not None and field.isAncestorOf(focused))


def pass_on(field: QWidget, event: QWheelEvent) -> None:
    """Offer the wheel to the widgets under ``field``, innermost first, until one takes
    it (the scroll area of the form), as Qt does with a wheel a widget ignores."""
    position = event.position()
    widget = field
    while not widget.isWindow():
        parent = widget.parentWidget()
        if parent is None:
            return
        position = widget.mapToParent(position)
        widget = parent
        offered = QWheelEvent(position, event.globalPosition(), event.pixelDelta(),
                              event.angleDelta(), event.buttons(), event.modifiers(),
                              event.phase(), event.inverted(), event.source())
        QCoreApplication.sendEvent(widget, offered)
        if offered.isAccepted():
            return


# When a combo box last took a typed character (the property's value: ms on a
# monotonic clock), so that a space continues the words being typed.
TYPED_AT = "genera_typed_at"


def type_ahead_space(combo: QComboBox, event: QKeyEvent) -> bool:
    """Space (no modifier) goes on the combo's type-ahead instead of opening the list,
    and does nothing when nothing is being typed; True when handled here."""
    now = time.monotonic_ns() // 1_000_000
    plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                  Qt.KeyboardModifier.KeypadModifier,
                                  Qt.KeyboardModifier.ShiftModifier)
    if event.key() != Qt.Key.Key_Space or not plain:
        text = event.text()
        if text and text.isprintable() and plain:
            combo.setProperty(TYPED_AT, now)
        return False
    last = combo.property(TYPED_AT)
    if isinstance(last, int) and now - last <= QApplication.keyboardInputInterval():
        combo.setProperty(TYPED_AT, now)
        # A key the combo box has no binding for, carrying the space as text: it goes
        # to the combo's keyboard search as a letter does.
        typed = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                          Qt.KeyboardModifier.NoModifier, " ")
        QCoreApplication.sendEvent(combo, typed)
    return True


_installed: dict[int, InputGuard] = {}


def install(app: QCoreApplication) -> InputGuard:
    """Install the guard on ``app`` (once; later calls return the same guard)."""
    guard = _installed.get(id(app))
    if guard is None:
        guard = InputGuard(app)
        app.installEventFilter(guard)
        _installed[id(app)] = guard
    return guard


def installed(app: QCoreApplication) -> bool:
    return id(app) in _installed
