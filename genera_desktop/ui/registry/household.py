"""One household: its header, and tabs for members, intake, health, contacts,
referrals and follow-ups.

Header, intake and health are forms saved together with "Salva" (Ctrl+S); members,
contacts, referrals and follow-ups are saved by their own dialogs at once. Nothing typed
is lost silently: leaving the page (Esc, "Chiudi", another section) with unsaved changes
asks "Salva / Scarta / Annulla". A new household (``start_new``) is created by its first
save, or by the first member or entry added to it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.ages import age_on
from genera_desktop.domain.errors import GeneraError, ValidationFailed
from genera_desktop.services import accounts, permissions, transaction
from genera_desktop.services.registry import agenda, households
from genera_desktop.services.registry.households import HouseholdDetail
from genera_desktop.services.transaction import UnitOfWork
from genera_desktop.ui import labels
from genera_desktop.ui.common import prompts
from genera_desktop.ui.common.entry import EntryDialog
from genera_desktop.ui.common.record_form import RecordForm
from genera_desktop.ui.common.record_list import RecordListTab, declared_columns
from genera_desktop.ui.common.rows import Column, format_date
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.housing.household_tab import HouseholdHousingTab
from genera_desktop.ui.messages import error_text
from genera_desktop.ui.registry.health_consent import HealthConsentDialog
from genera_desktop.ui.registry.health_form import HealthForm
from genera_desktop.ui.registry.household_form import HouseholdForm
from genera_desktop.ui.registry.intake_form import IntakeForm, person_name
from genera_desktop.ui.registry.person_dialog import PersonDialog


def _age(birth: str | None) -> str:
    if not birth:
        return ""
    years = age_on(birth, date.today())
    return birth if years is None else f"{format_date(birth)} ({years})"


class HouseholdPage(QWidget):
    """A household to read and change; ``closed`` when the operator leaves it."""

    closed = Signal()
    household_changed = Signal(str)
    # (message, undo callable): the window's status bar offers «Annulla» for a while.
    undo_offered = Signal(str, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household_id: str | None = None
        self.detail: HouseholdDetail | None = None
        self.operators = [a.username for a in accounts.list_accounts(ctx.store) if a.active]
        # The health tab (and the print of the health page) only with its area.
        self.health_access = permissions.user_may_read(ctx.store, "health")

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("hint")
        self.save_button = QPushButton(self.tr("Salva (Ctrl+S)"))
        self.save_button.setToolTip(self.tr("Salva intestazione, accoglienza e salute (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        # The intake form to sign at the desk; the health page only when asked for.
        self.print_button = QPushButton(self.tr("Stampa scheda… (Ctrl+P)"))
        self.print_button.setToolTip(self.tr("Scheda di accoglienza da firmare (Ctrl+P)"))
        self.print_button.clicked.connect(lambda: self.print_intake(include_health=False))
        if self.health_access:
            menu = QMenu(self.print_button)
            menu.addAction(self.tr("Scheda di accoglienza"),
                           lambda: self.print_intake(include_health=False))
            menu.addAction(self.tr("Scheda con la pagina salute e disabilità"),
                           lambda: self.print_intake(include_health=True))
            self.print_button.setMenu(menu)
        close = QPushButton(self.tr("Chiudi (Esc)"))
        close.setToolTip(self.tr("Torna all'elenco (Esc)"))
        close.clicked.connect(self.close_page)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)

        self.header = HouseholdForm(ctx, self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._build_members()
        points = {code: f"{code} – {p.name}" for code, p in self.header.points.items()}
        self.intake = IntakeForm(self.operators, points)
        self.intake.person_edit_requested.connect(self.edit_person_by_id)
        self.tabs.addTab(self.intake, labels.kind_name("intake"))
        self.health: HealthForm | None = None
        if self.health_access:
            self.health = HealthForm()
            self.health.person_changed.connect(self._health_person_chosen)
            self.tabs.addTab(self.health, labels.kind_name("health"))
            self.intake.form.editors["consents"].edited.connect(self._show_consent)
        self._build_entries()
        # The family's dwelling, contract, applications and arrears: housing area only.
        self.housing: HouseholdHousingTab | None = None
        if permissions.user_may_read(ctx.store, "rent_contract"):
            self.housing = HouseholdHousingTab(ctx)
            self.tabs.addTab(self.housing, self.tr("Casa"))
        for form in self.forms():
            form.changed.connect(self._update_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        save_keys = QShortcut(QKeySequence.StandardKey.Save, self)
        save_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_keys.activated.connect(self.save)
        print_keys = QShortcut(QKeySequence.StandardKey.Print, self)
        print_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_keys.activated.connect(lambda: self.print_intake(include_health=False))
        self._update_state()

    # -- tabs ------------------------------------------------------------------------

    def _build_members(self) -> None:
        def name(p: dict[str, Any]) -> str:
            return person_name(p) + ("  ★" if p.get("is_reference") else "")

        def code(p: dict[str, Any]) -> str:
            return p.get("tax_code") or (self.tr("nessuno") if p.get("tax_code_missing") else "")

        self.members = RecordListTab([
            Column(self.tr("Cognome e nome"), name, bold=lambda p: bool(p.get("is_reference"))),
            Column(self.tr("Relazione"), lambda p: labels.label(labels.RELATION, p.get("relation"))),
            Column(self.tr("Nato/a il (età)"), lambda p: _age(p.get("birth_date"))),
            Column(self.tr("Codice fiscale"), code),
            Column(self.tr("Telefono"), lambda p: p.get("phone", "")),
            Column(self.tr("Lavoro"), lambda p: labels.label(labels.WORK_STATUS, p.get("work_status"))),
            Column(self.tr("Titolo di studio"),
                   lambda p: labels.label(labels.EDUCATION, p.get("education"))),
        ], self.tr("Nessun componente: aggiungere la persona che si è presentata."))
        m = self.members
        m.add_action(self.tr("Aggiungi componente"), self.add_person, needs_row=False,
                     shortcut="Ins")
        m.add_action(self.tr("Modifica"), self.edit_person, default=True)
        m.add_action(self.tr("Imposta come persona di riferimento"), self.set_reference)
        m.add_action(self.tr("Rimuovi"), self.remove_person, shortcut="Del")
        self.tabs.addTab(m, self.tr("Componenti"))
        m.view.setAccessibleName(self.tr("Componenti"))  # a table is named after its tab

    def _build_entries(self) -> None:
        def due(entry: dict[str, Any]) -> str | None:
            late = not entry.get("done") and (entry.get("due_date") or "") < date.today().isoformat()
            return "#b42318" if late else None

        names = self._person_names
        self.contacts = RecordListTab(
            declared_columns("contact", refs=lambda pid: names().get(pid or "", "")),
            self.tr("Nessun colloquio registrato."))
        self.referrals = RecordListTab(declared_columns("referral"),
                                       self.tr("Nessun invio o segnalazione."))
        self.follow_ups = RecordListTab(declared_columns("follow_up", overrides={
            "due_date": Column(labels.field_label("follow_up", "due_date", short=True),
                               lambda e: format_date(e.get("due_date")), color=due),
            "done": Column(labels.field_label("follow_up", "done", short=True),
                           lambda e: self.tr("sì, il {d}").format(
                               d=format_date(e.get("done_on"))) if e.get("done") else ""),
        }), self.tr("Nessun promemoria."))
        for tab, kind in ((self.contacts, "contact"), (self.referrals, "referral"),
                          (self.follow_ups, "follow_up")):
            title, new = labels.kind_name(kind, plural=True), labels.new_record_title(kind)
            tab.add_action(new, lambda k=kind: self.add_entry(k), needs_row=False, shortcut="Ins")
            tab.add_action(self.tr("Modifica"), lambda e, k=kind: self.edit_entry(k, e),
                           default=True)
            if kind == "follow_up":
                tab.add_action(self.tr("Fatto / da fare"), self.toggle_done, shortcut="Ctrl+D")
            tab.add_action(self.tr("Elimina"), lambda e, k=kind: self.remove_entry(k, e),
                           shortcut="Del")
            self.tabs.addTab(tab, title)
            tab.view.setAccessibleName(title)

    # -- loading ---------------------------------------------------------------------

    def load(self, household_id: str, person_id: str | None = None, *,
             members: bool = False, tab: str | None = None) -> None:
        """Show a household as the store holds it now (unsaved edits are dropped: the
        caller asks ``discard_or_save`` first), on the tab last used; on Componenti with
        ``members`` (a household just created) or with ``person_id``, that member chosen
        (opened from the person); on Casa with ``tab`` "housing" (for whoever has it)."""
        try:
            # The view goes in the audit trail.
            detail = households.household_detail(self.ctx.store, household_id)
        except GeneraError as err:  # deleted meanwhile, out of reach
            prompts.show_error(self, error_text(err))
            return
        self.household_id = detail.household["id"]
        self.detail = detail
        self.header.load(detail.household)
        self._show_children(detail)
        if members or person_id:
            self.tabs.setCurrentWidget(self.members)
        if person_id and self.members.select(person_id):
            self.members.view.setFocus()
        if tab == "housing" and self.housing is not None:
            self.tabs.setCurrentWidget(self.housing)

    def start_new(self) -> None:
        """An empty household at this site's point, created by its first save."""
        self.household_id = None
        self.detail = None
        self.header.load(None)
        self._show_children(None)
        self.tabs.setCurrentWidget(self.members)
        self.header.form.editors["address"].setFocus()  # type: ignore[attr-defined]

    def _show_children(self, detail: HouseholdDetail | None) -> None:
        persons = detail.persons if detail else []
        self.members.set_rows(persons)
        self.intake.load(detail.intake if detail else None, persons, {
            "point": self.header.point.value(), "operator": self.ctx.username})
        if self.health is not None:
            self.health.load(persons, (detail.health or {}) if detail else {},
                             self.health.person_id)
            self._show_consent()
        self.contacts.set_rows(detail.contacts if detail else [])
        self.referrals.set_rows(detail.referrals if detail else [])
        self.follow_ups.set_rows(detail.follow_ups if detail else [])
        if self.housing is not None:
            self.housing.load(detail.household["id"] if detail else None)
        self._update_state()

    def _person_names(self) -> dict[str, str]:
        return {p["id"]: person_name(p) for p in (self.detail.persons if self.detail else [])}

    def _update_state(self) -> None:
        household = self.detail.household if self.detail else {}
        case = household.get("case_number")
        self.title.setText(self.tr("Nucleo {case}").format(case=case) if case
                           else self.tr("Nuovo nucleo familiare"))
        reference = self.detail.reference if self.detail else None
        count = len(self.detail.persons) if self.detail else 0
        if self.household_id is None:
            parts = [self.tr("indirizzo e punto, poi i componenti")]
        else:
            parts = [person_name(reference) if reference else "",
                     self.tr("{n} componenti").format(n=count) if count != 1
                     else self.tr("1 componente"),
                     labels.label(labels.HOUSEHOLD_STATUS, household.get("status"))]
        dirty = self.has_unsaved_changes()
        if dirty:
            parts.append(self.tr("modifiche non salvate"))
        self.subtitle.setText(" · ".join(p for p in parts if p))
        self.save_button.setEnabled(dirty or self.household_id is None)
        self.print_button.setEnabled(self.household_id is not None)
        self.tabs.setTabText(self.tabs.indexOf(self.members),
                             self.tr("Componenti ({n})").format(n=count))

    # -- unsaved changes ---------------------------------------------------------------

    def forms(self) -> list[RecordForm]:
        forms = [self.header.form, self.intake.form]
        if self.health is not None:
            forms.append(self.health.form)
        return forms

    def has_unsaved_changes(self) -> bool:
        return any(form.is_dirty() for form in self.forms())

    def discard_or_save(self) -> bool:
        """Before leaving: True when it is fine to go (saved, discarded, or nothing to
        save); False when the operator chose to stay ("Annulla") or saving failed."""
        if not self.has_unsaved_changes():
            return True
        answer = prompts.ask_save_changes(self)
        if answer == prompts.SAVE:
            return self.save()
        if answer == prompts.DISCARD:
            self.revert()
            return True
        return False

    def revert(self) -> None:
        """Drop unsaved edits: show the store's state again."""
        if self.household_id is None:
            self.start_new()
        elif self.detail is not None:
            self.header.load(self.detail.household)
            self._show_children(self.detail)

    def close_page(self) -> None:
        """Esc or "Chiudi": leave (asking about unsaved changes first)."""
        if self.discard_or_save():
            self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close_page()
            return
        super().keyPressEvent(event)

    # -- printing --------------------------------------------------------------------

    def print_intake(self, include_health: bool = False) -> bool:
        """The household's intake form in the print preview, saved first: paper signed
        at the desk must say what the store holds. False when nothing was printed."""
        from genera_desktop.services import printing
        from genera_desktop.ui.common.print_preview import print_and_preview

        if self.household_id is None:
            return False
        if self.has_unsaved_changes() and not self.save():
            return False
        household_id = self.household_id
        case = (self.detail.household.get("case_number") if self.detail else None) or "nucleo"
        return print_and_preview(
            self.ctx, self,
            lambda uow: printing.print_intake(uow, household_id, include_health),
            f"scheda-accoglienza-{case}.pdf", self.tr("Scheda di accoglienza"))

    # -- saving ----------------------------------------------------------------------

    def save(self) -> bool:
        """Save header, intake and health in one transaction; errors go under their
        fields. True when everything is saved."""
        steps: list[tuple[RecordForm, Callable[..., Any]]] = []  # (uow, household id)
        header, intake = self.header.form, self.intake.form
        if self.household_id is None or header.is_dirty():
            values = header.values() if self.household_id is None else header.changes()
            if not header.check(values):
                return False
            steps.append((header, lambda uow, _hid, v=values: households.save_household(
                uow, self.household_id, v)))
        intake_id = (self.detail.intake or {}).get("id") if self.detail else None
        if intake.is_dirty():
            values = intake.changes() if intake_id else intake.values()
            if not intake.check(values if intake_id else {"date": None, **values}):
                self.tabs.setCurrentWidget(self.intake)
                return False
            steps.append((intake, lambda uow, hid, v=values: households.save_intake(
                uow, hid, intake_id, v)))
        health = self.health
        if health is not None and health.person_id and health.form.is_dirty():
            values, person, health_id = health.form.changes(), health.person_id, health.health_id()
            if not health.form.check(values):
                self.tabs.setCurrentWidget(health)
                return False
            if not self.health_consent_given() and not HealthConsentDialog.ask(self):
                self.tabs.setCurrentWidget(health)
                return False
            steps.append((health.form, lambda uow, _hid, v=values: households.save_health(
                uow, person, health_id, v)))
        household_id = self.household_id
        failed_form: RecordForm | None = None

        def save_all(uow: UnitOfWork) -> str | None:
            nonlocal failed_form
            saved_id = household_id
            for form, step in steps:
                failed_form = form
                result = step(uow, saved_id)
                if form is header:
                    saved_id = result
            failed_form = None
            return saved_id

        try:
            household_id = transaction.together(self.ctx.store, save_all)
        except ValidationFailed as failed:
            if failed_form is None:
                raise
            unplaced = failed_form.show_errors(failed.errors)
            if unplaced:
                prompts.show_error(self, error_text(failed))
            return False
        except Exception as err:  # noqa: BLE001 - said to the person
            prompts.show_error(self, error_text(err))
            return False
        assert household_id is not None
        for form, _step in steps:
            form.mark_clean()
        self.load(household_id)
        self.household_changed.emit(household_id)
        return True

    def _ensure_saved(self) -> str | None:
        """The household's id, creating it first when it is new."""
        if self.household_id is None and not self.save():
            return None
        return self.household_id

    def _write(self, action: Callable[[Any], Any]) -> bool:
        """Run one change in its own transaction; reload what the page shows."""
        try:
            action(self.ctx.store)
        except Exception as err:  # noqa: BLE001 - said to the person
            prompts.show_error(self, error_text(err))
            return False
        assert self.household_id is not None
        self._reload_children()
        self.household_changed.emit(self.household_id)
        return True

    def _reload_children(self) -> None:
        """Reload after a dialog saved something, keeping the forms' unsaved edits."""
        assert self.household_id is not None
        self.detail = households.household_detail(self.ctx.store, self.household_id)
        kept = {id(f): (f.values(), f.loaded) for f in self.forms() if f.is_dirty()}
        if not self.header.form.is_dirty():
            self.header.load(self.detail.household)
        self._show_children(self.detail)
        for form in self.forms():
            if id(form) in kept:
                values, loaded = kept[id(form)]
                for name, value in values.items():
                    form.editors[name].set_value(value)
                form.loaded = loaded
        self._update_state()

    # -- members -----------------------------------------------------------------------

    def add_person(self) -> None:
        household_id = self._ensure_saved()
        if household_id is None:
            return
        fields = PersonDialog.ask(self.ctx, self, household_id)
        if fields is not None:
            self._write(lambda store: households.save_person(store, household_id, None, fields))

    def edit_person(self, person: dict[str, Any]) -> None:
        fields = PersonDialog.ask(self.ctx, self, self.household_id, person)
        if fields:
            hid = self.household_id or ""
            self._write(lambda store: households.save_person(store, hid, person["id"], fields))

    def edit_person_by_id(self, person_id: str) -> None:
        person = next((p for p in (self.detail.persons if self.detail else [])
                       if p["id"] == person_id), None)
        if person is not None:
            self.edit_person(person)

    def set_reference(self, person: dict[str, Any]) -> None:
        if not person.get("is_reference"):
            hid = self.household_id or ""
            self._write(lambda store: households.set_reference_person(store, hid, person["id"]))

    def remove_person(self, person: dict[str, Any]) -> None:
        text = self.tr("Rimuovere {name} dal nucleo? I suoi dati saranno eliminati.").format(
            name=person_name(person))
        if person.get("is_reference"):
            text += "\n\n" + self.tr("È la persona di riferimento: sceglierne poi un'altra.")
        if not prompts.confirm(self, self.tr("Rimuovi componente"), text, self.tr("Rimuovi")):
            return
        person_id, household_id = person["id"], self.household_id or ""
        if self._write(lambda store: households.remove_person(store, person_id)):
            self.undo_offered.emit(
                self.tr("Componente rimosso: {name}.").format(name=person_name(person)),
                lambda: self.undo_remove(household_id, person_id))

    def undo_remove(self, household_id: str, person_id: str) -> None:
        """Bring back a member removed a moment ago, with what their removal took."""
        try:
            households.restore_person(self.ctx.store, person_id)
        except Exception as err:  # noqa: BLE001 - said to the person
            prompts.show_error(self, error_text(err))
            return
        if self.household_id == household_id:
            self._reload_children()
        self.household_changed.emit(household_id)

    # -- health ----------------------------------------------------------------------

    def health_consent_given(self) -> bool:
        """The intake (as shown, saved or not) ticks the special-categories consent."""
        return "special_categories" in (self.intake.form.editors["consents"].value() or [])

    def _show_consent(self) -> None:
        if self.health is not None:
            self.health.set_consent(self.health_consent_given())

    def _health_person_chosen(self, person_id: str) -> None:
        health = self.health
        assert health is not None
        if health.form.is_dirty():
            answer = prompts.ask_save_changes(self)
            if answer == prompts.CANCEL or (answer == prompts.SAVE and not self.save()):
                health.chooser.setCurrentIndex(health.chooser.findData(health.person_id))
                return
        health.show_person(person_id)
        self._update_state()

    # -- contacts, referrals, follow-ups -----------------------------------------------

    def add_entry(self, kind: str) -> None:
        household_id = self._ensure_saved()
        if household_id is None:
            return
        defaults: dict[str, Any] = {"operator": self.ctx.username}
        if kind in ("contact", "referral"):
            defaults["date"] = date.today().isoformat()
        if kind == "referral":
            defaults.update(direction="out", status="sent")
        fields = EntryDialog.ask(kind, self, persons=self._person_names(),
                                 operators=self.operators, defaults=defaults,
                                 **self._directory(kind))
        if fields is None:
            return
        add = {"contact": households.add_contact, "referral": households.add_referral,
               "follow_up": households.add_follow_up}[kind]
        self._write(lambda store: add(store, household_id, fields))

    def edit_entry(self, kind: str, entry: dict[str, Any]) -> None:
        fields = EntryDialog.ask(kind, self, persons=self._person_names(),
                                 operators=self.operators, entry=entry,
                                 **self._directory(kind))
        if fields:
            self._write(lambda store: households.update_entry(store, kind, entry["id"], fields))

    def _directory(self, kind: str) -> dict[str, Any]:
        """A referral's dialog offers the network's directory, «Nuovo ente…» in reach."""
        if kind != "referral":
            return {}
        from genera_desktop.services.community import ui_queries
        from genera_desktop.ui.community.organisation_dialog import OrganisationDialog

        def new_organisation(name: str) -> tuple[str, str] | None:
            made = OrganisationDialog.ask(self.ctx, self, name=name)
            if not made:
                return None
            return made, ui_queries.organisation_names(self.ctx.store).get(made, name)

        return {"organisations": ui_queries.organisation_names(self.ctx.store),
                "new_organisation": new_organisation}

    def toggle_done(self, entry: dict[str, Any]) -> None:
        mark = agenda.mark_open if entry.get("done") else agenda.mark_done
        self._write(lambda store: mark(store, entry["id"]))

    def remove_entry(self, kind: str, entry: dict[str, Any]) -> None:
        what = {"contact": self.tr("questo colloquio"), "referral": self.tr("questo invio"),
                "follow_up": self.tr("questo promemoria")}[kind]
        if prompts.confirm(self, self.tr("Elimina"), self.tr("Eliminare {what}?").format(
                what=what), self.tr("Elimina")):
            self._write(lambda store: households.remove_entry(store, kind, entry["id"]))
