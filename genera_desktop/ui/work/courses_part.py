"""A person's courses in their work (ui/work/person_dialog.py): the enrolments with
their state; «Iscrivi a un corso…» (Alt+I) enrols; «Corso completato» (Alt+C) marks the
selected enrolment completed and then asks whether to add the course's skills the job
profile lacks: never added without the operator's yes (services/work/courses.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from genera_desktop.domain import catalogs_work as cat
from genera_desktop.domain.errors import GeneraError
from genera_desktop.services import records
from genera_desktop.services.work import courses
from genera_desktop.ui import labels
from genera_desktop.ui.common import prompts
from genera_desktop.ui.common.columns import fit_columns
from genera_desktop.ui.common.listing import make_table
from genera_desktop.ui.common.rows import Column, RowsModel
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext

ENROLMENT_FIELDS = ("course", "status", "hours_attended", "notes")


class CoursesPart(QWidget):
    """The courses table and its two buttons; ``say(error)`` shows a refusal, ``changed``
    is called after a change (the dialog refreshes the rest)."""

    def __init__(self, ctx: AppContext, person_id: str, say: Callable[[GeneraError], None],
                 changed: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.say = say
        self.changed = changed
        states: Mapping[str, str] = labels.choices("course_enrolment", "status") or {}
        self.model = RowsModel([
            Column(self.tr("Corso"), lambda r: r["course_title"]),
            Column(self.tr("Stato"), lambda r: labels.label(states, r.get("status"))),
            Column(self.tr("Competenze del corso"), lambda r: ", ".join(
                cat.label(cat.SKILLS, c) or c for c in r["course_skills"])),
        ], self)
        self.view = make_table(self.model, self)
        self.view.setAccessibleName(self.tr("Corsi"))
        self.enrol_button = QPushButton(self.tr("&Iscrivi a un corso…"))
        self.complete_button = QPushButton(self.tr("&Corso completato"))
        for button, slot in ((self.enrol_button, self.enrol),
                             (self.complete_button, self.complete)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        top = QHBoxLayout()
        top.addWidget(QLabel(f"<b>{self.tr('Corsi')}</b>"), 1)
        top.addWidget(self.enrol_button)
        top.addWidget(self.complete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.refresh()

    def refresh(self) -> None:
        current = self.model.row_at(self.view.currentIndex())
        rows = courses.enrolments_of(self.ctx.store, self.person_id)
        self.model.set_rows(rows)
        ids = [r["id"] for r in rows]
        if current is not None and current["id"] in ids:
            self.view.setCurrentIndex(self.model.index(ids.index(current["id"]), 0))
        elif rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.complete_button.setEnabled(bool(rows))
        fit_columns(self.view, maximum=360)

    def enrol(self) -> None:
        titles = {c["id"]: c.get("title") or "" for c in records.list_records(
            self.ctx.store, "course")}
        made = RecordDialog.ask(
            "course_enrolment", self, fields=ENROLMENT_FIELDS,
            save=lambda values: records.add(self.ctx.store, "course_enrolment",
                                            {"person": self.person_id, **values}),
            defaults={"status": "enrolled"}, refs={"course": titles})
        if made:
            self.refresh()
            self.changed()

    def complete(self) -> None:
        """Mark the selected enrolment completed, then ask about its skills."""
        row = self.model.row_at(self.view.currentIndex())
        if row is None:
            return
        try:
            if row.get("status") != "completed":
                records.update(self.ctx.store, "course_enrolment", row["id"],
                               {"status": "completed"})
            missing = courses.skills_to_add(self.ctx.store, row["id"])
            if missing and prompts.confirm(
                    self, self.tr("Competenze del corso"),
                    self.tr("Aggiungere al profilo lavoro le competenze del corso "
                            "«{course}»: {skills}?").format(
                        course=row["course_title"],
                        skills=", ".join(cat.label(cat.SKILLS, c) or c for c in missing)),
                    self.tr("Aggiungi"), self.tr("Non aggiungere")):
                courses.add_course_skills(self.ctx.store, row["id"])
        except GeneraError as err:
            self.say(err)
        self.refresh()
        self.changed()

    def focus_table(self) -> Any:
        self.view.setFocus()
