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

from genera_desktop.domain.ages import under_18_on
from genera_desktop.domain.errors import NotFound, Refused
from genera_desktop.files import write_atomically
from genera_desktop.services import permissions
from genera_desktop.services.coordination import audit
from genera_desktop.services.network.site import site_info
from genera_desktop.services.records import to_dict
from genera_desktop.services.transaction import reads, writes
from genera_desktop.store.base import Replicated
from genera_desktop.store.kind import KindSpec
from genera_desktop.store.kinds import KINDS
from genera_desktop.store.local import AuditEntry, Conflict
from genera_desktop.store.models import (
    Household,
    HousingContext,
    Organisation,
    Person,
    Place,
    Workshop,
)
from genera_desktop.store.store import now_iso
from genera_desktop.store.uow import UnitOfWork

ABOUT_PERSON, ABOUT_HOUSEHOLD = "person", "household"
# Who may request the access export of a person under 18 (docs/dev/decisions.md,
# "Youth groups, the week, a minor's export").
REQUESTER_RELATIONS = ("parent", "guardian")
# Printed and listed in the order of the kinds' declarations (store/kinds.py), the
# person's own records first, then the household's.
KIND_ORDER = tuple(KINDS)


def exported_kinds() -> tuple[str, ...]:
    """The kinds whose records enter an export as records (the person and their
    household are its subjects): every kind whose declaration says it takes part."""
    return tuple(k for k, spec in KINDS.items()
                 if spec.access_export.personal and not spec.access_export.subject)


def check_requester(person: Person, requested_by: dict[str, str] | None,
                    today: date | None = None) -> dict[str, str] | None:
    """The requester of the export, checked: for a person under 18 on ``today`` a
    parent or guardian must be named (refused ``minor_export_needs_requester``); when
    given, ``name`` is not blank and ``relation`` is ``parent`` or ``guardian``
    (refused ``export_requester_invalid``)."""
    if requested_by is None:
        if under_18_on(person.birth_date, today or date.today()):
            raise Refused("minor_export_needs_requester", "")
        return None
    name = " ".join(str(requested_by.get("name") or "").split())
    relation = str(requested_by.get("relation") or "")
    if not name or relation not in REQUESTER_RELATIONS:
        raise Refused("export_requester_invalid", relation)
    return {"name": name, "relation": relation}


def person_report(uow: UnitOfWork, person_id: str, *, export_format: str = "json",
                  requested_by: dict[str, str] | None = None,
                  today: date | None = None) -> dict[str, Any]:
    """Everything held about a person, as a dict; the export is recorded in the audit trail.

    Keys: ``person`` (its fields), ``household`` (its household's fields, or None),
    ``housing_context`` (the household's context, if any),
    ``records`` (each a record's fields plus ``about``: "person" when it names them,
    "household" when it is their household's, and ``deleted`` when deleted),
    ``merged_duplicates`` (duplicate records of them merged into this one),
    ``withheld`` (the kinds of an access area the user lacks of which some record
    exists: left out, the reader told so), ``health_withheld`` (whether "health" is
    one), ``conflicts`` (the conflict log's entries about them, their household and
    those records: the losing value is data held about them too), ``audit`` (trail
    entries about them, their household and those records), and
    ``generated_at``, ``generated_by``, ``site``, and ``requested_by`` (``name``,
    ``relation``) when a requester is named: for a person under 18 on ``today`` a
    parent or guardian must be (``check_requester``), and is recorded in the audit
    trail too. The caller commits (for the audit).
    Which kinds take part, and how, is each kind's declaration (``access_export``).
    """
    session = uow.session
    person = session.get(Person, person_id.strip().lower())
    if person is None:
        raise NotFound("person", person_id)
    requester = check_requester(person, requested_by, today)
    household = session.get(Household, person.household) if person.household else None
    hid = household.id if household is not None else None

    found: list[tuple[str, Replicated]] = []
    withheld: list[str] = []
    readable = permissions.readable_kinds(session, uow.username)
    for kind in exported_kinds():
        spec = KINDS[kind]
        mine = _records_of(session, spec, person.id, hid)
        if kind not in readable:
            if mine:
                withheld.append(kind)
            continue
        found += mine
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
        "withheld": withheld,
        "health_withheld": "health" in withheld,
        "conflicts": _conflicts(uow, ids),
        "audit": _audit_entries(uow, ids),
    }
    detail: dict[str, Any] = {"format": export_format, "records": len(found)}
    if requester is not None:
        report["requested_by"] = requester
        detail["requested_by"] = requester
    audit.record(uow, "export", "person", person.id, detail)
    return report


