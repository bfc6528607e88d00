"""Recording a custode's visit: every field of the visit report, by keyboard.

Opened from a resident's row it comes prefilled (context, household, today, now, home
visit), so a visit is: pick the person met, tick the issues with their number keys,
type the actions, Ctrl+Invio. The checklists take the focus with Tab; Space ticks the
highlighted line and 1-9 tick a line by its number. "Prossima visita" takes a date or
"+7" (days after the visit), and becomes a follow-up of the household.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import FieldError, GeneraError, ValidationFailed
from genera_desktop.services import printing
from genera_desktop.services.custode import visits as custode
from genera_desktop.ui import labels as L
from genera_desktop.ui.common.fields import DateEdit, EnumCombo, NotesEdit, TextEdit
from genera_desktop.ui.common.form import FieldForm, spoken
from genera_desktop.ui.common.rows import format_date
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text

_IN_DAYS = re.compile(r"^\+\s*(\d{1,3})$")


translate = QCoreApplication.translate


class KeyChecklist(QListWidget):
    """A list of ticks worked by keyboard: Space ticks the current line, 1-9 a line by
    its number. ``value()`` is the list of ticked codes, in the list's order."""

    edited = Signal()

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codes = list(labels)
        for number, text in enumerate(labels.values(), start=1):
            item = QListWidgetItem(f"{number}  {text}" if number <= 9 else text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setCurrentRow(0)
        self.itemChanged.connect(lambda _: self.edited.emit())
        # Every line visible: a scrolled checklist hides what was ticked.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setSpacing(2)
        self.clearSelection()  # highlighted only with the focus: else it reads as ticked

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        rows = sum(self.sizeHintForRow(row) + 2 * self.spacing() for row in range(self.count()))
        return QSize(hint.width(), rows + 2 * self.frameWidth() + 2)

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.setCurrentRow(max(self.currentRow(), 0))

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.clearSelection()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                           | Qt.KeyboardModifier.AltModifier))
        if plain and key == Qt.Key.Key_Space:
            self.toggle(self.currentRow())
            return
        if plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            row = key - Qt.Key.Key_1
            if row < self.count():
                self.setCurrentRow(row)
                self.toggle(row)
            return
        super().keyPressEvent(event)

    def toggle(self, row: int) -> None:
        item = self.item(row)
        if item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def value(self) -> list[str]:
        return [code for row, code in enumerate(self.codes)
                if self.item(row).checkState() == Qt.CheckState.Checked]

    def set_value(self, value: Any) -> None:
        chosen = set(value or ())
        for row, code in enumerate(self.codes):
            self.item(row).setCheckState(Qt.CheckState.Checked if code in chosen
                                         else Qt.CheckState.Unchecked)


