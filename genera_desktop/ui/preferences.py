"""This PC user's preferences: the ``USER`` settings of domain/settings.py, in QSettings.

The language, the last folder of a file dialog, the window's place: read and written
here only, by their declarations (``user_setting``/``set_user_setting``), never by a key
typed again elsewhere. The store's own settings are in the store (store/settings.py).
"""

from __future__ import annotations

import os
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QLocale, QSettings

from genera_desktop.domain.settings import LANGUAGE, Scope, Setting
from genera_desktop.paths import APP_AUTHOR, APP_NAME

T = TypeVar("T")

# The languages genera speaks; the setting may also say "system".
LANGUAGES = ("it", "en")


def user_settings() -> QSettings:
    """This PC's preferences (language, window size, column widths): the user's
    QSettings, or the ini file named by $GENERA_SETTINGS_FILE (tests, a portable copy)."""
    path = os.environ.get("GENERA_SETTINGS_FILE")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(APP_AUTHOR, APP_NAME)


def _user_scoped(setting: Setting[Any]) -> None:
    if setting.scope is not Scope.USER:
        raise ValueError(f"{setting.name} is kept in the store, not in the user's settings")


def user_setting(setting: Setting[T], settings: QSettings | None = None) -> T:
    """The user's value of ``setting``, of its declared type (else its default)."""
    _user_scoped(setting)
    raw = (settings or user_settings()).value(setting.name)
    if isinstance(raw, QByteArray):
        raw = raw.data()
    return setting.coerce(raw)


def set_user_setting(setting: Setting[T], value: T, settings: QSettings | None = None) -> None:
    """Keep the user's ``value`` of ``setting`` (written to disk at once)."""
    _user_scoped(setting)
    target = settings or user_settings()
    target.setValue(setting.name, QByteArray(value) if isinstance(value, bytes) else value)
    target.sync()


# -- the language ----------------------------------------------------------------------


def language_setting() -> str:
    """The stored choice: "it", "en" or "system" (the default)."""
    return user_setting(LANGUAGE)


def save_language_setting(value: str) -> None:
    """Store the choice (app.apply_language shows it at once)."""
    set_user_setting(LANGUAGE, value if value in LANGUAGE.choices else LANGUAGE.default)


def ui_language() -> str:
    """The language to show: $GENERA_LANG (tests, dist-check), else the setting, else
    the system's: English if the desktop is English, Italian for anything else."""
    return resolve_language(os.environ.get("GENERA_LANG") or language_setting())


def resolve_language(choice: str) -> str:
    """"it" or "en" for a choice that may be "system"."""
    if choice in LANGUAGES:
        return choice
    return "en" if QLocale.system().language() == QLocale.Language.English else "it"
