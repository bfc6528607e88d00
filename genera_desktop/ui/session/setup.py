"""First run: the guided setup that makes this PC's store.

Choices live in one list (``SetupWizard.flows``): each names the first page of its own
flow. "Unisciti a una rete" reads an invitation file, shows what it says and the
coordinator's key fingerprint (to compare by phone), then makes the member store.
Creating the store (Argon2 and migrations, about half a second) and filling demo data
run in the background; the recovery key is shown once, at the end.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from genera_desktop.domain.errors import FieldError, SyncFileError, ValidationFailed
from genera_desktop.services import demo
from genera_desktop.services.accounts import MIN_PASSWORD, USERNAME_RE
from genera_desktop.services.network import membership as network
from genera_desktop.services.network import sync
from genera_desktop.services.session import Store
from genera_desktop.ui import file_dialogs
from genera_desktop.ui.common import tasks
from genera_desktop.ui.common.form import FieldForm
from genera_desktop.ui.messages import error_text, field_message
from genera_desktop.ui.session.recovery_page import RecoveryPage

log = logging.getLogger(__name__)

PAGE_CHOICE, PAGE_NETWORK, PAGE_DEMO, PAGE_RECOVERY, PAGE_INVITATION, PAGE_JOIN = range(6)
DEMO_NETWORK_NAME = "Rete dimostrativa"
DEMO_SETTING = demo.DEMO_SETTING
# One seed: a demo store holds one set of invented families (demo.fill refuses a seed
# twice rather than duplicating the catalog).
DEMO_SEED = 1


@dataclass(frozen=True)
class Flow:
    """One answer to "what do you want to do?" and the page it leads to."""

    key: str
    title: str
    description: str
    first_page: int


class ChoicePage(QWizardPage):
    """The first question: which kind of store to make."""

    def __init__(self, flows: list[Flow]) -> None:
        super().__init__()
        self.setTitle(self.tr("Benvenuti in genera"))
        self.setSubTitle(
            self.tr("Questa postazione non ha ancora un archivio. Che cosa volete fare?")
        )
        self.flows = flows
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        for index, flow in enumerate(flows):
            radio = QRadioButton(flow.title)
            radio.setObjectName(f"choice_{flow.key}")
            self.group.addButton(radio, index)
            note = QLabel(flow.description)
            note.setWordWrap(True)
            note.setObjectName("hint")
            note.setContentsMargins(26, 0, 0, 10)
            layout.addWidget(radio)
            layout.addWidget(note)
        layout.addStretch(1)
        self.group.button(0).setChecked(True)

    def chosen(self) -> Flow:
        return self.flows[max(self.group.checkedId(), 0)]

    def choose(self, key: str) -> None:
        for index, flow in enumerate(self.flows):
            if flow.key == key:
                self.group.button(index).setChecked(True)

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return self.chosen().first_page


class AccountPage(QWizardPage):
    """Names and the first administrator; creates the store when "Avanti" is pressed.

    With ``demo`` the network is named for the person and the page asks how many
    demonstration families to make instead of the network and site names.
    """

    def __init__(self, data_dir: Path, *, demo: bool, join: InvitationPage | None = None
                 ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.demo = demo
        self.join = join
        self.joined: sync.Joined | None = None
        self.created: network.Created | None = None
        self.demo_filled = False
        self.busy = False
        if demo:
            self.setTitle(self.tr("Rete dimostrativa"))
            self.setSubTitle(
                self.tr(
                    "Un archivio con famiglie inventate, per provare l'applicazione senza "
                    "toccare dati veri. Scegliete il vostro nome utente e una password."
                )
            )
        elif join is not None:
            self.setTitle(self.tr("Unisciti a una rete"))
            self.setSubTitle(
                self.tr(
                    "Scegliete il nome utente e la password dell'amministratore di questa "
                    "postazione."
                )
            )
        else:
            self.setTitle(self.tr("Crea la rete"))
            self.setSubTitle(
                self.tr(
                    "Questa postazione sarà il coordinamento della rete: riceve i dati dei "
                    "punti e invia a ciascuno ciò che gli serve."
                )
            )
        layout = QVBoxLayout(self)
        self.form = FieldForm()
        layout.addLayout(self.form)
        self.network_name = QLineEdit()
        self.site_name = QLineEdit()
        self.households = QSpinBox()
        if demo:
            self.households.setRange(20, 5000)
            self.households.setSingleStep(50)
            self.households.setValue(300)
            self.households.setSuffix(self.tr(" nuclei"))
        elif join is None:
            self.network_name.setPlaceholderText(self.tr("es. Welfare Bassa Bresciana"))
            self.site_name.setPlaceholderText(self.tr("es. Coordinamento Montichiari"))
            self.form.add_field("name", self.tr("Nome della rete"), self.network_name)
            self.form.add_field("site_name", self.tr("Nome di questa postazione"), self.site_name)
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("es. m.rossi"))
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("es. Maria Rossi"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add_field("username", self.tr("Nome utente"), self.username)
        self.form.add_field("display_name", self.tr("Nome e cognome"), self.display_name)
        self.form.add_field("password", self.tr("Password"), self.password)
        self.form.add_field("password2", self.tr("Ripeti la password"), self.password2)
        if demo:
            self.form.add_field("households", self.tr("Famiglie di prova"), self.households)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(10)
        self.busy_label = QLabel()
        self.busy_label.setObjectName("hint")
        layout.addSpacing(8)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)
        self.busy_bar.hide()
        self.failure = QLabel()
        self.failure.setObjectName("fieldError")
        self.failure.setWordWrap(True)
        self.failure.hide()
        layout.addWidget(self.failure)
        for edit in (
            self.network_name,
            self.site_name,
            self.username,
            self.display_name,
            self.password,
            self.password2,
        ):
            edit.textChanged.connect(self._on_edited)

    # -- checking as you type --------------------------------------------------------

    def _problems(self) -> dict[str, str]:
        """Field -> message for what is wrong now; "" for a required field still empty."""
        out: dict[str, str] = {}
        if not self.demo and self.join is None:
            for name, edit in (("name", self.network_name), ("site_name", self.site_name)):
                if not edit.text().strip():
                    out[name] = ""
        user = self.username.text().strip()
        if not user:
            out["username"] = ""
        elif not USERNAME_RE.match(user):
            out["username"] = field_message(FieldError("username", "username_format"))
        pw, pw2 = self.password.text(), self.password2.text()
        if not pw:
            out["password"] = ""
        elif len(pw) < MIN_PASSWORD:
            out["password"] = self.tr("Almeno {n} caratteri (ne mancano {missing})").format(
                n=MIN_PASSWORD, missing=MIN_PASSWORD - len(pw)
            )
        if not pw2:
            out["password2"] = ""
        elif pw2 != pw:
            out["password2"] = field_message(FieldError("password2", "mismatch"))
        return out

    def _on_edited(self) -> None:
        problems = self._problems()
        for name in self.form.errors:
            self.form.set_error(name, problems.get(name, ""))
        self.failure.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.busy and not self._problems()

    # -- creating --------------------------------------------------------------------

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.created is not None and (self.demo_filled or not self.demo):
            return True
        if self.busy or self._problems():
            return False
        self._start()
        return False

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.busy_label.setText(text)
        self.busy_bar.setVisible(busy)
        for editor in self.form.editors.values():
            editor.setEnabled(not busy)
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None:
            for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
                wizard.button(which).setEnabled(not busy)

    def _start(self) -> None:
        if self.created is not None:  # store made, demo data still to fill
            self._fill_demo()
            return
        self._set_busy(True, self.tr("Creazione dell'archivio cifrato in corso…"))
        data_dir = self.data_dir
        name = DEMO_NETWORK_NAME if self.demo else self.network_name.text().strip()
        site = self.tr("Coordinamento di prova") if self.demo else self.site_name.text().strip()
        user = self.username.text().strip()
        password = self.password.text()
        display = self.display_name.text().strip() or None

        if self.join is not None:
            self._start_join(self.join.invitation, user, password, display)
            return

        def create(progress: tasks.Progress) -> network.Created:
            return network.create_network(
                data_dir,
                network_name=name,
                site_name=site,
                admin_user=user,
                password=password,
                display_name=display,
            )

        tasks.run_task(
            self,
            create,
            on_done=self._on_created,
            on_failed=self._on_failed,
            label=self.tr("Creazione dell'archivio…"),
            cancellable=False,
            show_dialog=False,
        )

    def _start_join(self, invitation: Path | None, user: str, password: str,
                    display: str | None) -> None:
        assert invitation is not None
        data_dir = self.data_dir

        def join(progress: tasks.Progress) -> sync.Joined:
            return sync.join(data_dir, invitation, admin_user=user, password=password,
                             display_name=display)

        tasks.run_task(
            self,
            join,
            on_done=self._on_joined,
            on_failed=self._on_failed,
            label=self.tr("Creazione dell'archivio…"),
            cancellable=False,
            show_dialog=False,
        )

    def _on_joined(self, joined: sync.Joined) -> None:
        self.joined = joined
        self._on_created(
            network.Created(joined.store, joined.recovery_key, joined.site_id, joined.fingerprint)
        )

    def _on_created(self, created: network.Created) -> None:
        self.created = created
        if self.demo:
            self._fill_demo()
        else:
            self._finish()

    def _fill_demo(self) -> None:
        self._set_busy(True, self.tr("Preparazione delle famiglie di prova…"))
        assert self.created is not None
        store = self.created.store
        count = self.households.value()
        tasks.run_task(
            self,
            lambda progress: fill_demo_data(store, count, progress),
            on_done=lambda _: self._on_demo_filled(True),
            on_cancelled=lambda: self._on_demo_filled(False),
            on_failed=self._on_failed,
            label=self.tr("Creazione delle famiglie di prova…"),
            cancellable=True,
        )

    def _on_demo_filled(self, filled: bool) -> None:
        self.demo_filled = True
        if not filled:
            self.failure.setText(
                self.tr(
                    "Creazione delle famiglie di prova annullata: l'archivio è pronto ma vuoto. "
                    "Potete aggiungerle dopo dal menu File › Dati dimostrativi…"
                )
            )
            self.failure.show()
        self._finish()

    def _on_failed(self, err: BaseException) -> None:
        self._set_busy(False)
        if isinstance(err, ValidationFailed):
            self.form.show_field_errors(err.errors)
            return
        self.failure.setText(
            self.tr("Non è stato possibile creare l'archivio: {reason}").format(
                reason=error_text(err)
            )
        )
        self.failure.show()

    def _finish(self) -> None:
        self._set_busy(False)
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return PAGE_RECOVERY


class InvitationPage(QWizardPage):
    """Pick the invitation file; show the network, the site and the coordinator's key
    fingerprint, to compare by phone before going on."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Unisciti a una rete"))
        self.setSubTitle(
            self.tr(
                "Scegliete il file di invito ricevuto dal coordinamento. Poi telefonate al "
                "coordinamento e confrontate l'impronta della chiave: deve essere identica."
            )
        )
        self.invitation: Path | None = None
        self.body: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.file_label = QLabel(self.tr("Nessun file scelto"))
        self.file_label.setWordWrap(True)
        self.pick_button = QPushButton(self.tr("Scegli il file di invito…"))
        self.pick_button.clicked.connect(self.pick)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.pick_button)
        layout.addLayout(row)
        self.details = QLabel()
        self.details.setObjectName("invitationDetails")
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.failure = QLabel()
        self.failure.setObjectName("fieldError")
        self.failure.setWordWrap(True)
        layout.addWidget(self.failure)
        layout.addStretch(1)

    def choose_file(self) -> str:
        """The invitation file (tests replace this)."""
        return file_dialogs.open_file(
            self, self.tr("Scegli il file di invito"),
            self.tr("Invito genera (*.invito *.invite *.json);;Tutti i file (*)"))

    def pick(self) -> None:
        chosen = self.choose_file()
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        self.invitation = None
        self.body = None
        self.details.clear()
        self.failure.clear()
        self.file_label.setText(path.name)
        try:
            body = sync.invitation_details(path)
        except (SyncFileError, OSError) as exc:
            self.failure.setText(error_text(exc))
            self.completeChanged.emit()
            return
        self.invitation = path
        self.body = body
        roles = {"point": self.tr("punto di comunità"),
                 "laptop": self.tr("portatile del custode sociale")}
        lines = [
            self.tr("Rete: {name}").format(name=body.get("network_name") or ""),
            self.tr("Questa postazione: {name}").format(name=body.get("site_name") or ""),
            self.tr("Tipo: {role}").format(role=roles.get(body["role"], body["role"])),
        ]
        if body.get("point_code"):
            lines.append(self.tr("Punto di comunità: {code}").format(code=body["point_code"]))
        lines.append(self.tr("Coordinamento: {name}").format(
            name=body.get("coordinator_site_name") or ""))
        lines.append(self.tr("Impronta della chiave del coordinamento: {fp}").format(
            fp=body["coordinator_fingerprint"]))
        self.details.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.invitation is not None

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return PAGE_JOIN


