"""The SQLCipher engine: one encrypted SQLite file per installation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event

from genera_desktop.domain.errors import AuthFailed
from genera_desktop.store import household_sort, search_index

DB_FILE = "genera.db"
# How long a writer waits for another to finish (spec/cli.md, "Conventions": up to 30 s).
BUSY_TIMEOUT_S = 30
# The execution option that makes a connection start its transactions IMMEDIATE.
_BEGIN = "genera_begin"


def connect_factory(path: Path, key: bytes) -> Any:
    def connect() -> Any:
        conn = sqlcipher3.connect(str(path), check_same_thread=False,
                                  timeout=BUSY_TIMEOUT_S)
        # SQLCipher prints its own errors to stderr (a wrong key would show
        # "sqlcipherCodecAttach" noise); our callers say it in plain words instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            conn.close()
            raise AuthFailed() from None
        conn.isolation_level = None  # we emit BEGIN ourselves (see _begin below)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Temporary tables and sorts stay in memory: a temp file would be plaintext.
        conn.execute("PRAGMA temp_store = MEMORY")
        # Up to 128 MB of decrypted pages: at 50,000 households the persons and
        # households a search scans no longer fit in 32 MB, and every keystroke then
        # decrypted them again (household list search p95 165 -> 51 ms). The cache
        # grows only as pages are read: a point's store of a few thousand families
        # never fills it.
        conn.execute("PRAGMA cache_size = -131072")
        household_sort.register(conn)  # its triggers fold names in Python
        search_index.register(conn)  # its triggers split fields into words in Python
        return conn

    return connect


def make_engine(data_dir: Path, key: bytes) -> Engine:
    """An engine on the store's encrypted database, opened with the raw key."""
    engine = create_engine(
        "sqlite://",
        creator=connect_factory(data_dir / DB_FILE, key),
        module=sqlcipher3.dbapi2,
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # The driver's own implicit transactions break SAVEPOINT and read-then-write
        # atomicity; SQLAlchemy's documented recipe for pysqlite is to BEGIN ourselves.
        # A writer begins IMMEDIATE: it takes the write lock at once, waiting for it as
        # long as the busy timeout allows. A deferred transaction that reads and then
        # writes would instead fail at once with "database is locked" when another
        # connection wrote meanwhile (SQLite cannot upgrade a stale read snapshot), so
        # the timeout would never apply.
        immediate = conn.get_execution_options().get(_BEGIN) == "immediate"
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions begin IMMEDIATE: for every unit
    of work that may write, an audit row included."""
    return engine.execution_options(**{_BEGIN: "immediate"})
