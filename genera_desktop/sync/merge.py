"""Applying field changes that carry their own stamps: the merge rules of spec/sync.md.

1. Field-level last-writer-wins on (hlc, site id as a string).
2. A concurrent loser (its writer did not know the winner) goes to the conflict log.
3. ``cl`` is a counter: the higher one wins, the stamp only breaks ties.
4. Changes stamped more than 24 h ahead of this site's wall clock are held in quarantine.
5. References are plain ids: a change for a record that is not here makes the row.

Concurrency test: a value's stamp only ever grows at a site, so a writer who had seen
value L replaced something stamped at least L. A winner whose ``prev`` stamp is below
the loser's stamp therefore never saw the loser: both were made concurrently.

Everything is written with the remote stamps through the driver, batched: one query
reads the local rows of a batch, one its stamps, then one executemany per statement.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from genera_desktop.store.kinds import HOUSEHOLD_CHILDREN, KINDS
from genera_desktop.sync.clock import FUTURE_TOLERANCE_MS, pack
from genera_desktop.sync.identity import ERASE_HLC, Replicas
from genera_desktop.sync.scopes import Scope, ScopeJudge, scope_fields
from genera_desktop.sync.tables import (
    INSERT_CLOCK,
    TABLES,
    UPSERT_CLOCK,
    Stamp,
    chunks,
    cursor,
    fetch_field_stamps,
    fetch_rows,
    fetch_stamps,
    json_value,
    marks,
)

# field, value, hlc, site idx, prev hlc, prev site idx
Change = tuple[str, Any, int, int, int | None, int | None]

_NS = uuid.UUID("6f1d7f0e-2a55-4c8e-9d0b-7d6c3f1b9a42")
_CHILD_KINDS = frozenset(m.KIND for m in HOUSEHOLD_CHILDREN)

INSERT_CONFLICT = (
    "INSERT OR IGNORE INTO conflict (id, kind, rid, field, winner_value, winner_hlc, "
    "winner_site, loser_value, loser_hlc, loser_site, detected_at, detected_by, status, "
    "note, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)"
)
INSERT_QUARANTINE = (
    "INSERT OR IGNORE INTO sync_quarantine (id, kind, rid, field, value, hlc, site, "
    "prev_hlc, prev_site, sender, received_at, status) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'held')"
)


def change_id(kind: str, rid: str, fname: str, hlc: int, site_id: str) -> str:
    """The same id for one field change wherever it is held (quarantine, directives)."""
    return str(uuid.uuid5(_NS, f"{kind}|{rid}|{fname}|{hlc}|{site_id}"))


def conflict_id(*parts: object) -> str:
    """A conflict's id from what it is about, so a re-import logs nothing new."""
    return str(uuid.uuid5(_NS, "conflict|" + "|".join(str(p) for p in parts)))


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


@dataclass
class Item:
    """The changes to one record, as one bundle line carries them."""

    rid: str
    changes: list[Change]
    full: bool = False  # the record's whole state: it enters the recipient's scope


@dataclass
class Counts:
    applied: int = 0
    already_known: int = 0
    conflicts: int = 0
    quarantined: int = 0
    refused: int = 0
    skipped_late: int = 0
    unknown_fields: int = 0


