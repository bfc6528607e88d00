"""The main window: sections on the left, the current page on the right.

Pages are plain widgets built with ``(ctx, parent)``. What the window uses when a page
has it: a ``household_opened(str)`` signal (opens the household page), an
``undo_offered(str, object)`` signal (message and undo callable, shown in the status bar),
``focus_search()`` (Ctrl+F). The household page adds ``load(id)``, ``closed``,
``has_unsaved_changes()`` and ``discard_or_save()``, asked before it is left.

Given a QSettings (the app gives ui.preferences.user_settings(); tests a file of their
own), the window remembers its size, place and maximized state, and every table its
column widths: a table is named by its view's objectName, or by the page attribute
holding it when it has none.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from genera_desktop.services import accounts
from genera_desktop.services.network.site import is_demo_network
from genera_desktop.ui import window_memory
from genera_desktop.ui.common import tasks
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.coordination.audit import AuditPage
from genera_desktop.ui.coordination.conflicts import ConflictsPage
from genera_desktop.ui.coordination.dashboard import DashboardPage
from genera_desktop.ui.coordination.duplicates import DuplicatesPage
from genera_desktop.ui.custode.contexts import ContextsPage
from genera_desktop.ui.custode.my_contexts import MyContextsPage
from genera_desktop.ui.network.sync import SyncPage
from genera_desktop.ui.network.users import UsersPage
from genera_desktop.ui.preferences import language_setting, resolve_language, save_language_setting
from genera_desktop.ui.registry.agenda import AgendaPage
from genera_desktop.ui.registry.household import HouseholdPage
from genera_desktop.ui.registry.households import HouseholdsPage
from genera_desktop.ui.registry.import_dialog import ImportDialog
from genera_desktop.ui.registry.persons import PersonsPage
from genera_desktop.ui.session.lock import LockController, lock_timeout_ms

log = logging.getLogger(__name__)

UNDO_MS = 8_000
# Ctrl+1 … Ctrl+9: a coordinator has more sections than digits; the rest by the list.
NUMBERED_SECTIONS = 9

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Section:
    """One entry of the navigation list."""

    key: str
    title: str
    factory: Callable[[AppContext, QWidget], QWidget]
    admin_only: bool = False
    # Shown only to users holding this access area: each plan's section (Lavoro, Casa,
    # Adolescenti) is its staff's work. Lavoro's vacancies are everyone's records, but
    # all it does with them (candidates, profiles, internships) is in the area.
    area: str | None = None


def sections(role: str | None = None) -> list[Section]:
    """The navigation, in order. A custode's laptop opens on its own contexts."""
    my_contexts = Section("my_contexts", translate("MainWindow", "I miei contesti"),
                          MyContextsPage)
    items = [
        Section("agenda", translate("MainWindow", "Agenda"), AgendaPage),
        Section("households", translate("MainWindow", "Nuclei familiari"), HouseholdsPage),
        Section("persons", translate("MainWindow", "Persone"), PersonsPage),
        Section("contexts", translate("MainWindow", "Contesti abitativi"), ContextsPage),
        # Bundles in and out: every site exchanges with the coordinator (issue 6).
        Section("sync", translate("MainWindow", "Sincronizzazione"), SyncPage),
        # Every store keeps its own trail and may get an access request: admins, anywhere.
        Section("audit", translate("MainWindow", "Registro accessi"), AuditPage,
                admin_only=True),
        Section("users", translate("MainWindow", "Utenti"), UsersPage, admin_only=True),
    ]
    if role == "laptop":
        return [my_contexts, *items]
    items.insert(4, my_contexts)
    if role == "coordinator":
        # Indicators, duplicates and conflicts are the coordination's work (issue 5).
        items[5:5] = [
            Section("dashboard", translate("MainWindow", "Coordinamento"), DashboardPage),
            Section("duplicates", translate("MainWindow", "Duplicati"), DuplicatesPage),
            Section("conflicts", translate("MainWindow", "Conflitti"), ConflictsPage),
        ]
    # Community life (issue 11), at the points and the coordinator: workshops and
    # initiatives are daily work, next to the persons; the directory and the places
    # are looked up more than kept, after the coordination's sections.
    items[3:3] = community_sections()[:2]
    items[-3:-3] = community_sections()[2:]
    items[-3:-3] = [housing_section()]  # the Piano integrato casa (issue 13)
    # The work plan (issue 12): beside the directory its companies and agencies are in.
    items.insert(next(n for n, s in enumerate(items) if s.key == "network"), work_section())
    items[-3:-3] = [youth_section()]  # the Piano integrato adolescenti (issue 14)
    return items


