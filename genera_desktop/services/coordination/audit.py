"""The audit trail: who viewed, changed, printed or exported which record.

The trail keeps ids, kinds and, for a change, the names of the fields changed, never
their values: a person's data erased leaves no copy of it here. :func:`names_for`
gives the audit page the names behind the ids, read from the records themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from genera_desktop.services.transaction import reads
from genera_desktop.store.base import Replicated
from genera_desktop.store.local import AuditEntry, Conflict, Site
from genera_desktop.store.models import MODELS, Health, Household, Person
from genera_desktop.store.store import now_iso
from genera_desktop.store.uow import UnitOfWork

ACTIONS = ("view", "create", "update", "delete", "restore", "print", "export", "import",
           "login", "merge", "unmerge", "conflict", "erase", "admin")


def record(uow: UnitOfWork, action: str, kind: str | None = None, record_id: str | None = None,
           detail: Any = None) -> None:
    """Add an entry to the trail, in the caller's transaction."""
    uow.session.add(AuditEntry(at=now_iso(), username=uow.username, action=action, kind=kind,
                               record_id=record_id, detail=detail))


def entries(uow: UnitOfWork, *, username: str | None = None, record_id: str | None = None,
            action: str | None = None, since: str | None = None, until: str | None = None,
            limit: int = 1000) -> list[dict[str, Any]]:
    """Trail entries, newest first, filtered as asked."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if username:
        query = query.where(AuditEntry.username == username)
    if record_id:
        query = query.where(AuditEntry.record_id == record_id)
    if action:
        query = query.where(AuditEntry.action == action)
    if since:
        query = query.where(AuditEntry.at >= since)
    if until:
        query = query.where(AuditEntry.at < until)
    return [
        {"id": e.id, "at": e.at, "user": e.username, "action": e.action, "kind": e.kind,
         "record_id": e.record_id, "detail": e.detail}
        for e in uow.session.scalars(query)
    ]


# -- what the trail's ids stand for ------------------------------------------------------


@dataclass(frozen=True)
class RecordName:
    """What a person reading the trail needs to know which record an entry is about.

    ``name``: the record's own name (a household's case number, a person's surname and
    name, a context's or point's name); ``day``: the date of a dated entry (an intake,
    a visit, a follow-up's due date); ``belongs_to``: the name of the household (or,
    for a visit without one, the housing context; for health data, the person) it
    belongs to. Any may be None: an erased person has no name left. ``alive`` is False
    for a deleted record.
    """

    kind: str
    name: str | None
    day: str | None
    belongs_to: str | None
    alive: bool


@dataclass(frozen=True)
class TrailNames:
    """The names behind the ids of some trail entries (see :func:`names_for`)."""

    records: dict[tuple[str, str], RecordName]
    sites: dict[str, str]
    # conflict id -> (kind, record id, field, winning value, losing value)
    conflicts: dict[str, tuple[str, str, str, Any, Any]]


# Detail keys that hold the id of another record of the entry's own kind (merge, unmerge).
_SAME_KIND_REFS = ("into", "from", "loser")
# Detail keys that hold a site id (invitations, exclusions, suspensions).
_SITE_REFS = ("invite", "revoke", "suspend")


@reads
def trail(uow: UnitOfWork, *, username: str | None = None, record_id: str | None = None,
          action: str | None = None, since: str | None = None,
          until: str | None = None) -> tuple[list[dict[str, Any]], TrailNames]:
    """The trail page's entries (as :func:`entries`, at most 1000) and the names they
    refer to."""
    rows = entries(uow, username=username, record_id=record_id, action=action, since=since,
                   until=until)
    return rows, names_for(uow, rows)


def names_for(uow: UnitOfWork, entries: list[dict[str, Any]]) -> TrailNames:
    """The names of the records, sites and conflicts that ``entries`` (as
    :func:`entries` returns them) refer to by id, read in a few queries."""
    wanted: dict[str, set[str]] = {}
    sites: set[str] = set()
    conflicts: set[str] = set()
    for entry in entries:
        kind, detail = entry.get("kind"), entry.get("detail")
        if kind in MODELS and entry.get("record_id"):
            wanted.setdefault(kind, set()).add(entry["record_id"])
        if isinstance(detail, dict):
            for key in _SAME_KIND_REFS:
                if kind in MODELS and isinstance(detail.get(key), str):
                    wanted.setdefault(kind, set()).add(detail[key])
            for key in _SITE_REFS:
                if isinstance(detail.get(key), str):
                    sites.add(detail[key])
            if entry.get("action") == "conflict" and isinstance(detail.get("conflict"), str):
                conflicts.add(detail["conflict"])
    session = uow.session
    found = {(kind, obj.id): obj for kind, ids in wanted.items()
             for obj in _load_all(session, MODELS[kind], ids)}
    # What the found records belong to: their households, persons and contexts.
    parents: dict[str, set[str]] = {}
    for obj in found.values():
        for attr, kind in (("household", "household"), ("person", "person"),
                           ("housing_context", "housing_context")):
            ref = getattr(obj, attr, None)
            if isinstance(ref, str) and (kind, ref) not in found:
                parents.setdefault(kind, set()).add(ref)
    for kind, ids in parents.items():
        for obj in _load_all(session, MODELS[kind], ids):
            found[(kind, obj.id)] = obj
    records = {key: _record_name(obj, found) for key, obj in found.items()}
    site_names = {s.site_id: s.name for s in session.scalars(
        select(Site).where(Site.site_id.in_(sites)))} if sites else {}
    conflict_values = {c.id: (c.kind, c.rid, c.field, c.winner_value, c.loser_value)
                       for c in session.scalars(select(Conflict).where(
                           Conflict.id.in_(conflicts)))} if conflicts else {}
    return TrailNames(records, site_names, conflict_values)


def _load_all(session: Session, model: type[Replicated], ids: set[str]) -> list[Replicated]:
    found: list[Replicated] = []
    chunk = sorted(ids)
    for start in range(0, len(chunk), 500):
        found += session.scalars(select(model).where(model.id.in_(chunk[start:start + 500])))
    return found


def _own_name(obj: Replicated) -> str | None:
    """A record's own name: case number, person's name, context's or point's name."""
    if getattr(obj, "last_name", None) or getattr(obj, "first_name", None):
        return " ".join(p for p in (getattr(obj, "last_name", None),
                                    getattr(obj, "first_name", None)) if p)
    if getattr(obj, "case_number", None):
        return str(obj.case_number)  # type: ignore[attr-defined]
    if getattr(obj, "code", None) and getattr(obj, "name", None):
        return f"{obj.code} – {obj.name}"  # type: ignore[attr-defined]
    name = getattr(obj, "name", None)
    return str(name) if name else None


def _record_name(obj: Replicated, found: dict[tuple[str, str], Replicated]) -> RecordName:
    day = getattr(obj, "date", None) or getattr(obj, "due_date", None)
    belongs_to = None
    # Health data are a person's; a person and other entries a household's (a visit
    # without one, its housing context's).
    owners = (("person", "person"), ("household", "household")) if isinstance(obj, Health) \
        else (("household", "household"), ("housing_context", "housing_context"))
    for attr, kind in owners:
        ref = getattr(obj, attr, None)
        parent = found.get((kind, ref)) if isinstance(ref, str) else None
        if parent is not None and not isinstance(obj, Household):
            belongs_to = _own_name(parent)
            if belongs_to:
                break
    name = _own_name(obj) if isinstance(obj, Person | Household) or not day else None
    if isinstance(obj, Household) and not name:
        name = obj.address
    return RecordName(obj.KIND, name, day if isinstance(day, str) else None, belongs_to,
                      bool(obj.alive))
