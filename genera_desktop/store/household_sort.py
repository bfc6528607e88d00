"""The household list's sort by surname: one stored key per household, kept by triggers.

Sorting 50,000 households by their reference person's name through a subquery per row
took 315 ms; an indexed key lets the first screen walk the index instead. The key is the
name the list shows (the reference person, else the eldest member), folded like search
text ("Nicolò" sorts with "nicolo"), surname first.

Like the person search index it is local and derived: not replicated, not captured, not
dumped. Triggers on ``person`` and ``household`` keep it, so ORM writes, sync's Core
writes and evictions alike; a bulk sync apply drops them and rebuilds once at the end
(``suspend`` / ``resume``, called with the search index's). Opening a store checks the
triggers are this release's, word for word, and otherwise remakes them and the keys.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Index, String, Text, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Mapped, mapped_column

from genera_desktop.domain.text import fold
from genera_desktop.store.base import Base

TABLE = "household_sort"
# The SQL function the triggers fold names with; every connection of the store has it.
FOLD_FUNCTION = "genera_fold"


class HouseholdSort(Base):
    """One row per household held: the folded name the list sorts it by (NULL when it
    has no live member)."""

    __tablename__ = TABLE

    household_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reference_key: Mapped[str | None] = mapped_column(Text, nullable=True)

    # Covering, with the id as the tie-break: the list's first page is an index walk.
    __table_args__ = (Index("ix_household_sort_reference", "reference_key", "household_id"),)


def _fold_or_none(value: Any) -> str | None:
    return None if value is None else fold(str(value))


def register(dbapi_connection: Any) -> None:
    """Give a raw SQLite connection the fold function the triggers call."""
    dbapi_connection.create_function(FOLD_FUNCTION, 1, _fold_or_none, deterministic=True)


def _key_of(household: str) -> str:
    """The SQL of one household's key: the reference person first, else the eldest,
    as services/registry/households.py shows the list's name."""
    # The names are folded once, for the member chosen, not for every member sorted.
    return (
        f"(SELECT {FOLD_FUNCTION}(coalesce(m.last_name, '')) || ' ' || "
        f"{FOLD_FUNCTION}(coalesce(m.first_name, '')) FROM ("
        "SELECT p.last_name, p.first_name FROM person AS p "
        f"WHERE p.household = {household} AND p.cl % 2 = 1 "
        "ORDER BY p.is_reference IS NOT 1, coalesce(p.birth_date, '9999'), p.id LIMIT 1"
        ") AS m)"
    )


def _insert(household: str) -> str:
    # DELETE then INSERT, not INSERT OR REPLACE: an outer statement's own conflict
    # clause (sync's INSERT OR IGNORE) would override a trigger's REPLACE.
    return (
        f"DELETE FROM {TABLE} WHERE household_id = {household}; "
        f"INSERT INTO {TABLE} (household_id, reference_key) "
        f"SELECT h.id, {_key_of('h.id')} FROM household AS h WHERE h.id = {household};"
    )


def _refresh(household: str) -> str:
    # Every household has its row (made with it): a member's change updates it. A
    # member that arrives before its household (sync) is counted when the household is.
    return (
        f"UPDATE {TABLE} SET reference_key = {_key_of(household)} "
        f"WHERE household_id = {household};"
    )


# What the key reads of a person: a change of anything else leaves it alone.
_PERSON_COLUMNS = "household, first_name, last_name, is_reference, birth_date, cl"

