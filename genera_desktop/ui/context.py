"""What every page needs: the open store, who is logged in, and which site this is.

Widgets never hold a Session: they ask for a unit of work, use it, and let it go.
"""

from __future__ import annotations

from dataclasses import dataclass

from genera_desktop.services.site import SiteInfo, site_info
from genera_desktop.store.store import Store
from genera_desktop.store.uow import UnitOfWork


@dataclass
class AppContext:
    """The logged-in session of the desktop app."""

    store: Store

    @property
    def username(self) -> str | None:
        return self.store.username

    def uow(self, *, read_only: bool = False) -> UnitOfWork:
        """A fresh unit of work (use it in a ``with`` block, on one thread).

        ``read_only`` for what only reads: it never waits for another program writing
        the store (an import from the command line), where one that may write does.
        """
        return self.store.unit_of_work(read_only=read_only)

    def site(self) -> SiteInfo:
        with self.store.sessionmaker() as session:
            return site_info(session)

    def is_admin(self) -> bool:
        from genera_desktop.store.local import User

        with self.store.sessionmaker() as session:
            user = session.get(User, self.username) if self.username else None
            return bool(user and user.role == "admin")
