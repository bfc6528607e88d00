"""The housing plan's deadlines in the agenda (services/registry/agenda.py lists them beside the
follow-ups): an agreed-rent contract's first term and renewal ending, from six months
ahead (``notice`` 6) and from three (``notice`` 3) until the day; and the instalments of
a repayment plan past their due date and not paid.

Only for a user with the housing area (the records are the area's); a few queries over
the live contracts and instalments, whatever the store's size.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from genera_desktop.services import permissions
from genera_desktop.store.housing_terms import add_months, first_term_end, renewal_end
from genera_desktop.store.models import Household
from genera_desktop.store.models_housing import ArrearsCase, Installment, RentContract
from genera_desktop.store.uow import UnitOfWork

RENEWAL, EXPIRY, INSTALLMENT = "contract_renewal", "contract_expiry", "installment_overdue"
NOTICES = (6, 3)  # months ahead
CLOSED_CASES = ("resolved", "closed")


@dataclass(frozen=True)
class Deadline:
    """One housing deadline of a household: what (``what``), when (``due``), the record
    (``kind``, ``record_id``), and for a contract how many months' notice it is in."""

    what: str
    due: str
    household_id: str
    kind: str
    record_id: str
    case_number: str | None
    reference_name: str | None
    notice: int | None = None
    amount: float | None = None


def upcoming(uow: UnitOfWork, today: date | None = None) -> list[Deadline]:
    """The housing deadlines as of ``today``: contract terms ending within six months
    (not yet ended), overdue instalments; the soonest (the most overdue) first."""
    session = uow.session
    if not permissions.may_read_kind(session, uow.username, "rent_contract"):
        return []
    from genera_desktop.services.registry.agenda import reference_names

    today = today or date.today()
    iso = today.isoformat()
    horizon = add_months(today, NOTICES[0]).isoformat()
    within = add_months(today, NOTICES[1]).isoformat()
    found: list[tuple[str, str, str, str, str, int | None, float | None]] = []
    contracts = session.execute(
        select(RentContract.id, RentContract.household, RentContract.start_date)
        .join(Household, Household.id == RentContract.household)
        .where(RentContract.cl % 2 == 1, RentContract.contract_type == "agreed",
               Household.cl % 2 == 1))
    for rid, household, start in contracts:
        record: dict[str, Any] = {"contract_type": "agreed", "start_date": start}
        for what, end in ((RENEWAL, first_term_end(record)), (EXPIRY, renewal_end(record))):
            if end and iso <= end <= horizon:
                found.append((what, end, household or "", "rent_contract", rid,
                              NOTICES[1] if end <= within else NOTICES[0], None))
    overdue = session.execute(
        select(Installment.id, Installment.household, Installment.due_date, Installment.amount)
        .join(ArrearsCase, ArrearsCase.id == Installment.arrears_case)
        .where(Installment.cl % 2 == 1, Installment.paid_on.is_(None),
               Installment.due_date < iso, ArrearsCase.cl % 2 == 1,
               ArrearsCase.status.is_distinct_from("resolved"),
               ArrearsCase.status.is_distinct_from("closed")))
    for rid, household, due, amount in overdue:
        found.append((INSTALLMENT, due or "", household or "", "installment", rid, None,
                      float(amount) if amount is not None else None))
    households = {f[2] for f in found}
    cases = dict(session.execute(select(Household.id, Household.case_number)
                                 .where(Household.id.in_(households))).all()) if households else {}
    names = reference_names(session, households)
    found.sort(key=lambda f: (f[1], f[0], f[4]))
    return [Deadline(what, due, hh, kind, rid, cases.get(hh), names.get(hh), notice,
                     float(amount) if amount is not None else None)
            for what, due, hh, kind, rid, notice, amount in found]
