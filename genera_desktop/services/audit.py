"""The audit trail: who viewed, changed, printed or exported which record."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from genera_desktop.store.local import AuditEntry
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
