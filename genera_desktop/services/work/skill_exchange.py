"""Skill exchange between citizens (issue 12), in its simplest form for a point: a
person offers a skill or asks for one (``skill_exchange`` records, the skill a code of
the skills catalogue); an open offer and an open request of the same skill by two
people are a match. A point sees the matches among its households' people.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from genera_desktop.domain import catalogs_work as cat
from genera_desktop.domain.errors import FieldError, ValidationFailed
from genera_desktop.services import permissions, rules
from genera_desktop.services.transaction import reads
from genera_desktop.store.base import Replicated
from genera_desktop.store.models import Household, Person
from genera_desktop.store.models_work import SkillExchange
from genera_desktop.store.uow import UnitOfWork


@dataclass(frozen=True)
class Match:
    """An open offer and an open request of one skill, by two people."""

    skill: str
    skill_label: str
    offer: str  # the skill_exchange ids
    ask: str
    offered_by: str  # person ids
    asked_by: str
    offered_by_name: str
    asked_by_name: str
    point: str | None


def _check(values: dict[str, Any]) -> None:
    skill = values.get("skill")
    if skill is not None and cat.unknown_codes(cat.SKILLS, [skill]):
        raise ValidationFailed([FieldError("skill", "skills_code", value=skill)])


def _add(uow: UnitOfWork, values: dict[str, Any]) -> None:
    _check(values)


def _update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    _check(values)


rules.register("skill_exchange", rules.KindRules(on_add=_add, on_update=_update))


@reads
def matches(uow: UnitOfWork, point: str | None = None) -> list[Match]:
    """Every open offer paired with every open request of the same skill by another
    person (of the point's households when ``point`` is given); by skill label, then
    the names."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "skill_exchange")
    query = (select(SkillExchange.id, SkillExchange.person, SkillExchange.skill,
                    SkillExchange.direction, Household.point, Person.last_name,
                    Person.first_name)
             .join(Person, Person.id == SkillExchange.person)
             .join(Household, Household.id == SkillExchange.household)
             .where(SkillExchange.cl % 2 == 1, Person.cl % 2 == 1,
                    SkillExchange.status.is_distinct_from("closed")))
    if point is not None:
        query = query.where(Household.point == point)
    offers: dict[str, list[tuple[Any, ...]]] = {}
    asks: dict[str, list[tuple[Any, ...]]] = {}
    for row in session.execute(query):
        (offers if row.direction == "offer" else asks).setdefault(row.skill or "", []).append(
            tuple(row))
    found = []
    for skill, offered in offers.items():
        label = cat.label(cat.SKILLS, skill) or skill
        for o_id, o_person, _s, _d, o_point, o_last, o_first in offered:
            for a_id, a_person, _s2, _d2, a_point, a_last, a_first in asks.get(skill, ()):
                if a_person == o_person:
                    continue
                found.append(Match(skill, label, o_id, a_id, o_person, a_person,
                                   f"{o_last or ''} {o_first or ''}".strip(),
                                   f"{a_last or ''} {a_first or ''}".strip(),
                                   o_point if o_point == a_point else None))
    found.sort(key=lambda m: (m.skill_label.casefold(), m.offered_by_name.casefold(),
                              m.asked_by_name.casefold(), m.offer, m.ask))
    return found


@reads
def of_person(uow: UnitOfWork, person_id: str) -> list[dict[str, Any]]:
    """A person's live skill exchange records, each with ``skill_label`` and
    ``partners``: the names of the people it matches (module docstring)."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "skill_exchange")
    from genera_desktop.services import records

    rows = [records.to_dict(r) for r in session.scalars(select(SkillExchange).where(
        SkillExchange.person == person_id, SkillExchange.cl % 2 == 1))]
    partners: dict[str, list[str]] = {}
    if rows:
        for m in matches(uow):
            if m.offered_by == person_id:
                partners.setdefault(m.offer, []).append(m.asked_by_name)
            if m.asked_by == person_id:
                partners.setdefault(m.ask, []).append(m.offered_by_name)
    for row in rows:
        row["skill_label"] = cat.label(cat.SKILLS, row.get("skill") or "") or row.get("skill")
        row["partners"] = partners.get(row["id"], [])
    rows.sort(key=lambda r: (r.get("direction") != "offer", str(r["skill_label"]).casefold()))
    return rows
