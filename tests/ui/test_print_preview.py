"""The print preview: pages, "Salva PDF", and "Stampa" with or without QtPdf."""

from __future__ import annotations

import io
import stat
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genera_desktop.printing.custode import blank_visit_report
from genera_desktop.printing.intake import blank_intake_form
from genera_desktop.printing.layout import PrintContext
from genera_desktop.services import printing
from genera_desktop.services.coordination import audit
from genera_desktop.ui.common import print_preview
from genera_desktop.ui.common.print_preview import PrintPreviewDialog, page_count
from genera_desktop.ui.context import AppContext
from tests.ui.custode_world import make_world

CTX = PrintContext(site_name="Custode sociale Montichiari", printed_on=date(2026, 3, 11))
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return blank_visit_report(CTX)


def open_preview(qtbot: QtBot, pdf: bytes) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(pdf, "scheda-visita.pdf", None, "Scheda visita")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=20_000)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=20_000)
    return dialog


def test_pages_are_counted(pdf: bytes) -> None:
    assert page_count(pdf) == 1
    assert page_count(blank_intake_form(CTX)) >= 3


def test_the_preview_opens_on_a_pdf(qtbot: QtBot, pdf: bytes) -> None:
    dialog = open_preview(qtbot, pdf)
    assert dialog.heading.text() == "Scheda visita"
    assert dialog.info.text() == "1 pagina, formato A4"
    assert dialog.print_button.text().startswith("Stampa")
    assert dialog.save_button.text().startswith("Salva PDF")
    if print_preview.HAVE_QTPDF:
        assert dialog.document is not None and dialog.document.pageCount() == 1
    else:
        assert dialog.view is None and dialog.open_button.isVisible()


def test_save_pdf_writes_the_file_whole(qtbot: QtBot, pdf: bytes, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "scheda"  # the extension is added
    monkeypatch.setattr(PrintPreviewDialog, "ask_save_path", lambda self: str(target))
    dialog = open_preview(qtbot, pdf)
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)
    assert saved.args == [str(tmp_path / "scheda.pdf")]
    assert (tmp_path / "scheda.pdf").read_bytes() == pdf
    assert [p.name for p in tmp_path.iterdir()] == ["scheda.pdf"]  # no temporary left
    assert "Salvato in" in dialog.message.text()


def test_save_cancelled_writes_nothing(qtbot: QtBot, pdf: bytes, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PrintPreviewDialog, "ask_save_path", lambda self: "")
    dialog = open_preview(qtbot, pdf)
    dialog.save_pdf()
    assert not dialog.message.isVisible()


def test_an_unwritable_folder_is_said(qtbot: QtBot, pdf: bytes, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PrintPreviewDialog, "ask_save_path",
                        lambda self: str(tmp_path / "missing" / "x.pdf"))
    dialog = open_preview(qtbot, pdf)
    dialog.save_pdf()
    assert dialog.message.text().startswith("Impossibile salvare il file")


def test_without_qtpdf_print_hands_a_private_copy_to_the_viewer(
        qtbot: QtBot, pdf: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(print_preview, "HAVE_QTPDF", False)
    opened: list[Path] = []
    monkeypatch.setattr(PrintPreviewDialog, "open_external",
                        lambda self, path: opened.append(path) or True)
    dialog = open_preview(qtbot, pdf)
    qtbot.keyClick(dialog, Qt.Key.Key_P, CTRL)
    (path,) = opened
    assert path.read_bytes() == pdf and path.name == "scheda-visita.pdf"
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700  # personal data: mine only
    assert "visualizzatore PDF" in dialog.message.text()


def test_with_qtpdf_pages_print_as_images(qtbot: QtBot, pdf: bytes, tmp_path: Path) -> None:
    pytest.importorskip("PySide6.QtPdf")
    from PySide6.QtPrintSupport import QPrinter

    dialog = open_preview(qtbot, pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.render_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000


def test_many_intake_forms_print_in_the_background(
        qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, sync_tasks: None) -> None:
    world = make_world(ctx.store, laptop=False)
    shown: list[tuple[bytes, str]] = []
    monkeypatch.setattr(PrintPreviewDialog, "show_pdf", classmethod(
        lambda cls, parent, pdf, name, title=None: shown.append((pdf, name))))
    print_preview.print_intakes_in_background(ctx, None, [world["rossi"], world["popa"]],
                                              "accoglienze.pdf")
    ((pdf, name),) = shown
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert name == "accoglienze.pdf" and "Rossi Maria" in text and "Popa Ion" in text
    with ctx.store.unit_of_work() as uow:
        assert {e["record_id"] for e in audit.entries(uow, action="print")} == {
            world["rossi"], world["popa"]}


def test_a_refused_print_is_said_not_previewed(
        qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(print_preview.QMessageBox, "warning",
                        lambda parent, title, text: said.append(text))
    monkeypatch.setattr(PrintPreviewDialog, "show_pdf", classmethod(
        lambda cls, *args: pytest.fail("no preview of a refused print")))
    assert not print_preview.print_and_preview(
        ctx, None, lambda uow: printing.print_visit(uow, "0190aaaa-0000-7000-8000-00000000dead"),
        "x.pdf")
    assert said == ["Il dato cercato non esiste più (forse è stato eliminato)."]
