"""The work plan in the agenda (services/registry/agenda.py lists it beside the follow-ups): the
candidacies in state ``interview`` (the soonest interview first, those without a date
last) and those ``sent`` for more than WAITING_DAYS days with no answer yet.

Since when a candidacy is ``sent`` is the stamp of its ``status`` field (the field
clock every site keeps alike), so no field is added for it. Only for a user with the
work area (candidacies are the area's).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from genera_desktop.domain.text import full_name
from genera_desktop.services import permissions
from genera_desktop.store.local import FieldClock
from genera_desktop.store.models import Organisation, Person
from genera_desktop.store.models_work import Candidacy, Vacancy
from genera_desktop.store.uow import UnitOfWork
from genera_desktop.sync.clock import unpack

INTERVIEW, WAITING = "interview", "waiting"
# A company that has not answered in two weeks is worth a call (docs/dev/decisions.md).
WAITING_DAYS = 14


@dataclass(frozen=True)
class WorkItem:
    """One candidacy to follow: an interview (``due`` its date, or None) or one waiting
    for an answer (``due`` the day it was sent, ``days`` how long ago)."""

    what: str
    due: str | None
    candidacy_id: str
    person_id: str
    person_name: str
    household_id: str
    vacancy_title: str
    organisation_name: str
    days: int | None = None


def stamp_day(stamp: int) -> date:
    """The UTC day of a field-clock stamp."""
    return datetime.fromtimestamp(unpack(stamp)[0] / 1000, tz=UTC).date()


def upcoming(uow: UnitOfWork, today: date | None = None) -> list[WorkItem]:
    """Interviews, then candidacies sent more than WAITING_DAYS days before ``today``
    (the longest waiting first); empty for a user without the work area."""
    session = uow.session
    if not permissions.may_read_kind(session, uow.username, "candidacy"):
        return []
    today = today or date.today()
    found = session.execute(
        select(Candidacy.id, Candidacy.status, Candidacy.interview_on, Candidacy.person,
               Candidacy.household, Vacancy.title, Organisation.name, Person.last_name,
               Person.first_name)
        .join(Vacancy, Vacancy.id == Candidacy.vacancy)
        .join(Person, Person.id == Candidacy.person)
        .outerjoin(Organisation, Organisation.id == Vacancy.organisation)
        .where(Candidacy.cl % 2 == 1, Person.cl % 2 == 1,
               Candidacy.status.in_((INTERVIEW, "sent")))).all()
    sent = [row[0] for row in found if row[1] == "sent"]
    stamps: dict[str, int] = {}
    for start in range(0, len(sent), 500):
        stamps.update(session.execute(select(FieldClock.rid, FieldClock.hlc).where(
            FieldClock.kind == "candidacy", FieldClock.field == "status",
            FieldClock.rid.in_(sent[start:start + 500]))).all())
    limit = today - timedelta(days=WAITING_DAYS)
    interviews: list[WorkItem] = []
    waiting: list[WorkItem] = []
    for rid, status, interview_on, person, household, title, org, last, first in found:
        name = full_name(last, first)
        common = (rid, person or "", name, household or "", title or "", org or "")
        if status == INTERVIEW:
            interviews.append(WorkItem(INTERVIEW, interview_on, *common))
        elif rid in stamps and (day := stamp_day(stamps[rid])) < limit:
            waiting.append(WorkItem(WAITING, day.isoformat(), *common,
                                    days=(today - day).days))
    interviews.sort(key=lambda i: (i.due is None, i.due or "", i.person_name))
    waiting.sort(key=lambda i: (i.due or "", i.person_name))
    return interviews + waiting
