"""«Scheda»: the top of a young person's plan, their file (services/youth/files.py): the
school (an organisation of type school, chosen by name), class, school year, the
facilitator who follows them (the signed-in user for a new file), since when, notes.
Saving a file adds a young adult (18 to 25) to the plan.

Keyboard: Alt+S into the file's first field, Tab through it, Alt+V saves it (Enter in
a field saves too).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from genera_desktop.domain.errors import GeneraError, ValidationFailed
from genera_desktop.services.community import ui_queries as queries
from genera_desktop.services.youth import files
from genera_desktop.ui.common.fields import EnumCombo, SuggestCombo, TextEdit
from genera_desktop.ui.common.record_form import RecordForm, form_layout
from genera_desktop.ui.community.fields import add_field
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text

LEFT = ("school", "class_name", "school_year")
RIGHT = ("facilitator", "followed_since", "notes")


class YouthFileForm(QGroupBox):
    """The file of one person, edited in place; ``saved`` once written."""

    saved = Signal()

    def __init__(self, ctx: AppContext, person_id: str, schools: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A group box's mnemonic takes the focus to its first field.
        self.setTitle(self.tr("&Scheda"))
        self.ctx = ctx
        self.person_id = person_id
        self.current: dict[str, Any] | None = None
        self.form = RecordForm("youth_file", self)
        editors = {"school": EnumCombo(schools),
                   "facilitator": SuggestCombo(queries.operators(ctx.store)),
                   "notes": TextEdit()}
        columns = QHBoxLayout()
        columns.setSpacing(20)
        for names in (LEFT, RIGHT):
            layout = form_layout()
            for name in names:
                add_field(self.form, layout, name, editors=editors)
            columns.addLayout(layout, 1)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = QPushButton(self.tr("Sal&va la scheda"))
        self.save_button.setToolTip(self.tr("Scrive la scheda (Alt+V, o Invio in un campo)"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("hint")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.addLayout(columns)
        column.addWidget(self.message)
        column.addLayout(bottom)

    def load(self, record: dict[str, Any] | None) -> None:
        """Show the person's file; without one, a new file followed by the signed-in
        user from today."""
        self.current = record
        self.form.load(record or {"facilitator": self.ctx.username,
                                  "followed_since": date.today().isoformat()})
        self.status.setText("" if record else self.tr("Nessuna scheda: salvandola la persona "
                                                      "entra nel piano."))
        self._say(None)

    def values(self) -> dict[str, Any]:
        """What to save: the changed fields of a file, every filled one of a new one."""
        if self.current is not None:
            return self.form.changes()
        return {k: v for k, v in self.form.values().items() if v not in (None, "", [])}

    def save(self) -> bool:
        """Write the file (through services/youth/files.py); False, said, when refused."""
        self._say(None)
        values = self.values()
        if not self.form.check(values):
            return False
        if self.current is not None and not values:
            return True
        try:
            files.save_file(self.ctx.store, self.person_id, values)
        except ValidationFailed as failed:
            unplaced = self.form.show_errors(failed.errors)
            if unplaced:
                self._say(error_text(ValidationFailed(unplaced)))
            return False
        except GeneraError as err:
            self._say(error_text(err))
            return False
        self.saved.emit()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.save()
            return
        super().keyPressEvent(event)

    def _say(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))
