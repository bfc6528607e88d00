"""The local tables derived from the records by triggers: the search words
(store/search_index.py) and the household list's sort keys (store/household_sort.py).
Neither replicates; both can be rebuilt at any time.

One place to make sure they exist, and to suspend them for a bulk write (a first full
sync) and rebuild them once after it, instead of a trigger per row; any other sync
apply adds what the rows it inserted derive in one go at its end (``suspend_inserts``,
``add_inserted``), since a trigger call per new row cost more than the row itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from genera_desktop.store import household_sort, search_index

# Above this many incoming changes, one rebuild at the end beats a trigger per row.
BULK_THRESHOLD = 100_000


def ensure(conn: Connection) -> None:
    """Triggers as this release writes them, and the tables filled (opening a store)."""
    search_index.ensure(conn)
    household_sort.ensure(conn)


def suspend(conn: Connection) -> None:
    """Drop the triggers for a bulk write in this transaction; ``resume`` rebuilds."""
    search_index.suspend(conn)
    household_sort.suspend(conn)


def resume(conn: Connection) -> None:
    """Recreate the triggers and refill both tables after ``suspend``."""
    search_index.resume(conn)
    household_sort.resume(conn)


@dataclass(frozen=True)
class Mark:
    """Where the rows a sync apply inserts start: the highest rowids before it."""

    person: int
    household: int


def suspend_inserts(conn: Connection) -> Mark:
    """Before a sync apply in this transaction: drop the triggers of new rows (updates
    and deletes keep theirs) and mark where new rows start; ``add_inserted`` after."""
    person, household = conn.execute(text(
        "SELECT coalesce((SELECT max(rowid) FROM person), 0), "
        "coalesce((SELECT max(rowid) FROM household), 0)")).one()
    search_index.suspend_inserts(conn)
    household_sort.suspend_inserts(conn)
    return Mark(int(person), int(household))


def add_inserted(conn: Connection, mark: Mark) -> None:
    """After the apply: what the rows inserted since ``mark`` derive, in one statement a
    table, and the triggers of new rows back. New rows are numbered after every row
    held (SQLite's rowid), and nothing deletes a row during an apply."""
    search_index.add_inserted(conn, mark.person, mark.household)
    household_sort.add_inserted(conn, mark.person, mark.household)
