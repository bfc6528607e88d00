"""The encrypted store: unlocking, accounts, recovery, nothing personal in clear."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from genera_desktop.domain.errors import AuthFailed, StoreExists, StoreMissing, StoreNewer
from genera_desktop.services import accounts, records
from genera_desktop.store.store import Store
from tests.conftest import ADMIN, PASSWORD, make_coordinator


def test_wrong_password_and_unknown_user_are_refused(coordinator: Store) -> None:
    data_dir = coordinator.data_dir
    coordinator.close()
    with pytest.raises(AuthFailed):
        Store.open(data_dir, ADMIN, "not-the-password")
    with pytest.raises(AuthFailed):
        Store.open(data_dir, "nobody", PASSWORD)
    Store.open(data_dir, ADMIN, PASSWORD).close()


def test_missing_and_existing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreMissing):
        Store.open(tmp_path / "none", ADMIN, PASSWORD)
    make_coordinator(tmp_path / "s").close()
    with pytest.raises(StoreExists):
        make_coordinator(tmp_path / "s")


def test_no_personal_data_in_clear_in_the_data_folder(coordinator: Store) -> None:
    with coordinator.unit_of_work() as uow:
        hh = records.add(uow, "household", {"point": "MON", "address": "Via Zanardelli 77"})
        records.add(uow, "person", {"household": hh, "first_name": "Gertrude",
                                    "last_name": "Quintavalle", "tax_code": "QNTGTR80A41F471L"})
        uow.commit()
    # While the store is open the WAL holds the latest pages: check it too.
    blobs = b"".join(p.read_bytes() for p in coordinator.data_dir.iterdir() if p.is_file())
    for secret in (b"Quintavalle", b"Gertrude", b"Zanardelli", b"QNTGTR", ADMIN.encode()):
        assert secret not in blobs
    assert any(p.name.endswith("-wal") for p in coordinator.data_dir.iterdir())


def test_accounts_add_disable_reset(coordinator: Store) -> None:
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "bruno", "bruno-password", role="operator")
        accounts.commit_accounts(uow)
    data_dir = coordinator.data_dir
    bruno = Store.open(data_dir, "bruno", "bruno-password")
    assert bruno.username == "bruno"
    with bruno.unit_of_work() as uow, pytest.raises(Exception, match="admin_only"):
        accounts.add_account(uow, "carla", "carla-password")
    bruno.close()
    with coordinator.unit_of_work() as uow:
        accounts.set_password(uow, "bruno", "a-new-password")
        accounts.commit_accounts(uow)
    with pytest.raises(AuthFailed):
        Store.open(data_dir, "bruno", "bruno-password")
    Store.open(data_dir, "bruno", "a-new-password").close()
    with coordinator.unit_of_work() as uow:
        accounts.set_active(uow, "bruno", False)
        accounts.commit_accounts(uow)
    with pytest.raises(AuthFailed):
        Store.open(data_dir, "bruno", "a-new-password")


def test_recovery_key_opens_the_store(tmp_path: Path) -> None:
    from genera_desktop.services.network import membership as network

    created = network.create_network(tmp_path / "r", network_name="N", site_name="S",
                                     admin_user=ADMIN, password=PASSWORD)
    created.store.close()
    typed = created.recovery_key.lower().replace("-", " ")
    store = Store.open_with_recovery(tmp_path / "r", typed)
    assert store.site_id == created.site_id
    store.close()
    with pytest.raises(AuthFailed):
        Store.open_with_recovery(tmp_path / "r", "AAAAA-BBBBB")


def test_store_from_a_newer_release_is_refused(coordinator: Store) -> None:
    with coordinator.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    data_dir = coordinator.data_dir
    coordinator.close()
    with pytest.raises(StoreNewer):
        Store.open(data_dir, ADMIN, PASSWORD)


def test_migrations_match_the_models_and_the_declared_head() -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.config import Config
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine

    from genera_desktop.store import migrate, schema

    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    assert ScriptDirectory.from_config(cfg).get_current_head() == schema.SCHEMA_HEAD
    engine = create_engine("sqlite://")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        from genera_desktop.store import search_index

        context = MigrationContext.configure(conn, opts={
            "include_object": lambda obj, name, type_, *a: not (
                type_ == "table" and search_index.is_index_table(name)
            )
        })
        diff = compare_metadata(context, schema.metadata())
    assert diff == []


def test_the_default_key_derivation_is_strong() -> None:
    from genera_desktop.store import keyring

    assert keyring.DEFAULT_KDF["memory_cost"] >= 19 * 1024
    assert keyring.DEFAULT_KDF["iterations"] >= 2
