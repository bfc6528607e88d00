"""What every page needs: the open store, who is logged in, and which site this is.

Widgets never hold a Session nor open a unit of work: they call services with the
store, and the services open, commit and announce (services/transaction.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from genera_desktop.services import accounts
from genera_desktop.services.network.site import SiteInfo, this_site
from genera_desktop.services.session import Store


@dataclass
class AppContext:
    """The logged-in session of the desktop app."""

    store: Store

    @property
    def username(self) -> str | None:
        return self.store.username

    def site(self) -> SiteInfo:
        return this_site(self.store)

    def is_admin(self) -> bool:
        return accounts.is_admin(self.store)
