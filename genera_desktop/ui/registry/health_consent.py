"""Health data for a household whose intake lacks the consent to process them: asked
before they are saved (GDPR art. 9: health is a special category of data)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class HealthConsentDialog(QMessageBox):
    """"Save anyway" (the consent is signed on paper, or the data are needed now) or
    "Non salvare"; the safe answer is the default."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Warning, self.tr("Consenso ai dati di salute"),
                         self.tr("Nella scheda di accoglienza non è spuntato il consenso al "
                                 "trattamento dei dati di salute e particolari.\n\n"
                                 "Salvare comunque i dati sanitari di questo componente?"),
                         QMessageBox.StandardButton.NoButton, parent)
        self.save_button = self.addButton(self.tr("Salva comunque"),
                                          QMessageBox.ButtonRole.AcceptRole)
        self.back_button = self.addButton(self.tr("Non salvare"),
                                          QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.back_button)
        self.setEscapeButton(self.back_button)

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> bool:
        """True to save the health data all the same (tests replace this)."""
        dialog = cls(parent)
        dialog.exec()
        return dialog.clickedButton() is dialog.save_button
