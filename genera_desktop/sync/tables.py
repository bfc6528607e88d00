"""Raw access to the replicated tables for sync: column lists, value conversion, rows.

Sync reads and writes records through the driver (executemany, positional
parameters) because SQLAlchemy's per-row processing costs more than SQLite itself at a
million changes. This module is the one place that knows how a field's JSON value
(the bundle's) maps to its column (the database's): lists and numbers are JSON text,
booleans 0/1, everything else as is.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from genera_desktop.store import base as ft
from genera_desktop.store.base import Replicated, field_info, replicated_columns
from genera_desktop.store.capture import SEARCH_FIELDS, search_text
from genera_desktop.store.models import MODELS

# SQLite's default limit on host parameters is 32766; stay far below it.
IN_CHUNK = 500

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@dataclass
class Table:
    """What sync needs to know about one replicated table."""

    kind: str
    name: str
    columns: tuple[str, ...]  # replicated columns, ``cl`` included, ``id`` not
    visible: frozenset[str]  # fields a person sees and may restore from the conflict log
    json_cols: frozenset[str]
    bool_cols: frozenset[str]
    has_search: bool
    search_cols: frozenset[str]  # the fields its search text is made of
    has_household: bool
    _updates: dict[tuple[str, ...], str] = field(default_factory=dict)
    # Positions (in ``insert_sql`` parameters) of the columns stored as JSON or 0/1.
    _json_at: tuple[int, ...] = ()
    _bool_at: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        self._json_at = tuple(i + 1 for i, c in enumerate(self.columns) if c in self.json_cols)
        self._bool_at = tuple(i + 1 for i, c in enumerate(self.columns) if c in self.bool_cols)

    @property
    def colset(self) -> frozenset[str]:
        return frozenset(self.columns)

    def select_sql(self) -> str:
        return f"SELECT id, {', '.join(self.columns)} FROM {self.name} WHERE id IN "

    def insert_sql(self) -> str:
        cols = ["id", *self.columns] + (["search_text"] if self.has_search else [])
        marks = ", ".join("?" for _ in cols)
        return f"INSERT INTO {self.name} ({', '.join(cols)}) VALUES ({marks})"

    def touches_search(self, cols: tuple[str, ...]) -> bool:
        """Whether changing these columns changes the search text (a full-text index
        may hang on it: leave it alone otherwise)."""
        return self.has_search and not self.search_cols.isdisjoint(cols)

    def update_sql(self, cols: tuple[str, ...]) -> str:
        """UPDATE of these columns by id, and of the search text when they make it."""
        sql = self._updates.get(cols)
        if sql is None:
            sets = list(cols) + (["search_text"] if self.touches_search(cols) else [])
            sql = (f"UPDATE {self.name} SET {', '.join(c + ' = ?' for c in sets)} "
                   "WHERE id = ?")
            self._updates[cols] = sql
        return sql

    def encode(self, rid: str, values: dict[str, Any]) -> tuple[Any, ...]:
        """The parameters of ``insert_sql`` for a record's values (search text included)."""
        out = [rid, *map(values.__getitem__, self.columns)]
        for i in self._json_at:
            if out[i] is not None:
                out[i] = _dumps(out[i])
        for i in self._bool_at:
            if out[i] is not None:
                out[i] = 1 if out[i] else 0
        if self.has_search:
            out.append(self.search(values))
        return tuple(out)

    def to_db(self, col: str, value: Any) -> Any:
        """A bundle (JSON) value as the column stores it."""
        if value is None:
            return None
        if col in self.json_cols:
            return _dumps(value)
        if col in self.bool_cols:
            return 1 if value else 0
        return value

    def decode_row(self, raw: Sequence[Any]) -> dict[str, Any]:
        """A row from ``select_sql`` (id first) as {column: JSON value}."""
        values = dict(zip(self.columns, raw[1:], strict=True))
        for col in self.json_cols:
            if values[col] is not None:
                values[col] = json_value(values[col])
        for col in self.bool_cols:
            if values[col] is not None:
                values[col] = bool(values[col])
        return values

    def search(self, values: dict[str, Any]) -> str | None:
        return search_text(self.kind, values.get)


