"""Who this site is: read from the store's settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from genera_desktop.store.local import Setting

IDENTITY_KEYS = ("site_id", "site_name", "role", "point_code", "network_id", "network_name")


@dataclass(frozen=True)
class SiteInfo:
    """This installation's place in the network."""

    site_id: str
    site_name: str | None
    role: str | None  # coordinator, point, laptop; None before setup completes
    point_code: str | None
    network_id: str | None
    network_name: str | None

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def site_info(session: Session) -> SiteInfo:
    """This site's identity, as the settings hold it."""
    values = {k: get_setting(session, k) for k in IDENTITY_KEYS}
    return SiteInfo(**values)
