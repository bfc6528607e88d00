"""A citizens' initiative: its fields, and its state changed only by the moves the flow
allows (services/community/initiatives.py), one button each.

A move saves the fields changed with it, in one call: accepting with the decision's
date typed just before is one step. A refused move (a decision without its date, a
grant before acceptance) is said in the dialog, in words, and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import GeneraError, ValidationFailed
from genera_desktop.services import records
from genera_desktop.services.community import initiatives
from genera_desktop.services.community import ui_queries as queries
from genera_desktop.services.registry.persons import PersonRow
from genera_desktop.ui import labels
from genera_desktop.ui.common.record_form import RecordForm, form_layout
from genera_desktop.ui.community.enrol_dialog import PersonSearchDialog
from genera_desktop.ui.community.fields import PersonPicker, add_field
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text

FIELDS = ("title", "proposed_on", "proposer_person", "proposer_organisation", "place",
          "description", "support_requested", "support_granted", "decided_on",
          "pact_signed_on", "report_due", "report_received", "participants", "notes")
NEW_FIELDS = ("title", "proposed_on", "proposer_person", "proposer_organisation", "place",
              "description", "support_requested", "report_due", "notes")
# The words of each move's button: what the operator does, not the state's name.
MOVE_WORDS = {
    "evaluating": QT_TRANSLATE_NOOP("InitiativeDialog", "Metti in valutazione"),
    "accepted": QT_TRANSLATE_NOOP("InitiativeDialog", "Accogli"),
    "rejected": QT_TRANSLATE_NOOP("InitiativeDialog", "Respingi"),
    "in_progress": QT_TRANSLATE_NOOP("InitiativeDialog", "Avvia"),
    "completed": QT_TRANSLATE_NOOP("InitiativeDialog", "Concludi"),
    "withdrawn": QT_TRANSLATE_NOOP("InitiativeDialog", "Segna come ritirata"),
}


def move_words(status: str) -> str:
    return QCoreApplication.translate("InitiativeDialog", str(MOVE_WORDS.get(status, status)))


def person_picker(ctx: AppContext, parent: QWidget | None) -> PersonPicker:
    """Who proposed it: a person found as at the front desk."""

    def choose() -> tuple[str, str] | None:
        def pick(row: PersonRow) -> tuple[str, str]:
            return row.id, f"{row.last_name} {row.first_name}".strip()

        chosen = PersonSearchDialog.ask(
            ctx, parent, title=QCoreApplication.translate("InitiativeDialog",
                                                          "Chi propone l'iniziativa"),
            pick=pick)
        return chosen if isinstance(chosen, tuple) else None

    return PersonPicker(choose, lambda pid: queries.person_name(ctx.store, pid))


def choices(ctx: AppContext) -> dict[str, Mapping[str, str]]:
    return {"proposer_organisation": queries.organisation_names(ctx.store),
            "place": queries.place_names(ctx.store), "point": queries.points(ctx.store)}


def new_initiative(ctx: AppContext, parent: QWidget | None,
                   today: date | None = None) -> str | None:
    """Ctrl+N: a new initiative, proposed (its later states come by moves)."""
    from genera_desktop.ui.community.record_dialog import RecordDialog

    site = ctx.site()
    refs = choices(ctx)
    point = site.point_code or next(iter(refs["point"]), None)
    fields = list(NEW_FIELDS)
    if site.is_coordinator or not site.point_code:
        fields.insert(1, "point")

    def save(values: dict[str, Any]) -> str:
        return records.add(ctx.store, "initiative", {"point": point, **values})

    made = RecordDialog.ask("initiative", parent, fields=fields, save=save,
                            defaults={"proposed_on": (today or date.today()).isoformat(),
                                      "point": point},
                            refs=refs, editors={"proposer_person": person_picker(ctx, parent)})
    return str(made) if made else None


class InitiativeDialog(QDialog):
    """An initiative to read, change and move along its flow."""

    def __init__(self, ctx: AppContext, initiative_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.initiative_id = initiative_id
        self.record: dict[str, Any] = {}
        self.changed = False
        self.heading = QLabel()
        self.heading.setObjectName("dialogTitle")
        self.state = QLabel()
        self.state.setObjectName("summary")
        self.form = RecordForm("initiative", self)
        layout = form_layout()
        for name in FIELDS:
            add_field(self.form, layout, name, refs=choices(ctx),
                      editors={"proposer_person": person_picker(ctx, self)})
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 8, 0)
        inner_layout.addLayout(layout)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        self.moves_row = QHBoxLayout()
        self.moves_row.setSpacing(8)
        self.move_buttons: dict[str, QPushButton] = {}
        moves_caption = QLabel(self.tr("Passaggi possibili:"))
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Salva"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.addButton(self.tr("Chiudi"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        moves = QHBoxLayout()
        moves.addWidget(moves_caption)
        moves.addLayout(self.moves_row)
        moves.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 14)
        column.setSpacing(10)
        column.addWidget(self.heading)
        column.addWidget(self.state)
        column.addLayout(moves)
        column.addWidget(scroll, 1)
        column.addWidget(self.message)
        column.addWidget(buttons)
        self.resize(720, 700)
        self.load()
        title = self.form.editors["title"]
        if isinstance(title, QWidget):
            title.setFocus()

    @classmethod
    def ask(cls, ctx: AppContext, initiative_id: str, parent: QWidget | None) -> bool:
        """Show it; True when anything of it was saved."""
        dialog = cls(ctx, initiative_id, parent)
        dialog.exec()
        return dialog.changed

    def load(self) -> None:
        self.record = records.show(self.ctx.store, "initiative", self.initiative_id,
                                   audit_view=False)
        self.form.load(self.record)
        status = self.record.get("status") or initiatives.FIRST
        shown = labels.label(labels.choices("initiative", "status") or {}, status)
        self.setWindowTitle(self.record.get("title") or labels.kind_name("initiative"))
        self.heading.setText(self.record.get("title") or "")
        self.state.setText(self.tr("Stato: {status}").format(status=shown))
        for button in self.move_buttons.values():
            self.moves_row.removeWidget(button)
            button.deleteLater()
        self.move_buttons = {}
        for target in initiatives.allowed_moves(status):
            button = QPushButton(move_words(target))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, t=target: self.apply_move(t))
            self.moves_row.addWidget(button)
            self.move_buttons[target] = button
        if not self.move_buttons:
            final = QPushButton(self.tr("nessuno: stato finale"))
            final.setEnabled(False)
            self.moves_row.addWidget(final)
            self.move_buttons[""] = final

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def apply_move(self, target: str) -> bool:
        """Move to ``target`` with the fields changed meanwhile; False, said, if refused."""
        self._say("")
        values = self.form.changes()
        if not self.form.check(values):
            return False
        try:
            initiatives.move(self.ctx.store, self.initiative_id, target, **values)
        except ValidationFailed as failed:
            if self.form.show_errors(failed.errors):
                self._say(error_text(failed))
            return False
        except GeneraError as err:
            self._say(self.tr("«{move}» non è possibile: {reason}").format(
                move=move_words(target), reason=error_text(err)))
            return False
        self.changed = True
        self.load()
        return True

    def save(self) -> bool:
        self._say("")
        values = self.form.changes()
        if not values:
            return True
        if not self.form.check(values):
            return False
        try:
            records.update(self.ctx.store, "initiative", self.initiative_id, values)
        except ValidationFailed as failed:
            if self.form.show_errors(failed.errors):
                self._say(error_text(failed))
            return False
        except GeneraError as err:
            self._say(error_text(err))
            return False
        self.changed = True
        self.load()
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()
