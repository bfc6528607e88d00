"""Printing the adolescents' plan's forms: a school-work experience's hours register and
training pact, and a consent form (printing/youth.py lays them out). Only for users with the adolescents'
access area.

``print_*`` return the PDF bytes and note the print in the audit trail in the caller's
transaction; ``save_*`` write the file atomically and commit once it is there
(``genera print school-work``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from genera_desktop.domain.ages import under_18_on
from genera_desktop.files import write_atomically
from genera_desktop.printing import youth as forms
from genera_desktop.printing import youth_pact as pact
from genera_desktop.services import permissions, records
from genera_desktop.services.coordination import audit
from genera_desktop.services.printing import print_context
from genera_desktop.services.transaction import writes
from genera_desktop.store.models import Organisation, Person
from genera_desktop.store.models_youth import SchoolWorkHours
from genera_desktop.store.uow import UnitOfWork


def _org(uow: UnitOfWork, org_id: str | None) -> dict[str, Any] | None:
    org = uow.session.get(Organisation, org_id) if org_id else None
    return records.to_dict(org) if org is not None else None


def print_school_work(uow: UnitOfWork, school_work_id: str, *,
                      today: date | None = None) -> bytes:
    """The hours register of one school-work experience: its student, school and host,
    each day's hours by date, the totals and the signatures."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "school_work")
    obj = records.load(session, "school_work", school_work_id)
    experience = records.with_computed(records.to_dict(obj), session)
    person = session.get(Person, experience["person"])
    student = {k: getattr(person, k) for k in ("first_name", "last_name", "birth_date")} \
        if person is not None else {}
    hours = [records.to_dict(h) for h in session.scalars(
        select(SchoolWorkHours).where(SchoolWorkHours.school_work == obj.id,
                                      SchoolWorkHours.cl % 2 == 1)
        .order_by(SchoolWorkHours.date, SchoolWorkHours.id))]
    day = today or date.today()
    audit.record(uow, "print", "school_work", obj.id, {"form": "school_work"})
    return forms.school_work_register(
        print_context(uow, day), experience, student, _org(uow, experience.get("school")),
        _org(uow, experience.get("host")), hours,
        minor=under_18_on(student.get("birth_date"), day))


@writes
def save_school_work(uow: UnitOfWork, out: Path, school_work_id: str) -> Path:
    """Write an experience's hours register to ``out`` (``genera print school-work``)."""
    write_atomically(out, print_school_work(uow, school_work_id))
    return out


def print_school_work_pact(uow: UnitOfWork, school_work_id: str, *,
                           today: date | None = None) -> bytes:
    """The training pact (patto formativo) of one school-work experience: the parties
    and tutors, the dates and hours, the safety training, the signatures (a parent's or
    guardian's too for a student under 18 on the experience's start, today without
    one)."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "school_work")
    obj = records.load(session, "school_work", school_work_id)
    experience = records.with_computed(records.to_dict(obj), session)
    person = session.get(Person, experience["person"])
    student = {k: getattr(person, k) for k in ("first_name", "last_name", "birth_date")} \
        if person is not None else {}
    day = today or date.today()
    start = date.fromisoformat(experience["start_date"]) if experience.get("start_date") \
        else day
    audit.record(uow, "print", "school_work", obj.id, {"form": "school_work_pact"})
    return pact.school_work_pact(
        print_context(uow, day), experience, student, _org(uow, experience.get("school")),
        _org(uow, experience.get("host")),
        minor=under_18_on(student.get("birth_date"), min(start, day)))


@writes
def save_school_work_pact(uow: UnitOfWork, out: Path, school_work_id: str) -> Path:
    """Write an experience's training pact to ``out`` (``genera print school-work-pact``)."""
    write_atomically(out, print_school_work_pact(uow, school_work_id))
    return out


def print_consent_form(uow: UnitOfWork, person_id: str, consent_type: str, *,
                       workshop_id: str | None = None, today: date | None = None) -> bytes:
    """The consent form of one type for a person: for a parent or guardian to sign when
    they are under 18 today, else for themself. The latest live consent of that type
    recorded, if any, fills in who gave it and when; ``workshop_id`` names the workshop
    it is asked for."""
    from genera_desktop.domain.errors import FieldError, ValidationFailed
    from genera_desktop.domain.vocab_youth import CONSENT_TYPE
    from genera_desktop.services.youth.consents import live_consents

    session = uow.session
    permissions.require_kind_access(session, uow.username, "consent")
    if consent_type not in CONSENT_TYPE:
        raise ValidationFailed([FieldError("consent_type", "choice", ", ".join(CONSENT_TYPE),
                                           consent_type)])
    person = records.load(session, "person", person_id)
    assert isinstance(person, Person)
    day = today or date.today()
    activity = None
    if workshop_id:
        activity = records.to_dict(records.load(session, "workshop", workshop_id)).get("title")
    found = sorted(live_consents(session, person.id, consent_type, day),
                   key=lambda c: (c.date or "", c.id))
    given = records.to_dict(found[-1]) if found else None
    audit.record(uow, "print", "person", person.id, {"form": f"consent:{consent_type}"})
    data = {k: getattr(person, k) for k in ("id", "first_name", "last_name", "birth_date")}
    return forms.consent_form(print_context(uow, day), consent_type, data,
                              minor=under_18_on(person.birth_date, day), given=given,
                              activity=activity)


@writes
def save_consent_form(uow: UnitOfWork, out: Path, person_id: str, consent_type: str, *,
                      workshop_id: str | None = None) -> Path:
    """Write a consent form to ``out`` (``genera print consent``)."""
    write_atomically(out, print_consent_form(uow, person_id, consent_type,
                                             workshop_id=workshop_id))
    return out
