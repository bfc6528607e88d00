"""Guarantee funds: applications and disbursements (spec/programme.md, "Piano integrato
casa", "Who holds what").

Money decisions are taken in one place, the coordinator: only it moves an application
to ``approved``, ``rejected`` or ``disbursed``, sets its ``amount_approved`` and records
a disbursement. A point submits and assesses. So no two sites ever spend the same budget,
whatever order their bundles arrive in (sync refuses, as store/housing_terms.py declares, at the coordinator's
import a member's change that would decide).

At the coordinator, approving is refused when the ``amount_approved`` exceeds what the
fund has available (its budget less the other applications' committed amounts) or the
``isee_value`` exceeds the fund's ``isee_max``; a disbursement is refused when it would
take the application's disbursements past its ``amount_approved``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from genera_desktop.domain.errors import FieldError, Refused, ValidationFailed
from genera_desktop.domain.vocab_housing import APPLICATION_STATUS
from genera_desktop.services import records, rules
from genera_desktop.services.network.site import site_info
from genera_desktop.services.transaction import reads, writes
from genera_desktop.store.base import Replicated
from genera_desktop.store.housing_terms import (
    COMMITTING,
    MEMBER_STATES,
    committed_amount,
    money,
)
from genera_desktop.store.models_housing import (
    Disbursement,
    GuaranteeApplication,
    GuaranteeFund,
)
from genera_desktop.store.uow import UnitOfWork

FIRST = "submitted"
# The coordinator's decisions, and the close (a closed application's money stays
# committed): every state but the two a member site may give (MEMBER_STATES, which
# sync also refuses a member to leave on import).
DECIDED = frozenset(APPLICATION_STATUS) - MEMBER_STATES
CENT = 0.005  # amounts are compared to the cent


def _euro(value: float) -> str:
    return f"{money(value):.2f} €"


def _require_coordinator(uow: UnitOfWork, what: str) -> None:
    if not site_info(uow.session).is_coordinator:
        raise Refused("money_coordinator_only", what)


def _check_point_move(uow: UnitOfWork, before: str | None, after: str | None,
                      amount_given: bool, fund_moved: bool = False) -> None:
    """A point's change: no decision made or undone, no amount approved, no decided
    application moved to another fund (the coordinator's import refuses it too)."""
    if site_info(uow.session).is_coordinator:
        return
    if amount_given:
        raise Refused("money_coordinator_only", "amount_approved")
    if fund_moved and before in DECIDED:
        raise Refused("money_coordinator_only", f"fund of an application that is {before}")
    if after == before:
        return
    if after in DECIDED or before in DECIDED:
        raise Refused("money_coordinator_only", f"status {before} to {after}")


def check_money(uow: UnitOfWork, values: dict[str, Any], application_id: str | None,
                *, approving: bool) -> None:
    """The fund's limits on an application as it would be (``values``): its approved
    amount within what the fund has available, and, when ``approving``, its ISEE within
    the fund's ceiling."""
    status = values.get("status") or FIRST
    if status not in COMMITTING:
        return
    fund = uow.session.get(GuaranteeFund, values["fund"])
    if fund is None:  # references are checked before: not here
        return
    amount = values.get("amount_approved")
    if amount is None:
        raise Refused("amount_approved_needed", status)
    if approving and values.get("isee_value") is not None and fund.isee_max is not None \
            and float(values["isee_value"]) > float(fund.isee_max) + CENT:
        raise Refused("isee_above_max", f"{_euro(values['isee_value'])} > "
                                        f"{_euro(fund.isee_max)}")
    available = float(fund.budget or 0) - committed_amount(uow.session, fund.id,
                                                           leaving_out=application_id)
    if float(amount) > available + CENT:
        raise Refused("fund_exceeded", f"{_euro(amount)} > {_euro(max(available, 0))}")


def _application_add(uow: UnitOfWork, values: dict[str, Any]) -> None:
    _check_point_move(uow, FIRST, values.get("status") or FIRST,
                      values.get("amount_approved") is not None)
    check_money(uow, values, None, approving=True)


def _application_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    assert isinstance(obj, GuaranteeApplication)
    before = obj.status or FIRST
    after = {**records.to_dict(obj), **values}
    _check_point_move(uow, before, after.get("status") or FIRST,
                      "amount_approved" in values
                      and values["amount_approved"] != obj.amount_approved,
                      "fund" in values and values["fund"] != obj.fund)
    money_fields = ("status", "amount_approved", "fund", "isee_value")
    if any(n in values and values[n] != getattr(obj, n) for n in money_fields):
        _check_paid_stays_committed(uow, obj, after)
        approving = (after.get("status") == "approved"
                     and (before != "approved"
                          or any(n in values for n in ("fund", "isee_value"))))
        check_money(uow, after, obj.id, approving=approving)


def _check_paid_stays_committed(uow: UnitOfWork, obj: GuaranteeApplication,
                                after: dict[str, Any]) -> None:
    """Money already paid on an application stays committed in its fund: the
    application keeps a committing state, its fund, and an amount approved no smaller
    than its disbursements (else the fund would show more available than it has)."""
    paid = disbursed_on(uow.session, obj.id)
    if paid <= 0:
        return
    amount = float(after.get("amount_approved") or 0)
    if (after.get("status") not in COMMITTING or after.get("fund") != obj.fund
            or amount + CENT < paid):
        raise Refused("application_disbursed", _euro(paid))


def disbursed_on(session: Any, application_id: str, *, leaving_out: str | None = None) -> float:
    """What the application's live disbursements add up to."""
    query = select(Disbursement.amount).where(Disbursement.application == application_id,
                                              Disbursement.cl % 2 == 1)
    if leaving_out:
        query = query.where(Disbursement.id != leaving_out)
    return sum(float(a or 0) for a in session.scalars(query))


def _check_disbursement(uow: UnitOfWork, values: dict[str, Any], rid: str | None) -> None:
    application = uow.session.get(GuaranteeApplication, values["application"])
    if application is None:
        return
    approved = float(application.amount_approved or 0)
    if application.status not in COMMITTING:
        approved = 0.0  # not approved: nothing may be paid
    paid = disbursed_on(uow.session, application.id, leaving_out=rid)
    if paid + float(values["amount"]) > approved + CENT:
        raise Refused("disbursement_exceeds",
                      f"{_euro(paid + float(values['amount']))} > {_euro(approved)}")


def _disbursement_add(uow: UnitOfWork, values: dict[str, Any]) -> None:
    _require_coordinator(uow, "disbursement")
    _check_disbursement(uow, values, None)


def _disbursement_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    _require_coordinator(uow, "disbursement")
    if any(n in values for n in ("amount", "application")):
        _check_disbursement(uow, {**records.to_dict(obj), **values}, obj.id)


def _check_validity(values: dict[str, Any]) -> None:
    start, end = values.get("valid_from"), values.get("valid_to")
    if start and end and end < start:  # ISO dates compare as text
        raise ValidationFailed([FieldError("valid_to", "before_from", "valid_from",
                                           value=end)])


def _fund_add(uow: UnitOfWork, values: dict[str, Any]) -> None:
    _check_validity(values)


def _fund_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    """A fund's budget never goes below what its applications have committed: no fund
    is ever overspent, not even by a budget cut."""
    _check_validity({**records.to_dict(obj), **values})
    if values.get("budget") is not None:
        spent = committed_amount(uow.session, obj.id)
        if float(values["budget"]) + CENT < spent:
            raise Refused("budget_below_committed",
                          f"{_euro(values['budget'])} < {_euro(spent)}")


def _fund_delete(uow: UnitOfWork, obj: Replicated) -> None:
    """A fund with live applications stays: they name it, and its money is theirs."""
    count = uow.session.scalar(select(func.count()).select_from(GuaranteeApplication).where(
        GuaranteeApplication.fund == obj.id, GuaranteeApplication.cl % 2 == 1))
    if count:
        raise Refused("fund_in_use", str(count))


def _application_delete(uow: UnitOfWork, obj: Replicated) -> None:
    """Money paid on an application stays on the fund's books: deleting it alone would
    give the fund that money back to approve again (its household's delete takes the
    disbursements along with it)."""
    paid = disbursed_on(uow.session, obj.id)
    if paid > 0:
        raise Refused("application_disbursed", _euro(paid))


def _application_restore(uow: UnitOfWork, obj: Replicated) -> None:
    """Its approved money comes back to the fund's books: only if the fund still has
    it (another application may have been approved with it meanwhile)."""
    check_money(uow, records.to_dict(obj), obj.id, approving=False)


def _disbursement_restore(uow: UnitOfWork, obj: Replicated) -> None:
    """A payment comes back only within what its application has approved and unpaid."""
    _check_disbursement(uow, records.to_dict(obj), obj.id)


rules.register("guarantee_fund", rules.KindRules(on_add=_fund_add, on_update=_fund_update,
                                                 on_delete=_fund_delete))
rules.register("guarantee_application", rules.KindRules(on_add=_application_add,
                                                        on_update=_application_update,
                                                        on_delete=_application_delete,
                                                        on_restore=_application_restore))
rules.register("disbursement", rules.KindRules(on_add=_disbursement_add,
                                               on_update=_disbursement_update,
                                               on_restore=_disbursement_restore))


@writes
def decide(uow: UnitOfWork, application_id: str, status: str, *, decided_on: str,
           amount_approved: float | None = None) -> None:
    """The coordinator approves (with the amount) or rejects an application."""
    data: dict[str, Any] = {"status": status, "decided_on": decided_on}
    if amount_approved is not None:
        data["amount_approved"] = amount_approved
    records.update(uow, "guarantee_application", application_id, data)


@writes
def disburse(uow: UnitOfWork, application_id: str, amount: float, *, on: str,
             payee: str | None = None) -> str:
    """The coordinator pays part or all of an approved application; the id."""
    data: dict[str, Any] = {"application": application_id, "amount": amount, "date": on}
    if payee:
        data["payee"] = payee
    return records.add(uow, "disbursement", data)


@reads
def fund_page(uow: UnitOfWork, fund_id: str) -> dict[str, Any]:
    """A fund with its money (budget, committed, disbursed, available) and its live
    applications, the waiting ones (submitted or assessed) first, oldest first."""
    session = uow.session
    from genera_desktop.services import permissions

    permissions.require_kind_access(session, uow.username, "guarantee_fund")
    fund = records.with_computed(records.to_dict(records.load(session, "guarantee_fund",
                                                              fund_id)), session)
    rows = session.scalars(select(GuaranteeApplication).where(
        GuaranteeApplication.fund == fund["id"], GuaranteeApplication.cl % 2 == 1))
    applications = [records.to_dict(a) for a in rows]
    waiting = ("submitted", "assessed")
    applications.sort(key=lambda a: (a.get("status") not in waiting, a.get("date") or "",
                                     a["id"]))
    fund["applications"] = applications
    fund["waiting"] = sum(1 for a in applications if a.get("status") in waiting)
    return fund
