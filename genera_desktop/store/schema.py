"""Every table of the store, in one MetaData, and the schema version bundles carry."""

from __future__ import annotations

from sqlalchemy import MetaData

# The Alembic head this release writes. A test checks it against the migrations.
SCHEMA_HEAD = "0001"
# Bundles carry this number; an importer refuses a bundle with a higher one.
SCHEMA_VERSION = 1


def metadata() -> MetaData:
    """The metadata with every model module imported."""
    from genera_desktop.store import ledger, local, models  # noqa: F401  (registers tables)
    from genera_desktop.store.base import Base

    return Base.metadata
