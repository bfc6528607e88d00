"""One young person's plan: their file («Scheda»: school, class, facilitator; ui/youth/
file_form.py), their consents (which, given by whom, when, withdrawn when), their
school-work experiences, each with its hours done against the three years', and the
groups and workshops they are enrolled in, with who leads each.

Keyboard: Alt+S into the file, Alt+V saves it; Alt+C records a consent, Alt+M opens the
menu of the consent forms to print (one per type), Alt+E a new experience; Enter on an
experience opens its hours register; Esc closes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import GeneraError, Refused
from genera_desktop.services import records
from genera_desktop.services.youth import people
from genera_desktop.ui import labels
from genera_desktop.ui.common import prompts
from genera_desktop.ui.common.columns import fit_columns
from genera_desktop.ui.common.listing import make_table
from genera_desktop.ui.common.rows import Column, RowsModel, format_date
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text
from genera_desktop.ui.youth.file_form import YouthFileForm
from genera_desktop.ui.youth.hours_dialog import HoursDialog, fmt_hours
from genera_desktop.ui.youth.photos import photo_line

CONSENT_FIELDS = ("consent_type", "date", "given_by", "given_by_name", "withdrawn_on",
                  "notes")
EXPERIENCE_FIELDS = ("school", "school_type", "host", "title", "start_date", "end_date",
                     "planned_hours", "school_tutor", "host_tutor", "safety_training_on",
                     "pact_signed_on", "notes")


def organisations(store: Any) -> tuple[dict[str, str], dict[str, str]]:
    """The schools, and every organisation: id to name."""
    every = records.list_records(store, "organisation")
    schools = {o["id"]: o.get("name") or "" for o in every if o.get("org_type") == "school"}
    return schools, {o["id"]: o.get("name") or "" for o in every}


def _label(kind: str, name: str, code: Any) -> str:
    return labels.label(labels.choices(kind, name) or {}, code)


class PlanDialog(QDialog):
    """The consents and school-work of one person."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, person_id: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.header = QLabel()
        self.header.setObjectName("pageTitle")
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.photo = QLabel()
        self.photo.setObjectName("photoConsent")
        self.photo.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        schools, _ = organisations(ctx.store)
        self.file = YouthFileForm(ctx, person_id, schools, self)
        self.file.saved.connect(lambda: self.refresh(keep_typing=False))
        self.consents = RowsModel([
            Column(self.tr("Consenso"), lambda c: _label("consent", "consent_type",
                                                         c.get("consent_type"))),
            Column(self.tr("Dato il"), lambda c: format_date(c.get("date"))),
            Column(self.tr("Da"), lambda c: _label("consent", "given_by", c.get("given_by"))),
            Column(self.tr("Nome"), lambda c: c.get("given_by_name") or ""),
            Column(self.tr("Revocato il"), lambda c: format_date(c.get("withdrawn_on"))),
            Column(self.tr("Valido oggi"), lambda c: self.tr("sì") if c.get("live")
                   else self.tr("no")),
        ], self)
        self.consent_view = make_table(self.consents, self)
        self.consent_view.setAccessibleName(self.tr("Consensi"))
        self.consent_view.activated.connect(
            lambda index: self.edit_consent(self.consents.row_at(index)))
        self.experiences = RowsModel([
            Column(self.tr("Progetto"), lambda e: e.get("title") or ""),
            Column(self.tr("Scuola"), lambda e: self.names.get(e.get("school"), "")),
            Column(self.tr("Ente ospitante"), lambda e: self.names.get(e.get("host"), "")),
            Column(self.tr("Inizio"), lambda e: format_date(e.get("start_date"))),
            Column(self.tr("Ore svolte"), lambda e: fmt_hours(e.get("hours_done")),
                   align_right=True),
            Column(self.tr("Ore richieste"), lambda e: fmt_hours(e.get("hours_required")),
                   align_right=True),
        ], self)
        self.experience_view = make_table(self.experiences, self)
        self.experience_view.setAccessibleName(self.tr("Formazione scuola-lavoro"))
        self.experience_view.activated.connect(
            lambda index: self.open_hours(self.experiences.row_at(index)))
        # Their groups and workshops, and who leads each (to read: enrolling is done on
        # the group's page).
        self.groups = RowsModel([
            Column(self.tr("Gruppo o laboratorio"), lambda g: g.get("title") or ""),
            Column(self.tr("Tipo"), lambda g: _label("workshop", "format", g.get("format"))),
            Column(self.tr("Conduttore"), lambda g: g.get("facilitator") or ""),
            Column(self.tr("Iscritto/a il"), lambda g: format_date(g.get("enrolled_on"))),
            Column(self.tr("Stato"), lambda g: _label("enrolment", "status", g.get("status"))),
        ], self)
        self.group_view = make_table(self.groups, self)
        self.group_view.setAccessibleName(self.tr("Gruppi e laboratori"))
        self.consent_button = QPushButton(self.tr("Nuovo &consenso"))
        self.consent_button.clicked.connect(self.new_consent)
        self.experience_button = QPushButton(self.tr("Nuova &esperienza scuola-lavoro"))
        self.experience_button.clicked.connect(self.new_experience)
        self.hours_button = QPushButton(self.tr("&Registro ore"))
        self.hours_button.setToolTip(self.tr("Le ore dell'esperienza scelta (Invio)"))
        self.hours_button.clicked.connect(lambda: self.open_hours(
            self.experiences.row_at(self.experience_view.currentIndex())))
        # The consent form to sign, of the type chosen from the button's menu (the one
        # recorded last that holds today fills in who gave it).
        self.form_button = QPushButton(self.tr("Stampa &modulo di consenso"))
        self.form_menu = QMenu(self.form_button)
        for code in labels.choices("consent", "consent_type") or {}:
            action = self.form_menu.addAction(_label("consent", "consent_type", code))
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.print_consent_form(c))
        self.form_button.setMenu(self.form_menu)
        self.form_button.setAutoDefault(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        consent_title = QLabel(self.tr("Consensi"))
        consent_title.setObjectName("sectionTitle")
        experience_title = QLabel(self.tr("Formazione scuola-lavoro"))
        experience_title.setObjectName("sectionTitle")
        consent_row = QHBoxLayout()
        consent_row.addWidget(consent_title)
        consent_row.addStretch(1)
        consent_row.addWidget(self.form_button)
        consent_row.addWidget(self.consent_button)
        experience_row = QHBoxLayout()
        experience_row.addWidget(experience_title)
        experience_row.addStretch(1)
        experience_row.addWidget(self.hours_button)
        experience_row.addWidget(self.experience_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        for widget in (self.header, self.hint, self.photo, self.message, self.file):
            layout.addWidget(widget)
        layout.addLayout(consent_row)
        layout.addWidget(self.consent_view, 1)
        layout.addLayout(experience_row)
        layout.addWidget(self.experience_view, 1)
        group_title = QLabel(self.tr("Gruppi e laboratori"))
        group_title.setObjectName("sectionTitle")
        layout.addWidget(group_title)
        layout.addWidget(self.group_view, 1)
        layout.addWidget(buttons)
        self.resize(900, 740)
        self.names: dict[str, str] = {}
        self.minor = False
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Enter acts on the list or field it is typed in (opens, saves the line), never
        # also on a button of the dialog, as QDialog would.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None, person_id: str) -> None:
        cls(ctx, parent, person_id).exec()

    def refresh(self, keep_typing: bool = True) -> None:
        """Read the plan again; what was typed in the «Scheda» and not saved stays
        (``keep_typing`` False once it is saved: the file as stored is shown)."""
        plan = people.plan_of(self.ctx.store, self.person_id)
        person = plan["person"]
        self.minor = bool(person["minor"])
        self.names = {o["id"]: o.get("name") or "" for o in
                      records.list_records(self.ctx.store, "organisation")}
        name = f"{person.get('last_name', '')} {person.get('first_name', '')}".strip()
        self.setWindowTitle(name)
        born = format_date(person.get("birth_date"))
        self.header.setText(self.tr("{name}, nato/a il {born}").format(name=name, born=born)
                            if born else name)
        self.hint.setText(self.tr("Minorenne: per laboratori e scuola-lavoro conta il "
                                  "consenso di un genitore o del tutore.") if self.minor
                          else "")
        self.hint.setVisible(self.minor)
        # Before anything that could publish an image: whether one may be taken.
        self.photo.setText(photo_line(plan["photo"]))
        self.photo.setStyleSheet("" if plan["photo"] else "color: #a33; font-weight: bold;")
        # A consent or an experience recorded meanwhile must not wipe what was typed in
        # the «Scheda» and not saved yet.
        if not (keep_typing and self.file.form.is_dirty()):
            self.file.load(plan["file"])
        self.consents.set_rows(plan["consents"])
        self.experiences.set_rows(plan["experiences"])
        self.groups.set_rows(plan["groups"])
        for view in (self.consent_view, self.experience_view, self.group_view):
            if view.model().rowCount():
                view.setCurrentIndex(view.model().index(0, 0))
            fit_columns(view, maximum=300)
        self.hours_button.setEnabled(bool(plan["experiences"]))

    def _say(self, err: GeneraError | None) -> None:
        self.message.setText(error_text(err) if err is not None else "")
        self.message.setVisible(err is not None)

    def new_consent(self) -> None:
        """Alt+C: record a consent (a parent's, for a minor, unless said otherwise)."""
        defaults = {"date": date.today().isoformat(),
                    "given_by": "parent" if self.minor else "self"}
        made = RecordDialog.ask("consent", self, fields=CONSENT_FIELDS, defaults=defaults,
                                save=lambda values: records.add(
                                    self.ctx.store, "consent",
                                    {"person": self.person_id, **values}))
        if made:
            self.refresh()

    def edit_consent(self, consent: dict[str, Any] | None) -> None:
        """Enter on a consent: change it (its withdrawal, say)."""
        if consent is None:
            return
        RecordDialog.ask("consent", self, fields=CONSENT_FIELDS, record=consent,
                         save=lambda values: records.update(self.ctx.store, "consent",
                                                            consent["id"], values))
        self.refresh()

    def print_consent_form(self, consent_type: str) -> bool:
        """The consent form of a type in the print preview: for a parent or guardian
        to sign for a minor, else for the person."""
        from genera_desktop.services.youth import prints
        from genera_desktop.ui.common.print_preview import print_and_preview

        pid = self.person_id
        return print_and_preview(
            self.ctx, self, lambda uow: prints.print_consent_form(uow, pid, consent_type),
            f"consenso-{consent_type}.pdf", self.tr("Modulo di consenso"))

    def new_experience(self) -> None:
        """Alt+E: a new school-work experience (refused, and said, without the consent
        a minor needs)."""
        schools, hosts = organisations(self.ctx.store)
        made = RecordDialog.ask("school_work", self, fields=EXPERIENCE_FIELDS,
                                refs={"school": schools, "host": hosts},
                                defaults={"start_date": date.today().isoformat()},
                                save=self.start_with_consent)
        if made:
            self.refresh()

    def start_with_consent(self, values: dict[str, Any]) -> str:
        """Start the experience; refused for a minor without a parent's or guardian's
        school-work consent: say so and offer to record it (dated the experience's
        start), then start it. The refusal stands if the user declines."""
        data = {"person": self.person_id, **values}
        try:
            return records.add(self.ctx.store, "school_work", data)
        except Refused as err:
            if err.code != "minor_needs_school_work_consent":
                raise
            question = error_text(err) + "\n\n" + self.tr(
                "Registrare ora il consenso alla formazione scuola-lavoro dato da un "
                "genitore o dal tutore?")
            if not prompts.confirm(self, self.tr("Manca il consenso"), question,
                                   self.tr("Registra il consenso")):
                raise
            day = str(values.get("start_date") or date.today().isoformat())
            made = RecordDialog.ask(
                "consent", self, fields=CONSENT_FIELDS,
                defaults={"consent_type": "school_work", "date": day, "given_by": "parent"},
                save=lambda consent: records.add(self.ctx.store, "consent",
                                                 {"person": self.person_id, **consent}))
            if not made:
                raise
        return records.add(self.ctx.store, "school_work", data)

    def open_hours(self, experience: dict[str, Any] | None) -> None:
        if experience is None:
            return
        HoursDialog.ask(self.ctx, self, experience["id"])
        self.refresh()
