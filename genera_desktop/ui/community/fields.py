"""The editors the community forms add to the declared ones (ui/common/record_form.py):
a choice among records (a place, an organisation), a time, a partita IVA judged as soon
as its eleven digits are in, an ATECO code found by typing its number or words, and a
person chosen by searching.

``add_field`` picks the editor for a field of a kind: the form's own ``declared`` one
unless the field refers to records (``refs``: id to name), takes suggestions, or is
one of the types above. Each editor has the interface of ui/common/fields.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain import catalogs
from genera_desktop.domain.text import digits, fold
from genera_desktop.ui.common.fields import EnumCombo, SuggestCombo, TextEdit
from genera_desktop.ui.common.form import FieldForm
from genera_desktop.ui.common.record_form import RecordForm

ATECO_SHOWN = 30
CODE_ROLE = int(Qt.ItemDataRole.UserRole.value)


class TimeEdit(TextEdit):
    """A time of day, 9:30 or 09:30; judged once five characters are in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_length=5, placeholder=self.tr("hh:mm"))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:000") + 28)
        self.textEdited.connect(self._maybe_committed)

    def _maybe_committed(self, text: str) -> None:
        if len(text) == 5:  # hh:mm typed whole
            self.committed.emit()


class VatEdit(TextEdit):
    """A partita IVA: judged as soon as eleven digits are typed, so a wrong check
    digit is said at once, under the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_length=20, placeholder=self.tr("11 cifre"))
        self.textEdited.connect(self._maybe_complete)

    def _maybe_complete(self, text: str) -> None:
        if len(digits(text)) >= 11:
            self.committed.emit()


class AtecoEdit(QWidget):
    """An ATECO 2025 code: typed as a number ("88.9") or as words ("assist soc"), chosen
    from the catalogue's matches in a list under the field; the chosen code's title is
    written under it. A code typed whole is taken as it is (the form judges it)."""

    edited = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = TextEdit(max_length=12, placeholder=self.tr(
            "Codice o parole dell'attività, es. 88.10 o assistenza sociale"))
        self.setFocusProxy(self.line)
        self.matches = QStandardItemModel(self)
        self.completer = QCompleter(self.matches, self)
        # The catalogue chooses the matches (words anywhere in the title): shown as given.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(CODE_ROLE)
        self.completer.setMaxVisibleItems(10)
        self.line.setCompleter(self.completer)
        self.line.setMaxLength(200)  # words are typed here too; the code is what stays
        self.title = QLabel()
        self.title.setObjectName("hint")
        self.title.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.line)
        column.addWidget(self.title)
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self.committed.emit)
        self.completer.activated[str].connect(self._chosen)  # type: ignore[index]
        self._show_title()

    def _typed(self, text: str) -> None:
        self.matches.clear()
        for entry in catalogs.search_ateco(text, ATECO_SHOWN):
            item = QStandardItem(f"{entry.code}  {entry.label}")
            item.setData(entry.code, CODE_ROLE)
            item.setToolTip(entry.label)
            self.matches.appendRow(item)
        if self.matches.rowCount():
            self.completer.complete()
        self._show_title()
        self.edited.emit()

    def _chosen(self, code: str) -> None:
        self.line.setText(code)
        self._show_title()
        self.edited.emit()
        self.committed.emit()

    def _show_title(self) -> None:
        label = catalogs.ateco_label(self.value()) if self.value() else None
        self.title.setText(label or "")
        self.title.setVisible(bool(label))

    def value(self) -> str | None:
        return self.line.value()

    def set_value(self, value: Any) -> None:
        self.line.set_value(value)
        self._show_title()


class PersonPicker(QWidget):
    """A person chosen by searching (``choose``: a dialog that returns (id, name) or
    None); the name shown, "Togli" to leave it empty. ``name_of`` names a stored id."""

    edited = Signal()
    committed = Signal()

    def __init__(self, choose: Callable[[], tuple[str, str] | None],
                 name_of: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choose = choose
        self.name_of = name_of
        self.person_id: str | None = None
        self.name = QLabel()
        self.pick = QPushButton(self.tr("Scegli…"))
        self.pick.setToolTip(self.tr("Cerca la persona tra quelle registrate"))
        self.clear = QPushButton(self.tr("Togli"))
        self.pick.clicked.connect(self._choose)
        self.clear.clicked.connect(lambda: self._set(None, ""))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 1)
        row.addWidget(self.pick)
        row.addWidget(self.clear)
        self.setFocusProxy(self.pick)
        self._set(None, "", emit=False)

    def _choose(self) -> None:
        chosen = self.choose()
        if chosen is not None:
            self._set(*chosen)

    def _set(self, person_id: str | None, name: str, *, emit: bool = True) -> None:
        self.person_id = person_id
        self.name.setText(name or self.tr("nessuna"))
        self.clear.setEnabled(person_id is not None)
        if emit:
            self.edited.emit()
            self.committed.emit()

    def value(self) -> str | None:
        return self.person_id

    def set_value(self, value: Any) -> None:
        pid = str(value) if value else None
        self._set(pid, self.name_of(pid) if pid else "", emit=False)


class OrganisationEdit(SuggestCombo):
    """An organisation's name: free text, or one of the directory's, completed as typed
    (any word of the name). ``organisation_id()`` is the directory's id when the text is
    exactly one of its names (case and accents aside), else None."""

    def __init__(self, names: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__([], parent)
        self.set_names(names)
        completer = QCompleter(QStringListModel(list(self.names.values()), self), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def set_names(self, names: Mapping[str, str]) -> None:
        """The directory's organisations (id to name)."""
        self.names = dict(names)
        text = self.currentText()
        self.clear()
        self.addItems(list(self.names.values()))
        self.setCurrentIndex(-1)
        self.setEditText(text)
        completer = self.completer()
        if completer is not None:
            model = completer.model()
            if isinstance(model, QStringListModel):
                model.setStringList(list(self.names.values()))

    def organisation_id(self) -> str | None:
        key = fold(self.currentText().strip())
        if not key:
            return None
        found = [oid for oid, name in self.names.items() if fold(name) == key]
        return found[0] if len(found) == 1 else None


