"""A person's skill exchange in their work (ui/work/person_dialog.py): what they offer
and ask, each with the people it matches (services/work/skill_exchange.py);
«Scambio di competenze…» (Alt+S) records an offer or a request, the skill found as
typed; «Chiudi scambio» closes the selected one."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from genera_desktop.domain import catalogs_work as cat
from genera_desktop.domain.errors import GeneraError
from genera_desktop.services import records
from genera_desktop.services.work import skill_exchange
from genera_desktop.ui import labels
from genera_desktop.ui.common.columns import fit_columns
from genera_desktop.ui.common.listing import make_table
from genera_desktop.ui.common.rows import Column, RowsModel
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.work.codes import CodeEdit

EXCHANGE_FIELDS = ("direction", "skill", "notes")


class SkillsPart(QWidget):
    """The skill exchange table and its buttons; ``say(error)`` shows a refusal."""

    def __init__(self, ctx: AppContext, person_id: str, say: Callable[[GeneraError], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.say = say
        directions: Mapping[str, str] = labels.choices("skill_exchange", "direction") or {}
        states: Mapping[str, str] = labels.choices("skill_exchange", "status") or {}
        self.model = RowsModel([
            Column(self.tr("Offre o cerca"), lambda r: labels.label(directions,
                                                                   r.get("direction"))),
            Column(self.tr("Competenza"), lambda r: str(r["skill_label"])),
            Column(self.tr("Stato"), lambda r: labels.label(states, r.get("status"))),
            Column(self.tr("Abbinamenti"), lambda r: ", ".join(r["partners"])),
        ], self)
        self.view = make_table(self.model, self)
        self.view.setAccessibleName(self.tr("Scambio di competenze"))
        self.add_button = QPushButton(self.tr("&Scambio di competenze…"))
        self.close_button = QPushButton(self.tr("Chiudi scambio"))
        for button, slot in ((self.add_button, self.add), (self.close_button, self.close_one)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        top = QHBoxLayout()
        top.addWidget(QLabel(f"<b>{self.tr('Scambio di competenze')}</b>"), 1)
        top.addWidget(self.add_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.refresh()

    def refresh(self) -> None:
        rows = skill_exchange.of_person(self.ctx.store, self.person_id)
        self.model.set_rows(rows)
        if rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.close_button.setEnabled(bool(rows))
        fit_columns(self.view, maximum=360)

    def add(self) -> None:
        made = RecordDialog.ask(
            "skill_exchange", self, fields=EXCHANGE_FIELDS,
            save=lambda values: records.add(self.ctx.store, "skill_exchange",
                                            {"person": self.person_id, **values}),
            defaults={"direction": "offer"}, refs={},
            editors={"skill": CodeEdit(cat.SKILLS)})
        if made:
            self.refresh()

    def close_one(self) -> None:
        row = self.model.row_at(self.view.currentIndex())
        if row is None:
            return
        try:
            records.update(self.ctx.store, "skill_exchange", row["id"], {"status": "closed"})
        except GeneraError as err:
            self.say(err)
        self.refresh()
