"""Everything held about one person, for an access request (GDPR art. 15).

``person_report`` gathers it as plain data; ``genera person export`` writes it as JSON
or, through printing/access_request.py, as a PDF to hand over. Other members of the
household are left out (they are other people's data) except where a household record
itself names them. Records deleted here but still held (sync keeps them so a delete
never resurrects) are included and marked: the request covers what the store holds.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from genera_desktop.domain.errors import NotFound
from genera_desktop.files import write_atomically
from genera_desktop.services import audit, permissions
from genera_desktop.services.records import to_dict
from genera_desktop.services.site import site_info
from genera_desktop.services.transaction import writes
from genera_desktop.store.base import Replicated
from genera_desktop.store.local import AuditEntry, Conflict
from genera_desktop.store.models import (
    Contact,
    FollowUp,
    Health,
    Household,
    HousingContext,
    Intake,
    Person,
    Referral,
    Visit,
)
from genera_desktop.store.store import now_iso
from genera_desktop.store.uow import UnitOfWork

ABOUT_PERSON, ABOUT_HOUSEHOLD = "person", "household"
# Printed and listed in this order: the person's own records, then the household's.
KIND_ORDER = ("health", "intake", "contact", "visit", "referral", "follow_up")


def person_report(uow: UnitOfWork, person_id: str, *, export_format: str = "json") -> dict[str, Any]:
    """Everything held about a person, as a dict; the export is recorded in the audit trail.

    Keys: ``person`` (its fields), ``household`` (its household's fields, or None),
    ``housing_context`` (the household's context, if any),
    ``records`` (each a record's fields plus ``about``: "person" when it names them,
    "household" when it is their household's, and ``deleted`` when deleted),
    ``merged_duplicates`` (duplicate records of them merged into this one),
    ``health_withheld`` (True when the user may not read health data and some exists),
    ``conflicts`` (the conflict log's entries about them, their household and those
    records: the losing value is data held about them too), ``audit`` (trail entries
    about them, their household and those records), and
    ``generated_at``, ``generated_by``, ``site``. The caller commits (for the audit).
    """
    session = uow.session
    person = session.get(Person, person_id.strip().lower())
    if person is None:
        raise NotFound("person", person_id)
    household = session.get(Household, person.household) if person.household else None
    hid = household.id if household is not None else None

    found: list[tuple[str, Replicated]] = []
    health = list(session.scalars(select(Health).where(Health.person == person.id)))
    may_read_health = permissions.may_read(session, uow.username, "health")
    if may_read_health:
        found += [(ABOUT_PERSON, h) for h in health]
    found += [(ABOUT_PERSON, o) for o in session.scalars(
        select(Intake).where(Intake.reference_person == person.id))]
    for model in (Contact, Visit):
        found += [(ABOUT_PERSON, o) for o in session.scalars(
            select(model).where(model.person == person.id))]
    if hid is not None:
        found += [(ABOUT_HOUSEHOLD, o) for o in session.scalars(
            select(Intake).where(Intake.household == hid,
                                 or_(Intake.reference_person.is_(None),
                                     Intake.reference_person != person.id)))]
        # Contacts and visits that name nobody are about the whole family; those naming
        # another member are about that member, not this person.
        for model in (Contact, Visit):
            found += [(ABOUT_HOUSEHOLD, o) for o in session.scalars(
                select(model).where(model.household == hid, model.person.is_(None)))]
        for owned in (Referral, FollowUp):
            found += [(ABOUT_HOUSEHOLD, o) for o in session.scalars(
                select(owned).where(owned.household == hid))]
    found.sort(key=lambda pair: (pair[0] != ABOUT_PERSON, KIND_ORDER.index(pair[1].KIND),
                                 str(getattr(pair[1], "date", "") or ""), pair[1].id))
    duplicates = list(session.scalars(
        select(Person).where(Person.merged_into == person.id).order_by(Person.id)))

    ids = {person.id, *(o.id for _, o in found), *(d.id for d in duplicates)}
    if hid is not None:
        ids.add(hid)
    context = (session.get(HousingContext, household.housing_context)
               if household is not None and household.housing_context else None)
    report = {
        "generated_at": now_iso(),
        "generated_by": uow.username,
        "site": site_info(session).site_name,
        "person": _fields(person),
        "household": _fields(household) if household is not None else None,
        # Not personal data, but the household's reference reads better by its name.
        "housing_context": to_dict(context) if context is not None else None,
        "records": [{**_fields(obj), "about": about} for about, obj in found],
        "merged_duplicates": [_fields(d) for d in duplicates],
        "health_withheld": bool(health) and not may_read_health,
        "conflicts": _conflicts(uow, ids),
        "audit": _audit_entries(uow, ids),
    }
    audit.record(uow, "export", "person", person.id,
                 {"format": export_format, "records": len(found)})
    return report


def _fields(obj: Replicated) -> dict[str, Any]:
    out = to_dict(obj)
    if not obj.alive:
        out["deleted"] = True
    return out


def _conflicts(uow: UnitOfWork, ids: set[str]) -> list[dict[str, Any]]:
    """Conflict log entries about any of ``ids`` (kinds this user may read), oldest
    first: both values of the field, whichever is current."""
    readable = permissions.readable_kinds(uow.session, uow.username)
    out: list[dict[str, Any]] = []
    wanted = sorted(ids)
    for start in range(0, len(wanted), 500):  # SQLite caps a statement's parameters
        chunk = wanted[start:start + 500]
        out += [
            {"id": c.id, "kind": c.kind, "record_id": c.rid, "field": c.field,
             "winner_value": c.winner_value, "loser_value": c.loser_value,
             "detected_at": c.detected_at, "status": c.status}
            for c in uow.session.scalars(select(Conflict).where(Conflict.rid.in_(chunk)))
            if c.kind in readable
        ]
    out.sort(key=lambda c: (c["detected_at"], c["id"]))
    return out


def _audit_entries(uow: UnitOfWork, ids: set[str]) -> list[dict[str, Any]]:
    """Trail entries about any of ``ids``, oldest first."""
    out: list[dict[str, Any]] = []
    wanted = sorted(ids)
    for start in range(0, len(wanted), 500):  # SQLite caps a statement's parameters
        chunk = wanted[start:start + 500]
        out += [
            {"id": e.id, "at": e.at, "user": e.username, "action": e.action, "kind": e.kind,
             "record_id": e.record_id, "detail": e.detail}
            for e in uow.session.scalars(
                select(AuditEntry).where(AuditEntry.record_id.in_(chunk)))
        ]
    out.sort(key=lambda e: e["id"])
    return out


@writes
def save_person_report(uow: UnitOfWork, person_id: str, out: Path) -> Path:
    """Write the person's report to ``out`` (``.json`` or ``.pdf``, by its suffix) and
    record the export, committed once the file is there."""
    fmt = out.suffix.lower().lstrip(".")
    report = person_report(uow, person_id, export_format=fmt)
    if fmt == "pdf":
        from genera_desktop.printing.access_request import person_report_pdf
        from genera_desktop.printing.layout import PrintContext

        pctx = PrintContext(site_name=report["site"] or "", printed_on=date.today(),
                            operator=uow.username)
        data = person_report_pdf(pctx, report)
    else:
        data = (json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True)
                + "\n").encode("utf-8")
    write_atomically(out, data)
    return out
