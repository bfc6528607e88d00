"""How long an unattended session stays open: a site-wide setting an administrator sets."""

from __future__ import annotations

from genera_desktop.services import permissions
from genera_desktop.services.site import set_setting
from genera_desktop.services.transaction import writes
from genera_desktop.store.uow import UnitOfWork

LOCK_SETTING = "lock_minutes"
DEFAULT_LOCK_MINUTES = 10


@writes
def set_lock_minutes(uow: UnitOfWork, minutes: int) -> None:
    """The idle minutes before the app locks (0: never). An administrator's choice: it
    protects every family's data on this PC, not one user's comfort."""
    permissions.require_admin(uow.session, uow.username)
    set_setting(uow.session, LOCK_SETTING, max(0, int(minutes)))
