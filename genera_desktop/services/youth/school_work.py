"""School-work experiences (formazione scuola-lavoro) and their hours.

- the ``school`` is an organisation of type ``school``;
- a student under 18 on the experience's ``start_date`` (today when it has none) needs
  a live ``school_work`` consent of a parent or guardian to start it, and one live on
  each day hours are logged;
- no hours on a day before the safety training (``safety_training_on``), nor any while
  it is not recorded, nor the training moved after hours already logged;
- the ``end_date`` is not before the ``start_date``.

The student of an experience and the experience of an hours entry do not change
(delete and make a new one): the entries carry the experience's person and household.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from genera_desktop.domain.errors import FieldError, Refused, ValidationFailed
from genera_desktop.services import rules
from genera_desktop.services.youth.consents import day_of, require_consent
from genera_desktop.store.base import Replicated
from genera_desktop.store.models import Organisation
from genera_desktop.store.models_youth import SchoolWork, SchoolWorkHours
from genera_desktop.store.uow import UnitOfWork

# The hours of one day: more than a day holds is a typing slip.
MAX_HOURS_A_DAY = 24


def check_school(uow: UnitOfWork, school_id: str | None) -> None:
    org = uow.session.get(Organisation, school_id) if school_id else None
    if org is not None and org.org_type != "school":
        raise ValidationFailed([FieldError("school", "not_a_school", value=school_id)])


def _check_dates(start: str | None, end: str | None) -> None:
    if start and end and end < start:
        raise ValidationFailed([FieldError("end_date", "before_start", value=end)])


def _check_experience_add(uow: UnitOfWork, values: dict[str, Any]) -> None:
    check_school(uow, values.get("school"))
    _check_dates(values.get("start_date"), values.get("end_date"))
    require_consent(uow.session, values["person"], "school_work",
                    day_of(values.get("start_date")))


def _check_experience_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    assert isinstance(obj, SchoolWork)
    if "person" in values and values["person"] != obj.person:
        raise Refused("pair_fixed", "school_work person")
    if "school" in values:
        check_school(uow, values["school"])
    _check_dates(values.get("start_date", obj.start_date), values.get("end_date", obj.end_date))
    if values.get("start_date") and values["start_date"] != obj.start_date:
        # Moved earlier (or later), the start must still be covered by the consent.
        require_consent(uow.session, str(obj.person), "school_work",
                        day_of(values["start_date"]))
    if "safety_training_on" in values and values["safety_training_on"] != obj.safety_training_on:
        _check_training_moved(uow, obj, values["safety_training_on"])


def _check_training_moved(uow: UnitOfWork, experience: SchoolWork, training: str | None) -> None:
    """No hours before the safety training: moving it later than hours already logged
    (or removing it) would leave them so, so it is refused while they stand."""
    first = uow.session.scalar(select(func.min(SchoolWorkHours.date)).where(
        SchoolWorkHours.school_work == experience.id, SchoolWorkHours.cl % 2 == 1))
    if first is not None and (not training or str(first) < training):
        raise Refused("safety_training_after_hours", str(first))


def _check_hours(uow: UnitOfWork, experience: SchoolWork, day: str, hours: Any) -> None:
    if hours is not None and not 0 < float(hours) <= MAX_HOURS_A_DAY:
        raise ValidationFailed([FieldError("hours", "out_of_range",
                                           f"0 (excluded) and {MAX_HOURS_A_DAY}", hours)])
    training = experience.safety_training_on
    if not training:
        raise Refused("safety_training_missing", experience.id)
    if day < training:
        raise Refused("hours_before_safety_training", training)
    require_consent(uow.session, str(experience.person), "school_work", day_of(day))


def _experience(uow: UnitOfWork, school_work_id: str) -> SchoolWork:
    experience = uow.session.get(SchoolWork, school_work_id)
    assert experience is not None  # references are checked before the rules
    return experience


def _check_hours_add(uow: UnitOfWork, values: dict[str, Any]) -> None:
    experience = _experience(uow, values["school_work"])
    _check_hours(uow, experience, values["date"], values.get("hours"))
    # The entry goes with its experience's student and household (set by the app).
    values["person"], values["household"] = experience.person, experience.household


def _check_hours_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    assert isinstance(obj, SchoolWorkHours)
    if "school_work" in values and values["school_work"] != obj.school_work:
        raise Refused("pair_fixed", "school_work_hours school_work")
    if "date" in values or "hours" in values:
        _check_hours(uow, _experience(uow, str(obj.school_work)),
                     values.get("date") or str(obj.date), values.get("hours", obj.hours))


def _check_hours_restore(uow: UnitOfWork, obj: Replicated) -> None:
    # Back as it was logged: after the training as it now stands, with the consent.
    assert isinstance(obj, SchoolWorkHours)
    experience = uow.session.get(SchoolWork, obj.school_work)
    if experience is not None and experience.alive:
        _check_hours(uow, experience, str(obj.date), obj.hours)


rules.register("school_work", rules.KindRules(on_add=_check_experience_add,
                                              on_update=_check_experience_update))
rules.register("school_work_hours", rules.KindRules(on_add=_check_hours_add,
                                                    on_update=_check_hours_update,
                                                    on_restore=_check_hours_restore))
