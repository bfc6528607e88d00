"""The store's settings table, read and written through the declarations
(domain/settings.py): the one ``get_setting``/``set_setting`` of the code (services/
site.py and sync/identity.py hand these same functions on to their callers)."""

from __future__ import annotations

from typing import Any, TypeVar, overload

from sqlalchemy.orm import Session

from genera_desktop.domain.settings import Scope, Setting, declared
from genera_desktop.store.local import Setting as SettingRow

T = TypeVar("T")


def _store_scoped(setting: Setting[Any] | str) -> Setting[Any]:
    """The declaration (a name is looked up: KeyError when none is declared)."""
    found = declared(setting) if isinstance(setting, str) else setting
    if found.scope is not Scope.STORE:
        raise ValueError(f"{found.name} is a user preference, not in the store")
    return found


@overload
def get_setting(session: Session, setting: Setting[T]) -> T: ...
@overload
def get_setting(session: Session, setting: str) -> Any: ...
def get_setting(session: Session, setting: Setting[Any] | str) -> Any:
    """The setting's value in this store, of its declared type (else its default)."""
    found = _store_scoped(setting)
    row = session.get(SettingRow, found.name)
    return found.default if row is None else found.coerce(row.value)


@overload
def set_setting(session: Session, setting: Setting[T], value: T) -> None: ...
@overload
def set_setting(session: Session, setting: str, value: Any) -> None: ...
def set_setting(session: Session, setting: Setting[Any] | str, value: Any) -> None:
    """Store ``value`` in the caller's transaction (None: back to the default)."""
    found = _store_scoped(setting)
    row = session.get(SettingRow, found.name)
    if row is None:
        session.add(SettingRow(key=found.name, value=value))
    else:
        row.value = value
