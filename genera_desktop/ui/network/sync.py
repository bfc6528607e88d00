"""Sincronizzazione: bundles out and in, and (at the coordinator) the network's sites.

A point or a laptop prepares its bundle for the coordinator and imports what comes back
(several files, or dropped on the page). The coordinator imports a whole folder, writes
one bundle per site into a folder, sees every site with its last bundle in and out,
invites and revokes. Exports and imports run off the GUI thread with progress and
cancel (one transaction per bundle, so a cancel stops between two bundles). The file
dialogs are methods (``choose_*``) so tests replace them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import Cancelled
from genera_desktop.domain.stamps import parse_stamp
from genera_desktop.services.network import membership as network
from genera_desktop.services.network import sync
from genera_desktop.services.network.sync import Exported, ImportReport
from genera_desktop.ui import file_dialogs
from genera_desktop.ui.common import tasks
from genera_desktop.ui.common.changes import follow, fresh
from genera_desktop.ui.common.rows import format_moment
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import bundle_refusal_text, error_text

translate = QCoreApplication.translate

SILENT_DAYS = 10


def role_label(role: str | None) -> str:
    return {
        "coordinator": translate("SyncPage", "coordinamento"),
        "point": translate("SyncPage", "punto di comunità"),
        "laptop": translate("SyncPage", "portatile del custode sociale"),
    }.get(role or "", role or "")


def when_label(iso: str | None) -> str:
    if parse_stamp(iso) is None:
        return translate("SyncPage", "mai")
    return format_moment(iso)


def silent_days(iso: str | None, now: datetime | None = None) -> int | None:
    """Days since the last bundle came in, if more than SILENT_DAYS; else None."""
    when = parse_stamp(iso)
    if when is None:
        return None
    days = ((now or datetime.now(UTC)) - when).days
    return days if days > SILENT_DAYS else None


def sequence_gaps(seen: dict[str, set[int]]) -> dict[str, list[int]]:
    """Per sender, the bundle numbers below the highest one received that never came."""
    return {sender: sorted(set(range(1, max(numbers) + 1)) - numbers)
            for sender, numbers in seen.items() if numbers}


def report_lines(report: ImportReport) -> list[str]:
    """What one imported bundle did, in plain words."""
    if report.already_applied:
        return [translate("SyncPage", "{file}: da «{site}»: già importato, nulla è cambiato.")
                .format(file=report.file, site=report.from_name)]
    lines = [translate("SyncPage", "{file}: da «{site}»: {applied} modifiche applicate, "
                       "{known} già presenti.").format(file=report.file, site=report.from_name,
                                                       applied=report.applied,
                                                       known=report.already_known)]
    notes = []
    if report.skipped_sequence:
        notes.append(translate(
            "SyncPage", "mancano i pacchetti n. {numbers} di questa postazione (persi per "
            "strada?): il loro contenuto arriverà con i prossimi").format(
                numbers=", ".join(str(n) for n in report.skipped_sequence[:10])))
    if report.late:
        notes.append(translate("SyncPage", "arrivato dopo un pacchetto più recente"))
    if report.enrolled:
        notes.append(translate("SyncPage", "iscrizione completata, impronta {fp}")
                     .format(fp=report.enrolled))
    if report.conflicts:
        notes.append(translate("SyncPage", "{n} modifiche in conflitto da rivedere")
                     .format(n=report.conflicts))
    if report.quarantined:
        notes.append(translate("SyncPage", "{n} modifiche con data nel futuro messe da parte")
                     .format(n=report.quarantined))
    if report.refused:
        notes.append(translate("SyncPage", "{n} modifiche rifiutate: dati non più di "
                               "competenza di quella postazione").format(n=report.refused))
    if report.evicted:
        notes.append(translate("SyncPage", "{n} dati non più di competenza di questa "
                               "postazione tolti da qui").format(n=report.evicted))
    if report.clock_ahead:
        notes.append(translate("SyncPage", "l'orologio di questo computer era avanti: "
                               "correggere data e ora"))
    return lines + ["   – " + n for n in notes]


def failed_line(failed: sync.ImportFailed) -> str:
    return translate("SyncPage", "{file}: NON importato. {reason} Nulla è stato applicato.") \
        .format(file=failed.file, reason=bundle_refusal_text(failed.code))


def import_summary(results: list[Any], skipped: int = 0) -> str:
    ok = [r for r in results if isinstance(r, ImportReport)]
    head = translate("SyncPage", "Pacchetti importati: {ok} di {total}.").format(
        ok=len(ok), total=len(results) + skipped)
    lines = [head]
    for result in results:
        if isinstance(result, ImportReport):
            lines.extend(report_lines(result))
        else:
            lines.append(failed_line(result))
    if skipped:
        lines.append(translate("SyncPage", "Importazione interrotta: {n} pacchetti non "
                               "importati.").format(n=skipped))
    return "\n".join(lines)


def export_line(result: Exported) -> str:
    counts = result.counts
    return translate("SyncPage", "Pacchetto n. {seq} per «{site}» salvato in {file}: "
                     "{changes} modifiche.").format(seq=result.sequence,
                                                    site=result.recipient_name,
                                                    file=result.path.name,
                                                    changes=counts.get("changes", 0))


def import_bundles(store: Any, paths: list[Path], progress: tasks.Progress
                   ) -> tuple[list[Any], int]:
    """Import bundles one by one (each its own transaction); stop between two on cancel."""
    results: list[Any] = []
    for index, path in enumerate(paths):
        if not progress(index, len(paths), path.name):
            if not results:
                raise Cancelled()
            return results, len(paths) - index
        results.extend(sync.import_files(store, [path]))
    progress(len(paths), len(paths), "")
    return results, 0


class SyncPage(QWidget):
    """Bundles, and the network's sites at the coordinator. ``bundles_imported`` when
    an import accepted a bundle (the dashboard recomputes)."""

    bundles_imported = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        follow(self, ("site", "sync_peer", "sync_bundle_in", "sync_bundle_out", "setting"))
        self.setAcceptDrops(True)
        self.last_summary = ""
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Sincronizzazione"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.identity = QLabel()
        self.identity.setWordWrap(True)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.identity)
        # A member site exchanges with the coordinator alone: when, in one line.
        self.exchange = QLabel()
        self.exchange.setObjectName("hint")
        self.exchange.setWordWrap(True)
        layout.addWidget(self.exchange)
        # A new member site, until a bundle of the coordinator has come back: what
        # enrolment needs, said before anyone picks a folder (spec/sync.md, enrolment).
        self.first_bundle = QLabel()
        self.first_bundle.setObjectName("notice")
        self.first_bundle.setWordWrap(True)
        layout.addWidget(self.first_bundle)

        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Prepara il pacchetto per il coordinamento…"))
        self.export_button.clicked.connect(self.export_for_coordinator)
        self.import_button = QPushButton(self.tr("Importa pacchetti…"))
        self.import_button.clicked.connect(self.import_chosen_files)
        self.folder_button = QPushButton(self.tr("Importa la cartella della settimana…"))
        self.folder_button.clicked.connect(self.import_folder)
        self.export_all_button = QPushButton(
            self.tr("Prepara un pacchetto per ogni postazione…"))
        self.export_all_button.clicked.connect(self.export_for_every_site)
        for button in (self.export_button, self.import_button, self.folder_button,
                       self.export_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        hint = QLabel(self.tr("Si possono anche trascinare qui i file .genera da importare."))
        hint.setObjectName("hint")
        layout.addWidget(hint)

        self.sites_title = QLabel(self.tr("Postazioni della rete"))
        self.sites_title.setObjectName("sectionTitle")
        layout.addWidget(self.sites_title)
        self.sites = QTableWidget(0, 7)
        self.sites.setAccessibleName(self.sites_title.text())
        self.sites.setHorizontalHeaderLabels([
            self.tr("Postazione"), self.tr("Ruolo"), self.tr("Impronta della chiave"),
            self.tr("Ultimo pacchetto ricevuto"), self.tr("Ultimo pacchetto inviato"),
            self.tr("Pacchetti mancanti"), self.tr("Stato"),
        ])
        self.sites.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sites.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.sites.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.sites.horizontalHeader()
        # A network has a dozen sites: fit every column, headers included, to its text.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.sites.verticalHeader().hide()
        layout.addWidget(self.sites, 1)
        # An empty table says nothing: this line says why and what to do.
        self.no_sites = QLabel(self.tr(
            "Nessuna altra postazione nella rete. Con «Invita una postazione…» si prepara "
            "il file d'invito per un punto di comunità o per il portatile di un custode."))
        self.no_sites.setObjectName("hint")
        self.no_sites.setWordWrap(True)
        layout.addWidget(self.no_sites)
        site_buttons = QHBoxLayout()
        self.invite_button = QPushButton(self.tr("Invita una postazione…"))
        self.invite_button.clicked.connect(self.invite_site)
        self.revoke_button = QPushButton(self.tr("Escludi dalla rete…"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        site_buttons.addWidget(self.invite_button)
        site_buttons.addWidget(self.revoke_button)
        site_buttons.addStretch(1)
        layout.addLayout(site_buttons)

        self.summary = QLabel()
        self.summary.setObjectName("syncSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        # Without the sites' table (a member site), the page sits at the top.
        layout.addStretch(0)
        self.page_layout = layout
        self.site_ids: list[str] = []
        self.refresh()

    # -- state -----------------------------------------------------------------------

    def status(self) -> dict[str, Any]:
        info = network.status(self.ctx.store)
        info["gaps"] = sequence_gaps(sync.received_sequences(self.ctx.store))
        return info

    @property
    def is_coordinator(self) -> bool:
        return self.ctx.site().role == "coordinator"

    def refresh(self) -> None:
        fresh(self)
        info = self.status()
        coordinator = info["role"] == "coordinator"
        if info["role"] is None:
            self.identity.setText(self.tr("Questa postazione non fa ancora parte di una rete."))
        else:
            text = self.tr("Rete «{network}» · postazione «{site}» · {role}").format(
                network=info["network"] or "", site=info["site_name"] or "",
                role=role_label(info["role"]))
            if info["point"]:
                text += " · " + self.tr("punto {code}").format(code=info["point"])
            if info["fingerprint"]:
                text += "\n" + self.tr("Impronta della chiave di questa postazione: {fp}") \
                    .format(fp=info["fingerprint"])
            self.identity.setText(text)
        member = info["role"] in ("point", "laptop")
        others = [s for s in info["sites"] if s["site_id"] != info["site_id"]]
        self.export_button.setVisible(member)
        self.exchange.setVisible(member)
        # The sites' table takes the room; without it, the page sits at the top.
        self.page_layout.setStretch(self.page_layout.count() - 1,
                                    0 if coordinator and others else 1)
        hub = next((s for s in info["sites"] if s["role"] == "coordinator"), None)
        if member:
            self.exchange.setText(self.tr(
                "Ultimo pacchetto ricevuto dal coordinamento: {last_in} · ultimo preparato "
                "per il coordinamento: {last_out}").format(
                last_in=when_label(hub["last_in"]) if hub else self.tr("mai"),
                last_out=when_label(hub["last_out"]) if hub else self.tr("mai")))
        self.first_bundle.setVisible(member and parse_stamp(hub["last_in"] if hub else None)
                                     is None)
        if self.first_bundle.isVisibleTo(self):
            self.first_bundle.setText(self.first_bundle_text(hub))
        for widget in (self.folder_button, self.export_all_button, self.sites_title,
                       self.invite_button, self.revoke_button):
            widget.setVisible(coordinator)
        self.sites.setVisible(coordinator and bool(others))
        self.no_sites.setVisible(coordinator and not others)
        admin = self.ctx.is_admin()
        self.invite_button.setEnabled(admin)
        self.revoke_button.setEnabled(admin and bool(others))  # nobody to exclude yet
        self.site_ids = [s["site_id"] for s in others]
        self.sites.setRowCount(len(others))
        for row, site in enumerate(others):
            where = f" ({site['point']})" if site["point"] else ""
            values = [site["site_name"] + where, role_label(site["role"]),
                      site["fingerprint"] or "", when_label(site["last_in"]),
                      when_label(site["last_out"]),
                      self.gaps_text(info["gaps"].get(site["site_id"], [])),
                      self.state_text(site)]
            for col, value in enumerate(values):
                self.sites.setItem(row, col, QTableWidgetItem(value))

    def first_bundle_text(self, hub: dict[str, Any] | None) -> str:
        """What a new member site must do first: its bundle to the coordinator, who can
        only write to this site once it has imported it."""
        text = self.tr(
            "Postazione nuova: il primo passo è il suo pacchetto per il coordinamento. "
            "Finché il coordinamento non l'ha importato, non può preparare pacchetti per "
            "questa postazione.")
        if hub and parse_stamp(hub["last_out"]) is not None:
            return text + " " + self.tr(
                "Il pacchetto è stato preparato il {when}: fatelo arrivare al "
                "coordinamento (chiavetta USB o e-mail), poi importate qui quello che il "
                "coordinamento vi manda.").format(when=when_label(hub["last_out"]))
        return text + " " + self.tr(
            "Preparatelo con «Prepara il pacchetto per il coordinamento…» e fatelo "
            "arrivare al coordinamento (chiavetta USB o e-mail).")

    def gaps_text(self, gaps: list[int]) -> str:
        if not gaps:
            return ""
        shown = ", ".join(str(n) for n in gaps[:10])
        return shown + (self.tr(" e altri {n}").format(n=len(gaps) - 10) if len(gaps) > 10 else "")

    def state_text(self, site: dict[str, Any]) -> str:
        if site["revoked"]:
            return self.tr("esclusa dalla rete")
        if site["fingerprint"] is None:
            return self.tr("invitata: si attende il primo pacchetto")
        days = silent_days(site["last_in"])
        if days is not None:
            return self.tr("nessun pacchetto da {n} giorni").format(n=days)
        return self.tr("attiva")

    def show_summary(self, text: str) -> None:
        self.last_summary = text
        self.summary.setText(text)

    def show_error(self, err: BaseException) -> None:
        self.show_summary(error_text(err))

    # -- dialogs (tests replace these) ------------------------------------------------

    def choose_export_path(self, suggested: str) -> str:
        return file_dialogs.save_file(self, self.tr("Salva il pacchetto"), suggested,
                                      self.tr("Pacchetto genera (*.genera)"))

    def choose_import_files(self) -> list[str]:
        return file_dialogs.open_files(self, self.tr("Scegli i pacchetti da importare"),
                                       self.tr("Pacchetto genera (*.genera)"))

    def choose_folder(self, title: str) -> str:
        return file_dialogs.choose_folder(self, title)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- export ----------------------------------------------------------------------

    def suggested_name(self) -> str:
        """A file name without personal data: the site's name and the date."""
        info = self.ctx.site()
        stamp = datetime.now().strftime("%Y-%m-%d")
        return f"{sync.safe_file_name(info.site_name or 'postazione')}-{stamp}{sync.EXTENSION}"

    def export_for_coordinator(self) -> None:
        chosen = self.choose_export_path(self.suggested_name())
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix != sync.EXTENSION:
            path = path.with_name(path.name + sync.EXTENSION)
        store = self.ctx.store

        def work(progress: tasks.Progress) -> Exported:
            if not progress(0, None, path.name):
                raise Cancelled()
            return sync.export(store, path)

        self._run(work, lambda result: self._exported([result]),
                  self.tr("Preparazione del pacchetto…"))

    def export_for_every_site(self) -> None:
        chosen = self.choose_folder(self.tr("Cartella in cui salvare i pacchetti"))
        if not chosen:
            return
        folder = Path(chosen)
        store = self.ctx.store

        def work(progress: tasks.Progress) -> list[Exported]:
            if not progress(0, None, folder.name):
                raise Cancelled()
            return sync.export_all(store, folder)

        self._run(work, self._exported, self.tr("Preparazione dei pacchetti…"))

    def _exported(self, results: list[Exported]) -> None:
        if not results:
            self.show_summary(self.tr("Nessuna postazione iscritta a cui preparare un pacchetto."))
        else:
            self.show_summary("\n".join(export_line(r) for r in results))
        self.refresh()

    # -- import ----------------------------------------------------------------------

    def import_chosen_files(self) -> None:
        self.import_paths([Path(p) for p in self.choose_import_files()])

    def import_folder(self) -> None:
        chosen = self.choose_folder(self.tr("Cartella con i pacchetti della settimana"))
        if chosen:
            self.import_paths(sorted(Path(chosen).glob("*" + sync.EXTENSION)))

    def import_paths(self, paths: list[Path]) -> None:
        if not paths:
            self.show_summary(self.tr("Nessun pacchetto .genera da importare."))
            return
        store = self.ctx.store
        self._run(lambda progress: import_bundles(store, paths, progress), self._imported,
                  self.tr("Importazione dei pacchetti…"))

    def _imported(self, outcome: tuple[list[Any], int]) -> None:
        results, skipped = outcome
        self.show_summary(import_summary(results, skipped))
        self.refresh()
        # Even a bundle with no change moves its site's "last bundle" on the dashboard.
        if any(isinstance(r, ImportReport) for r in results):
            self.bundles_imported.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths: list[Path] = []
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if path.is_dir():
                paths.extend(sorted(path.glob("*" + sync.EXTENSION)))
            elif path.suffix == sync.EXTENSION:
                paths.append(path)
        event.acceptProposedAction()
        self.import_paths(paths)

    # -- enrolment -------------------------------------------------------------------

    def invite_site(self) -> None:
        from genera_desktop.ui.network.invite import InviteDialog

        invited = InviteDialog.ask(self.ctx, self)
        if invited is not None:
            self.show_summary(self.tr(
                "Invito per «{site}» salvato in {file}. Impronta del coordinamento da "
                "confrontare al telefono: {fp}. Consegnare il file come una chiave: vale "
                "una volta sola.").format(site=invited.site_name, file=invited.path.name,
                                          fp=invited.coordinator_fingerprint))
            self.refresh()

    def selected_site(self) -> str | None:
        rows = self.sites.selectionModel().selectedRows()
        return self.site_ids[rows[0].row()] if rows else None

    def revoke_selected(self) -> None:
        site_id = self.selected_site()
        if site_id is None:
            self.show_summary(self.tr("Scegliere nella tabella la postazione da escludere."))
            return
        item = self.sites.item(self.site_ids.index(site_id), 0)
        assert item is not None  # every row of the table is filled
        name = item.text()
        if not self.confirm(self.tr("Escludi dalla rete"), self.tr(
                "Escludere «{site}» dalla rete? I suoi pacchetti non saranno più accettati "
                "da nessuna postazione.").format(site=name)):
            return
        try:
            revoked = sync.revoke(self.ctx.store, site_id).name
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.show_error(exc)
            return
        self.show_summary(self.tr("«{site}» è esclusa dalla rete.").format(site=revoked))
        self.refresh()

    # -- running ---------------------------------------------------------------------

    def _run(self, work: Any, done: Any, label: str) -> None:
        buttons = (self.export_button, self.import_button, self.folder_button,
                   self.export_all_button)
        for button in buttons:
            button.setEnabled(False)

        def finish() -> None:
            for button in buttons:
                button.setEnabled(True)

        def on_done(result: Any) -> None:
            finish()
            done(result)

        def on_failed(err: BaseException) -> None:
            finish()
            self.show_error(err)

        def on_cancelled() -> None:
            finish()
            self.show_summary(self.tr("Operazione annullata: non è stato cambiato nulla."))

        tasks.run_task(self, work, on_done=on_done, on_failed=on_failed,
                       on_cancelled=on_cancelled, label=label, cancellable=True)

