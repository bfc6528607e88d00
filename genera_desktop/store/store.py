"""Opening, creating and unlocking a store: the encrypted database and its key slots."""

from __future__ import annotations

import os
import secrets
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, insert, select, text
from sqlalchemy.orm import sessionmaker

from genera_desktop.domain import settings, vocab
from genera_desktop.domain.errors import AuthFailed, StoreExists, StoreMissing
from genera_desktop.domain.settings import Setting
from genera_desktop.files import open_private, private_dir, private_file
from genera_desktop.store import migrate
from genera_desktop.store.engine import DB_FILE, make_engine, writer
from genera_desktop.store.keyring import KEYRING_FILE, Keyring, new_recovery_key
from genera_desktop.store.local import ClockState, Replica, User
from genera_desktop.store.local import Setting as SettingRow
from genera_desktop.store.settings import get_setting
from genera_desktop.store.uow import UnitOfWork

T = TypeVar("T")


def now_iso() -> str:
    """UTC now, to the second, for audit and ledger entries."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def store_exists(data_dir: Path) -> bool:
    """True when the folder holds a store."""
    return (data_dir / DB_FILE).exists() and (data_dir / KEYRING_FILE).exists()


class Store:
    """An unlocked store: its engine, its site, and who opened it."""

    def __init__(self, data_dir: Path, engine: Engine, key: bytes, keyring: Keyring,
                 username: str | None) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.key = key
        self.keyring = keyring
        self.username = username
        # Reads begin deferred (they never wait for a writer, WAL gives them a snapshot);
        # units of work that may write begin IMMEDIATE (store/engine.py).
        self.sessionmaker = sessionmaker(engine, expire_on_commit=False)
        self.write_sessionmaker = sessionmaker(writer(engine), expire_on_commit=False)
        with engine.connect() as conn:
            row = conn.execute(
                text("SELECT value FROM setting WHERE key = 'site_id'")
            ).scalar()
            self.site_id: str = _json_str(row)
            self.site_idx: int = conn.execute(
                text("SELECT idx FROM replica WHERE site_id = :s"), {"s": self.site_id}
            ).scalar_one()

    # -- creating and opening ----------------------------------------------------------

    @classmethod
    def create(cls, data_dir: Path, username: str, password: str, site_id: str,
               display_name: str | None = None) -> tuple[Store, str]:
        """Make a new store with its first administrator; return it and the recovery key."""
        data_dir.mkdir(parents=True, exist_ok=True)
        if store_exists(data_dir) or (data_dir / DB_FILE).exists():
            raise StoreExists(str(data_dir))
        private_dir(data_dir)
        # An empty file owner-only before SQLite opens it: its -wal and -shm files take
        # the database's mode when SQLite makes them.
        with open_private(data_dir / DB_FILE):
            pass
        key = secrets.token_bytes(32)
        recovery = new_recovery_key()
        keyring = Keyring.create(data_dir)
        keyring.set_user(username, password, key)
        keyring.set_recovery(recovery, key)
        engine = make_engine(data_dir, key)
        try:
            migrate.create_at_head(engine)
            with engine.begin() as conn:
                conn.execute(insert(ClockState), {"id": 1, "hlc": 0, "wall": 0, "seq": 0})
                conn.execute(insert(Replica), {"idx": 1, "site_id": site_id})
                conn.execute(insert(SettingRow), {"key": settings.SITE_ID.name,
                                                  "value": site_id})
                conn.execute(insert(User), {
                    "username": username, "display_name": display_name or username,
                    "role": "admin", "access_areas": list(vocab.ACCESS_AREAS), "active": True,
                    "created_at": now_iso(),
                })
            keyring.save()
        except BaseException:
            engine.dispose()
            _remove_store_files(data_dir)
            raise
        return cls(data_dir, engine, key, keyring, username), recovery

    @classmethod
    def open(cls, data_dir: Path, username: str, password: str) -> Store:
        """Unlock with a user's password; AuthFailed if unknown, wrong or disabled."""
        if not store_exists(data_dir):
            raise StoreMissing(str(data_dir))
        keyring = Keyring.load(data_dir)
        key = keyring.unlock(username, password)
        store = cls._open_with_key(data_dir, key, keyring, username)
        with store.sessionmaker() as session:
            user = session.get(User, username)
            if user is None:
                user = session.scalar(select(User).where(User.username.ilike(username)))
            if user is None or not user.active:
                store.close()
                raise AuthFailed()
            store.username = user.username
        return store

    @classmethod
    def open_with_recovery(cls, data_dir: Path, recovery_key: str) -> Store:
        """Unlock with the recovery key printed at setup (an administrator's last resort)."""
        if not store_exists(data_dir):
            raise StoreMissing(str(data_dir))
        keyring = Keyring.load(data_dir)
        key = keyring.unlock_recovery(recovery_key)
        return cls._open_with_key(data_dir, key, keyring, None)

    @classmethod
    def _open_with_key(cls, data_dir: Path, key: bytes, keyring: Keyring,
                       username: str | None) -> Store:
        keep_private(data_dir)  # a store made before this release, or copied in
        engine = make_engine(data_dir, key)
        try:
            migrate.upgrade(engine)
            return cls(data_dir, engine, key, keyring, username)
        except BaseException:
            engine.dispose()
            raise

    def unit_of_work(self, *, read_only: bool = False) -> UnitOfWork:
        """A unit of work: one that may write (the default, an audit row counts) takes
        the write lock when it starts, waiting for another writer; ``read_only`` never
        waits and refuses to write."""
        return UnitOfWork(self, read_only=read_only)

    def setting(self, setting: Setting[T] | str) -> T | Any:
        """A store setting (declared in domain/settings.py, or its declared name), read
        outside any unit of work."""
        declared = settings.declared(setting) if isinstance(setting, str) else setting
        with self.sessionmaker() as session:
            return get_setting(session, declared)

    def close(self) -> None:
        self.engine.dispose()


def keep_private(data_dir: Path) -> None:
    """The store's folder and files its owner's alone (spec/cli.md: 0700 and 0600)."""
    private_dir(data_dir)
    for name in (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", KEYRING_FILE):
        if (data_dir / name).exists():
            private_file(data_dir / name)


def _json_str(value: object) -> str:
    if isinstance(value, str) and value.startswith('"'):
        import json

        return str(json.loads(value))
    if value is None:
        raise AuthFailed()
    return str(value)


def _remove_store_files(data_dir: Path) -> None:
    for name in (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", KEYRING_FILE):
        path = data_dir / name
        if path.exists():
            os.remove(path)
    if data_dir.exists() and not any(data_dir.iterdir()):
        shutil.rmtree(data_dir, ignore_errors=True)
