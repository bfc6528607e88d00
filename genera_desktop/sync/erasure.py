"""Erasure of a person (GDPR): a replicated purge that no older bundle can undo.

Every field of the person (and of their health records) but the references is blanked
and the record deleted, each stamped with ``ERASE_HLC``, a stamp above any real one.
The purge travels like any change; wherever it lands it wins every comparison, so an
old bundle still holding the name loses, and the conflict log and quarantine forget
the person's values there too.
"""

from __future__ import annotations

from sqlalchemy import Connection

from genera_desktop.sync import identity
from genera_desktop.sync.identity import ERASE_HLC, Replicas
from genera_desktop.sync.tables import TABLES, UPSERT_CLOCK, fetch_rows, fetch_stamps

# References only say where a record sits, not who someone is: they stay.
KEEP = frozenset({"household", "person"})


def erase_person(conn: Connection, person_id: str, me: str) -> list[tuple[str, str]]:
    """Purge a person and their health records; return the (kind, id) pairs purged.

    LookupError if the store holds no such person.
    """
    if not fetch_rows(conn, TABLES["person"], [person_id]):
        raise LookupError(person_id)
    targets = [("person", person_id)] + [
        ("health", rid) for (rid,) in conn.exec_driver_sql(
            "SELECT id FROM health WHERE person = ?", (person_id,))
    ]
    replicas = Replicas(conn)
    me_idx = replicas.idx(me)
    seq = identity.take_seq(conn)
    for kind, rid in targets:
        table = TABLES[kind]
        row = fetch_rows(conn, table, [rid])[rid]
        stamps = fetch_stamps(conn, kind, [rid])
        cl = row["cl"] + 1 if row["cl"] % 2 == 1 else max(row["cl"], 2)
        cols = [c for c in table.columns if c not in KEEP]
        values = [cl if c == "cl" else None for c in cols]
        sets = ", ".join(f"{c} = ?" for c in cols)
        if table.has_search:
            sets += ", search_text = NULL"
        conn.exec_driver_sql(f"UPDATE {table.name} SET {sets} WHERE id = ?", (*values, rid))
        rows = []
        for c in cols:
            prev = stamps.get((rid, c))
            rows.append((kind, rid, c, ERASE_HLC, me_idx, prev[0] if prev else None,
                         prev[1] if prev else None, seq, None))
        conn.exec_driver_sql(UPSERT_CLOCK, rows)
        for log in ("conflict", "sync_quarantine", "sync_directive"):
            conn.exec_driver_sql(f"DELETE FROM {log} WHERE kind = ? AND rid = ?", (kind, rid))
    return targets
