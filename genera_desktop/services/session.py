"""Opening a store for a person at the GUI's login or a CLI command.

The faces never import store/: they get the open store from here and hand it back to
services (``records.add(store, ...)``), which open their own units of work on it.
"""

from __future__ import annotations

from pathlib import Path

from genera_desktop.domain.errors import AuthFailed
from genera_desktop.store.engine import BUSY_TIMEOUT_S
from genera_desktop.store.keyring import normalize_recovery_key
from genera_desktop.store.store import Store, store_exists

# How long a writer waits for another before giving up (the CLI's message names it).
__all__ = ["BUSY_TIMEOUT_S", "Store", "check_unlock", "has_store", "normalize_recovery_key", "open_store"]


def open_store(data_dir: Path, username: str, password: str) -> Store:
    """Unlock the store in ``data_dir`` with a user's password (AuthFailed, StoreMissing)."""
    return Store.open(data_dir, username, password)


def check_unlock(store: Store, password: str) -> None:
    """The lock screen: AuthFailed unless ``password`` is the logged-in user's own."""
    if store.username is None:
        raise AuthFailed()
    if store.keyring.unlock(store.username, password) != store.key:
        raise AuthFailed()


def has_store(data_dir: Path) -> bool:
    """Whether ``data_dir`` holds a store (else the first run offers the setup)."""
    return store_exists(data_dir)