@dataclass
class Applier:
    """Applies batches of changes inside one transaction (an import, a join, a decision).

    ``src`` is the peer the changes came from (not sent back there); ``origin_scopes``
    the member sites whose changes must have been made within their scope (empty when
    the sender is the coordinator, whose bundles are never second-guessed).
    """

    conn: Connection
    replicas: Replicas
    seq: int
    src: int | None
    me: str  # this site's id
    now_iso: str
    wall_ms: int
    sender: str = ""
    late: bool = False
    judge: ScopeJudge | None = None
    origin_scopes: dict[int, Scope] = field(default_factory=dict)
    suppressed: set[tuple[str, str, str, int, str]] = field(default_factory=set)
    # Site numbers of a bundle (its manifest's) to this store's; None: already ours.
    index: dict[int, int] | None = None
    counts: Counts = field(default_factory=Counts)
    max_hlc: int = 0
    deleted_households: set[str] = field(default_factory=set)
    refusals: list[tuple[str, str, str, int, str, Any, Stamp | None]] = field(
        default_factory=list)

    def __post_init__(self) -> None:
        self.future = pack(self.wall_ms + FUTURE_TOLERANCE_MS, 0xFFFF)

    # -- one kind, one batch ------------------------------------------------------------

    def apply(self, kind: str, items: list[Item], *, local_sites: bool = False) -> None:
        """Merge the changes of a batch of records of one kind.

        Site numbers are the bundle's (see ``index``) unless ``local_sites``.
        """
        table = TABLES[kind]
        conn = self.conn
        rids = [it.rid for it in items]
        rows = fetch_rows(conn, table, rids)
        check_origin = bool(self.origin_scopes) and self.judge is not None
        # A change only the coordinator makes (a money decision), refused from a member.
        spec = KINDS.get(kind)
        decides = spec.coordinator_decides if spec is not None else None
        changed = sum(len(it.changes) for it in items)
        if changed * 3 < len(items) * len(table.columns):
            # Sparse (a week of edits): read the stamps of the fields that change, and
            # those that say whose scope the record is in.
            names = scope_fields(kind) if check_origin else ()
            wanted = {(it.rid, c[0]) for it in items for c in it.changes}
            wanted.update((it.rid, f) for it in items for f in names)
            stamps = fetch_field_stamps(conn, kind, sorted(wanted))
        else:
            stamps = fetch_stamps(conn, kind, rids)
        sites = self.replicas.by_idx
        cols = table.colset
        visible = table.visible
        counts = self.counts
        future = self.future
        seq, src = self.seq, self.src
        if check_origin and table.has_household and self.judge is not None:
            self.judge.prefetch(
                [r.get("household") for r in rows.values()]
                + [c[1] for it in items for c in it.changes if c[0] == "household"]
            )
        inserts: list[tuple[Any, ...]] = []
        updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
        clock_rows: list[tuple[Any, ...]] = []  # stamps that replace others
        clock_new: list[tuple[Any, ...]] = []  # stamps of records new here: plain inserts
        conflicts: list[tuple[Any, ...]] = []
        held: list[tuple[Any, ...]] = []
        alive_children: list[tuple[str, str]] = []
        erased: list[str] = []
        admitted: list[tuple[str, str]] = []
        max_hlc = self.max_hlc
        index = None if local_sites else self.index
        suppressed = self.suppressed
        late = self.late
        encode = table.encode
        stamped = {r for r, _ in stamps}
        for item in items:
            rid = item.rid
            row = rows.get(rid)
            if row is None and late:
                # A late bundle was superseded by a newer one from the same sender: what
                # it would add here has since left this site's scope or was sent again.
                counts.skipped_late += len(item.changes)
                continue
            if item.full:
                admitted.append((kind, rid))
            was_alive = row is not None and row["cl"] % 2 == 1
            winners: dict[str, Any] = {}
            exits: dict[int, int | None] = {}
            was_erased = False
            fresh = row is None and not check_origin and not suppressed and rid not in stamped
            if fresh:
                # A record new here (most of a first or full bundle): every change wins
                # and nothing needs comparing.
                for f, v, h, s, ph, ps in item.changes:
                    if index is not None:
                        s = index[s]
                        if ps is not None:
                            ps = index[ps]
                    if f not in cols:
                        counts.unknown_fields += 1
                        continue
                    if future < h < ERASE_HLC:
                        held.append(self._held(kind, rid, f, v, h, s, ph, ps))
                        counts.quarantined += 1
                        continue
                    if f in winners:
                        raise ValueError(f"{kind} {rid} {f} twice in one record")
                    winners[f] = v
                    clock_new.append((kind, rid, f, h, s, ph, ps, seq, src))
                    if h > max_hlc:
                        if h >= ERASE_HLC:
                            was_erased = True
                        else:
                            max_hlc = h
            else:
                for f, v, h, s, ph, ps in item.changes:
                    if index is not None:
                        s = index[s]
                        if ps is not None:
                            ps = index[ps]
                    if f not in cols:
                        counts.unknown_fields += 1
                        continue
                    if suppressed and (kind, rid, f, h, sites[s]) in suppressed:
                        counts.already_known += 1
                        continue
                    if future < h < ERASE_HLC:
                        held.append(self._held(kind, rid, f, v, h, s, ph, ps))
                        counts.quarantined += 1
                        continue
                    if check_origin and s in self.origin_scopes:
                        if s not in exits:
                            exits[s] = self._exit(kind, rid, row, item, stamps,
                                                  self.origin_scopes[s])
                        ex = exits[s]
                        refused = decides is not None and decides(f, v, row)
                        if (ex is not None and h > ex) or refused:
                            counts.refused += 1
                            self.refusals.append((kind, rid, f, h, sites[s],
                                                  row.get(f) if row else None,
                                                  stamps.get((rid, f))))
                            continue
                    cur = stamps.get((rid, f))
                    if cur is None:
                        win = 1 if f != "cl" or row is None or v > row["cl"] else -1
                    else:
                        ch, cs = cur[0], cur[1]
                        if h == ch and s == cs:
                            win = 0
                        elif f == "cl" and ch < ERASE_HLC and h < ERASE_HLC and \
                                v != (local_cl := row["cl"] if row else 0):
                            win = 1 if v > local_cl else -1  # the higher counter wins
                        elif h != ch:
                            win = 1 if h > ch else -1
                        else:
                            win = 1 if sites[s] > sites[cs] else -1
                        if win and f in visible and row is not None and h < ERASE_HLC \
                                and ch < ERASE_HLC and row.get(f) != v:
                            self._maybe_conflict(conflicts, kind, rid, f, win, v,
                                                 (f, v, h, s, ph, ps), cur, row.get(f))
                    if win > 0:
                        winners[f] = v
                        stamps[(rid, f)] = (h, s, ph, ps)
                        if h > max_hlc:
                            if h >= ERASE_HLC:
                                was_erased = True
                            else:
                                max_hlc = h
                    else:
                        counts.already_known += 1
            if not winners:
                continue
            counts.applied += len(winners)
            if row is not None:
                clock_rows.extend((kind, rid, f, *stamps[(rid, f)], seq, src) for f in winners)
            elif not fresh:
                clock_new.extend((kind, rid, f, *stamps[(rid, f)], seq, src) for f in winners)
            if was_erased:
                erased.append(rid)
            if row is None:
                row = dict.fromkeys(table.columns)
                row["cl"] = 0  # fields before existence: not alive until its ``cl`` comes
                row.update(winners)
                rows[rid] = row
                inserts.append(encode(rid, row))
            else:
                row.update(winners)
                key = tuple(sorted(winners))
                params = [table.to_db(c, winners[c]) for c in key]
                if table.touches_search(key):
                    params.append(table.search(row))
                params.append(rid)
                updates[key].append(tuple(params))
            if "cl" in winners:
                alive = row["cl"] % 2 == 1
                if kind == "household" and not alive and row["cl"] > 0:
                    self.deleted_households.add(rid)
                elif kind in _CHILD_KINDS and alive and not was_alive and row.get("household"):
                    alive_children.append((rid, row["household"]))
        self.max_hlc = max_hlc
        cur = cursor(conn)
        if inserts:
            cur.executemany(table.insert_sql(), inserts)
        for key, plist in updates.items():
            cur.executemany(table.update_sql(key), plist)
        if clock_rows:
            cur.executemany(UPSERT_CLOCK, clock_rows)
        if clock_new:
            cur.executemany(INSERT_CLOCK, clock_new)
        if held:
            conn.exec_driver_sql(INSERT_QUARANTINE, held)
        if alive_children:
            self._children_of_deleted(kind, alive_children, conflicts)
        if conflicts:
            self._log_conflicts(conflicts)
        if erased:
            self._forget_erased(kind, erased)
        if admitted:
            conn.exec_driver_sql("DELETE FROM sync_eviction WHERE kind = ? AND rid = ?",
                                 admitted)
        if self.judge is not None:
            if kind == "household":
                self.judge.households.clear()
            elif kind == "housing_context":
                self.judge.refresh()

    # -- helpers ------------------------------------------------------------------------

    def _held(self, kind: str, rid: str, f: str, v: Any, h: int, s: int, ph: int | None,
              ps: int | None) -> tuple[Any, ...]:
        """A quarantine row for a change stamped too far ahead."""
        site = self.replicas.by_idx[s]
        return (change_id(kind, rid, f, h, site), kind, rid, f, _json(v), h, site, ph,
                self.replicas.site(ps), self.sender, self.now_iso)

    def _exit(self, kind: str, rid: str, row: dict[str, Any] | None, item: Item,
              stamps: dict[tuple[str, str], Stamp], scope: Scope) -> int | None:
        """When the record left ``scope``, judged on this site's state before the change
        (a new record: on what the change itself says)."""
        assert self.judge is not None
        names = scope_fields(kind)
        if row is not None:
            values = {f: row.get(f) for f in names}
            st = {f: stamps[(rid, f)][0] for f in names if (rid, f) in stamps}
        else:
            values, st = {}, {}
            for f, v, h, *_ in item.changes:
                if f in names:
                    values[f], st[f] = v, h
        return self.judge.exit_stamp(kind, values, st, scope)

    def _maybe_conflict(self, out: list[tuple[Any, ...]], kind: str, rid: str, f: str,
                        win: int, value: Any, change: Change, cur: Stamp,
                        local_value: Any) -> None:
        sites = self.replicas.by_idx
        _, _, h, s, ph, ps = change
        if win > 0:  # the incoming value wins: did its writer know ours?
            known = ph is not None and (ph, sites.get(ps or -1, "")) >= (cur[0], sites[cur[1]])
            if known:
                return
            winner = (value, h, sites[s])
            loser = (local_value, cur[0], sites[cur[1]])
        else:  # ours wins: did our writer know the incoming value?
            known = cur[2] is not None and (
                (cur[2], sites.get(cur[3] or -1, "")) >= (h, sites[s]))
            if known:
                return
            winner = (local_value, cur[0], sites[cur[1]])
            loser = (value, h, sites[s])
        cid = conflict_id(kind, rid, f, winner[1], winner[2], loser[1], loser[2])
        out.append((cid, kind, rid, f, _json(winner[0]), winner[1], winner[2],
                    _json(loser[0]), loser[1], loser[2], self.now_iso, self.me, None,
                    self.seq))

    def _children_of_deleted(self, kind: str, alive: list[tuple[str, str]],
                             out: list[tuple[Any, ...]]) -> None:
        """A record added to a household that was deleted meanwhile stays alive and is
        logged (rule 3)."""
        deleted = self._deleted_households({h for _, h in alive})
        for rid, hid in alive:
            if hid in deleted:
                self._household_conflict(out, kind, rid, hid, deleted[hid])

    def _deleted_households(self, ids: set[str]) -> dict[str, tuple[Any, ...]]:
        found: dict[str, tuple[Any, ...]] = {}
        for part in chunks(sorted(ids)):
            for hid, cl, taken, hlc, site in self.conn.exec_driver_sql(
                "SELECT h.id, h.cl, h.deleted_with, fc.hlc, fc.site FROM household h "
                "JOIN field_clock fc ON fc.kind = 'household' AND fc.rid = h.id "
                "AND fc.field = 'cl' WHERE h.cl > 0 AND h.cl % 2 = 0 AND h.id IN "
                + marks(len(part)), tuple(part)
            ):
                pairs = {tuple(p) for p in json_value(taken) or ()}
                found[hid] = (cl, pairs, hlc, site)
        return found

    def _household_conflict(self, out: list[tuple[Any, ...]], kind: str, rid: str, hid: str,
                            household: tuple[Any, ...]) -> None:
        cl, taken, hh_hlc, hh_site = household
        if (kind, rid) in taken:
            return  # the delete took it: not an addition the deleting site missed
        stamp = self.conn.exec_driver_sql(
            "SELECT hlc, site FROM field_clock WHERE kind = ? AND rid = ? AND field = 'cl'",
            (kind, rid)).first()
        if stamp is None:
            return
        sites = self.replicas.by_idx
        cid = conflict_id("household_deleted", kind, rid, hid, hh_hlc, sites[hh_site])
        out.append((cid, kind, rid, "cl", json.dumps(1), stamp[0], sites[stamp[1]],
                    json.dumps(cl), hh_hlc, sites[hh_site], self.now_iso, self.me,
                    f"household_deleted:{hid}", self.seq))

    def finish(self) -> None:
        """Checks that need the whole bundle applied: deletes of households against
        records added to them elsewhere."""
        if not self.deleted_households:
            return
        households = self._deleted_households(self.deleted_households)
        out: list[tuple[Any, ...]] = []
        for child in HOUSEHOLD_CHILDREN:
            table = TABLES[child.KIND]
            for part in chunks(sorted(households)):
                for rid, hid in self.conn.exec_driver_sql(
                    f"SELECT id, household FROM {table.name} WHERE cl % 2 = 1 AND household "
                    "IN " + marks(len(part)), tuple(part)
                ):
                    self._household_conflict(out, child.KIND, rid, hid, households[hid])
        if out:
            self._log_conflicts(out)
        self.deleted_households.clear()

    def _log_conflicts(self, rows: list[tuple[Any, ...]]) -> None:
        before = self.conn.exec_driver_sql("SELECT total_changes()").scalar_one()
        self.conn.exec_driver_sql(INSERT_CONFLICT, rows)
        after = self.conn.exec_driver_sql("SELECT total_changes()").scalar_one()
        self.counts.conflicts += after - before

    def _forget_erased(self, kind: str, rids: list[str]) -> None:
        """An erasure removes the person's values from the logs too."""
        params = [(kind, rid) for rid in rids]
        self.conn.exec_driver_sql("DELETE FROM conflict WHERE kind = ? AND rid = ?", params)
        self.conn.exec_driver_sql("DELETE FROM sync_quarantine WHERE kind = ? AND rid = ?",
                                  params)
