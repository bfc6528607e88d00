"""A form layout whose every field has its error line right under it.

Errors are said next to the field, in plain Italian (ui/messages.py), never in a box
that hides the form.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from genera_desktop.domain.errors import FieldError
from genera_desktop.ui.messages import field_message


def spoken(caption: str) -> str:
    """A caption as a screen reader should say it: without the & of its shortcut key."""
    return re.sub(r"&(.)", r"\1", caption).strip()


class ErrorLabel(QLabel):
    """Red text under a field; takes no room while empty. A screen reader, which does
    not see the red line, hears it as the field's description."""

    def __init__(self, parent: QWidget | None = None, *, field: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        if self.field is not None:
            self.field.setAccessibleDescription(text)

    def clear_error(self) -> None:
        self.show_error("")


class FieldForm(QFormLayout):
    """QFormLayout with a named error line under each editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}

    def add_field(self, name: str, label: str, editor: QWidget) -> QWidget:
        """Add ``editor`` under ``label``; ``name`` is the service's field name."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        error = ErrorLabel(box, field=editor)
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(editor)
        # Qt names a control after a buddy label only when they are siblings, and the
        # editor sits in its box with the error line: say the caption outright.
        if label and not editor.accessibleName():
            editor.setAccessibleName(spoken(label))
        self.addRow(caption, box)
        self.editors[name] = editor
        self.errors[name] = error
        return editor

    def set_error(self, name: str, text: str) -> None:
        self.errors[name].show_error(text)

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_error()

    def show_field_errors(self, errors: list[FieldError]) -> list[FieldError]:
        """Show each error under its field, focus the first; return those with no field here."""
        self.clear_errors()
        unplaced: list[FieldError] = []
        first: QWidget | None = None
        for err in errors:
            if err.field in self.errors:
                if not self.errors[err.field].text():
                    self.set_error(err.field, field_message(err))
                first = first or self.editors[err.field]
            else:
                unplaced.append(err)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced
