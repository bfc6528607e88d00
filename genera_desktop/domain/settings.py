"""Every setting of genera, declared once and typed (Picard's ``options.py`` is the model).

A setting has a name, a type, a default and a scope:

- ``STORE``: this installation's choice, in the store's ``setting`` table, the same for
  every user of the store (the site's identity, the lock time, the funders' target).
  Read and written with ``store.settings.get_setting``/``set_setting`` in a session.
- ``USER``: this PC user's preference, in their QSettings (or the ini file named by
  ``$GENERA_SETTINGS_FILE``): the language, the last folder of a file dialog, the
  window's geometry. Read and written with ``ui.preferences.user_setting``/
  ``set_user_setting``.

A value read back is made the declared type (a QSettings ini file gives strings back,
an old store may hold a stray value); what cannot be read as that type is the default.
Nothing reads a setting by a name that is not declared here.

Not settings, so not declared: the column widths of each table (``columns/<page>/
<table>``, ui/window_memory.py), state a view keeps of itself, named after its widgets.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Scope(enum.Enum):
    STORE = "store"  # the store's setting table: every user of this installation
    USER = "user"  # this PC user's QSettings


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting."""

    name: str
    type: type
    default: T
    scope: Scope
    choices: tuple[Any, ...] = ()

    def coerce(self, raw: object) -> T:
        """``raw`` as the declared type; the default when absent or unreadable."""
        if raw is None:
            return self.default
        value: Any = raw
        try:
            if self.type is bool:
                if isinstance(raw, str):
                    value = raw.strip().lower() in ("true", "1", "yes")
                else:
                    value = bool(raw)
            elif self.type is int:
                value = int(float(raw)) if isinstance(raw, str) else int(raw)  # type: ignore[call-overload]
            elif self.type is str:
                value = str(raw)
            elif self.type is bytes:
                value = bytes(raw) if not isinstance(raw, str) else raw.encode()  # type: ignore[call-overload]
            elif not isinstance(raw, self.type):
                return self.default
        except (TypeError, ValueError):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        return value


SETTINGS: dict[str, Setting[Any]] = {}


def _declare(name: str, kind: type, default: T, scope: Scope,
             choices: tuple[Any, ...] = ()) -> Setting[T]:
    if name in SETTINGS:
        raise ValueError(f"setting {name} declared twice")
    setting: Setting[T] = Setting(name, kind, default, scope, choices)
    SETTINGS[name] = setting
    return setting


def declared(name: str) -> Setting[Any]:
    """The setting declared as ``name`` (KeyError: there is none)."""
    return SETTINGS[name]


# -- this installation (the store) ----------------------------------------------------

# Who this site is in its network (set at setup or enrolment; services/network/site.py).
SITE_ID: Setting[str | None] = _declare("site_id", str, None, Scope.STORE)
SITE_NAME: Setting[str | None] = _declare("site_name", str, None, Scope.STORE)
ROLE: Setting[str | None] = _declare("role", str, None, Scope.STORE)
POINT_CODE: Setting[str | None] = _declare("point_code", str, None, Scope.STORE)
NETWORK_ID: Setting[str | None] = _declare("network_id", str, None, Scope.STORE)
NETWORK_NAME: Setting[str | None] = _declare("network_name", str, None, Scope.STORE)
IDENTITY = (SITE_ID, SITE_NAME, ROLE, POINT_CODE, NETWORK_ID, NETWORK_NAME)
# The site's private keys, base64 (services/network/membership.py); never leave the store.
SITE_KEYS: Setting[str | None] = _declare("site_keys", str, None, Scope.STORE)
# Sent with every bundle to the coordinator until one comes back from it (sync).
ENROLMENT_TOKEN: Setting[str | None] = _declare("enrolment_token", str, None, Scope.STORE)
# A new one after a restore from this store's own backup (sync/identity.py).
INCARNATION: Setting[str | None] = _declare("incarnation", str, None, Scope.STORE)
# Idle minutes before the app locks, 0 never: an administrator's choice for the PC.
LOCK_MINUTES: Setting[int] = _declare("lock_minutes", int, 10, Scope.STORE)
# A store filled at setup with invented families only: the demo menu is offered there.
DEMO_NETWORK: Setting[bool] = _declare("demo_network", bool, False, Scope.STORE)
# The families the programme aims to reach (the dashboard's and the report's target).
TARGET_HOUSEHOLDS: Setting[int] = _declare("target_households", int, 4500, Scope.STORE)

# -- this PC's user (QSettings) ---------------------------------------------------------

# "it", "en", or "system" (English on an English desktop, Italian otherwise: Italian is
# the source and what the project's staff read).
LANGUAGE: Setting[str] = _declare("language", str, "system", Scope.USER,
                                  ("it", "en", "system"))
# Where the next file dialog opens (ui/file_dialogs.py); "" for the Documents folder.
LAST_FOLDER: Setting[str] = _declare("files/last_folder", str, "", Scope.USER)
# The main window's size and place (QWidget.saveGeometry), b"" before the first close.
WINDOW_GEOMETRY: Setting[bytes] = _declare("window/geometry", bytes, b"", Scope.USER)
