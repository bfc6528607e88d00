"""One workshop: its fields, its sessions, its participants and the attendance grid.

Tabs (Alt+D, Alt+I, Alt+P, Alt+E): «Dati» is a form saved with «Salva» (Ctrl+S);
sessions and enrolments are saved by their dialogs at once; the grid saves each mark
as it is typed (ui/community/attendance_grid.py) and says a refusal above itself. The
sign-in sheet (Ctrl+P) is the chosen session's: the grid's column, else the sessions
tab's row, else the next session from today; the register is the whole workshop's.
Leaving with unsaved fields asks "Salva / Scarta / Annulla", as the household page does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.ages import under_18_on
from genera_desktop.domain.errors import GeneraError, ValidationFailed
from genera_desktop.services import records
from genera_desktop.services.community import attendance, enrolments, newcomers, prints
from genera_desktop.services.community import ui_queries as queries
from genera_desktop.services.registry.persons import PersonRow
from genera_desktop.ui import labels
from genera_desktop.ui.common import prompts
from genera_desktop.ui.common.record_form import RecordForm, form_layout
from genera_desktop.ui.common.record_list import RecordListTab, declared_columns
from genera_desktop.ui.common.rows import Column, format_date
from genera_desktop.ui.community.attendance_grid import AttendanceGrid
from genera_desktop.ui.community.attendance_model import SESSION_ROLE, person_name
from genera_desktop.ui.community.enrol_dialog import NewcomerDialog, PersonSearchDialog
from genera_desktop.ui.community.fields import add_field
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text

WORKSHOP_FIELDS = ("title", "theme", "audience", "status", "place", "organisation",
                   "facilitator", "start_date", "end_date", "description")
SESSION_FIELDS = ("date", "start_time", "end_time", "place", "topic", "guests", "notes")


class WorkshopChoices:
    """What a workshop's choices offer: places, partner organisations, operators and
    (at the coordinator) points, read once when a page or dialog is built."""

    def __init__(self, ctx: AppContext) -> None:
        self.site = ctx.site()
        self.places = queries.place_names(ctx.store)
        self.organisations = queries.organisation_names(ctx.store)
        self.operators = queries.operators(ctx.store)
        self.points = queries.points(ctx.store)

    def refs(self) -> dict[str, dict[str, str]]:
        return {"place": self.places, "organisation": self.organisations,
                "point": self.points}

    def suggestions(self) -> dict[str, list[str]]:
        return {"facilitator": self.operators}

    def default_point(self) -> str | None:
        return self.site.point_code or next(iter(self.points), None)


def new_workshop(ctx: AppContext, parent: QWidget | None) -> str | None:
    """Ctrl+N: the new workshop's dialog; its id once saved, else None."""
    choices = WorkshopChoices(ctx)
    fields = list(WORKSHOP_FIELDS)
    if choices.site.is_coordinator or not choices.site.point_code:
        fields.insert(1, "point")
    point = choices.default_point()
    defaults = {"status": "planned", "facilitator": ctx.username, "point": point}

    def save(values: dict[str, Any]) -> str:
        return records.add(ctx.store, "workshop", {"point": point, **values})

    result = RecordDialog.ask("workshop", parent, fields=fields, save=save,
                              defaults=defaults, refs=choices.refs(),
                              suggestions=choices.suggestions())
    return str(result) if result else None


