"""Photo consent: whether a person's image may be taken and published (a live
``images`` consent that counts: for a minor, a parent's or guardian's), shown before
anything that could publish one, and the photos of a session recorded only when every
person present may be in them (docs/dev/decisions.md "Youth groups", photos).

The app publishes no image itself; what could publish one is a facilitator taking
photos at a group's or workshop's session. So the young person's plan and the
roster say «Foto: sì / no», and recording "photos taken" on a session is refused while
anyone marked present there lacks the consent.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from genera_desktop.domain.errors import Refused
from genera_desktop.services import permissions, records
from genera_desktop.services.transaction import reads, writes
from genera_desktop.services.youth.consents import consent_counts, live_consents
from genera_desktop.store.models import Attendance, Person, WorkshopSession
from genera_desktop.store.uow import UnitOfWork

IMAGES = "images"
# The line a session's notes get when its photos are recorded (the note follows it).
PHOTOS_MARK = "[foto]"


@reads
def photo_consents(uow: UnitOfWork, person_ids: Iterable[str], *,
                   today: date | None = None) -> dict[str, bool]:
    """For each person, whether an image of them may be published on ``today``: an adult
    (or someone of unknown age) with a live ``images`` consent of anyone's, a minor with
    a parent's or guardian's. Without the consent, False."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "consent")
    day = today or date.today()
    out = {}
    for pid in person_ids:
        person = session.get(Person, pid)
        out[pid] = person is not None and _may(session, person, day)
    return out


def _may(session: Session, person: Person, day: date) -> bool:
    # consent_counts lets an adult through without any consent: for images even an
    # adult needs one recorded.
    if not live_consents(session, person.id, IMAGES, day):
        return False
    return consent_counts(session, person, IMAGES, day)


@writes
def record_photos(uow: UnitOfWork, session_id: str, note: str, *,
                  today: date | None = None) -> None:
    """Note on a session that photos were taken there (``note``: what, where they are
    kept). Refused ``photos_without_consent`` (detail: how many) while any person
    marked present at the session lacks a photo consent that counts."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "consent")
    meeting = records.load(session, "workshop_session", session_id)
    assert isinstance(meeting, WorkshopSession)
    day = date.fromisoformat(meeting.date) if meeting.date else (today or date.today())
    present = session.scalars(select(Attendance.person).where(
        Attendance.session == meeting.id, Attendance.cl % 2 == 1,
        Attendance.status == "present"))
    missing = [pid for pid, ok in photo_consents(uow, [p for p in present if p],
                                                 today=day).items()
               if not ok]
    if missing:
        raise Refused("photos_without_consent", str(len(missing)))
    notes = (meeting.notes or "").rstrip()
    line = f"{PHOTOS_MARK} {note.strip()}".rstrip()
    records.update(uow, "workshop_session", meeting.id,
                   {"notes": f"{notes}\n{line}" if notes else line})
