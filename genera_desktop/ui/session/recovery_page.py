"""The last page of the setup: the recovery key, shown once, to save as PDF and keep."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from genera_desktop.services.accounts import Recovered
from genera_desktop.services.network import membership as network
from genera_desktop.ui.session.new_key import NewKeyPanel


class RecoveryPage(QWizardPage):
    """The recovery key, shown once, and the promise that it was kept (not asked of a
    demo network, whose data are invented)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Chiave di recupero"))
        self.setSubTitle(
            self.tr(
                "Se tutti gli amministratori dimenticano la password, solo questa chiave "
                "riapre l'archivio. Viene mostrata una sola volta: salvatela e stampatela ora."
            )
        )
        self.key = ""
        self.panel = NewKeyPanel(kept_text=self.tr("Ho conservato la chiave di recupero"))
        self.key_label = self.panel.key_label
        self.save_button = self.panel.save_button
        self.saved_label = self.panel.saved_label
        self.kept = self.panel.kept
        self.kept.toggled.connect(self.completeChanged)
        self.demo_note = QLabel()
        self.demo_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.demo_note)
        self.demo = False

    def show_key(
        self, created: network.Created, network_name: str, site_name: str, demo: bool
    ) -> None:
        self.key = created.recovery_key
        self.panel.show_key(Recovered("", self.key, network_name, site_name))
        self.demo = demo
        if demo:
            self.demo_note.setText(
                self.tr(
                    "È una rete dimostrativa: i dati sono inventati e la chiave serve solo "
                    "per provare."
                )
            )
        self.kept.setVisible(not demo)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.key) and (self.demo or self.kept.isChecked())

    def nextId(self) -> int:  # noqa: N802 - Qt override
        # The last page of every flow. Qt's default is the next page id in number order,
        # which after the key was the invitation page: «Avanti» to «Unisciti a una rete»
        # on the demo path, and nowhere ("already met") on the join path.
        return -1
