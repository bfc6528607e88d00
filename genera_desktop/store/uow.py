"""Unit of work: a session that rolls back unless the service commits it."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlalchemy.orm import Session
from sqlalchemy.orm.unitofwork import UOWTransaction

from genera_desktop.store.capture import CAPTURE_KEY

# session.info key: the tables a unit of work wrote to, for services/transaction.py.
CHANGED_KEY = "genera_changed_tables"

if TYPE_CHECKING:
    from genera_desktop.store.store import Store


class ReadOnlyWrite(RuntimeError):
    """A read-only unit of work was asked to write (a programming error)."""


class UnitOfWork:
    """One transaction of one service call. Every thread makes its own.

    One that may write begins IMMEDIATE (store/engine.py): it waits for another writer,
    up to the busy timeout, instead of failing half-way. A ``read_only`` one begins
    deferred, never waits, and refuses to flush a change: reading commands (dump, lists,
    reports) stay quick while an import writes.
    """

    session: Session

    def __init__(self, store: Store, *, read_only: bool = False) -> None:
        self.store = store
        self.read_only = read_only

    @property
    def username(self) -> str | None:
        return self.store.username

    def __enter__(self) -> UnitOfWork:
        if self.read_only:
            self.session = self.store.sessionmaker()
            event.listen(self.session, "before_flush", _refuse_flush)
        else:
            self.session = self.store.write_sessionmaker()
        self.session.info[CAPTURE_KEY] = {"site_idx": self.store.site_idx}
        self.session.info[CHANGED_KEY] = set()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # Whatever was not committed is undone: a refused command changes nothing.
        self.session.rollback()
        self.session.close()

    def write_batch(self, objs: list[Any]) -> None:
        """Add, flush (so capture stamps them) and forget a batch of new records.

        Bulk work (import, demo) calls this every few hundred records: forgetting the
        written objects keeps memory flat at 50,000 households.
        """
        if not objs:
            return
        self.session.add_all(objs)
        self.session.flush()
        self.session.expunge_all()
        objs.clear()

    def changed_tables(self) -> frozenset[str]:
        """The tables this unit of work has flushed writes to so far."""
        return frozenset(self.session.info.get(CHANGED_KEY, ()))

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()


def _refuse_flush(session: Session, flush_context: Any, instances: Any) -> None:
    raise ReadOnlyWrite("a read-only unit of work cannot write")


@event.listens_for(Session, "after_flush")
def _note_changed_tables(session: Session, flush_context: UOWTransaction) -> None:
    changed = session.info.get(CHANGED_KEY)
    if changed is None:
        return
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table:
            changed.add(table)
