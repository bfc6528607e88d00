"""Importa nuclei da file: households and persons from CSV, XLSX or JSON Lines.

The import runs in the background with progress and "Annulla"; it keeps all rows or
none. When rows are wrong, every problem is listed as "riga N: campo: problema", so the
file can be corrected in one go. As soon as a file is chosen, its headings are shown
with the column each is read as (Italian headings such as «Cognome» included), before
the user confirms.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.services.registry import importer
from genera_desktop.services.registry.importer import (
    BadColumns,
    Heading,
    ImportFailed,
    ImportResult,
    Problem,
)
from genera_desktop.services.registry.tabular import BadFile
from genera_desktop.ui import file_dialogs
from genera_desktop.ui.common import tasks
from genera_desktop.ui.common.listing import make_table
from genera_desktop.ui.common.rows import Column, RowsModel
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.errors import field_message
from genera_desktop.ui.labels import field_label
from genera_desktop.ui.messages import error_text

translate = QCoreApplication.translate


def bad_file_text(err: BadFile) -> str:
    """Why a file cannot be read as a table at all."""
    texts = {
        "unreadable": translate("ImportDialog", "Il file non si può leggere."),
        "not_utf8": translate(
            "ImportDialog",
            "Il file CSV non è in una codifica riconosciuta (UTF-8 o Windows): salvarlo di "
            "nuovo come «CSV UTF-8».",
        ),
        "empty": translate("ImportDialog", "Il file è vuoto."),
        "no_header": translate(
            "ImportDialog", "Manca la riga di intestazione con i nomi delle colonne."
        ),
        "duplicate_column": translate("ImportDialog", "Una colonna compare due volte: {detail}."),
        "bad_json": translate("ImportDialog", "Una riga non è JSON valido."),
        "not_object": translate("ImportDialog", "Ogni riga JSON deve essere un oggetto."),
        "unknown_format": translate(
            "ImportDialog", "Formato non riconosciuto: usare CSV, XLSX o JSONL."
        ),
    }
    text = texts.get(
        err.code, translate("ImportDialog", "Il file non si può leggere come tabella.")
    )
    text = text.format(detail=err.detail)
    return (
        translate("ImportDialog", "Riga {line}: {text}").format(line=err.line, text=text)
        if err.line
        else text
    )


def column_label(column: str) -> str:
    """An import column in the words of the screen: «Cognome», «Telefono della persona»."""
    if column == importer.REF_COLUMN:
        return translate("ImportDialog", "riferimento del nucleo")
    if column.startswith(importer.PERSON_PREFIX):
        field = field_label("person", column.removeprefix(importer.PERSON_PREFIX))
        return translate("ImportDialog", "{field} della persona").format(field=field)
    return field_label("household", column)


def headings_text(headings: list[Heading]) -> str:
    """Which heading of the file is read as which column, which are not known, and which
    required columns are missing."""
    known = [h for h in headings if h.column]
    unknown = [h for h in headings if not h.column]
    parts = []
    if known:
        parts.append(translate("ImportDialog", "Colonne riconosciute: {list}.").format(
            list=", ".join(f"«{h.text}» → {column_label(str(h.column))}" for h in known)))
    if unknown:
        parts.append(translate("ImportDialog", "Non riconosciute: {list}.").format(
            list=", ".join(f"«{h.text}»" for h in unknown)))
    missing = importer.missing_columns(headings)
    if missing:
        parts.append(translate("ImportDialog", "Mancano: {list}.").format(
            list=", ".join(column_label(c) for c in missing)))
    return " ".join(parts)


def problem_text(problem: Problem) -> str:
    """What is wrong, with the value as the file holds it."""
    err = problem.error
    if err.code == "date_format" and err.detail != "no such day":
        text = translate(
            "ImportDialog", "Data non valida: nel file va scritta AAAA-MM-GG, es. 2025-12-31"
        )
    else:
        text = field_message(err)
    if problem.error.value is not None and problem.error.code not in ("required",):
        value = str(problem.error.value)
        text += f" («{value[:40]}»)"
    return text


class ImportDialog(QDialog):
    """Choose a file, import it, read what went wrong."""

    # What the import did. The name hides QDialog.result(), which nothing here reads.
    result: ImportResult | None  # type: ignore[assignment]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: ImportResult | None = None
        self.task: tasks.Task | None = None
        self.setWindowTitle(self.tr("Importa nuclei da file"))
        self.resize(720, 520)
        intro = QLabel(
            self.tr(
                "Un file CSV, XLSX o JSONL con una riga per persona: le righe con lo stesso "
                "<b>household_ref</b> (o «Rif. nucleo») formano un nucleo familiare. Colonne "
                "obbligatorie: {cols}, anche con i nomi italiani («Nucleo», «Punto», «Nome», "
                "«Cognome»). Si importa tutto o niente: se una riga è sbagliata non viene "
                "salvato nulla."
            ).format(cols=", ".join(importer.REQUIRED_COLUMNS))
        )
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Nessun file scelto"))
        self.path.setAccessibleName(self.tr("File da importare"))
        self.path.textChanged.connect(self._update)
        self.path.textChanged.connect(self.show_headings)
        browse = QPushButton(self.tr("Scegli file…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.headings = QLabel()
        self.headings.setWordWrap(True)
        self.headings.setAccessibleName(self.tr("Colonne del file"))
        self.headings.hide()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setObjectName("summary")
        self.problems = RowsModel(
            [
                Column(self.tr("Riga"), lambda p: str(p.line), align_right=True),
                Column(self.tr("Campo"), lambda p: p.error.field),
                Column(self.tr("Problema"), problem_text),
            ],
            self,
        )
        self.problem_view = make_table(self.problems, self)
        self.problem_view.setAccessibleName(self.tr("Righe con problemi"))
        self.problem_view.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Importa"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Chiudi"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.headings)
        layout.addWidget(self.outcome)
        layout.addWidget(self.problem_view, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        busy = self.task is not None and not self.task.done
        self.import_button.setEnabled(bool(self.path.text().strip()) and not busy)

    def show_headings(self) -> None:
        """Say which column each heading of the chosen file is read as, before importing
        (only the first line is read: quick even for a big file)."""
        path = Path(self.path.text().strip())
        text = ""
        if self.path.text().strip() and path.is_file():
            try:
                text = headings_text(importer.read_headings(path))
            except BadFile as err:
                text = bad_file_text(err)
            except OSError:
                text = ""
        self.headings.setText(text)
        self.headings.setVisible(bool(text))

    def choose_file(self) -> str:
        """The file picker (tests replace this)."""
        return file_dialogs.open_file(
            self,
            self.tr("Scegli il file da importare"),
            self.tr("Tabelle (*.csv *.xlsx *.jsonl *.ndjson *.json);;Tutti i file (*)"),
        )

    def browse(self) -> None:
        path = self.choose_file()
        if path:
            self.path.setText(path)

    def start(self) -> None:
        path = Path(self.path.text().strip())
        self.outcome.setText(self.tr("Importazione in corso…"))
        self.problems.set_rows([])
        self.problem_view.hide()
        ctx = self.ctx

        def work(progress: tasks.Progress) -> ImportResult:
            return importer.import_file(ctx.store, path, progress=progress)

        self.task = tasks.run_task(
            self,
            work,
            on_done=self._on_done,
            on_failed=self._on_failed,
            on_cancelled=self._on_cancelled,
            label=self.tr("Importazione di {name}…").format(name=path.name),
        )
        self._update()

    def _on_done(self, result: ImportResult) -> None:
        self.result = result
        self.outcome.setText(
            self.tr(
                "Importati {households} nuclei familiari e {persons} persone da {rows} righe."
            ).format(households=result.households, persons=result.persons, rows=result.rows)
        )
        self.import_button.hide()
        self._update()

    def _on_cancelled(self) -> None:
        self.outcome.setText(self.tr("Importazione annullata: non è stato salvato nulla."))
        self._update()

    def _on_failed(self, err: BaseException) -> None:
        self._update()
        if isinstance(err, ImportFailed):
            self.outcome.setText(
                self.tr(
                    "{n} righe hanno problemi: non è stato importato nulla. Correggere il file e "
                    "riprovare."
                ).format(n=err.bad_rows)
            )
            self.problems.set_rows(err.problems)
            self.problem_view.show()
            for column in (0, 1):
                self.problem_view.resizeColumnToContents(column)
            return
        if isinstance(err, BadColumns):
            parts = []
            if err.missing:
                parts.append(
                    self.tr("mancano le colonne {cols}").format(cols=", ".join(err.missing))
                )
            if err.unknown:
                parts.append(
                    self.tr("colonne sconosciute: {cols}").format(cols=", ".join(err.unknown))
                )
            self.outcome.setText(
                self.tr("Intestazione non valida: {what}.").format(what="; ".join(parts))
            )
            return
        if isinstance(err, BadFile):
            self.outcome.setText(bad_file_text(err))
            return
        self.outcome.setText(error_text(err))

    def reject(self) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()
            return
        super().reject()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> bool:
        """True when something was imported."""
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.result is not None
