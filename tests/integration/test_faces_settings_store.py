"""The store's settings through their declarations (store/settings.py)."""

from __future__ import annotations

import pytest

from genera_desktop.domain import settings
from genera_desktop.services import session_policy
from genera_desktop.services.network import site
from genera_desktop.store.local import Setting as SettingRow
from genera_desktop.store.settings import get_setting, set_setting
from genera_desktop.store.store import Store


def test_a_store_setting_reads_back_typed_with_its_default(coordinator: Store) -> None:
    with coordinator.unit_of_work() as uow:
        assert get_setting(uow.session, settings.LOCK_MINUTES) == 10  # never set
        set_setting(uow.session, settings.LOCK_MINUTES, 25)
        uow.commit()
    assert coordinator.setting(settings.LOCK_MINUTES) == 25
    assert session_policy.lock_minutes(coordinator) == 25
    assert coordinator.setting("network_name") == coordinator.setting(settings.NETWORK_NAME)


def test_a_stray_value_in_an_old_store_is_read_as_the_declared_type(coordinator: Store) -> None:
    with coordinator.unit_of_work() as uow:
        uow.session.add(SettingRow(key="lock_minutes", value="15"))
        uow.session.add(SettingRow(key="demo_network", value="nonsense"))
        uow.commit()
    assert session_policy.lock_minutes(coordinator) == 15
    assert site.is_demo_network(coordinator) is False


def test_a_user_preference_is_not_kept_in_the_store(coordinator: Store) -> None:
    with coordinator.unit_of_work() as uow, pytest.raises(ValueError, match="user"):
        set_setting(uow.session, settings.LANGUAGE, "en")
    with pytest.raises(KeyError):
        coordinator.setting("no_such_setting")
