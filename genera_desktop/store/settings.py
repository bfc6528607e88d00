"""The store's settings table, read and written through the declarations
(domain/settings.py): the one ``get_setting``/``set_setting`` of the code."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from genera_desktop.domain.settings import Scope, Setting
from genera_desktop.store.local import Setting as SettingRow

T = TypeVar("T")


def _store_scoped(setting: Setting[Any]) -> None:
    if setting.scope is not Scope.STORE:
        raise ValueError(f"{setting.name} is a user preference, not in the store")


def get_setting(session: Session, setting: Setting[T]) -> T:
    """The setting's value in this store, of its declared type (else its default)."""
    _store_scoped(setting)
    row = session.get(SettingRow, setting.name)
    return setting.default if row is None else setting.coerce(row.value)


def set_setting(session: Session, setting: Setting[T], value: T) -> None:
    """Store ``value`` (None removes the choice: the default again) in the caller's
    transaction."""
    _store_scoped(setting)
    row = session.get(SettingRow, setting.name)
    if row is None:
        session.add(SettingRow(key=setting.name, value=value))
    else:
        row.value = value
