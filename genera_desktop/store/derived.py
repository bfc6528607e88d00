"""The local tables derived from the records by triggers: the search words
(store/search_index.py) and the household list's sort keys (store/household_sort.py).
Neither replicates; both can be rebuilt at any time.

One place to make sure they exist, and to suspend them for a bulk write (a first full
sync) and rebuild them once after it, instead of a trigger per row.
"""

from __future__ import annotations

from sqlalchemy import Connection

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
