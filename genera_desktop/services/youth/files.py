"""A young person's file (``youth_file``): the school and class, the facilitator who
follows them, since when. One live file a person; a young adult (18 to 25) is in the
plan by having one, as by a consent or a school-work experience.

- the ``school`` is an organisation of type ``school`` (as a school-work's);
- ``school_year`` is written ``YYYY/YY``, two consecutive years (``2026/27``);
- the person is at most 25 on ``followed_since`` (today when it has none); a person
  without a birth date is not refused (docs/dev/decisions.md, "A young person's file");
- the file's id is made from its person's (``file_id``): two sites that make the same
  person's file while apart make one record, merged by sync field by field; its person
  does not change.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from genera_desktop.domain.ages import age_on
from genera_desktop.domain.errors import FieldError, Refused, ValidationFailed
from genera_desktop.services import records, rules
from genera_desktop.services.transaction import writes
from genera_desktop.services.youth.consents import day_of
from genera_desktop.services.youth.school_work import check_school
from genera_desktop.store.base import Replicated
from genera_desktop.store.ids import id_from
from genera_desktop.store.models import Person
from genera_desktop.store.models_youth import YouthFile
from genera_desktop.store.uow import UnitOfWork

OLDEST = 25  # the plan follows young people up to 25 (spec/programme.md)
SCHOOL_YEAR = re.compile(r"^(\d{4})/(\d{2})$")


def file_id(person_id: str) -> str:
    """The id of a person's one file, the same on every site."""
    return id_from("youth_file", person_id)


def live_file(session: Session, person_id: str) -> YouthFile | None:
    return session.scalars(select(YouthFile).where(
        YouthFile.person == person_id, YouthFile.cl % 2 == 1)).first()


def check_school_year(value: Any) -> None:
    """Refuse a school year not written ``YYYY/YY`` with two consecutive years."""
    if not value:
        return
    found = SCHOOL_YEAR.match(str(value))
    if found is None or (int(found[1]) + 1) % 100 != int(found[2]):
        raise ValidationFailed([FieldError("school_year", "school_year_format", value=value)])


def _check_age(session: Session, person_id: str, since: Any) -> None:
    person = session.get(Person, person_id)
    if person is None:  # references are checked before: not here
        return
    day = day_of(since)
    age = age_on(person.birth_date, day)
    if age is not None and age > OLDEST:
        raise Refused("youth_file_too_old", day.isoformat())


def _check_add(uow: UnitOfWork, values: dict[str, Any]) -> str:
    check_school(uow, values.get("school"))
    check_school_year(values.get("school_year"))
    existing = live_file(uow.session, values["person"])
    if existing is not None:
        raise Refused("youth_file_exists", existing.id)
    _check_age(uow.session, values["person"], values.get("followed_since"))
    return file_id(values["person"])


def _check_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    assert isinstance(obj, YouthFile)
    if "person" in values and values["person"] != obj.person:
        raise Refused("pair_fixed", "youth_file person")
    if "school" in values:
        check_school(uow, values["school"])
    check_school_year(values.get("school_year"))
    if "followed_since" in values:
        _check_age(uow.session, str(obj.person), values["followed_since"])


@writes
def save_file(uow: UnitOfWork, person_id: str, values: dict[str, Any]) -> str:
    """Make the person's file or change it (``values``: the file's fields given, None or
    blank clears one); its id. Saving a file adds a young adult to the plan."""
    values = {k: (None if v == "" else v) for k, v in values.items()}
    current = live_file(uow.session, person_id)
    if current is None:
        data = {k: v for k, v in values.items() if v is not None}
        return records.add(uow, "youth_file", {"person": person_id, **data})
    changed = {k: v for k, v in values.items() if getattr(current, k) != v}
    if changed:
        records.update(uow, "youth_file", current.id, changed)
    return current.id


rules.register("youth_file", rules.KindRules(on_add=_check_add, on_update=_check_update))
