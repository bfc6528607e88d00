"""A form bound to one kind of record: editors by field name, errors under each field.

A field's label and help (a tooltip) are the kind's declaration's (store/kinds.py,
through ui/labels.py) unless the form gives its own; ``declared`` also picks the
editor from the field's type, so a simple form is just a list of field names. It judges fields with the service's own rules (services/validate.clean_fields, which the
model's field info drives), as the person types: an error appears once a field is
complete or left, and goes away as soon as the field is right again. It remembers what
was loaded, so it can say whether anything changed and hand over only the changes.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from genera_desktop.domain.errors import FieldError, ValidationFailed
from genera_desktop.services.records import model_for
from genera_desktop.services.validate import clean_fields
from genera_desktop.ui import labels
from genera_desktop.ui.common.fields import (
    BoolCheck,
    CheckList,
    DateEdit,
    EnumCombo,
    NotesEdit,
    NumberEdit,
    SuggestCombo,
    TextEdit,
)
from genera_desktop.ui.common.form import ErrorLabel, FieldForm
from genera_desktop.ui.errors import field_message


class Editor(Protocol):
    """What ui/common/fields.py's editors have in common."""

    edited: Any
    committed: Any

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...


def form_layout() -> FieldForm:
    """A FieldForm with its own spacing (a layout nested in a wider-spaced row would
    take that row's spacing between its fields)."""
    layout = FieldForm()
    layout.setVerticalSpacing(8)
    layout.setHorizontalSpacing(12)
    return layout


def normalized(value: Any) -> Any:
    """Empty text, an empty list, False and None all mean "nothing said"."""
    if value in ("", [], False):
        return None
    return value


class RecordForm(QObject):
    """The editors of one record's fields; ``changed`` when the person edits any."""

    changed = Signal()
    messages_changed = Signal()

    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model_for(kind)
        self.kind = self.model.KIND
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.loaded: dict[str, Any] = {}

    def add(self, name: str, editor: Any, errors: ErrorLabel | None = None, *,
            judge: bool = True) -> Any:
        """Bind ``editor`` to field ``name``; its error line is ``errors``. Without
        ``judge`` the caller judges the field itself (the codice fiscale does)."""
        self.editors[name] = editor
        if errors is not None:
            self.errors[name] = errors
        if judge:
            editor.edited.connect(lambda: self._edited(name))
            editor.committed.connect(lambda: self.check_field(name))
        else:
            editor.edited.connect(self.changed.emit)
        return editor

    def field(self, layout: FieldForm, name: str, label: str | None, editor: Any) -> Any:
        """Add ``editor`` as a row of ``layout`` and bind it; ``label`` None: the
        declared one. The declared help, if any, is the editor's tooltip."""
        if label is None:
            label = labels.field_label(self.kind, name)
        help_text = labels.field_help(self.kind, name)
        if help_text and isinstance(editor, QWidget) and not editor.toolTip():
            editor.setToolTip(help_text)
        if isinstance(editor, QComboBox):
            # As wide as the column, however long its longest choice.
            editor.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            editor.setMinimumContentsLength(10)
            editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout.add_field(name, label, editor)
        return self.add(name, editor, layout.errors[name])

    def declared(self, layout: FieldForm, name: str, *, persons: dict[str, str] | None = None,
                 operators: list[str] | None = None) -> Any:
        """Add field ``name`` with its declared label and an editor for its type: a date,
        a choice of its enumeration (or of ``persons`` for a reference to a person),
        operators to pick from, a tick box, a line or a few lines of text."""
        rules = self.model.__table__.columns[name].info
        ftype, choices = rules["type"], labels.choices(self.kind, name)
        label: str | None = None
        editor: Any
        if ftype == "date":
            editor = DateEdit()
        elif ftype == "bool":
            editor, label = BoolCheck(labels.field_label(self.kind, name)), ""
        elif ftype in ("int", "number"):
            editor = NumberEdit(integer=ftype == "int")
        elif ftype == "ref" and rules["ref"] == "person" and persons is not None:
            editor = EnumCombo(persons, empty=self.tr("il nucleo"))
        elif ftype == "list" and choices is not None:
            editor = CheckList(choices)
        elif ftype == "enum" and choices is not None:
            editor = EnumCombo(choices)
        elif name == "operator" and operators is not None:
            editor = SuggestCombo(operators)
        elif rules["max_length"]:
            editor = TextEdit(max_length=rules["max_length"])
        else:
            editor = NotesEdit(lines=3)
        return self.field(layout, name, label, editor)

    # -- values ----------------------------------------------------------------------

    def load(self, record: dict[str, Any] | None) -> None:
        """Show a record (None: an empty one); what is shown becomes "unchanged"."""
        record = record or {}
        for name, editor in self.editors.items():
            editor.set_value(record.get(name))
        self.loaded = {name: normalized(editor.value()) for name, editor in self.editors.items()}
        self.clear_errors()
        self.changed.emit()

    def values(self) -> dict[str, Any]:
        """Every bound field as the editors have it."""
        return {name: editor.value() for name, editor in self.editors.items()}

    def changes(self) -> dict[str, Any]:
        """The fields that differ from what was loaded (None where emptied)."""
        out: dict[str, Any] = {}
        for name, editor in self.editors.items():
            value = editor.value()
            if normalized(value) != self.loaded.get(name):
                out[name] = value if isinstance(value, bool | list) else normalized(value)
        return out

    def is_dirty(self) -> bool:
        return bool(self.changes())

    def mark_clean(self) -> None:
        """What the editors show now counts as saved."""
        self.loaded = {name: normalized(editor.value()) for name, editor in self.editors.items()}
        self.changed.emit()

    # -- errors ----------------------------------------------------------------------

    def check_field(self, name: str) -> bool:
        """Judge one field now; show or clear its error."""
        try:
            clean_fields(self.model, {name: self.editors[name].value()}, partial=True)
        except ValidationFailed as failed:
            self.set_error(name, field_message(failed.errors[0]))
            return False
        self.set_error(name, "")
        return True

    def check(self, values: dict[str, Any] | None = None, *, partial: bool = True) -> bool:
        """Judge ``values`` (default: every field) together; show every error."""
        try:
            clean_fields(self.model, self.values() if values is None else values,
                         partial=partial)
        except ValidationFailed as failed:
            self.show_errors(failed.errors)
            return False
        self.clear_errors()
        return True

    def show_errors(self, errors: list[FieldError]) -> list[FieldError]:
        """Each error under its field, the first one focused; returns those not placed."""
        self.clear_errors()
        unplaced: list[FieldError] = []
        first: QWidget | None = None
        for err in errors:
            label = self.errors.get(err.field)
            if label is None:
                unplaced.append(err)
                continue
            if not label.text():
                label.show_error(field_message(err))
                self.messages_changed.emit()
            editor = self.editors.get(err.field)
            if first is None and isinstance(editor, QWidget):
                first = editor
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def set_error(self, name: str, text: str) -> None:
        label = self.errors.get(name)
        if label is not None and label.text() != text:
            label.show_error(text)
            self.messages_changed.emit()

    def has_error(self, name: str) -> bool:
        label = self.errors.get(name)
        return bool(label is not None and label.text())

    def clear_errors(self) -> None:
        for name in self.errors:
            self.set_error(name, "")

    def _edited(self, name: str) -> None:
        # Forgive early: an error goes as soon as the field is right, but a new one waits
        # for the field to be complete or left.
        if self.has_error(name):
            self.check_field(name)
        self.changed.emit()
