"""This store as its peers see it: replica numbers, incarnation, clock and change counter.

All functions work inside the caller's transaction (a Session or its Connection).
"""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from genera_desktop.domain.settings import INCARNATION
from genera_desktop.store.ids import new_id

# The store's one get_setting/set_setting (store/settings.py), handed on to sync.
from genera_desktop.store.settings import get_setting as get_setting
from genera_desktop.store.settings import set_setting as set_setting
from genera_desktop.sync import clock
from genera_desktop.sync.clock import HybridClock, pack

# A stamp above every real one: an erasure's fields carry it so that no bundle, however
# late, can bring an erased value back. Never observed by the clock, never quarantined.
ERASE_HLC = pack((1 << 47) - 1, 0)


class Replicas:
    """The local numbering of site ids (table ``replica``), cached for one transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.by_idx: dict[int, str] = {}
        self.by_site: dict[str, int] = {}
        for idx, site_id in conn.exec_driver_sql("SELECT idx, site_id FROM replica"):
            self.by_idx[idx] = site_id
            self.by_site[site_id] = idx

    def idx(self, site_id: str) -> int:
        """The local number of a site id, made on first sight."""
        found = self.by_site.get(site_id)
        if found is not None:
            return found
        idx = max(self.by_idx, default=0) + 1
        self.conn.exec_driver_sql("INSERT INTO replica (idx, site_id) VALUES (?, ?)",
                                  (idx, site_id))
        self.by_idx[idx] = site_id
        self.by_site[site_id] = idx
        return idx

    def site(self, idx: int | None) -> str | None:
        return None if idx is None else self.by_idx[idx]


def incarnation(session: Session) -> str:
    """This store's incarnation: a new one after a restore from its own backup."""
    value = get_setting(session, INCARNATION)
    if not value:
        value = new_id()
        set_setting(session, INCARNATION, value)
        session.flush()
    return str(value)


def new_incarnation(session: Session) -> str:
    """Announce this store as a new incarnation of its site (after a restore from backup).

    The backup feature calls this on the restored store, in the restore's transaction.
    Bundles sent after the backup was taken used sequence numbers and clock stamps this
    copy no longer remembers: under a new incarnation its sequence numbers are a new
    series, its peers send it everything again, and its clock jumps to the wall clock so
    no stamp is issued twice.
    """
    value = new_id()
    set_setting(session, INCARNATION, value)
    conn = session.connection()
    row = conn.execute(text("SELECT hlc, wall FROM clock_state WHERE id = 1")).one()
    wall = clock.wall_ms()
    conn.execute(
        text("UPDATE clock_state SET hlc = :h, wall = :w WHERE id = 1"),
        {"h": max(row.hlc, pack(wall, 0)), "w": max(row.wall, wall)},
    )
    # What peers acknowledged refers to the old incarnation's changes.
    conn.execute(text("UPDATE sync_peer SET ack_out = 0, out_seq = 0"))
    conn.execute(text("DELETE FROM sync_peer_record"))
    session.flush()
    return value


def current_seq(conn: Connection) -> int:
    return int(conn.exec_driver_sql("SELECT seq FROM clock_state WHERE id = 1").scalar_one())


def take_seq(conn: Connection) -> int:
    """The next local change counter, for everything one import or decision applies."""
    conn.exec_driver_sql("UPDATE clock_state SET seq = seq + 1 WHERE id = 1")
    return current_seq(conn)


def tick(conn: Connection, *, guarded: bool = True) -> int:
    """A fresh stamp from this site's clock, guarded against a date set back unless
    ``guarded`` is False (see ``HybridClock.tick``)."""
    row = conn.exec_driver_sql("SELECT hlc, wall FROM clock_state WHERE id = 1").one()
    hc = HybridClock(row[0], row[1])
    stamp = hc.tick(guarded=guarded)
    conn.exec_driver_sql("UPDATE clock_state SET hlc = ?, wall = ? WHERE id = 1",
                         (stamp, hc.last_wall))
    return stamp


def observe(conn: Connection, stamp: int) -> None:
    """Move the clock past a stamp applied from another site (rule 4)."""
    if 0 < stamp < ERASE_HLC:
        conn.exec_driver_sql("UPDATE clock_state SET hlc = ? WHERE id = 1 AND hlc < ?",
                             (stamp, stamp))


def reset_clock(conn: Connection, reference: int) -> bool:
    """Start the clock and its guard again from the wall clock after a date was fixed.

    ``reference`` is the coordinator's latest stamp. Only when the wall clock agrees with
    it (within the quarantine margin) and this site's clock ran ahead of the wall.
    """
    wall = clock.wall_ms()
    ref_ms = clock.unpack(reference)[0]
    if wall + clock.FUTURE_TOLERANCE_MS < ref_ms:
        return False  # the wall clock is still wrong (behind the coordinator by a day)
    row = conn.exec_driver_sql("SELECT hlc, wall FROM clock_state WHERE id = 1").one()
    if clock.unpack(row[0])[0] <= wall + clock.FUTURE_TOLERANCE_MS and row[1] <= wall:
        return False  # nothing ran ahead
    conn.exec_driver_sql("UPDATE clock_state SET hlc = ?, wall = ? WHERE id = 1",
                         (max(reference, pack(wall, 0)), wall))
    return True
