"""Enrolments: one per person and workshop, of a person of the workshop's point.

An enrolment's id is made from its workshop and person (``enrolment_id``): two sites
that enrol the same person in the same workshop while apart make the same record, and
once their bundles cross sync merges it field by field, leaving one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from genera_desktop.domain.errors import Refused
from genera_desktop.services import records, rules
from genera_desktop.services.transaction import reads, writes
from genera_desktop.services.youth.consents import day_of, require_consent
from genera_desktop.store.base import Replicated
from genera_desktop.store.ids import id_from
from genera_desktop.store.models import Enrolment, Household, Person, Workshop
from genera_desktop.store.uow import UnitOfWork


def pair_id(kind: str, first: str, second: str) -> str:
    """The id of the one record of ``kind`` a pair of ids may have (store/ids.py)."""
    return id_from(kind, first, second)


def enrolment_id(workshop_id: str, person_id: str) -> str:
    """The id of a person's enrolment in a workshop, the same on every site."""
    return pair_id("enrolment", workshop_id, person_id)


def live_enrolment(session: Any, workshop_id: str, person_id: str) -> Enrolment | None:
    """The person's live enrolment in the workshop, whatever its id."""
    return session.scalars(select(Enrolment).where(
        Enrolment.workshop == workshop_id, Enrolment.person == person_id,
        Enrolment.cl % 2 == 1)).first()


def _check_add(uow: UnitOfWork, values: dict[str, Any]) -> str:
    session = uow.session
    workshop_id, person_id = values["workshop"], values["person"]
    existing = live_enrolment(session, workshop_id, person_id)
    if existing is not None:
        raise Refused("already_enrolled", existing.id)
    workshop = session.get(Workshop, workshop_id)
    person = session.get(Person, person_id)
    household = session.get(Household, person.household) if person is not None else None
    if workshop is None or household is None:  # references are checked before: not here
        raise Refused("enrolment_other_point", "")
    if household.point != workshop.point:
        raise Refused("enrolment_other_point", str(household.point or ""))
    # A minor takes part with a parent's or guardian's consent (the adolescents' plan).
    require_consent(session, person_id, "activities", day_of(values.get("enrolled_on")))
    return enrolment_id(workshop_id, person_id)


def _check_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    assert isinstance(obj, Enrolment)
    fixed = [n for n in ("workshop", "person") if n in values and values[n] != getattr(obj, n)]
    if fixed:
        raise Refused("pair_fixed", f"enrolment {fixed[0]}")
    if "enrolled_on" in values and values["enrolled_on"] != obj.enrolled_on:
        # Moved to another day (or to none: today), a minor's consent must hold then.
        require_consent(uow.session, str(obj.person), "activities",
                        day_of(values["enrolled_on"]))


rules.register("enrolment", rules.KindRules(on_add=_check_add, on_update=_check_update))


@writes
def enrol(uow: UnitOfWork, workshop_id: str, person_id: str, *,
          enrolled_on: date | str | None = None, notes: str | None = None) -> str:
    """Enrol a person in a workshop (status ``enrolled``); return the enrolment's id.

    Refused ``already_enrolled`` for a second, ``enrolment_other_point`` for a person of
    another point's household (register them here as a contact: newcomers.py).
    """
    data: dict[str, Any] = {"workshop": workshop_id, "person": person_id}
    if enrolled_on is not None:
        data["enrolled_on"] = str(enrolled_on)
    if notes:
        data["notes"] = notes
    return records.add(uow, "enrolment", data)


@reads
def participants(uow: UnitOfWork, workshop_id: str) -> list[dict[str, Any]]:
    """A workshop's live enrolments, each as a record with its person's ``first_name``,
    ``last_name``, ``phone`` and ``birth_date`` under ``person_data``; by surname."""
    from genera_desktop.domain.text import fold

    session = uow.session
    records.load(session, "workshop", workshop_id)
    rows = session.execute(
        select(Enrolment, Person).join(Person, Person.id == Enrolment.person)
        .where(Enrolment.workshop == workshop_id.strip().lower(), Enrolment.cl % 2 == 1))
    out = []
    for enrolment, person in rows:
        item = records.to_dict(enrolment)
        item["person_data"] = {k: getattr(person, k) for k in
                               ("id", "first_name", "last_name", "phone", "birth_date",
                                "household")}
        out.append(item)
    out.sort(key=lambda e: (fold(e["person_data"]["last_name"] or ""),
                            fold(e["person_data"]["first_name"] or ""), e["id"]))
    return out
