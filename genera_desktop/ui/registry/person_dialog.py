"""Adding or changing a member of a household.

The codice fiscale is judged as it is typed (16 characters, or 11 digits for a
provisional code); a valid one fills in the birth date, sex and birthplace it encodes.
"Nessun codice fiscale" says explicitly that the person has none. Before a new person
is saved, people already held with the same code, or the same names and birth date,
are shown, and the operator decides.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.codice_fiscale import InvalidTaxCode, TaxCodeCheck, classify
from genera_desktop.domain.errors import FieldError
from genera_desktop.services.registry import households
from genera_desktop.services.registry.households import DuplicateCandidate
from genera_desktop.ui import labels
from genera_desktop.ui.common import prompts
from genera_desktop.ui.common.fields import (
    DateEdit,
    EnumCombo,
    NotesEdit,
    TextEdit,
)
from genera_desktop.ui.common.record_form import RecordForm, form_layout
from genera_desktop.ui.common.rows import format_date
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.errors import birth_mismatch, field_message, tax_code_note

FILLED_FROM_CODE = ("birth_date", "sex", "birth_place")


class TaxCodeEdit(TextEdit):
    """A codice fiscale as typed (spaces allowed), handed on compact and upper case."""

    def __init__(self) -> None:
        super().__init__(placeholder=QCoreApplication.translate(
            "PersonDialog", "16 caratteri o 11 cifre"))
        self.setMaxLength(24)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 17))

    def value(self) -> str | None:
        return "".join(self.text().split()).upper() or None


class PersonDialog(QDialog):
    """The fields of one person; ``ask`` returns the fields to save, or None."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, household_id: str | None,
                 person: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        self.person = person
        self.setWindowTitle(self.tr("Modifica componente") if person else
                            self.tr("Nuovo componente"))
        self.form = RecordForm("person", self)
        # Values the code filled in: overwritten by the next code, a typed value is not.
        self.auto: dict[str, Any] = {}
        self.result_fields: dict[str, Any] | None = None
        self._build()
        self.form.load(person)
        self.no_code.setChecked(bool(person and person.get("tax_code_missing")))
        self._no_code_toggled()
        if person and person.get("is_reference"):
            # The reference person changes through "Imposta come persona di riferimento".
            self.relation.setEnabled(False)
        if person and person.get("tax_code"):
            self._judge_code(fill=False)

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None, household_id: str | None,
            person: dict[str, Any] | None = None) -> dict[str, Any] | None:
        """Show the dialog; the fields to save (all for a new person, the changed ones
        for an existing one), or None if the operator gave up."""
        dialog = cls(ctx, parent, household_id, person)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_fields

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        f = self.form
        left, right = form_layout(), form_layout()
        f.field(left, "last_name", self.tr("Cognome"), TextEdit(max_length=80))
        f.field(left, "first_name", self.tr("Nome"), TextEdit(max_length=80))
        self.tax_code = TaxCodeEdit()
        self.tax_code.textEdited.connect(self._code_typed)
        left.add_field("tax_code", self.tr("Codice fiscale"), self.tax_code)
        f.add("tax_code", self.tax_code, left.errors["tax_code"], judge=False)
        # What a valid code is (provisional, homocode) and the "none" tick, under it.
        self.no_code = QCheckBox(self.tr("Nessun codice fiscale"))
        self.no_code.toggled.connect(self._no_code_toggled)
        self.code_note = QLabel()
        self.code_note.setObjectName("hint")
        self.code_note.hide()
        code_box = QWidget()
        code_column = QVBoxLayout(code_box)
        code_column.setContentsMargins(0, 0, 0, 0)
        code_column.setSpacing(2)
        code_column.addWidget(self.code_note)
        code_column.addWidget(self.no_code)
        left.addRow("", code_box)
        self.tax_code.committed.connect(lambda: self._judge_code(fill=True))
        self.birth_date = f.field(left, "birth_date", self.tr("Data di nascita"),
                                  DateEdit(past=True))
        self.sex = f.field(left, "sex", self.tr("Sesso"), EnumCombo(labels.SEX))
        self.birth_place = f.field(left, "birth_place", self.tr("Luogo di nascita"),
                                   TextEdit(max_length=80, placeholder=self.tr("comune o stato")))
        f.field(left, "citizenship", self.tr("Cittadinanza"), TextEdit(max_length=60))
        f.field(left, "residence_permit", self.tr("Permesso di soggiorno"),
                EnumCombo(labels.RESIDENCE_PERMIT))
        self.relation = f.field(right, "relation", self.tr("Relazione"),
                                EnumCombo(labels.RELATION))
        f.field(right, "marital_status", self.tr("Stato civile"), EnumCombo(labels.MARITAL_STATUS))
        f.field(right, "education", self.tr("Titolo di studio"), EnumCombo(labels.EDUCATION))
        f.field(right, "work_status", self.tr("Condizione lavorativa"),
                EnumCombo(labels.WORK_STATUS))
        f.field(right, "phone", self.tr("Telefono"), TextEdit(max_length=40))
        f.field(right, "email", self.tr("E-mail"), TextEdit(max_length=120))
        f.field(right, "notes", self.tr("Note"), NotesEdit(lines=2))
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.buttons = QDialogButtonBox()
        save = self.buttons.addButton(self.tr("Salva"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        self.buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(14)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(900)
        self.form.messages_changed.connect(lambda: QTimer.singleShot(0, self.fit_height))

    def fit_height(self) -> None:
        """Grow, rather than squeeze, when a message appears under a field (a wrapped
        line needs a height that a dialog already shown does not take by itself)."""
        layout = self.layout()
        assert layout is not None
        needed = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    # -- the codice fiscale ------------------------------------------------------------

    def _code_typed(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            cursor = self.tax_code.cursorPosition()
            self.tax_code.setText(upper)
            self.tax_code.setCursorPosition(cursor)
        compact = "".join(upper.split())
        complete = len(compact) == 16 or (len(compact) == 11 and compact[:1].isdigit())
        if complete or not compact:
            self._judge_code(fill=True)
        else:
            # Half typed: no verdict yet.
            self.form.set_error("tax_code", "")
            self._note("")

    def _judge_code(self, *, fill: bool) -> TaxCodeCheck | None:
        """Say what the typed code is; with ``fill``, copy what it encodes."""
        text = self.tax_code.text().strip()
        if not text:
            self.form.set_error("tax_code", "")
            self._note("")
            return None
        try:
            check = classify(text)
        except InvalidTaxCode as err:
            self.form.set_error("tax_code", field_message(
                FieldError("tax_code", "tax_code", err.reason, text)))
            self._note("")
            return None
        self.form.set_error("tax_code", "")
        self._note(tax_code_note(check))
        if check.kind != "provisional":
            if fill:
                self._fill(check)
            self._compare(check)
        return check

    def _fill(self, check: TaxCodeCheck) -> None:
        coded = {"birth_date": check.birth_date.isoformat() if check.birth_date else None,
                 "sex": check.sex, "birth_place": check.birthplace}
        for name in FILLED_FROM_CODE:
            editor = self.form.editors[name]
            current = editor.value()
            if coded[name] and (current is None or current == self.auto.get(name)):
                editor.set_value(coded[name])
                self.auto[name] = coded[name]
                self.form.set_error(name, "")
        self.form.changed.emit()

    def _compare(self, check: TaxCodeCheck) -> None:
        from datetime import date

        birth = self.birth_date.value()
        try:
            day = date.fromisoformat(birth) if birth else None
        except ValueError:
            day = None
        if not check.agrees_with(birth_date=day):
            self.form.set_error("birth_date", birth_mismatch())
        if not check.agrees_with(sex=self.sex.value()):
            self.form.set_error("sex", birth_mismatch())

    def _note(self, text: str) -> None:
        if text != self.code_note.text():
            self.code_note.setText(text)
            self.code_note.setVisible(bool(text))
            self.form.messages_changed.emit()

    def _no_code_toggled(self) -> None:
        none = self.no_code.isChecked()
        if none and self.tax_code.text():
            self.tax_code.clear()
            self.form.set_error("tax_code", "")
            self._note("")
        self.tax_code.setEnabled(not none)

    # -- saving ------------------------------------------------------------------------

    def fields(self) -> dict[str, Any]:
        """What to save: every field said for a new person, the changes for another."""
        values = self.form.changes() if self.person else {
            k: v for k, v in self.form.values().items() if v not in (None, "")}
        missing = self.no_code.isChecked()
        if missing != bool(self.person and self.person.get("tax_code_missing")):
            values["tax_code_missing"] = missing
        if self.person and self.person.get("is_reference"):
            values.pop("relation", None)
        elif values.get("relation") == "reference":
            values["is_reference"] = True
        return values

    def save(self) -> None:
        """Check everything, warn of likely duplicates, then close with the fields."""
        values = self.fields()
        if not self.form.check({**self.form.values(),
                                "tax_code_missing": self.no_code.isChecked()}):
            return
        if self.form.has_error("birth_date") or self.form.has_error("sex"):
            self.form.set_error("birth_date", "")
            self.form.set_error("sex", "")
        if not self.person or {"tax_code", "first_name", "last_name", "birth_date"} & set(values):
            duplicates = self.duplicates()
            if duplicates and not self.confirm_duplicates(duplicates):
                return
        self.result_fields = values
        self.accept()

    def duplicates(self) -> list[DuplicateCandidate]:
        v = self.form.values()
        return households.likely_duplicates(
            self.ctx.store, v.get("tax_code"), v.get("first_name"), v.get("last_name"),
            v.get("birth_date"), exclude_person=(self.person or {}).get("id"))

    def confirm_duplicates(self, found: list[DuplicateCandidate]) -> bool:
        lines = []
        for d in found[:5]:
            why = (self.tr("stesso codice fiscale") if d.reason == "tax_code"
                   else self.tr("stessi nome, cognome e data di nascita"))
            where = (self.tr("in questo nucleo") if d.household_id == self.household_id
                     else self.tr("nucleo {case}").format(case=d.case_number or "—"))
            lines.append(self.tr("• {last} {first}, nato/a il {born} – {where} ({why})").format(
                last=d.last_name, first=d.first_name, born=format_date(d.birth_date) or "—",
                where=where, why=why))
        if len(found) > 5:
            lines.append(self.tr("… e altre {n} persone").format(n=len(found) - 5))
        text = self.tr("Questa persona potrebbe essere già registrata:\n\n{list}\n\n"
                       "Salvarla comunque come nuova?").format(list="\n".join(lines))
        return prompts.confirm(self, self.tr("Possibile doppione"), text,
                               self.tr("Salva comunque"), self.tr("Annulla"))
