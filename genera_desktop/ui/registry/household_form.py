"""The household's own fields: the header of the household page and the new-household
dialog. A point brings its comune along unless the person wrote another one."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from genera_desktop.domain import vocab
from genera_desktop.services.registry import households
from genera_desktop.ui import labels
from genera_desktop.ui.common.fields import DateEdit, EnumCombo, SuggestCombo, TextEdit
from genera_desktop.ui.common.record_form import RecordForm, form_layout
from genera_desktop.ui.context import AppContext


class HouseholdForm(QWidget):
    """Case number, point, comune, address, phone, e-mail, status, registration date and
    notes in three columns; ``compact`` keeps only what a new household needs."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 compact: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.points = {p.code: p for p in households.list_points(ctx.store)}
        self.form = RecordForm("household", self)
        f = self.form
        columns = [form_layout() for _ in range(2 if compact else 3)]
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(18)
        outer.addLayout(row)
        for column in columns:
            column.setContentsMargins(0, 0, 0, 0)
            column.setVerticalSpacing(6)
            row.addLayout(column, 1)
        self.point = EnumCombo({code: f"{code} – {p.name}" for code, p in self.points.items()})
        self.municipality = SuggestCombo(vocab.MUNICIPALITIES)
        first, second = columns[0], columns[1]
        if not compact:
            f.field(first, "case_number", self.tr("Pratica"),
                    TextEdit(max_length=40, placeholder=self.tr("assegnata al salvataggio")))
        f.field(first, "point", self.tr("Punto"), self.point)
        # As wide as its longest point («MON – Punto di Comunità Montichiari – Borgosotto»),
        # not the column's share: its column takes the room from the others.
        self.point.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.point.setMinimumContentsLength(0)  # also drops the minimum Qt had cached
        # Where even that room is missing (125% scaling), the whole name on hovering.
        self.point.currentTextChanged.connect(self.point.setToolTip)
        f.field(first, "municipality", self.tr("Comune"), self.municipality)
        f.field(second if not compact else first, "address", self.tr("Indirizzo"),
                TextEdit(max_length=200, placeholder=self.tr("via e numero civico")))
        f.field(second if not compact else first, "flat", self.tr("Scala / interno"),
                TextEdit(max_length=60))
        third = columns[2] if not compact else second
        f.field(third, "phone", self.tr("Telefono"), TextEdit(max_length=40))
        f.field(third, "email", self.tr("E-mail"), TextEdit(max_length=120))
        if not compact:
            f.field(second, "status", self.tr("Stato"),
                    EnumCombo(labels.HOUSEHOLD_STATUS, empty=None))
            f.field(third, "registered_on", self.tr("Registrato il"), DateEdit())
            notes = form_layout()
            notes.setContentsMargins(0, 0, 0, 0)
            outer.addLayout(notes)
            f.field(notes, "notes", self.tr("Note"), TextEdit())
        self._point_comune: str | None = None
        self.point.activated.connect(lambda _: self._point_chosen())

    def default_point(self) -> str | None:
        """This site's point, when it is a point's installation."""
        site = self.ctx.site()
        return site.point_code if site.point_code in self.points else None

    def load(self, household: dict[str, Any] | None) -> None:
        """Show a household; None starts a new one at this site's point."""
        record = dict(household or {})
        if household is None:
            point = self.default_point()
            record = {"point": point, "status": "new",
                      "municipality": self.points[point].municipality if point else None}
        self.form.load(record)
        case = self.form.editors.get("case_number")
        if isinstance(case, TextEdit):
            # Given once and for all (services/records.py refuses a change): shown, not
            # edited. A household without one yet may be given its paper number.
            assigned = bool(record.get("case_number"))
            case.setReadOnly(assigned)
            case.setToolTip(self.tr("Il numero di pratica non si cambia una volta assegnato")
                            if assigned else "")
        point = record.get("point")
        self._point_comune = self.points[point].municipality if point in self.points else None

    def _point_chosen(self) -> None:
        code = self.point.value()
        comune = self.points[code].municipality if code in self.points else None
        current = self.municipality.value()
        # Follow the point unless the person wrote a comune of their own.
        if comune and (not current or current == self._point_comune):
            self.municipality.set_value(comune)
            self.form.changed.emit()
        self._point_comune = comune
