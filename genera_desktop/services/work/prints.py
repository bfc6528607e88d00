"""Printing an internship's forms: the progetto formativo and a month's attendance
sheet (printing/internships.py lays them out). Each print is in the audit trail.

``print_*`` return the PDF bytes in the caller's transaction (a page previews, then
commits); ``save_*`` write the file atomically and commit once it is there.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from genera_desktop.domain.errors import FieldError, ValidationFailed
from genera_desktop.files import write_atomically
from genera_desktop.printing import internships as forms
from genera_desktop.services import permissions, records
from genera_desktop.services.coordination import audit
from genera_desktop.services.printing import print_context
from genera_desktop.services.transaction import writes
from genera_desktop.services.work.internship_rules import minimum_allowance, rule_on
from genera_desktop.services.work.internships import months_between
from genera_desktop.store.models import Household, Organisation, Person
from genera_desktop.store.models_work import Internship, InternshipMonth
from genera_desktop.store.uow import UnitOfWork


def _parts(uow: UnitOfWork, internship_id: str) -> tuple[Internship, dict[str, Any],
                                                        dict[str, Any] | None,
                                                        dict[str, Any] | None]:
    session = uow.session
    permissions.require_kind_access(session, uow.username, "internship")
    internship = records.load(session, "internship", internship_id)
    assert isinstance(internship, Internship)
    person = session.get(Person, internship.person)
    household = session.get(Household, person.household) if person else None
    host = session.get(Organisation, internship.host)
    return (internship, records.to_dict(person) if person else {},
            records.to_dict(household) if household else None,
            records.to_dict(host) if host else None)


def print_project(uow: UnitOfWork, internship_id: str, *, today: date | None = None) -> bytes:
    """The progetto formativo of an internship."""
    session = uow.session
    internship, person, household, host = _parts(uow, internship_id)
    promoter_obj = session.get(Organisation, internship.promoter) if internship.promoter else None
    rule = rule_on(session, internship.start_date)
    amount, reason = minimum_allowance(
        rule, internship_type=internship.internship_type, meals=internship.meals_provided,
        hours_per_day=internship.hours_per_day, host_type=(host or {}).get("org_type"))
    minimum = {"amount": amount, "reason": reason, "rule": rule.name,
               "months": months_between(internship.start_date or "", internship.end_date or "")}
    audit.record(uow, "print", "internship", internship.id, {"form": "project"})
    return forms.training_project(print_context(uow, today), records.to_dict(internship),
                                  person, household, host,
                                  records.to_dict(promoter_obj) if promoter_obj else None,
                                  minimum)


def print_month(uow: UnitOfWork, internship_id: str, month: str, *,
                today: date | None = None) -> bytes:
    """The attendance sheet of one month of an internship; the month must be one of the
    internship's (YYYY-MM)."""
    internship, person, _household, host = _parts(uow, internship_id)
    _check_month(internship, month)
    recorded = uow.session.scalars(select(InternshipMonth).where(
        InternshipMonth.internship == internship.id, InternshipMonth.month == month,
        InternshipMonth.cl % 2 == 1)).first()
    audit.record(uow, "print", "internship", internship.id, {"form": "month", "month": month})
    return forms.month_sheet(print_context(uow, today), records.to_dict(internship), person,
                             host, month, records.to_dict(recorded) if recorded else None)


def _check_month(internship: Internship, month: str) -> None:
    """Refuse a month not written YYYY-MM, or outside the internship."""
    try:
        year, number = (int(x) for x in month.split("-"))
        if len(month) != 7 or not 1 <= number <= 12 or year < 1900:
            raise ValueError
    except ValueError:
        raise ValidationFailed([FieldError("month", "month_format", value=month)]) from None
    first, last = (internship.start_date or "")[:7], (internship.end_date or "")[:7]
    if not first <= month <= last:
        from genera_desktop.domain.errors import Refused

        raise Refused("month_outside_internship", f"{first}|{last}")


