"""Writing a bundle for one peer: every change in its scope it has not acknowledged.

The payload, in order (JSON lines, see sync/container.py for the file itself):

- ``{"t": "site", ...}`` the roster (coordinator only), signed with the bundle;
- ``{"t": "d", ...}`` directives: quarantine decisions and refusals (coordinator only);
- ``{"t": "r", "k": kind, "i": id, "c": [[field, value, hlc, site, prev_hlc,
  prev_site], ...], "e": 1}`` the changes of one record, kinds in creation order;
  ``e`` marks a record entering the recipient's scope, sent in full;
- ``{"t": "x", "k": kind, "i": id, "why": [...]}`` an eviction, with the changes of
  the fields that took the record out of scope;
- ``{"t": "conflict", ...}`` conflicts logged here (member to coordinator).

``site`` numbers in changes are this store's replica numbers; the manifest maps them
to site ids. Records stream from the database in batches, never all at once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from genera_desktop import __version__
from genera_desktop.store.ids import new_id
from genera_desktop.store.ledger import BundleOut, Peer
from genera_desktop.store.local import Site
from genera_desktop.store.models import MODELS
from genera_desktop.store.schema import SCHEMA_VERSION
from genera_desktop.sync import identity, roster
from genera_desktop.sync.container import BundleWriter
from genera_desktop.sync.crypto import SiteKeys
from genera_desktop.sync.identity import Replicas
from genera_desktop.sync.scopes import Scope, is_catalog, scope_fields
from genera_desktop.sync.tables import (
    TABLES,
    Table,
    chunks,
    cursor,
    fetch_rows,
    json_value,
    marks,
)

BATCH = 500  # records read from the database at a time

UPSERT_PEER_RECORD = (
    "INSERT INTO sync_peer_record (peer, kind, rid, state, sent_upto) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (peer, kind, rid) DO UPDATE SET state = excluded.state, "
    "sent_upto = excluded.sent_upto"
)


@dataclass
class Exported:
    """What one bundle holds, for the command line and the GUI."""

    path: Path
    recipient_id: str
    recipient_name: str
    sequence: int
    bundle_id: str
    full: bool
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class _Context:
    conn: Connection
    writer: BundleWriter
    me_idx: int
    peer_idx: int
    ack: int  # changes above this (our seq) go; 0 for --full
    eviction_ack: int  # what the peer really acknowledged (evictions, records held)
    upto: int
    scope: Scope
    track: bool  # keep what the peer holds (member recipients)
    full: bool
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def write_bundle(session: Session, *, path: Path, recipient: Site, keys: SiteKeys,
                 me: str, role: str, network_id: str | None, enrol: dict[str, Any] | None,
                 full: bool = False, now_iso: str) -> Exported:
    """Write the bundle for ``recipient`` at ``path`` and record it in the ledger.

    Runs in the caller's transaction; the caller commits after this returns (and removes
    the file if the commit fails, so a sequence number is never used twice).
    """
    conn = session.connection()
    replicas = Replicas(conn)
    me_idx, peer_idx = replicas.idx(me), replicas.idx(recipient.site_id)
    peer = session.get(Peer, recipient.site_id)
    if peer is None:
        peer = Peer(site_id=recipient.site_id, out_seq=0, ack_out=0, in_upto=0, in_seq=0)
        session.add(peer)
        session.flush()
    upto = identity.current_seq(conn)
    # Not guarded: a date set back refuses new edits (spec/sync.md rule 4), never the
    # bundle that brings back the edits already made; the coordinator's answer to it
    # then resets the guard.
    stamp = identity.tick(conn, guarded=False)
    sequence = peer.out_seq + 1
    bundle_id = new_id()
    incarnation = identity.incarnation(session)
    header = {
        "bundle_id": bundle_id, "sender": me, "recipient": recipient.site_id,
        "sequence": sequence, "created_at": now_iso, "app_version": __version__,
        "schema_version": SCHEMA_VERSION, "incarnation": incarnation,
    }
    assert recipient.encryption_key is not None
    with BundleWriter(path, header=header, sender_keys=keys,
                      recipient_encryption_key=recipient.encryption_key) as writer:
        ctx = _Context(
            conn=conn, writer=writer, me_idx=me_idx, peer_idx=peer_idx,
            ack=0 if full else peer.ack_out, eviction_ack=peer.ack_out, upto=upto,
            scope=Scope(recipient.role, recipient.site_id, recipient.point_code),
            track=recipient.role != "coordinator", full=full,
        )
        if role == "coordinator":
            for line in roster.roster_lines(session):
                writer.add(line)
                ctx.counts["roster"] += 1
            for line in _directives(conn, ctx.ack):
                writer.add(line)
                ctx.counts["directives"] += 1
        if ctx.track:
            conn.exec_driver_sql(
                "DELETE FROM sync_peer_record WHERE peer = ? AND state = 'out' "
                "AND sent_upto <= ?", (peer_idx, peer.ack_out))
        for kind in MODELS:
            _write_kind(ctx, TABLES[kind])
        if ctx.track:
            for kind in MODELS:
                if not is_catalog(kind):
                    _write_evictions(ctx, TABLES[kind])
        if recipient.role == "coordinator" and role != "coordinator":
            for line in _conflicts(conn, ctx.ack):
                writer.add(line)
                ctx.counts["conflicts"] += 1
        counts = dict(ctx.counts)
        manifest: dict[str, Any] = {
            **header,
            "network_id": network_id,
            "upto": upto,
            "stamp": stamp,
            "full": full,
            "ack": {"upto": peer.in_upto, "incarnation": peer.incarnation},
            "sites": {str(i): s for i, s in replicas.by_idx.items()},
            "counts": counts,
        }
        if enrol is not None:
            manifest["enrol"] = enrol
        writer.close(manifest)
    peer.out_seq = sequence
    session.add(BundleOut(bundle_id=bundle_id, recipient=recipient.site_id, sequence=sequence,
                          upto=upto, created_at=now_iso, file_name=path.name, full=full,
                          counts=counts))
    recipient.extra = {**(recipient.extra or {}), "last_out": now_iso}
    session.flush()
    return Exported(path, recipient.site_id, recipient.name, sequence, bundle_id, full, counts)


def _mine_sql() -> str:
    # A value that came from the recipient is not sent back to it, unless it was edited
    # here since (capture then stamps it with this site, leaving ``src`` as it was).
    return "NOT (COALESCE(fc.src, 0) = ? AND fc.site != ?)"


def _candidates(ctx: _Context, table: Table) -> list[tuple[str, int]]:
    """(id, entering) of the records of this kind that go, in id order."""
    kind = table.kind
    where = ctx.scope.where(kind)
    cond, cparams = where if where is not None else ("1", [])
    changed = (f"SELECT fc.rid FROM field_clock fc WHERE fc.kind = ? AND fc.seq > ? "
               f"AND {_mine_sql()}")
    changed_params = [kind, ctx.ack, ctx.peer_idx, ctx.me_idx]
    tracked = ctx.track and not is_catalog(kind)
    if ctx.full:
        sql = f"SELECT t.id, 1 FROM {table.name} t WHERE {cond} ORDER BY t.id"
        params = cparams
    elif tracked:
        # A member's scope is a part of the store: probe each of its records by the stamp
        # table's key rather than gather every stamp above ``ack`` (all of them, the
        # first time).
        held = ("EXISTS (SELECT 1 FROM sync_peer_record pr WHERE pr.peer = ? AND pr.kind = ? "
                "AND pr.rid = t.id AND pr.state = 'in' AND pr.sent_upto <= ?)")
        held_params = [ctx.peer_idx, kind, ctx.eviction_ack]
        probe = (f"EXISTS (SELECT 1 FROM field_clock fc WHERE fc.kind = ? AND fc.rid = t.id "
                 f"AND fc.seq > ? AND {_mine_sql()})")
        sql = (f"SELECT t.id, CASE WHEN {held} THEN 0 ELSE 1 END FROM {table.name} t "
               f"WHERE {cond} AND (NOT {held} OR {probe}) ORDER BY t.id")
        params = held_params + cparams + held_params + changed_params
    else:
        sql = (f"SELECT t.id, 0 FROM {table.name} t WHERE {cond} AND t.id IN ({changed}) "
               "ORDER BY t.id")
        params = cparams + changed_params
    return cursor(ctx.conn).execute(sql, tuple(params)).fetchall()


def _stamps_by_record(conn: Connection, kind: str,
                      rids: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    sql = ("SELECT rid, field, hlc, site, prev_hlc, prev_site, seq, src FROM field_clock "
           "WHERE kind = ? AND rid IN " + marks(len(rids)))
    for row in cursor(conn).execute(sql, (kind, *rids)).fetchall():
        out[row[0]].append(row[1:])
    return out


def _write_kind(ctx: _Context, table: Table) -> None:
    kind = table.kind
    tracked = ctx.track and not is_catalog(kind)
    cols = table.colset
    ack, peer_idx, me_idx = ctx.ack, ctx.peer_idx, ctx.me_idx
    candidates = _candidates(ctx, table)
    for part in chunks(candidates, BATCH):
        rids = [rid for rid, _ in part]
        rows = fetch_rows(ctx.conn, table, rids)
        stamps = _stamps_by_record(ctx.conn, kind, rids)
        entered: list[tuple[Any, ...]] = []
        for rid, entering in part:
            row = rows.get(rid)
            if row is None:
                continue
            changes = [
                [f, row[f], hlc, site, ph, ps]
                for f, hlc, site, ph, ps, seq, src in stamps.get(rid, ())
                if f in cols and (entering or (
                    seq > ack and not (src == peer_idx and site != me_idx)))
            ]
            if not changes:
                continue
            line: dict[str, Any] = {"t": "r", "k": kind, "i": rid, "c": changes}
            if entering:
                line["e"] = 1
                if tracked:
                    entered.append((peer_idx, kind, rid, "in", ctx.upto))
            ctx.writer.add(line)
            ctx.counts["records"] += 1
            ctx.counts["changes"] += len(changes)
        if entered:
            ctx.conn.exec_driver_sql(UPSERT_PEER_RECORD, entered)


def _write_evictions(ctx: _Context, table: Table) -> None:
    """Records the peer holds (or may hold) that have left its scope."""
    kind = table.kind
    where = ctx.scope.where(kind)
    cond, cparams = where if where is not None else ("1", [])
    sql = (f"SELECT pr.rid FROM sync_peer_record pr WHERE pr.peer = ? AND pr.kind = ? "
           f"AND (pr.state = 'in' OR pr.sent_upto > ?) AND NOT EXISTS "
           f"(SELECT 1 FROM {table.name} t WHERE t.id = pr.rid AND {cond}) ORDER BY pr.rid")
    rids = [r for (r,) in ctx.conn.exec_driver_sql(
        sql, (ctx.peer_idx, kind, ctx.eviction_ack, *cparams))]
    names = scope_fields(kind)
    for part in chunks(rids, BATCH):
        rows = fetch_rows(ctx.conn, table, list(part))
        stamps = _stamps_by_record(ctx.conn, kind, list(part))
        marked: list[tuple[Any, ...]] = []
        for rid in part:
            row = rows.get(rid)
            why = [
                [f, row[f], hlc, site, ph, ps]
                for f, hlc, site, ph, ps, _seq, _src in stamps.get(rid, ())
                if row is not None and f in names
            ]
            ctx.writer.add({"t": "x", "k": kind, "i": rid, "why": why})
            ctx.counts["evictions"] += 1
            marked.append((ctx.peer_idx, kind, rid, "out", ctx.upto))
        ctx.conn.exec_driver_sql(UPSERT_PEER_RECORD, marked)


def _directives(conn: Connection, ack: int) -> list[dict[str, Any]]:
    sql = ("SELECT id, reason, kind, rid, field, bad_hlc, bad_site, new_value, new_hlc, "
           "new_site, decided_at FROM sync_directive WHERE seq > ? ORDER BY seq, id")
    keys = ("id", "reason", "kind", "rid", "field", "bad_hlc", "bad_site", "new_value",
            "new_hlc", "new_site", "decided_at")
    out = []
    for row in conn.exec_driver_sql(sql, (ack,)):
        item = dict(zip(keys, row, strict=True))
        item["new_value"] = json_value(item["new_value"])
        out.append({"t": "d", **item})
    return out


def _conflicts(conn: Connection, ack: int) -> list[dict[str, Any]]:
    keys = ("id", "kind", "rid", "field", "winner_value", "winner_hlc", "winner_site",
            "loser_value", "loser_hlc", "loser_site", "detected_at", "detected_by", "note")
    sql = f"SELECT {', '.join(keys)} FROM conflict WHERE seq > ? ORDER BY seq, id"
    out = []
    for row in conn.exec_driver_sql(sql, (ack,)):
        item = dict(zip(keys, row, strict=True))
        for name in ("winner_value", "loser_value"):
            item[name] = json_value(item[name])
        out.append({"t": "conflict", **item})
    return out