class OrganisationChooser(QWidget):
    """A referral's organisation: the directory's names completed as typed, free text
    still allowed, and «Nuovo ente…» beside it (``new_organisation(typed)``: a dialog
    returning the new one's (id, name), or None)."""

    edited = Signal()
    committed = Signal()

    def __init__(self, names: Mapping[str, str],
                 new_organisation: Callable[[str], tuple[str, str] | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = OrganisationEdit(names)
        # As wide as the form's column, however long the directory's names.
        self.edit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.edit.setMinimumContentsLength(16)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.new_organisation = new_organisation
        self.new_button = QPushButton(self.tr("Nuovo ente…"))
        self.new_button.setToolTip(self.tr("Aggiungi l'ente alla rete e sceglilo"))
        self.new_button.setAutoDefault(False)
        self.new_button.setVisible(new_organisation is not None)
        self.new_button.clicked.connect(self.add_new)
        self.edit.edited.connect(self.edited.emit)
        self.edit.committed.connect(self.committed.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.new_button)
        self.setFocusProxy(self.edit)

    def add_new(self) -> None:
        if self.new_organisation is None:
            return
        made = self.new_organisation(self.edit.currentText().strip())
        if made is None:
            return
        oid, name = made
        self.edit.set_names({**self.edit.names, oid: name})
        self.edit.setEditText(name)
        self.edited.emit()
        self.committed.emit()

    def organisation_id(self) -> str | None:
        """The directory's organisation the text names, or None (free text)."""
        return self.edit.organisation_id()

    def value(self) -> str | None:
        return self.edit.value()

    def set_value(self, value: Any) -> None:
        self.edit.set_value(value)


def add_field(form: RecordForm, layout: FieldForm, name: str, *,
              refs: Mapping[str, Mapping[str, str]] | None = None,
              suggestions: Mapping[str, Sequence[str]] | None = None,
              editors: Mapping[str, QWidget] | None = None) -> Any:
    """Add field ``name`` of ``form``'s kind to ``layout`` with its declared label and
    help: ``editors`` given by the caller first, then a choice among ``refs[name]`` (id
    to name), free text with ``suggestions[name]``, a time, a partita IVA, an ATECO
    code, else the editor its type declares."""
    if editors and name in editors:
        return form.field(layout, name, None, editors[name])
    if refs and name in refs:
        return form.field(layout, name, None, EnumCombo(refs[name]))
    if suggestions and name in suggestions:
        return form.field(layout, name, None, SuggestCombo(suggestions[name]))
    ftype = form.model.__table__.columns[name].info["type"]
    if ftype == "time":
        return form.field(layout, name, None, TimeEdit())
    if ftype == "vat_number":
        return form.field(layout, name, None, VatEdit())
    if ftype == "ateco":
        return form.field(layout, name, None, AtecoEdit())
    return form.declared(layout, name)
