"""Run Alembic migrations on open; fast when the store is already at head."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text

from genera_desktop.domain.errors import StoreNewer
from genera_desktop.store.schema import SCHEMA_HEAD

MIGRATIONS = Path(__file__).parent / "migrations"


def _config(connection: Connection) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def current_revision(connection: Connection) -> str | None:
    exists = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
    ).first()
    if not exists:
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def create_at_head(engine: Engine) -> None:
    """A new, empty store: the tables of the models, stamped at this release's head.

    Faster than replaying migrations (no Alembic import); a test keeps the models and
    the migrations identical, so both paths give the same schema.
    """
    from genera_desktop.store import derived, schema

    with engine.begin() as conn:
        schema.metadata().create_all(conn)
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                          "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"))
        conn.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": SCHEMA_HEAD})
        derived.ensure(conn)


def upgrade(engine: Engine) -> None:
    """Bring the store to this release's schema; refuse a store from a newer release."""
    from genera_desktop.store import derived

    with engine.connect() as conn:
        rev = current_revision(conn)
    if rev == SCHEMA_HEAD:
        with engine.begin() as conn:
            derived.ensure(conn)
        return  # the common case: no Alembic import, no script parsing
    from alembic import command
    from alembic.script import ScriptDirectory

    with engine.begin() as conn:
        cfg = _config(conn)
        known = {s.revision for s in ScriptDirectory.from_config(cfg).walk_revisions()}
        if rev is not None and rev not in known:
            raise StoreNewer(f"store schema {rev} is newer than this release")
        command.upgrade(cfg, "head")
        derived.ensure(conn)


def revision(message: str) -> None:  # pragma: no cover - developer tool
    """Autogenerate a migration against an empty in-memory database at head."""
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        cfg = _config(conn)
        command.upgrade(cfg, "head")
        command.revision(cfg, message=message, autogenerate=True)
