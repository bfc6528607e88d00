"""Settings are declared once, typed, with a scope (domain/settings.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from genera_desktop.domain import settings
from genera_desktop.domain.settings import SETTINGS, Scope

PACKAGE = Path(__file__).resolve().parents[2] / "genera_desktop"


def test_every_declared_default_is_of_its_type_and_choice() -> None:
    for setting in SETTINGS.values():
        assert setting.coerce(setting.default) == setting.default, setting.name
        assert setting.coerce(None) == setting.default, setting.name
        if setting.default is not None:
            assert isinstance(setting.default, setting.type), setting.name
        if setting.choices:
            assert setting.default in setting.choices, setting.name


def test_a_value_read_back_is_made_the_declared_type() -> None:
    # A QSettings ini file gives strings back; an old store may hold a stray value.
    assert settings.LOCK_MINUTES.coerce("15") == 15
    assert settings.LOCK_MINUTES.coerce(7.0) == 7
    assert settings.LOCK_MINUTES.coerce("soon") == 10
    assert settings.DEMO_NETWORK.coerce("true") is True
    assert settings.DEMO_NETWORK.coerce("false") is False
    assert settings.LANGUAGE.coerce("en") == "en"
    assert settings.LANGUAGE.coerce("de") == "system"
    assert settings.WINDOW_GEOMETRY.coerce(bytearray(b"\x01\x02")) == b"\x01\x02"


def test_a_setting_is_declared_once() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        settings._declare("lock_minutes", int, 5, Scope.STORE)
    assert settings.declared("lock_minutes") is settings.LOCK_MINUTES
    with pytest.raises(KeyError):
        settings.declared("no_such_setting")


def functions_named(name: str) -> list[str]:
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name == name:
                found.append(str(path.relative_to(PACKAGE)))
    return found


def test_get_setting_and_set_setting_exist_once() -> None:
    # (with its typing overloads, all in that one module)
    assert set(functions_named("get_setting")) == {"store/settings.py"}
    assert set(functions_named("set_setting")) == {"store/settings.py"}


def test_no_setting_is_read_by_a_name_typed_again() -> None:
    """Outside the declarations, a setting is named by its declaration, never by a
    string: get_setting(session, "lock_minutes") would not even type-check, and this
    catches the QSettings keys of the user's preferences."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).as_posix() == "domain/settings.py":
            continue
        text = path.read_text("utf-8")
        for setting in SETTINGS.values():
            for quoted in (f'"{setting.name}"', f"'{setting.name}'"):
                for call in (f"setting({quoted}", f"value({quoted}", f"setValue({quoted}",
                             f"_setting(session, {quoted}"):
                    if call in text:
                        offenders.append(f"{path.relative_to(PACKAGE)}: {call}")
    assert offenders == []


def test_the_app_module_is_imported_by_no_part_of_the_ui() -> None:
    """The language settings left app.py: the app ↔ main window cycle is gone."""
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module in ("genera_desktop.app",):
                offenders.append(str(path.relative_to(PACKAGE)))
            if (isinstance(node, ast.ImportFrom) and node.module == "genera_desktop"
                    and any(alias.name == "app" for alias in node.names)):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []
