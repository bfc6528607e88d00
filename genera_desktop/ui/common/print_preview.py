"""The print preview every form opens in: the pages, "Stampa" and "Salva PDF".

Where Qt's PDF module is installed (QtPdf ships in PySide6-Addons, not in
PySide6-Essentials) the pages are shown here and printed as 300 dpi images through the
system's print dialog. Without it the dialog still saves the PDF, and "Apri anteprima"
or "Stampa" hand the document to the computer's PDF viewer, which prints it. The file
handed over lives in a private temporary folder (personal data: readable by this user
only) that is emptied when the app quits.
"""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import GeneraError
from genera_desktop.files import write_atomically
from genera_desktop.services.transaction import UnitOfWork
from genera_desktop.ui import file_dialogs
from genera_desktop.ui.common.tasks import Progress, Task, run_task
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text

try:  # PySide6-Addons: absent from a PySide6-Essentials installation
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installation
    HAVE_QTPDF = False

PRINT_DPI = 300
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
_temp_dir: Path | None = None


translate = QCoreApplication.translate


def page_count(pdf: bytes) -> int:
    """Pages of a PDF written by ReportLab (its page objects are not compressed)."""
    return len(_PAGE.findall(pdf))


def temp_copy(pdf: bytes, name: str) -> Path:
    """Write ``pdf`` into the private temporary folder, for the system viewer."""
    global _temp_dir
    if _temp_dir is None or not _temp_dir.is_dir():
        _temp_dir = Path(tempfile.mkdtemp(prefix="genera-stampa-"))  # mode 0700
        atexit.register(shutil.rmtree, _temp_dir, True)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(lambda folder=_temp_dir: shutil.rmtree(folder, True))
    path = _temp_dir / (Path(name).name or "documento.pdf")
    path.write_bytes(pdf)
    return path


