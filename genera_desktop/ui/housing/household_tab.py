"""The «Casa» tab of a household's page: the dwelling it lives in and its contract, its
guarantee applications, its arrears cases and its co-housing pacts, to read.

Built only for users with the housing area (ui/registry/household.py asks first): the
others see no trace of it. Changes are made in the Casa section.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from genera_desktop.domain import vocab_housing as vh
from genera_desktop.domain.money import euro_on_screen as euro
from genera_desktop.services.housing import household as housing
from genera_desktop.ui import labels
from genera_desktop.ui.common.rows import Column, format_date
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.housing.common import DetailTable


def _choice(kind: str, name: str) -> Mapping[str, str]:
    return labels.choices(kind, name) or {}


def _label(kind: str, name: str) -> str:
    return labels.field_label(kind, name, short=True)


class HouseholdHousingTab(QWidget):
    """The household's housing, the latest first in each table."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dwelling = QLabel()
        self.dwelling.setObjectName("sectionTitle")
        self.dwelling.setWordWrap(True)
        self.contract = QLabel()
        self.contract.setWordWrap(True)
        ctype = _choice("rent_contract", "contract_type")
        band = labels.Choices(vh.BAND_CHECK.labels)  # a computed field: no form's choices
        self.contracts = DetailTable(labels.kind_name("rent_contract", plural=True), [
            Column(_label("rent_contract", "start_date"), lambda c: format_date(c.get("start_date"))),
            Column(_label("dwelling", "address"), lambda c: ", ".join(
                str(c[k]) for k in ("dwelling_address", "dwelling_municipality") if c.get(k))),
            Column(_label("rent_contract", "contract_type"),
                   lambda c: labels.label(ctype, c.get("contract_type"))),
            Column(_label("rent_contract", "monthly_rent"), lambda c: euro(c.get("monthly_rent")),
                   align_right=True),
            Column(_label("rent_contract", "band_check"),
                   lambda c: labels.label(band, c.get("band_check")))])
        status = _choice("guarantee_application", "status")
        cause = _choice("guarantee_application", "cause")
        self.applications = DetailTable(labels.kind_name("guarantee_application", plural=True), [
            Column(_label("guarantee_application", "date"), lambda a: format_date(a.get("date"))),
            Column(_label("guarantee_application", "fund"), lambda a: a.get("fund_name") or ""),
            Column(_label("guarantee_application", "cause"),
                   lambda a: labels.label(cause, a.get("cause"))),
            Column(_label("guarantee_application", "amount_requested"),
                   lambda a: euro(a.get("amount_requested")), align_right=True),
            Column(_label("guarantee_application", "amount_approved"),
                   lambda a: euro(a.get("amount_approved")), align_right=True),
            Column(_label("guarantee_application", "status"),
                   lambda a: labels.label(status, a.get("status")))])
        case_status = _choice("arrears_case", "status")
        stage = _choice("arrears_case", "eviction_stage")
        self.arrears = DetailTable(labels.kind_name("arrears_case", plural=True), [
            Column(_label("arrears_case", "opened_on"), lambda a: format_date(a.get("opened_on"))),
            Column(_label("arrears_case", "landlord"), lambda a: a.get("landlord_name") or ""),
            Column(_label("arrears_case", "amount_owed"), lambda a: euro(a.get("amount_owed")),
                   align_right=True),
            Column(_label("arrears_case", "status"),
                   lambda a: labels.label(case_status, a.get("status"))),
            Column(_label("arrears_case", "eviction_stage"),
                   lambda a: labels.label(stage, a.get("eviction_stage")))])
        phase = _choice("cohousing_pact", "phase")
        self.pacts = DetailTable(labels.kind_name("cohousing_pact", plural=True), [
            Column(_label("cohousing_pact", "start_date"), lambda p: format_date(p.get("start_date"))),
            Column(self.tr("Ruolo"), lambda p: self.tr("ospita") if p.get("role") == "host"
                   else self.tr("è ospitato")),
            Column(_label("cohousing_pact", "trial_end"), lambda p: format_date(p.get("trial_end"))),
            Column(_label("cohousing_pact", "phase"), lambda p: labels.label(phase, p.get("phase")))])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        header = QVBoxLayout()
        header.setContentsMargins(20, 0, 20, 0)
        header.addWidget(self.dwelling)
        header.addWidget(self.contract)
        layout.addLayout(header)
        for table in (self.contracts, self.applications, self.arrears, self.pacts):
            layout.addWidget(table, 1)

    def load(self, household_id: str | None) -> None:
        """Show the household's housing as the store holds it now (nothing for a new one)."""
        data = (housing.household_housing(self.ctx.store, household_id) if household_id
                else housing.HouseholdHousing())
        self._show_current(data.current_contract)
        for table, rows in ((self.contracts, data.contracts),
                            (self.applications, data.applications),
                            (self.arrears, data.arrears), (self.pacts, data.pacts)):
            table.set_rows(rows)
            table.setVisible(bool(rows))

    def _show_current(self, contract: dict[str, Any] | None) -> None:
        if contract is None:
            self.dwelling.setText(self.tr("Nessun contratto d'affitto registrato."))
            self.contract.setText(self.tr("Contratti, domande al fondo di garanzia e "
                                          "morosità si registrano nella sezione Casa."))
            return
        place = ", ".join(str(contract[k]) for k in ("dwelling_address", "dwelling_municipality")
                          if contract.get(k))
        facts = []
        if contract.get("dwelling_rooms") is not None:
            facts.append(self.tr("{n} locali").format(n=contract["dwelling_rooms"]))
        if contract.get("dwelling_area_m2") is not None:
            facts.append(self.tr("{m} m²").format(m=contract["dwelling_area_m2"]))
        if contract.get("landlord_name"):
            facts.append(self.tr("proprietario {name}").format(name=contract["landlord_name"]))
        self.dwelling.setText(" · ".join([place, *facts]) if place else " · ".join(facts))
        ctype = labels.label(_choice("rent_contract", "contract_type"),
                             contract.get("contract_type"))
        ctype = ctype[:1].lower() + ctype[1:]  # inside the sentence
        parts = [self.tr("Contratto {type} dal {start}").format(
            type=ctype, start=format_date(contract.get("start_date"))),
            self.tr("canone {rent} al mese").format(rent=euro(contract.get("monthly_rent")))]
        if contract.get("first_term_end"):
            parts.append(self.tr("primo termine {date}").format(
                date=format_date(contract["first_term_end"])))
        if contract.get("renewal_end"):
            parts.append(self.tr("rinnovo fino al {date}").format(
                date=format_date(contract["renewal_end"])))
        self.contract.setText(" · ".join(parts))
