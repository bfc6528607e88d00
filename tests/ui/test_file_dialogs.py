"""File dialogs (issue 15): in Italian, opening where the person last saved or opened,
else in Documents, never in the program's folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from genera_desktop import app
from genera_desktop.ui import file_dialogs


class Dialogs:
    """Stand-ins for Qt's file dialogs: each call is kept as (kind, the folder or file
    it opens on), and answered from ``answers``."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.answers: dict[str, Any] = {}

    def __getitem__(self, index: int) -> tuple[str, str]:
        return self.calls[index]

    def fake(self, kind: str) -> Any:
        def dialog(parent: Any, title: str, start: str, *rest: Any) -> Any:
            self.calls.append((kind, start))
            return self.answers[kind]
        return staticmethod(dialog)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    dialogs = Dialogs()
    for kind in ("getSaveFileName", "getOpenFileName", "getOpenFileNames",
                 "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, kind, dialogs.fake(kind))
    return dialogs


def test_dialogs_start_in_documents_then_where_the_person_last_was(
        asked: Dialogs, tmp_path: Path) -> None:
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    answers = asked.answers
    answers["getSaveFileName"] = (str(tmp_path / "pacchi" / "settimana.genera"), "")
    (tmp_path / "pacchi").mkdir()
    assert file_dialogs.save_file(None, "Salva", "settimana.genera", "*.genera") == \
        str(tmp_path / "pacchi" / "settimana.genera")
    assert asked[-1] == ("getSaveFileName", str(Path(documents) / "settimana.genera"))
    assert Path(asked[-1][1]).parent != Path.cwd()  # not the program's folder
    answers["getOpenFileNames"] = ([], "")  # cancelled: remembers nothing
    assert file_dialogs.open_files(None, "Apri", "*.genera") == []
    assert asked[-1] == ("getOpenFileNames", str(tmp_path / "pacchi"))
    (tmp_path / "altrove").mkdir()
    answers["getOpenFileName"] = (str(tmp_path / "altrove" / "elenco.csv"), "")
    file_dialogs.open_file(None, "Apri", "*.csv")
    answers["getExistingDirectory"] = str(tmp_path / "pacchi")
    file_dialogs.choose_folder(None, "Cartella")
    assert asked[-1] == ("getExistingDirectory", str(tmp_path / "altrove"))
    answers["getSaveFileName"] = ("", "")
    file_dialogs.save_file(None, "Salva", "scheda.pdf", "*.pdf")
    assert asked[-1] == ("getSaveFileName", str(tmp_path / "pacchi" / "scheda.pdf"))


def test_the_pages_use_them(asked: Dialogs, qtbot: QtBot, tmp_path: Path, ctx: Any) -> None:
    from genera_desktop.ui.coordination.audit import AuditPage
    from genera_desktop.ui.registry.import_dialog import ImportDialog

    (tmp_path / "uscite").mkdir()
    asked.answers["getSaveFileName"] = (str(tmp_path / "uscite" / "dati.pdf"), "")
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.ask_save_path("dati-persona.pdf")  # it opened in the program's folder
    assert Path(asked[-1][1]).parent != Path.cwd()
    asked.answers["getOpenFileName"] = ("", "")
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.choose_file()
    assert asked[-1] == ("getOpenFileName", str(tmp_path / "uscite"))


def test_qt_s_own_dialogs_speak_italian(qtbot: QtBot, qapp: QApplication) -> None:
    try:
        app.install_translators(qapp, "it")
        assert QCoreApplication.translate("QFileDialog", "Open") == "Apri"  # qtbase_it.qm
        for accept in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
            dialog = QFileDialog()
            qtbot.addWidget(dialog)
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
            dialog.setAcceptMode(accept)
            texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
            assert "&Cerca in:" in texts and "File di &tipo:" in texts, texts
            assert not [t for t in texts if "Look in" in t or "Files of" in t or
                        "File name" in t]
    finally:  # the other tests run with Qt's defaults
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
