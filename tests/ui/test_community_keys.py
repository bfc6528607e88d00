"""F1 names the attendance grid's keys (arrows, Space, 1/2/3/0), in both languages: the
grid is filled by keyboard, and a facilitator who has not read the guide asks F1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from genera_desktop import app
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.main_window import MainWindow


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    saved = QLocale()
    yield
    QLocale.setDefault(saved)
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()


def grid_line(window: MainWindow, monkeypatch: pytest.MonkeyPatch, start: str) -> str:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: shown.append(text))
    window.show_shortcuts()
    assert len(shown) == 1
    lines = [line for line in shown[0].splitlines() if line.startswith(start)]
    assert len(lines) == 1, shown[0]
    return lines[0]


@pytest.mark.parametrize(("language", "start", "keys"), [
    ("it", "Griglia delle presenze:",
     ("frecce", "Spazio  presente/assente", "1 presente", "2 assente", "3 giustificato",
      "0 o Canc cancella", "ospiti: il numero e Invio")),
    ("en", "Attendance grid:",
     ("arrows", "Space  present/absent", "1 present", "2 absent", "3 excused",
      "0 or Del clears", "guests: the number and Enter")),
])
def test_f1_names_the_attendance_grids_keys(
        qtbot: QtBot, qapp: QApplication, ctx: AppContext, restore_language: None,
        monkeypatch: pytest.MonkeyPatch, language: str, start: str,
        keys: tuple[str, ...]) -> None:
    app.install_translators(qapp, language)
    window = MainWindow(ctx, lock_ms=0)
    qtbot.addWidget(window)
    line = grid_line(window, monkeypatch, start)
    for key in keys:
        assert key in line, (key, line)
