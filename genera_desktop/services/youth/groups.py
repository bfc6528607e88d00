"""Youth groups and the workshops for young people, as the Adolescenti section shows
them: a group is a workshop of ``format`` ``group`` (docs/dev/decisions.md "Youth
groups"), so it has the workshops' sessions, enrolments (with the consent rule for a
minor) and attendance grid; the section lists groups and youth-audience workshops, and
a facilitator's week of their sessions.

Only for users with the adolescents' access area (their enrolled are young people).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from genera_desktop.domain.text import fold
from genera_desktop.services import permissions, records
from genera_desktop.services.community import ui_queries
from genera_desktop.services.transaction import reads, writes
from genera_desktop.store.models import Workshop, WorkshopSession
from genera_desktop.store.uow import UnitOfWork

GROUP = "group"
YOUTH = "youth"


def is_youth(workshop: dict[str, Any] | Workshop) -> bool:
    """A group, or a workshop whose audience is young people."""
    get = workshop.get if isinstance(workshop, dict) else lambda n: getattr(workshop, n)
    return get("format") == GROUP or get("audience") == YOUTH


def _require_area(uow: UnitOfWork) -> None:
    permissions.require_kind_access(uow.session, uow.username, "consent")


@reads
def youth_rows(uow: UnitOfWork, point: str | None = None) -> list[dict[str, Any]]:
    """The groups and youth-audience workshops of ``point`` (all held when None), as
    ``ui_queries.workshop_rows`` gives them (counts, place names), groups first, then
    the latest start first."""
    _require_area(uow)
    rows = [w for w in ui_queries.workshop_rows(uow, point) if is_youth(w)]
    rows.sort(key=lambda w: w.get("format") != GROUP)  # stable: keeps the dates' order
    return rows


@writes
def add_group(uow: UnitOfWork, values: dict[str, Any]) -> str:
    """A new youth group (format ``group``, audience ``youth``, status ``running``
    unless said); its id."""
    _require_area(uow)
    data = {"audience": YOUTH, "status": "running", **values, "format": GROUP}
    return records.add(uow, "workshop", data)


def monday_of(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


@reads
def week(uow: UnitOfWork, monday: date, *, facilitator: str | None = None,
         point: str | None = None) -> list[dict[str, Any]]:
    """The sessions from ``monday`` to the Sunday after, of the groups and youth
    workshops (of ``point``; led by ``facilitator`` when given), each as the session's
    record with ``workshop_title``, ``format``, ``facilitator`` and ``place_name`` (the
    session's place, else its workshop's); by day and time."""
    _require_area(uow)
    session = uow.session
    first, last = monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    query = (select(WorkshopSession, Workshop)
             .join(Workshop, Workshop.id == WorkshopSession.workshop)
             .where(WorkshopSession.cl % 2 == 1, Workshop.cl % 2 == 1,
                    WorkshopSession.date >= first, WorkshopSession.date <= last))
    if point:
        query = query.where(Workshop.point == point)
    places = ui_queries.place_names(uow)
    out = []
    for meeting, workshop in session.execute(query):
        if not is_youth(workshop):
            continue
        if facilitator and (workshop.facilitator or "") != facilitator:
            continue
        row = records.to_dict(meeting)
        row.update(workshop_title=workshop.title or "", format=workshop.format or "workshop",
                   facilitator=workshop.facilitator or "",
                   place_name=places.get(meeting.place or workshop.place or "", ""))
        out.append(row)
    out.sort(key=lambda s: (s.get("date") or "", s.get("start_time") or "",
                            fold(s["workshop_title"]), s["id"]))
    return out
