"""Alembic environment: migrations run on the store's own open connection."""

from __future__ import annotations

from alembic import context

from genera_desktop.store import schema

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic revision` from a dev shell
    raise SystemExit("run migrations through genera_desktop.store.migrate")

context.configure(
    connection=connection,
    target_metadata=schema.metadata(),
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