def _records_of(session: Any, spec: KindSpec, person_id: str,
                household_id: str | None) -> list[tuple[str, Replicated]]:
    """A kind's records about a person (naming them) and about their household."""
    model, export = spec.model, spec.access_export
    named = [getattr(model, f) for f in export.person_fields]
    out: list[tuple[str, Replicated]] = []
    if named:
        out += [(ABOUT_PERSON, o) for o in session.scalars(
            select(model).where(or_(*(col == person_id for col in named))))]
    if household_id is not None and export.household_field:
        if export.unless_named:
            # Naming another member makes it theirs; naming nobody, the family's.
            others = [col.is_(None) for col in named]
        else:
            others = [or_(col.is_(None), col != person_id) for col in named]
        out += [(ABOUT_HOUSEHOLD, o) for o in session.scalars(
            select(model).where(getattr(model, export.household_field) == household_id,
                                *others))]
    return out


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


@reads
def is_minor(uow: UnitOfWork, person_id: str, today: date | None = None) -> bool:
    """Whether the person is under 18 on ``today`` (their export needs a requester)."""
    person = uow.session.get(Person, person_id.strip().lower())
    if person is None:
        raise NotFound("person", person_id)
    return under_18_on(person.birth_date, today or date.today())


# What a record may name that is no one's personal data, read by its name in the PDF
# (a school, a host, a workshop, a place): the model and the field that names it.
NAMED_KINDS = ((Organisation, "name"), (Workshop, "title"), (Place, "name"))


def _reference_names(uow: UnitOfWork, report: dict[str, Any]) -> dict[str, str]:
    """The names of the organisations, workshops and places the report's records name
    by id, so the PDF reads «Liceo Bagatta», not an id. Never another person's name."""
    ids = {str(v) for record in report["records"] for k, v in record.items()
           if isinstance(v, str) and k not in ("id", "person", "household")}
    names: dict[str, str] = {}
    for model, field in NAMED_KINDS:
        for obj in uow.session.scalars(select(model).where(model.id.in_(ids))):
            if getattr(obj, field, None):
                names[obj.id] = str(getattr(obj, field))
    return names


@writes
def save_person_report(uow: UnitOfWork, person_id: str, out: Path,
                       export_format: str | None = None, *,
                       requested_by: dict[str, str] | None = None) -> Path:
    """Write the person's report to ``out`` (``export_format`` ``json`` or ``pdf``, by
    default by its suffix) and record the export, committed once the file is there.
    ``requested_by`` (``name``, ``relation``): who asked; a minor's needs a parent or
    guardian (``person_report``), refused before anything is written."""
    fmt = export_format or out.suffix.lower().lstrip(".")
    report = person_report(uow, person_id, export_format=fmt, requested_by=requested_by)
    if fmt == "pdf":
        from genera_desktop.printing.access_request import person_report_pdf
        from genera_desktop.printing.layout import PrintContext

        pctx = PrintContext(site_name=report["site"] or "", printed_on=date.today(),
                            operator=uow.username)
        data = person_report_pdf(pctx, {**report, "names": _reference_names(uow, report)})
    else:
        data = (json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True)
                + "\n").encode("utf-8")
    write_atomically(out, data)
    return out