def fill_demo_data(store: Store, households: int, progress: tasks.Progress) -> Any:
    """Demo families in the store (services/demo.py), all or none; marks the store as a
    demo network, the only kind where File › Dati dimostrativi… is offered."""
    return demo.fill_demo_network(store, households, DEMO_SEED, progress)


class SetupWizard(QWizard):
    """The first-run setup; ``store`` is the open store once it has been made."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("genera – prima configurazione"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(640, 540)
        for which, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Indietro")),
            (QWizard.WizardButton.NextButton, self.tr("Avanti >")),
            (QWizard.WizardButton.CommitButton, self.tr("Crea")),
            (QWizard.WizardButton.FinishButton, self.tr("Inizia a lavorare")),
            (QWizard.WizardButton.CancelButton, self.tr("Annulla")),
        ):
            self.setButtonText(which, text)
        self.flows = [
            Flow(
                "create",
                self.tr("Crea la rete (questa postazione è il coordinamento)"),
                self.tr(
                    "Per il coordinamento del progetto: raccoglie i dati dei punti di "
                    "comunità e dei custodi sociali."
                ),
                PAGE_NETWORK,
            ),
            Flow(
                "demo",
                self.tr("Prova con una rete dimostrativa"),
                self.tr(
                    "Un archivio con famiglie inventate, per imparare a usare "
                    "l'applicazione. Nessun dato vero."
                ),
                PAGE_DEMO,
            ),
            Flow(
                "join",
                self.tr("Unisciti a una rete"),
                self.tr(
                    "Per un punto di comunità o il portatile di un custode sociale: serve il "
                    "file di invito preparato dal coordinamento."
                ),
                PAGE_INVITATION,
            ),
        ]
        self.choice = ChoicePage(self.flows)
        self.network_page = AccountPage(data_dir, demo=False)
        self.demo_page = AccountPage(data_dir, demo=True)
        self.invitation_page = InvitationPage()
        self.join_page = AccountPage(data_dir, demo=False, join=self.invitation_page)
        self.recovery = RecoveryPage()
        self.setPage(PAGE_CHOICE, self.choice)
        self.setPage(PAGE_NETWORK, self.network_page)
        self.setPage(PAGE_DEMO, self.demo_page)
        self.setPage(PAGE_RECOVERY, self.recovery)
        self.setPage(PAGE_INVITATION, self.invitation_page)
        self.setPage(PAGE_JOIN, self.join_page)
        self.setStartId(PAGE_CHOICE)

    @property
    def account_page(self) -> AccountPage:
        key = self.choice.chosen().key
        if key == "join":
            return self.join_page
        return self.demo_page if key == "demo" else self.network_page

    @property
    def store(self) -> Store | None:
        created = self.network_page.created or self.demo_page.created or self.join_page.created
        return created.store if created is not None else None

    def initializePage(self, page_id: int) -> None:  # noqa: N802 - Qt override
        if page_id == PAGE_RECOVERY:
            page = self.account_page
            assert page.created is not None
            name = DEMO_NETWORK_NAME if page.demo else page.network_name.text().strip()
            site = page.site_name.text().strip() or self.tr("Coordinamento di prova")
            if page.joined is not None:
                name, site = page.joined.network_name, page.joined.site_name
            self.recovery.show_key(page.created, name, site, page.demo)
        super().initializePage(page_id)

    def confirm_leave_without_key(self) -> bool:
        """Asked when closing before the key was kept (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Chiave di recupero"),
            self.tr("La chiave di recupero non sarà più mostrata. Chiudere comunque?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if self.network_page.busy or self.demo_page.busy or self.join_page.busy:
            return
        if self.store is not None:
            # The store exists: closing now still opens it, but the key is gone for good.
            if self.recovery.isComplete() or self.confirm_leave_without_key():
                self.accept()
            return
        super().reject()

    @classmethod
    def ask(cls, data_dir: Path, parent: QWidget | None = None) -> Store | None:
        """Run the setup; the new store, open and logged in, or None if abandoned."""
        wizard = cls(data_dir, parent)
        wizard.exec()
        return wizard.store
