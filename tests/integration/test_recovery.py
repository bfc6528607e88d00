"""The recovery key lets an administrator back in: a new password, a new key, an entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from genera_desktop.domain.errors import AuthFailed, NotFound, Refused, ValidationFailed
from genera_desktop.services import accounts
from genera_desktop.services.coordination import audit
from genera_desktop.services.network import membership as network
from genera_desktop.store.keyring import KEYRING_FILE
from genera_desktop.store.store import Store
from tests.conftest import ADMIN, PASSWORD

NEW = "nuova-password-7"


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str]:
    """A store with its administrator anna, an operator and a second, disabled admin."""
    created = network.create_network(tmp_path / "store", network_name="Bassa Bresciana",
                                      site_name="Coordinamento", admin_user=ADMIN,
                                      password=PASSWORD)
    with created.store.unit_of_work() as uow:
        accounts.add_account(uow, "bruno", "operatore-bruno-7", role="operator")
        accounts.add_account(uow, "carla", "vecchia-123", role="admin")
        accounts.commit_accounts(uow)
    with created.store.unit_of_work() as uow:
        accounts.set_active(uow, "carla", False)
        accounts.commit_accounts(uow)
    created.store.close()
    return tmp_path / "store", created.recovery_key


def test_the_key_sets_a_new_password_and_is_replaced(made: tuple[Path, str]) -> None:
    data_dir, key = made
    recovered = accounts.recover_with_key(data_dir, key.replace("-", "").lower(), "Anna", NEW)

    assert recovered.username == ADMIN
    assert recovered.recovery_key != key and len(recovered.recovery_key) == 47
    assert (recovered.network_name, recovered.site_name) == ("Bassa Bresciana", "Coordinamento")
    with pytest.raises(AuthFailed):
        Store.open(data_dir, ADMIN, PASSWORD)
    with pytest.raises(AuthFailed):  # the used key no longer opens the store
        Store.open_with_recovery(data_dir, key)
    Store.open_with_recovery(data_dir, recovered.recovery_key).close()
    store = Store.open(data_dir, ADMIN, NEW)
    with store.unit_of_work() as uow:
        entry = audit.entries(uow, action="admin", limit=1)[0]
    store.close()
    assert entry["detail"] == {"password_recovered": ADMIN, "recovery_key": "replaced"}
    assert entry["user"] is None
    assert key not in str(entry) and recovered.recovery_key not in str(entry)


def test_a_disabled_administrator_is_enabled_again(made: tuple[Path, str]) -> None:
    data_dir, key = made
    with pytest.raises(AuthFailed):
        Store.open(data_dir, "carla", "vecchia-123")
    accounts.recover_with_key(data_dir, key, "carla", NEW)
    store = Store.open(data_dir, "carla", NEW)
    assert store.username == "carla"
    with store.unit_of_work() as uow:
        assert accounts.current_account(uow).active
    store.close()
    Store.open(data_dir, ADMIN, PASSWORD).close()  # the others keep their passwords


def keys_file(data_dir: Path) -> bytes:
    return (data_dir / KEYRING_FILE).read_bytes()


def test_a_wrong_key_changes_nothing(made: tuple[Path, str]) -> None:
    data_dir, key = made
    before = keys_file(data_dir)
    wrong = ("B" if key[0] != "B" else "C") + key[1:]
    with pytest.raises(AuthFailed):
        accounts.recover_with_key(data_dir, wrong, ADMIN, NEW)
    assert keys_file(data_dir) == before
    Store.open(data_dir, ADMIN, PASSWORD).close()


@pytest.mark.parametrize("who", ["bruno", "nessuno", "%", "ann_"])
def test_only_an_administrator_can_be_recovered(made: tuple[Path, str], who: str) -> None:
    data_dir, key = made
    before = keys_file(data_dir)
    with pytest.raises(NotFound):
        accounts.recover_with_key(data_dir, key, who, NEW)
    assert keys_file(data_dir) == before
    Store.open_with_recovery(data_dir, key).close()  # the key still works


def test_a_short_password_is_refused_before_the_key_is_tried(made: tuple[Path, str]) -> None:
    data_dir, key = made
    before = keys_file(data_dir)
    with pytest.raises(ValidationFailed) as err:
        accounts.recover_with_key(data_dir, key, ADMIN, "corta")
    assert err.value.errors[0].code == "password_short"
    assert keys_file(data_dir) == before


def test_an_administrator_replaces_the_key_and_the_old_one_stops_working(
        made: tuple[Path, str]) -> None:
    data_dir, key = made
    store = Store.open(data_dir, ADMIN, PASSWORD)
    try:
        replaced = accounts.replace_recovery_key(store)
    finally:
        store.close()

    assert replaced.username == ADMIN
    assert replaced.recovery_key != key and len(replaced.recovery_key) == 47
    assert (replaced.network_name, replaced.site_name) == ("Bassa Bresciana", "Coordinamento")
    with pytest.raises(AuthFailed):
        Store.open_with_recovery(data_dir, key)
    Store.open_with_recovery(data_dir, replaced.recovery_key).close()
    store = Store.open(data_dir, ADMIN, PASSWORD)  # passwords are untouched
    with store.unit_of_work() as uow:
        entry = audit.entries(uow, action="admin", limit=1)[0]
    store.close()
    assert entry["detail"] == {"recovery_key": "replaced"}
    assert entry["user"] == ADMIN
    assert key not in str(entry) and replaced.recovery_key not in str(entry)


def test_an_operator_cannot_replace_the_key(made: tuple[Path, str]) -> None:
    data_dir, key = made
    before = keys_file(data_dir)
    store = Store.open(data_dir, "bruno", "operatore-bruno-7")
    try:
        with pytest.raises(Refused) as err:
            accounts.replace_recovery_key(store)
        assert err.value.code == "admin_only"
        with store.unit_of_work() as uow:
            assert audit.entries(uow, action="admin", limit=1)[0]["detail"] != {
                "recovery_key": "replaced"}
    finally:
        store.close()
    assert keys_file(data_dir) == before
    Store.open_with_recovery(data_dir, key).close()  # the key still works


def test_a_key_file_that_cannot_be_written_leaves_the_old_key(
        made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir, key = made
    before = keys_file(data_dir)
    store = Store.open(data_dir, ADMIN, PASSWORD)
    try:
        slots_before = dict(store.keyring.slots)

        def disk_full() -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(store.keyring, "save", disk_full)
        with pytest.raises(OSError):
            accounts.replace_recovery_key(store)
        # Nothing in memory either: a later save (a new colleague) writes no unseen key.
        assert store.keyring.slots == slots_before
    finally:
        store.close()
    assert keys_file(data_dir) == before
    Store.open_with_recovery(data_dir, key).close()
