"""Health and disability, one member at a time: a record of its own, shown only to
users with health access (the page leaves this tab out for the others)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGridLayout, QLabel, QVBoxLayout, QWidget

from genera_desktop.ui.common.fields import BoolCheck, NotesEdit, NumberEdit
from genera_desktop.ui.common.form import ErrorLabel
from genera_desktop.ui.common.record_form import RecordForm, form_layout
from genera_desktop.ui.registry.intake_form import person_name


class HealthForm(QWidget):
    """A member chooser and that member's health record. Choosing another member only
    emits ``person_changed(id)``: the page first settles unsaved changes, then calls
    ``show_person``."""

    person_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = RecordForm("health", self)
        self.records: dict[str, dict[str, Any]] = {}
        self.person_id: str | None = None
        self.chooser = QComboBox()
        self.chooser.setMinimumContentsLength(24)
        self.chooser.activated.connect(lambda _: self.person_changed.emit(
            self.chooser.currentData() or ""))
        top = QFormLayout()
        top.addRow(self.tr("Componente"), self.chooser)
        note = QLabel(self.tr("Dati sanitari: visibili solo agli operatori autorizzati e "
                              "stampati su una pagina a parte della scheda."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        checks = QGridLayout()
        checks.setHorizontalSpacing(24)
        f = self.form
        for number, (name, text) in enumerate((
                ("disability", self.tr("Disabilità")),
                ("invalidity_recognised", self.tr("Invalidità riconosciuta")),
                ("dependence", self.tr("Non autosufficienza")))):
            box = BoolCheck(text)
            error = ErrorLabel(field=box)
            checks.addWidget(box, 0, number)
            checks.addWidget(error, 1, number)
            f.add(name, box, error)
        checks.setColumnStretch(3, 1)
        fields = form_layout()
        f.field(fields, "disability_percent", self.tr("Percentuale di invalidità"),
                NumberEdit(integer=True, minimum=0, maximum=100))
        f.field(fields, "conditions", self.tr("Condizioni di salute"), NotesEdit(lines=3))
        f.field(fields, "notes", self.tr("Note"), NotesEdit(lines=3))
        # Said before anything is typed, not only when saving (the page asks then).
        self.consent_note = QLabel(self.tr(
            "Manca il consenso al trattamento dei dati di salute: spuntarlo nella scheda "
            "Accoglienza («Privacy e consensi»). Prima di salvare verrà chiesta conferma."))
        self.consent_note.setObjectName("fieldError")
        self.consent_note.setWordWrap(True)
        self.consent_note.hide()
        self.empty = QLabel(self.tr("Aggiungere prima i componenti del nucleo."))
        self.empty.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.consent_note)
        layout.addLayout(checks)
        layout.addLayout(fields)
        layout.addWidget(self.empty)
        layout.addStretch(1)

    def load(self, persons: list[dict[str, Any]], records: dict[str, dict[str, Any]],
             person_id: str | None = None) -> None:
        """The members to choose from, their health records by person, and who to show."""
        self.records = records
        self.chooser.clear()
        for person in persons:
            self.chooser.addItem(person_name(person), person["id"])
        ids = [p["id"] for p in persons]
        self.show_person(person_id if person_id in ids else (ids[0] if ids else None))
        self.empty.setVisible(not persons)
        self.setEnabled(True)

    def show_person(self, person_id: str | None) -> None:
        self.person_id = person_id
        index = self.chooser.findData(person_id) if person_id else -1
        self.chooser.setCurrentIndex(index)
        self.form.load(self.records.get(person_id or ""))
        for editor in self.form.editors.values():
            editor.setEnabled(person_id is not None)  # type: ignore[attr-defined]

    def set_consent(self, given: bool) -> None:
        """Whether the household's intake holds the special-categories consent."""
        self.consent_note.setVisible(not given)

    def health_id(self) -> str | None:
        """The shown member's health record, if there is one yet."""
        return (self.records.get(self.person_id or "") or {}).get("id")
