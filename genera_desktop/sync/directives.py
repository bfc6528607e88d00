"""The coordinator's decisions about single field changes, and how every site obeys them.

Two sources: a quarantined change (stamped more than 24 h ahead) that the coordinator
accepts (applied again with a fresh stamp) or rejects (dropped), and a change refused
because its author no longer held the record. Either way a directive names the bad
change by its stamp and says what the field becomes; every site whose field still
carries that stamp takes the decided value and stamp, a site holding the change in
quarantine applies or drops it, and a copy of the bad change arriving later is ignored.
So no far-future stamp and no refused value survives anywhere, and the sites converge.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection

from genera_desktop.sync import identity
from genera_desktop.sync.identity import Replicas
from genera_desktop.sync.merge import Applier, Item, change_id
from genera_desktop.sync.tables import TABLES, fetch_rows, json_value, write_field

ACCEPTED, REJECTED, OUT_OF_SCOPE = "accepted", "rejected", "out_of_scope"

INSERT_DIRECTIVE = (
    "INSERT OR IGNORE INTO sync_directive (id, reason, kind, rid, field, bad_hlc, bad_site, "
    "new_value, new_hlc, new_site, decided_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def suppressed(conn: Connection) -> set[tuple[str, str, str, int, str]]:
    """Every bad change a directive named: ignored when it arrives again."""
    return {
        (kind, rid, f, hlc, site)
        for kind, rid, f, hlc, site in conn.exec_driver_sql(
            "SELECT kind, rid, field, bad_hlc, bad_site FROM sync_directive")
    }


def _current(conn: Connection, replicas: Replicas, kind: str, rid: str,
             fname: str) -> tuple[Any, int | None, str | None]:
    """A field's value and stamp here (no stamp: never set)."""
    table = TABLES[kind]
    stamp = conn.exec_driver_sql(
        "SELECT hlc, site FROM field_clock WHERE kind = ? AND rid = ? AND field = ?",
        (kind, rid, fname)).first()
    row = fetch_rows(conn, table, [rid]).get(rid)
    value = row.get(fname) if row else None
    if stamp is None:
        return value, None, None
    return value, stamp[0], replicas.site(stamp[1])


def record(conn: Connection, *, reason: str, kind: str, rid: str, fname: str, bad_hlc: int,
           bad_site: str, new: tuple[Any, int | None, str | None], decided_at: str,
           seq: int) -> str:
    """Store a directive (the coordinator's own, or one received)."""
    did = change_id(kind, rid, fname, bad_hlc, bad_site)
    value, hlc, site = new
    conn.exec_driver_sql(INSERT_DIRECTIVE, (
        did, reason, kind, rid, fname, bad_hlc, bad_site,
        None if value is None else json.dumps(value, ensure_ascii=False),
        hlc, site, decided_at, seq))
    return did


def record_refusals(applier: Applier, decided_at: str) -> None:
    """At the coordinator: the changes refused in an import become directives."""
    replicas = applier.replicas
    for kind, rid, fname, hlc, site, value, stamp in applier.refusals:
        new = (value, stamp[0], replicas.site(stamp[1])) if stamp else (None, None, None)
        record(applier.conn, reason=OUT_OF_SCOPE, kind=kind, rid=rid, fname=fname,
               bad_hlc=hlc, bad_site=site, new=new, decided_at=decided_at, seq=applier.seq)


