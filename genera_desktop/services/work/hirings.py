"""Hirings: the incentives a hiring names must be known and valid on the hiring's date
(issue 12: "a hiring can be checked against the measures valid on its date").

An incentive is known when it is a live ``incentive`` record (the coordinator's) or a
measure shipped with the app (domain/incentives.py); a record with the same code, in
any case, overrides the shipped measure, so the coordinator edits a measure by entering
it. Codes are stored as typed and compared case-insensitively. ``valid_incentives``
lists those of a day, for a page to offer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from genera_desktop.domain import incentives as shipped
from genera_desktop.domain.errors import Refused
from genera_desktop.services import rules
from genera_desktop.services.work import bounds
from genera_desktop.store.base import Replicated
from genera_desktop.store.models_work import Hiring, Incentive, Internship
from genera_desktop.store.uow import UnitOfWork


@dataclass(frozen=True)
class Offer:
    """An incentive a hiring may name: a record (``record_id``) or a shipped measure."""

    code: str
    name: str
    valid_from: str | None
    valid_to: str | None
    record_id: str | None = None

    @property
    def shipped(self) -> bool:
        """A measure shipped with the app, not overridden by a record."""
        return self.record_id is None

    def valid_on(self, day: str) -> bool:
        return (not self.valid_from or self.valid_from <= day) and (
            not self.valid_to or day <= self.valid_to)


def known_incentives(session: Session) -> dict[str, Offer]:
    """Every incentive a hiring may name, by ``shipped.code_key``: the shipped measures,
    then the live records over them."""
    known = {key: Offer(m.code, m.name, m.valid_from or None, m.valid_to or None)
             for key, m in shipped.by_code().items()}
    for record in session.scalars(select(Incentive).where(Incentive.cl % 2 == 1)
                                  .order_by(Incentive.id)):
        if record.code:
            known[shipped.code_key(record.code)] = Offer(
                record.code, record.name or "", record.valid_from, record.valid_to, record.id)
    return known


def valid_incentives(session: Session, day: str) -> list[Offer]:
    """The incentives (records and shipped measures) whose validity holds ``day`` (ISO),
    by code."""
    return sorted((o for o in known_incentives(session).values() if o.valid_on(day)),
                  key=lambda o: shipped.code_key(o.code))


def _check(uow: UnitOfWork, codes: list[str] | None, day: str | None) -> None:
    if not codes or not day:
        return
    known = known_incentives(uow.session)
    for code in codes:
        offer = known.get(shipped.code_key(code))
        if offer is None:
            raise Refused("incentive_unknown", code)
        if not offer.valid_on(day):
            raise Refused("incentive_not_valid",
                          f"{code}|{offer.valid_from or ''}|{offer.valid_to or ''}|{day}")


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
    _check(uow, values.get("incentives"), values.get("date"))
    _internship_is_the_persons(uow, values.get("person"), values.get("internship"))


def _update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    assert isinstance(obj, Hiring)
    bounds.check("hiring", values, obj)
    if {"person", "internship"} & set(values):
        _internship_is_the_persons(uow, values.get("person", obj.person),
                                   values.get("internship", obj.internship))
    if "incentives" in values or "date" in values:
        codes = values.get("incentives", obj.incentives)
        _check(uow, codes, values.get("date", obj.date))


def _incentive_code_free(uow: UnitOfWork, code: str | None, own: str = "") -> None:
    """One live incentive per code, in any case: a hiring names it by code. (Codes are
    ASCII letters, digits, - and _ (services/validate.py), so SQL's lower() will do.)"""
    if not code:
        return
    taken = uow.session.scalar(select(Incentive.code).where(
        func.lower(Incentive.code) == code.lower(), Incentive.cl % 2 == 1,
        Incentive.id != own))
    if taken is not None:
        raise Refused("incentive_code_taken", taken)


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
