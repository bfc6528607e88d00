"""The few questions the household pages ask in a message box, one function each, so
that tests replace them (pytest-qt's advice for dialogs) and every page asks alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


translate = QCoreApplication.translate


def ask_save_changes(parent: QWidget | None) -> str:
    """"Ci sono modifiche non salvate. Salvarle?" Returns SAVE, DISCARD or CANCEL."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("prompts", "Modifiche non salvate"),
                      translate("prompts", "Ci sono modifiche non salvate. Salvarle?"),
                      QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(translate("prompts", "Salva"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("prompts", "Scarta"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("prompts", "Annulla"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return SAVE
    if clicked is discard:
        return DISCARD
    return CANCEL


def confirm(parent: QWidget | None, title: str, text: str, accept: str,
            reject: str | None = None) -> bool:
    """A yes/no question with its own button words; True for ``accept``. The safe
    answer (``reject``, "Annulla" by default) is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(reject or translate("prompts", "Annulla"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget | None, text: str) -> None:
    """Something could not be done: say so plainly."""
    QMessageBox.warning(parent, translate("prompts", "Operazione non riuscita"), text)
