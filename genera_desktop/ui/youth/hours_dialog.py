"""The hours register of a school-work experience, entered by keyboard: the day, the
hours and the activity, Enter saves the line and the next working day is offered, so a
week goes in as five lines typed one after the other. Totals against the hours planned
and those the school type requires over three years are under the list.

Keyboard: the day (dd/mm/yyyy), Tab, the hours (4 or 3,5), Tab, the activity, Enter;
Del removes the chosen line; Alt+R prints the register, Alt+P the training pact; Esc
closes.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import GeneraError, Refused, ValidationFailed
from genera_desktop.services import records
from genera_desktop.services.youth import people
from genera_desktop.ui import labels
from genera_desktop.ui.common import prompts
from genera_desktop.ui.common.columns import fit_columns
from genera_desktop.ui.common.fields import DateEdit, NumberEdit, TextEdit
from genera_desktop.ui.common.listing import make_table
from genera_desktop.ui.common.rows import Column, RowsModel, format_date
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text, field_message


def fmt_hours(value: Any) -> str:
    """Hours the Italian way: 7,5 ('' when unknown)."""
    if value is None or value == "":
        return ""
    return f"{round(float(value), 2):g}".replace(".", ",")


def next_working_day(day: date) -> date:
    """The day after ``day``, Saturday and Sunday skipped."""
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


class HoursDialog(QDialog):
    """The hours of one experience, and a line to add the next."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, school_work_id: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school_work_id = school_work_id
        self.setWindowTitle(labels.kind_name("school_work_hours", plural=True))
        self.header = QLabel()
        self.header.setObjectName("pageTitle")
        self.model = RowsModel([
            Column(self.tr("Data"), lambda h: format_date(h.get("date"))),
            Column(self.tr("Ore"), lambda h: fmt_hours(h.get("hours")), align_right=True),
            Column(self.tr("Attività svolta"), lambda h: h.get("activity") or ""),
        ], self)
        self.view = make_table(self.model, self)
        self.view.setAccessibleName(self.tr("Ore registrate"))
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_current)
        self.day = DateEdit()
        self.day.setAccessibleName(self.tr("Data"))
        self.hours = NumberEdit()
        self.hours.setAccessibleName(self.tr("Ore"))
        self.activity = TextEdit(max_length=300)
        self.activity.setAccessibleName(self.tr("Attività svolta"))
        self.activity.setPlaceholderText(self.tr("Attività svolta"))
        self.add_button = QPushButton(self.tr("&Aggiungi"))
        self.add_button.setToolTip(self.tr("Registra la riga (Invio)"))
        self.add_button.clicked.connect(self.add_line)
        for editor in (self.day, self.hours, self.activity):
            editor.returnPressed.connect(self.add_line)
        self.totals = QLabel()
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        entry = QHBoxLayout()
        entry.addWidget(QLabel(self.tr("Giorno")))
        entry.addWidget(self.day)
        entry.addWidget(QLabel(self.tr("Ore")))
        entry.addWidget(self.hours)
        entry.addWidget(self.activity, 1)
        entry.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # The two forms of the experience: the register for the host tutor to sign day
        # by day, the training pact to sign before the first day.
        self.register_button = buttons.addButton(
            self.tr("Stampa &registro…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.register_button.clicked.connect(lambda: self.print_register())
        self.pact_button = buttons.addButton(
            self.tr("Stampa &patto formativo…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pact_button.clicked.connect(lambda: self.print_pact())
        for button in (self.register_button, self.pact_button):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)
        layout.addLayout(entry)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setTabOrder(self.day, self.hours)
        self.setTabOrder(self.hours, self.activity)
        self.setTabOrder(self.activity, self.add_button)
        self.resize(760, 560)
        self.refresh()
        self.day.set_value(self._first_day().isoformat())
        self.day.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Enter acts on the list or field it is typed in (opens, saves the line), never
        # also on a button of the dialog, as QDialog would.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None, school_work_id: str) -> None:
        cls(ctx, parent, school_work_id).exec()

    def refresh(self) -> None:
        register = people.hours_of(self.ctx.store, self.school_work_id)
        self.experience = register["experience"]
        self.model.set_rows(register["hours"])
        if register["hours"]:
            self.view.scrollToBottom()
        fit_columns(self.view, maximum=360)
        self.header.setText(self.experience.get("title") or
                            labels.kind_name("school_work"))
        required = self.experience.get("hours_required")
        done = self.experience.get("hours_done") or 0
        parts = [self.tr("Ore svolte: {n}").format(n=fmt_hours(done))]
        if self.experience.get("planned_hours") is not None:
            parts.append(self.tr("previste: {n}").format(
                n=fmt_hours(self.experience["planned_hours"])))
        if required is not None:
            parts.append(self.tr("richieste nel triennio: {n}, ne mancano {left}").format(
                n=fmt_hours(required), left=fmt_hours(max(0.0, float(required) - done))))
        self.totals.setText(" · ".join(parts))

    def _first_day(self) -> date:
        """The day a new line is offered: after the last one, else the start."""
        rows = self.model.rows
        if rows:
            return next_working_day(date.fromisoformat(rows[-1]["date"]))
        start = self.experience.get("start_date") or self.experience.get("safety_training_on")
        return date.fromisoformat(start) if start else date.today()

    def add_line(self) -> None:
        """Enter: save the line; the next working day is offered, the hours kept."""
        values = {"school_work": self.school_work_id, "date": self.day.value(),
                  "hours": self.hours.value(), "activity": self.activity.value()}
        try:
            self._add_with_consent({k: v for k, v in values.items() if v not in (None, "")})
        except ValidationFailed as failed:  # said field by field: no red marks here
            self.message.setText("; ".join(
                f"{labels.field_label('school_work_hours', e.field)}: {field_message(e)}"
                for e in failed.errors))
            self.message.show()
            return
        except GeneraError as err:
            self.message.setText(error_text(err))
            self.message.show()
            return
        self.message.hide()
        self.refresh()
        self.day.set_value(next_working_day(date.fromisoformat(str(values["date"]))).isoformat())
        self.activity.clear()
        self.hours.setFocus()
        self.hours.selectAll()

    def _add_with_consent(self, values: dict[str, Any]) -> str:
        """Log the line; refused for a minor without a parent's or guardian's
        school-work consent on that day: say so, offer to record it (dated that day),
        then log the line. The refusal stands if the user declines."""
        try:
            return records.add(self.ctx.store, "school_work_hours", values)
        except Refused as err:
            if err.code != "minor_needs_school_work_consent":
                raise
            question = error_text(err) + "\n\n" + self.tr(
                "Registrare ora il consenso alla formazione scuola-lavoro dato da un "
                "genitore o dal tutore?")
            if not prompts.confirm(self, self.tr("Manca il consenso"), question,
                                   self.tr("Registra il consenso")):
                raise
            person = self.experience.get("person")
            made = RecordDialog.ask(
                "consent", self,
                fields=("consent_type", "date", "given_by", "given_by_name", "notes"),
                defaults={"consent_type": "school_work", "date": str(values.get("date")),
                          "given_by": "parent"},
                save=lambda consent: records.add(self.ctx.store, "consent",
                                                 {"person": person, **consent}))
            if not made:
                raise
        return records.add(self.ctx.store, "school_work_hours", values)

    def print_register(self) -> bool:
        """The experience's hours register in the print preview."""
        from genera_desktop.services.youth import prints
        from genera_desktop.ui.common.print_preview import print_and_preview

        sid = self.school_work_id
        return print_and_preview(self.ctx, self, lambda uow: prints.print_school_work(uow, sid),
                                 "registro-ore.pdf", self.tr("Registro ore"))

    def print_pact(self) -> bool:
        """The experience's training pact in the print preview."""
        from genera_desktop.services.youth import prints
        from genera_desktop.ui.common.print_preview import print_and_preview

        sid = self.school_work_id
        return print_and_preview(
            self.ctx, self, lambda uow: prints.print_school_work_pact(uow, sid),
            "patto-formativo.pdf", self.tr("Patto formativo"))

    def remove_current(self) -> None:
        row = self.model.row_at(self.view.currentIndex())
        if row is None:
            return
        try:
            records.delete(self.ctx.store, "school_work_hours", row["id"])
        except GeneraError as err:
            self.message.setText(error_text(err))
            self.message.show()
            return
        self.refresh()
