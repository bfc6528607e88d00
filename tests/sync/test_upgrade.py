"""A schema upgrade with unsent changes pending: nothing lost (hard case 9); bundles of a
newer schema refused, of an older one applied."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from genera_desktop.store import migrate
from genera_desktop.store.schema import SCHEMA_HEAD, SCHEMA_VERSION
from genera_desktop.store.store import Store
from genera_desktop.sync import export as export_module
from genera_desktop.sync import importer
from genera_desktop.sync.importer import BundleRefused
from tests.sync.syncnet import ADMIN, PASSWORD, Net

# A next release's migration: it rebuilds the stamp table (as SQLite does for most
# changes of a table) and adds an index.
NEXT_REVISION = f"{int(SCHEMA_HEAD) + 1:04d}"
NEXT = f'''"""next release

Revision ID: {NEXT_REVISION}
Revises: {SCHEMA_HEAD}
"""
from alembic import op

revision = "{NEXT_REVISION}"
down_revision = "{SCHEMA_HEAD}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("field_clock", recreate="always") as batch_op:
        batch_op.create_index("ix_field_clock_site", ["site"])
    op.create_index("ix_person_phone_next", "person", ["phone"])


def downgrade() -> None:
    pass
'''


def next_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run this process as the next release: one migration more, schema version 2."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / f"{NEXT_REVISION}_next.py").write_text(NEXT)
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", NEXT_REVISION)
    monkeypatch.setattr(export_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(importer, "SCHEMA_VERSION", SCHEMA_VERSION + 1)


def test_hard_case_9_an_upgrade_with_unsent_changes_loses_nothing(
        net: Net, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hh = net.household("mon")
    person = net.person("mon", hh, phone="333 7654321")
    net.update("mon", "household", hh, {"notes": "prima dell'aggiornamento"})
    from_coord = net.household("coord", address="Via Vecchio Schema 4")
    old_schema_bundle = net.export("coord", "mon")  # made by this (older) release
    before = net.dump("mon")
    net.stores["mon"].close()
    next_release(tmp_path, monkeypatch)
    net.stores["mon"] = Store.open(net.root / "mon", ADMIN, PASSWORD)  # migrates
    assert net.dump("mon") == before
    with net.stores["mon"].sessionmaker() as s:
        from sqlalchemy import text

        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() \
            == NEXT_REVISION
    upgraded = net.export("mon", "coord")
    # The coordinator still runs the older release: it asks to be updated...
    monkeypatch.setattr(importer, "SCHEMA_VERSION", SCHEMA_VERSION)
    with pytest.raises(BundleRefused) as info:
        net.load("coord", upgraded)
    assert info.value.code == "newer_schema"
    # ...and once updated it takes the bundle, with every pending change.
    monkeypatch.setattr(importer, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    report = net.load("coord", upgraded)
    assert report.applied > 0
    assert net.get("coord", "household", hh)["notes"] == "prima dell'aggiornamento"
    assert net.get("coord", "person", person)["phone"] == "333 7654321"
    # A bundle of the older schema is applied by the upgraded site.
    assert net.load("mon", old_schema_bundle).applied > 0
    assert net.get("mon", "household", from_coord) is not None
