"""Job profiles, vacancies and courses: catalogue codes, languages, one profile a person.

A profile's id is made from its person (``profile_id``): two sites that make a person's
profile while apart make the same record, merged by sync field by field.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from genera_desktop.domain import catalogs_work as cat
from genera_desktop.domain.errors import FieldError, Refused, ValidationFailed
from genera_desktop.services import rules
from genera_desktop.services.work import bounds
from genera_desktop.store.base import Replicated
from genera_desktop.store.ids import id_from
from genera_desktop.store.models import Organisation
from genera_desktop.store.models_work import JobProfile
from genera_desktop.store.uow import UnitOfWork

LANGUAGE = re.compile(r"^[a-z]{2,3}:(A1|A2|B1|B2|C1|C2)$")
# Who may offer a vacancy (spec/programme.md: "a company or staffing agency").
VACANCY_HOSTS = ("company", "staffing_agency")

# The fields holding catalogue codes, per kind: field -> catalogue.
CODED: dict[str, dict[str, str]] = {
    "job_profile": {"occupations": cat.OCCUPATIONS, "skills": cat.SKILLS},
    "vacancy": {"occupation": cat.OCCUPATIONS, "required_skills": cat.SKILLS,
                "nice_skills": cat.SKILLS},
    "course": {"skills": cat.SKILLS},
}


def profile_id(person_id: str) -> str:
    """The id of a person's one job profile, the same on every site."""
    return id_from("job_profile", person_id)


def live_profile(session: Any, person_id: str) -> JobProfile | None:
    return session.scalars(select(JobProfile).where(
        JobProfile.person == person_id, JobProfile.cl % 2 == 1)).first()


def check_codes(kind: str, values: dict[str, Any]) -> None:
    """Refuse codes that are not in their catalogue, and languages not like it:C1."""
    errors: list[FieldError] = []
    for name, catalog in CODED.get(kind, {}).items():
        value = values.get(name)
        if value is None:
            continue
        codes = [value] if isinstance(value, str) else list(value)
        if not all(isinstance(c, str) for c in codes):
            errors.append(FieldError(name, "not_list", value=value))
            continue
        bad = cat.unknown_codes(catalog, codes)
        if bad:
            errors.append(FieldError(name, f"{catalog}_code", value=bad[0]))
    languages = values.get("languages") if kind == "job_profile" else None
    if languages is not None:
        bad_language = [x for x in languages if not isinstance(x, str) or not LANGUAGE.match(x)]
        if bad_language:
            errors.append(FieldError("languages", "language_level", value=bad_language[0]))
    if errors:
        raise ValidationFailed(errors)


def _check_vacancy_host(uow: UnitOfWork, values: dict[str, Any]) -> None:
    organisation_id = values.get("organisation")
    if not organisation_id:
        return
    organisation = uow.session.get(Organisation, organisation_id)
    if organisation is not None and organisation.org_type not in VACANCY_HOSTS:
        raise Refused("vacancy_host", str(organisation.org_type))


def _profile_add(uow: UnitOfWork, values: dict[str, Any]) -> str:
    check_codes("job_profile", values)
    existing = live_profile(uow.session, values["person"])
    if existing is not None:
        raise Refused("profile_exists", existing.id)
    return profile_id(values["person"])


def _profile_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    check_codes("job_profile", values)
    assert isinstance(obj, JobProfile)
    if "person" in values and values["person"] != obj.person:
        raise Refused("pair_fixed", "job_profile person")


def _vacancy_add(uow: UnitOfWork, values: dict[str, Any]) -> None:
    check_codes("vacancy", values)
    bounds.check("vacancy", values)
    _check_vacancy_host(uow, values)


def _vacancy_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    check_codes("vacancy", values)
    bounds.check("vacancy", values, obj)
    _check_vacancy_host(uow, values)


def _course_add(uow: UnitOfWork, values: dict[str, Any]) -> None:
    check_codes("course", values)
    bounds.check("course", values)


def _course_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    check_codes("course", values)
    bounds.check("course", values, obj)


rules.register("job_profile", rules.KindRules(on_add=_profile_add, on_update=_profile_update))
rules.register("vacancy", rules.KindRules(on_add=_vacancy_add, on_update=_vacancy_update))
rules.register("course", rules.KindRules(on_add=_course_add, on_update=_course_update))