def housing_section() -> Section:
    """Casa (ui/housing): dwellings, guarantee funds, arrears. Every housing kind is in
    the ``housing`` area (landlords and dwellings are personal data too), so without
    it there is nothing to show: the section is not there."""
    from genera_desktop.ui.housing.page import HousingPage

    return Section("housing", translate("MainWindow", "Casa"), HousingPage, area="housing")


def work_section() -> Section:
    """Lavoro (ui/work): vacancies, their ranked candidates, job profiles."""
    from genera_desktop.ui.work.page import WorkPage

    return Section("work", translate("MainWindow", "Lavoro"), WorkPage, area="work")


def youth_section() -> Section:
    """Adolescenti (ui/youth): only for users holding the adolescents' area."""
    from genera_desktop.ui.youth.section import YouthSection

    return Section("youth", translate("MainWindow", "Adolescenti"), YouthSection,
                   area="adolescents")


def community_sections() -> list[Section]:
    """Laboratori, Iniziative, Rete, Punti diffusi (ui/community)."""
    from genera_desktop.ui.community.initiatives import InitiativesPage
    from genera_desktop.ui.community.network import NetworkPage
    from genera_desktop.ui.community.places import PlacesPage
    from genera_desktop.ui.community.workshops import WorkshopsPage

    return [
        Section("workshops", translate("MainWindow", "Laboratori"), WorkshopsPage),
        Section("initiatives", translate("MainWindow", "Iniziative"), InitiativesPage),
        Section("network", translate("MainWindow", "Rete"), NetworkPage),
        Section("places", translate("MainWindow", "Punti diffusi"), PlacesPage),
    ]


