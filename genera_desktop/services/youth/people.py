"""What the Adolescenti section shows: the young people the plan follows at a point,
with their consents; one young person's consents and school-work experiences; an
experience's hours. Only for users with the adolescents' access area.

The young people of a point are the persons of its households under 18 today, and the
young adults up to 25 whom staff added to the plan (a consent or a school-work
experience recorded for them). For each, the consents that hold today and count: for
a minor only those of a parent or guardian.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, text

from genera_desktop.domain.ages import age_on, under_18_on
from genera_desktop.domain.text import fold
from genera_desktop.services import permissions, records
from genera_desktop.services.transaction import reads
from genera_desktop.services.youth.consents import FOR_A_MINOR, is_live
from genera_desktop.store.models_youth import Consent, SchoolWork, SchoolWorkHours
from genera_desktop.store.uow import UnitOfWork

YOUNG_ADULT_AGE = 25  # up to 25 a young adult can be followed by the plan

# The point's persons under 18 today, and those up to 25 with a record of the plan;
# ``+p.cl`` keeps SQLite on the birth date index, not the household's.
PEOPLE_SQL = """
SELECT p.id, p.first_name, p.last_name, p.birth_date, p.household, h.point
FROM person p JOIN household h ON h.id = p.household
WHERE p.birth_date > :oldest AND p.birth_date <= :today
  AND +p.cl % 2 = 1 AND p.merged_into IS NULL AND h.cl % 2 = 1
  AND (:point IS NULL OR h.point = :point)
  AND (p.birth_date > :adult
       OR p.id IN (SELECT person FROM consent WHERE cl % 2 = 1)
       OR p.id IN (SELECT person FROM school_work WHERE cl % 2 = 1))
"""
CONSENTS_SQL = """
SELECT c.person, c.consent_type, c.given_by, c.date, c.withdrawn_on
FROM consent c JOIN person p ON p.id = c.person JOIN household h ON h.id = p.household
WHERE c.cl % 2 = 1 AND (:point IS NULL OR h.point = :point)
"""


@dataclass(frozen=True)
class YoungPerson:
    """One row of the Adolescenti list."""

    id: str
    first_name: str
    last_name: str
    birth_date: str
    age: int
    household: str
    point: str
    consents: tuple[str, ...]  # the consent types that hold today and count, sorted

    @property
    def minor(self) -> bool:
        return self.age < 18


def _years_before(day: date, years: int) -> str:
    try:
        return day.replace(year=day.year - years).isoformat()
    except ValueError:  # 29 February
        return date(day.year - years, 2, 28).isoformat()


@reads
def young_people(uow: UnitOfWork, point: str | None = None, *, search: str | None = None,
                 today: date | None = None) -> list[YoungPerson]:
    """The young people of ``point`` (every point held when None), by surname: under 18
    today, or up to 25 with a consent or school-work recorded; ``search`` keeps those
    whose name holds each of its words."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "consent")
    day = today or date.today()
    params = {"today": day.isoformat(), "adult": _years_before(day, 18),
              "oldest": _years_before(day, YOUNG_ADULT_AGE + 1), "point": point}
    counted: dict[str, set[str]] = {}
    for person, kind, given_by, given, withdrawn in session.execute(text(CONSENTS_SQL),
                                                                    {"point": point}):
        if is_live({"date": given, "withdrawn_on": withdrawn}, day):
            counted.setdefault(person, set()).add(f"{given_by}:{kind}")
    words = fold(search or "").split()
    out = []
    for pid, first, last, born, household, code in session.execute(text(PEOPLE_SQL), params):
        if words:
            name = fold(f"{first or ''} {last or ''}")
            if not all(w in name for w in words):
                continue
        age = age_on(born, day)
        if age is None:
            continue
        minor = age < 18
        kinds = {entry.split(":", 1)[1] for entry in counted.get(pid, ())
                 if not minor or entry.split(":", 1)[0] in FOR_A_MINOR}
        out.append(YoungPerson(pid, first or "", last or "", born, age, household,
                               code or "", tuple(sorted(kinds))))
    out.sort(key=lambda p: (fold(p.last_name), fold(p.first_name), p.id))
    return out


@reads
def plan_of(uow: UnitOfWork, person_id: str, *, today: date | None = None) -> dict[str, Any]:
    """One young person's plan: ``person`` (names, birth date, ``minor`` today),
    ``consents`` (newest first, each with ``live`` today) and ``experiences`` (their
    school-work, newest first, with hours done and required)."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "consent")
    person = records.load(session, "person", person_id)
    day = today or date.today()
    consents = [records.to_dict(c) for c in session.scalars(
        select(Consent).where(Consent.person == person.id, Consent.cl % 2 == 1))]
    for consent in consents:
        consent["live"] = is_live(consent, day)
    consents.sort(key=lambda c: (c.get("date") or "", c["id"]), reverse=True)
    experiences = [records.with_computed(records.to_dict(e), session) for e in session.scalars(
        select(SchoolWork).where(SchoolWork.person == person.id, SchoolWork.cl % 2 == 1))]
    experiences.sort(key=lambda e: (e.get("start_date") or "", e["id"]), reverse=True)
    data = records.to_dict(person)
    data["minor"] = under_18_on(data.get("birth_date"), day)
    return {"person": data, "consents": consents, "experiences": experiences}


@reads
def hours_of(uow: UnitOfWork, school_work_id: str) -> dict[str, Any]:
    """An experience (with hours done and required) and its hours entries by date."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "school_work")
    experience = records.load(session, "school_work", school_work_id)
    entries = [records.to_dict(h) for h in session.scalars(
        select(SchoolWorkHours).where(SchoolWorkHours.school_work == experience.id,
                                      SchoolWorkHours.cl % 2 == 1)
        .order_by(SchoolWorkHours.date, SchoolWorkHours.id))]
    return {"experience": records.with_computed(records.to_dict(experience), session),
            "hours": entries}