class PrintPreviewDialog(QDialog):
    """Shows a PDF's pages and prints or saves it; ``saved(path)`` once it is saved."""

    saved = Signal(str)

    def __init__(self, pdf: bytes, suggested_name: str, parent: QWidget | None = None,
                 title: str | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.pages = page_count(pdf)
        self.setWindowTitle(title or self.tr("Anteprima di stampa"))
        self.setMinimumSize(560, 300)
        layout = QVBoxLayout(self)
        self.heading = QLabel(title or suggested_name)
        self.heading.setObjectName("dialogTitle")
        layout.addWidget(self.heading)
        self.info = QLabel(self.tr("{n} pagine, formato A4").format(n=self.pages)
                           if self.pages != 1 else self.tr("1 pagina, formato A4"))
        self.info.setObjectName("hint")
        layout.addWidget(self.info)
        self.view: QWidget | None = None
        self.document: QPdfDocument | None = None
        if HAVE_QTPDF:
            self._build_view(layout)
        else:
            self.fallback = QLabel(self.tr(
                "L'anteprima delle pagine non è disponibile in questa installazione. "
                "«Apri anteprima» apre il documento nel visualizzatore PDF del computer; "
                "«Stampa» lo apre pronto da stampare (Ctrl+P nel visualizzatore)."))
            self.fallback.setWordWrap(True)
            self.fallback.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            layout.addWidget(self.fallback, 1)
        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Apri anteprima"))
        self.open_button.clicked.connect(self.open_in_viewer)
        self.open_button.setVisible(not HAVE_QTPDF)
        self.print_button = QPushButton(self.tr("Stampa… (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button = QPushButton(self.tr("Salva PDF… (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button = QPushButton(self.tr("Chiudi"))
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.print_button.setDefault(True)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_pdf)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_pdf)
        if HAVE_QTPDF:
            self.resize(900, 760)
        else:
            self.resize(620, 320)
        self.print_button.setFocus()

    # -- the pages ---------------------------------------------------------------------

    def _build_view(self, layout: QVBoxLayout) -> None:
        self._bytes = QByteArray(self.pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.load(self._buffer)
        view = QPdfView(self)
        view.setDocument(document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(view, 1)
        self.document, self.view = document, view

    # -- acting ------------------------------------------------------------------------

    def print_pdf(self) -> None:
        """Print through the system's print dialog (or, without QtPdf, the PDF viewer)."""
        if not HAVE_QTPDF or self.document is None:
            self.open_in_viewer()
            self._say(self.tr("Il documento è aperto nel visualizzatore PDF: stampare da lì "
                              "(Ctrl+P)."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(self.pages, 1))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.render_to(printer)
        self._say(self.tr("Inviato alla stampante."))

    def render_to(self, printer: QPrinter) -> None:
        """Draw the chosen pages on ``printer``, each as a 300 dpi image fitted to the page."""
        document = self.document
        assert document is not None
        first, last = printer.fromPage(), printer.toPage()
        pages = range(first - 1, last) if first > 0 else range(document.pageCount())
        painter = QPainter(printer)
        try:
            for n, page in enumerate(pages):
                if n:
                    printer.newPage()
                points = document.pagePointSize(page)
                size = QSize(round(points.width() * PRINT_DPI / 72),
                             round(points.height() * PRINT_DPI / 72))
                image = document.render(page, size)
                area = painter.viewport()
                scale = min(area.width() / size.width(), area.height() / size.height())
                target = QRectF(0, 0, size.width() * scale, size.height() * scale)
                target.moveCenter(QRectF(area).center())
                painter.drawImage(target, image)
        finally:
            painter.end()

    def save_pdf(self) -> None:
        """Ask where, then write the PDF there whole (never a half file)."""
        path = self.ask_save_path()
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_atomically(target, self.pdf)
        except OSError as err:
            self._say(self.tr("Impossibile salvare il file: {reason}").format(
                reason=err.strerror or type(err).__name__), error=True)
            return
        self._say(self.tr("Salvato in {path}").format(path=str(target)))
        self.saved.emit(str(target))

    def ask_save_path(self) -> str:
        """The file chosen in the save dialog ('' if cancelled); tests replace this."""
        return file_dialogs.save_file(self, self.tr("Salva PDF"), self.suggested_name,
                                      self.tr("Documenti PDF (*.pdf)"))

    def open_in_viewer(self) -> None:
        """Hand a copy to the computer's PDF viewer."""
        try:
            path = temp_copy(self.pdf, self.suggested_name)
        except OSError as err:
            self._say(self.tr("Impossibile preparare il documento: {reason}").format(
                reason=err.strerror or type(err).__name__), error=True)
            return
        if not self.open_external(path):
            self._say(self.tr("Nessun visualizzatore PDF trovato: usare «Salva PDF» e "
                              "aprire il file."), error=True)

    def open_external(self, path: Path) -> bool:
        """Open ``path`` with the system's application for PDFs; tests replace this."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setObjectName("fieldError" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()

    @classmethod
    def show_pdf(cls, parent: QWidget | None, pdf_bytes: bytes, suggested_name: str,
                 title: str | None = None) -> None:
        """Open the preview of ``pdf_bytes`` and wait until it is closed."""
        dialog = cls(pdf_bytes, suggested_name, parent, title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()


def print_and_preview(ctx: AppContext, parent: QWidget | None,
                      make: Callable[[UnitOfWork], bytes], suggested_name: str,
                      title: str | None = None) -> bool:
    """Make a form with ``make(uow)`` (a services.printing function), note the print in
    the audit trail, and open the preview; a refusal is said in a message box.

    For one form (a few hundred milliseconds); many forms go through
    :func:`print_intakes_in_background`.
    """
    try:
        from genera_desktop.services import printing

        pdf = printing.printed(ctx.store, make)
    except GeneraError as err:
        QMessageBox.warning(parent, title or translate("PrintPreviewDialog", "Stampa"), error_text(err))
        return False
    PrintPreviewDialog.show_pdf(parent, pdf, suggested_name, title)
    return True


def print_intakes_in_background(ctx: AppContext, parent: QWidget | None,
                                household_ids: Sequence[str], suggested_name: str,
                                include_health: bool = False) -> Task:
    """Print many intake forms into one PDF off the GUI thread, with a progress dialog
    that can cancel; the preview opens when done."""
    from genera_desktop.services import printing

    ids = list(household_ids)

    def work(progress: Progress) -> bytes:
        return printing.print_intakes(
            ctx.store, ids, lambda done, total: progress(done, total, translate(
                "PrintPreviewDialog", "Scheda {n} di {total}").format(n=done, total=total)),
            include_health=include_health)

    def failed(err: BaseException) -> None:
        QMessageBox.warning(parent, translate("PrintPreviewDialog", "Stampa"), error_text(err))

    return run_task(parent, work, label=translate("PrintPreviewDialog", "Preparazione delle schede di accoglienza…"),
                    on_done=lambda pdf: PrintPreviewDialog.show_pdf(
                        parent, pdf, suggested_name, translate("PrintPreviewDialog", "Schede di accoglienza")),
                    on_failed=failed)
