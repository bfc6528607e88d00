"""«Fondi di garanzia»: each fund's budget, committed, disbursed and available money,
and its applications, the waiting ones first. A point submits an application for one of
its families; the coordinator approves (with the amount), rejects and disburses: money
is decided in one place (spec/programme.md, "Who holds what").

Keyboard: Ctrl+N a new application to the fund chosen; Tab into the applications.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QSplitter, QVBoxLayout, QWidget

from genera_desktop.domain.errors import GeneraError
from genera_desktop.domain.money import euro_on_screen as euro
from genera_desktop.services import records
from genera_desktop.services.housing import funds as money
from genera_desktop.services.housing import ui_queries as queries
from genera_desktop.ui import labels
from genera_desktop.ui.common import prompts
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.common.rows import Column, format_date
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.community.room import TEXT_FLOOR, TITLE_FLOOR
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.housing.common import DetailTable, today
from genera_desktop.ui.messages import error_text

translate = QCoreApplication.translate
APPLICATION_FIELDS = ["household", "date", "landlord", "amount_requested", "cause",
                      "isee_value", "notes"]
FUND_FIELDS = ["name", "budget", "isee_max", "valid_from", "valid_to", "notes"]


def fund_columns() -> list[Column]:
    def label(name: str) -> str:
        return labels.field_label("guarantee_fund", name, short=True)

    def money_of(name: str) -> Column:
        return Column(label(name), lambda f: euro(f.get(name)), align_right=True)

    return [Column(label("name"), lambda f: f.get("name") or ""),
            *[money_of(n) for n in ("budget", "committed", "disbursed", "available")],
            Column(label("isee_max"), lambda f: euro(f.get("isee_max")), align_right=True),
            Column(label("valid_to"), lambda f: format_date(f.get("valid_to")))]


def application_columns(households: Mapping[str, str]) -> list[Column]:
    status: Mapping[str, str] = labels.choices("guarantee_application", "status") or {}
    cause: Mapping[str, str] = labels.choices("guarantee_application", "cause") or {}

    def label(name: str) -> str:
        return labels.field_label("guarantee_application", name, short=True)

    return [Column(label("date"), lambda a: format_date(a.get("date"))),
            Column(label("household"), lambda a: households.get(a.get("household") or "", "")),
            Column(label("status"), lambda a: labels.label(status, a.get("status"))),
            Column(label("amount_requested"), lambda a: euro(a.get("amount_requested")),
                   align_right=True),
            Column(label("cause"), lambda a: labels.label(cause, a.get("cause"))),
            Column(label("isee_value"), lambda a: euro(a.get("isee_value")), align_right=True),
            Column(label("amount_approved"), lambda a: euro(a.get("amount_approved")),
                   align_right=True),
            Column(label("decided_on"), lambda a: format_date(a.get("decided_on")))]


class FundList(ListPage):
    """The funds with their money."""

    def load(self, search: str) -> tuple[list[Any], str]:
        rows = queries.funds(self.ctx.store)
        status = (self.tr("Nessun fondo di garanzia: li apre il coordinamento.") if not rows
                  else self.tr("{n} fondi").format(n=len(rows)) if len(rows) != 1
                  else self.tr("1 fondo"))
        return rows, status


class FundsTab(QWidget):
    """The funds above, the chosen fund's applications below, and what may be done."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.coordinator = ctx.site().is_coordinator
        self.households: dict[str, str] = {}
        self.funds = FundList(ctx, labels.kind_name("guarantee_fund", plural=True),
                              fund_columns(), parent=self)
        # The household takes the room left; it and the cause give way at 1280 px.
        self.applications = DetailTable(
            labels.kind_name("guarantee_application", plural=True),
            application_columns(self.households), self, elastic=1,
            give_way={1: TITLE_FLOOR, 4: TEXT_FLOOR})
        # Short: at 1280 px the coordinator's six buttons share the row with the title.
        self.new_fund_button = QPushButton(self.tr("Nuovo fondo"))
        self.new_fund_button.setToolTip(labels.new_record_title("guarantee_fund"))
        self.new_fund_button.clicked.connect(self.new_fund)
        self.new_fund_button.setVisible(self.coordinator)
        self.new_button = QPushButton(labels.new_record_title("guarantee_application"))
        self.new_button.setToolTip(self.tr("Nuova domanda al fondo scelto (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.approve_button = QPushButton(self.tr("Approva"))
        self.approve_button.clicked.connect(self.approve)
        self.reject_button = QPushButton(self.tr("Respingi"))
        self.reject_button.clicked.connect(self.reject)
        self.disburse_button = QPushButton(self.tr("Eroga"))
        self.disburse_button.clicked.connect(self.disburse)
        self.print_button = QPushButton(self.tr("Stampa la domanda"))
        self.print_button.setToolTip(self.tr("Il modulo da firmare per il nucleo e il "
                                             "proprietario"))
        self.print_button.clicked.connect(self.print_application)
        for button in (self.approve_button, self.reject_button, self.disburse_button):
            # Money is decided at the coordinator: a point sees why the buttons are not there.
            button.setVisible(self.coordinator)
        for button in (self.new_fund_button, self.new_button, self.print_button,
                       self.approve_button, self.reject_button, self.disburse_button):
            self.funds.actions.addWidget(button)
        if not self.coordinator:
            self.funds.show_message(self.tr("Approvare, respingere ed erogare spetta al "
                                            "coordinamento: qui si presentano e si istruiscono "
                                            "le domande."))
        self.funds.view.selectionModel().currentRowChanged.connect(
            lambda *_: self.show_applications())
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.funds)
        split.addWidget(self.applications)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def refresh(self) -> None:
        self.households.clear()
        self.households.update(queries.household_names(self.ctx.store))
        self.funds.refresh()
        self.show_applications()

    def current_fund(self) -> dict[str, Any] | None:
        row = self.funds.current_row()
        return row if isinstance(row, dict) else None

    def show_applications(self) -> None:
        fund = self.current_fund()
        page = money.fund_page(self.ctx.store, fund["id"]) if fund else None
        self.applications.set_rows(page["applications"] if page else [])
        if page:
            self.applications.title.setText(self.tr("Domande al fondo: {n} in attesa").format(
                n=page["waiting"]))
        self.new_button.setEnabled(fund is not None)

    def current_application(self) -> dict[str, Any] | None:
        row = self.applications.current_row()
        return row if isinstance(row, dict) else None

    def _after(self, done: Any) -> None:
        if done:
            self.funds.show_message("")
            self.refresh()

    def new_fund(self) -> None:
        self._after(RecordDialog.ask(
            "guarantee_fund", self, fields=FUND_FIELDS,
            save=lambda values: records.add(self.ctx.store, "guarantee_fund", values)))

    def new_record(self) -> None:
        """Ctrl+N: an application of one of this site's families to the chosen fund."""
        fund = self.current_fund()
        if fund is None:
            return
        refs = {"household": dict(self.households),
                "landlord": queries.landlord_names(self.ctx.store)}
        self._after(RecordDialog.ask(
            "guarantee_application", self, fields=APPLICATION_FIELDS, refs=refs,
            defaults={"date": today()},
            save=lambda values: records.add(self.ctx.store, "guarantee_application",
                                            {"fund": fund["id"], **values})))

    def approve(self) -> None:
        """The coordinator approves the chosen application, with the amount."""
        app = self.current_application()
        if app is None:
            return
        self._after(RecordDialog.ask(
            "guarantee_application", self, fields=["amount_approved", "decided_on"],
            title=self.tr("Approva la domanda"),
            defaults={"amount_approved": app.get("amount_requested"), "decided_on": today()},
            save=lambda values: money.decide(self.ctx.store, app["id"], "approved",
                                             decided_on=values.get("decided_on") or today(),
                                             amount_approved=values.get("amount_approved"))))

    def reject(self) -> None:
        app = self.current_application()
        if app is None or not prompts.confirm(
                self, self.tr("Respingi la domanda"),
                self.tr("Respingere la domanda di {who}?").format(
                    who=self.households.get(app.get("household") or "", "")),
                self.tr("Respingi")):
            return
        try:
            money.decide(self.ctx.store, app["id"], "rejected", decided_on=today())
        except GeneraError as err:
            self.funds.show_message(error_text(err))
            return
        self._after(True)

    def disburse(self) -> None:
        """The coordinator pays part or all of the chosen application."""
        app = self.current_application()
        if app is None:
            return
        paid = sum(float(d.get("amount") or 0) for d in records.list_records(
            self.ctx.store, "disbursement") if d.get("application") == app["id"])
        left = max(float(app.get("amount_approved") or 0) - paid, 0)
        self._after(RecordDialog.ask(
            "disbursement", self, fields=["date", "amount", "payee", "notes"],
            refs={"payee": queries.landlord_names(self.ctx.store)},
            defaults={"date": today(), "amount": left, "payee": app.get("landlord")},
            save=lambda values: records.add(self.ctx.store, "disbursement",
                                            {"application": app["id"], **values})))

    def print_application(self) -> bool:
        """The chosen application's form in the print preview."""
        from genera_desktop.services.housing import prints
        from genera_desktop.ui.common.print_preview import print_and_preview

        app = self.current_application()
        if app is None:
            return False
        aid = app["id"]
        return print_and_preview(self.ctx, self, lambda uow: prints.print_guarantee(uow, aid),
                                 "domanda-fondo-garanzia.pdf", self.tr("Domanda al fondo"))
