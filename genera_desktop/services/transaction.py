"""Services own their transactions, and say what they changed.

A service entry point is a plain function whose first parameter is the unit of work it
works in. Decorated with ``@writes`` (or ``@reads``), it can also be called with the
open store itself: it then opens its own unit of work, commits it and announces which
tables it changed (``@writes``), or opens a read-only one that never waits for a writer
and refuses to write (``@reads``). So the GUI and the
CLI call ``records.add(store, kind, data)`` and never open, commit or roll back a
transaction themselves, while services still compose: one service calls another with
the unit of work it already holds, inside one transaction, and nothing is announced
until the outer call commits.

Announcements are plain callbacks (no Qt here): the GUI subscribes one that turns them
into a queued signal, so pages refresh themselves after any write, on any thread (Anki's
``OpChanges``); the CLI subscribes nothing.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from genera_desktop.store.uow import UnitOfWork

# Re-exported for the faces' type hints (a render callback given a unit of work by the
# service that calls it); they never open one.
__all__ = ["EVERYTHING", "Changes", "UnitOfWork", "announce", "reads", "subscribe", "together",
           "writes"]

if TYPE_CHECKING:
    from genera_desktop.store.store import Store

P = ParamSpec("P")
R = TypeVar("R")

# Sync applies bundles below the ORM: it announces this instead of a list of tables.
EVERYTHING = "*"


@dataclass(frozen=True)
class Changes:
    """What one committed service call changed: table names (``record kinds`` for
    replicated records, ``user``, ``setting``... for local ones), or EVERYTHING."""

    tables: frozenset[str]

    def touches(self, *tables: str) -> bool:
        """Whether a page showing these tables should refresh."""
        return EVERYTHING in self.tables or not self.tables.isdisjoint(tables)


_listeners: list[Callable[[Changes], None]] = []
_lock = threading.Lock()


def subscribe(listener: Callable[[Changes], None]) -> Callable[[], None]:
    """Call ``listener`` after every committed change; returns the way to stop."""
    with _lock:
        _listeners.append(listener)

    def unsubscribe() -> None:
        with _lock:
            if listener in _listeners:
                _listeners.remove(listener)

    return unsubscribe


def announce(changes: Changes) -> None:
    """Tell every listener, on the thread that committed. Empty changes say nothing."""
    if not changes.tables:
        return
    with _lock:
        listeners = list(_listeners)
    for listener in listeners:
        listener(changes)


def writes(fn: Callable[Concatenate[UnitOfWork, P], R]) -> Callable[Concatenate[Any, P], R]:
    """A service that changes the store: given the store, it commits and announces."""
    return writes_then(None)(fn)


def writes_then(after: Callable[[UnitOfWork], None] | None) -> Callable[
        [Callable[Concatenate[UnitOfWork, P], R]], Callable[Concatenate[Any, P], R]]:
    """``@writes``, and ``after(uow)`` once committed: the key file that must follow the
    users table (services/accounts.py)."""

    def decorate(fn: Callable[Concatenate[UnitOfWork, P], R]) -> Callable[Concatenate[Any, P], R]:
        @functools.wraps(fn)
        def run(target: UnitOfWork | Store, /, *args: P.args, **kwargs: P.kwargs) -> R:
            if isinstance(target, UnitOfWork):
                return fn(target, *args, **kwargs)
            with target.unit_of_work() as uow:
                result = fn(uow, *args, **kwargs)
                uow.commit()
                if after is not None:
                    after(uow)
                changed = uow.changed_tables()
            announce(Changes(changed))
            return result

        return run

    return decorate


def reads(fn: Callable[Concatenate[UnitOfWork, P], R]) -> Callable[Concatenate[Any, P], R]:
    """A service that only reads: given the store, it works in a read-only unit of work."""

    @functools.wraps(fn)
    def run(target: UnitOfWork | Store, /, *args: P.args, **kwargs: P.kwargs) -> R:
        if isinstance(target, UnitOfWork):
            return fn(target, *args, **kwargs)
        with target.unit_of_work(read_only=True) as uow:
            return fn(uow, *args, **kwargs)

    return run


@writes
def together(uow: UnitOfWork, work: Callable[[UnitOfWork], R]) -> R:
    """Several service calls in one transaction, all or none (a page's save of a header,
    an intake and a health form): ``work(uow)`` calls them with the unit of work given."""
    return work(uow)
