"""The intake (scheda di accoglienza) as a form, section by section as domain.md lists
them. The reference person's own details live on the person (edited in its dialog);
the members are on the Componenti tab and health on its own tab."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.services.registry import agenda
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
from genera_desktop.ui.common.record_form import RecordForm, form_layout
from genera_desktop.ui.common.rows import format_date


def person_name(person: dict[str, Any]) -> str:
    """"Surname Name" of a person record, as every list shows it."""
    return agenda.person_name(person.get("last_name"), person.get("first_name"))


class IntakeForm(QScrollArea):
    """Every section of the intake form; ``person_edit_requested(id)`` asks the page to
    open the reference person's dialog."""

    person_edit_requested = Signal(str)

    def __init__(self, operators: list[str], points: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.form = RecordForm("intake", self)
        self.persons: list[dict[str, Any]] = []
        body = QWidget()
        body.setObjectName("intakeBody")
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(12, 12, 12, 12)
        self.column.setSpacing(12)
        self._first_contact(operators, points)
        self._reference_person()
        self._housing()
        self._income()
        self._needs()
        self._outcome()
        self._privacy()
        self.column.addStretch(1)
        self.setWidget(body)

    # -- sections --------------------------------------------------------------------

    def _section(self, title: str) -> QVBoxLayout:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        self.column.addWidget(box)
        return layout

    def _two_columns(self, section: QVBoxLayout) -> tuple[FieldForm, FieldForm]:
        row = QHBoxLayout()
        row.setSpacing(24)
        left, right = form_layout(), form_layout()
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        section.addLayout(row)
        return left, right

    def _checks(self, section: QVBoxLayout, fields: list[tuple[str, str]]) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for number, (name, text) in enumerate(fields):
            box = BoolCheck(text)
            error = ErrorLabel(field=box)
            grid.addWidget(box, 0, number)
            grid.addWidget(error, 1, number)
            self.form.add(name, box, error)
        grid.setColumnStretch(len(fields), 1)
        section.addLayout(grid)

    def _first_contact(self, operators: list[str], points: dict[str, str]) -> None:
        section = self._section(self.tr("Primo contatto"))
        left, right = self._two_columns(section)
        f = self.form
        f.field(left, "date", self.tr("Data"), DateEdit())
        f.field(left, "point", self.tr("Punto"), EnumCombo(points))
        f.field(left, "operator", self.tr("Operatore"), SuggestCombo(operators))
        f.field(right, "channel", self.tr("Come è arrivato"), EnumCombo(labels.CHANNEL))
        f.field(right, "referred_by", self.tr("Inviato da"),
                TextEdit(max_length=200, placeholder=self.tr("servizio, ente o persona")))

    def _reference_person(self) -> None:
        section = self._section(self.tr("Persona di riferimento"))
        row = QHBoxLayout()
        layout = form_layout()
        self.reference = EnumCombo({})
        self.form.field(layout, "reference_person", self.tr("Persona"), self.reference)
        row.addLayout(layout, 1)
        self.edit_person = QPushButton(self.tr("Dati anagrafici…"))
        self.edit_person.setToolTip(self.tr("Modifica i dati della persona di riferimento"))
        self.edit_person.clicked.connect(self._edit_person)
        row.addWidget(self.edit_person)
        section.addLayout(row)
        self.person_summary = QLabel()
        self.person_summary.setObjectName("hint")
        self.person_summary.setWordWrap(True)
        section.addWidget(self.person_summary)
        self.reference.activated.connect(lambda _: self._show_person())

    def _housing(self) -> None:
        section = self._section(self.tr("Abitazione"))
        left, _right = self._two_columns(section)
        self.form.field(left, "housing_tenure", self.tr("Titolo di godimento"),
                        EnumCombo(labels.HOUSING_TENURE))
        self._checks(section, [
            ("homeless", self.tr("Senza dimora")), ("overcrowding", self.tr("Sovraffollamento")),
            ("barriers", self.tr("Barriere architettoniche")), ("arrears", self.tr("Morosità")),
            ("eviction", self.tr("Sfratto")),
        ])

    def _checklist(self, layout: QVBoxLayout, name: str, title: str,
                   choices: Mapping[str, str], columns: int = 2) -> None:
        """A list field: its caption, its checkboxes, its error line."""
        caption = QLabel(title)
        checks = CheckList(choices, columns=columns)
        checks.setAccessibleName(title)  # the group its checkboxes belong to
        errors = ErrorLabel(field=checks)
        for widget in (caption, checks, errors):
            layout.addWidget(widget)
        self.form.add(name, checks, errors)

    def _income(self) -> None:
        section = self._section(self.tr("Reddito"))
        self._checklist(section, "income_sources", self.tr("Fonti di reddito"),
                        labels.INCOME_SOURCES, columns=4)
        left, right = self._two_columns(section)
        self.form.field(left, "isee_value", self.tr("ISEE (euro)"), NumberEdit())
        self.form.field(right, "isee_date", self.tr("ISEE del"), DateEdit())

    def _needs(self) -> None:
        section = self._section(self.tr("Bisogni"))
        row = QHBoxLayout()
        row.setSpacing(24)
        for name, title in (("needs_stated", self.tr("Espressi dalla persona")),
                            ("needs_observed", self.tr("Rilevati dall'operatore"))):
            column = QVBoxLayout()
            self._checklist(column, name, title, labels.NEEDS)
            row.addLayout(column, 1)
        section.addLayout(row)
        layout = form_layout()
        self.form.field(layout, "services_involved", self.tr("Servizi già coinvolti"),
                        NotesEdit(lines=2))
        section.addLayout(layout)

    def _outcome(self) -> None:
        section = self._section(self.tr("Esito"))
        left, right = self._two_columns(section)
        self.form.field(left, "outcome", self.tr("Esito"), EnumCombo(labels.OUTCOME))
        self.form.field(right, "next_appointment", self.tr("Prossimo appuntamento"), DateEdit())
        notes = form_layout()
        self.form.field(notes, "outcome_notes", self.tr("Note sull'esito"), NotesEdit(lines=2))
        section.addLayout(notes)

    def _privacy(self) -> None:
        section = self._section(self.tr("Privacy e consensi"))
        left, _right = self._two_columns(section)
        self.form.field(left, "privacy_notice_date", self.tr("Informativa consegnata il"),
                        DateEdit())
        self._checklist(section, "consents", self.tr("Consensi dati"), labels.CONSENTS)
        notes = form_layout()
        self.form.field(notes, "notes", self.tr("Note"), NotesEdit(lines=3))
        section.addLayout(notes)

    # -- data ------------------------------------------------------------------------

    def load(self, intake: dict[str, Any] | None, persons: list[dict[str, Any]],
             defaults: dict[str, Any]) -> None:
        """Show the intake (None: a new one with ``defaults``) of a household."""
        self.persons = persons
        self.reference.clear()
        self.reference.addItem("—", None)
        for person in persons:
            self.reference.addItem(person_name(person), person["id"])
        record = dict(intake) if intake else {"date": date.today().isoformat(), **defaults}
        if not record.get("reference_person"):
            reference = next((p for p in persons if p.get("is_reference")), None)
            if reference is not None and intake is None:
                record["reference_person"] = reference["id"]
        self.form.load(record)
        self._show_person()

    def _chosen_person(self) -> dict[str, Any] | None:
        chosen = self.reference.value()
        return next((p for p in self.persons if p["id"] == chosen), None)

    def _show_person(self) -> None:
        person = self._chosen_person()
        self.edit_person.setEnabled(person is not None)
        if person is None:
            self.person_summary.setText(self.tr(
                "Scegliere la persona che si è presentata: i suoi dati anagrafici (sesso, "
                "nascita, codice fiscale, recapiti, stato civile, cittadinanza, permesso di "
                "soggiorno) si inseriscono nella scheda Componenti."))
            return
        parts = [
            labels.label(labels.SEX, person.get("sex")),
            self.tr("nato/a il {date}").format(date=format_date(person.get("birth_date")))
            if person.get("birth_date") else "",
            self.tr("a {place}").format(place=person["birth_place"])
            if person.get("birth_place") else "",
            self.tr("CF {code}").format(code=person["tax_code"]) if person.get("tax_code")
            else (self.tr("senza codice fiscale") if person.get("tax_code_missing") else ""),
            person.get("phone") or "", person.get("email") or "",
            labels.label(labels.MARITAL_STATUS, person.get("marital_status")),
            self.tr("cittadinanza {c}").format(c=person["citizenship"])
            if person.get("citizenship") else "",
            self.tr("permesso di soggiorno: {p}").format(
                p=labels.label(labels.RESIDENCE_PERMIT, person.get("residence_permit")))
            if person.get("residence_permit") else "",
        ]
        self.person_summary.setText(" · ".join(p for p in parts if p) or self.tr(
            "Nessun dato anagrafico oltre al nome: completarli con «Dati anagrafici…»."))

    def _edit_person(self) -> None:
        person = self._chosen_person()
        if person is not None:
            self.person_edit_requested.emit(person["id"])
