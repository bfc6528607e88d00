"""What an invitation carries besides keys: the catalogs, with their field stamps.

A joining site starts with the same catalog records, stamped as at the coordinator, so
that it can register households at once and its first bundle merges like any other.
Deleted catalog records travel too: a later restore then finds the whole record.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection

from genera_desktop.store.models import MODELS
from genera_desktop.sync.identity import Replicas
from genera_desktop.sync.merge import Applier, Item
from genera_desktop.sync.scopes import is_catalog
from genera_desktop.sync.tables import TABLES, chunks, fetch_rows, marks


def token_hash(token: str) -> str:
    """What the coordinator keeps of a one-time enrolment token."""
    return hashlib.sha256(token.encode()).hexdigest()


def catalog_entries(conn: Connection) -> list[dict[str, Any]]:
    """Every catalog record with its fields and their stamps (site ids spelled out)."""
    replicas = Replicas(conn)
    out: list[dict[str, Any]] = []
    for kind in MODELS:
        if not is_catalog(kind):
            continue
        table = TABLES[kind]
        rids = [r for (r,) in conn.exec_driver_sql(f"SELECT id FROM {table.name} ORDER BY id")]
        for part in chunks(rids):
            rows = fetch_rows(conn, table, part)
            fields: dict[str, list[list[Any]]] = defaultdict(list)
            for rid, fname, hlc, site, ph, ps in conn.exec_driver_sql(
                "SELECT rid, field, hlc, site, prev_hlc, prev_site FROM field_clock "
                "WHERE kind = ? AND rid IN " + marks(len(part)), (kind, *part)
            ):
                if fname in table.colset and rid in rows:
                    fields[rid].append([fname, rows[rid][fname], hlc, replicas.site(site), ph,
                                        replicas.site(ps)])
            for rid in part:
                if fields.get(rid):
                    out.append({"kind": kind, "id": rid, "fields": fields[rid]})
    return out


def apply_catalogs(applier: Applier, entries: list[dict[str, Any]]) -> int:
    """Apply the catalogs of an invitation with their stamps; return how many records."""
    replicas = applier.replicas
    by_kind: dict[str, list[Item]] = defaultdict(list)
    for entry in entries:
        kind = str(entry["kind"])
        if kind not in TABLES or not is_catalog(kind):
            continue
        changes = [
            (str(f), v, int(h), replicas.idx(str(s)), ph, None if ps is None else replicas.idx(ps))
            for f, v, h, s, ph, ps in entry["fields"]
        ]
        by_kind[kind].append(Item(str(entry["id"]), changes, full=True))
    for kind in MODELS:
        if by_kind.get(kind):
            applier.apply(kind, by_kind[kind])
    applier.finish()
    return sum(len(items) for items in by_kind.values())
