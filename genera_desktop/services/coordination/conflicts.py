"""The conflict log: concurrent edits of one field that lost (spec/sync.md rules 2 and 7).

Sync writes the log while it applies bundles; here the coordinator reads it and decides:
``restore`` makes the losing value the current one, as a new edit that replicates, and
``dismiss`` keeps the winner. Both only mark the entry; nothing is ever removed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from genera_desktop.domain.errors import NotFound, Refused
from genera_desktop.services import permissions, records
from genera_desktop.services.coordination import audit
from genera_desktop.services.network.site import site_info
from genera_desktop.services.transaction import reads, writes
from genera_desktop.store.base import field_info
from genera_desktop.store.local import Conflict, Site
from genera_desktop.store.uow import UnitOfWork
from genera_desktop.sync.clock import unpack

STATUSES = ("open", "restored", "kept")


def stamp_iso(hlc: int | None) -> str | None:
    """A clock stamp as an ISO UTC time to the second (its counter dropped)."""
    if not hlc:
        return None
    ms, _counter = unpack(hlc)
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds")


@reads
def list_conflicts(uow: UnitOfWork, status: str | None = "open") -> list[dict[str, Any]]:
    """Logged conflicts with ``status`` (all of them for None), newest first.

    Each: ``id``, ``kind``, ``record_id``, ``field``, ``winner_value``, ``loser_value``,
    ``winner_site`` / ``loser_site`` (names; ids in ``*_site_id``), ``winner_at`` /
    ``loser_at`` (ISO UTC, from the stamps), ``detected_at``, ``detected_by``,
    ``status`` and ``note``. Conflicts about kinds the user may not read are left out.
    """
    session = uow.session
    query = select(Conflict).order_by(Conflict.detected_at.desc(), Conflict.id)
    if status is not None:
        query = query.where(Conflict.status == status)
    names = _site_names(session)
    # Values of a kind the user's access does not cover are left out (spec/cli.md).
    readable = permissions.readable_kinds(session, uow.username)
    return [_as_dict(c, names) for c in session.scalars(query) if c.kind in readable]


def _site_names(session: Session) -> dict[str, str]:
    return {sid: name for sid, name in session.execute(select(Site.site_id, Site.name))}


def _as_dict(c: Conflict, names: dict[str, str]) -> dict[str, Any]:
    return {
        "id": c.id,
        "kind": c.kind,
        "record_id": c.rid,
        "field": c.field,
        "winner_value": c.winner_value,
        "loser_value": c.loser_value,
        # A site this store never heard of still shows, by its id.
        "winner_site": names.get(c.winner_site, c.winner_site),
        "loser_site": names.get(c.loser_site, c.loser_site),
        "winner_site_id": c.winner_site,
        "loser_site_id": c.loser_site,
        "winner_at": stamp_iso(c.winner_hlc),
        "loser_at": stamp_iso(c.loser_hlc),
        "detected_at": c.detected_at,
        "detected_by": names.get(c.detected_by, c.detected_by),
        "status": c.status,
        "note": c.note,
    }


@reads
def get(uow: UnitOfWork, conflict_id: str) -> dict[str, Any]:
    """One conflict as ``list_conflicts`` shows it; NotFound if absent."""
    session = uow.session
    names = _site_names(session)
    return _as_dict(_load(uow, conflict_id), names)


def _load(uow: UnitOfWork, conflict_id: str) -> Conflict:
    conflict = uow.session.get(Conflict, conflict_id.strip().lower())
    if conflict is None:
        conflict = uow.session.get(Conflict, conflict_id.strip())
    if conflict is None:
        raise NotFound("conflict", conflict_id)
    return conflict


@writes
def restore(uow: UnitOfWork, conflict_id: str) -> None:
    """Make the losing value current again, through an ordinary edit, and mark the entry.

    The edit goes through ``records.update``: it is checked, stamped and replicated like
    any other, and wins everywhere because its stamp is newer. An entry already kept may
    still be restored (the coordinator changed their mind); a restored one may not.
    Coordinator only. The caller commits.
    """
    session = uow.session
    permissions.require_coordinator(site_info(session), "conflicts")
    conflict = _load(uow, conflict_id)
    if conflict.status == "restored":
        raise Refused("conflict_closed", f"{conflict.id} restored")
    model = records.model_for(conflict.kind)
    if conflict.field not in field_info(model):
        # Existence (cl) and bookkeeping fields are not values a person chose.
        raise Refused("conflict_not_restorable", conflict.field)
    try:
        records.update(uow, conflict.kind, conflict.rid, {conflict.field: conflict.loser_value})
    except NotFound:
        raise Refused("conflict_record_gone", f"{conflict.kind} {conflict.rid}") from None
    conflict.status = "restored"
    session.flush()
    audit.record(uow, "conflict", conflict.kind, conflict.rid,
                 {"conflict": conflict.id, "field": conflict.field, "decision": "restored"})


@writes
def dismiss(uow: UnitOfWork, conflict_id: str) -> None:
    """Keep the winning value: the entry is marked "kept". Coordinator only."""
    session = uow.session
    permissions.require_coordinator(site_info(session), "conflicts")
    conflict = _load(uow, conflict_id)
    if conflict.status != "open":
        raise Refused("conflict_closed", f"{conflict.id} {conflict.status}")
    conflict.status = "kept"
    session.flush()
    audit.record(uow, "conflict", conflict.kind, conflict.rid,
                 {"conflict": conflict.id, "field": conflict.field, "decision": "kept"})
