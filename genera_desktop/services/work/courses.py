"""Course enrolments: one per person and course (its id made from both, so two sites
enrolling a person apart end with one record, as for a workshop's enrolment); a course
completed and the person's job profile: the course's skills the profile lacks, and
adding them when the operator says so (the GUI asks; nothing is added by itself when an
enrolment becomes ``completed``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from genera_desktop.domain.errors import Refused
from genera_desktop.services import permissions, records, rules
from genera_desktop.services.transaction import reads, writes
from genera_desktop.services.work.profiles import live_profile
from genera_desktop.store.base import Replicated
from genera_desktop.store.ids import id_from
from genera_desktop.store.models_work import Course, CourseEnrolment
from genera_desktop.store.uow import UnitOfWork


def enrolment_id(course_id: str, person_id: str) -> str:
    """The id of a person's one enrolment in a course, the same on every site."""
    return id_from("course_enrolment", course_id, person_id)


def _enrolment_add(uow: UnitOfWork, values: dict[str, Any]) -> str:
    existing = uow.session.scalars(select(CourseEnrolment).where(
        CourseEnrolment.course == values["course"],
        CourseEnrolment.person == values["person"], CourseEnrolment.cl % 2 == 1)).first()
    if existing is not None:
        raise Refused("already_in_course", existing.id)
    return enrolment_id(values["course"], values["person"])


def _enrolment_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    fixed = [n for n in ("course", "person") if n in values and values[n] != getattr(obj, n)]
    if fixed:
        raise Refused("pair_fixed", f"course_enrolment {fixed[0]}")


rules.register("course_enrolment", rules.KindRules(on_add=_enrolment_add,
                                                   on_update=_enrolment_update))


def _enrolment(uow: UnitOfWork, enrolment_id: str) -> tuple[CourseEnrolment, Course]:
    enrolment = records.load(uow.session, "course_enrolment", enrolment_id)
    assert isinstance(enrolment, CourseEnrolment)
    course = records.load(uow.session, "course", enrolment.course or "")
    assert isinstance(course, Course)
    return enrolment, course


@reads
def skills_to_add(uow: UnitOfWork, enrolment_id: str) -> list[str]:
    """The skill codes of the enrolment's course that the person's job profile lacks,
    in the course's order; empty without a profile or when it has them all."""
    permissions.require_kind_access(uow.session, uow.username, "job_profile")
    enrolment, course = _enrolment(uow, enrolment_id)
    profile = live_profile(uow.session, enrolment.person or "")
    if profile is None:
        return []
    have = set(profile.skills or ())
    return [code for code in course.skills or () if code not in have]


@writes
def add_course_skills(uow: UnitOfWork, enrolment_id: str) -> list[str]:
    """Add the enrolment's course skills to the person's job profile; return those
    added. Refused ``course_not_completed`` unless the enrolment is ``completed``, and
    ``no_job_profile`` for a person without a profile."""
    enrolment, course = _enrolment(uow, enrolment_id)
    if enrolment.status != "completed":
        raise Refused("course_not_completed", enrolment.id)
    profile = live_profile(uow.session, enrolment.person or "")
    if profile is None:
        raise Refused("no_job_profile", enrolment.person or "")
    have = list(profile.skills or ())
    added = [code for code in course.skills or () if code not in have]
    if added:
        records.update(uow, "job_profile", profile.id, {"skills": have + added})
    return added


@reads
def enrolments_of(uow: UnitOfWork, person_id: str) -> list[dict[str, Any]]:
    """A person's live course enrolments, each with ``course_title`` and
    ``course_skills``; the latest course first."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "course_enrolment")
    rows = []
    for enrolment, course in session.execute(
            select(CourseEnrolment, Course).join(Course, Course.id == CourseEnrolment.course)
            .where(CourseEnrolment.person == person_id, CourseEnrolment.cl % 2 == 1)):
        row = records.to_dict(enrolment)
        row["course_title"] = course.title or ""
        row["course_start"] = course.start_date or ""
        row["course_skills"] = list(course.skills or ())
        rows.append(row)
    rows.sort(key=lambda r: r["course_start"], reverse=True)
    return rows
