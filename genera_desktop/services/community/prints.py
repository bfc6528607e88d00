"""Printing a workshop's forms: a session's sign-in sheet and the workshop's attendance
register (printing/workshops.py lays them out).

``print_*`` return the PDF as bytes and note the print in the audit trail in the
caller's transaction (a page's preview sends it to the printer, then commits);
``save_*`` write the file atomically and commit once it is there (``genera print``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from genera_desktop.files import write_atomically
from genera_desktop.printing import workshops as forms
from genera_desktop.services import records
from genera_desktop.services.community.attendance import load_grid
from genera_desktop.services.coordination import audit
from genera_desktop.services.printing import operator_names, print_context
from genera_desktop.services.transaction import writes
from genera_desktop.store.models import Place
from genera_desktop.store.uow import UnitOfWork

# Who signs the sheet: the enrolled who have not withdrawn.
SIGNING = frozenset({"enrolled", "completed", None})


def _with_facilitator_name(workshop: dict[str, Any], uow: UnitOfWork) -> dict[str, Any]:
    """The workshop with its facilitator's full name in place of the username."""
    who = workshop.get("facilitator")
    if not who:
        return workshop
    return {**workshop, "facilitator": operator_names(uow.session).get(who, who)}


def print_signin(uow: UnitOfWork, session_id: str, *, today: date | None = None) -> bytes:
    """The sign-in sheet of one workshop session: the enrolled in surname order (names
    only), then blank rows for newcomers."""
    session = uow.session
    meeting = records.to_dict(records.load(session, "workshop_session", session_id))
    grid = load_grid(session, meeting["workshop"])
    place_id = meeting.get("place") or grid.workshop.get("place")
    place_obj = session.get(Place, place_id) if place_id else None
    place = records.to_dict(place_obj) if place_obj is not None else None
    # The birth date is not printed: it ticks the «Minore» box of who is under 18.
    persons = [{k: p.get(k) for k in ("id", "first_name", "last_name", "birth_date")}
               for p in grid.persons if p.get("enrolment_status") in SIGNING]
    audit.record(uow, "print", "workshop_session", meeting["id"], {"form": "signin"})
    return forms.signin_sheet(print_context(uow, today), _with_facilitator_name(grid.workshop, uow),
                              meeting, place, persons)


def print_register(uow: UnitOfWork, workshop_id: str, *, today: date | None = None) -> bytes:
    """The attendance register of a workshop: every enrolled person × every session."""
    grid = load_grid(uow.session, workshop_id)
    persons = [{k: p.get(k) for k in ("id", "first_name", "last_name")} for p in grid.persons]
    audit.record(uow, "print", "workshop", grid.workshop["id"], {"form": "register"})
    by_session = {(sid, pid): status for (pid, sid), status in grid.marks.items()}
    return forms.attendance_register(print_context(uow, today),
                                     _with_facilitator_name(grid.workshop, uow),
                                     grid.sessions, persons, by_session)


@writes
def save_signin(uow: UnitOfWork, out: Path, session_id: str) -> Path:
    """Write a session's sign-in sheet to ``out`` (``genera print signin``)."""
    write_atomically(out, print_signin(uow, session_id))
    return out


@writes
def save_register(uow: UnitOfWork, out: Path, workshop_id: str) -> Path:
    """Write a workshop's attendance register to ``out`` (``genera print register``)."""
    records.load(uow.session, "workshop", workshop_id)
    write_atomically(out, print_register(uow, workshop_id))
    return out



