"""Alembic environment: migrations run on the store's own open connection."""

from __future__ import annotations

from alembic import context

from genera_desktop.store import schema, search_index

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic revision` from a dev shell
    raise SystemExit("run migrations through genera_desktop.store.migrate")



def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    # The FTS5 person index of before schema 0004 (made on open, not by the models).
    return not (type_ == "table" and search_index.is_index_table(name))


context.configure(
    connection=connection,
    include_object=include_object,
    target_metadata=schema.metadata(),
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