def _table(model: type[Replicated]) -> Table:
    cols = replicated_columns(model)
    infos = {c.key: c.info for c in model.__table__.columns}
    json_cols = frozenset(c for c in cols if infos[c].get("type") in (ft.LIST, ft.NUMBER,
                                                                     ft.DAY_NUMBERS))
    bool_cols = frozenset(c for c in cols if infos[c].get("type") == ft.BOOL)
    names = {c.key for c in model.__table__.columns}
    return Table(
        kind=model.KIND,
        name=model.__tablename__,
        columns=cols,
        visible=frozenset(field_info(model)),
        json_cols=json_cols,
        bool_cols=bool_cols,
        has_search="search_text" in names,
        search_cols=frozenset(name for name, _ in SEARCH_FIELDS.get(model.KIND, ())),
        has_household="household" in names,
    )


TABLES: dict[str, Table] = {kind: _table(model) for kind, model in MODELS.items()}


def json_value(raw: Any) -> Any:
    """A JSON column's stored value as JSON. SQLite gives such columns numeric
    affinity, so a number written as JSON text may come back as a number."""
    if isinstance(raw, str | bytes):
        return json.loads(raw)
    return raw


def chunks(items: Sequence[Any], size: int = IN_CHUNK) -> Iterable[Sequence[Any]]:
    """Slices of at most ``size`` items, for ``IN (...)`` lists."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def marks(n: int) -> str:
    return "(" + ", ".join("?" for _ in range(n)) + ")"


def cursor(conn: Connection) -> Any:
    """The driver's own cursor on this connection, in its transaction: reading or writing
    hundreds of thousands of rows skips SQLAlchemy's work per row."""
    return conn.connection.cursor()


def fetch_rows(conn: Connection, table: Table, rids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The current rows of these records, decoded, by id (absent ids left out)."""
    out: dict[str, dict[str, Any]] = {}
    cur = cursor(conn)
    for part in chunks(rids):
        sql = table.select_sql() + marks(len(part))
        for raw in cur.execute(sql, tuple(part)).fetchall():
            out[raw[0]] = table.decode_row(raw)
    return out


Stamp = tuple[int, int, int | None, int | None]  # hlc, site idx, prev_hlc, prev_site


def fetch_stamps(conn: Connection, kind: str, rids: Sequence[str]) -> dict[tuple[str, str], Stamp]:
    """Every field stamp of these records, in one query per chunk of ids."""
    out: dict[tuple[str, str], Stamp] = {}
    cur = cursor(conn)
    for part in chunks(rids):
        sql = ("SELECT rid, field, hlc, site, prev_hlc, prev_site FROM field_clock "
               "WHERE kind = ? AND rid IN " + marks(len(part)))
        for rid, fname, hlc, site, ph, ps in cur.execute(sql, (kind, *part)).fetchall():
            out[(rid, fname)] = (hlc, site, ph, ps)
    return out


def fetch_field_stamps(conn: Connection, kind: str,
                       pairs: Sequence[tuple[str, str]]) -> dict[tuple[str, str], Stamp]:
    """The stamps of these (record, field) pairs only: a weekly bundle changes a field or
    two of each record, so reading every stamp of the record would be five times the
    work."""
    out: dict[tuple[str, str], Stamp] = {}
    cur = cursor(conn)
    for part in chunks(pairs, IN_CHUNK // 2):
        sql = ("SELECT rid, field, hlc, site, prev_hlc, prev_site FROM field_clock "
               "WHERE kind = ? AND (rid, field) IN (VALUES "
               + ", ".join("(?, ?)" for _ in part) + ")")
        params = [kind]
        for rid, fname in part:
            params += (rid, fname)
        for rid, fname, hlc, site, ph, ps in cur.execute(sql, params).fetchall():
            out[(rid, fname)] = (hlc, site, ph, ps)
    return out


INSERT_CLOCK = (
    "INSERT INTO field_clock (kind, rid, field, hlc, site, prev_hlc, prev_site, seq, src) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
UPSERT_CLOCK = (
    "INSERT INTO field_clock (kind, rid, field, hlc, site, prev_hlc, prev_site, seq, src) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (kind, rid, field) DO UPDATE SET hlc = excluded.hlc, site = excluded.site, "
    "prev_hlc = excluded.prev_hlc, prev_site = excluded.prev_site, seq = excluded.seq, "
    "src = excluded.src"
)


def write_field(conn: Connection, table: Table, rid: str, col: str, value: Any) -> None:
    """Set one column of an existing row through Core, keeping search text right."""
    conn.exec_driver_sql(
        f"UPDATE {table.name} SET {col} = ? WHERE id = ?", (table.to_db(col, value), rid)
    )
    if table.has_search:
        rows = fetch_rows(conn, table, [rid])
        if rid in rows:
            conn.exec_driver_sql(
                f"UPDATE {table.name} SET search_text = ? WHERE id = ?",
                (table.search(rows[rid]), rid),
            )
