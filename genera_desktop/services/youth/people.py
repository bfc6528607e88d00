"""What the Adolescenti section shows: the young people the plan follows at a point,
with their consents; one young person's consents and school-work experiences; an
experience's hours. Only for users with the adolescents' access area.

The young people of a point are the persons of its households from 11 to 17 today
(younger children only when asked: ``youngest``), and the young adults up to 25 whom
staff added to the plan (a file, a consent or a school-work experience recorded for
them). For each, the consents that hold today and count (for a minor only those of a
parent or guardian), and from their file the school and class and the facilitator.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from genera_desktop.domain.ages import under_18_on
from genera_desktop.domain.text import fold
from genera_desktop.services import permissions, records
from genera_desktop.services.transaction import reads
from genera_desktop.services.youth import photos
from genera_desktop.services.youth.consents import FOR_A_MINOR, is_live
from genera_desktop.services.youth.files import live_file
from genera_desktop.store.models_youth import Consent, SchoolWork, SchoolWorkHours
from genera_desktop.store.uow import UnitOfWork

YOUNG_ADULT_AGE = 25  # up to 25 a young adult can be followed by the plan
# The youngest the list shows unless asked for younger children: an adolescent is 11
# (the age bands of the report start a band there; docs/dev/decisions.md "Youth
# groups, the week, a minor's export" for the floor).
AGE_FLOOR = 11

# The point's persons under 18 today, and those up to 25 with a record of the plan, read
# from two covering indexes (store/models_youth.py): the point's households, then their
# persons by birth date; no table row is read. A deleted household's persons are deleted
# with it, so a person's own ``cl`` is enough.
PEOPLE_SQL = """
SELECT p.id, p.first_name, p.last_name, p.birth_date, p.household, h.point
FROM household h INDEXED BY ix_household_point_id
JOIN person p INDEXED BY ix_person_young ON p.household = h.id
WHERE p.birth_date > ? AND p.birth_date <= ? AND p.cl % 2 = 1 AND p.merged_into IS NULL
  {at_point}
  AND (p.birth_date > ?
       OR p.id IN (SELECT person FROM youth_file WHERE cl % 2 = 1)
       OR p.id IN (SELECT person FROM consent WHERE cl % 2 = 1)
       OR p.id IN (SELECT person FROM school_work WHERE cl % 2 = 1))
"""
CONSENTS_SQL = """
SELECT person, consent_type, given_by, date, withdrawn_on FROM consent WHERE cl % 2 = 1
"""
# The live files (of the point's households, when one is asked), with their school's
# name (one a person: services/youth/files.py).
FILES_SQL = """
SELECT f.person, o.name, f.class_name, f.facilitator
FROM youth_file f LEFT JOIN organisation o ON o.id = f.school
WHERE f.cl % 2 = 1 {at_point}
"""
FILES_AT_POINT = "AND f.household IN (SELECT id FROM household WHERE point = ?)"
# Who the plan follows besides the minors: a record of the plan about them.
FOLLOWED_SQL = """
SELECT person FROM youth_file WHERE cl % 2 = 1
UNION SELECT person FROM consent WHERE cl % 2 = 1
UNION SELECT person FROM school_work WHERE cl % 2 = 1
"""


class YoungPerson:
    """One row of the Adolescenti list (slots: thousands are made at once)."""

    __slots__ = ("age", "birth_date", "class_name", "consents", "facilitator", "first_name",
                 "followed", "household", "id", "last_name", "point", "school")

    def __init__(self, pid: str, first_name: str, last_name: str, birth_date: str, age: int,
                 household: str, point: str, consents: tuple[str, ...],
                 school: str = "", class_name: str = "", facilitator: str = "") -> None:
        self.id = pid
        self.first_name = first_name
        self.last_name = last_name
        self.birth_date = birth_date
        self.age = age
        self.household = household
        self.point = point
        self.consents = consents  # the consent types that hold today and count, sorted
        self.school = school  # from the file: the school's name, the class, the username
        self.class_name = class_name
        self.facilitator = facilitator
        # False for a young adult shown only to be added (``every_young_adult``).
        self.followed = True

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
                 today: date | None = None, youngest: int = AGE_FLOOR,
                 every_young_adult: bool = False) -> list[YoungPerson]:
    """The young people of ``point`` (every point held when None), by surname: from
    ``youngest`` (11; 0 for every child) to 17 today, or up to 25 with a file, a consent
    or a school-work recorded (``every_young_adult``: every one up to 25, those not yet
    followed with ``followed`` False, to be added by a file); ``search`` keeps those
    whose name holds each of its words."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "consent")
    day = today or date.today()
    adult, today_iso = _years_before(day, 18), day.isoformat()
    # The driver's own cursor: thousands of rows without a Row object each.
    conn = session.connection().connection.driver_connection
    assert conn is not None  # an open connection has its driver's
    counted: dict[str, set[str]] = {}
    for person, kind, given_by, given, withdrawn in conn.execute(CONSENTS_SQL):
        if given and given <= today_iso and (not withdrawn or today_iso < withdrawn):
            counted.setdefault(person, set()).add(f"{given_by}:{kind}")
    files = {person: (school or "", class_name or "", facilitator or "")
             for person, school, class_name, facilitator in conn.execute(
                 FILES_SQL.format(at_point=FILES_AT_POINT if point is not None else ""),
                 (point,) if point is not None else ())}
    no_file = ("", "", "")
    sql = PEOPLE_SQL.format(at_point="AND h.point = ?" if point is not None else "")
    floor = _years_before(day, youngest) if youngest > 0 else today_iso
    oldest = _years_before(day, YOUNG_ADULT_AGE + 1)
    params = (oldest, floor, *((point,) if point is not None else ()),
              oldest if every_young_adult else adult)
    followed = ({row[0] for row in conn.execute(FOLLOWED_SQL)} if every_young_adult
                else None)
    words = fold(search or "").split()
    out = []
    year, month_day = day.year, (day.month, day.day)
    for pid, first, last, born, household, code in conn.execute(sql, params):
        if words:
            name = fold(f"{first or ''} {last or ''}")
            if not all(w in name for w in words):
                continue
        try:  # age_on, inlined: thousands of rows
            age = year - int(born[:4]) - (month_day < (int(born[5:7]), int(born[8:10])))
        except (TypeError, ValueError):
            continue
        given = counted.get(pid)
        kinds: tuple[str, ...] = ()
        if given:
            kinds = tuple(sorted({e.split(":", 1)[1] for e in given
                                  if age >= 18 or e.split(":", 1)[0] in FOR_A_MINOR}))
        row = YoungPerson(pid, first or "", last or "", born, age, household,
                          code or "", kinds, *files.get(pid, no_file))
        if followed is not None and age >= 18 and pid not in followed:
            row.followed = False
        out.append(row)
    out.sort(key=_by_name)
    return out


