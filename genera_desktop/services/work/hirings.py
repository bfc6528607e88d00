"""Hirings: the incentives a hiring names must be in the incentive catalogue and valid
on the hiring's date (issue 12: "a hiring can be checked against the measures valid on
its date"). ``valid_incentives`` lists those of a day, for a page to offer.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from genera_desktop.domain.errors import Refused
from genera_desktop.services import rules
from genera_desktop.services.work import bounds
from genera_desktop.store.base import Replicated
from genera_desktop.store.models_work import Hiring, Incentive, Internship
from genera_desktop.store.uow import UnitOfWork


def valid_incentives(session: Session, day: str) -> list[Incentive]:
    """The live incentives whose validity holds ``day`` (ISO), by code."""
    return [i for i in session.scalars(select(Incentive).where(Incentive.cl % 2 == 1)
                                       .order_by(Incentive.code))
            if (not i.valid_from or i.valid_from <= day) and (not i.valid_to or day <= i.valid_to)]


def _check(uow: UnitOfWork, codes: list[str] | None, day: str | None) -> None:
    if not codes or not day:
        return
    session = uow.session
    known = {i.code: i for i in session.scalars(select(Incentive).where(Incentive.cl % 2 == 1))}
    valid = {i.code for i in valid_incentives(session, day)}
    for code in codes:
        if code.upper() not in known:
            raise Refused("incentive_unknown", code)
        if code.upper() not in valid:
            incentive = known[code.upper()]
            raise Refused("incentive_not_valid",
                          f"{code.upper()}|{incentive.valid_from or ''}|"
                          f"{incentive.valid_to or ''}|{day}")


def _internship_is_the_persons(uow: UnitOfWork, person: str | None,
                               internship_id: str | None) -> None:
    """A hiring after an internship names that person's internship, not another's."""
    if not person or not internship_id:
        return
    internship = uow.session.get(Internship, internship_id)
    if internship is not None and internship.person != person:
        raise Refused("hiring_internship_other_person", internship_id)


def _add(uow: UnitOfWork, values: dict[str, Any]) -> None:
    bounds.check("hiring", values)
    if values.get("incentives"):
        values["incentives"] = [c.upper() for c in values["incentives"]]
    _check(uow, values.get("incentives"), values.get("date"))
    _internship_is_the_persons(uow, values.get("person"), values.get("internship"))


def _update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    assert isinstance(obj, Hiring)
    bounds.check("hiring", values, obj)
    if {"person", "internship"} & set(values):
        _internship_is_the_persons(uow, values.get("person", obj.person),
                                   values.get("internship", obj.internship))
    if values.get("incentives"):
        values["incentives"] = [c.upper() for c in values["incentives"]]
    if "incentives" in values or "date" in values:
        codes = values.get("incentives", obj.incentives)
        _check(uow, codes, values.get("date", obj.date))


def _incentive_code_free(uow: UnitOfWork, code: str | None, own: str = "") -> None:
    """One live incentive per code: a hiring names it by code."""
    if not code:
        return
    taken = uow.session.scalar(select(Incentive.id).where(
        Incentive.code == code.upper(), Incentive.cl % 2 == 1, Incentive.id != own))
    if taken is not None:
        raise Refused("incentive_code_taken", code.upper())


def _incentive_add(uow: UnitOfWork, values: dict[str, Any]) -> None:
    bounds.check("incentive", values)
    _incentive_code_free(uow, values.get("code"))


def _incentive_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    bounds.check("incentive", values, obj)
    if "code" in values:
        _incentive_code_free(uow, values["code"], obj.id)


rules.register("hiring", rules.KindRules(on_add=_add, on_update=_update))
rules.register("incentive", rules.KindRules(on_add=_incentive_add,
                                            on_update=_incentive_update))
