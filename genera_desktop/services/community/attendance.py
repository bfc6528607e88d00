"""Attendance: one per person and session, of a person enrolled in the session's
workshop; and the attendance grid of a workshop (persons × sessions) a page fills.

An attendance's id is made from its session and person (``attendance_id``), so two
sites marking the same attendance while apart make one record (enrolments.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from genera_desktop.domain.ages import under_18_on
from genera_desktop.domain.errors import Refused
from genera_desktop.domain.text import fold
from genera_desktop.services import records, rules
from genera_desktop.services.community.enrolments import live_enrolment, pair_id
from genera_desktop.services.transaction import reads, writes
from genera_desktop.store.base import Replicated
from genera_desktop.store.models import Attendance, Enrolment, Person, WorkshopSession
from genera_desktop.store.uow import UnitOfWork

STATUSES = ("present", "absent", "excused")


def attendance_id(session_id: str, person_id: str) -> str:
    """The id of a person's attendance at a session, the same on every site."""
    return pair_id("attendance", session_id, person_id)


def _live(session: Any, session_id: str, person_id: str) -> Attendance | None:
    return session.scalars(select(Attendance).where(
        Attendance.session == session_id, Attendance.person == person_id,
        Attendance.cl % 2 == 1)).first()


def _check_add(uow: UnitOfWork, values: dict[str, Any]) -> str:
    session = uow.session
    session_id, person_id = values["session"], values["person"]
    existing = _live(session, session_id, person_id)
    if existing is not None:
        raise Refused("already_marked", existing.id)
    meeting = session.get(WorkshopSession, session_id)
    if meeting is None or live_enrolment(session, meeting.workshop or "", person_id) is None:
        raise Refused("not_enrolled")
    return attendance_id(session_id, person_id)


def _check_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    fixed = [n for n in ("session", "person") if n in values and values[n] != getattr(obj, n)]
    if fixed:
        raise Refused("pair_fixed", f"attendance {fixed[0]}")


rules.register("attendance", rules.KindRules(on_add=_check_add, on_update=_check_update))


@writes
def mark(uow: UnitOfWork, session_id: str, person_id: str, status: str | None) -> str | None:
    """Set a person's attendance at a session: ``present``, ``absent`` or ``excused``
    (added or changed), or None to remove it. Returns the attendance's id (None when
    removed or there was none). Refused ``not_enrolled`` for a person not enrolled in
    the session's workshop."""
    session = uow.session
    sid, pid = session_id.strip().lower(), person_id.strip().lower()
    existing = _live(session, sid, pid)
    if status is None:
        if existing is not None:
            records.delete(uow, "attendance", existing.id)
        return None
    if existing is None:
        return records.add(uow, "attendance", {"session": sid, "person": pid, "status": status})
    if existing.status != status:
        records.update(uow, "attendance", existing.id, {"status": status})
    return existing.id


@writes
def save_guests(uow: UnitOfWork, session_id: str, guests: int | None) -> None:
    """Set how many came to a session without giving a name (None: not counted)."""
    records.update(uow, "workshop_session", session_id, {"guests": guests})


@dataclass
class Grid:
    """A workshop's attendance at a glance (ui/community/attendance_model.py takes its
    parts as they are): its sessions (by date and time), its enrolled persons (by
    surname; each person's record with ``enrolment``, ``enrolment_status``, ``minor``:
    under 18 today, ``withdrawn``) and ``marks``: (person id, session id) to status."""

    workshop: dict[str, Any]
    sessions: list[dict[str, Any]] = field(default_factory=list)
    persons: list[dict[str, Any]] = field(default_factory=list)
    marks: dict[tuple[str, str], str] = field(default_factory=dict)


@reads
def grid(uow: UnitOfWork, workshop_id: str, today: date | None = None) -> Grid:
    """The attendance grid of a workshop: three queries, whatever its size."""
    return load_grid(uow.session, workshop_id, today)


def load_grid(session: Any, workshop_id: str, today: date | None = None) -> Grid:
    """``grid`` in an open session (the printing services use it)."""
    today = today or date.today()
    workshop = records.to_dict(records.load(session, "workshop", workshop_id))
    wid = workshop["id"]
    sessions = [records.to_dict(s) for s in session.scalars(
        select(WorkshopSession).where(WorkshopSession.workshop == wid,
                                      WorkshopSession.cl % 2 == 1)
        .order_by(WorkshopSession.date, WorkshopSession.start_time, WorkshopSession.id))]
    persons = []
    for enrolment, person in session.execute(
            select(Enrolment, Person).join(Person, Person.id == Enrolment.person)
            .where(Enrolment.workshop == wid, Enrolment.cl % 2 == 1)):
        item = records.to_dict(person)
        item["enrolment"] = enrolment.id
        item["enrolment_status"] = enrolment.status
        item["withdrawn"] = enrolment.status == "withdrawn"
        item["minor"] = under_18_on(person.birth_date, today)
        persons.append(item)
    persons.sort(key=lambda p: (fold(p.get("last_name") or ""), fold(p.get("first_name") or ""),
                                p["id"]))
    marks: dict[tuple[str, str], str] = {}
    ids = [s["id"] for s in sessions]
    for start in range(0, len(ids), 500):
        for sid, pid, status in session.execute(
                select(Attendance.session, Attendance.person, Attendance.status)
                .where(Attendance.session.in_(ids[start:start + 500]),
                       Attendance.cl % 2 == 1)):
            marks[(pid, sid)] = status
    return Grid(workshop, sessions, persons, marks)


