"""A trigram full-text index over persons' folded search text (SQLite FTS5).

Type-ahead search over 150,000 persons must answer in tens of milliseconds; a
``LIKE '%…%'`` has to read every row. The index mirrors ``person.search_text`` by
rowid through triggers, so ORM writes and sync's Core writes keep it current alike.
It is local and derived: nothing of it replicates.

The index keys on the person table's implicit rowid, which a ``VACUUM`` may renumber:
the store never vacuums, and ``rebuild`` restores the index if one ever does.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

TABLE = "person_fts"
# Trigrams: a term shorter than this cannot use the index and falls back to LIKE.
MIN_TERM = 3

DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "search_text, content='person', content_rowid='rowid', tokenize='trigram')",
    f"CREATE TRIGGER IF NOT EXISTS {TABLE}_ai AFTER INSERT ON person BEGIN "
    f"INSERT INTO {TABLE}(rowid, search_text) VALUES (new.rowid, new.search_text); END",
    f"CREATE TRIGGER IF NOT EXISTS {TABLE}_ad AFTER DELETE ON person BEGIN "
    f"INSERT INTO {TABLE}({TABLE}, rowid, search_text) "
    "VALUES ('delete', old.rowid, old.search_text); END",
    f"CREATE TRIGGER IF NOT EXISTS {TABLE}_au AFTER UPDATE OF search_text ON person BEGIN "
    f"INSERT INTO {TABLE}({TABLE}, rowid, search_text) "
    "VALUES ('delete', old.rowid, old.search_text); "
    f"INSERT INTO {TABLE}(rowid, search_text) VALUES (new.rowid, new.search_text); END",
)


def ensure(conn: Connection) -> None:
    """Create the index and its triggers if missing, filling it from the persons held."""
    exists = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"), {"n": TABLE}
    ).first()
    if exists:
        return
    for statement in DDL:
        conn.execute(text(statement))
    rebuild(conn)


TRIGGERS = (f"{TABLE}_ai", f"{TABLE}_ad", f"{TABLE}_au")
# Above this many incoming changes, one rebuild at the end beats a trigger per row.
BULK_THRESHOLD = 100_000


def suspend(conn: Connection) -> None:
    """Drop the triggers for a bulk write in this transaction; ``resume`` rebuilds
    (store/derived.py does it for every derived table at once)."""
    for name in TRIGGERS:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def resume(conn: Connection) -> None:
    """Recreate the triggers and refill the index after ``suspend``."""
    for statement in DDL[1:]:
        conn.execute(text(statement))
    rebuild(conn)


def rebuild(conn: Connection) -> None:
    """Refill the index from the person table."""
    conn.execute(text(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')"))


def is_index_table(name: str) -> bool:
    """FTS5's own tables, which the models and migrations do not describe."""
    return name == TABLE or name.startswith(TABLE + "_")


def match_query(terms: list[str]) -> str | None:
    """An FTS5 query requiring every indexable term, or None when no term is long enough."""
    phrases = ['"' + t.replace('"', '""') + '"' for t in terms if len(t) >= MIN_TERM]
    return " AND ".join(phrases) if phrases else None


def person_condition(terms: list[str]) -> Any:
    """A WHERE condition on Person matching every term (index for long ones, LIKE else)."""
    from sqlalchemy import and_, literal_column

    from genera_desktop.store.models import Person

    parts: list[Any] = []
    query = match_query(terms)
    if query is not None:
        matched = text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :fts_q").bindparams(
            fts_q=query
        ).columns(literal_column("rowid"))
        parts.append(literal_column("person.rowid").in_(matched))
    for term in terms:
        if len(term) < MIN_TERM:
            escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            parts.append(Person.search_text.like(f"%{escaped}%", escape="\\"))
    return and_(*parts)