class WorkshopPage(QWidget):
    """A workshop to read and run; ``closed`` when the operator leaves it,
    ``workshop_changed(id)`` after anything of it is saved."""

    closed = Signal()
    workshop_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.workshop_id: str | None = None
        self.workshop: dict[str, Any] = {}
        self.sessions: list[dict[str, Any]] = []
        self.participants: list[dict[str, Any]] = []
        self.marks: dict[tuple[str, str], str] = {}
        self.choices = WorkshopChoices(ctx)

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("hint")
        self.signin_button = QPushButton(self.tr("Foglio firme…"))
        self.signin_button.setToolTip(self.tr(
            "Foglio firme dell'incontro scelto, con anteprima (Ctrl+P)"))
        self.signin_button.clicked.connect(lambda: self.print_signin())
        self.register_button = QPushButton(self.tr("Registro presenze…"))
        self.register_button.setToolTip(self.tr("Registro delle presenze di tutti gli incontri"))
        self.register_button.clicked.connect(self.print_register)
        self.save_button = QPushButton(self.tr("Salva"))
        self.save_button.setToolTip(self.tr("Salva i dati del laboratorio (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Chiudi"))
        close.setToolTip(self.tr("Torna all'elenco (Esc)"))
        close.clicked.connect(self.close_page)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        for button in (self.signin_button, self.register_button, self.save_button, close):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._build_details()
        self._build_sessions()
        self._build_participants()
        self._build_grid()
        self.tabs.currentChanged.connect(self._tab_chosen)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save),
                           (QKeySequence.StandardKey.Print, lambda: self.print_signin())):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._update_state()

    # -- tabs ------------------------------------------------------------------------

    def _build_details(self) -> None:
        self.form = RecordForm("workshop", self)
        layout = form_layout()
        fields = list(WORKSHOP_FIELDS)
        if self.choices.site.is_coordinator:
            fields.insert(1, "point")  # a workshop moves to another point here only
        for name in fields:
            add_field(self.form, layout, name, refs=self.choices.refs(),
                      suggestions=self.choices.suggestions())
        self.form.changed.connect(self._update_state)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(12, 12, 12, 12)
        column.addLayout(layout)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        self.details = scroll
        self.tabs.addTab(scroll, self.tr("&Dati"))

    def _build_sessions(self) -> None:
        place = labels.field_label("workshop_session", "place", short=True)
        self.sessions_tab = RecordListTab([
            *declared_columns("workshop_session", overrides={
                "date": Column(labels.field_label("workshop_session", "date", short=True),
                               lambda s: format_date(s.get("date"))),
            }),
            Column(self.tr("Presenti"), lambda s: str(self._present_at(s["id"])),
                   align_right=True),
            Column(place, lambda s: self.choices.places.get(s.get("place") or "", "")),
        ], self.tr("Nessun incontro: «Nuovo incontro» (Ins) per aggiungere il primo."))
        tab = self.sessions_tab
        tab.add_action(labels.new_record_title("workshop_session"), self.add_session,
                       needs_row=False, shortcut="Ins")
        tab.add_action(self.tr("Modifica"), self.edit_session, default=True)
        tab.add_action(self.tr("Foglio firme…"), self._print_signin_of)
        tab.add_action(self.tr("Elimina"), self.remove_session, shortcut="Del")
        self.tabs.addTab(tab, self.tr("&Incontri"))
        tab.view.setAccessibleName(labels.kind_name("workshop_session", plural=True))

    def _print_signin_of(self, session: dict[str, Any]) -> None:
        self.print_signin(session["id"])

    def _build_participants(self) -> None:
        status: Mapping[str, str] = labels.choices("enrolment", "status") or {}
        self.participants_tab = RecordListTab([
            Column(self.tr("Cognome e nome"), lambda e: person_name(e["person_data"])),
            Column(self.tr("Telefono"), lambda e: e["person_data"].get("phone") or ""),
            Column(self.tr("Nato/a il"),
                   lambda e: format_date(e["person_data"].get("birth_date"))),
            Column(labels.field_label("enrolment", "enrolled_on", short=True),
                   lambda e: format_date(e.get("enrolled_on"))),
            Column(labels.field_label("enrolment", "status", short=True),
                   lambda e: labels.label(status, e.get("status"))),
            Column(self.tr("Presenze"), lambda e: str(self._times_present(e["person"])),
                   align_right=True),
        ], self.tr("Nessun iscritto: «Iscrivi persona» (Ins) cerca tra le persone "
                   "registrate, «Nuova persona» registra chi non c'è."))
        tab = self.participants_tab
        tab.add_action(self.tr("Iscrivi persona…"), self.enrol_person, needs_row=False,
                       shortcut="Ins")
        tab.add_action(self.tr("Nuova persona…"), self.enrol_newcomer, needs_row=False,
                       shortcut="Ctrl+Shift+N")
        tab.add_action(self.tr("Ritirato / iscritto"), self.toggle_withdrawn,
                       shortcut="Ctrl+D")
        tab.add_action(self.tr("Togli iscrizione"), self.remove_enrolment, shortcut="Del")
        self.tabs.addTab(tab, self.tr("&Partecipanti"))
        tab.view.setAccessibleName(self.tr("Partecipanti"))

    def _build_grid(self) -> None:
        page = QWidget()
        self.grid_message = QLabel()
        self.grid_message.setObjectName("fieldError")
        self.grid_message.setWordWrap(True)
        self.grid_message.hide()
        self.grid_empty = QLabel()
        self.grid_empty.setObjectName("hint")
        self.grid_empty.setWordWrap(True)
        self.grid = AttendanceGrid([], [], {}, self._save_mark, self._save_guests,
                                   today=self.today)
        self.grid.failed.connect(self._grid_failed)
        self.grid.attendance_changed.connect(self._mark_saved)
        self.grid.guests_changed.connect(self._guests_saved)
        column = QVBoxLayout(page)
        column.setContentsMargins(12, 12, 12, 8)
        column.setSpacing(8)
        column.addWidget(self.grid_message)
        column.addWidget(self.grid_empty)
        column.addWidget(self.grid, 1)
        self.grid_page = page
        self.tabs.addTab(page, self.tr("Pr&esenze"))

    # -- loading ---------------------------------------------------------------------

    def load(self, workshop_id: str) -> None:
        """Show a workshop as the store holds it now (unsaved edits are dropped)."""
        try:
            grid = attendance.grid(self.ctx.store, workshop_id)
            enrolled = enrolments.participants(self.ctx.store, workshop_id)
        except GeneraError as err:  # deleted meanwhile
            prompts.show_error(self, error_text(err))
            return
        self.choices = WorkshopChoices(self.ctx)
        self.workshop_id = grid.workshop["id"]
        self.workshop = grid.workshop
        self.sessions = grid.sessions
        self.participants = enrolled
        self.marks = dict(grid.marks)  # (person id, session id) to status, as the grid keys them
        self.form.load(self.workshop)
        self._show_children(grid.persons)

    def _show_children(self, persons: list[dict[str, Any]]) -> None:
        for tab, rows in ((self.sessions_tab, self.sessions),
                          (self.participants_tab, self.participants)):
            tab.set_rows(rows)
            if rows and tab.current() is None:  # so its buttons and keys work at once
                tab.view.setCurrentIndex(tab.model.index(0, 0))
        today = self.today()
        shown = [{"id": p["id"], "last_name": p.get("last_name"),
                  "first_name": p.get("first_name"),
                  "minor": under_18_on(p.get("birth_date"), today),
                  "withdrawn": p.get("enrolment_status") == "withdrawn"} for p in persons]
        self.grid.reload(shown, self.sessions, self.marks)
        if not self.sessions or not persons:
            self.grid_empty.setText(self.tr(
                "Per segnare le presenze servono almeno un incontro (scheda Incontri) e un "
                "iscritto (scheda Partecipanti)."))
        self.grid_empty.setVisible(not self.sessions or not persons)
        self.grid_message.hide()
        self._update_state()

    def reload(self) -> None:
        """Read the workshop again, keeping the unsaved fields and the chosen tab."""
        if self.workshop_id is None:
            return
        kept = self.form.values() if self.form.is_dirty() else None
        loaded = dict(self.form.loaded)
        self.load(self.workshop_id)
        if kept is not None:
            for name, value in kept.items():
                self.form.editors[name].set_value(value)
            self.form.loaded = loaded
            self._update_state()

    def _present_at(self, session_id: str) -> int:
        return sum(1 for (_, sid), status in self.marks.items()
                   if sid == session_id and status == "present")

    def _times_present(self, person_id: str) -> int:
        return sum(1 for (pid, _), status in self.marks.items()
                   if pid == person_id and status == "present")

    def _update_state(self) -> None:
        workshop = self.workshop
        self.title.setText(workshop.get("title") or self.tr("Laboratorio"))
        status: Mapping[str, str] = labels.choices("workshop", "status") or {}
        active = sum(1 for e in self.participants if e.get("status") != "withdrawn")
        parts = [workshop.get("point") or "", labels.label(status, workshop.get("status")),
                 self.tr("{n} incontri").format(n=len(self.sessions))
                 if len(self.sessions) != 1 else self.tr("1 incontro"),
                 self.tr("{n} iscritti").format(n=active) if active != 1
                 else self.tr("1 iscritto")]
        dirty = self.has_unsaved_changes()
        if dirty:
            parts.append(self.tr("modifiche non salvate"))
        self.subtitle.setText(" · ".join(p for p in parts if p))
        self.save_button.setEnabled(dirty)
        self.signin_button.setEnabled(bool(self.sessions))
        self.register_button.setEnabled(bool(self.sessions))
        self.tabs.setTabText(self.tabs.indexOf(self.sessions_tab),
                             self.tr("&Incontri ({n})").format(n=len(self.sessions)))
        self.tabs.setTabText(self.tabs.indexOf(self.participants_tab),
                             self.tr("&Partecipanti ({n})").format(n=active))

    def _tab_chosen(self, _index: int) -> None:
        """A tab chosen (Alt+its letter): the keyboard goes straight to its table, grid
        or first field, where its keys work."""
        self._update_state()
        if self.isVisible():
            self.focus_tab()

    def focus_tab(self) -> None:
        """The keys to the current tab's table, grid or first field."""
        current = self.tabs.currentWidget()
        if current is self.grid_page:
            self.grid.setFocus(Qt.FocusReason.TabFocusReason)
        elif isinstance(current, RecordListTab):
            current.view.setFocus(Qt.FocusReason.TabFocusReason)
        elif current is self.details:
            editor = self.form.editors.get("title")
            if isinstance(editor, QWidget):
                editor.setFocus(Qt.FocusReason.TabFocusReason)

    # -- unsaved changes ---------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.workshop_id is not None and self.form.is_dirty()

    def discard_or_save(self) -> bool:
        """Before leaving: True when it is fine to go; False to stay."""
        if not self.has_unsaved_changes():
            return True
        answer = prompts.ask_save_changes(self)
        if answer == prompts.SAVE:
            return self.save()
        if answer == prompts.DISCARD:
            self.form.load(self.workshop)
            return True
        return False

    def close_page(self) -> None:
        if self.discard_or_save():
            self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close_page()
            return
        super().keyPressEvent(event)

    # -- saving ----------------------------------------------------------------------

    def save(self) -> bool:
        """Save the workshop's changed fields; errors under their fields."""
        if self.workshop_id is None:
            return False
        changes = self.form.changes()
        if not changes:
            return True
        if not self.form.check(changes):
            self.tabs.setCurrentWidget(self.details)
            return False
        try:
            records.update(self.ctx.store, "workshop", self.workshop_id, changes)
        except ValidationFailed as failed:
            self.tabs.setCurrentWidget(self.details)
            if self.form.show_errors(failed.errors):
                prompts.show_error(self, error_text(failed))
            return False
        except GeneraError as err:
            prompts.show_error(self, error_text(err))
            return False
        self.form.mark_clean()
        self.reload()
        self.workshop_changed.emit(self.workshop_id)
        return True

    def _write(self, action: Callable[[], Any]) -> Any:
        """One change through a service; the page shown again. None when refused."""
        try:
            result = action()
        except GeneraError as err:
            prompts.show_error(self, error_text(err))
            return None
        self._changed()
        return True if result is None else result

    def _changed(self) -> None:
        self.reload()
        if self.workshop_id:
            self.workshop_changed.emit(self.workshop_id)

    # -- sessions --------------------------------------------------------------------

    def _session_dialog(self, session: dict[str, Any] | None) -> Any:
        wid = self.workshop_id
        assert wid is not None

        def save(values: dict[str, Any]) -> Any:
            if session is None:
                return records.add(self.ctx.store, "workshop_session",
                                   {"workshop": wid, **values})
            records.update(self.ctx.store, "workshop_session", session["id"], values)
            return session["id"]

        defaults = {"date": self.today().isoformat()}
        if self.sessions:  # the same hours as the last one, usually
            last = self.sessions[-1]
            defaults.update({k: last[k] for k in ("start_time", "end_time") if last.get(k)})
        return RecordDialog.ask("workshop_session", self, fields=SESSION_FIELDS, save=save,
                                record=session, defaults=defaults,
                                refs={"place": self.choices.places})

    def add_session(self) -> None:
        if self.workshop_id is None:
            return
        made = self._session_dialog(None)
        if made:
            self._changed()
            self.sessions_tab.set_rows(self.sessions, keep=str(made))

    def edit_session(self, session: dict[str, Any]) -> None:
        if self._session_dialog(session):
            self._changed()

    def remove_session(self, session: dict[str, Any]) -> None:
        marked = sum(1 for (_, sid) in self.marks if sid == session["id"])
        text = self.tr("Eliminare l'incontro del {date}?").format(
            date=format_date(session.get("date")))
        if marked:
            text += "\n\n" + self.tr("Ha {n} presenze segnate: restano nell'archivio ma non "
                                     "si vedranno più.").format(n=marked)
        if prompts.confirm(self, self.tr("Elimina incontro"), text, self.tr("Elimina")):
            self._write(lambda: records.delete(self.ctx.store, "workshop_session",
                                               session["id"]))

    # -- participants ------------------------------------------------------------------

    def enrol_person(self) -> None:
        """Ins: search a person as at the front desk and enrol them."""
        wid = self.workshop_id
        if wid is None:
            return

        def pick(row: PersonRow) -> str:
            return enrolments.enrol(self.ctx.store, wid, row.id,
                                    enrolled_on=self.today().isoformat())

        done = PersonSearchDialog.ask(
            self.ctx, self, title=self.tr("Iscrivi al laboratorio"), pick=pick,
            newcomer=lambda typed: self._register_newcomer(typed),
            hint=self.tr("Chi non è di questo punto si registra qui come contatto: "
                         "«Nuova persona…»."))
        if done:
            self._changed()

    def enrol_newcomer(self) -> None:
        """Ctrl+Shift+N: register someone not registered yet, and enrol them."""
        if self._register_newcomer(""):
            self._changed()

    def _register_newcomer(self, typed: str) -> Any:
        wid = self.workshop_id
        if wid is None:
            return None

        def save(first: str, last: str, phone: str | None, consents: list[str]) -> Any:
            return newcomers.register_and_enrol(self.ctx.store, wid, first, last,
                                                phone=phone, consents=consents,
                                                today=self.today())

        return NewcomerDialog.ask(self, save, typed=typed)

    def toggle_withdrawn(self, enrolment: dict[str, Any]) -> None:
        status = "enrolled" if enrolment.get("status") == "withdrawn" else "withdrawn"
        self._write(lambda: records.update(self.ctx.store, "enrolment", enrolment["id"],
                                           {"status": status}))

    def remove_enrolment(self, enrolment: dict[str, Any]) -> None:
        name = person_name(enrolment["person_data"])
        if self._times_marked(enrolment["person"]):
            prompts.show_error(self, self.tr(
                "{name} ha presenze segnate: non si toglie l'iscrizione, si segna come "
                "ritirato/a (Ctrl+D).").format(name=name))
            return
        if prompts.confirm(self, self.tr("Togli iscrizione"),
                           self.tr("Togliere l'iscrizione di {name}?").format(name=name),
                           self.tr("Togli")):
            self._write(lambda: records.delete(self.ctx.store, "enrolment", enrolment["id"]))

    def _times_marked(self, person_id: str) -> int:
        return sum(1 for (pid, _) in self.marks if pid == person_id)

    # -- the grid ----------------------------------------------------------------------

    def _save_mark(self, person_id: str, session_id: str, status: str | None) -> None:
        attendance.mark(self.ctx.store, session_id, person_id, status)

    def _save_guests(self, session_id: str, guests: int) -> None:
        records.update(self.ctx.store, "workshop_session", session_id, {"guests": guests})

    def _grid_failed(self, text: str) -> None:
        self.grid_message.setText(text)
        self.grid_message.show()

    def _mark_saved(self, person_id: str, session_id: str, status: str | None) -> None:
        self.grid_message.hide()
        if status is None:
            self.marks.pop((person_id, session_id), None)
        else:
            self.marks[(person_id, session_id)] = status
        # The other tabs' counts follow without reading the store again.
        self.sessions_tab.model.layoutChanged.emit()
        self.participants_tab.model.layoutChanged.emit()

    def _guests_saved(self, session_id: str, guests: int) -> None:
        self.grid_message.hide()
        for session in self.sessions:
            if session["id"] == session_id:
                session["guests"] = guests
        self.sessions_tab.model.layoutChanged.emit()

    # -- printing --------------------------------------------------------------------

    def signin_session(self) -> dict[str, Any] | None:
        """The session whose sheet Ctrl+P prints: the grid's column on the grid, the
        chosen row on the sessions tab, else the next one from today (or the last)."""
        by_id = {s["id"]: s for s in self.sessions}
        if self.tabs.currentWidget() is self.grid_page:
            chosen = self.grid.view.currentIndex().data(SESSION_ROLE)
            if chosen in by_id:
                return by_id[chosen]
        if self.tabs.currentWidget() is self.sessions_tab:
            row = self.sessions_tab.current()
            if row is not None:
                return by_id.get(row["id"], row)
        today = self.today().isoformat()
        upcoming = [s for s in self.sessions if (s.get("date") or "") >= today]
        if upcoming:
            return upcoming[0]
        return self.sessions[-1] if self.sessions else None

    def print_signin(self, session_id: str | None = None) -> bool:
        """The sign-in sheet of a session in the print preview."""
        from genera_desktop.ui.common.print_preview import print_and_preview

        session = ({s["id"]: s for s in self.sessions}.get(session_id) if session_id
                   else self.signin_session())
        if session is None:
            return False
        sid = session["id"]
        return print_and_preview(
            self.ctx, self, lambda uow: prints.print_signin(uow, sid, today=self.today()),
            f"foglio-firme-{session.get('date') or sid}.pdf",
            self.tr("Foglio firme del {date}").format(date=format_date(session.get("date"))))

    def print_register(self) -> bool:
        """The workshop's attendance register in the print preview."""
        from genera_desktop.ui.common.print_preview import print_and_preview

        wid = self.workshop_id
        if wid is None or not self.sessions:
            return False
        return print_and_preview(
            self.ctx, self, lambda uow: prints.print_register(uow, wid, today=self.today()),
            "registro-presenze.pdf", self.tr("Registro presenze"))
