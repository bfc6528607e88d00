"""Records leaving a member site's scope: removed without a delete, once the coordinator
holds every local change to them (spec/sync.md, "Scopes").

An eviction comes from a bundle (with the change that caused it) or from this site's
own judgement after an import (a household it moved to another point). It waits in
``sync_eviction`` while local changes to the record are unacknowledged, and is dropped
if the record is back in scope by then.
"""

from __future__ import annotations

from sqlalchemy import Connection

from genera_desktop.store.models import MODELS
from genera_desktop.sync.scopes import Scope, is_catalog
from genera_desktop.sync.tables import TABLES

QUEUE = ("INSERT OR IGNORE INTO sync_eviction (kind, rid, since, reason) "
         "VALUES (?, ?, ?, ?)")


def queue(conn: Connection, items: list[tuple[str, str]], now_iso: str, reason: str) -> None:
    """Mark records for eviction."""
    if items:
        conn.exec_driver_sql(QUEUE, [(kind, rid, now_iso, reason) for kind, rid in items])


def sweep(conn: Connection, scope: Scope, now_iso: str) -> None:
    """Queue every record this site holds that its own data put outside its scope."""
    if scope.everything:
        return
    for kind in MODELS:
        if is_catalog(kind):
            continue
        out = scope.out_where(kind)
        if out is None:
            continue
        cond, params = out
        rids = [r for (r,) in conn.exec_driver_sql(
            f"SELECT t.id FROM {TABLES[kind].name} t WHERE {cond}", tuple(params))]
        queue(conn, [(kind, rid) for rid in rids], now_iso, "scope")


def run(conn: Connection, scope: Scope, *, me_idx: int, coordinator_idx: int | None,
        coordinator_ack: int) -> int:
    """Remove the queued records that may go now; return how many went."""
    if scope.everything:
        conn.exec_driver_sql("DELETE FROM sync_eviction")
        return 0
    pending = list(conn.exec_driver_sql("SELECT kind, rid FROM sync_eviction ORDER BY kind, rid"))
    done = 0
    for kind, rid in pending:
        table = TABLES.get(kind)
        if table is None:
            conn.exec_driver_sql("DELETE FROM sync_eviction WHERE kind = ? AND rid = ?",
                                 (kind, rid))
            continue
        where = scope.where(kind)
        inside = where is None or conn.exec_driver_sql(
            f"SELECT 1 FROM {table.name} t WHERE t.id = ? AND {where[0]}", (rid, *where[1])
        ).first() is not None
        if inside:  # back in scope before it went: keep it
            conn.exec_driver_sql("DELETE FROM sync_eviction WHERE kind = ? AND rid = ?",
                                 (kind, rid))
            continue
        unsent = conn.exec_driver_sql(
            "SELECT 1 FROM field_clock fc WHERE fc.kind = ? AND fc.rid = ? AND fc.seq > ? "
            "AND NOT (COALESCE(fc.src, 0) = ? AND fc.site != ?) LIMIT 1",
            (kind, rid, coordinator_ack, coordinator_idx or 0, me_idx),
        ).first()
        if unsent is not None:
            continue  # the coordinator has not confirmed our changes to it yet
        conn.exec_driver_sql(f"DELETE FROM {table.name} WHERE id = ?", (rid,))
        conn.exec_driver_sql("DELETE FROM field_clock WHERE kind = ? AND rid = ?", (kind, rid))
        conn.exec_driver_sql("DELETE FROM sync_eviction WHERE kind = ? AND rid = ?", (kind, rid))
        done += 1
    return done
