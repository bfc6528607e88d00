"""What every page needs: the open store, who is logged in, and which site this is.

Widgets never hold a Session: they ask for a unit of work, use it, and let it go.
"""

from __future__ import annotations

from dataclasses import dataclass

from genera_desktop.services import accounts
from genera_desktop.services.session import Store
from genera_desktop.services.site import SiteInfo, this_site
from genera_desktop.services.transaction import UnitOfWork


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
        return this_site(self.store)

    def is_admin(self) -> bool:
        return accounts.is_admin(self.store)
