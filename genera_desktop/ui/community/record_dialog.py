"""Adding or changing one community record (a workshop, a session, a place, an
agreement, an initiative) in a small dialog built from the kind's declaration.

The dialog saves through the ``save`` callback it is given (a service call with the
store): a field the service refuses gets its error under the field and the dialog stays
open with everything typed; any other refusal is said above the buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import GeneraError, ValidationFailed
from genera_desktop.ui import labels
from genera_desktop.ui.common.record_form import RecordForm, form_layout
from genera_desktop.ui.community.fields import add_field
from genera_desktop.ui.messages import error_text


class RecordDialog(QDialog):
    """The ``fields`` of a record of ``kind``; "Salva" hands them to ``save``."""

    def __init__(self, kind: str, parent: QWidget | None, *, fields: Sequence[str],
                 save: Callable[[dict[str, Any]], Any],
                 record: Mapping[str, Any] | None = None,
                 defaults: Mapping[str, Any] | None = None,
                 refs: Mapping[str, Mapping[str, str]] | None = None,
                 suggestions: Mapping[str, Sequence[str]] | None = None,
                 editors: Mapping[str, QWidget] | None = None,
                 title: str | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.record = dict(record) if record else None
        self.save_with = save
        self.result_value: Any = None
        self.setWindowTitle(title or (labels.edit_record_title(kind) if record
                                      else labels.new_record_title(kind)))
        self.form = RecordForm(kind, self)
        self.layout_form = form_layout()
        for name in fields:
            add_field(self.form, self.layout_form, name, refs=refs, suggestions=suggestions,
                      editors=editors)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Salva"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 14)
        column.setSpacing(14)
        column.addLayout(self.layout_form)
        column.addWidget(self.message)
        column.addWidget(buttons)
        self.setMinimumWidth(560)
        self.form.load(dict(record or defaults or {}))

    @classmethod
    def ask(cls, kind: str, parent: QWidget | None, **options: Any) -> Any:
        """What ``save`` returned, or None when the dialog was closed without saving."""
        dialog = cls(kind, parent, **options)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value

    def values(self) -> dict[str, Any]:
        """What to save: the changed fields of a record, every filled one of a new one."""
        if self.record:
            return self.form.changes()
        return {k: v for k, v in self.form.values().items() if v not in (None, "", [])}

    def save(self) -> None:
        self.message.hide()
        values = self.values()
        if not self.form.check(values):
            return
        if self.record and not values:
            self.accept()  # nothing changed: nothing to write
            return
        try:
            self.result_value = self.save_with(values)
        except ValidationFailed as failed:
            unplaced = self.form.show_errors(failed.errors)
            if unplaced:
                self._say(error_text(ValidationFailed(unplaced)))
            return
        except GeneraError as err:
            self._say(error_text(err))
            return
        if self.result_value is None:
            self.result_value = True
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
