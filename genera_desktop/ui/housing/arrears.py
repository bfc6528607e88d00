"""«Morosità»: arrears cases with their household and landlord, and the chosen case's
repayment plan: its instalments, paid or not. A new case, a new instalment, one marked
paid today; an overdue one in red (the agenda lists them too).

Keyboard: Ctrl+N a new case, Enter changes the chosen case.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QSplitter, QVBoxLayout, QWidget

from genera_desktop.domain.errors import GeneraError
from genera_desktop.domain.money import euro_on_screen as euro
from genera_desktop.services import records
from genera_desktop.services.housing import ui_queries as queries
from genera_desktop.ui import labels
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.common.rows import Column, format_date
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.housing.common import DetailTable, today
from genera_desktop.ui.messages import error_text

translate = QCoreApplication.translate
OVERDUE_COLOR = "#b42318"
CASE_FIELDS = ["household", "landlord", "amount_owed", "months_owed", "opened_on", "status",
               "eviction_stage", "eviction_date", "closed_on", "notes"]


def case_columns() -> list[Column]:
    status: Mapping[str, str] = labels.choices("arrears_case", "status") or {}
    stage: Mapping[str, str] = labels.choices("arrears_case", "eviction_stage") or {}

    def label(name: str) -> str:
        return labels.field_label("arrears_case", name, short=True)

    return [Column(label("opened_on"), lambda c: format_date(c.get("opened_on"))),
            Column(label("household"), lambda c: c.get("household_name") or ""),
            Column(label("landlord"), lambda c: c.get("landlord_name") or ""),
            Column(label("amount_owed"), lambda c: euro(c.get("amount_owed")), align_right=True),
            Column(label("months_owed"), lambda c: str(c.get("months_owed") or "")),
            Column(label("status"), lambda c: labels.label(status, c.get("status"))),
            Column(label("eviction_stage"), lambda c: labels.label(stage, c.get("eviction_stage")))]


def overdue(row: dict[str, Any]) -> bool:
    return not row.get("paid_on") and (row.get("due_date") or "9") < today()


def installment_columns() -> list[Column]:
    def label(name: str) -> str:
        return labels.field_label("installment", name, short=True)

    return [Column(label("due_date"), lambda i: format_date(i.get("due_date")),
                   color=lambda i: OVERDUE_COLOR if overdue(i) else None, bold=overdue),
            Column(label("amount"), lambda i: euro(i.get("amount")), align_right=True),
            Column(label("paid_on"), lambda i: format_date(i.get("paid_on")))]


class CaseList(ListPage):
    """The arrears cases held here."""

    def load(self, search: str) -> tuple[list[Any], str]:
        rows = queries.arrears_rows(self.ctx.store)
        status = (self.tr("Nessuna morosità seguita.") if not rows
                  else self.tr("{n} morosità").format(n=len(rows)))
        return rows, status

    def row_activated(self, row: Any) -> None:
        owner = self.parent()
        while owner is not None and not isinstance(owner, ArrearsTab):
            owner = owner.parent()
        if owner is not None:
            owner.edit_case(row)


class ArrearsTab(QWidget):
    """The cases above, the chosen case's instalments below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cases = CaseList(ctx, labels.kind_name("arrears_case", plural=True),
                              case_columns(), parent=self)
        self.plan = DetailTable(self.tr("Piano di rientro"), installment_columns(), self)
        self.new_button = QPushButton(labels.new_record_title("arrears_case"))
        self.new_button.setToolTip(self.tr("Nuova morosità (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.installment_button = QPushButton(labels.new_record_title("installment"))
        self.installment_button.clicked.connect(self.new_installment)
        self.paid_button = QPushButton(self.tr("Segna pagata oggi"))
        self.paid_button.clicked.connect(self.mark_paid)
        self.print_button = QPushButton(self.tr("Stampa il piano"))
        self.print_button.setToolTip(self.tr("Il piano di rientro da firmare: nucleo, "
                                             "proprietario, rate e totale"))
        self.print_button.clicked.connect(self.print_plan)
        for button in (self.new_button, self.installment_button, self.paid_button,
                       self.print_button):
            self.cases.actions.addWidget(button)
        self.cases.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_plan())
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.cases)
        split.addWidget(self.plan)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def refresh(self) -> None:
        self.cases.refresh()
        self.show_plan()

    def current_case(self) -> dict[str, Any] | None:
        row = self.cases.current_row()
        return row if isinstance(row, dict) else None

    def show_plan(self) -> None:
        case = self.current_case()
        rows = queries.installments(self.ctx.store, case["id"]) if case else []
        self.plan.set_rows(rows)
        total = sum(float(i.get("amount") or 0) for i in rows)
        self.plan.title.setText(self.tr("Piano di rientro: {n} rate, {total}").format(
            n=len(rows), total=euro(total)) if case else self.tr("Piano di rientro"))
        self.installment_button.setEnabled(case is not None)
        self.paid_button.setEnabled(bool(rows))
        self.print_button.setEnabled(bool(rows))

    def _refs(self) -> dict[str, dict[str, str]]:
        return {"household": queries.household_names(self.ctx.store),
                "landlord": queries.landlord_names(self.ctx.store)}

    def new_record(self) -> None:
        """Ctrl+N: a new arrears case of one of this site's families."""
        if RecordDialog.ask("arrears_case", self, fields=CASE_FIELDS, refs=self._refs(),
                            defaults={"opened_on": today(), "status": "open"},
                            save=lambda values: records.add(self.ctx.store, "arrears_case",
                                                            values)):
            self.refresh()

    def edit_case(self, row: dict[str, Any]) -> None:
        if RecordDialog.ask("arrears_case", self, fields=CASE_FIELDS, record=row,
                            refs=self._refs(),
                            save=lambda values: records.update(self.ctx.store, "arrears_case",
                                                               row["id"], values)):
            self.refresh()

    def new_installment(self) -> None:
        case = self.current_case()
        if case is None:
            return
        if RecordDialog.ask("installment", self, fields=["due_date", "amount", "paid_on"],
                            save=lambda values: records.add(
                                self.ctx.store, "installment",
                                {"arrears_case": case["id"], **values})):
            self.show_plan()

    def mark_paid(self) -> None:
        row = self.plan.current_row()
        if not isinstance(row, dict):
            return
        try:
            records.update(self.ctx.store, "installment", row["id"], {"paid_on": today()})
        except GeneraError as err:
            self.cases.show_message(error_text(err))
            return
        self.show_plan()

    def print_plan(self) -> bool:
        """The chosen case's repayment plan in the print preview."""
        from genera_desktop.services.housing import prints
        from genera_desktop.ui.common.print_preview import print_and_preview

        case = self.current_case()
        if case is None:
            return False
        cid = case["id"]
        return print_and_preview(self.ctx, self, lambda uow: prints.print_installments(uow, cid),
                                 "piano-di-rientro.pdf", self.tr("Piano di rientro"))
