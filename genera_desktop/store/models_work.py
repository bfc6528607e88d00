"""The work plan's models (spec/programme.md, "Piano integrato lavoro").

A person's records (profile, candidacy, enrolment in a course, internship and its
months, hiring) carry their person's ``household``, set by the app: held, deleted and
restored with it. An internship month carries its internship's person and household,
and a copy of its ``monthly_allowance`` (services/work/internships.py keeps it), so its
``allowance_due`` is worked out from the record alone. Vacancies are the network's
directory; courses, incentives and the internship rules are the coordinator's catalog.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Mapped

from genera_desktop.domain import vocab_work as vw
from genera_desktop.store.base import (
    BOOL,
    DATE,
    DAY_NUMBERS,
    ENUM,
    INT,
    LIST,
    NUMBER,
    REF,
    Replicated,
    field,
)


class Vacancy(Replicated):
    __tablename__ = "vacancy"
    KIND = "vacancy"

    organisation: Mapped[str | None] = field(REF, required=True, ref="organisation",
                                             max_length=36, index=True)
    title: Mapped[str | None] = field(required=True, max_length=200)
    occupation: Mapped[str | None] = field(max_length=20)
    municipality: Mapped[str | None] = field(max_length=80)
    positions: Mapped[int | None] = field(INT)
    hours: Mapped[str | None] = field(ENUM, choices=vw.WORK_HOURS, max_length=12)
    contract_type: Mapped[str | None] = field(ENUM, choices=vw.CONTRACT_TYPE, max_length=20)
    required_licences: Mapped[list[str] | None] = field(LIST, choices=vw.DRIVING_LICENCES)
    required_skills: Mapped[list[str] | None] = field(LIST)
    nice_skills: Mapped[list[str] | None] = field(LIST)
    opened_on: Mapped[str | None] = field(DATE, max_length=10)
    closes_on: Mapped[str | None] = field(DATE, max_length=10)
    status: Mapped[str | None] = field(ENUM, choices=vw.VACANCY_STATUS, max_length=10,
                                       index=True)
    notes: Mapped[str | None] = field()


class JobProfile(Replicated):
    __tablename__ = "job_profile"
    KIND = "job_profile"

    person: Mapped[str | None] = field(REF, required=True, ref="person", max_length=36,
                                       index=True)
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)
    status: Mapped[str | None] = field(ENUM, choices=vw.JOB_PROFILE_STATUS, max_length=12,
                                       index=True)
    available_from: Mapped[str | None] = field(DATE, max_length=10)
    hours: Mapped[str | None] = field(ENUM, choices=vw.WORK_HOURS, max_length=12)
    max_distance_km: Mapped[float | None] = field(NUMBER)
    driving_licences: Mapped[list[str] | None] = field(LIST, choices=vw.DRIVING_LICENCES)
    own_vehicle: Mapped[bool | None] = field(BOOL)
    occupations: Mapped[list[str] | None] = field(LIST)
    skills: Mapped[list[str] | None] = field(LIST)
    languages: Mapped[list[str] | None] = field(LIST)
    did_date: Mapped[str | None] = field(DATE, max_length=10)
    # Past jobs, a line each as the person tells it ("Commessa, Conad, 2019–2023")
    past_jobs: Mapped[list[Any] | None] = field(LIST)
    cv_consent: Mapped[bool | None] = field(BOOL)
    notes: Mapped[str | None] = field()


class Candidacy(Replicated):
    __tablename__ = "candidacy"
    KIND = "candidacy"

    vacancy: Mapped[str | None] = field(REF, required=True, ref="vacancy", max_length=36,
                                        index=True)
    person: Mapped[str | None] = field(REF, required=True, ref="person", max_length=36,
                                       index=True)
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)
    status: Mapped[str | None] = field(ENUM, choices=vw.CANDIDACY_STATUS, max_length=12)
    score: Mapped[int | None] = field(INT)
    reasons: Mapped[list[str] | None] = field(LIST)
    interview_on: Mapped[str | None] = field(DATE, max_length=10)
    notes: Mapped[str | None] = field()


class Course(Replicated):
    __tablename__ = "course"
    KIND = "course"

    title: Mapped[str | None] = field(required=True, max_length=200)
    organisation: Mapped[str | None] = field(REF, ref="organisation", max_length=36)
    hours: Mapped[int | None] = field(INT)
    start_date: Mapped[str | None] = field(DATE, max_length=10)
    end_date: Mapped[str | None] = field(DATE, max_length=10)
    skills: Mapped[list[str] | None] = field(LIST)
    notes: Mapped[str | None] = field()


class CourseEnrolment(Replicated):
    __tablename__ = "course_enrolment"
    KIND = "course_enrolment"

    course: Mapped[str | None] = field(REF, required=True, ref="course", max_length=36,
                                       index=True)
    person: Mapped[str | None] = field(REF, required=True, ref="person", max_length=36,
                                       index=True)
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)
    status: Mapped[str | None] = field(ENUM, choices=vw.COURSE_ENROLMENT_STATUS,
                                       max_length=12)
    hours_attended: Mapped[float | None] = field(NUMBER)
    notes: Mapped[str | None] = field()


class SkillExchange(Replicated):
    """One citizen's offer or request of a skill (scambio di competenze)."""

    __tablename__ = "skill_exchange"
    KIND = "skill_exchange"

    person: Mapped[str | None] = field(REF, required=True, ref="person", max_length=36,
                                       index=True)
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)
    skill: Mapped[str | None] = field(required=True, max_length=80, index=True)
    direction: Mapped[str | None] = field(ENUM, required=True,
                                          choices=vw.SKILL_EXCHANGE_DIRECTION, max_length=8)
    status: Mapped[str | None] = field(ENUM, choices=vw.SKILL_EXCHANGE_STATUS, max_length=8)
    notes: Mapped[str | None] = field()


