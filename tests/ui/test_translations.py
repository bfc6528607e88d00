"""Two languages: every string lupdate finds is in the .ts files, English is complete,
and the app shows the language it is started in."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genera_desktop import app
from genera_desktop.paths import resources_dir
from genera_desktop.ui import preferences
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resources_dir() / "translations"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
PLACEHOLDER = re.compile(r"\{\w*\}")

Message = tuple[str, str]  # (context, source)


def messages(ts: Path) -> dict[Message, ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", ["it", "en"])
def test_every_message_is_translated(language: str) -> None:
    found = messages(TRANSLATIONS / f"genera_{language}.ts")
    assert len(found) > 500
    problems = []
    for (context, source), message in found.items():
        translation = message.find("translation")
        assert translation is not None
        text = translation.text or ""
        if not text.strip() or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} has no finished translation")
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
        elif language == "it" and text != source:
            problems.append(f"{context}: {source!r}: the Italian must be the source")
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate not installed")
def test_lupdate_finds_no_string_missing_from_the_ts_files(tmp_path: Path) -> None:
    probe = tmp_path / "probe.ts"
    subprocess.run(
        [str(LUPDATE), "-extensions", "py", "-locations", "none", "-source-language", "it",
         "genera_desktop/ui", "genera_desktop/app.py", "-ts", str(probe)],
        cwd=ROOT, check=True, capture_output=True,
    )
    in_code = set(messages(probe))
    assert len(in_code) > 500
    for language in ("it", "en"):
        missing = in_code - set(messages(TRANSLATIONS / f"genera_{language}.ts"))
        assert not missing, (
            f"not in genera_{language}.ts (run `make translations`, then translate):\n"
            + "\n".join(f"{c}: {s!r}" for c, s in sorted(missing))
        )


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    saved = QLocale()
    yield
    QLocale.setDefault(saved)
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()


def nav_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(n).text() for n in range(window.nav.count())]


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_started_in_english_the_window_is_in_english(
    qtbot: QtBot, qapp: QApplication, ctx: AppContext, restore_language: None
) -> None:
    app.install_translators(qapp, "en")
    window = MainWindow(ctx, lock_ms=0)
    qtbot.addWidget(window)
    titles = nav_titles(window)
    assert "Households" in titles and "People" in titles and "Access log" in titles
    assert "Nuclei familiari" not in titles
    assert menu_titles(window)[0] == "&File" and "&Help" in menu_titles(window)


def test_started_in_italian_the_window_is_in_italian(
    qtbot: QtBot, qapp: QApplication, ctx: AppContext, restore_language: None
) -> None:
    app.install_translators(qapp, "it")
    window = MainWindow(ctx, lock_ms=0)
    qtbot.addWidget(window)
    assert "Nuclei familiari" in nav_titles(window)
    assert "&Aiuto" in menu_titles(window)


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QSettings:
    """A settings file of the test's own, never the user's."""
    stored = QSettings(str(tmp_path / "genera.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(preferences, "user_settings", lambda: stored)
    monkeypatch.delenv("GENERA_LANG", raising=False)
    return stored


def test_language_follows_the_setting_then_the_system(
    settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert preferences.language_setting() == "system"
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: english))
    assert preferences.ui_language() == "en"
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: german))
    assert preferences.ui_language() == "it"  # anything but English: Italian
    preferences.save_language_setting("en")
    assert preferences.ui_language() == "en"
    monkeypatch.setenv("GENERA_LANG", "it")
    assert preferences.ui_language() == "it"


def test_the_help_menu_stores_the_language(
    qtbot: QtBot, ctx: AppContext, settings: QSettings
) -> None:
    window = MainWindow(ctx, lock_ms=0)
    qtbot.addWidget(window)
    actions = {a.data(): a for a in window.language_actions.actions()}
    assert set(actions) == {"it", "en", "system"} and actions["system"].isChecked()
    actions["en"].trigger()
    assert preferences.language_setting() == "en" and actions["en"].isChecked()
    assert "prossimo avvio" in window.statusBar().currentMessage()
