"""Printing the housing plan's forms (printing/housing.py lays them out): a co-housing
pact, an arrears case's repayment plan, a guarantee application.

``print_*`` return the PDF as bytes and note the print in the audit trail in the
caller's transaction; ``save_*`` write the file atomically and commit once it is there
(``genera print cohousing|installments|guarantee``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from genera_desktop.files import write_atomically
from genera_desktop.printing import housing as forms
from genera_desktop.services import permissions, records
from genera_desktop.services.coordination import audit
from genera_desktop.services.printing import print_context
from genera_desktop.services.transaction import writes
from genera_desktop.store.models_housing import Installment, Landlord
from genera_desktop.store.uow import UnitOfWork


def _record(uow: UnitOfWork, kind: str, rid: str | None) -> dict[str, Any] | None:
    if not rid:
        return None
    model = records.model_for(kind)
    obj = uow.session.get(model, rid)
    return records.to_dict(obj) if obj is not None else None


def _load(uow: UnitOfWork, kind: str, rid: str) -> dict[str, Any]:
    permissions.require_kind_access(uow.session, uow.username, kind)
    return records.with_computed(records.to_dict(records.load(uow.session, kind, rid)),
                                 uow.session)


def _members(uow: UnitOfWork, household_id: str | None) -> list[dict[str, Any]]:
    if not household_id:
        return []
    return [records.to_dict(p) for p in records.persons_of(uow.session, household_id)]


def print_cohousing(uow: UnitOfWork, pact_id: str, *, today: date | None = None) -> bytes:
    """The patto abitativo of a co-housing pact."""
    pact = _load(uow, "cohousing_pact", pact_id)
    host = _record(uow, "person", pact["host"]) or {}
    guest = _record(uow, "person", pact["guest"]) or {}
    audit.record(uow, "print", "cohousing_pact", pact["id"], {"form": "cohousing"})
    return forms.cohousing_pact(print_context(uow, today), pact, host, guest,
                                _record(uow, "household", host.get("household")),
                                _record(uow, "household", guest.get("household")))


def print_installments(uow: UnitOfWork, case_id: str, *, today: date | None = None) -> bytes:
    """The repayment plan of an arrears case: the household's members, the landlord,
    each live instalment and the total."""
    case = _load(uow, "arrears_case", case_id)
    session = uow.session
    household = _record(uow, "household", case["household"]) or {}
    landlord_obj = session.get(Landlord, case.get("landlord") or "")
    rows = session.scalars(select(Installment).where(
        Installment.arrears_case == case["id"], Installment.cl % 2 == 1))
    audit.record(uow, "print", "arrears_case", case["id"], {"form": "installments"})
    return forms.repayment_plan(
        print_context(uow, today), case, household, _members(uow, case["household"]),
        records.to_dict(landlord_obj) if landlord_obj is not None else None,
        [records.to_dict(i) for i in rows])


def print_guarantee(uow: UnitOfWork, application_id: str, *,
                    today: date | None = None) -> bytes:
    """The application form to a guarantee fund, for the family and the landlord."""
    application = _load(uow, "guarantee_application", application_id)
    fund = _record(uow, "guarantee_fund", application["fund"]) or {}
    household = _record(uow, "household", application["household"]) or {}
    audit.record(uow, "print", "guarantee_application", application["id"],
                 {"form": "guarantee"})
    return forms.guarantee_application(
        print_context(uow, today), application, fund, household,
        _members(uow, application["household"]),
        _record(uow, "landlord", application.get("landlord")))


@writes
def save_cohousing(uow: UnitOfWork, out: Path, pact_id: str) -> Path:
    """Write a pact to ``out`` (``genera print cohousing``)."""
    write_atomically(out, print_cohousing(uow, pact_id))
    return out


@writes
def save_installments(uow: UnitOfWork, out: Path, case_id: str) -> Path:
    """Write an arrears case's repayment plan to ``out`` (``genera print installments``)."""
    write_atomically(out, print_installments(uow, case_id))
    return out


@writes
def save_guarantee(uow: UnitOfWork, out: Path, application_id: str) -> Path:
    """Write a guarantee application's form to ``out`` (``genera print guarantee``)."""
    write_atomically(out, print_guarantee(uow, application_id))
    return out