class Internship(Replicated):
    __tablename__ = "internship"
    KIND = "internship"

    person: Mapped[str | None] = field(REF, required=True, ref="person", max_length=36,
                                       index=True)
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)
    host: Mapped[str | None] = field(REF, required=True, ref="organisation", max_length=36,
                                     index=True)
    start_date: Mapped[str | None] = field(DATE, required=True, max_length=10)
    end_date: Mapped[str | None] = field(DATE, required=True, max_length=10)
    internship_type: Mapped[str | None] = field(ENUM, choices=vw.INTERNSHIP_TYPE,
                                                max_length=20)
    hours_per_day: Mapped[float | None] = field(NUMBER)
    meals_provided: Mapped[bool | None] = field(BOOL)
    monthly_allowance: Mapped[float | None] = field(NUMBER)
    promoter: Mapped[str | None] = field(REF, ref="organisation", max_length=36)
    host_tutor: Mapped[str | None] = field(max_length=120)
    promoter_tutor: Mapped[str | None] = field(max_length=120)
    status: Mapped[str | None] = field(ENUM, choices=vw.INTERNSHIP_STATUS, max_length=12,
                                       index=True)
    notes: Mapped[str | None] = field()


class InternshipMonth(Replicated):
    __tablename__ = "internship_month"
    KIND = "internship_month"

    internship: Mapped[str | None] = field(REF, required=True, ref="internship",
                                           max_length=36, index=True)
    month: Mapped[str | None] = field(required=True, max_length=7)
    days_expected: Mapped[int | None] = field(INT, required=True)
    days_attended: Mapped[int | None] = field(INT, required=True)
    # Which days of the month were attended, when the days grid entered them (optional:
    # a month may be kept as counts alone).
    attended_days: Mapped[list[int] | None] = field(DAY_NUMBERS)
    project_contribution: Mapped[float | None] = field(NUMBER)
    person: Mapped[str | None] = field(REF, ref="person", max_length=36, index=True)
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)
    monthly_allowance: Mapped[float | None] = field(NUMBER)
    notes: Mapped[str | None] = field()


class Hiring(Replicated):
    __tablename__ = "hiring"
    KIND = "hiring"

    person: Mapped[str | None] = field(REF, required=True, ref="person", max_length=36,
                                       index=True)
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)
    organisation: Mapped[str | None] = field(REF, required=True, ref="organisation",
                                             max_length=36, index=True)
    date: Mapped[str | None] = field(DATE, required=True, max_length=10)
    contract_type: Mapped[str | None] = field(ENUM, choices=vw.CONTRACT_TYPE, max_length=20)
    hours_per_week: Mapped[float | None] = field(NUMBER)
    vacancy: Mapped[str | None] = field(REF, ref="vacancy", max_length=36)
    internship: Mapped[str | None] = field(REF, ref="internship", max_length=36)
    incentives: Mapped[list[str] | None] = field(LIST)
    notes: Mapped[str | None] = field()


class Incentive(Replicated):
    __tablename__ = "incentive"
    KIND = "incentive"

    code: Mapped[str | None] = field(required=True, max_length=40, index=True)
    name: Mapped[str | None] = field(required=True, max_length=200)
    valid_from: Mapped[str | None] = field(DATE, max_length=10)
    valid_to: Mapped[str | None] = field(DATE, max_length=10)
    notes: Mapped[str | None] = field()


class InternshipRule(Replicated):
    """The regional allowance and duration rules of extracurricular internships, dated:
    the one in force on an internship's start date applies (services/work/
    internship_rules.py, which ships Lombardy's DGR 7763/2018 values)."""

    __tablename__ = "internship_rule"
    KIND = "internship_rule"

    name: Mapped[str | None] = field(required=True, max_length=200)
    valid_from: Mapped[str | None] = field(DATE, required=True, max_length=10)
    valid_to: Mapped[str | None] = field(DATE, max_length=10)
    min_allowance: Mapped[float | None] = field(NUMBER, required=True)
    min_allowance_meals: Mapped[float | None] = field(NUMBER)
    min_allowance_short_day: Mapped[float | None] = field(NUMBER)
    short_day_hours: Mapped[float | None] = field(NUMBER)
    min_allowance_public_host: Mapped[float | None] = field(NUMBER)
    min_months: Mapped[int | None] = field(INT)
    max_months: Mapped[int | None] = field(INT)
    max_months_disability: Mapped[int | None] = field(INT)
    notes: Mapped[str | None] = field()