TRIGGERS = {
    f"{TABLE}_household_ai": f"AFTER INSERT ON household BEGIN {_insert('new.id')} END",
    f"{TABLE}_household_ad": (
        f"AFTER DELETE ON household BEGIN DELETE FROM {TABLE} WHERE household_id = old.id; END"
    ),
    f"{TABLE}_person_ai": (
        f"AFTER INSERT ON person WHEN new.household IS NOT NULL "
        f"BEGIN {_refresh('new.household')} END"
    ),
    f"{TABLE}_person_ad": (
        f"AFTER DELETE ON person WHEN old.household IS NOT NULL "
        f"BEGIN {_refresh('old.household')} END"
    ),
    f"{TABLE}_person_au": (
        f"AFTER UPDATE OF {_PERSON_COLUMNS} ON person WHEN new.household IS NOT NULL "
        f"BEGIN {_refresh('new.household')} END"
    ),
    # A member moved (a duplicate merge): the household left behind changes too.
    f"{TABLE}_person_moved": (
        "AFTER UPDATE OF household ON person "
        "WHEN old.household IS NOT NULL AND old.household IS NOT new.household "
        f"BEGIN {_refresh('old.household')} END"
    ),
}


def _ensure_function(conn: Connection) -> None:
    """Register the fold function on a connection the store's engine did not make
    (Alembic's checks run on a plain in-memory one). Registering again on the store's
    own would fail while its transaction runs, hence the probe first."""
    try:
        conn.exec_driver_sql(f"SELECT {FOLD_FUNCTION}('')").scalar()
    except OperationalError:
        register(conn.connection.driver_connection)


def _create(name: str) -> str:
    return f"CREATE TRIGGER {name} {TRIGGERS[name]}"


def install(conn: Connection) -> None:
    """(Re)create the triggers and fill the table from the households held (the
    migration that adds the table, and a store whose triggers are missing or older)."""
    _ensure_function(conn)
    for name in TRIGGERS:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        conn.execute(text(_create(name)))
    rebuild(conn)


def ensure(conn: Connection) -> None:
    """Install the triggers unless every one is there as this release writes it (one
    query): a store whose triggers an older release made gets these, and a fresh fill."""
    names = ", ".join(f"'{name}'" for name in TRIGGERS)
    found: dict[str, str] = dict(conn.execute(text(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({names})"
    )).all())
    if found != {name: _create(name) for name in TRIGGERS}:
        install(conn)


def suspend(conn: Connection) -> None:
    """Drop the triggers for a bulk write in this transaction; ``resume`` rebuilds."""
    for name in TRIGGERS:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def resume(conn: Connection) -> None:
    """Recreate the triggers and refill the table after ``suspend``."""
    install(conn)


# The triggers of new rows: a sync apply drops them and keys what it inserted in one go
# (``add_inserted``), a trigger call per row costing more than the row itself.
INSERT_TRIGGERS = (f"{TABLE}_household_ai", f"{TABLE}_person_ai")


def suspend_inserts(conn: Connection) -> None:
    """Drop the insert triggers in this transaction; ``add_inserted`` brings them back."""
    for name in INSERT_TRIGGERS:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def add_inserted(conn: Connection, person_after: int, household_after: int) -> None:
    """Key the households inserted since ``suspend_inserts`` and those that gained
    members (rowids above those given: new rows are numbered after every row held),
    and recreate the insert triggers."""
    _ensure_function(conn)
    new = "SELECT id FROM household WHERE rowid > :h"
    conn.execute(text(f"DELETE FROM {TABLE} WHERE household_id IN ({new})"),
                 {"h": household_after})
    conn.execute(text(
        f"INSERT INTO {TABLE} (household_id, reference_key) "
        f"SELECT h.id, {_key_of('h.id')} FROM household AS h WHERE h.rowid > :h"
    ), {"h": household_after})
    conn.execute(text(
        f"UPDATE {TABLE} SET reference_key = {_key_of(f'{TABLE}.household_id')} "
        "WHERE household_id IN (SELECT household FROM person WHERE rowid > :p) "
        f"AND household_id NOT IN ({new})"
    ), {"p": person_after, "h": household_after})
    for name in INSERT_TRIGGERS:
        conn.execute(text(_create(name)))


def rebuild(conn: Connection) -> None:
    """Refill the table from the households and persons held."""
    _ensure_function(conn)
    conn.execute(text(f"DELETE FROM {TABLE}"))
    conn.execute(text(
        f"INSERT INTO {TABLE} (household_id, reference_key) "
        f"SELECT h.id, {_key_of('h.id')} FROM household AS h"
    ))
