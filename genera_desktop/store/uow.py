"""Unit of work: a session that rolls back unless the service commits it."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from genera_desktop.store.capture import CAPTURE_KEY

if TYPE_CHECKING:
    from genera_desktop.store.store import Store


class UnitOfWork:
    """One transaction of one service call. Every thread makes its own."""

    session: Session

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def username(self) -> str | None:
        return self.store.username

    def __enter__(self) -> UnitOfWork:
        self.session = self.store.sessionmaker()
        self.session.info[CAPTURE_KEY] = {"site_idx": self.store.site_idx}
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

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
