"""The user's preferences (ui/preferences.py): declared, typed, in QSettings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from genera_desktop.domain import settings
from genera_desktop.ui import preferences


@pytest.fixture
def ini(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QSettings:
    stored = QSettings(str(tmp_path / "genera.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(preferences, "user_settings", lambda: stored)
    return stored


def test_preferences_read_back_typed_after_a_round_trip_through_the_file(
        ini: QSettings, tmp_path: Path) -> None:
    assert preferences.user_setting(settings.WINDOW_GEOMETRY) == b""
    preferences.set_user_setting(settings.WINDOW_GEOMETRY, b"\x00\x01geometry")
    preferences.set_user_setting(settings.LAST_FOLDER, str(tmp_path))
    again = QSettings(str(tmp_path / "genera.ini"), QSettings.Format.IniFormat)
    assert preferences.user_setting(settings.WINDOW_GEOMETRY, again) == b"\x00\x01geometry"
    assert preferences.user_setting(settings.LAST_FOLDER, again) == str(tmp_path)


def test_a_language_not_offered_is_the_default(ini: QSettings) -> None:
    ini.setValue(settings.LANGUAGE.name, "klingon")
    assert preferences.language_setting() == "system"
    preferences.save_language_setting("klingon")
    assert ini.value(settings.LANGUAGE.name) == "system"
    preferences.save_language_setting("en")
    assert preferences.language_setting() == "en"


def test_a_store_setting_is_not_kept_in_the_users_preferences(ini: QSettings) -> None:
    with pytest.raises(ValueError, match="store"):
        preferences.set_user_setting(settings.LOCK_MINUTES, 5)
    with pytest.raises(ValueError, match="store"):
        preferences.user_setting(settings.SITE_ID)