def print_allowance(uow: UnitOfWork, internship_id: str, month: str | None = None, *,
                    today: date | None = None) -> bytes:
    """The allowance statement of an internship: every month entered, or ``month``
    alone (YYYY-MM, one of the internship's). The print is in the audit trail."""
    from genera_desktop.printing.internship_allowance import allowance_statement

    internship, person, _household, host = _parts(uow, internship_id)
    if month is not None:
        _check_month(internship, month)
    query = select(InternshipMonth).where(InternshipMonth.internship == internship.id,
                                          InternshipMonth.cl % 2 == 1)
    if month is not None:
        query = query.where(InternshipMonth.month == month)
    months = [records.with_computed(records.to_dict(m))
              for m in uow.session.scalars(query.order_by(InternshipMonth.month))]
    audit.record(uow, "print", "internship", internship.id,
                 {"form": "allowance", **({"month": month} if month else {})})
    return allowance_statement(print_context(uow, today), records.to_dict(internship),
                               person, host, months, month)


@writes
def save_allowance(uow: UnitOfWork, out: Path, internship_id: str,
                   month: str | None = None) -> Path:
    """Write an allowance statement to ``out`` (``genera print allowance``)."""
    write_atomically(out, print_allowance(uow, internship_id, month))
    return out


@writes
def save_project(uow: UnitOfWork, out: Path, internship_id: str) -> Path:
    """Write the progetto formativo to ``out`` (``genera print internship``)."""
    write_atomically(out, print_project(uow, internship_id))
    return out


@writes
def save_month(uow: UnitOfWork, out: Path, internship_id: str, month: str) -> Path:
    """Write a month's sheet to ``out`` (``genera print internship-month``)."""
    write_atomically(out, print_month(uow, internship_id, month))
    return out


def print_cv(uow: UnitOfWork, person_id: str, *, today: date | None = None) -> bytes:
    """The CV sheet of a person's job profile; refused ``cv_consent_needed`` unless the
    profile records the consent to share it. The print is in the audit trail."""
    from genera_desktop.domain import catalogs_work as cat
    from genera_desktop.domain import vocab
    from genera_desktop.domain.errors import Refused
    from genera_desktop.domain.vocab_work import DRIVING_LICENCES, WORK_HOURS
    from genera_desktop.services.work.profiles import live_profile

    session = uow.session
    permissions.require_kind_access(session, uow.username, "job_profile")
    person_obj = records.load(session, "person", person_id)
    assert isinstance(person_obj, Person)
    profile = live_profile(session, person_obj.id)
    if profile is None:
        raise Refused("no_job_profile", person_obj.id)
    if not profile.cv_consent:
        raise Refused("cv_consent_needed", profile.id)
    household = session.get(Household, person_obj.household)
    words = {
        "occupations": [cat.label(cat.OCCUPATIONS, c) or c for c in profile.occupations or ()],
        "skills": [cat.label(cat.SKILLS, c) or c for c in profile.skills or ()],
        "past_jobs": [str(j) for j in profile.past_jobs or ()],
        "hours": WORK_HOURS.labels.get(profile.hours or "", ""),
        "education": vocab.EDUCATION.labels.get(person_obj.education or "", ""),
        "licences": ", ".join(DRIVING_LICENCES.labels.get(c, c)
                              for c in profile.driving_licences or ()),
    }
    audit.record(uow, "print", "job_profile", profile.id, {"form": "cv"})
    return forms.cv_sheet(print_context(uow, today), records.to_dict(person_obj),
                          records.to_dict(household) if household else None,
                          records.to_dict(profile), words)


@writes
def save_cv(uow: UnitOfWork, out: Path, person_id: str) -> Path:
    """Write a person's CV sheet to ``out`` (``genera print cv``)."""
    write_atomically(out, print_cv(uow, person_id))
    return out
