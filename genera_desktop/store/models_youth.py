"""The records of the adolescents' plan (spec/programme.md, "Piano integrato
adolescenti"): a young person's file (school, class, who follows them), their consents,
their school-work experiences and the hours logged. Their declarations are in store/kinds_youth.py.

Each carries its person's ``household`` (set by the app): it is held, deleted and
restored with that household, as a health record is. An hours entry also carries the
experience's ``person`` (set by the app), so it is held like the household of its
person and enters that person's access export.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Mapped

from genera_desktop.domain import vocab_youth
from genera_desktop.store.base import DATE, ENUM, LIST, NUMBER, REF, Replicated, field


class Consent(Replicated):
    """A consent about one person: which, given by whom, when, withdrawn when."""

    __tablename__ = "consent"
    KIND = "consent"

    person: Mapped[str | None] = field(REF, required=True, ref="person", max_length=36,
                                       index=True)
    consent_type: Mapped[str | None] = field(ENUM, required=True,
                                             choices=vocab_youth.CONSENT_TYPE, max_length=30)
    date: Mapped[str | None] = field(DATE, required=True, max_length=10)
    given_by: Mapped[str | None] = field(ENUM, required=True, choices=vocab_youth.GIVEN_BY,
                                         max_length=10)
    given_by_name: Mapped[str | None] = field(max_length=160)
    withdrawn_on: Mapped[str | None] = field(DATE, max_length=10)
    notes: Mapped[str | None] = field()
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)


class SchoolWork(Replicated):
    """A formazione scuola-lavoro (formerly PCTO) experience of a student."""

    __tablename__ = "school_work"
    KIND = "school_work"
    HIDDEN = frozenset({"cl", "deleted_with"})

    person: Mapped[str | None] = field(REF, required=True, ref="person", max_length=36,
                                       index=True)
    school: Mapped[str | None] = field(REF, required=True, ref="organisation", max_length=36)
    host: Mapped[str | None] = field(REF, required=True, ref="organisation", max_length=36)
    school_type: Mapped[str | None] = field(ENUM, required=True,
                                            choices=vocab_youth.SCHOOL_TYPE, max_length=20)
    title: Mapped[str | None] = field(max_length=200)
    start_date: Mapped[str | None] = field(DATE, max_length=10)
    end_date: Mapped[str | None] = field(DATE, max_length=10)
    planned_hours: Mapped[float | None] = field(NUMBER)
    school_tutor: Mapped[str | None] = field(max_length=160)
    host_tutor: Mapped[str | None] = field(max_length=160)
    safety_training_on: Mapped[str | None] = field(DATE, max_length=10)
    pact_signed_on: Mapped[str | None] = field(DATE, max_length=10)
    notes: Mapped[str | None] = field()
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)
    # The hours entries its delete took, for restore.
    deleted_with: Mapped[list[Any] | None] = field(LIST)


class SchoolWorkHours(Replicated):
    """One day's hours of a school-work experience, for the host tutor to sign."""

    __tablename__ = "school_work_hours"
    KIND = "school_work_hours"

    school_work: Mapped[str | None] = field(REF, required=True, ref="school_work",
                                            max_length=36, index=True)
    date: Mapped[str | None] = field(DATE, required=True, max_length=10)
    hours: Mapped[float | None] = field(NUMBER, required=True)
    activity: Mapped[str | None] = field(max_length=300)
    person: Mapped[str | None] = field(REF, ref="person", max_length=36, index=True)
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)


class YouthFile(Replicated):
    """A young person's file: the school and class, the facilitator who follows them,
    since when. One live file a person (its id is made from the person's:
    services/youth/files.py); a young adult is in the plan by having one."""

    __tablename__ = "youth_file"
    KIND = "youth_file"

    person: Mapped[str | None] = field(REF, required=True, ref="person", max_length=36,
                                       index=True)
    school: Mapped[str | None] = field(REF, ref="organisation", max_length=36)
    class_name: Mapped[str | None] = field(max_length=20)
    school_year: Mapped[str | None] = field(max_length=7)
    facilitator: Mapped[str | None] = field(max_length=60)
    followed_since: Mapped[str | None] = field(DATE, max_length=10)
    notes: Mapped[str | None] = field()
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)
