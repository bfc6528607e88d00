"""Erasure of a person (GDPR): a replicated purge that no older bundle can undo.

Every field of the person (and of the records about them of each kind whose declaration
says ``erasure=PURGE``: their health records) but the references that place it is
blanked and the record deleted, each stamped with ``ERASE_HLC``, a stamp above any real
one.
The purge travels like any change; wherever it lands it wins every comparison, so an
old bundle still holding the name loses, and the conflict log and quarantine forget
the person's values there too.
"""

from __future__ import annotations

from sqlalchemy import Connection

from genera_desktop.store.kind import PURGE, KindSpec
from genera_desktop.store.kinds import KINDS
from genera_desktop.sync import identity
from genera_desktop.sync.identity import ERASE_HLC, Replicas
from genera_desktop.sync.tables import TABLES, UPSERT_CLOCK, fetch_rows, fetch_stamps


def purged_kinds() -> tuple[str, ...]:
    """The kinds whose records about a person go with them (the person's own first)."""
    return tuple(k for k, s in KINDS.items() if s.erasure == PURGE)


def kept_fields(spec: KindSpec) -> frozenset[str]:
    """References only say where a record sits, not who someone is: they stay."""
    return frozenset(f for f in (spec.owner_field, spec.household_field,
                                 spec.other_household_field) if f)


def erase_person(conn: Connection, person_id: str, me: str) -> list[tuple[str, str]]:
    """Purge a person and their records that go with them; return the (kind, id) pairs
    purged.

    LookupError if the store holds no such person.
    """
    if not fetch_rows(conn, TABLES["person"], [person_id]):
        raise LookupError(person_id)
    targets = [("person", person_id)]
    for kind in purged_kinds():
        export = KINDS[kind].access_export
        for name in export.person_fields:
            targets += [(kind, rid) for (rid,) in conn.exec_driver_sql(
                f"SELECT id FROM {TABLES[kind].name} WHERE {name} = ? ORDER BY id",
                (person_id,))]
    targets = list(dict.fromkeys(targets))  # a record may name them in two fields
    replicas = Replicas(conn)
    me_idx = replicas.idx(me)
    seq = identity.take_seq(conn)
    for kind, rid in targets:
        table = TABLES[kind]
        row = fetch_rows(conn, table, [rid])[rid]
        stamps = fetch_stamps(conn, kind, [rid])
        cl = row["cl"] + 1 if row["cl"] % 2 == 1 else max(row["cl"], 2)
        keep = kept_fields(KINDS[kind])
        cols = [c for c in table.columns if c not in keep]
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
