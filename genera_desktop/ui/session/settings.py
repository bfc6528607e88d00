"""File › Impostazioni: backups (list, make, save, restore), language, session lock.

The dialog changes nothing big by itself: a language or a restore is handed back to
the main window (``language_choice``, ``restore_request``) once the dialog is closed,
since both replace the window the dialog belongs to (see app.Session).

A restore is checked in full before the person is sent anywhere: the file's
structure and hashes without a password, then, with the password, everything the
restore itself checks, on a temporary copy. Only then does the app close the store.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import AuthFailed
from genera_desktop.services import backup, session_policy
from genera_desktop.ui import file_dialogs
from genera_desktop.ui.common import tasks
from genera_desktop.ui.common.rows import format_moment
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text
from genera_desktop.ui.preferences import language_setting
from genera_desktop.ui.session.lock import LockController, lock_minutes

translate = QCoreApplication.translate

TABS = ("backups", "language", "session")
MAX_LOCK_MINUTES = 240


@dataclass(frozen=True)
class RestoreRequest:
    """A checked backup and the password that opens it, for the app to restore."""

    path: Path
    username: str
    password: str = field(repr=False)


def size_text(size: int) -> str:
    """A file size as people read it (the locale's decimal comma)."""
    locale = QLocale()
    if size < 1024 * 1024:
        return translate("SettingsDialog", "{n} kB").format(n=max(1, round(size / 1024)))
    return translate("SettingsDialog", "{n} MB").format(
        n=locale.toString(size / (1024 * 1024), "f", 1)
    )


def _kind_text(kind: str) -> str:
    return {
        "daily": translate("SettingsDialog", "giornaliera"),
        "weekly": translate("SettingsDialog", "settimanale"),
        "extra": translate("SettingsDialog", "in più (tolta alla prossima chiusura)"),
    }.get(kind, translate("SettingsDialog", "salvata a mano"))


class RestoreConfirmDialog(QDialog):
    """Says what a restore will do and asks for the password that opens the backup."""

    def __init__(self, info: backup.BackupInfo, username: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ripristinare la copia?"))
        made = info.created_at
        with contextlib.suppress(ValueError):
            made = format_moment(info.created_at)
        text = QLabel(
            self.tr(
                "La copia del {date} ({size}) sostituirà l'intero archivio di questa "
                "postazione.\n\n"
                "• Quanto è stato scritto qui dopo quella data non ci sarà più.\n"
                "• L'archivio attuale non viene cancellato: resta conservato a parte, "
                "nella cartella dei dati.\n"
                "• genera chiuderà questa finestra e chiederà di accedere di nuovo.\n\n"
                "Per confermare scrivete la password di {user} com'era quando è stata "
                "fatta la copia."
            ).format(date=made, size=size_text(info.size), user=username)
        )
        text.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("password")
        self.password.setPlaceholderText(self.tr("Password"))
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("Ripristina"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        # Enter in the password field must not replace the archive by accident: the
        # safe answer is the default one.
        self.ok_button.setAutoDefault(False)
        cancel.setDefault(True)
        buttons.accepted.connect(self._accept_if_typed)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.password)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.password.setFocus()

    def _accept_if_typed(self) -> None:
        if self.password.text():
            self.accept()
        else:
            self.password.setFocus()


class BackupsTab(QWidget):
    """The backups in the data folder, and making, saving and restoring one."""

    def __init__(self, ctx: AppContext, dialog: SettingsDialog) -> None:
        super().__init__(dialog)
        self.ctx = ctx
        self.dialog = dialog
        self.folder = ctx.store.data_dir / backup.BACKUP_DIR
        self.is_admin = ctx.is_admin()
        self.working = False  # a copy being written or checked: one at a time
        intro = QLabel(
            self.tr(
                "Le copie sono cifrate: si aprono con le password che gli utenti avevano "
                "quando sono state fatte, o con la chiave di recupero. genera ne fa una "
                "da sé alla chiusura, una al giorno, e conserva le ultime 7 giornaliere e "
                "4 settimanali."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backupList")
        self.table.setAccessibleName(self.tr("Copie di sicurezza"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Fatta il"), self.tr("Tipo"), self.tr("Dimensione")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.create_button = QPushButton(self.tr("Crea copia ora"))
        self.create_button.clicked.connect(self.create_now)
        self.save_button = QPushButton(self.tr("Salva copia in…"))
        self.save_button.clicked.connect(self.save_to)
        self.restore_button = QPushButton(self.tr("Ripristina la copia scelta…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Ripristina da un file…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("backupMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        make_row = QHBoxLayout()
        make_row.addWidget(self.create_button)
        make_row.addWidget(self.save_button)
        make_row.addStretch(1)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addWidget(self.restore_file_button)
        restore_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(make_row)
        layout.addLayout(restore_row)
        if not self.is_admin:
            note = QLabel(
                self.tr(
                    "Solo un amministratore può ripristinare una copia: il ripristino "
                    "sostituisce l'intero archivio di questa postazione, per tutti."
                )
            )
            note.setWordWrap(True)
            note.setObjectName("hint")
            layout.addWidget(note)
        layout.addWidget(self.message)
        self.refresh()

    # -- the list ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.files = backup.backup_files(self.folder)
        self.table.setRowCount(len(self.files))
        for row, found in enumerate(self.files):
            for column, text in enumerate(
                (format_moment(found.made_at), _kind_text(found.kind), size_text(found.size))
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(found.path.name)
                self.table.setItem(row, column, item)
        if self.files:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> backup.BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.files[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        busy = self.working
        self.create_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        self.restore_button.setEnabled(self.is_admin and not busy and self.selected() is not None)
        self.restore_file_button.setEnabled(self.is_admin and not busy)

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        # The style sheet colours errors by name (#fieldError), as under a form's field.
        self.message.setObjectName("fieldError" if error else "backupMessage")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    # -- making ------------------------------------------------------------------------

    def create_now(self) -> None:
        """A backup now, in the backups folder beside the automatic ones."""
        self._make(backup.new_backup_path(self.folder))

    def ask_save_path(self) -> Path | None:
        """Where to save a copy (tests replace this)."""
        name = f"genera-{datetime.now():%Y%m%d}{backup.SUFFIX}"
        chosen = file_dialogs.save_file(
            self, self.tr("Salva copia in"), name,
            self.tr("Copie di genera (*{suffix})").format(suffix=backup.SUFFIX),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.name.endswith(backup.SUFFIX) else path.with_name(
            path.name + backup.SUFFIX
        )

    def save_to(self) -> None:
        """A backup in a file the person chooses (as `genera backup --out FILE`)."""
        path = self.ask_save_path()
        if path is not None:
            self._make(path)

    def _make(self, path: Path) -> None:
        store = self.ctx.store
        self.say(self.tr("Copia in corso…"))

        def done(info: backup.BackupInfo) -> None:
            self.refresh()
            self.say(self.tr("Copia fatta: {name} ({size}).").format(
                name=str(info.path), size=size_text(info.size)))

        def failed(err: BaseException) -> None:
            self.say(self.tr("La copia non è riuscita: {reason}").format(reason=error_text(err)),
                     error=True)

        self._work(lambda progress: backup.make_backup(store, path), done, failed,
                   self.tr("Copia di sicurezza dell'archivio…"))

    def _work(self, fn: Callable[[tasks.Progress], Any], done: Callable[[Any], None],
              failed: Callable[[BaseException], None], label: str) -> None:
        """Run ``fn`` in the background, the buttons off until it is over."""

        def over(then: Callable[[Any], None]) -> Callable[[Any], None]:
            def callback(value: Any) -> None:
                self.working = False
                self._update_buttons()
                then(value)

            return callback

        self.working = True
        self._update_buttons()
        tasks.run_task(self, fn, on_done=over(done), on_failed=over(failed), label=label,
                       cancellable=False)

    # -- restoring ---------------------------------------------------------------------

    def ask_backup_file(self) -> Path | None:
        """Which backup file to restore (tests replace this)."""
        chosen = file_dialogs.open_file(
            self, self.tr("Ripristina da un file"),
            self.tr("Copie di genera (*{suffix});;Tutti i file (*)").format(
                suffix=backup.SUFFIX),
            folder=self.folder,  # the automatic backups are there
        )
        return Path(chosen) if chosen else None

    def ask_restore_password(self, info: backup.BackupInfo) -> str | None:
        """Confirmation and the password (tests replace this)."""
        dialog = RestoreConfirmDialog(info, self.ctx.username or "", self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        password = dialog.password.text()
        dialog.deleteLater()
        return password if accepted else None

    def restore_selected(self) -> None:
        found = self.selected()
        if found is not None:
            self.restore(found.path)

    def restore_from_file(self) -> None:
        path = self.ask_backup_file()
        if path is not None:
            self.restore(path)

    def restore(self, path: Path) -> None:
        """Check the file, ask, check with the password, then hand over to the app."""
        if not self.is_admin:
            self.say(error_text(_admin_only()), error=True)
            return
        self.say(self.tr("Verifica della copia…"))
        self._work(lambda progress: backup.verify_backup(path), self._confirm, self._refused,
                   self.tr("Verifica della copia…"))

    def _confirm(self, info: backup.BackupInfo) -> None:
        self.say("")
        password = self.ask_restore_password(info)
        if password is None:
            self.say(self.tr("Ripristino annullato: l'archivio non è cambiato."))
            return
        username = self.ctx.username or ""
        request = RestoreRequest(info.path, username, password)
        self._work(lambda progress: backup.check_backup(info.path, username, password),
                   lambda _: self.dialog.hand_over_restore(request), self._refused,
                   self.tr("Controllo completo della copia…"))

    def _refused(self, err: BaseException) -> None:
        if isinstance(err, AuthFailed):
            text = self.tr(
                "La password non apre questa copia: serve quella che l'utente aveva quando "
                "la copia è stata fatta (o la chiave di recupero, dal comando "
                "«genera restore»). L'archivio non è cambiato."
            )
        else:
            text = error_text(err)
        self.say(text, error=True)
        self.dialog.show_refusal(text)


def _admin_only() -> Exception:
    from genera_desktop.domain.errors import Refused

    return Refused("admin_only")


class LanguageTab(QWidget):
    """Italiano, English, or the system's; applied at once by rebuilding the window."""

    def __init__(self, dialog: SettingsDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        current = language_setting()
        # Each language is named in itself, so it can be found whatever is shown now.
        for value, label in (
            ("it", "Italiano"),
            ("en", "English"),
            ("system", self.tr("Come il sistema")),
        ):
            button = QRadioButton(label)
            button.setProperty("language", value)
            button.setChecked(value == current)
            self.group.addButton(button)
            layout.addWidget(button)
        hint = QLabel(
            self.tr(
                "La finestra si ricostruisce subito nella lingua scelta, sulla stessa "
                "sezione; il lavoro salvato non cambia."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.apply_button = QPushButton(self.tr("Applica"))
        self.apply_button.clicked.connect(self.apply)
        row = QHBoxLayout()
        row.addWidget(self.apply_button)
        row.addStretch(1)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addStretch(1)

    def choice(self) -> str:
        button = self.group.checkedButton()
        return str(button.property("language")) if button is not None else "system"

    def choose(self, value: str) -> None:
        for button in self.group.buttons():
            if button.property("language") == value:
                button.setChecked(True)

    def apply(self) -> None:
        self.dialog.hand_over_language(self.choice())


class SessionTab(QWidget):
    """The inactivity lock's minutes: an administrator's choice, for this PC's store."""

    def __init__(self, ctx: AppContext, dialog: SettingsDialog,
                 lock: LockController | None) -> None:
        super().__init__(dialog)
        self.ctx = ctx
        self.lock = lock
        self.minutes = QSpinBox()
        self.minutes.setObjectName("lockMinutes")
        self.minutes.setRange(0, MAX_LOCK_MINUTES)
        self.minutes.setSuffix(self.tr(" minuti"))
        self.minutes.setSpecialValueText(self.tr("mai"))
        self.minutes.setValue(lock_minutes(ctx.store))
        self.save_button = QPushButton(self.tr("Salva"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        admin = ctx.is_admin()
        self.minutes.setEnabled(admin)
        self.save_button.setEnabled(admin)
        label = QLabel(self.tr("&Blocca la sessione dopo un'inattività di"))
        label.setBuddy(self.minutes)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.minutes)
        row.addWidget(self.save_button)
        row.addStretch(1)
        hint = QLabel(
            self.tr(
                "Dopo questo tempo senza usare tastiera o mouse i dati si nascondono e "
                "serve la password per riprendere. «mai» solo su un computer che nessun "
                "altro può avvicinare."
            )
            if admin
            else self.tr("Solo un amministratore può cambiare questo tempo.")
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def save(self) -> None:
        minutes = self.minutes.value()
        try:
            session_policy.set_lock_minutes(self.ctx.store, minutes)
        except Exception as err:  # noqa: BLE001 - said in words, nothing changed
            self.message.setText(error_text(err))
            return
        if self.lock is not None:
            self.lock.set_timeout_ms(minutes * 60_000)
        self.message.setText(
            self.tr("Salvato: la sessione si blocca dopo {n} minuti.").format(n=minutes)
            if minutes
            else self.tr("Salvato: la sessione non si blocca più da sola.")
        )


class SettingsDialog(QDialog):
    """Copie di sicurezza, Lingua, Sessione."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 lock: LockController | None = None, tab: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Impostazioni"))
        self.language_choice: str | None = None
        self.restore_request: RestoreRequest | None = None
        self.tabs = QTabWidget()
        self.backups = BackupsTab(ctx, self)
        self.language = LanguageTab(self)
        self.session = SessionTab(ctx, self, lock)
        self.tabs.addTab(self.backups, self.tr("&Copie di sicurezza"))
        self.tabs.addTab(self.language, self.tr("&Lingua"))
        self.tabs.addTab(self.session, self.tr("&Sessione"))
        if tab in TABS:
            self.tabs.setCurrentIndex(TABS.index(tab))
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Chiudi"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(660, 500)

    def hand_over_language(self, value: str) -> None:
        """Close; the main window applies the language (a new window, when it changes)."""
        self.language_choice = value
        self.accept()

    def hand_over_restore(self, request: RestoreRequest) -> None:
        """Close; the app closes the store, restores and asks to log in again."""
        self.restore_request = request
        self.accept()

    def show_refusal(self, text: str) -> None:
        """A refused backup, said where the eye is (tests replace this)."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Copia non ripristinabile"), text)

    def reject(self) -> None:
        if self.backups.working:
            return  # a copy being written or checked: wait for it
        super().reject()
