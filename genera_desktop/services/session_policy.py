"""How long an unattended session stays open: a site-wide setting an administrator sets."""

from __future__ import annotations

from genera_desktop.domain.settings import LOCK_MINUTES
from genera_desktop.services import permissions
from genera_desktop.services.transaction import reads, writes
from genera_desktop.store.settings import get_setting, set_setting
from genera_desktop.store.uow import UnitOfWork

DEFAULT_LOCK_MINUTES = LOCK_MINUTES.default


@reads
def lock_minutes(uow: UnitOfWork) -> int:
    """The idle minutes before the app locks (0: never)."""
    return max(0, get_setting(uow.session, LOCK_MINUTES))


@writes
def set_lock_minutes(uow: UnitOfWork, minutes: int) -> None:
    """The idle minutes before the app locks (0: never). An administrator's choice: it
    protects every family's data on this PC, not one user's comfort."""
    permissions.require_admin(uow.session, uow.username)
    set_setting(uow.session, LOCK_MINUTES, max(0, int(minutes)))