class UndoBar(QWidget):
    """A message with an "Annulla" button, in the status bar for a few seconds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.button = QPushButton(self.tr("Annulla (Ctrl+Z)"))
        self.button.setObjectName("undoButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.undo: Callable[[], None] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear)
        self.button.clicked.connect(self.run_undo)
        self.hide()

    def offer(self, message: str, undo: Callable[[], None], ms: int = UNDO_MS) -> None:
        self.label.setText(message)
        self.undo = undo
        self.show()
        self.timer.start(ms)

    def run_undo(self) -> None:
        undo, self.undo = self.undo, None
        self.clear()
        if undo is not None:
            undo()

    def clear(self) -> None:
        self.timer.stop()
        self.undo = None
        self.hide()


class MainWindow(QMainWindow):
    """Navigation, pages, menus, shortcuts, status bar and the inactivity lock.

    ``language_chosen(choice)`` asks the app (app.Session) to switch language and
    rebuild the window; ``restore_requested(RestoreRequest)`` to close everything and
    restore a backup. Without a host (``hosted`` False) a new language waits for the
    next start.
    """

    language_chosen = Signal(str)
    restore_requested = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        *,
        lock_ms: int | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.layout_settings = settings
        self.hosted = False
        self._retiring = False
        self.site = ctx.site()
        self.account = accounts.current_account(ctx.store)
        self.is_admin = self.account.role == "admin"
        self.setWindowTitle(
            self.tr("genera – {site}").format(site=self.site.site_name or self.tr("postazione"))
        )
        self.resize(1280, 760)
        self.setMinimumSize(960, 600)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sezioni"))
        self.nav.setFixedWidth(210)
        self.nav.setSpacing(1)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for number, section in enumerate(
            s for s in sections(self.site.role)
            if (self.is_admin or not s.admin_only)
            and (s.area is None or s.area in self.account.areas)
        ):
            page = section.factory(ctx, self)
            self._add_page(section.key, page)
            item = QListWidgetItem(section.title)
            # A fixed height: the style sheet's item padding does not size the rows.
            item.setSizeHint(QSize(0, 38))
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            if number < NUMBERED_SECTIONS:
                item.setToolTip(self.tr("Ctrl+{n}").format(n=number + 1))
            self.nav.addItem(item)
        self.household_page = HouseholdPage(ctx, self)
        self._add_page("household", self.household_page)
        self.household_page.closed.connect(self._on_household_closed)
        self.households_page: Any = self.pages["households"]
        self.return_to = "households"
        self.nav.currentRowChanged.connect(self._on_nav_changed)
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self._build_status_bar()
        self._build_menus()
        self._build_shortcuts()
        timeout = lock_timeout_ms(ctx.store) if lock_ms is None else lock_ms
        self.lock = LockController(
            self, ctx.store, self.account.display_name or self.account.username, timeout
        )
        self._restore_layout()
        self.nav.setCurrentRow(0)

    def _add_page(self, key: str, page: QWidget) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)
        opened = getattr(page, "household_opened", None)
        if opened is not None:  # (household) or, from a person, (household, person)
            opened.connect(self.open_household)
        housing = getattr(page, "housing_opened", None)
        if housing is not None:  # a household on its «Casa» tab (the agenda's deadlines)
            housing.connect(lambda hid: self.open_household(hid, tab="housing"))
        created = getattr(page, "household_created", None)
        if created is not None:
            created.connect(lambda hid: self.open_household(hid, members=True))
        offered = getattr(page, "undo_offered", None)
        if offered is not None:
            offered.connect(self.undo_bar_offer)

    # -- chrome ------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.undo_bar = UndoBar(self)
        bar.addWidget(self.undo_bar)
        role = {
            "coordinator": self.tr("coordinamento"),
            "point": self.tr("punto di comunità"),
            "laptop": self.tr("custode sociale"),
        }.get(self.site.role or "", "")
        site = QLabel(
            self.tr("{site} · {role}").format(site=self.site.site_name or "", role=role)
            if role
            else self.site.site_name or ""
        )
        user = QLabel(
            self.tr("Utente: {name}{admin}").format(
                name=self.account.display_name or self.account.username,
                admin=self.tr(" · amministratore") if self.is_admin else "",
            )
        )
        for label in (site, user):
            label.setObjectName("statusInfo")
            bar.addPermanentWidget(label)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = file_menu.addAction(self.tr("&Importa nuclei da file…"))
        self.import_action.triggered.connect(self.import_households)
        self.demo_action = file_menu.addAction(self.tr("&Dati dimostrativi…"))
        self.demo_action.triggered.connect(self.add_demo_data)
        # Invented families must never mix with real ones, which would then replicate.
        self.demo_action.setEnabled(is_demo_network(self.ctx.store))
        self.demo_action.setToolTip(self.tr("Solo negli archivi di una rete dimostrativa."))
        file_menu.setToolTipsVisible(True)
        file_menu.addSeparator()
        self.settings_action = file_menu.addAction(self.tr("&Impostazioni…"))
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(lambda: self.open_settings())
        file_menu.addSeparator()
        self.lock_action = file_menu.addAction(self.tr("&Blocca"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock.lock())
        quit_action = file_menu.addAction(self.tr("&Esci"))
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        self._build_print_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Aiuto"))
        keys = help_menu.addAction(self.tr("&Scorciatoie da tastiera"))
        keys.setShortcut(QKeySequence("F1"))
        keys.triggered.connect(self.show_shortcuts)
        about = help_menu.addAction(self.tr("&Informazioni"))
        about.triggered.connect(self.show_about)
        self._build_language_menu(help_menu.addMenu(self.tr("&Lingua")))

    def _build_language_menu(self, menu: QMenu) -> None:
        group = QActionGroup(menu)
        current = language_setting()
        # Each language is named in itself, so it can be found whatever is shown now.
        for value, label in (
            ("it", "Italiano"),
            ("en", "English"),
            ("system", self.tr("Come il sistema")),
        ):
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.setData(value)
            group.addAction(action)
            action.triggered.connect(lambda _=False, v=value: self.choose_language(v))
        self.language_actions = group

    def choose_language(self, value: str) -> None:
        """Store the language; in the app, show it at once (the window is rebuilt)."""
        shown = "en" if QLocale().language() == QLocale.Language.English else "it"
        if value == language_setting() and resolve_language(value) == shown:
            self._check_language(value)
            return  # what is shown already: nothing to rebuild
        if self.hosted and not self._may_rebuild():
            self._check_language(language_setting())
            return
        save_language_setting(value)
        self._check_language(value)
        if self.hosted:
            self.language_chosen.emit(value)
            return
        self.statusBar().showMessage(
            self.tr("La lingua scelta si applicherà al prossimo avvio di genera."), 10_000
        )

    def _check_language(self, value: str) -> None:
        for action in self.language_actions.actions():
            action.setChecked(action.data() == value)

    def _may_rebuild(self) -> bool:
        """A new window replaces this one: no work in progress, nothing unsaved."""
        if tasks.running():
            self.statusBar().showMessage(
                self.tr("Attendere la fine dell'operazione in corso, poi cambiare lingua."),
                10_000,
            )
            return False
        return self._may_leave_household()

    def open_settings(self, tab: str | None = None) -> None:
        """File › Impostazioni: backups, language, session."""
        from genera_desktop.ui.session.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx, self, lock=self.lock, tab=tab)
        dialog.exec()
        language, restore = dialog.language_choice, dialog.restore_request
        dialog.deleteLater()
        if restore is not None:
            self.restore_requested.emit(restore)
        elif language is not None:
            self.choose_language(language)

    def _build_print_menu(self) -> None:
        from genera_desktop.services import printing
        from genera_desktop.ui.common.print_preview import print_and_preview

        menu = self.menuBar().addMenu(self.tr("&Stampa"))
        forms = (
            (self.tr("Scheda di accoglienza vuota…"), printing.print_blank_intake,
             "scheda-accoglienza-vuota.pdf"),
            (self.tr("Scheda visita vuota…"), printing.print_blank_visit,
             "scheda-visita-vuota.pdf"),
            (self.tr("Giri di tutti i miei contesti…"), printing.print_round_sheets, "giri.pdf"),
        )
        for title, make, name in forms:
            act = menu.addAction(title)
            act.triggered.connect(
                lambda _=False, make=make, name=name: print_and_preview(self.ctx, self, make, name)
            )

    def _build_shortcuts(self) -> None:
        def action(keys: str, slot: Callable[[], Any]) -> QAction:
            act = QAction(self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        action("Ctrl+F", self.focus_search)
        action("Ctrl+N", self.new_household)
        self.back_action = action("Esc", self.go_back)
        self.back_action.setEnabled(False)
        self.undo_action = action("Ctrl+Z", self.undo_bar.run_undo)
        for number in range(min(self.nav.count(), NUMBERED_SECTIONS)):
            # triggered(bool) would fill a defaulted lambda argument: bind with partial.
            action(f"Ctrl+{number + 1}", partial(self.nav.setCurrentRow, number))

    def undo_bar_offer(self, message: str, undo: Callable[[], None]) -> None:
        self.undo_bar.offer(message, undo)

    # -- navigation --------------------------------------------------------------------

    def current_key(self) -> str:
        page = self.stack.currentWidget()
        return next((k for k, p in self.pages.items() if p is page), "")

    def show_page(self, key: str) -> bool:
        """Go to a section; False if the person chose to stay on unsaved changes."""
        if key != "household" and not self._may_leave_household():
            return False
        self._save_page_layout(self.current_key())
        self.stack.setCurrentWidget(self.pages[key])
        self.back_action.setEnabled(key == "household")
        self._sync_nav(self.return_to if key == "household" else key)
        return True

    def _sync_nav(self, key: str) -> None:
        for number in range(self.nav.count()):
            if self.nav.item(number).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(number)
                self.nav.blockSignals(False)

    def _on_nav_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if not self.show_page(key):
            # Stay on the household: put the highlight back where the person still is.
            self._sync_nav(self.return_to)

    def _may_leave_household(self) -> bool:
        """The page shown (a household, a workshop) may be left: nothing unsaved, or
        the person said what to do with it."""
        page: Any = self.stack.currentWidget()
        if not callable(getattr(page, "has_unsaved_changes", None)):
            return True
        if not page.has_unsaved_changes():
            return True
        return bool(page.discard_or_save())

    def open_household(self, household_id: str, person_id: str | None = None, *,
                       members: bool = False, tab: str | None = None) -> None:
        """Show one household, coming back to the current section on Esc; a person
        (``person_id``) or a new household (``members``) opens it on Componenti,
        ``tab`` "housing" on Casa."""
        if not self._may_leave_household():
            return
        key = self.current_key()
        if key != "household":
            self.return_to = key or "households"
        self.household_page.load(household_id, person_id or None, members=members, tab=tab)
        self.show_page("household")

    def go_back(self) -> None:
        """Esc: from a household back to the list it was opened from."""
        if self.stack.currentWidget() is self.household_page:
            self.show_page(self.return_to)

    def _on_household_closed(self) -> None:
        if self.stack.currentWidget() is self.household_page:
            self.stack.setCurrentWidget(self.pages[self.return_to])
            self.back_action.setEnabled(False)
            self._sync_nav(self.return_to)

    def focus_search(self) -> None:
        """Ctrl+F: this page's search field, else the households' one."""
        page: Any = self.stack.currentWidget()
        if page is not self.households_page and getattr(page, "search", None) is not None:
            page.focus_search()
            return
        if self.show_page("households"):
            self.households_page.focus_search()

    def new_household(self) -> None:
        """Ctrl+N: a new record of the page shown when it makes one (a workshop, an
        initiative, an organisation, a place), else a new household."""
        new_record = getattr(self.stack.currentWidget(), "new_record", None)
        if callable(new_record):
            new_record()
            return
        if self.show_page("households"):
            self.households_page.new_household()

    # -- menu actions ------------------------------------------------------------------

    def import_households(self) -> None:
        # The pages showing households refresh themselves (ui/common/changes.py).
        ImportDialog.ask(self.ctx, self)

    def ask_demo_households(self) -> int | None:
        """How many demo households to add (tests replace this)."""
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getInt(
            self,
            self.tr("Dati dimostrativi"),
            self.tr("Quante famiglie inventate aggiungere?"),
            300,
            20,
            5000,
            50,
        )
        return value if ok else None

    def add_demo_data(self) -> None:
        from genera_desktop.ui.messages import error_text
        from genera_desktop.ui.session.setup import fill_demo_data

        count = self.ask_demo_households()
        if count is None:
            return
        store = self.ctx.store

        def failed(err: BaseException) -> None:
            self.statusBar().showMessage(error_text(err), 10_000)

        tasks.run_task(
            self,
            lambda progress: fill_demo_data(store, count, progress),
            # The pages refresh themselves (ui/common/changes.py): nothing to do when done.
            on_failed=failed,
            on_cancelled=lambda: self.statusBar().showMessage(
                self.tr("Dati dimostrativi annullati: non è stato aggiunto nulla."), 8_000
            ),
            label=self.tr("Creazione delle famiglie di prova…"),
        )

    def shortcuts_text(self) -> str:
        """Every keyboard shortcut, as F1 shows them."""
        return self.tr(
            "Ctrl+F  cerca\nCtrl+N  nuovo nucleo familiare (o laboratorio, iniziativa, ente, "
            "luogo nella loro pagina)\nInvio  apre l'elemento scelto\n"
            "Esc  torna all'elenco\nCtrl+1 … Ctrl+{last}  sezioni (le prime nove)\n"
            "Ctrl+S  salva\nCtrl+P  stampa (la scheda del nucleo, il giro, l'anteprima)\n"
            "Ins  aggiunge nella scheda aperta del nucleo (componente, colloquio, invio, "
            "promemoria)\nCanc  rimuove o elimina la riga scelta\n"
            "Ctrl+D  segna il promemoria come fatto\nCtrl+Z  annulla l'ultima azione\n"
            "F4 o Alt+Giù  apre l'elenco di una casella di scelta; scrivere l'inizio di una "
            "voce la sceglie\n"
            "Ctrl+Invio  salva la visita; Alt+R  ai problemi rilevati\n"
            "Griglia delle presenze: frecce  si spostano; Spazio  presente/assente; "
            "1 presente, 2 assente, 3 giustificato, 0 o Canc cancella; ospiti: il numero e Invio\n"
            "Ctrl+L  blocca la sessione\nCtrl+,  impostazioni\nCtrl+Q  esci"
        ).format(last=min(self.nav.count(), NUMBERED_SECTIONS))

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Scorciatoie da tastiera"), self.shortcuts_text())

    def show_about(self) -> None:
        from genera_desktop import __version__

        QMessageBox.about(
            self,
            self.tr("Informazioni su genera"),
            self.tr(
                "<b>genera</b> {version}<br>Gestione dei nuclei familiari per i Punti di "
                "Comunità della Bassa Bresciana Orientale.<br><br>Rete: {network}<br>"
                "Postazione: {site}"
            ).format(
                version=__version__,
                network=self.site.network_name or "",
                site=self.site.site_name or "",
            ),
        )

    # -- closing -----------------------------------------------------------------------

    def confirm_quit_while_busy(self) -> bool:
        """Asked when closing during background work (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Operazione in corso"),
            self.tr(
                "Un'operazione è ancora in corso: interromperla e uscire? "
                "Quanto non è finito non sarà salvato."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._retiring:
            # Replaced by a new window (language): the host asked and saved already.
            self.lock.stop()
            event.accept()
            return
        if self.lock.is_locked or not self._may_leave_household():
            event.ignore()
            return
        busy = tasks.running()
        if busy:
            if not self.confirm_quit_while_busy():
                event.ignore()
                return
            for task in busy:
                task.cancel()
            tasks.wait_all()
        self.lock.stop()
        self.save_layout()
        event.accept()

    def retire(self) -> None:
        """Close for good without asking: a new window took this one's place."""
        self._retiring = True
        self.close()
        self.deleteLater()

    def take_view_from(self, previous: MainWindow) -> None:
        """Stand in for ``previous``: same size, place and section (same household)."""
        # Its normal geometry (for un-maximizing), then exactly where it is now.
        self.restoreGeometry(previous.saveGeometry())
        if previous.isMaximized() or previous.isFullScreen():
            self.setWindowState(previous.windowState())
        else:
            self.setGeometry(previous.geometry())
        key = previous.current_key()
        household = getattr(previous.household_page, "household_id", None)
        if key == "household" and household:
            self.show_page(previous.return_to)
            self.open_household(household)
        elif key in self.pages:
            self.show_page(key)

    # -- remembered layout -------------------------------------------------------------

    def _save_page_layout(self, key: str) -> None:
        if self.layout_settings is not None and key in self.pages:
            window_memory.save_page(self.layout_settings, key, self.pages[key])

    def save_layout(self) -> None:
        """Keep the window's geometry and every table's columns for next time."""
        if self.layout_settings is not None:
            window_memory.save_window(self.layout_settings, self, self.pages)

    def _restore_layout(self) -> None:
        if self.layout_settings is not None:
            window_memory.restore_window(self.layout_settings, self, self.pages)
