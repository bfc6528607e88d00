"""A household's housing, as its page shows it: the dwelling it rents and its
contract, its guarantee applications, its arrears cases and its co-housing pacts.

Only for users with the housing area (the whole Piano integrato casa is in it): the
others are refused, and the page does not even ask.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select

from genera_desktop.services import permissions, records
from genera_desktop.services.transaction import reads
from genera_desktop.store.models_housing import (
    ArrearsCase,
    CohousingPact,
    Dwelling,
    GuaranteeApplication,
    GuaranteeFund,
    Landlord,
    RentContract,
)
from genera_desktop.store.uow import UnitOfWork


@dataclass
class HouseholdHousing:
    """What the household's «Casa» tab shows; each list the latest first."""

    contracts: list[dict[str, Any]] = field(default_factory=list)
    applications: list[dict[str, Any]] = field(default_factory=list)
    arrears: list[dict[str, Any]] = field(default_factory=list)
    pacts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def current_contract(self) -> dict[str, Any] | None:
        """The contract started last: the family's dwelling now."""
        return self.contracts[0] if self.contracts else None

    def is_empty(self) -> bool:
        return not (self.contracts or self.applications or self.arrears or self.pacts)


def _names(uow: UnitOfWork, model: Any, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return {i: n or "" for i, n in uow.session.execute(
        select(model.id, model.name).where(model.id.in_(ids)))}


@reads
def household_housing(uow: UnitOfWork, household_id: str) -> HouseholdHousing:
    """The household's live contracts (each with its dwelling's address, comune, rooms,
    m² and landlord), guarantee applications (with the fund's name), arrears cases
    (with the landlord's name) and co-housing pacts (as host's or guest's family).
    Refused without the housing area."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "rent_contract")

    def live(model: Any, *where: Any) -> list[dict[str, Any]]:
        return [records.with_computed(records.to_dict(r), session) for r in session.scalars(
            select(model).where(model.cl % 2 == 1, *where))]

    contracts = live(RentContract, RentContract.household == household_id)
    dwellings = {d["id"]: d for d in live(Dwelling, Dwelling.id.in_(
        {c["dwelling"] for c in contracts if c.get("dwelling")}))} if contracts else {}
    applications = live(GuaranteeApplication, GuaranteeApplication.household == household_id)
    arrears = live(ArrearsCase, ArrearsCase.household == household_id)
    pacts = live(CohousingPact, or_(CohousingPact.household == household_id,
                                    CohousingPact.guest_household == household_id))
    landlords = _names(uow, Landlord, {
        *(d.get("landlord") or "" for d in dwellings.values()),
        *(a.get("landlord") or "" for a in arrears)} - {""})
    funds = _names(uow, GuaranteeFund, {a.get("fund") or "" for a in applications} - {""})
    for contract in contracts:
        dwelling = dwellings.get(contract.get("dwelling") or "", {})
        for key in ("address", "municipality", "rooms", "area_m2", "floor", "zone"):
            if dwelling.get(key) is not None:
                contract[f"dwelling_{key}"] = dwelling[key]
        contract["landlord_name"] = landlords.get(dwelling.get("landlord") or "", "")
    for application in applications:
        application["fund_name"] = funds.get(application.get("fund") or "", "")
    for case in arrears:
        case["landlord_name"] = landlords.get(case.get("landlord") or "", "")
    for pact in pacts:
        pact["role"] = "host" if pact.get("household") == household_id else "guest"

    def latest(rows: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
        return sorted(rows, key=lambda r: (r.get(key) or "", r["id"]), reverse=True)

    return HouseholdHousing(contracts=latest(contracts, "start_date"),
                            applications=latest(applications, "date"),
                            arrears=latest(arrears, "opened_on"),
                            pacts=latest(pacts, "start_date"))