class NextVisitEdit(DateEdit):
    """A date, or "+N": N days after the visit's own date."""

    def __init__(self, visit_day: DateEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit_day = visit_day
        self.setPlaceholderText(translate("VisitDialog", "gg/mm/aaaa o +7"))
        self.setMaximumWidth(16777215)
        self.editingFinished.connect(self._expand)

    def _expand(self) -> None:
        value = self.value()
        if value and value != self.text().strip():
            self.set_value(value)

    def value(self) -> str | None:
        match = _IN_DAYS.match(self.text().strip())
        base = self.visit_day.value()
        if match and base:
            try:
                return (date.fromisoformat(base) + timedelta(days=int(match[1]))).isoformat()
            except ValueError:
                return self.text().strip()
        return super().value()


class VisitDialog(QDialog):
    """Add a visit to a context (and one of its households) or change one."""

    # The visit's "actions" field. The name hides QWidget.actions(), unused here.
    actions: NotesEdit  # type: ignore[assignment]

    def __init__(self, ctx: AppContext, parent: QWidget | None, context_id: str,
                 household_id: str | None = None, visit_id: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.context_id = context_id
        self.visit_id = visit_id
        self.saved_id: str | None = None
        self.print_after = False
        # The view of an existing visit is in the audit trail.
        opened = custode.open_visit(ctx.store, context_id, visit_id)
        context, current = opened.context, opened.current
        self.residents = sorted(opened.residents,
                                key=lambda r: (custode.natural_key(r.flat),
                                               custode.natural_key(r.reference_name)))
        self.setWindowTitle(self.tr("Visita – {context}").format(context=context.get("name"))
                            if not visit_id else self.tr("Modifica visita"))
        self._build(context)
        self._fill(current, household_id)
        self.initial = self.values()

    # -- building ----------------------------------------------------------------------

    def _build(self, context: dict[str, Any]) -> None:
        left, right = FieldForm(), FieldForm()
        self.form = left
        self.right_form = right
        place = " · ".join(p for p in (context.get("address"), context.get("municipality"))
                           if p)
        self.context_label = QLabel(f"<b>{_escape(context.get('name'))}</b><br>"
                                    f"<span>{_escape(place)}</span>")
        self.context_label.setTextFormat(Qt.TextFormat.RichText)
        left.addRow(self.tr("Contesto"), self.context_label)
        self.household = QComboBox()
        # Long family names must not widen the dialog past a laptop's screen.
        self.household.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.household.setMinimumContentsLength(36)
        self.household.addItem(self.tr("— Il contesto nel suo insieme —"), None)
        for row in self.residents:
            flat = row.flat or row.address or ""
            self.household.addItem(" – ".join(p for p in (flat, row.names) if p)
                                   or (row.case_number or ""), row.household_id)
        self.household.currentIndexChanged.connect(self._household_changed)
        self.person = QComboBox()
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person.setMinimumContentsLength(28)
        self.day = DateEdit()
        self.time = TextEdit(placeholder=self.tr("hh:mm"))
        self.time.setMaxLength(5)
        self.time.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:000") + 24)
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.day)
        hour = QLabel(self.tr("ora"))
        hour.setBuddy(self.time)  # a sibling: Qt names the time field after it
        when_row.addWidget(hour)
        when_row.addWidget(self.time)
        when_row.addStretch(1)
        self.flagged_by = EnumCombo(L.FLAGGED_BY)
        self.contact_type = EnumCombo(L.VISIT_CONTACT_TYPE)
        self.outcome = TextEdit(max_length=0)
        self.next_visit = NextVisitEdit(self.day)
        self.issues = KeyChecklist(L.VISIT_ISSUES)
        self.actions = NotesEdit(lines=3)
        self.referrals = KeyChecklist(L.VISIT_REFERRALS)
        self.notes = NotesEdit(lines=2)
        for name, caption, editor in (
            ("household", self.tr("&Nucleo"), self.household),
            ("person", self.tr("&Persona incontrata"), self.person),
            ("date", self.tr("&Data"), when),
            ("flagged_by", self.tr("&Segnalato da"), self.flagged_by),
            ("contact_type", self.tr("&Tipo di contatto"), self.contact_type),
            ("outcome", self.tr("&Esito"), self.outcome),
            ("next_visit", self.tr("Prossima &visita"), self.next_visit),
        ):
            left.add_field(name, caption, editor)
        self.day.setAccessibleName(spoken(self.tr("&Data")))
        left.errors["time"] = left.errors["date"]  # date and time share one line
        left.editors["time"] = self.time
        for name, caption, editor in (
            ("issues", self.tr("Problemi &rilevati"), self.issues),
            ("referrals", self.tr("&Invii e segnalazioni"), self.referrals),
        ):
            right.add_field(name, caption, editor)
        below = FieldForm()
        self.below_form = below
        for name, caption, editor in (
            ("actions", self.tr("&Azioni intraprese"), self.actions),
            ("notes", self.tr("N&ote"), self.notes),
        ):
            below.add_field(name, caption, editor)
        self.hint = QLabel(self.tr("Alt+R: ai problemi · Spazio o 1–9 spunta · "
                                   "«+7» = tra 7 giorni · Ctrl+Invio salva"))
        self.hint.setObjectName("hint")
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()

        self.save_button = QPushButton(self.tr("Salva (Ctrl+Invio)"))
        self.save_button.clicked.connect(self.save)
        self.save_print_button = QPushButton(self.tr("Salva e stampa scheda (Ctrl+P)"))
        self.save_print_button.clicked.connect(self.save_and_print)
        self.cancel_button = QPushButton(self.tr("Annulla"))
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.save_button, self.save_print_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter in a field must not save half a visit
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        QShortcut(QKeySequence("Ctrl+P"), self, self.save_and_print)

        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(16)
        columns.addLayout(right, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(below)
        layout.addWidget(self.error)
        # On a line of its own: beside the three buttons it was cut before «Ctrl+Invio».
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.setMinimumWidth(980)
        # As the form reads: the left column top to bottom, then the right one, then
        # the notes below and the buttons left to right (Alt+R jumps to the issues).
        chain = [self.household, self.person, self.day, self.time, self.flagged_by,
                 self.contact_type, self.outcome, self.next_visit, self.issues,
                 self.referrals, self.actions, self.notes, self.save_print_button,
                 self.save_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _fill(self, current: dict[str, Any], household_id: str | None) -> None:
        if current:
            household_id = current.get("household")
        index = self.household.findData(household_id) if household_id else 0
        self.household.setCurrentIndex(max(index, 0))
        self._household_changed()
        if not current:
            now = datetime.now()
            current = {"date": date.today().isoformat(), "time": now.strftime("%H:%M"),
                       "contact_type": "home_visit" if household_id else "shared_spaces"}
        self.person.setCurrentIndex(max(self.person.findData(current.get("person")), 0))
        self.day.set_value(current.get("date"))
        self.time.set_value(current.get("time"))
        self.flagged_by.set_value(current.get("flagged_by"))
        self.contact_type.set_value(current.get("contact_type"))
        self.issues.set_value(current.get("issues"))
        self.actions.set_value(current.get("actions"))
        self.referrals.set_value(current.get("referrals"))
        self.outcome.set_value(current.get("outcome"))
        self.next_visit.set_value(current.get("next_visit"))
        self.notes.set_value(current.get("notes"))
        # Prefilled from a resident's row: straight to whom was met.
        (self.person if household_id else self.household).setFocus()

    def _household_changed(self, *_: Any) -> None:
        hid = self.household.currentData()
        self.person.clear()
        self.person.addItem(self.tr("— Nessuno in particolare —"), None)
        row = next((r for r in self.residents if r.household_id == hid), None)
        for person in row.persons if row else []:
            self.person.addItem(person.name, person.id)
        self.person.setEnabled(row is not None)

    # -- values and saving -------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The visit's fields as the service takes them (None: not said)."""
        return {
            "housing_context": self.context_id,
            "household": self.household.currentData(),
            "person": self.person.currentData(),
            "date": self.day.value(),
            "time": self.time.value(),
            "flagged_by": self.flagged_by.value(),
            "contact_type": self.contact_type.value(),
            "issues": self.issues.value(),
            "actions": self.actions.value(),
            "referrals": self.referrals.value(),
            "outcome": self.outcome.value(),
            "next_visit": self.next_visit.value(),
            "notes": self.notes.value(),
        }

    def save(self) -> bool:
        """Store the visit; show what is wrong under its field if refused."""
        values = self.values()
        for form in self.forms():
            form.clear_errors()
        self.error.hide()
        if not values["date"]:
            self.form.set_error("date", translate("VisitDialog", "Campo obbligatorio"))
            self.day.setFocus()
            return False
        try:
            if self.visit_id is None:
                self.saved_id = custode.record_visit(self.ctx.store, values)
            else:
                changed = {k: (v if v != [] else None) for k, v in values.items()
                           if v != self.initial.get(k)}
                custode.update_visit(self.ctx.store, self.visit_id, changed)
                self.saved_id = self.visit_id
        except ValidationFailed as err:
            self.saved_id = None
            self._show_errors(err.errors)
            return False
        except GeneraError as err:
            self.saved_id = None
            self._say(error_text(err))
            return False
        self.initial = values
        self.accept()
        return True

    def save_and_print(self) -> None:
        """Save, then open the visit report in the print preview."""
        if self.save():
            self.print_after = True
            show_visit_report(self.ctx, self.parentWidget(), self.saved_id or "")

    def _show_errors(self, errors: list[FieldError]) -> None:
        own = {"not_in_context": translate("VisitDialog", "Il nucleo non abita in questo contesto"),
               "not_in_household": translate("VisitDialog", "La persona non fa parte del nucleo"),
               "before_visit": translate("VisitDialog", "La prossima visita non può precedere questa")}
        unplaced = [e for e in errors if not any(e.field in f.errors for f in self.forms())]
        for form in self.forms():
            mine = [e for e in errors if e.field in form.errors]
            form.show_field_errors([e for e in mine if e.code not in own])
            for err in mine:
                if err.code in own:
                    form.set_error(err.field, own[err.code])
        if unplaced:
            self._say(error_text(ValidationFailed(unplaced)))

    def forms(self) -> tuple[FieldForm, FieldForm, FieldForm]:
        return self.form, self.right_form, self.below_form

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def confirm_discard(self) -> bool:
        """Asked before closing with unsaved changes (tests replace this)."""
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("La visita non è stata salvata. Chiudere senza salvarla?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if self.values() != self.initial and not self.confirm_discard():
            return
        super().reject()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None, context_id: str,
            household_id: str | None = None, visit: str | None = None) -> str | None:
        """The saved visit's id, or None if nothing was saved."""
        dialog = cls(ctx, parent, context_id, household_id, visit)
        dialog.exec()
        return dialog.saved_id


def show_visit_report(ctx: AppContext, parent: QWidget | None, visit_id: str) -> None:
    """Make the visit report (the print goes in the audit trail) and preview it."""
    from genera_desktop.ui.common.print_preview import print_and_preview

    try:
        day = custode.visit_date(ctx.store, visit_id)
    except GeneraError as err:
        QMessageBox.warning(parent, translate("VisitDialog", "Scheda visita"), error_text(err))
        return
    print_and_preview(ctx, parent, lambda uow: printing.print_visit(uow, visit_id),
                      f"scheda-visita-{day}.pdf",
                      translate("VisitDialog", "Scheda visita del {date}").format(date=format_date(day)))


def _escape(value: object) -> str:
    from html import escape

    return escape(str(value or ""))