def obey(applier: Applier, entry: dict[str, Any]) -> bool:
    """Apply a directive received from the coordinator; True if it was new here."""
    conn, replicas = applier.conn, applier.replicas
    kind, rid, fname = str(entry["kind"]), str(entry["rid"]), str(entry["field"])
    bad_hlc, bad_site = int(entry["bad_hlc"]), str(entry["bad_site"])
    new_hlc = entry.get("new_hlc")
    new_site = entry.get("new_site")
    before = conn.exec_driver_sql("SELECT total_changes()").scalar_one()
    record(conn, reason=str(entry["reason"]), kind=kind, rid=rid, fname=fname,
           bad_hlc=bad_hlc, bad_site=bad_site,
           new=(entry.get("new_value"), new_hlc, new_site),
           decided_at=str(entry["decided_at"]), seq=applier.seq)
    if conn.exec_driver_sql("SELECT total_changes()").scalar_one() == before:
        return False
    applier.suppressed.add((kind, rid, fname, bad_hlc, bad_site))
    table = TABLES.get(kind)
    if table is None or fname not in table.colset:
        return True
    stamp = conn.exec_driver_sql(
        "SELECT hlc, site FROM field_clock WHERE kind = ? AND rid = ? AND field = ?",
        (kind, rid, fname)).first()
    if stamp is not None and stamp[0] == bad_hlc and replicas.site(stamp[1]) == bad_site:
        if new_hlc is None:
            conn.exec_driver_sql(
                "DELETE FROM field_clock WHERE kind = ? AND rid = ? AND field = ?",
                (kind, rid, fname))
            write_field(conn, table, rid, fname, 0 if fname == "cl" else None)
        else:
            conn.exec_driver_sql(
                "UPDATE field_clock SET hlc = ?, site = ?, seq = ?, src = ? "
                "WHERE kind = ? AND rid = ? AND field = ?",
                (int(new_hlc), replicas.idx(str(new_site)), applier.seq, applier.src,
                 kind, rid, fname))
            write_field(conn, table, rid, fname, entry.get("new_value"))
    held = conn.exec_driver_sql(
        "SELECT value, prev_hlc, prev_site FROM sync_quarantine WHERE id = ? AND status = 'held'",
        (change_id(kind, rid, fname, bad_hlc, bad_site),)).first()
    if held is not None:
        if entry["reason"] == ACCEPTED and new_hlc is not None:
            value = json_value(held[0])
            prev_site = replicas.idx(held[2]) if held[2] else None
            applier.apply(kind, [Item(rid, [(fname, value, int(new_hlc),
                                             replicas.idx(str(new_site)), held[1], prev_site)])],
                          local_sites=True)
        conn.exec_driver_sql(
            "UPDATE sync_quarantine SET status = ? WHERE id = ?",
            (ACCEPTED if entry["reason"] == ACCEPTED else REJECTED,
             change_id(kind, rid, fname, bad_hlc, bad_site)))
    return True


def decide(applier: Applier, quarantine_id: str, accept: bool, decided_at: str) -> str:
    """The coordinator accepts (fresh stamp) or rejects a held change; returns the reason."""
    conn, replicas = applier.conn, applier.replicas
    row = conn.exec_driver_sql(
        "SELECT kind, rid, field, value, hlc, site FROM sync_quarantine "
        "WHERE id = ? AND status = 'held'", (quarantine_id,)).first()
    if row is None:
        raise LookupError(quarantine_id)
    kind, rid, fname, raw, bad_hlc, bad_site = row
    value = json_value(raw)
    if accept:
        _, cur_hlc, cur_site = _current(conn, replicas, kind, rid, fname)
        fresh = identity.tick(conn)
        me = replicas.idx(applier.me)
        applier.apply(kind, [Item(rid, [(fname, value, fresh, me, cur_hlc,
                                         replicas.idx(cur_site) if cur_site else None)])],
                      local_sites=True)
        new: tuple[Any, int | None, str | None] = (value, fresh, applier.me)
        reason = ACCEPTED
    else:
        new = _current(conn, replicas, kind, rid, fname)
        reason = REJECTED
    record(conn, reason=reason, kind=kind, rid=rid, fname=fname, bad_hlc=bad_hlc,
           bad_site=bad_site, new=new, decided_at=decided_at, seq=applier.seq)
    conn.exec_driver_sql("UPDATE sync_quarantine SET status = ? WHERE id = ?",
                         (reason, quarantine_id))
    return reason