def _by_name(person: YoungPerson) -> tuple[str, str, str]:
    """Surname, name (accents and case aside), id: fold's own result for plain ASCII
    names, which are most, without its work."""
    last, first = person.last_name, person.first_name
    return (last.lower() if last.isascii() and "  " not in last else fold(last),
            first.lower() if first.isascii() and "  " not in first else fold(first),
            person.id)


@reads
def plan_of(uow: UnitOfWork, person_id: str, *, today: date | None = None) -> dict[str, Any]:
    """One young person's plan: ``person`` (names, birth date, ``minor`` today),
    ``file`` (their youth file, None without one), ``consents`` (newest first, each
    with ``live`` today), ``experiences`` (their school-work, newest first, with hours
    done and required), ``photo`` (whether an image of them may be published today:
    services/youth/photos.py) and ``groups`` (the groups and workshops they are
    enrolled in, with who leads each)."""
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
    photo = photos.photo_consents(uow, [person.id], today=day)[person.id]
    found = live_file(session, person.id)
    return {"person": data, "file": None if found is None else records.to_dict(found),
            "consents": consents, "experiences": experiences, "photo": photo,
            "groups": _groups_of(uow, person.id)}


def _groups_of(uow: UnitOfWork, person_id: str) -> list[dict[str, Any]]:
    """The groups and workshops the person is enrolled in (live enrolments, any
    status), groups first, then by title: each with ``workshop``, ``title``, ``format``
    (``group`` or ``workshop``), ``facilitator`` (who follows them there: the user's
    full name when this site knows it), ``enrolled_on`` and ``status``."""
    from genera_desktop.services.printing import operator_names
    from genera_desktop.store.models import Enrolment, Workshop

    session = uow.session
    names = operator_names(session)
    rows = session.execute(
        select(Enrolment, Workshop).join(Workshop, Workshop.id == Enrolment.workshop)
        .where(Enrolment.person == person_id, Enrolment.cl % 2 == 1, Workshop.cl % 2 == 1))
    out = [{"workshop": w.id, "title": w.title or "", "format": w.format or "workshop",
            "facilitator": names.get(w.facilitator or "", w.facilitator or ""),
            "enrolled_on": e.enrolled_on, "status": e.status}
           for e, w in rows]
    out.sort(key=lambda g: (g["format"] != "group", fold(str(g["title"])), g["workshop"]))
    return out


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
