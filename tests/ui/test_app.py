"""Start-up: the data folder from the command line, the log file, Italian."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from genera_desktop import __main__ as entry
from genera_desktop import app


def test_main_takes_the_data_dir_and_leaves_qt_options_to_qt(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[tuple[Path, list[str]]] = []
    monkeypatch.setattr(app, "run", lambda data_dir, argv: seen.append((data_dir, argv)) or 0)
    assert entry.main(["--data-dir", str(tmp_path / "s"), "-style", "fusion"]) == 0
    assert seen[0][0] == tmp_path / "s" and seen[0][1][1:] == ["-style", "fusion"]
    monkeypatch.setenv("GENERA_DATA_DIR", str(tmp_path / "env"))
    entry.main([])
    assert seen[1][0] == tmp_path / "env"


def test_log_file_in_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app, "qInstallMessageHandler", lambda handler: None)
    root = logging.getLogger()
    before = list(root.handlers), root.level
    try:
        path = app.setup_logging(tmp_path)
        logging.getLogger("genera").info("hello")
    finally:
        for handler in root.handlers[:]:
            if handler not in before[0]:
                handler.close()
                root.removeHandler(handler)
        root.setLevel(before[1])
    assert path == tmp_path / "logs" / "genera.log"
    assert "hello" in path.read_text("utf-8")


def test_application_is_italian_with_the_style_sheet(qapp: QApplication) -> None:
    saved = (QLocale(), qapp.styleSheet(), qapp.palette(), qapp.font(), qapp.style().name())
    try:
        application = app.make_application([])
        assert QLocale().language() == QLocale.Language.Italian
        assert "navigation" in application.styleSheet()
        assert application.applicationName() == "genera"
    finally:  # the other tests run with Qt's defaults
        QLocale.setDefault(saved[0])
        qapp.setStyleSheet(saved[1])
        qapp.setPalette(saved[2])
        qapp.setFont(saved[3])
        qapp.setStyle(saved[4])
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
