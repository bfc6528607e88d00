"""Finding a person as at the front desk, to enrol them in a workshop (or to name who
proposed an initiative); and registering a newcomer with the minimum.

Keyboard: type the name (or codice fiscale, phone), Down into the list, Enter chooses;
Enter in the search chooses the only match, or the first. «Nuova persona…» (Alt+N)
registers someone not found: name, phone and the consent to processing, nothing more
(services/community/newcomers.py). A refusal (already enrolled, another point) is said
in the dialog, which stays open for another choice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import FieldError, GeneraError, ValidationFailed
from genera_desktop.services.community.ui_queries import find_persons
from genera_desktop.services.registry.persons import PersonRow
from genera_desktop.ui.common.columns import fit_columns
from genera_desktop.ui.common.fields import TextEdit
from genera_desktop.ui.common.form import FieldForm
from genera_desktop.ui.common.listing import make_table
from genera_desktop.ui.common.rows import RowsModel
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text
from genera_desktop.ui.registry.persons import person_columns

SEARCH_PAUSE_MS = 200
SHOWN = 50


class PersonSearchDialog(QDialog):
    """Search persons; ``pick(row)`` is called on the chosen one (a service call: a
    GeneraError it raises is shown and the dialog stays open); ``newcomer()``, when
    given, is what «Nuova persona…» does (a dialog: a true result closes this one)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, *, title: str,
                 pick: Callable[[PersonRow], Any],
                 newcomer: Callable[[str], Any] | None = None,
                 hint: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pick = pick
        self.newcomer = newcomer
        self.result_value: Any = None
        self.setWindowTitle(title)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Cognome e nome, codice fiscale o telefono"))
        self.search.setAccessibleName(self.search.placeholderText())
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_PAUSE_MS)
        self.timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _: self.timer.start())
        self.search.returnPressed.connect(self._choose_from_search)
        self.model = RowsModel(person_columns(), self)
        self.view = make_table(self.model, self)
        self.view.setAccessibleName(self.tr("Persone trovate"))
        self.view.activated.connect(lambda index: self.choose(self.model.row_at(index)))
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox()
        self.choose_button = buttons.addButton(self.tr("Scegli"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose_button.clicked.connect(
            lambda: self.choose(self.model.row_at(self.view.currentIndex())))
        buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        self.new_button: QPushButton | None = None
        if newcomer is not None:
            self.new_button = QPushButton(self.tr("&Nuova persona…"))
            self.new_button.setToolTip(self.tr(
                "Registra chi non è ancora registrato: nome, telefono e consenso (Alt+N)"))
            self.new_button.setAutoDefault(False)
            self.new_button.clicked.connect(self.register_newcomer)
        bottom = QHBoxLayout()
        if self.new_button is not None:
            bottom.addWidget(self.new_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        if hint:
            note = QLabel(hint)
            note.setObjectName("hint")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.resize(720, 480)
        self.refresh()
        self.search.setFocus()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None, **options: Any) -> Any:
        """What ``pick`` (or the newcomer's registration) returned; None if cancelled."""
        dialog = cls(ctx, parent, **options)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value

    def refresh(self) -> None:
        self.timer.stop()
        text = self.search.text().strip()
        if not text:
            self.model.set_rows([])
            self.count.setText(self.tr("Scrivere il nome della persona."))
            return
        found = find_persons(self.ctx.store, text, limit=SHOWN)
        self.model.set_rows(found.rows)
        if found.rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
        fit_columns(self.view, maximum=320)
        if not found.total:
            self.count.setText(self.tr("Nessuna persona trovata: «Nuova persona…» per "
                                       "registrarla.") if self.newcomer
                               else self.tr("Nessuna persona trovata."))
        elif found.total > len(found.rows):
            self.count.setText(self.tr("{total} trovate, mostrate le prime {shown}: scrivere "
                                       "di più.").format(total=found.total,
                                                          shown=len(found.rows)))
        else:
            self.count.setText(self.tr("{n} trovate").format(n=found.total)
                               if found.total != 1 else self.tr("1 trovata"))

    def choose(self, row: PersonRow | None) -> None:
        """Hand the person to ``pick``; close if it took them, else say why not."""
        if row is None:
            return
        try:
            self.result_value = self.pick(row)
        except GeneraError as err:
            self.message.setText(error_text(err))
            self.message.show()
            return
        if self.result_value is None:
            self.result_value = True
        self.accept()

    def register_newcomer(self) -> None:
        if self.newcomer is None:
            return
        made = self.newcomer(self.search.text().strip())
        if made:
            self.result_value = made
            self.accept()

    def _choose_from_search(self) -> None:
        self.refresh()
        if self.model.rowCount():
            self.choose(self.model.row_at(self.view.currentIndex()) or self.model.rows[0])

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (obj is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down):
            self.refresh()
            if self.model.rowCount():
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False


class NewcomerDialog(QDialog):
    """Name, phone and consent of a person registered where they turn up; ``save(
    first_name, last_name, phone, consents)`` registers them (a service call)."""

    def __init__(self, parent: QWidget | None, save: Callable[..., Any], *,
                 typed: str = "") -> None:
        super().__init__(parent)
        self.save_with = save
        self.result_value: Any = None
        self.setWindowTitle(self.tr("Nuova persona"))
        intro = QLabel(self.tr(
            "Registrata come contatto, in un nucleo a sé: l'accoglienza completa si fa "
            "quando passa dallo sportello. Senza consenso resta un ospite senza nome."))
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.layout_form = FieldForm()
        self.layout_form.setVerticalSpacing(8)
        self.last_name = TextEdit(max_length=80)
        self.first_name = TextEdit(max_length=80)
        self.phone = TextEdit(max_length=40)
        self.consent = QCheckBox(self.tr("Ha dato il consenso al trattamento dei dati"))
        # What was typed in the search is usually the surname, then the name.
        words = typed.split()
        if words:
            self.last_name.setText(words[0].capitalize())
            self.first_name.setText(" ".join(w.capitalize() for w in words[1:]))
        self.layout_form.add_field("last_name", self.tr("Cognome"), self.last_name)
        self.layout_form.add_field("first_name", self.tr("Nome"), self.first_name)
        self.layout_form.add_field("phone", self.tr("Telefono"), self.phone)
        self.layout_form.add_field("consents", "", self.consent)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox()
        save_button = buttons.addButton(self.tr("Registra e iscrivi"),
                                        QDialogButtonBox.ButtonRole.AcceptRole)
        save_button.setDefault(True)
        buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(self.layout_form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(500)
        (self.first_name if words else self.last_name).setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, save: Callable[..., Any], *,
            typed: str = "") -> Any:
        dialog = cls(parent, save, typed=typed)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value

    def save(self) -> None:
        self.layout_form.clear_errors()
        self.message.hide()
        missing = [(name, editor) for name, editor in (("last_name", self.last_name),
                                                      ("first_name", self.first_name))
                   if not editor.value()]
        if missing:
            self.layout_form.show_field_errors([FieldError(name, "required")
                                                for name, _ in missing])
            return
        consents = ["processing"] if self.consent.isChecked() else []
        try:
            self.result_value = self.save_with(self.first_name.value(), self.last_name.value(),
                                               self.phone.value(), consents)
        except ValidationFailed as failed:
            unplaced = self.layout_form.show_field_errors(failed.errors)
            if unplaced:
                self.message.setText(error_text(ValidationFailed(unplaced)))
                self.message.show()
            return
        except GeneraError as err:
            self.message.setText(error_text(err))
            self.message.show()
            return
        self.accept()
